#pragma once

#include "coreglobal.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

namespace Backroom {

class Database;

// One INSERT prepared once and run for many rows inside the caller's write
// transaction (an import). On SQLite it binds and steps through the SQLite C
// API of the very library Qt's driver uses (reached through
// QSqlDriver::handle()), because QtSql's per-statement bookkeeping costs more
// than SQLite's own insert; where that library cannot be reached, and on
// PostgreSQL, it runs the same statement through QtSql.
class BACKROOM_CORE_EXPORT BulkInsert
{
public:
    BulkInsert(Database &db, const QString &table, const QStringList &columns);
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    // False when the statement could not be prepared; errorString() says why.
    bool isValid() const;
    QString errorString() const { return m_error; }
    // Whether rows go through the SQLite C API rather than QtSql.
    bool isDirect() const;

    // Binds `values` (one per column, in storage form: qint64, QString, a
    // null QVariant for NULL, as FieldCodec::toStorage gives) and inserts the
    // row. Returns the new row's id, or nullopt with errorString() set; a
    // failed row leaves the transaction usable.
    std::optional<qint64> insert(const QVariant *values);

    // For tests: run the QtSql path even on SQLite.
    static void setDirectAllowed(bool allowed);

private:
    struct Direct;
    Database &m_db;
    QString m_sql;
    int m_columns = 0;
    std::unique_ptr<Direct> m_direct;
    qint64 m_cacheSize = 0;   // SQLite's cache_size to restore, 0: unchanged
    bool m_valid = false;
    QString m_error;
};

} // namespace Backroom
