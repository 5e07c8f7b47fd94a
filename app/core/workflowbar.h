#pragma once

#include "coreglobal.h"
#include "workflow.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <optional>

class QFrame;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;
class QTreeWidget;

namespace Backroom {

class Records;

// The strip at the top of a form for an entity with a workflow: the record's
// state as a coloured badge, one button per transition its state allows, and
// the history (who moved it from which state to which, and when). Taking a
// transition goes through Records::transition(); refusals (someone else saved
// first, a check, a missing permission) are shown, never swallowed.
class BACKROOM_CORE_EXPORT WorkflowBar : public QWidget
{
    Q_OBJECT

public:
    // Tells the clerk something went wrong. Tests answer instead of a box.
    using Notification = std::function<void(const QString &title, const QString &text)>;
    // Asks before a transition flagged confirm or with a comment; returns
    // the comment (possibly empty) to go ahead, nullopt to cancel.
    using Prompt = std::function<std::optional<QString>(const QString &title, const QString &question,
                                                        const QString &action, Workflow::Comment comment)>;
    // Runs before a transition; the form saves pending edits here and
    // returns false to stop.
    using Guard = std::function<bool()>;

    WorkflowBar(Records &records, const QString &entityId, QWidget *parent = nullptr);
    ~WorkflowBar() override;

    // id 0: a record not saved yet (the badge shows the initial state, no
    // buttons). version is the one the form shows; -1 reads the current one.
    void setRecord(qint64 id, qint64 version = -1);
    qint64 recordId() const { return m_id; }
    qint64 version() const { return m_version; }
    QString state() const { return m_state; }
    bool isEditable() const;

    void setNotification(Notification notify) { m_notify = std::move(notify); }
    void setPrompt(Prompt prompt) { m_prompt = std::move(prompt); }
    void setGuard(Guard guard) { m_guard = std::move(guard); }

    // What clicking the transition's button does; true when it was taken.
    bool take(const QString &transitionKey);
    QPushButton *button(const QString &transitionKey) const { return m_buttons.value(transitionKey); }
    QLabel *badge() const { return m_badge; }
    QToolButton *historyButton() const { return m_historyButton; }
    // The history popup, filled and shown; also for screenshots.
    QFrame *showHistory();

    static QColor toneBackground(Workflow::Tone tone);
    static QColor toneForeground(Workflow::Tone tone);

signals:
    // After a transition committed: the form reloads the record.
    void transitioned(const QString &transitionKey, qint64 newVersion);

private:
    void reload();
    void rebuild();
    void notify(const QString &title, const QString &text);
    std::optional<QString> ask(const QString &title, const QString &question, const QString &action,
                               Workflow::Comment comment);

    Records &m_records;
    QString m_entityId;
    qint64 m_id = 0;
    qint64 m_version = 0;
    QString m_state;
    QLabel *m_badge;
    QLabel *m_lockHint;
    QHBoxLayout *m_buttonRow;
    QHash<QString, QPushButton *> m_buttons;
    QToolButton *m_historyButton;
    QFrame *m_historyPopup = nullptr;
    QTreeWidget *m_historyTree = nullptr;
    Notification m_notify;
    Prompt m_prompt;
    Guard m_guard;
};

} // namespace Backroom
