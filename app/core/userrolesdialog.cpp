#include "userrolesdialog.h"

#include "rolechecklist.h"
#include "roles.h"
#include "useraccounts.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace Backroom {

UserRolesDialog::UserRolesDialog(UserAccounts &accounts, const Roles &roles, const QString &login, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_login(login)
    , m_roles(new RoleChecklist(roles.roles(), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("userRolesDialog"));
    setWindowTitle(tr("Roles of %1").arg(login));
    if (const auto user = accounts.user(login))
        m_roles->setCheckedKeys(user->roles);
    auto *intro = new QLabel(tr("%1 may do what any of the checked roles allows.").arg(login), this);
    intro->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #B91C1C;"));
    m_message->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserRolesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UserRolesDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_roles, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(400, 460);
}

QString UserRolesDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void UserRolesDialog::accept()
{
    const UserAccounts::Result result = m_accounts.setRoles(m_login, m_roles->checkedKeys());
    if (result.ok) {
        QDialog::accept();
        return;
    }
    m_message->setText(result.message);
    m_message->show();
}

} // namespace Backroom
