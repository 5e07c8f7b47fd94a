#include "companyverifier.h"

#include "database.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Backroom {

namespace {

// Every row a PRAGMA returns, as text; an error is one problem.
QStringList pragmaRows(Database &db, const QString &pragma)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    QStringList rows;
    if (!query.exec(pragma))
        return {query.lastError().text()};
    while (query.next()) {
        QStringList columns;
        for (int i = 0; i < query.record().count(); ++i)
            columns.append(query.value(i).toString());
        rows.append(columns.join(QLatin1Char(' ')));
    }
    query.finish();
    return rows;
}

} // namespace

bool CompanyVerifier::Report::ok() const
{
    return error.isEmpty() && failedIds().isEmpty();
}

QStringList CompanyVerifier::Report::failedIds() const
{
    QStringList ids;
    for (const Check &check : checks)
        if (!check.ok())
            ids.append(check.id);
    return ids;
}

CompanyVerifier::Report CompanyVerifier::run(Database &db, const QList<VerifierContribution> &verifiers)
{
    Report result;
    const bool onServer = db.dialect().kind() == SqlDialect::Kind::Postgres;
    const auto report = [&](const QString &id, const QString &label, const QStringList &problems) {
        result.checks.append({id, label, problems});
    };
    // Every check reads one snapshot: a clerk saving meanwhile must not make
    // a voucher look unbalanced or a number look missing because one check
    // saw it before the save and the next one after. SQLite: a deferred
    // transaction takes its snapshot at the first read (right below) and
    // keeps it to the end; PostgreSQL: REPEATABLE READ does the same.
    QString snapshotError;
    const bool inSnapshot =
        db.exec(onServer ? QStringLiteral("BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
                         : QStringLiteral("BEGIN DEFERRED"),
                {}, &snapshotError)
        && db.scalar(QStringLiteral("SELECT count(*) FROM backroom_meta"), {}, &snapshotError).has_value();
    if (!inSnapshot) {
        db.exec(QStringLiteral("ROLLBACK"));
        result.error = snapshotError;
        return result;
    }
    auto endSnapshot = qScopeGuard([&db] { db.exec(QStringLiteral("ROLLBACK")); });
    if (onServer) {
        // The server keeps its pages and enforces references itself; what
        // can still go wrong is a table that cannot be read, or a reference
        // constraint added without checking the rows (NOT VALID).
        QStringList integrity;
        QString listed;
        const std::optional<QStringList> tables = db.tables(&listed);
        if (!tables)
            integrity.append(listed);
        for (const QString &table : tables.value_or(QStringList())) {
            QString error;
            if (!db.scalar(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table), {}, &error))
                integrity.append(tr("the table %1 cannot be read: %2").arg(table, error));
        }
        report(QStringLiteral("core.integrity"), tr("Integrity"), integrity);
        QStringList foreignKeys;
        for (const QString &row : pragmaRows(db, QStringLiteral("SELECT conrelid::regclass || ' ' || conname "
                                                                "FROM pg_constraint WHERE contype = 'f' AND NOT convalidated "
                                                                "AND connamespace = current_schema()::regnamespace")))
            foreignKeys.append(tr("a reference constraint was never checked against the rows (table, constraint): %1")
                                   .arg(row));
        report(QStringLiteral("core.foreign_keys"), tr("Foreign keys"), foreignKeys);
    } else {
        QStringList integrity = pragmaRows(db, QStringLiteral("PRAGMA integrity_check(20)"));
        if (integrity == QStringList{QStringLiteral("ok")})
            integrity.clear();
        report(QStringLiteral("core.integrity"), tr("Integrity"), integrity);
        QStringList foreignKeys;
        for (const QString &row : pragmaRows(db, QStringLiteral("PRAGMA foreign_key_check")))
            foreignKeys.append(tr("a row refers to a missing record (table, row, parent, constraint): %1").arg(row));
        report(QStringLiteral("core.foreign_keys"), tr("Foreign keys"), foreignKeys);
    }

    if (!db.tableExists(QStringLiteral("backroom_audit"))) {
        report(QStringLiteral("core.audit"), tr("Audit log"),
               {tr("This company file has no audit log yet; open it once with this version of Backroom.")});
    } else {
        result.audit = AuditLog(db).verify();
        result.hasAudit = true;
        report(QStringLiteral("core.audit"), tr("Audit log"),
               result.audit.ok ? QStringList() : QStringList{result.audit.problem.message});
    }
    for (const VerifierContribution &verifier : verifiers)
        report(verifier.id, verifier.label, verifier.check ? verifier.check(db) : QStringList());
    return result;
}

} // namespace Backroom
