#pragma once

#include "coreglobal.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace Backroom {

class RoleChecklist;
class Roles;
class UserAccounts;

// Asks for a new user's name, a temporary password (twice) and roles, and
// creates the user through UserAccounts when OK is pressed. The user must
// change the password at the first login: the administrator knows it. A
// refusal (the name taken, a weak password, no permission) is shown in the
// dialog, which stays open; nothing is created.
class BACKROOM_CORE_EXPORT NewUserDialog : public QDialog
{
    Q_OBJECT

public:
    NewUserDialog(UserAccounts &accounts, const Roles &roles, QWidget *parent = nullptr);

    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *displayNameEdit() const { return m_displayName; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    RoleChecklist *roleList() const { return m_roles; }
    QString message() const;
    // The new user's login once created.
    QString createdLogin() const { return m_created; }

public slots:
    void accept() override;

private:
    void showMessage(const QString &text);

    UserAccounts &m_accounts;
    QLineEdit *m_login;
    QLineEdit *m_displayName;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    RoleChecklist *m_roles;
    QLabel *m_message;
    QString m_created;
};

} // namespace Backroom
