#include "entity.h"

#include "sequences.h"
#include "workflow.h"

#include <QRegularExpression>
#include <QSet>

namespace Backroom {

Entity::Entity(const QString &id, Label label, Label pluralLabel)
    : m_id(id)
    , m_label(std::move(label))
    , m_pluralLabel(std::move(pluralLabel))
{
}

Entity &Entity::add(Field field)
{
    m_fields.append(std::move(field));
    return *this;
}

Entity &Entity::displayField(const QString &name)
{
    m_displayField = name;
    return *this;
}

Entity &Entity::archivable(bool on)
{
    m_archivable = on;
    return *this;
}

Entity &Entity::documentData(DocumentData add)
{
    m_documentData = std::move(add);
    return *this;
}

Entity &Entity::rule(Rule check)
{
    m_rules.append(std::move(check));
    return *this;
}

QString Entity::tableName() const
{
    return QString(m_id).replace(QLatin1Char('.'), QLatin1Char('_'));
}

Entity &Entity::workflow(const Workflow &flow)
{
    m_workflow = std::make_shared<const Workflow>(flow);
    QList<Field::Choice> choices;
    for (const Workflow::State &state : flow.states())
        choices.append({state.key, state.label});
    Field stateField = Field::choice(Workflow::stateField(), [] { return Workflow::stateFieldLabel(); }, choices)
                           .readOnly()
                           .defaultValue(flow.initialStateKey());
    for (Field &existing : m_fields) {
        if (existing.name() == Workflow::stateField() && existing.isReadOnly() && existing.type() == Field::Type::Choice) {
            existing = stateField; // declared again: replace, not duplicate
            return *this;
        }
    }
    m_fields.append(stateField);
    return *this;
}

const Field *Entity::field(const QString &name) const
{
    for (const Field &f : m_fields)
        if (f.name() == name)
            return &f;
    return nullptr;
}

QString Entity::displayFieldName() const
{
    if (!m_displayField.isEmpty())
        return m_displayField;
    for (const Field &f : m_fields)
        if (f.type() == Field::Type::Text && f.isStored())
            return f.name();
    return QStringLiteral("id");
}

QStringList Entity::systemColumns()
{
    return {QStringLiteral("id"),         QStringLiteral("version"),    QStringLiteral("archived"),
            QStringLiteral("created_at"), QStringLiteral("created_by"), QStringLiteral("updated_at"),
            QStringLiteral("updated_by")};
}

bool Entity::isValidIdentifier(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{0,62}$"));
    return pattern.match(name).hasMatch();
}

QStringList Entity::declarationErrors() const
{
    QStringList errors;
    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9_]*\\.[a-z][a-z0-9_]*$"));
    if (!idPattern.match(m_id).hasMatch())
        errors.append(QStringLiteral("entity id '%1' must look like 'module.name'").arg(m_id));
    if (!m_label)
        errors.append(QStringLiteral("entity '%1' has no label").arg(m_id));
    QSet<QString> names;
    for (const Field &f : m_fields) {
        if (!isValidIdentifier(f.name()))
            errors.append(QStringLiteral("%1: field name '%2' is not a lower-case identifier").arg(m_id, f.name()));
        if (systemColumns().contains(f.name()))
            errors.append(QStringLiteral("%1: field name '%2' is reserved").arg(m_id, f.name()));
        if (names.contains(f.name()))
            errors.append(QStringLiteral("%1: field '%2' is declared twice").arg(m_id, f.name()));
        names.insert(f.name());
        switch (f.type()) {
        case Field::Type::Choice:
            if (f.choices().isEmpty())
                errors.append(QStringLiteral("%1: choice field '%2' has no choices").arg(m_id, f.name()));
            break;
        case Field::Type::Reference:
            if (f.referencedEntity().isEmpty())
                errors.append(QStringLiteral("%1: reference field '%2' names no entity").arg(m_id, f.name()));
            break;
        case Field::Type::ChildLines:
            if (f.childEntity().isEmpty() || f.childParentField().isEmpty())
                errors.append(QStringLiteral("%1: child lines '%2' need a child entity and its parent field")
                                  .arg(m_id, f.name()));
            break;
        case Field::Type::Quantity:
            if (f.scale() < 0 || f.scale() > 6)
                errors.append(QStringLiteral("%1: quantity '%2' needs a scale from 0 to 6").arg(m_id, f.name()));
            break;
        default:
            break;
        }
        if (f.isNumbered()) {
            QString problem;
            if (f.type() != Field::Type::Text)
                errors.append(QStringLiteral("%1: only text fields can be numbered ('%2')").arg(m_id, f.name()));
            else if (!Sequences::isValidPattern(f.numberPattern(), &problem))
                errors.append(QStringLiteral("%1: %2").arg(m_id, problem));
            if (!f.numberDateField().isEmpty()
                && (!field(f.numberDateField()) || field(f.numberDateField())->type() != Field::Type::Date))
                errors.append(QStringLiteral("%1: '%2' is numbered by '%3', which is not a date field")
                                  .arg(m_id, f.name(), f.numberDateField()));
        }
        if (f.isUnique() && !f.isStored())
            errors.append(QStringLiteral("%1: '%2' cannot be unique, it has no column").arg(m_id, f.name()));
    }
    if (m_workflow)
        errors += m_workflow->declarationErrors(m_id);
    if (!m_displayField.isEmpty() && !field(m_displayField))
        errors.append(QStringLiteral("%1: display field '%2' is not declared").arg(m_id, m_displayField));
    return errors;
}

} // namespace Backroom
