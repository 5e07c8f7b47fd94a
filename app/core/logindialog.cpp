#include "logindialog.h"

#include "useraccounts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Backroom {

LoginDialog::LoginDialog(UserAccounts &accounts, const QString &companyName, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_newPassword(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_newLabel(new QLabel(tr("&New password:"), this))
    , m_repeatLabel(new QLabel(tr("&Repeat it:"), this))
    , m_message(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_countdown(new QTimer(this))
{
    setWindowTitle(tr("Log In — %1").arg(companyName));
    for (QLineEdit *secret : {m_password, m_newPassword, m_repeat})
        secret->setEchoMode(QLineEdit::Password);
    m_newLabel->setBuddy(m_newPassword);
    m_repeatLabel->setBuddy(m_repeat);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Log In"));

    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(m_newLabel, m_newPassword);
    form->addRow(m_repeatLabel, m_repeat);
    for (QWidget *widget : {static_cast<QWidget *>(m_newLabel), static_cast<QWidget *>(m_newPassword),
                            static_cast<QWidget *>(m_repeatLabel), static_cast<QWidget *>(m_repeat)})
        widget->hide();
    m_hint->setWordWrap(true);
    m_hint->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(380);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, [this] {
        QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
        if (--m_waitSeconds > 0) {
            ok->setText(tr("Wait %1 s").arg(m_waitSeconds));
            return;
        }
        m_countdown->stop();
        ok->setText(tr("Log In"));
        ok->setEnabled(true);
    });
}

void LoginDialog::setLogin(const QString &login)
{
    m_login->setText(login);
    m_password->setFocus();
}

void LoginDialog::setHint(const QString &text)
{
    m_hint->setText(text);
    m_hint->setVisible(!text.isEmpty());
}

void LoginDialog::setUnlocking(const QString &login)
{
    setLogin(login);
    m_login->setReadOnly(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Unlock"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close Company"));
}

QString LoginDialog::login() const
{
    return m_login->text().trimmed();
}

QString LoginDialog::message() const
{
    return m_message->text();
}

void LoginDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    // Room for a message of two lines, without the clerk resizing anything.
    layout()->activate();
    resize(width(), std::max(height(), sizeHint().height()));
}

void LoginDialog::startCountdown(int seconds)
{
    m_waitSeconds = seconds;
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    ok->setText(tr("Wait %1 s").arg(seconds));
    m_countdown->start();
}

void LoginDialog::showNewPassword()
{
    m_changing = true;
    m_login->setReadOnly(true);
    m_password->setReadOnly(true);
    for (QWidget *widget : {static_cast<QWidget *>(m_newLabel), static_cast<QWidget *>(m_newPassword),
                            static_cast<QWidget *>(m_repeatLabel), static_cast<QWidget *>(m_repeat)})
        widget->show();
    showMessage(tr("Your password was set by an administrator. Choose your own now."));
    m_newPassword->setFocus();
}

void LoginDialog::accept()
{
    if (m_changing) {
        if (m_newPassword->text() != m_repeat->text()) {
            showMessage(tr("The two new passwords differ."));
            m_repeat->clear();
            m_repeat->setFocus();
            return;
        }
        const UserAccounts::Result changed = m_accounts.changePassword(login(), m_password->text(), m_newPassword->text());
        if (!changed.ok) {
            showMessage(changed.message);
            m_newPassword->selectAll();
            m_newPassword->setFocus();
            return;
        }
        m_userId = changed.userId;
        QDialog::accept();
        return;
    }
    const UserAccounts::Result result = m_accounts.authenticate(login(), m_password->text());
    if (!result.ok) {
        showMessage(result.message);
        m_password->clear();
        m_password->setFocus();
        if (result.retryAfterSeconds > 0)
            startCountdown(result.retryAfterSeconds);
        return;
    }
    m_userId = result.userId;
    if (result.mustChangePassword) {
        showNewPassword();
        return;
    }
    QDialog::accept();
}

} // namespace Backroom
