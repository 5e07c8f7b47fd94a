#include "fieldcodec.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace Backroom {

namespace {

bool toInteger(const QVariant &input, qint64 *out)
{
    bool ok = false;
    switch (input.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Long:
    case QMetaType::Short:
        *out = input.toLongLong(&ok);
        return ok;
    case QMetaType::ULongLong: {
        const qulonglong value = input.toULongLong(&ok);
        if (!ok || value > qulonglong(std::numeric_limits<qint64>::max()))
            return false;
        *out = qint64(value);
        return true;
    }
    case QMetaType::Double:
    case QMetaType::Float:
        // Floating point is refused for integer-backed fields: 0.1 + 0.2
        // must never become a book entry.
        return false;
    default: {
        const QString text = input.toString().trimmed();
        *out = text.toLongLong(&ok);
        return ok;
    }
    }
}

} // namespace

bool FieldCodec::isEmpty(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return true;
    if (value.typeId() == QMetaType::QString)
        return value.toString().trimmed().isEmpty();
    return false;
}

QVariant FieldCodec::normalize(const Field &field, const QVariant &input, QString *errorString)
{
    if (isEmpty(input))
        return {};
    switch (field.type()) {
    case Field::Type::Text:
    case Field::Type::LongText: {
        const QString text = field.type() == Field::Type::Text ? input.toString().trimmed() : input.toString();
        if (field.maxLength() > 0 && text.size() > field.maxLength()) {
            *errorString = tr("%1 is too long (%2 characters; at most %3).").arg(field.label()).arg(text.size()).arg(field.maxLength());
            return {};
        }
        return text;
    }
    case Field::Type::Integer:
    case Field::Type::Money:
    case Field::Type::Quantity:
    case Field::Type::Reference:
    case Field::Type::Attachment: {
        qint64 value = 0;
        if (!toInteger(input, &value)) {
            *errorString = field.type() == Field::Type::Money
                               ? tr("%1 is not an amount in whole minor units (fen or cents).").arg(field.label())
                               : tr("%1 is not a whole number.").arg(field.label());
            return {};
        }
        if (value < field.minimum() || value > field.maximum()) {
            *errorString = tr("%1 is out of range (%2 to %3).").arg(field.label()).arg(field.minimum()).arg(field.maximum());
            return {};
        }
        if (field.type() == Field::Type::Reference && value <= 0) {
            *errorString = tr("%1 does not refer to a record.").arg(field.label());
            return {};
        }
        return value;
    }
    case Field::Type::Boolean: {
        if (input.typeId() == QMetaType::Bool)
            return input.toBool();
        const QString text = input.toString().trimmed().toLower();
        if (text == QLatin1String("1") || text == QLatin1String("true") || text == QLatin1String("yes")
            || text == QStringLiteral("是"))
            return true;
        if (text == QLatin1String("0") || text == QLatin1String("false") || text == QLatin1String("no")
            || text == QStringLiteral("否"))
            return false;
        *errorString = tr("%1 is not yes or no.").arg(field.label());
        return {};
    }
    case Field::Type::Date: {
        QDate date;
        if (input.typeId() == QMetaType::QDate)
            date = input.toDate();
        else if (input.typeId() == QMetaType::QDateTime)
            date = input.toDateTime().date();
        else
            date = QDate::fromString(input.toString().trimmed(), Qt::ISODate);
        if (!date.isValid()) {
            *errorString = tr("%1 is not a valid date (expected YYYY-MM-DD).").arg(field.label());
            return {};
        }
        return date;
    }
    case Field::Type::DateTime: {
        QDateTime moment = input.typeId() == QMetaType::QDateTime
                               ? input.toDateTime()
                               : QDateTime::fromString(input.toString().trimmed(), Qt::ISODateWithMs);
        if (!moment.isValid()) {
            *errorString = tr("%1 is not a valid date and time.").arg(field.label());
            return {};
        }
        return moment.toUTC();
    }
    case Field::Type::Choice: {
        const QString key = input.toString().trimmed();
        for (const Field::Choice &choice : field.choices())
            if (choice.key == key || (choice.label && choice.label() == key))
                return choice.key;
        *errorString = tr("%1 is not one of the choices.").arg(field.label());
        return {};
    }
    case Field::Type::ChildLines:
        return {};
    }
    return {};
}

