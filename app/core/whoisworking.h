#pragma once

#include "coreglobal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Backroom {

class Database;

// Who is working in a company on a server right now: its Backroom
// connections in pg_stat_activity, told apart by the name each gives
// itself (ConnectionLabel) and filtered by the company's schema on its
// database. For the administrator before an upgrade, a restore or a backup
// drill, or to find whose unfinished work holds a lock. A company file has
// one desk at a time: oneDeskSentence() says so instead.
class BACKROOM_CORE_EXPORT WhoIsWorking
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::WhoIsWorking)

public:
    struct Connection
    {
        qint64 pid = 0;            // the server process, for pg_terminate_backend
        QString clerk;             // empty: not signed in
        QString host;
        QString purpose;           // "main", "report", "count", "cli-COMMAND"
        bool clerkCut = false;
        bool hostCut = false;
        // Empty, invalid or -1 when the server does not show them (another
        // server user's connection, without pg_read_all_stats).
        QString state;             // pg_stat_activity.state
        QDateTime connectedSince;
        qint64 transactionSeconds = -1;
        bool mine = false;         // the connection that asked

        QString clerkText() const;
        QString hostText() const;
        QString kindText() const;
        QString sinceText() const;
        QString stateText() const;
        bool inOpenTransaction() const;
    };

    // This company's connections, signed-in clerks first (by name, then
    // computer, the window before its workers); nullopt with the reason
    // when the server cannot be asked. Server companies only.
    static std::optional<QList<Connection>> list(Database &db, QString *errorString = nullptr);

    // "3 min 20 s", "2 h 5 min".
    static QString duration(qint64 seconds);
    // A company file: one desk at a time, now `who` ("this computer, …" or
    // the lock's holder, or nobody).
    static QString oneDeskSentence(const QString &who);
    static QString thisDesk(const QString &host, const QString &clerk);
    static QString nobody();
};

} // namespace Backroom
