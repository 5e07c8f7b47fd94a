#include "whoisworking.h"

#include "connectionlabel.h"
#include "database.h"
#include "databaseerror.h"

#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

namespace Backroom {

namespace {

// The window before the workers it started, then the command line's.
int purposeRank(const QString &purpose)
{
    if (purpose == QLatin1String("main"))
        return 0;
    if (purpose == QLatin1String("report"))
        return 1;
    if (purpose == QLatin1String("count"))
        return 2;
    return 3;
}

// A transaction left open this long while working is worth pointing out.
constexpr qint64 LongTransactionSeconds = 60;

} // namespace

std::optional<QList<WhoIsWorking::Connection>> WhoIsWorking::list(Database &db, QString *errorString)
{
    if (db.dialect().kind() != SqlDialect::Kind::Postgres) {
        if (errorString)
            *errorString = tr("Only a company on a server has several connections.");
        return std::nullopt;
    }
    const QString schema = Database::postgresSchema(db.connectionInfo().location);
    // Durations on the server's clock, which also stamped the starts.
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT pid, application_name, backend_start, state, "
            "CAST(floor(extract(epoch FROM clock_timestamp() - xact_start)) AS bigint), pid = pg_backend_pid() "
            "FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE 'backroom %'"))) {
        db.noteFailure(query.lastError());
        if (errorString)
            *errorString = DatabaseError::text(query.lastError(), db.connectionInfo().location);
        return std::nullopt;
    }
    QList<Connection> connections;
    while (query.next()) {
        const std::optional<ConnectionLabel> label = ConnectionLabel::parse(query.value(1).toString());
        if (!label || label->schema != schema)
            continue;
        Connection connection;
        connection.pid = query.value(0).toLongLong();
        connection.clerk = label->clerk;
        connection.clerkCut = label->clerkCut;
        connection.host = label->host;
        connection.hostCut = label->hostCut;
        connection.purpose = label->purpose;
        connection.connectedSince = query.value(2).toDateTime();
        connection.state = query.value(3).toString();
        connection.transactionSeconds = query.isNull(4) ? -1 : query.value(4).toLongLong();
        connection.mine = query.value(5).toBool();
        connections.append(connection);
    }
    query.finish();
    std::sort(connections.begin(), connections.end(), [](const Connection &a, const Connection &b) {
        if (a.clerk.isEmpty() != b.clerk.isEmpty())
            return !a.clerk.isEmpty();
        if (const int byName = a.clerk.localeAwareCompare(b.clerk); byName != 0)
            return byName < 0;
        if (const int byHost = a.host.compare(b.host, Qt::CaseInsensitive); byHost != 0)
            return byHost < 0;
        if (purposeRank(a.purpose) != purposeRank(b.purpose))
            return purposeRank(a.purpose) < purposeRank(b.purpose);
        if (a.connectedSince != b.connectedSince)
            return a.connectedSince < b.connectedSince;
        return a.pid < b.pid;
    });
    return connections;
}

QString WhoIsWorking::Connection::clerkText() const
{
    if (clerk.isEmpty())
        return tr("(not signed in)");
    return clerkCut ? clerk + QChar(0x2026) : clerk;
}

QString WhoIsWorking::Connection::hostText() const
{
    return hostCut ? host + QChar(0x2026) : host;
}

QString WhoIsWorking::Connection::kindText() const
{
    if (purpose == QLatin1String("main"))
        return tr("Main window");
    if (purpose == QLatin1String("report"))
        return tr("Report");
    if (purpose == QLatin1String("count"))
        return tr("List count");
    if (purpose.startsWith(QLatin1String("cli-")))
        return tr("backroom-cli %1").arg(purpose.mid(4));
    return purpose;
}

QString WhoIsWorking::Connection::sinceText() const
{
    if (!connectedSince.isValid())
        return tr("not shown");
    return QLocale().toString(connectedSince.toLocalTime(), QLocale::ShortFormat);
}

bool WhoIsWorking::Connection::inOpenTransaction() const
{
    return state.startsWith(QLatin1String("idle in transaction"));
}

QString WhoIsWorking::Connection::stateText() const
{
    if (state.isEmpty())
        return tr("not shown (the server user needs the pg_read_all_stats role)");
    if (inOpenTransaction())
        return transactionSeconds >= 0 ? tr("Idle in an open transaction (for %1)").arg(duration(transactionSeconds))
                                       : tr("Idle in an open transaction");
    if (state == QLatin1String("active")) {
        if (transactionSeconds >= LongTransactionSeconds)
            return tr("Working (its transaction has been open for %1)").arg(duration(transactionSeconds));
        return tr("Working");
    }
    if (state == QLatin1String("idle"))
        return tr("Idle");
    return state;
}

QString WhoIsWorking::duration(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
}

QString WhoIsWorking::oneDeskSentence(const QString &who)
{
    return tr("This company is a file, which one desk works in at a time: now %1. Several clerks work in one "
              "company at once only when it is on a PostgreSQL server.").arg(who);
}

QString WhoIsWorking::thisDesk(const QString &host, const QString &clerk)
{
    return tr("this computer, %1, signed in as “%2”").arg(host, clerk);
}

QString WhoIsWorking::nobody()
{
    return tr("nobody has it open");
}

} // namespace Backroom
