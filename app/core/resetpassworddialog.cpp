#include "resetpassworddialog.h"

#include "useraccounts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Backroom {

ResetPasswordDialog::ResetPasswordDialog(UserAccounts &accounts, const QString &login, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_login(login)
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("resetPasswordDialog"));
    setWindowTitle(tr("Reset Password of %1").arg(login));
    for (QLineEdit *edit : {m_password, m_repeat})
        edit->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("password"));
    m_repeat->setObjectName(QStringLiteral("repeat"));
    auto *intro = new QLabel(tr("%1 must change this temporary password at the next login. A lockout after wrong "
                                "passwords ends now.")
                                 .arg(login),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Temporary &password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_repeat);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #B91C1C;"));
    m_message->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Reset Password"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ResetPasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ResetPasswordDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(420, sizeHint().height());
}

QString ResetPasswordDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ResetPasswordDialog::accept()
{
    QString problem;
    if (m_password->text() != m_repeat->text()) {
        problem = tr("The two passwords differ; type the same password twice.");
    } else {
        const UserAccounts::Result result = m_accounts.resetPassword(m_login, m_password->text());
        if (result.ok) {
            QDialog::accept();
            return;
        }
        problem = result.message;
    }
    m_message->setText(problem);
    m_message->show();
}

} // namespace Backroom
