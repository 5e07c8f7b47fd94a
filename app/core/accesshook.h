#pragma once

#include "coreglobal.h"
#include "recordhook.h"
#include "roles.h"

#include <QList>
#include <QPair>

#include <functional>

namespace Backroom {

// The records service's permission check: every create, change, archive,
// delete and workflow step is refused, with a clear reason, unless the
// user's roles grant the action on the entity (or its module, or "*").
// Refusals are reported to `denied` once the write's transaction has ended
// (finished()), so what it writes, the audit entry, is not rolled back with
// the refused write; an import refused row by row reports once.
class BACKROOM_CORE_EXPORT AccessHook : public RecordHook
{
public:
    using Denied = std::function<void(Database &db, const QString &entityId, qint64 recordId, const QString &action)>;

    explicit AccessHook(const AccessControl &access, Denied denied = {});

    // The permission an action needs: create, update, delete, or the
    // transition's own ("approve", "post").
    static QString permissionFor(const Change &change);

    bool before(Database &db, const Change &change, QString *reason) override;
    void finished(Database &db) override;

private:
    struct Refused
    {
        QString entityId;
        qint64 recordId = 0;
        QString action;
    };

    AccessControl m_access;
    Denied m_denied;
    QList<Refused> m_pending;
};

} // namespace Backroom
