#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace Backroom {
class UserAccounts;
}

namespace Backroom::Internal {

// File → Change Password: the signed-in user replaces their own password
// (the current one first, the new one twice). A wrong current password
// counts like a failed login.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ChangePasswordDialog(UserAccounts &accounts, const QString &login, QWidget *parent = nullptr);

    QLineEdit *currentEdit() const { return m_current; }
    QLineEdit *newEdit() const { return m_new; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QString message() const;

    void accept() override;

private:
    UserAccounts &m_accounts;
    QString m_login;
    QLineEdit *m_current;
    QLineEdit *m_new;
    QLineEdit *m_repeat;
    QLabel *m_message;
};

} // namespace Backroom::Internal
