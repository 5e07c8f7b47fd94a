#include "rolespage.h"

#include "companyfile.h"
#include "companysession.h"
#include "copyroledialog.h"
#include "entity.h"
#include "extensionregistries.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Backroom {

namespace {

constexpr int ScopeRole = Qt::UserRole;
constexpr int ActionRole = Qt::UserRole + 1;

} // namespace

RolesPage::RolesPage(CompanySession &session, ModuleName moduleName, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_moduleName(std::move(moduleName))
    , m_roles(session.company().database(), session.access())
    , m_list(new QListWidget(this))
    , m_title(new QLabel(this))
    , m_note(new QLabel(this))
    , m_grid(new QTableWidget(this))
    , m_copy(new QPushButton(tr("&Copy Role…"), this))
    , m_addScope(new QPushButton(tr("&Add Scope…"), this))
    , m_save(new QPushButton(tr("&Save"), this))
{
    setObjectName(QStringLiteral("rolesPage"));
    m_list->setObjectName(QStringLiteral("roleList"));
    m_grid->setObjectName(QStringLiteral("grants"));
    m_note->setObjectName(QStringLiteral("note"));
    m_copy->setObjectName(QStringLiteral("copyRole"));
    m_addScope->setObjectName(QStringLiteral("addScope"));
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setShortcut(QKeySequence::Save);
    m_list->setMinimumWidth(220);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_note->setWordWrap(true);

    const QStringList actions = Roles::actions();
    m_grid->setColumnCount(int(actions.size()));
    QStringList headers;
    for (const QString &action : actions)
        headers.append(Roles::actionLabel(action));
    m_grid->setHorizontalHeaderLabels(headers);
    for (int column = 0; column < actions.size(); ++column)
        m_grid->horizontalHeaderItem(column)->setData(ActionRole, actions.at(column));
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setSelectionMode(QAbstractItemView::NoSelection);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_grid->setAlternatingRowColors(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_addScope);
    buttons->addStretch(1);
    buttons->addWidget(m_save);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_note);
    rightLayout->addWidget(m_grid, 1);
    rightLayout->addLayout(buttons);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        const QString key = row >= 0 ? m_list->item(row)->data(Qt::UserRole).toString() : QString();
        if (key == m_shownKey)
            return;
        if (!canClose()) {
            // Stay on the changed role.
            selectRole(m_shownKey);
            return;
        }
        showRole(key);
    });
    connect(m_grid, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *) {
        if (!m_filling)
            setModified(true);
    });
    connect(m_copy, &QPushButton::clicked, this, &RolesPage::copyRole);
    connect(m_addScope, &QPushButton::clicked, this, &RolesPage::chooseScope);
    connect(m_save, &QPushButton::clicked, this, &RolesPage::save);
    refresh();
}

QString RolesPage::scopeLabel(const QString &scope) const
{
    if (scope == QLatin1String("*"))
        return tr("All modules");
    if (scope == QLatin1String("security"))
        return tr("Users and roles");
    if (scope == QLatin1String("audit"))
        return tr("Audit log");
    if (const Entity *entity = m_session.registries().entities.find(scope))
        return entity->pluralLabel();
    const QString name = m_moduleName ? m_moduleName(scope) : QString();
    return name.isEmpty() ? scope : name;
}

QList<QPair<QString, QString>> RolesPage::scopeChoices() const
{
    QList<QPair<QString, QString>> choices;
    choices.append({QStringLiteral("*"), scopeLabel(QStringLiteral("*"))});
    QStringList modules;
    for (const auto &entry : m_session.registries().entities.entries())
        if (!modules.contains(entry.moduleId))
            modules.append(entry.moduleId);
    for (const QString &module : modules)
        choices.append({module, tr("Module: %1").arg(scopeLabel(module))});
    choices.append({QStringLiteral("security"), scopeLabel(QStringLiteral("security"))});
    choices.append({QStringLiteral("audit"), scopeLabel(QStringLiteral("audit"))});
    for (const auto &entry : m_session.registries().entities.entries())
        choices.append({entry.item.id(), tr("%1 (%2)").arg(entry.item.pluralLabel(), scopeLabel(entry.moduleId))});
    return choices;
}

void RolesPage::refresh()
{
    const QString keep = m_shownKey;
    m_list->blockSignals(true);
    m_list->clear();
    const QList<Roles::Role> roles = m_roles.roles();
    for (const Roles::Role &role : roles) {
        QString secondary;
        if (role.shipped) {
            secondary = tr("shipped");
        } else {
            const std::optional<Roles::Role> source = m_roles.role(role.copiedFrom);
            secondary = role.copiedFrom.isEmpty() ? tr("own role")
                                                  : tr("copy of %1").arg(source ? source->name : role.copiedFrom);
        }
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(role.name, secondary), m_list);
        item->setData(Qt::UserRole, role.key);
        item->setToolTip(role.description);
    }
    m_list->blockSignals(false);
    m_shownKey.clear();
    if (!selectRole(keep) && m_list->count() > 0)
        m_list->setCurrentRow(0);
}

QString RolesPage::currentKey() const
{
    return m_shownKey;
}

bool RolesPage::selectRole(const QString &key)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == key) {
            m_list->setCurrentRow(row);
            if (m_shownKey != key)
                showRole(key);
            return true;
        }
    }
    return false;
}

