#include "companycopier.h"

#include "auditlog.h"
#include "companyfile.h"
#include "database.h"
#include "writetransaction.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <filesystem>

namespace Backroom {

namespace {

QStringList rows(Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    QStringList result;
    if (query.exec())
        while (query.next())
            result.append(query.value(0).toString());
    query.finish();
    return result;
}

// The tables that hold a company's data. SQLite's full-text indexes (a
// virtual table and its shadow tables) are left out: the target builds its
// own from the rows, through the triggers its schema has.
QStringList dataTables(Database &db)
{
    const QStringList all = db.tables().value_or(QStringList());
    if (db.dialect().kind() == SqlDialect::Kind::Postgres)
        return all;
    const QStringList virtualTables =
        rows(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'"));
    QStringList tables;
    for (const QString &table : all) {
        const bool searchIndex = std::any_of(virtualTables.cbegin(), virtualTables.cend(), [&](const QString &index) {
            return table == index || table.startsWith(index + QLatin1Char('_'));
        });
        if (!searchIndex)
            tables.append(table);
    }
    return tables;
}

// child table → the tables it refers to.
QMultiHash<QString, QString> references(Database &db)
{
    QMultiHash<QString, QString> edges;
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (db.dialect().kind() == SqlDialect::Kind::Postgres) {
        if (query.exec(QStringLiteral("SELECT conrelid::regclass::text, confrelid::regclass::text FROM pg_constraint "
                                      "WHERE contype = 'f' AND connamespace = current_schema()::regnamespace")))
            while (query.next())
                edges.insert(query.value(0).toString(), query.value(1).toString());
    } else {
        for (const QString &table : dataTables(db))
            for (const QString &parent :
                 rows(db, QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list(?)"), {table}))
                edges.insert(table, parent);
    }
    query.finish();
    return edges;
}

// Parents before children, so references that are checked at once (the
// core's) find their rows; a table's references to itself (a tree) and any
// cycle are left to the deferred checks at the end.
QStringList dependencyOrder(const QStringList &tables, const QMultiHash<QString, QString> &edges)
{
    QStringList ordered;
    QSet<QString> placed;
    QSet<QString> visiting;
    std::function<void(const QString &)> visit = [&](const QString &table) {
        if (placed.contains(table) || visiting.contains(table))
            return;
        visiting.insert(table);
        for (const QString &parent : edges.values(table))
            if (parent != table && tables.contains(parent))
                visit(parent);
        visiting.remove(table);
        placed.insert(table);
        ordered.append(table);
    };
    for (const QString &table : tables)
        visit(table);
    return ordered;
}

// A value read from one dialect as the other stores it. SQLite keeps
// timestamps as Backroom writes them (ISO text, UTC, milliseconds, "Z") and
// dates as ISO text; PostgreSQL parses those texts itself.
QVariant forTarget(const QVariant &value, SqlDialect::Kind target)
{
    if (target == SqlDialect::Kind::Sqlite) {
        if (value.typeId() == QMetaType::QDateTime)
            return SqlDialect::timestampText(value);
        if (value.typeId() == QMetaType::QDate)
            return value.toDate().toString(Qt::ISODate);
        if (value.typeId() == QMetaType::Bool)
            return value.toBool() ? 1 : 0;
    }
    return value;
}

} // namespace

CompanyCopier::CompanyCopier(CompanyFile &source, const QList<ModuleSchema> &modules,
                             const QList<VerifierContribution> &checks)
    : m_source(source)
    , m_modules(modules)
    , m_checks(checks)
{
}

CompanyCopier::Result CompanyCopier::copyTo(const QString &target, const QString &serverPassword,
                                            const Progress &progress)
{
    Result result;
    const auto fail = [&](const QString &message) {
        result.ok = false;
        result.message = message;
        return result;
    };
    if (target == m_source.path()
        || (!CompanyFile::isServerLocation(target) && !m_source.isOnServer()
            && QFileInfo(target).absoluteFilePath() == QFileInfo(m_source.path()).absoluteFilePath()))
        return fail(tr("A company cannot be copied onto itself; name another place."));
    if (!m_source.absentModules().isEmpty())
        return fail(tr("The company has tables of modules that are not installed here (%1); install them before "
                       "moving it, so that nothing is left behind.")
                        .arg(m_source.absentModules().join(QStringLiteral(", "))));

    QString error;
    if (CompanyFile::isServerLocation(target)) {
        std::unique_ptr<Database> db = Database::openPostgres(target, &error, serverPassword);
        if (!db)
            return fail(tr("Cannot connect to “%1”: %2").arg(CompanyFile::displayLocation(target), error));
        // One transaction: the server's tables appear all at once or not at all.
        WriteTransaction transaction(*db);
        if (!transaction.isActive())
            return fail(tr("“%1” cannot be written: %2").arg(CompanyFile::displayLocation(target), transaction.errorString()));
        if (!db->createNamedSchema(&error))
            return fail(tr("“%1” cannot be written: %2").arg(CompanyFile::displayLocation(target), error));
        if (!dataTables(*db).isEmpty())
            return fail(tr("“%1” already holds tables. A company is only moved into an empty database (or schema): "
                           "nothing there is overwritten.").arg(CompanyFile::displayLocation(target)));
        // References are checked once every row is in (the commit).
        if (!db->exec(QStringLiteral("SET CONSTRAINTS ALL DEFERRED"), {}, &error))
            return fail(tr("“%1” cannot be written: %2").arg(CompanyFile::displayLocation(target), error));
        result = copyInto(*db, progress);
        if (!result.ok)
            return result;
        if (!transaction.commit())
            return fail(tr("The copy was not kept: %1").arg(transaction.errorString()));
        // Statistics for the planner: without them it guesses on tables that
        // were empty a moment ago.
        db->exec(QStringLiteral("ANALYZE"));
        return result;
    }

    const QFileInfo file(target);
    if (file.exists())
        return fail(tr("“%1” already exists. A company is only moved to a new file: nothing is overwritten.")
                        .arg(CompanyFile::displayLocation(target)));
    if (!QFileInfo(file.absolutePath()).isDir() || !QFileInfo(file.absolutePath()).isWritable())
        return fail(tr("Cannot write in “%1”: the folder does not exist or is read-only.")
                        .arg(QDir::toNativeSeparators(file.absolutePath())));
    // Built under a temporary name, renamed only when proven.
    const QString partial = QStringLiteral("%1.%2.partial").arg(file.absoluteFilePath()).arg(QCoreApplication::applicationPid());
    QFile::remove(partial);
    auto removePartial = qScopeGuard([&] {
        for (const char *suffix : {"", "-journal", "-wal", "-shm"})
            QFile::remove(partial + QLatin1String(suffix));
    });
    {
        QFile placeholder(partial);
        if (!placeholder.open(QIODevice::WriteOnly)
            || !placeholder.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return fail(tr("Cannot create “%1”: %2").arg(CompanyFile::displayLocation(target), placeholder.errorString()));
    }
    {
        std::unique_ptr<Database> db = Database::openSqlite(partial, false, &error);
        if (!db)
            return fail(tr("Cannot create “%1”: %2").arg(CompanyFile::displayLocation(target), error));
        // Rows arrive table by table; the references are checked at the end
        // (foreign_key_check), before the commit.
        db->exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        WriteTransaction transaction(*db);
        if (!transaction.isActive()
            || !db->exec(QStringLiteral("PRAGMA application_id = %1").arg(CompanyFile::ApplicationId), {}, &error)
            || !db->exec(QStringLiteral("PRAGMA user_version = %1").arg(CompanyFile::CoreSchemaVersion), {}, &error))
            return fail(tr("Cannot create “%1”: %2")
                            .arg(CompanyFile::displayLocation(target), error.isEmpty() ? transaction.errorString() : error));
        result = copyInto(*db, progress);
        if (!result.ok)
            return result;
        const QStringList broken = rows(*db, QStringLiteral("SELECT \"table\" || ' ' || rowid FROM pragma_foreign_key_check"));
        if (!broken.isEmpty()) {
            result.problems += broken;
            return fail(tr("The copy has rows that refer to missing records; it was not kept."));
        }
        if (!transaction.commit())
            return fail(tr("The copy was not kept: %1").arg(transaction.errorString()));
    }
    if (!CompanyFile::syncToDisk(partial))
        return fail(tr("“%1” could not be written to disk.").arg(CompanyFile::displayLocation(target)));
    // rename() of std::filesystem replaces; QFile::rename refuses an existing
    // name, so a file someone created meanwhile is never overwritten.
    if (!QFile::rename(partial, file.absoluteFilePath()))
        return fail(tr("The finished copy could not be moved into place as “%1”.").arg(CompanyFile::displayLocation(target)));
    removePartial.dismiss();
    CompanyFile::syncToDisk(file.absolutePath());
    return result;
}

CompanyCopier::Result CompanyCopier::copyInto(Database &target, const Progress &progress)
{
    Result result;
    const auto fail = [&](const QString &message) {
        result.ok = false;
        result.message = message;
        return result;
    };
    QString error;
    // The modules' guards (posted entries are final) come after the rows:
    // copying a posted voucher's lines is not changing them.
    if (!CompanyFile::createTables(target, m_modules, &error, false))
        return fail(tr("The tables could not be created: %1").arg(error));

    Database &source = m_source.database();
    // One consistent picture of a company others may be working in.
    const bool serverSource = source.dialect().kind() == SqlDialect::Kind::Postgres;
    if (!source.exec(serverSource ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                                  : QStringLiteral("BEGIN"), {}, &error))
        return fail(tr("The company cannot be read: %1").arg(error));
    auto endRead = qScopeGuard([&] { source.exec(QStringLiteral("ROLLBACK")); });

    const QStringList sourceTables = dataTables(source);
    const QStringList targetTables = dataTables(target);
    for (const QString &table : sourceTables)
        if (!targetTables.contains(table))
            return fail(tr("The table “%1” has no place in the new company (a module that is not installed here?); "
                           "nothing was copied.").arg(table));
    const SqlDialect::Kind targetKind = target.dialect().kind();
    qint64 copied = 0;
    for (const QString &table : dependencyOrder(targetTables, references(target))) {
        if (!sourceTables.contains(table)) {
            result.tables.append({table, 0});
            continue;
        }
        const QStringList sourceColumns = rows(source, source.dialect().columnsQuery(), {table});
        const QStringList targetColumns = rows(target, target.dialect().columnsQuery(), {table});
        for (const QString &column : sourceColumns)
            if (!targetColumns.contains(column))
                return fail(tr("The column “%1” of “%2” has no place in the new company; nothing was copied.")
                                .arg(column, table));
        QStringList columns = sourceColumns;
        std::sort(columns.begin(), columns.end());
        const bool hasId = columns.contains(QStringLiteral("id"));
        QSqlQuery read(source.connection());
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2%3")
                           .arg(columns.join(QStringLiteral(", ")), table,
                                hasId ? QStringLiteral(" ORDER BY id") : QString())))
            return fail(tr("“%1” cannot be read: %2").arg(table, read.lastError().text()));
        // Many rows a statement: a round trip to the server per row would
        // make moving a big company take an hour.
        const int perStatement = std::max(1, std::min(500, 30000 / int(columns.size())));
        const QString row = QLatin1Char('(') + QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))
                            + QLatin1Char(')');
        const auto insertOf = [&](int rows) {
            return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                .arg(table, columns.join(QStringLiteral(", ")), QStringList(rows, row).join(QStringLiteral(", ")));
        };
        QVariantList pending;
        qint64 count = 0;
        const auto flush = [&](int rows) {
            if (rows == 0)
                return true;
            QSqlQuery &write = target.prepared(insertOf(rows), &error);
            if (!error.isEmpty())
                return false;
            for (int i = 0; i < pending.size(); ++i)
                write.bindValue(i, pending.at(i));
            const bool ok = write.exec();
            if (!ok)
                error = write.lastError().text();
            write.finish();
            pending.clear();
            return ok;
        };
        int rowsPending = 0;
        while (read.next()) {
            for (int i = 0; i < columns.size(); ++i)
                pending.append(forTarget(read.value(i), targetKind));
            ++count;
            if (++rowsPending == perStatement) {
                if (!flush(rowsPending))
                    return fail(tr("Rows up to %1 of “%2” could not be copied: %3").arg(count).arg(table, error));
                rowsPending = 0;
            }
        }
        if (!flush(rowsPending))
            return fail(tr("Rows up to %1 of “%2” could not be copied: %3").arg(count).arg(table, error));
        read.finish();
        // Rows keep their ids: the server's counter must continue after them.
        if (hasId) {
            const QString resync = target.dialect().resyncIdStatement(table);
            if (!resync.isEmpty() && !target.scalar(resync, {}, &error))
                return fail(tr("“%1” cannot be written: %2").arg(table, error));
        }
        result.tables.append({table, count});
        copied += count;
        if (progress)
            progress(table, copied);
    }

