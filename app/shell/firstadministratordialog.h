#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace Backroom {
class UserAccounts;
}

namespace Backroom::Internal {

// The first run of a company that has no user yet: whoever opens it sets up
// its administrator (user name, name, password twice). The administrator
// then adds everyone else in Administration → Users.
class FirstAdministratorDialog : public QDialog
{
    Q_OBJECT

public:
    FirstAdministratorDialog(UserAccounts &accounts, const QString &companyName, QWidget *parent = nullptr);

    QString login() const;
    qint64 userId() const { return m_userId; }

    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QString message() const;

    void accept() override;

private:
    UserAccounts &m_accounts;
    QLineEdit *m_login;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_message;
    qint64 m_userId = 0;
};

} // namespace Backroom::Internal
