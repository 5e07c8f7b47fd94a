#pragma once

#include "coreglobal.h"
#include "roles.h"

#include <QWidget>

#include <functional>

class QDialog;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace Backroom {

class CompanySession;

// Administration → Roles: the company's roles on the left, and for the
// chosen one a grid of what it may do — a row per scope (all modules, a
// module, an entity), a column per action. Shipped roles are shown
// read-only: they stay as shipped, and an administrator copies one to
// change the copy. Saving goes through Roles::setGrants, which checks the
// permission and audits the change with before and after.
class BACKROOM_CORE_EXPORT RolesPage : public QWidget
{
    Q_OBJECT

public:
    // A module id's display name; empty when no such module is loaded.
    using ModuleName = std::function<QString(const QString &moduleId)>;
    using Notification = std::function<void(const QString &title, const QString &text)>;
    using DialogRunner = std::function<int(QDialog *dialog)>;

    RolesPage(CompanySession &session, ModuleName moduleName, QWidget *parent = nullptr);

    QListWidget *roleList() const { return m_list; }
    QTableWidget *grid() const { return m_grid; }
    QLabel *note() const { return m_note; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *addScopeButton() const { return m_addScope; }
    QPushButton *saveButton() const { return m_save; }

    QString currentKey() const;
    bool selectRole(const QString &key);
    // Whether the shown role can be changed (a copy, not a shipped role).
    bool isEditable() const;
    bool isModified() const { return m_modified; }
    // "All modules", a module's name, an entity's plural label, or the id.
    QString scopeLabel(const QString &scope) const;
    // What can be added as a row: [scope, label], the modules then entities.
    QList<QPair<QString, QString>> scopeChoices() const;
    // The grid's row of a scope, -1 when it has none.
    int rowOf(const QString &scope) const;
    bool isGranted(const QString &scope, const QString &action) const;
    // Ticks or clears one box of an editable role; false when it cannot.
    bool setGranted(const QString &scope, const QString &action, bool granted);
    // Adds a row (no actions ticked yet) to an editable role.
    bool addScope(const QString &scope);
    // The grid as grants, for setGrants.
    QList<Roles::Grant> grants() const;

    void setNotification(Notification notify) { m_notify = std::move(notify); }
    void setDialogRunner(DialogRunner run) { m_runDialog = std::move(run); }
    // Asked before leaving a changed role; true lets it go. Tests replace it.
    void setDiscardQuestion(std::function<bool()> ask) { m_askDiscard = std::move(ask); }
    bool canClose();

public slots:
    void refresh();
    void copyRole();
    void chooseScope();
    bool save();

private:
    void showRole(const QString &key);
    void addRow(const QString &scope, const QStringList &actions, bool editable);
    void setModified(bool modified);
    void notify(const QString &title, const QString &text);

    CompanySession &m_session;
    ModuleName m_moduleName;
    Roles m_roles;
    QListWidget *m_list;
    QLabel *m_title;
    QLabel *m_note;
    QTableWidget *m_grid;
    QPushButton *m_copy;
    QPushButton *m_addScope;
    QPushButton *m_save;
    QString m_shownKey;
    bool m_editable = false;
    bool m_modified = false;
    bool m_filling = false;
    Notification m_notify;
    DialogRunner m_runDialog;
    std::function<bool()> m_askDiscard;
};

} // namespace Backroom
