#include "accesshook.h"

#include "entity.h"

namespace Backroom {

AccessHook::AccessHook(const AccessControl &access, Denied denied) : m_access(access), m_denied(std::move(denied)) {}

QString AccessHook::permissionFor(const Change &change)
{
    switch (change.action) {
    case Action::Create:
        return QStringLiteral("create");
    case Action::Update:
        return QStringLiteral("update");
    case Action::Archive:
    case Action::Restore:
    case Action::Delete:
        return QStringLiteral("delete");
    case Action::Transition:
        return change.permission.isEmpty() ? QStringLiteral("update") : change.permission;
    }
    return QStringLiteral("update");
}

QString AccessHook::refusal(const QString &user, const QString &action, const QString &entityLabel)
{
    return tr("%1 may not %2 %3; an administrator can grant it with a role.")
        .arg(user, Roles::actionLabel(action), entityLabel);
}

bool AccessHook::before(Database &, const Change &change, QString *reason)
{
    const QString action = permissionFor(change);
    if (m_access.allows(action, change.entity.id()))
        return true;
    *reason = refusal(m_access.userName(), action, change.entity.pluralLabel());
    if (m_denied)
        m_denied(change, action);
    return false;
}

} // namespace Backroom
