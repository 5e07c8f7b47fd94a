#include "verifycommand.h"

#include "auditlog.h"
#include "cli.h"
#include "companyfile.h"
#include "database.h"
#include "extensionregistries.h"
#include "suite.h"

#include <QDir>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Backroom::Internal {

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

VerifyCommand::VerifyCommand(QTextStream &out, QTextStream &err, Suite &suite, UsageError usageError)
    : m_out(out)
    , m_err(err)
    , m_suite(suite)
    , m_usageError(std::move(usageError))
{
}

int VerifyCommand::run(const QStringList &positional)
{
    if (positional.size() != 1)
        return m_usageError(tr("verify needs exactly one FILE"));
    CompanyFile::Status status;
    auto company = CompanyFile::openReadOnly(positional.constFirst(), &status);
    if (!company) {
        m_err << status.message << '\n';
        m_err.flush();
        return Cli::Failure;
    }
    Database &db = company->database();
    int failures = 0;
    // One line per check: its name, then "ok" or its first problem, with
    // any further problems indented below it.
    const auto report = [&](const QString &check, const QStringList &problems) {
        // Padded by the columns a terminal gives it: Chinese takes two.
        const QString label = check + QLatin1Char(':');
        int columns = 0;
        for (const QChar c : label)
            columns += c.unicode() >= 0x1100 && (c.unicode() <= 0x115F || c.unicode() >= 0x2E80) ? 2 : 1;
        m_out << label << QString(std::max(1, 24 - columns), QLatin1Char(' '));
        if (problems.isEmpty()) {
            m_out << tr("ok") << '\n';
            return;
        }
        ++failures;
        m_out << tr("FAILED") << '\n';
        for (const QString &problem : problems)
            m_out << "  " << problem << '\n';
    };

    m_out << tr("Verifying %1").arg(CompanyFile::displayLocation(company->path())) << '\n';
    // Every check reads one snapshot: a clerk saving meanwhile must not make
    // a voucher look unbalanced or a number look missing because one check
    // saw it before the save and the next one after. SQLite: a deferred
    // transaction takes its snapshot at the first read (right below) and
    // keeps it to the end; PostgreSQL: REPEATABLE READ does the same.
    QString snapshotError;
    const bool inSnapshot =
        db.exec(company->isOnServer() ? QStringLiteral("BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
                                      : QStringLiteral("BEGIN DEFERRED"),
                {}, &snapshotError)
        && db.scalar(QStringLiteral("SELECT count(*) FROM backroom_meta"), {}, &snapshotError).has_value();
    if (!inSnapshot) {
        m_err << tr("“%1” cannot be read: %2").arg(CompanyFile::displayLocation(company->path()), snapshotError) << '\n';
        m_err.flush();
        return Cli::Failure;
    }
    auto endSnapshot = qScopeGuard([&db] { db.exec(QStringLiteral("ROLLBACK")); });
    if (company->isOnServer()) {
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
        report(tr("Integrity"), integrity);
        QStringList foreignKeys;
        for (const QString &row : pragmaRows(db, QStringLiteral("SELECT conrelid::regclass || ' ' || conname "
                                                                "FROM pg_constraint WHERE contype = 'f' AND NOT convalidated "
                                                                "AND connamespace = current_schema()::regnamespace")))
            foreignKeys.append(tr("a reference constraint was never checked against the rows (table, constraint): %1")
                                   .arg(row));
        report(tr("Foreign keys"), foreignKeys);
    } else {
        QStringList integrity = pragmaRows(db, QStringLiteral("PRAGMA integrity_check(20)"));
        if (integrity == QStringList{QStringLiteral("ok")})
            integrity.clear();
        report(tr("Integrity"), integrity);
        QStringList foreignKeys;
        for (const QString &row : pragmaRows(db, QStringLiteral("PRAGMA foreign_key_check")))
            foreignKeys.append(tr("a row refers to a missing record (table, row, parent, constraint): %1").arg(row));
        report(tr("Foreign keys"), foreignKeys);
    }

    if (!db.tableExists(QStringLiteral("backroom_audit"))) {
        report(tr("Audit log"), {tr("This company file has no audit log yet; open it once with this version of "
                                    "Backroom.")});
    } else {
        const AuditLog::Verification audit = AuditLog(db).verify();
        report(tr("Audit log"), audit.ok ? QStringList() : QStringList{audit.problem.message});
        m_out << "  " << tr("%1 entries checked; head: entry %2, hash %3")
                             .arg(audit.checked)
                             .arg(audit.head.id)
                             .arg(audit.head.hash)
              << '\n';
    }
    for (const VerifierContribution &verifier : m_suite.registries().verifiers.items())
        report(verifier.label, verifier.check ? verifier.check(db) : QStringList());

    m_out << (failures == 0 ? tr("ok") : tr("FAILED")) << '\n';
    m_out.flush();
    if (failures > 0) {
        m_err << tr("The company file failed verification.") << '\n';
        m_err.flush();
        return Cli::Failure;
    }
    return Cli::Ok;
}

} // namespace Backroom::Internal
