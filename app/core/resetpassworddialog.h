#pragma once

#include "coreglobal.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace Backroom {

class UserAccounts;

// An administrator gives a user a temporary password (typed twice), which
// the user must change at the next login; it also lifts a lockout. The
// service's refusal is shown in the dialog, which then stays open.
class BACKROOM_CORE_EXPORT ResetPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ResetPasswordDialog(UserAccounts &accounts, const QString &login, QWidget *parent = nullptr);

    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QString message() const;

public slots:
    void accept() override;

private:
    UserAccounts &m_accounts;
    QString m_login;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_message;
};

} // namespace Backroom
