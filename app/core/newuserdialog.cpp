#include "newuserdialog.h"

#include "rolechecklist.h"
#include "roles.h"
#include "useraccounts.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Backroom {

NewUserDialog::NewUserDialog(UserAccounts &accounts, const Roles &roles, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_login(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_roles(new RoleChecklist(roles.roles(), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("newUserDialog"));
    setWindowTitle(tr("New User"));
    m_login->setObjectName(QStringLiteral("login"));
    m_login->setPlaceholderText(tr("e.g. wangfang"));
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_displayName->setPlaceholderText(tr("e.g. 王芳"));
    for (QLineEdit *edit : {m_password, m_repeat})
        edit->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("password"));
    m_repeat->setObjectName(QStringLiteral("repeat"));
    m_roles->setMinimumHeight(180);

    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_login);
    form->addRow(tr("&Display name:"), m_displayName);
    form->addRow(tr("Temporary &password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_repeat);
    auto *note = new QLabel(tr("The user must change this password at the first login."), this);
    note->setWordWrap(true);
    form->addRow(QString(), note);
    form->addRow(tr("R&oles:"), m_roles);

    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #B91C1C;"));
    m_message->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create User"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewUserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewUserDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

QString NewUserDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void NewUserDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->show();
}

void NewUserDialog::accept()
{
    const QString login = m_login->text().trimmed();
    if (m_password->text() != m_repeat->text()) {
        showMessage(tr("The two passwords differ; type the same password twice."));
        m_repeat->setFocus();
        return;
    }
    const QStringList roles = m_roles->checkedKeys();
    if (roles.isEmpty()) {
        showMessage(tr("Choose at least one role: a user without a role can open nothing."));
        return;
    }
    const UserAccounts::Result result = m_accounts.createUser(login, m_displayName->text(), m_password->text(), roles, true);
    if (!result.ok) {
        showMessage(result.message);
        return;
    }
    m_created = login;
    QDialog::accept();
}

} // namespace Backroom
