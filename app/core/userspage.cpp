#include "userspage.h"

#include "companyfile.h"
#include "companysession.h"
#include "newuserdialog.h"
#include "resetpassworddialog.h"
#include "userrolesdialog.h"

#include <QAction>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace Backroom {

namespace {

QString localTime(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace

UsersPage::UsersPage(CompanySession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_accounts(session.company().database(), session.access())
    , m_rolesService(session.company().database(), session.access())
    , m_table(new QTableWidget(this))
    , m_newUser(new QAction(tr("&New User…"), this))
    , m_resetPassword(new QAction(tr("&Reset Password…"), this))
    , m_disable(new QAction(tr("&Disable"), this))
    , m_roles(new QAction(tr("R&oles…"), this))
    , m_refresh(new QAction(tr("Re&fresh"), this))
{
    setObjectName(QStringLiteral("usersPage"));
    m_newUser->setObjectName(QStringLiteral("newUser"));
    m_resetPassword->setObjectName(QStringLiteral("resetPassword"));
    m_disable->setObjectName(QStringLiteral("disable"));
    m_roles->setObjectName(QStringLiteral("roles"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_newUser->setStatusTip(tr("Create a user with a temporary password"));
    m_resetPassword->setStatusTip(tr("Give the selected user a temporary password"));
    m_roles->setStatusTip(tr("Choose what the selected user may do"));

    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(m_newUser);
    toolBar->addSeparator();
    toolBar->addAction(m_resetPassword);
    toolBar->addAction(m_disable);
    toolBar->addAction(m_roles);
    toolBar->addSeparator();
    toolBar->addAction(m_refresh);

    m_table->setObjectName(QStringLiteral("users"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("User Name"), tr("Display Name"), tr("Roles"), tr("Status"), tr("Must Change Password"), tr("Last Login")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_table, 1);

    connect(m_newUser, &QAction::triggered, this, &UsersPage::newUser);
    connect(m_resetPassword, &QAction::triggered, this, &UsersPage::resetPassword);
    connect(m_disable, &QAction::triggered, this, &UsersPage::toggleDisabled);
    connect(m_roles, &QAction::triggered, this, &UsersPage::editRoles);
    connect(m_refresh, &QAction::triggered, this, &UsersPage::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersPage::updateActions);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &UsersPage::editRoles);
    refresh();
}

QString UsersPage::statusText(const UserAccounts::User &user, const QDateTime &now)
{
    if (user.disabled)
        return tr("Disabled");
    if (user.lockedUntil.isValid() && user.lockedUntil > now)
        return tr("Locked until %1").arg(localTime(user.lockedUntil));
    return tr("Active");
}

void UsersPage::refresh()
{
    const QString selected = selectedLogin();
    QHash<QString, QString> roleNames;
    for (const Roles::Role &role : m_rolesService.roles())
        roleNames.insert(role.key, role.name);
    const QList<UserAccounts::User> users = m_accounts.users();
    m_table->setSortingEnabled(false);
    m_table->clearContents();
    m_table->setRowCount(int(users.size()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int row = 0;
    for (const UserAccounts::User &user : users) {
        QStringList names;
        for (const QString &key : user.roles)
            names.append(roleNames.value(key, key));
        const QString cells[ColumnCount] = {user.login,
                                            user.displayName,
                                            QLocale().createSeparatedList(names),
                                            statusText(user, now),
                                            user.mustChangePassword ? tr("Yes") : QString(),
                                            user.lastLogin.isValid() ? localTime(user.lastLogin) : tr("Never")};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, user.login);
            if (column == StatusColumn && user.disabled)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, column, item);
        }
        ++row;
    }
    m_table->resizeColumnsToContents();
    for (int column = 0; column < ColumnCount - 1; ++column)
        m_table->setColumnWidth(column, std::clamp(m_table->columnWidth(column) + 16, 80, 320));
    if (!selectLogin(selected) && m_table->rowCount() > 0)
        m_table->selectRow(0);
    updateActions();
}

QString UsersPage::selectedLogin() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    return selected.isEmpty() ? QString() : selected.constFirst()->data(Qt::UserRole).toString();
}

int UsersPage::rowOf(const QString &login) const
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, LoginColumn) && m_table->item(row, LoginColumn)->text() == login)
            return row;
    return -1;
}

bool UsersPage::selectLogin(const QString &login)
{
    const int row = login.isEmpty() ? -1 : rowOf(login);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

void UsersPage::updateActions()
{
    const std::optional<UserAccounts::User> user = m_accounts.user(selectedLogin());
    m_resetPassword->setEnabled(user.has_value());
    m_roles->setEnabled(user.has_value());
    m_disable->setEnabled(user.has_value());
    m_disable->setText(user && user->disabled ? tr("&Enable") : tr("&Disable"));
    m_disable->setStatusTip(user && user->disabled ? tr("Let the selected user log in again")
                                                   : tr("Stop the selected user from logging in; their history stays"));
}

int UsersPage::runDialog(QDialog *dialog)
{
    return m_runDialog ? m_runDialog(dialog) : dialog->exec();
}

void UsersPage::newUser()
{
    NewUserDialog dialog(m_accounts, m_rolesService, this);
    if (runDialog(&dialog) != QDialog::Accepted)
        return;
    refresh();
    selectLogin(dialog.createdLogin());
}

void UsersPage::resetPassword()
{
    const QString login = selectedLogin();
    if (login.isEmpty())
        return;
    ResetPasswordDialog dialog(m_accounts, login, this);
    if (runDialog(&dialog) == QDialog::Accepted)
        refresh();
}

void UsersPage::editRoles()
{
    const QString login = selectedLogin();
    if (login.isEmpty())
        return;
    UserRolesDialog dialog(m_accounts, m_rolesService, login, this);
    if (runDialog(&dialog) == QDialog::Accepted)
        refresh();
}

void UsersPage::toggleDisabled()
{
    const std::optional<UserAccounts::User> user = m_accounts.user(selectedLogin());
    if (!user)
        return;
    const bool disable = !user->disabled;
    const QString title = disable ? tr("Disable User") : tr("Enable User");
    const QString question = disable ? tr("Disable %1? They can no longer log in; what they did stays in the records "
                                          "and the audit log.")
                                           .arg(user->login)
                                     : tr("Enable %1? They can log in again with their password.").arg(user->login);
    const bool confirmed = m_confirm ? m_confirm(title, question)
                                     : QMessageBox::question(this, title, question) == QMessageBox::Yes;
    if (!confirmed)
        return;
    const UserAccounts::Result result = m_accounts.setDisabled(user->login, disable);
    if (!result.ok) {
        if (m_notify)
            m_notify(title, result.message);
        else
            QMessageBox::warning(this, title, result.message);
    }
    refresh();
}

} // namespace Backroom
