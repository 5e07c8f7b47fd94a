#include "tableexport.h"

#include "entity.h"
#include "field.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <limits>

namespace Backroom {

TableExport::TableExport(const QString &title, QList<Column> columns)
    : m_title(title)
    , m_columns(std::move(columns))
{
}

TableExport::Column TableExport::columnFor(const Field &field)
{
    Column column;
    column.title = field.label();
    column.name = field.name();
    switch (field.type()) {
    case Field::Type::Integer:
        column.kind = Kind::Integer;
        break;
    case Field::Type::Money:
        column.kind = Kind::Money;
        column.decimals = 2;
        break;
    case Field::Type::Quantity:
        column.kind = Kind::Quantity;
        column.decimals = field.scale();
        break;
    case Field::Type::Date:
        column.kind = Kind::Date;
        break;
    case Field::Type::DateTime:
        column.kind = Kind::DateTime;
        break;
    case Field::Type::Boolean:
        column.kind = Kind::Boolean;
        break;
    case Field::Type::Text:
    case Field::Type::LongText:
    case Field::Type::Choice:
    case Field::Type::Reference:
    case Field::Type::Attachment:
    case Field::Type::ChildLines:
        column.kind = Kind::Text;
        break;
    }
    return column;
}

QList<TableExport::Column> TableExport::columnsFor(const Entity &entity, const QStringList &fieldNames)
{
    QList<Column> columns;
    if (fieldNames.isEmpty()) {
        for (const Field &field : entity.fields())
            if (field.type() != Field::Type::ChildLines)
                columns.append(columnFor(field));
        return columns;
    }
    for (const QString &name : fieldNames) {
        const Field *field = entity.field(name);
        if (field && field->type() != Field::Type::ChildLines)
            columns.append(columnFor(*field));
    }
    return columns;
}

QString TableExport::decimalText(qint64 value, int decimals)
{
    // Unsigned magnitude, so the most negative qint64 does not overflow.
    const bool negative = value < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(value) : quint64(value);
    QString digits = QString::number(magnitude);
    if (decimals <= 0)
        return negative ? QLatin1Char('-') + digits : digits;
    if (digits.size() <= decimals)
        digits.prepend(QString(decimals - digits.size() + 1, QLatin1Char('0')));
    digits.insert(digits.size() - decimals, QLatin1Char('.'));
    return negative ? QLatin1Char('-') + digits : digits;
}

bool TableExport::integerValue(const QVariant &value, qint64 *out)
{
    bool ok = false;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
        *out = value.toLongLong(&ok);
        return ok;
    case QMetaType::ULongLong: {
        const qulonglong unsignedValue = value.toULongLong(&ok);
        if (!ok || unsignedValue > qulonglong(std::numeric_limits<qint64>::max()))
            return false;
        *out = qint64(unsignedValue);
        return true;
    }
    default:
        return false;
    }
}

QString TableExport::cellText(const Column &column, const QVariant &value, const QTimeZone &zone, bool *isText)
{
    if (isText)
        *isText = false;
    if (!value.isValid() || value.isNull())
        return {};
    switch (column.kind) {
    case Kind::Integer:
    case Kind::Money:
    case Kind::Quantity: {
        qint64 number = 0;
        if (integerValue(value, &number))
            return decimalText(number, column.kind == Kind::Integer ? 0 : column.decimals);
        break;
    }
    case Kind::Date:
        if (value.typeId() == QMetaType::QDate && value.toDate().isValid())
            return value.toDate().toString(QStringLiteral("yyyy-MM-dd"));
        break;
    case Kind::DateTime:
        if (value.typeId() == QMetaType::QDateTime && value.toDateTime().isValid())
            return value.toDateTime().toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        break;
    case Kind::Boolean:
        if (value.typeId() == QMetaType::Bool)
            return value.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        break;
    case Kind::Text:
        break;
    }
    if (isText)
        *isText = true;
    return value.toString();
}

bool TableExport::looksLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

} // namespace Backroom
