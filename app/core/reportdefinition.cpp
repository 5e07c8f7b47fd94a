#include "reportdefinition.h"

#include "entity.h"

#include <QDate>

namespace Backroom {

ReportDefinition::ReportDefinition(const QString &id, Label title)
    : m_id(id)
    , m_title(std::move(title))
{
}

ReportDefinition &ReportDefinition::addParameter(Parameter parameter)
{
    m_parameters.append(std::move(parameter));
    return *this;
}

ReportDefinition &ReportDefinition::addColumn(Column column)
{
    m_columns.append(std::move(column));
    return *this;
}

ReportDefinition &ReportDefinition::groupBy(const QStringList &columnKeys)
{
    m_groupBy = columnKeys;
    return *this;
}

ReportDefinition &ReportDefinition::grandTotal(bool on)
{
    m_grandTotal = on;
    return *this;
}

ReportDefinition &ReportDefinition::chart(Chart::Kind kind, const QString &categoryColumn, const QString &valueColumn)
{
    m_chart = Chart{kind, categoryColumn, valueColumn};
    return *this;
}

ReportDefinition &ReportDefinition::description(Label text)
{
    m_description = std::move(text);
    return *this;
}

ReportDefinition &ReportDefinition::drillThrough(const QString &entityId, const QString &reportId,
                                                 const QString &parameterKey)
{
    m_drillThroughs.append({entityId, reportId, parameterKey});
    return *this;
}

const ReportDefinition::DrillThrough *ReportDefinition::drillThroughFor(const QString &entityId) const
{
    for (const DrillThrough &drill : m_drillThroughs)
        if (drill.entityId == entityId)
            return &drill;
    return nullptr;
}

ReportDefinition &ReportDefinition::query(Query query)
{
    m_query = std::move(query);
    return *this;
}

ReportDefinition &ReportDefinition::carryForward(CarryForward carry)
{
    m_carryForward = std::move(carry);
    return *this;
}

ReportDefinition &ReportDefinition::twoBlocks(TwoBlockSplit split)
{
    m_twoBlocks = std::move(split);
    return *this;
}

const ReportDefinition::Parameter *ReportDefinition::parameter(const QString &key) const
{
    for (const Parameter &parameter : m_parameters)
        if (parameter.key == key)
            return &parameter;
    return nullptr;
}

int ReportDefinition::columnIndex(const QString &key) const
{
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns.at(i).key == key)
            return i;
    return -1;
}

QStringList ReportDefinition::declarationErrors() const
{
    // Messages for the module's author, not for the clerk: not translated.
    QStringList errors;
    const QString report = QStringLiteral("report '%1'").arg(m_id);
    if (m_id.count(QLatin1Char('.')) != 1 || !Entity::isValidIdentifier(m_id.section(QLatin1Char('.'), 0, 0))
        || !Entity::isValidIdentifier(m_id.section(QLatin1Char('.'), 1)))
        errors.append(QStringLiteral("%1: the id must look like 'module.report_name'").arg(report));
    if (!m_query)
        errors.append(QStringLiteral("%1 has no query").arg(report));
    if (m_columns.isEmpty())
        errors.append(QStringLiteral("%1 has no columns").arg(report));
    QStringList seen;
    for (const Column &column : m_columns) {
        if (!Entity::isValidIdentifier(column.key) || seen.contains(column.key))
            errors.append(QStringLiteral("%1: column key '%2' is not a unique identifier").arg(report, column.key));
        seen.append(column.key);
        if (column.type == Column::Type::Quantity && (column.scale < 0 || column.scale > 9))
            errors.append(QStringLiteral("%1: quantity column '%2' needs a scale from 0 to 9").arg(report, column.key));
    }
    for (const QString &key : m_groupBy)
        if (columnIndex(key) < 0)
            errors.append(QStringLiteral("%1 groups by unknown column '%2'").arg(report, key));
    if (m_chart.kind != Chart::Kind::None) {
        const int category = columnIndex(m_chart.categoryColumn);
        const int value = columnIndex(m_chart.valueColumn);
        if (category < 0 || value < 0 || !m_columns.at(value).isNumber())
            errors.append(QStringLiteral("%1: the chart needs a category column and a number column").arg(report));
    }
    seen.clear();
    for (const Parameter &parameter : m_parameters) {
        if (!Entity::isValidIdentifier(parameter.key) || seen.contains(parameter.key))
            errors.append(QStringLiteral("%1: parameter key '%2' is not a unique identifier").arg(report, parameter.key));
        seen.append(parameter.key);
        if (parameter.type == Parameter::Type::Choice && parameter.choices.isEmpty())
            errors.append(QStringLiteral("%1: choice parameter '%2' has no choices").arg(report, parameter.key));
        if (parameter.type == Parameter::Type::Reference && parameter.entityId.isEmpty())
            errors.append(QStringLiteral("%1: reference parameter '%2' names no entity").arg(report, parameter.key));
    }
    return errors;
}

