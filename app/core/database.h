#pragma once

#include "coreglobal.h"
#include "sqldialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>


namespace Backroom {

// One named database connection and its dialect. Owns the connection: the
// destructor closes it and removes it from Qt's connection list.
class BACKROOM_CORE_EXPORT Database
{
public:
    // Opens a SQLite file. readOnly opens it with SQLITE_OPEN_READONLY, so
    // nothing (not even journal mode) can change the file.
    static std::unique_ptr<Database> openSqlite(const QString &path, bool readOnly, QString *errorString);
    // Opens a SQLite file read-only that nobody writes while it is open: the
    // caller holds the company's lock, or the file is a private copy. SQLite
    // then reads it as immutable (no locks, no -wal/-shm files made next to
    // it, so a read-only folder does too). A file with a write-ahead log
    // (a session that crashed) is read normally, so its last commits count.
    static std::unique_ptr<Database> openSqliteUnchanging(const QString &path, QString *errorString);
    // Opens a PostgreSQL database named by a URL as libpq users write it:
    // postgresql://user@host:port/database[?sslmode=…&service=…&schema=…].
    // The password is never part of it: libpq takes it from PGPASSWORD or
    // ~/.pgpass (or `password` when the caller asked the clerk for it).
    // `schema` (Backroom's own parameter) keeps a company in one schema of
    // a database that holds several. readOnly makes every transaction of
    // the session read-only on the server.
    static std::unique_ptr<Database> openPostgres(const QString &url, QString *errorString,
                                                  const QString &password = {}, bool readOnly = false);
    // The schema a PostgreSQL URL names (empty: the server's default), and
    // the URL naming another one.
    static QString postgresSchema(const QString &url);
    static QString withPostgresSchema(const QString &url, const QString &schema);
    static bool isPostgresUrl(const QString &text);

    // What another connection to the same database needs (a report or a
    // count on a worker thread): a copyable value, safe to pass to a thread.
    struct ConnectionInfo
    {
        SqlDialect::Kind kind = SqlDialect::Kind::Sqlite;
        QString location;   // file path or postgresql:// URL
        QString password;   // only when the clerk typed it (not PGPASSWORD)
        // Who works on it and what for, as the server's list of connections
        // shows them (application_name, see ConnectionLabel): the signed-in
        // clerk (empty before sign-in), and "main", "report", "count" or
        // "cli-COMMAND" (empty: the process's default purpose).
        QString clerk;
        QString purpose;
    };
    ConnectionInfo connectionInfo() const { return m_info; }
    static std::unique_ptr<Database> reopen(const ConnectionInfo &info, bool readOnly, QString *errorString);

    // On a server: names the signed-in clerk in this connection's
    // application_name (empty at sign-out), kept across reconnects and
    // passed on to the connections reopened from connectionInfo().
    bool setClerk(const QString &clerk, QString *errorString = nullptr);
    // What this process's connections are for unless they say otherwise:
    // "main" (the window), or e.g. "cli-backup" for backroom-cli.
    static void setDefaultPurpose(const QString &purpose);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    const SqlDialect &dialect() const { return m_dialect; }
    QString connectionName() const { return m_connectionName; }
    bool isReadOnly() const { return m_readOnly; }
    // How many WriteTransactions are open on this connection; the outermost
    // is a real transaction, inner ones are savepoints.
    int transactionDepth() const { return m_transactionDepth; }

    // A server connection lost since its last statement (the server
    // restarted, the network dropped for a moment): whether it is gone,
    // rather than a statement refused, and connecting it again as it was
    // opened (session settings, LISTEN channels on the same driver, the
    // prepared statements forgotten). Only with no transaction open, where
    // nothing is lost by it; false on SQLite.
    bool connectionLost() const;
    bool reconnect(QString *errorString = nullptr);

