#pragma once

#include "coreglobal.h"
#include "roles.h"

#include <QListWidget>

namespace Backroom {

// The company's roles as a list of check boxes, each with its translated
// name and, as a tool tip, what it is for: how a user's roles are chosen in
// the New User and Roles dialogs.
class BACKROOM_CORE_EXPORT RoleChecklist : public QListWidget
{
    Q_OBJECT

public:
    explicit RoleChecklist(const QList<Roles::Role> &roles, QWidget *parent = nullptr);

    QStringList checkedKeys() const;
    void setCheckedKeys(const QStringList &keys);
    // False when there is no such role.
    bool setChecked(const QString &key, bool checked);
};

} // namespace Backroom
