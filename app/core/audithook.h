#pragma once

#include "auditlog.h"
#include "coreglobal.h"
#include "recordhook.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

namespace Backroom {

class Field;

// Writes an audit entry for every create, update, archive, restore, delete
// and workflow transition that goes through the records service (and the
// bulk importer, which runs the same hooks): in after(), so inside the
// write transaction, and the entry commits or rolls back with the change.
// A failure to write the entry refuses the change: nothing happens
// unrecorded.
//
// detail: create and delete {"fields": {name: value}} (the values written or
// removed, empty ones left out); update {"fields": {name: {"before": …,
// "after": …}}} for the changed fields only; transition {"transition",
// "from", "to", "permission", "comment"}. Values are in storage form (money
// and quantities as integer minor units, dates ISO 8601), and a sensitive
// field's value is never written: "***" says it was set or changed.
//
// During a bulk write (an import) it still writes one entry per record, but
// through one AuditLog::Batch: chained in memory, rows through BulkInsert,
// the head once at the end.
class BACKROOM_CORE_EXPORT AuditHook : public RecordHook
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::AuditHook)

public:
    AuditHook();
    ~AuditHook() override;

    bool after(Database &db, const Change &change, QString *reason) override;
    void bulkStarted(Database &db) override;
    bool bulkFinished(Database &db, bool ok, QString *reason) override;

    static QString actionName(Action action);
    static QJsonObject detail(const Change &change);
    // A field's value as the log keeps it (masked when sensitive).
    static QJsonValue loggedValue(const Field &field, const QVariant &typed);

private:
    std::unique_ptr<AuditLog::Batch> m_batch;
};

} // namespace Backroom
