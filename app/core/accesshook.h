#pragma once

#include "coreglobal.h"
#include "recordhook.h"
#include "roles.h"

#include <QCoreApplication>

#include <functional>

namespace Backroom {

// The records service's permission check: every create, change, archive,
// delete and workflow step is refused, with a clear reason, unless the
// user's roles grant the action on the entity (or its module, or "*").
// A refusal is reported to `denied` so the audit log can record it.
class BACKROOM_CORE_EXPORT AccessHook : public RecordHook
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::AccessHook)

public:
    using Denied = std::function<void(const Change &change, const QString &action)>;

    explicit AccessHook(const AccessControl &access, Denied denied = {});

    // The permission an action needs: create, update, delete, or the
    // transition's own ("approve", "post").
    static QString permissionFor(const Change &change);
    static QString refusal(const QString &user, const QString &action, const QString &entityLabel);

    bool before(Database &db, const Change &change, QString *reason) override;

private:
    AccessControl m_access;
    Denied m_denied;
};

} // namespace Backroom
