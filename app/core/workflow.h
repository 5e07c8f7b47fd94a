#pragma once

#include "coreglobal.h"
#include "record.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Backroom {

class Database;

// The states a record of one entity passes through and the named steps
// between them (draft → submitted → approved → done, or cancelled). Declared
// once with the entity; the entity then gets a stored "state" column, new
// records start in the initial state, and only Records::transition() moves
// them on, each step recorded in backroom_transition.
class BACKROOM_CORE_EXPORT Workflow
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Workflow)

public:
    using Label = std::function<QString()>;
    // Returns a translated refusal ("An order without lines cannot be
    // submitted."), or an empty string to let the transition go ahead.
    using Check = std::function<QString(const Record &record)>;
    // A check that must look further than the record (its lines, a closed
    // period) or at who takes the step (a reviewer other than the preparer).
    // Runs inside the transition's write transaction, after Check and the
    // permission check.
    using Guard = std::function<QString(Database &db, const Record &record, const QString &user)>;

    // How a state's badge is coloured; a hint, not a meaning.
    enum class Tone { Neutral, Progress, Success, Warning, Danger };
    // Whether the clerk is asked for a comment when taking a transition.
    enum class Comment { None, Optional, Required };

    struct State
    {
        QString key;           // stored, never translated
        Label label;
        bool editable = true;  // false: Records refuses updates and deletes
        Tone tone = Tone::Neutral;
    };

    struct Transition
    {
        QString key;           // stored in the history, never translated
        Label label;           // the button ("Approve")
        QStringList from;      // states it may start from
        QString to;
        QString permission;    // checked by the security hook ("approve")
        Check check;           // optional
        bool confirm = false;  // ask before taking it (irreversible steps)
        Comment comment = Comment::None;
        Guard guard = {};      // optional
    };

    // One row of backroom_transition.
    struct HistoryEntry
    {
        qint64 id = 0;
        QString transition;
        QString fromState;
        QString toState;
        QString user;
        QDateTime at;          // UTC
        QString comment;
    };

    Workflow() = default;

    Workflow &addState(State state);
    Workflow &addTransition(Transition transition);
    // Short forms of the two above for the common case.
    Workflow &state(const QString &key, Label label, bool editable = true, Tone tone = Tone::Neutral);
    Workflow &transition(const QString &key, Label label, const QStringList &from, const QString &to,
                         const QString &permission, Check check = {});
    // Default: the first state declared.
    Workflow &initialState(const QString &key);

    const QList<State> &states() const { return m_states; }
    const QList<Transition> &transitions() const { return m_transitions; }
    QString initialStateKey() const;
    const State *findState(const QString &key) const;
    const Transition *findTransition(const QString &key) const;
    QString stateLabel(const QString &key) const;
    QString transitionLabel(const QString &key) const;
    bool isEditable(const QString &stateKey) const;
    // The record's state; rows from before the workflow was declared count as
    // being in the initial state.
    QString stateOf(const Record &record) const;
    // Transitions whose from-states include the record's state, in declared
    // order. Checks and permissions are not run here.
    QList<const Transition *> available(const Record &record) const;

    QStringList declarationErrors(const QString &entityId) const;

    // The column every entity with a workflow gets.
    static QString stateField() { return QStringLiteral("state"); }
    static QString stateFieldLabel() { return tr("State"); }

private:
    QList<State> m_states;
    QList<Transition> m_transitions;
    QString m_initial;
};

} // namespace Backroom
