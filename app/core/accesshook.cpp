#include "accesshook.h"

#include "entity.h"

#include <algorithm>
#include <utility>

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

bool AccessHook::before(Database &, const Change &change, QString *reason)
{
    const QString action = permissionFor(change);
    if (m_access.allows(action, change.entity.id()))
        return true;
    *reason = m_access.refusal(action, change.entity.pluralLabel());
    const bool known = std::any_of(m_pending.cbegin(), m_pending.cend(), [&](const Refused &refused) {
        return refused.entityId == change.entity.id() && refused.action == action;
    });
    if (!known)
        m_pending.append({change.entity.id(), change.id, action});
    return false;
}

void AccessHook::finished(Database &db)
{
    const QList<Refused> pending = std::exchange(m_pending, {});
    if (m_denied)
        for (const Refused &refused : pending)
            m_denied(db, refused.entityId, refused.recordId, refused.action);
}

} // namespace Backroom
