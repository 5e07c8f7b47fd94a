#pragma once

#include "coreglobal.h"

#include <QString>
#include <QVariantMap>

namespace Backroom {

class Database;
class Entity;

// Where permission checks and the audit log plug into every write. A hook
// runs inside the write transaction: before() may refuse (with a translated
// reason) and nothing is written; after() sees the committed-to-be values
// and may write its own rows (the audit log) in the same transaction.
class BACKROOM_CORE_EXPORT RecordHook
{
public:
    // Transition: a workflow step (Records::transition); before and after
    // differ in the state field, and transition/permission say which step.
    enum class Action { Create, Update, Archive, Restore, Delete, Transition };

    struct Change
    {
        const Entity &entity;
        Action action;
        qint64 id = 0;
        QVariantMap before;   // empty for Create
        QVariantMap after;    // empty for Delete
        QString user;
        QString transition = {};   // the transition's key, for Action::Transition
        QString permission = {};   // the permission it needs ("approve")
        QString comment = {};
    };

    virtual ~RecordHook();
    virtual bool before(Database &db, const Change &change, QString *reason);
    virtual bool after(Database &db, const Change &change, QString *reason);
    // After the write's transaction ended, committed or rolled back: what a
    // hook writes here survives a refusal (the audit of a refused write).
    virtual void finished(Database &db);

    // A bulk writer (RecordImporter) brackets its many after() calls with
    // these, so a hook can batch its own writes (the audit log's entries).
    // bulkFinished(ok = true) comes before the commit and may refuse with a
    // reason; ok = false means the bulk write gave up and rolls back.
    virtual void bulkStarted(Database &db);
    virtual bool bulkFinished(Database &db, bool ok, QString *reason);
};

} // namespace Backroom