    // PostgreSQL will not build an index on a table with reference checks
    // still pending (the copy defers them): they are made now, and a row
    // that refers to nothing fails the copy here.
    if (target.dialect().kind() == SqlDialect::Kind::Postgres
        && !target.exec(QStringLiteral("SET CONSTRAINTS ALL IMMEDIATE"), {}, &error))
        return fail(tr("The copied rows refer to records that do not exist: %1").arg(error));
    if (!CompanyFile::applyAfterTablesSteps(target, m_modules, &error))
        return fail(tr("The tables could not be created: %1").arg(error));

    // The proof, before anything is kept: every table as many rows as the
    // source, the audit chain intact, and the modules' own rules.
    for (const TableCount &table : std::as_const(result.tables)) {
        if (!sourceTables.contains(table.table))
            continue;
        const auto before = source.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table.table));
        const auto after = target.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table.table));
        if (!before || !after || before->toLongLong() != after->toLongLong() || after->toLongLong() != table.rows)
            result.problems.append(tr("%1: %2 rows in the company, %3 in the copy")
                                       .arg(table.table)
                                       .arg(before ? before->toLongLong() : -1)
                                       .arg(after ? after->toLongLong() : -1));
    }
    const AuditLog::Verification audit = AuditLog(target).verify();
    result.auditEntries = audit.checked;
    if (!audit.ok)
        result.problems.append(tr("Audit log: %1").arg(audit.problem.message));
    for (const VerifierContribution &check : std::as_const(m_checks))
        if (check.check)
            for (const QString &problem : check.check(target))
                result.problems.append(QStringLiteral("%1: %2").arg(check.label, problem));
    if (!result.problems.isEmpty())
        return fail(tr("The copy does not match the company; it was not kept."));
    result.ok = true;
    return result;
}

} // namespace Backroom
