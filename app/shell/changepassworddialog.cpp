#include "changepassworddialog.h"

#include "useraccounts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Backroom::Internal {

ChangePasswordDialog::ChangePasswordDialog(UserAccounts &accounts, const QString &login, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_login(login)
    , m_current(new QLineEdit(this))
    , m_new(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Change Password — %1").arg(login));
    for (QLineEdit *secret : {m_current, m_new, m_repeat})
        secret->setEchoMode(QLineEdit::Password);
    m_new->setPlaceholderText(tr("at least 8 characters"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Current password:"), m_current);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat it:"), m_repeat);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Change"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(400);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString ChangePasswordDialog::message() const
{
    return m_message->text();
}

void ChangePasswordDialog::accept()
{
    if (m_new->text() != m_repeat->text()) {
        m_message->setText(tr("The two new passwords differ."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    const UserAccounts::Result changed = m_accounts.changePassword(m_login, m_current->text(), m_new->text());
    if (!changed.ok) {
        m_message->setText(changed.message);
        return;
    }
    QDialog::accept();
}

} // namespace Backroom::Internal
