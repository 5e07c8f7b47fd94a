#include "firstadministratordialog.h"

#include "useraccounts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Backroom::Internal {

FirstAdministratorDialog::FirstAdministratorDialog(UserAccounts &accounts, const QString &companyName, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_login(new QLineEdit(QStringLiteral("admin"), this))
    , m_name(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Set Up the Administrator — %1").arg(companyName));
    auto *intro = new QLabel(tr("“%1” has no users yet. Choose the administrator's user name and password: the "
                                "administrator signs in first and adds everyone else under Administration → Users.")
                                 .arg(companyName),
                             this);
    intro->setWordWrap(true);
    m_name->setPlaceholderText(tr("e.g. 王芳"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("at least 8 characters"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_login);
    form->addRow(tr("&Full name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat it:"), m_repeat);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create and Sign In"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    m_password->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstAdministratorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString FirstAdministratorDialog::login() const
{
    return m_login->text().trimmed();
}

QString FirstAdministratorDialog::message() const
{
    return m_message->text();
}

void FirstAdministratorDialog::accept()
{
    if (m_password->text() != m_repeat->text()) {
        m_message->setText(tr("The two passwords differ."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    const UserAccounts::Result created =
        m_accounts.createUser(login(), m_name->text().trimmed(), m_password->text(), {QStringLiteral("administrator")});
    if (!created.ok) {
        m_message->setText(created.message);
        return;
    }
    m_userId = created.userId;
    QDialog::accept();
}

} // namespace Backroom::Internal
