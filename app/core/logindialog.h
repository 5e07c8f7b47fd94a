#pragma once

#include "coreglobal.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace Backroom {

class UserAccounts;

// Asks who is working and checks the password with UserAccounts: a wrong
// password says so and keeps the dialog open; a lockout counts down on the
// button; a temporary password must be replaced before the dialog accepts.
class BACKROOM_CORE_EXPORT LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(UserAccounts &accounts, const QString &companyName, QWidget *parent = nullptr);

    void setLogin(const QString &login);
    // A line above the fields (the demo company's password, "locked").
    void setHint(const QString &text);
    // Unlocking a locked window: only the signed-in user may, and Cancel
    // closes the company instead.
    void setUnlocking(const QString &login);
    QString login() const;
    qint64 userId() const { return m_userId; }
    QString message() const;

    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *passwordEdit() const { return m_password; }

    void accept() override;

private:
    void showMessage(const QString &text);
    void startCountdown(int seconds);
    void showNewPassword();

    UserAccounts &m_accounts;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLineEdit *m_newPassword;
    QLineEdit *m_repeat;
    QLabel *m_newLabel;
    QLabel *m_repeatLabel;
    QLabel *m_message;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
    QTimer *m_countdown;
    int m_waitSeconds = 0;
    qint64 m_userId = 0;
    bool m_changing = false;
};

} // namespace Backroom