void RolesPage::showRole(const QString &key)
{
    m_shownKey = key;
    const std::optional<Roles::Role> role = m_roles.role(key);
    m_filling = true;
    m_grid->setRowCount(0);
    m_editable = role && !role->shipped;
    if (role) {
        m_title->setText(role->name);
        // Two lines: what the role is for, then what can be done with it.
        const QString how = role->shipped ? tr("This role is shipped with Backroom and stays as shipped: copy it to "
                                               "change it.")
                                          : tr("Tick what the role may do and save.");
        m_note->setText(role->description.isEmpty() ? how : role->description + QLatin1Char('\n') + how);
        // Everything first, then the rows as stored (sorted by scope).
        QList<Roles::Grant> grants = role->grants;
        std::stable_sort(grants.begin(), grants.end(), [](const Roles::Grant &a, const Roles::Grant &b) {
            return (a.scope == QLatin1String("*")) > (b.scope == QLatin1String("*"));
        });
        for (const Roles::Grant &grant : grants)
            addRow(grant.scope, grant.actions, m_editable);
    } else {
        m_title->clear();
        m_note->clear();
    }
    m_filling = false;
    m_copy->setEnabled(role.has_value());
    m_addScope->setEnabled(m_editable);
    setModified(false);
}

void RolesPage::addRow(const QString &scope, const QStringList &actions, bool editable)
{
    const bool filling = m_filling;
    m_filling = true;
    const int row = m_grid->rowCount();
    m_grid->insertRow(row);
    auto *header = new QTableWidgetItem(scopeLabel(scope));
    header->setData(ScopeRole, scope);
    header->setToolTip(scope);
    m_grid->setVerticalHeaderItem(row, header);
    const QStringList all = Roles::actions();
    for (int column = 0; column < all.size(); ++column) {
        auto *item = new QTableWidgetItem;
        // Shipped roles: the boxes show, but do not take clicks.
        item->setFlags(editable ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::ItemIsEnabled);
        item->setCheckState(actions.contains(all.at(column)) ? Qt::Checked : Qt::Unchecked);
        m_grid->setItem(row, column, item);
    }
    m_filling = filling;
}

bool RolesPage::isEditable() const
{
    return m_editable;
}

int RolesPage::rowOf(const QString &scope) const
{
    for (int row = 0; row < m_grid->rowCount(); ++row)
        if (m_grid->verticalHeaderItem(row)->data(ScopeRole).toString() == scope)
            return row;
    return -1;
}

bool RolesPage::isGranted(const QString &scope, const QString &action) const
{
    const int row = rowOf(scope);
    const qsizetype column = Roles::actions().indexOf(action);
    return row >= 0 && column >= 0 && m_grid->item(row, int(column))->checkState() == Qt::Checked;
}

bool RolesPage::setGranted(const QString &scope, const QString &action, bool granted)
{
    const int row = rowOf(scope);
    const qsizetype column = Roles::actions().indexOf(action);
    if (!m_editable || row < 0 || column < 0)
        return false;
    m_grid->item(row, int(column))->setCheckState(granted ? Qt::Checked : Qt::Unchecked);
    return true;
}

bool RolesPage::addScope(const QString &scope)
{
    if (!m_editable || scope.isEmpty())
        return false;
    if (rowOf(scope) < 0) {
        addRow(scope, {}, true);
        setModified(true);
    }
    m_grid->scrollToItem(m_grid->item(rowOf(scope), 0));
    return true;
}

QList<Roles::Grant> RolesPage::grants() const
{
    QList<Roles::Grant> result;
    const QStringList all = Roles::actions();
    for (int row = 0; row < m_grid->rowCount(); ++row) {
        Roles::Grant grant{m_grid->verticalHeaderItem(row)->data(ScopeRole).toString(), {}};
        for (int column = 0; column < all.size(); ++column)
            if (m_grid->item(row, column)->checkState() == Qt::Checked)
                grant.actions.append(all.at(column));
        if (!grant.actions.isEmpty())
            result.append(grant);
    }
    return result;
}

void RolesPage::setModified(bool modified)
{
    m_modified = modified;
    m_save->setEnabled(m_editable && modified);
}

void RolesPage::notify(const QString &title, const QString &text)
{
    if (m_notify)
        m_notify(title, text);
    else
        QMessageBox::warning(this, title, text);
}

bool RolesPage::save()
{
    if (!m_editable)
        return false;
    QString error;
    if (!m_roles.setGrants(m_shownKey, grants(), &error)) {
        notify(tr("Save Role"), error);
        return false;
    }
    const QString key = m_shownKey;
    m_shownKey.clear();
    showRole(key);   // as stored: empty rows go
    return true;
}

bool RolesPage::canClose()
{
    if (!m_modified)
        return true;
    if (m_askDiscard)
        return m_askDiscard();
    const auto answer = QMessageBox::question(this, tr("Save Role"), tr("Save the changes to this role?"),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void RolesPage::copyRole()
{
    const std::optional<Roles::Role> source = m_roles.role(m_shownKey);
    if (!source || !canClose())
        return;
    CopyRoleDialog dialog(m_roles, source->key, source->name, this);
    const int result = m_runDialog ? m_runDialog(&dialog) : dialog.exec();
    if (result != QDialog::Accepted)
        return;
    m_shownKey.clear();
    refresh();
    selectRole(dialog.createdKey());
}

void RolesPage::chooseScope()
{
    if (!m_editable)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add Scope"));
    auto *combo = new QComboBox(&dialog);
    combo->setObjectName(QStringLiteral("scope"));
    for (const auto &choice : scopeChoices())
        if (rowOf(choice.first) < 0)
            combo->addItem(choice.second, choice.first);
    auto *form = new QFormLayout;
    form->addRow(tr("Module or list:"), combo);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    const int result = m_runDialog ? m_runDialog(&dialog) : dialog.exec();
    if (result == QDialog::Accepted)
        addScope(combo->currentData().toString());
}

} // namespace Backroom
