#pragma once

#include "coreglobal.h"
#include "recordhook.h"

#include <QSet>
#include <QString>

namespace Backroom {

class Records;

// Tells the other clerks on a PostgreSQL server which entities changed, so
// their open lists refresh: a NOTIFY on the backroom_changes channel inside
// the write's transaction, which the server delivers only if it commits.
// listen() subscribes a session's connection and turns the other
// connections' notices into Records::changed. (A SQLite company is locked
// to one process: nobody else can change it while it is open.)
class BACKROOM_CORE_EXPORT ChangeNotifier : public RecordHook
{
public:
    static constexpr const char *Channel = "backroom_changes";

    bool after(Database &db, const Change &change, QString *reason) override;
    void bulkStarted(Database &db) override;
    bool bulkFinished(Database &db, bool ok, QString *reason) override;

    // Subscribes `records`' connection (on a server; nothing on SQLite).
    static bool listen(Records &records);

private:
    static bool notify(Database &db, const QString &entityId, QString *reason);

    bool m_bulk = false;
    QSet<QString> m_bulkEntities;
};

} // namespace Backroom
