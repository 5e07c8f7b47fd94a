#pragma once

#include "coreglobal.h"

#include <QString>
#include <QVariant>
#include <QStringList>

namespace Backroom {

// Every piece of SQL that differs between SQLite and PostgreSQL lives here,
// so the rest of the code base writes one statement for both.
class BACKROOM_CORE_EXPORT SqlDialect
{
public:
    enum class Kind { Sqlite, Postgres };

    explicit SqlDialect(Kind kind = Kind::Sqlite) : m_kind(kind) {}
    static SqlDialect forDriver(const QString &driverName);

    Kind kind() const { return m_kind; }
    QString driverName() const;

    // SQLite's plain BEGIN takes the write lock late and can fail with
    // SQLITE_BUSY_SNAPSHOT after reading; IMMEDIATE takes it up front.
    QString beginWriteTransaction() const;
    QString commit() const { return QStringLiteral("COMMIT"); }
    QString rollback() const { return QStringLiteral("ROLLBACK"); }

    QString primaryKeyColumn() const;   // an auto-assigned 64-bit id
    QString integerType() const;        // 64-bit: money, quantities, counters
    QString textType() const { return QStringLiteral("TEXT"); }
    QString timestampType() const;      // stored as ISO 8601 text on SQLite
    QString dateType() const;           // 'YYYY-MM-DD' text on SQLite
    QString blobType() const;           // bytes: attachment content
    // Statements that make `table` refuse UPDATE and DELETE (the audit log).
    QStringList appendOnlyTriggers(const QString &table) const;
    // One bound parameter: the table name. Returns one row per column name.
    QString columnsQuery() const;
    // One bound parameter: the index name. Returns a row when it exists.
    QString indexExistsQuery() const;
    // LIKE that ignores case for ASCII and escapes with '\'.
    QString likeOperator() const;

    // One bound parameter: the table name. Returns a row when it exists.
    QString tableExistsQuery() const;
    // The names of the company's tables, in name order (on a server, those
    // of the current schema; on SQLite, without SQLite's own).
    QString tablesQuery() const;
    // Statements run on every new connection.
    QStringList connectionSetup() const;
    // A stored timestamp as Backroom writes them, on either dialect: ISO text
    // in UTC with milliseconds and "Z" (PostgreSQL's TIMESTAMPTZ comes back
    // as a QDateTime in local time). Null stays null.
    static QVariant timestampText(const QVariant &stored);
    // One ORDER BY term. NULL sorts before every value, as in SQLite, on
    // both: the list's keyset paging counts on it.
    QString orderTerm(const QString &column, Qt::SortOrder order) const;
    // An index column for sorting by `column` in either direction.
    QString sortIndexColumns(const QString &column) const;
    // The column of a unique index, ordered as the list sorts: PostgreSQL
    // then walks it for ORDER BY column, id (the id only breaks ties
    // between NULLs, an incremental sort of a few rows) instead of sorting
    // the whole table.
    QString uniqueIndexColumn(const QString &column) const;
    // After rows were inserted with their ids given (a copied company): the
    // next id the table assigns follows the largest. Empty on SQLite, whose
    // rowid always does.
    QString resyncIdStatement(const QString &table) const;
    // SUM of an integer column as an integer (PostgreSQL's is NUMERIC).
    QString integerSum(const QString &column) const;

private:
    Kind m_kind;
};

} // namespace Backroom
