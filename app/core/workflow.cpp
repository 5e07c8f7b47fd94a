#include "workflow.h"

#include "entity.h"

#include <QSet>

namespace Backroom {

Workflow &Workflow::addState(State state)
{
    m_states.append(std::move(state));
    return *this;
}

Workflow &Workflow::addTransition(Transition transition)
{
    m_transitions.append(std::move(transition));
    return *this;
}

Workflow &Workflow::state(const QString &key, Label label, bool editable, Tone tone)
{
    return addState({key, std::move(label), editable, tone});
}

Workflow &Workflow::transition(const QString &key, Label label, const QStringList &from, const QString &to,
                               const QString &permission, Check check)
{
    Transition t;
    t.key = key;
    t.label = std::move(label);
    t.from = from;
    t.to = to;
    t.permission = permission;
    t.check = std::move(check);
    return addTransition(std::move(t));
}

Workflow &Workflow::initialState(const QString &key)
{
    m_initial = key;
    return *this;
}

QString Workflow::initialStateKey() const
{
    if (!m_initial.isEmpty())
        return m_initial;
    return m_states.isEmpty() ? QString() : m_states.constFirst().key;
}

const Workflow::State *Workflow::findState(const QString &key) const
{
    for (const State &s : m_states)
        if (s.key == key)
            return &s;
    return nullptr;
}

const Workflow::Transition *Workflow::findTransition(const QString &key) const
{
    for (const Transition &t : m_transitions)
        if (t.key == key)
            return &t;
    return nullptr;
}

QString Workflow::stateLabel(const QString &key) const
{
    const State *s = findState(key);
    return s && s->label ? s->label() : key;
}

QString Workflow::transitionLabel(const QString &key) const
{
    const Transition *t = findTransition(key);
    return t && t->label ? t->label() : key;
}

bool Workflow::isEditable(const QString &stateKey) const
{
    const State *s = findState(stateKey);
    return !s || s->editable;
}

QString Workflow::stateOf(const Record &record) const
{
    const QString stored = record.value(stateField()).toString();
    return stored.isEmpty() ? initialStateKey() : stored;
}

QList<const Workflow::Transition *> Workflow::available(const Record &record) const
{
    QList<const Transition *> found;
    const QString current = stateOf(record);
    for (const Transition &t : m_transitions)
        if (t.from.contains(current))
            found.append(&t);
    return found;
}

QStringList Workflow::declarationErrors(const QString &entityId) const
{
    QStringList errors;
    if (m_states.isEmpty())
        errors.append(QStringLiteral("%1: the workflow declares no states").arg(entityId));
    QSet<QString> states;
    for (const State &s : m_states) {
        // Keys end up in SQL text (the default of an added state column).
        if (!Entity::isValidIdentifier(s.key))
            errors.append(QStringLiteral("%1: state '%2' is not a lower-case identifier").arg(entityId, s.key));
        if (states.contains(s.key))
            errors.append(QStringLiteral("%1: state '%2' is declared twice").arg(entityId, s.key));
        if (!s.label)
            errors.append(QStringLiteral("%1: state '%2' has no label").arg(entityId, s.key));
        states.insert(s.key);
    }
    if (!m_initial.isEmpty() && !states.contains(m_initial))
        errors.append(QStringLiteral("%1: initial state '%2' is not declared").arg(entityId, m_initial));
    QSet<QString> transitions;
    for (const Transition &t : m_transitions) {
        if (!Entity::isValidIdentifier(t.key))
            errors.append(QStringLiteral("%1: transition '%2' is not a lower-case identifier").arg(entityId, t.key));
        if (transitions.contains(t.key))
            errors.append(QStringLiteral("%1: transition '%2' is declared twice").arg(entityId, t.key));
        transitions.insert(t.key);
        if (!t.label)
            errors.append(QStringLiteral("%1: transition '%2' has no label").arg(entityId, t.key));
        if (t.from.isEmpty())
            errors.append(QStringLiteral("%1: transition '%2' starts from no state").arg(entityId, t.key));
        for (const QString &from : t.from)
            if (!states.contains(from))
                errors.append(QStringLiteral("%1: transition '%2' starts from unknown state '%3'")
                                  .arg(entityId, t.key, from));
        if (!states.contains(t.to))
            errors.append(QStringLiteral("%1: transition '%2' leads to unknown state '%3'").arg(entityId, t.key, t.to));
        if (t.permission.isEmpty())
            errors.append(QStringLiteral("%1: transition '%2' names no permission").arg(entityId, t.key));
    }
    return errors;
}

} // namespace Backroom