    // Runs one statement with bound values. On failure fills errorString with
    // the driver's message and returns false.
    bool exec(const QString &sql, const QVariantList &values = {}, QString *errorString = nullptr);
    // Runs one statement and returns the number of rows it changed, or
    // nullopt on failure.
    std::optional<int> execAffected(const QString &sql, const QVariantList &values = {}, QString *errorString = nullptr);
    // First column of the first row, or nullopt (no row, or an error).
    std::optional<QVariant> scalar(const QString &sql, const QVariantList &values = {},
                                   QString *errorString = nullptr);
    bool tableExists(const QString &table);
    // The tables of this company (on a server, those of its schema), by
    // name; nullopt when they cannot be listed.
    std::optional<QStringList> tables(QString *errorString = nullptr);
    // On a server whose URL names a schema: creates it when missing (in the
    // open transaction). Nothing otherwise.
    bool createNamedSchema(QString *errorString = nullptr);

    // Notes a failed statement's error: a serialization failure, a deadlock
    // or a unique key taken meanwhile by another clerk (SQLSTATE 40001,
    // 40P01, 23505 on PostgreSQL) makes the transaction worth running again.
    // exec, execAffected and scalar note their own; code that runs a
    // prepared() query itself notes it.
    void noteFailure(const QSqlError &error);

    // Runs `work` (which opens its own WriteTransaction) and, when it failed
    // (`failed(result)`) because of another connection, runs it again, a few
    // times, after a short random pause. Inside a transaction it runs once:
    // only the outermost one can be repeated.
    template<typename Work, typename Failed>
    auto retrying(Work work, Failed failed) -> decltype(work())
    {
        if (m_transactionDepth > 0)
            return work();
        for (int attempt = 1;; ++attempt) {
            m_transientFailure = false;
            auto result = work();
            if (!failed(result) || !m_transientFailure || attempt >= MaxAttempts)
                return result;
            pauseBeforeRetry(attempt);
        }
    }
    static constexpr int MaxAttempts = 6;

    // Lets one connection at a time past this point until its transaction
    // ends (a chain of audit entries, a counter read before it is written):
    // an advisory lock on PostgreSQL, where clerks write side by side;
    // nothing on SQLite, whose write transaction already is one at a time.
    // Asked again in the same transaction, it costs no round trip.
    bool serialize(const QString &name, QString *errorString = nullptr);
    // The same lock without waiting for it: true when this transaction holds
    // it now, false when another connection does (always true on SQLite).
    // Tried once per transaction: one that found it taken hears so again
    // until the transaction ends, without asking the server, since the
    // caller chose not to wait. Inside a transaction only.
    std::optional<bool> trySerialize(const QString &name, QString *errorString = nullptr);

    // Work for right after the outermost transaction commits, once per key
    // however often it is asked for (the audit entries a server connection
    // queued, to be sealed into the chain without holding its lock through
    // the clerk's transaction). Dropped when the transaction rolls back; run
    // at once when none is open.
    void afterCommit(const QString &key, std::function<void(Database &)> work);

    // A prepared statement kept for reuse: compiling SQL costs more than
    // running it, and imports run the same few statements a million times.
    // The query is reset and its old values cleared; bind, exec, and finish()
    // a SELECT when done with it.
    QSqlQuery &prepared(const QString &sql, QString *errorString = nullptr);

private:
    enum class SqliteMode { Write, ReadOnly, Unchanging };
    static std::unique_ptr<Database> openSqliteFile(const QString &path, SqliteMode mode, QString *errorString);
    Database(const QString &connectionName, SqlDialect dialect, bool readOnly);
    static std::unique_ptr<Database> connectPostgres(const ConnectionInfo &info, bool readOnly, QString *errorString);
    static void pauseBeforeRetry(int attempt);
    // The session settings of a server connection, after (re)connecting.
    bool setUpSession(QString *errorString);
    bool nameSession(QString *errorString);

    QString m_connectionName;
    ConnectionInfo m_info;
    SqlDialect m_dialect;
    bool m_readOnly = false;
    int m_transactionDepth = 0;
    bool m_transientFailure = false;
    std::unique_ptr<QHash<QString, QSqlQuery>> m_statements;
    QList<QPair<QString, std::function<void(Database &)>>> m_afterCommit;
    void runAfterCommit();
    // The advisory locks this transaction asked for: held or not, and the
    // transaction depth that asked (a savepoint rolled back releases its own).
    struct TriedLock
    {
        bool held = false;
        int depth = 0;
    };
    QHash<QString, TriedLock> m_triedLocks;
    void transactionEnded(bool committed);
    friend class WriteTransaction;
};

} // namespace Backroom