bool ReportDefinition::parseValue(const Parameter &parameter, const QString &text, QVariant *value,
                                  QString *errorString)
{
    const QString trimmed = text.trimmed();
    *value = QVariant();
    if (trimmed.isEmpty())
        return true;
    auto fail = [&](const QString &message) {
        if (errorString)
            *errorString = message;
        return false;
    };
    auto parseDate = [](const QString &s) { return QDate::fromString(s.trimmed(), QStringLiteral("yyyy-MM-dd")); };
    switch (parameter.type) {
    case Parameter::Type::Date: {
        const QDate date = parseDate(trimmed);
        if (!date.isValid())
            return fail(tr("“%1” needs a date such as 2024-03-31, not “%2”.").arg(parameter.labelText(), trimmed));
        *value = date;
        return true;
    }
    case Parameter::Type::DateRange: {
        const qsizetype dots = trimmed.indexOf(QLatin1String(".."));
        const QString fromText = dots < 0 ? QString() : trimmed.left(dots).trimmed();
        const QString toText = dots < 0 ? QString() : trimmed.mid(dots + 2).trimmed();
        const QDate from = parseDate(fromText);
        const QDate to = parseDate(toText);
        if (dots < 0 || (!fromText.isEmpty() && !from.isValid()) || (!toText.isEmpty() && !to.isValid())
            || (from.isValid() && to.isValid() && from > to))
            return fail(tr("“%1” needs a date range such as 2024-01-01..2024-03-31, not “%2”.")
                            .arg(parameter.labelText(), trimmed));
        *value = QVariantList{from, to};
        return true;
    }
    case Parameter::Type::Period: {
        const QDate month = QDate::fromString(trimmed + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
        if (!month.isValid())
            return fail(tr("“%1” needs a month such as 2024-03, not “%2”.").arg(parameter.labelText(), trimmed));
        *value = month;
        return true;
    }
    case Parameter::Type::Reference: {
        bool ok = false;
        const qint64 id = trimmed.toLongLong(&ok);
        if (!ok || id <= 0)
            return fail(tr("“%1” needs a record number, not “%2”.").arg(parameter.labelText(), trimmed));
        *value = id;
        return true;
    }
    case Parameter::Type::Choice: {
        QStringList keys;
        for (const Field::Choice &choice : parameter.choices) {
            if (choice.key == trimmed) {
                *value = choice.key;
                return true;
            }
            keys.append(choice.key);
        }
        return fail(tr("“%1” must be one of %2, not “%3”.")
                        .arg(parameter.labelText(), keys.join(QStringLiteral(", ")), trimmed));
    }
    case Parameter::Type::Text:
        *value = trimmed;
        return true;
    }
    return true;
}

QString ReportDefinition::valueText(const Parameter &parameter, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return tr("All");
    switch (parameter.type) {
    case Parameter::Type::Date:
        return value.toDate().toString(QStringLiteral("yyyy-MM-dd"));
    case Parameter::Type::DateRange: {
        const QVariantList range = value.toList();
        const QDate from = range.value(0).toDate();
        const QDate to = range.value(1).toDate();
        return QStringLiteral("%1 – %2").arg(from.isValid() ? from.toString(QStringLiteral("yyyy-MM-dd")) : QStringLiteral("…"),
                                             to.isValid() ? to.toString(QStringLiteral("yyyy-MM-dd")) : QStringLiteral("…"));
    }
    case Parameter::Type::Period:
        return value.toDate().toString(QStringLiteral("yyyy-MM"));
    case Parameter::Type::Reference:
        return QStringLiteral("#%1").arg(value.toLongLong());
    case Parameter::Type::Choice:
        for (const Field::Choice &choice : parameter.choices)
            if (choice.key == value.toString())
                return choice.label ? choice.label() : choice.key;
        return value.toString();
    case Parameter::Type::Text:
        return value.toString();
    }
    return value.toString();
}

QString ReportDefinition::typeDescription(const Parameter &parameter)
{
    switch (parameter.type) {
    case Parameter::Type::Date:
        return tr("date yyyy-MM-dd");
    case Parameter::Type::DateRange:
        return tr("date range FROM..TO");
    case Parameter::Type::Period:
        return tr("month yyyy-MM");
    case Parameter::Type::Reference:
        return tr("%1 by code or name, or #number").arg(parameter.entityId);
    case Parameter::Type::Choice: {
        QStringList keys;
        for (const Field::Choice &choice : parameter.choices)
            keys.append(choice.key);
        return tr("one of %1").arg(keys.join(QLatin1Char('|')));
    }
    case Parameter::Type::Text:
        return tr("text");
    }
    return QString();
}

bool ReportDefinition::resolveParameters(const QMap<QString, QString> &texts, QVariantMap *values,
                                         QString *errorString) const
{
    values->clear();
    for (const Parameter &parameter : m_parameters)
        values->insert(parameter.key, parameter.defaultValue);
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        const Parameter *declared = parameter(it.key());
        if (!declared) {
            QStringList keys;
            for (const Parameter &p : m_parameters)
                keys.append(p.key);
            if (errorString)
                *errorString = keys.isEmpty()
                                   ? tr("The report “%1” takes no parameters, not “%2”.").arg(m_id, it.key())
                                   : tr("The report “%1” has no parameter “%2” (it has: %3).")
                                         .arg(m_id, it.key(), keys.join(QStringLiteral(", ")));
            return false;
        }
        QVariant value;
        if (!parseValue(*declared, it.value(), &value, errorString))
            return false;
        values->insert(declared->key, value);
    }
    return checkParameters(*values, errorString);
}

bool ReportDefinition::checkParameters(const QVariantMap &values, QString *errorString) const
{
    for (const Parameter &parameter : m_parameters) {
        const QVariant value = values.value(parameter.key);
        if (parameter.required && (!value.isValid() || value.isNull())) {
            if (errorString)
                *errorString = tr("The report needs “%1” (%2).").arg(parameter.labelText(), parameter.key);
            return false;
        }
    }
    return true;
}

} // namespace Backroom
