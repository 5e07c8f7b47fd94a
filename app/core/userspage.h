#pragma once

#include "coreglobal.h"
#include "roles.h"
#include "useraccounts.h"

#include <QDateTime>
#include <QWidget>

#include <functional>

class QAction;
class QDialog;
class QTableWidget;

namespace Backroom {

class CompanySession;

// Administration → Users: the company's users with their roles and state
// (active, disabled, locked out), and what an administrator does to them:
// create, reset a password, disable or enable, change roles. Everything
// goes through UserAccounts with the signed-in user as the actor, so the
// service checks the permission and audits each change; its refusals are
// shown as they are.
class BACKROOM_CORE_EXPORT UsersPage : public QWidget
{
    Q_OBJECT

public:
    enum Column { LoginColumn, NameColumn, RolesColumn, StatusColumn, MustChangeColumn, LastLoginColumn, ColumnCount };

    using Confirmation = std::function<bool(const QString &title, const QString &text)>;
    using Notification = std::function<void(const QString &title, const QString &text)>;
    // Shows a dialog modally; replaced by tests.
    using DialogRunner = std::function<int(QDialog *dialog)>;

    explicit UsersPage(CompanySession &session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QAction *newUserAction() const { return m_newUser; }
    QAction *resetPasswordAction() const { return m_resetPassword; }
    QAction *disableAction() const { return m_disable; }
    QAction *rolesAction() const { return m_roles; }

    QString selectedLogin() const;
    bool selectLogin(const QString &login);
    // The row of a user, -1 when not listed.
    int rowOf(const QString &login) const;

    // "Active", "Disabled", "Locked until 09:30".
    static QString statusText(const UserAccounts::User &user, const QDateTime &now = QDateTime::currentDateTimeUtc());

    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }
    void setNotification(Notification notify) { m_notify = std::move(notify); }
    void setDialogRunner(DialogRunner run) { m_runDialog = std::move(run); }

public slots:
    void refresh();
    void newUser();
    void resetPassword();
    // Disables the selected user, or enables them when disabled, after asking.
    void toggleDisabled();
    void editRoles();

private:
    void updateActions();
    int runDialog(QDialog *dialog);

    CompanySession &m_session;
    UserAccounts m_accounts;
    Roles m_rolesService;
    QTableWidget *m_table;
    QAction *m_newUser;
    QAction *m_resetPassword;
    QAction *m_disable;
    QAction *m_roles;
    QAction *m_refresh;
    Confirmation m_confirm;
    Notification m_notify;
    DialogRunner m_runDialog;
};

} // namespace Backroom
