#pragma once

#include "coreglobal.h"
#include "recordhook.h"

#include <QSet>
#include <QString>

#include <memory>

namespace Backroom {

class Records;

// Tells the other clerks on a PostgreSQL server which entities changed, so
// their open lists refresh: one NOTIFY on the backroom_changes channel right
// after the write's transaction commits, naming every entity it changed
// (separated by spaces). listen() subscribes a session's connection and turns
// the other connections' notices into Records::changed. (A SQLite company is
// locked to one process: nobody else can change it while it is open.)
//
// Not inside the transaction: PostgreSQL lets one transaction that notified
// commit at a time, across the whole server, holding that lock while the
// commit is flushed to disk, so every clerk's save would wait for every
// other's flush. On its own, the notice is a transaction that need not wait
// for the disk (a notice lost in a crash costs a refresh, not data).
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
    void changed(Database &db, const QString &entityId);
    static void announce(Database &db, const QSet<QString> &entities);

    bool m_bulk = false;
    QSet<QString> m_bulkEntities;
    // What the open transaction changed, held by the work queued for its
    // commit: a rollback drops that work, and with it what it would announce.
    std::weak_ptr<QSet<QString>> m_open;
};

} // namespace Backroom
