#pragma once

#include "coreglobal.h"
#include "sqldialect.h"

#include <QSqlDatabase>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

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
    // Opens a PostgreSQL database named by a URL as libpq users write it:
    // postgresql://user@host:port/database[?sslmode=…&service=…]. The
    // password is never part of it: libpq takes it from PGPASSWORD or
    // ~/.pgpass (or `password` when the caller asked the clerk for it).
    static std::unique_ptr<Database> openPostgres(const QString &url, QString *errorString,
                                                  const QString &password = {});
    static bool isPostgresUrl(const QString &text);

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

    // A prepared statement kept for reuse: compiling SQL costs more than
    // running it, and imports run the same few statements a million times.
    // The query is reset and its old values cleared; bind, exec, and finish()
    // a SELECT when done with it.
    QSqlQuery &prepared(const QString &sql, QString *errorString = nullptr);

private:
    Database(const QString &connectionName, SqlDialect dialect, bool readOnly);

    QString m_connectionName;
    SqlDialect m_dialect;
    bool m_readOnly = false;
    int m_transactionDepth = 0;
    std::unique_ptr<QHash<QString, QSqlQuery>> m_statements;
    friend class WriteTransaction;
};

} // namespace Backroom
