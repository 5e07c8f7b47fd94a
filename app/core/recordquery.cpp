#include "recordquery.h"

#include "entity.h"
#include "fieldcodec.h"
#include "sqldialect.h"

namespace Backroom {

Filter Filter::where(const QString &field, Op op, const QVariant &value, const QVariant &value2)
{
    Filter filter;
    filter.m_kind = Kind::Condition;
    filter.m_field = field;
    filter.m_op = op;
    filter.m_value = value;
    filter.m_value2 = value2;
    return filter;
}

Filter Filter::all(const QList<Filter> &filters)
{
    Filter filter;
    filter.m_kind = Kind::And;
    filter.m_children = filters;
    return filter;
}

Filter Filter::any(const QList<Filter> &filters)
{
    Filter filter;
    filter.m_kind = Kind::Or;
    filter.m_children = filters;
    return filter;
}

namespace {

// Escapes LIKE's wildcards so that "50%" matches the text "50%" only.
QString likeEscaped(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return escaped;
}

} // namespace

bool Filter::toSql(const Entity &entity, const SqlDialect &dialect, QString *sql, QVariantList *values,
                   QString *errorString) const
{
    switch (m_kind) {
    case Kind::Empty:
        *sql += QStringLiteral("1 = 1");
        return true;
    case Kind::And:
    case Kind::Or: {
        if (m_children.isEmpty()) {
            *sql += m_kind == Kind::And ? QStringLiteral("1 = 1") : QStringLiteral("1 = 0");
            return true;
        }
        *sql += QLatin1Char('(');
        for (qsizetype i = 0; i < m_children.size(); ++i) {
            if (i > 0)
                *sql += m_kind == Kind::And ? QStringLiteral(" AND ") : QStringLiteral(" OR ");
            if (!m_children.at(i).toSql(entity, dialect, sql, values, errorString))
                return false;
        }
        *sql += QLatin1Char(')');
        return true;
    }
    case Kind::Condition:
        break;
    }

    // The column name comes from the declaration, never from the caller's text.
    const Field *field = entity.field(m_field);
    QString column;
    Field systemField;
    if (field && field->isStored()) {
        column = field->name();
    } else if (m_field == QLatin1String("id") || m_field == QLatin1String("version")) {
        column = m_field;
        systemField = Field::integer(m_field, {});
        field = &systemField;
    } else {
        *errorString = QStringLiteral("%1 has no stored field '%2'").arg(entity.id(), m_field);
        return false;
    }
    auto encode = [&](const QVariant &value) -> std::optional<QVariant> {
        QString error;
        const QVariant typed = FieldCodec::normalize(*field, value, &error);
        if (!error.isEmpty()) {
            *errorString = error;
            return std::nullopt;
        }
        return FieldCodec::toStorage(*field, typed);
    };
    const auto comparison = [&](const char *op) {
        const auto encoded = encode(m_value);
        if (!encoded)
            return false;
        *sql += QStringLiteral("%1 %2 ?").arg(column, QLatin1String(op));
        values->append(*encoded);
        return true;
    };
    switch (m_op) {
    case Op::Equal: return comparison("=");
    case Op::NotEqual: return comparison("<>");
    case Op::Less: return comparison("<");
    case Op::LessOrEqual: return comparison("<=");
    case Op::Greater: return comparison(">");
    case Op::GreaterOrEqual: return comparison(">=");
    case Op::IsNull:
        *sql += column + QStringLiteral(" IS NULL");
        return true;
    case Op::IsNotNull:
        *sql += column + QStringLiteral(" IS NOT NULL");
        return true;
    case Op::Contains:
    case Op::StartsWith: {
        const QString text = likeEscaped(m_value.toString());
        *sql += QStringLiteral("%1 %2 ? ESCAPE '\\'").arg(column, dialect.likeOperator());
        values->append(m_op == Op::Contains ? QStringLiteral("%") + text + QStringLiteral("%") : text + QStringLiteral("%"));
        return true;
    }
    case Op::Between: {
        const auto low = encode(m_value);
        const auto high = low ? encode(m_value2) : std::nullopt;
        if (!low || !high)
            return false;
        *sql += QStringLiteral("%1 BETWEEN ? AND ?").arg(column);
        values->append(*low);
        values->append(*high);
        return true;
    }
    case Op::In: {
        const QVariantList items = m_value.toList();
        if (items.isEmpty()) {
            *sql += QStringLiteral("1 = 0");
            return true;
        }
        QStringList marks;
        for (const QVariant &item : items) {
            const auto encoded = encode(item);
            if (!encoded)
                return false;
            values->append(*encoded);
            marks.append(QStringLiteral("?"));
        }
        *sql += QStringLiteral("%1 IN (%2)").arg(column, marks.join(QStringLiteral(", ")));
        return true;
    }
    }
    return false;
}

} // namespace Backroom
