#include "rolechecklist.h"

namespace Backroom {

RoleChecklist::RoleChecklist(const QList<Roles::Role> &roles, QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("roles"));
    for (const Roles::Role &role : roles) {
        auto *item = new QListWidgetItem(role.name, this);
        item->setData(Qt::UserRole, role.key);
        item->setToolTip(role.description);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

QStringList RoleChecklist::checkedKeys() const
{
    QStringList keys;
    for (int row = 0; row < count(); ++row)
        if (item(row)->checkState() == Qt::Checked)
            keys.append(item(row)->data(Qt::UserRole).toString());
    return keys;
}

void RoleChecklist::setCheckedKeys(const QStringList &keys)
{
    for (int row = 0; row < count(); ++row)
        item(row)->setCheckState(keys.contains(item(row)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
}

bool RoleChecklist::setChecked(const QString &key, bool checked)
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(Qt::UserRole).toString() == key) {
            item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

} // namespace Backroom
