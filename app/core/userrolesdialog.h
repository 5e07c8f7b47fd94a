#pragma once

#include "coreglobal.h"

#include <QDialog>

class QLabel;

namespace Backroom {

class RoleChecklist;
class Roles;
class UserAccounts;

// Chooses a user's roles; OK stores them through UserAccounts::setRoles,
// which refuses (and the dialog shows why) taking the last administrator's
// right to administer.
class BACKROOM_CORE_EXPORT UserRolesDialog : public QDialog
{
    Q_OBJECT

public:
    UserRolesDialog(UserAccounts &accounts, const Roles &roles, const QString &login, QWidget *parent = nullptr);

    RoleChecklist *roleList() const { return m_roles; }
    QString message() const;

public slots:
    void accept() override;

private:
    UserAccounts &m_accounts;
    QString m_login;
    RoleChecklist *m_roles;
    QLabel *m_message;
};

} // namespace Backroom
