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
    enum class Action { Create, Update, Archive, Restore, Delete };

    struct Change
    {
        const Entity &entity;
        Action action;
        qint64 id = 0;
        QVariantMap before;   // empty for Create
        QVariantMap after;    // empty for Delete
        QString user;
    };

    virtual ~RecordHook();
    virtual bool before(Database &db, const Change &change, QString *reason);
    virtual bool after(Database &db, const Change &change, QString *reason);
};

} // namespace Backroom