std::optional<qint64> FieldCodec::parseDecimal(const QString &input, int scale)
{
    QString text = input.trimmed();
    text.remove(QLatin1Char(','));           // thousands separators
    text.remove(QChar(0xFF0C));              // full-width comma
    if (text.startsWith(QChar(0x00A5)) || text.startsWith(QChar(0xFFE5)))  // ¥ ￥
        text.remove(0, 1);
    bool negative = false;
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QChar(0x2212))) {
        negative = true;
        text.remove(0, 1);
    } else if (text.startsWith(QLatin1Char('+'))) {
        text.remove(0, 1);
    }
    if (text.isEmpty())
        return std::nullopt;
    const qsizetype point = text.indexOf(QLatin1Char('.'));
    const QString whole = point < 0 ? text : text.left(point);
    const QString fraction = point < 0 ? QString() : text.mid(point + 1);
    if ((whole.isEmpty() && fraction.isEmpty()) || fraction.size() > scale)
        return std::nullopt;
    for (const QString &part : {whole, fraction})
        for (QChar ch : part)
            if (!ch.isDigit() || ch.unicode() > 0x7F)
                return std::nullopt;
    // Accumulate with overflow checks: digits, then the fraction padded to scale.
    qint64 value = 0;
    const QString digits = whole + fraction + QString(scale - fraction.size(), QLatin1Char('0'));
    for (QChar ch : digits) {
        const int digit = ch.unicode() - '0';
        if (value > (std::numeric_limits<qint64>::max() - digit) / 10)
            return std::nullopt;
        value = value * 10 + digit;
    }
    return negative ? -value : value;
}

QString FieldCodec::formatDecimal(qint64 value, int scale)
{
    if (scale <= 0)
        return QString::number(value);
    const bool negative = value < 0;
    // Work on the magnitude as unsigned so the most negative value is exact.
    const quint64 magnitude = negative ? quint64(0) - quint64(value) : quint64(value);
    quint64 divisor = 1;
    for (int i = 0; i < scale; ++i)
        divisor *= 10;
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(magnitude / divisor)
        .arg(magnitude % divisor, scale, 10, QLatin1Char('0'));
}

QVariant FieldCodec::toStorage(const Field &field, const QVariant &typed)
{
    if (!typed.isValid() || typed.isNull())
        return QVariant(QMetaType::fromType<QString>()); // NULL
    switch (field.type()) {
    case Field::Type::Boolean:
        return typed.toBool() ? qint64(1) : qint64(0);
    case Field::Type::Date:
        return typed.toDate().toString(Qt::ISODate);
    case Field::Type::DateTime:
        return typed.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    case Field::Type::Integer:
    case Field::Type::Money:
    case Field::Type::Quantity:
    case Field::Type::Reference:
    case Field::Type::Attachment:
        return typed.toLongLong();
    default:
        return typed.toString();
    }
}

QVariant FieldCodec::fromStorage(const Field &field, const QVariant &stored)
{
    if (stored.isNull())
        return {};
    switch (field.type()) {
    case Field::Type::Boolean:
        return stored.toLongLong() != 0;
    case Field::Type::Date:
        return stored.typeId() == QMetaType::QDate ? stored.toDate()
                                                    : QDate::fromString(stored.toString(), Qt::ISODate);
    case Field::Type::DateTime:
        return stored.typeId() == QMetaType::QDateTime
                   ? stored.toDateTime().toUTC()
                   : QDateTime::fromString(stored.toString(), Qt::ISODateWithMs).toUTC();
    case Field::Type::Integer:
    case Field::Type::Money:
    case Field::Type::Quantity:
    case Field::Type::Reference:
    case Field::Type::Attachment:
        return stored.toLongLong();
    default:
        return stored.toString();
    }
}

} // namespace Backroom
