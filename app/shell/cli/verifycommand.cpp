#include "verifycommand.h"

#include "auditlog.h"
#include "cli.h"
#include "companyfile.h"
#include "database.h"
#include "extensionregistries.h"
#include "records.h"
#include "suite.h"
#include "useraccounts.h"
#include "writetransaction.h"

#include <QDir>
#include <QJsonArray>
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

VerifyCommand::VerifyCommand(QTextStream &out, QTextStream &err, Suite &suite, UsageError usageError,
                             CompanyOpener open)
    : m_out(out)
    , m_err(err)
    , m_suite(suite)
    , m_usageError(std::move(usageError))
    , m_open(std::move(open))
{
}

int VerifyCommand::failure(const QString &message)
{
    m_err << message << '\n';
    m_err.flush();
    return Cli::Failure;
}

int VerifyCommand::run(const QStringList &positional, bool repair)
{
    if (positional.size() != 1)
        return m_usageError(tr("verify needs exactly one FILE"));
    QStringList failedIds;
    const int failures = verifyOnce(positional.constFirst(), &failedIds);
    if (failures < 0)
        return Cli::Failure;
    if (failures == 0)
        return Cli::Ok;
    if (repair)
        return this->repair(positional.constFirst(), failedIds);
    return failure(tr("The company file failed verification."));
}

int VerifyCommand::repair(const QString &path, const QStringList &failedIds)
{
    // Damage below the records (pages, references, the audit chain) is not
    // derived data: rebuilding around it would hide it. A backup is the cure.
    static const QStringList coreChecks{QStringLiteral("core.integrity"), QStringLiteral("core.foreign_keys"),
                                        QStringLiteral("core.audit")};
    for (const QString &id : coreChecks)
        if (failedIds.contains(id))
            return failure(tr("The company file itself is damaged (integrity, references or the audit log); "
                              "--repair rebuilds only derived data. Restore it from a backup."));
    QList<VerifierContribution> repairs;
    QStringList unrepairable;
    for (const VerifierContribution &verifier : m_suite.registries().verifiers.items()) {
        if (!failedIds.contains(verifier.id))
            continue;
        if (verifier.repair)
            repairs.append(verifier);
        else
            unrepairable.append(verifier.label);
    }
    if (repairs.isEmpty())
        return failure(tr("Nothing that failed can be rebuilt from the records (%1). Restore the company from a "
                          "backup, or correct the records.")
                           .arg(unrepairable.join(QStringLiteral("; "))));
    if (!m_open)
        return failure(tr("--repair needs a user who may sign in: --user NAME."));

    QStringList rebuilt;
    {
        SignedInCompany signedIn = m_open(path);
        if (!signedIn)
            return Cli::Failure;
        // Like a backup or a migration: only administrators (the refusal is
        // audited by the check).
        QString refusal;
        if (!signedIn.session->records().check(UserAccounts::administerAction(), UserAccounts::securityScope(),
                                               &refusal))
            return failure(refusal);
        Database &db = signedIn.company->database();
        WriteTransaction transaction(db);
        if (!transaction.isActive())
            return failure(tr("Nothing was repaired: %1").arg(transaction.errorString()));
        QJsonArray ids;
        for (const VerifierContribution &verifier : std::as_const(repairs)) {
            QString error;
            if (!verifier.repair(db, &error))
                return failure(tr("Nothing was repaired: rebuilding “%1” failed: %2").arg(verifier.label, error));
            ids.append(verifier.id);
            rebuilt.append(verifier.label);
        }
        AuditLog::Entry entry;
        entry.user = signedIn.session->access().userName();
        entry.action = QStringLiteral("repair");
        entry.detail = {{QStringLiteral("rebuilt"), ids}};
        QString error;
        if (AuditLog(db).append(entry, &error).id == 0)
            return failure(tr("Nothing was repaired: the repair could not be recorded in the audit log: %1").arg(error));
        if (!transaction.commit())
            return failure(tr("Nothing was repaired: %1").arg(transaction.errorString()));
    }
    m_out << tr("Rebuilt from the records: %1").arg(rebuilt.join(QStringLiteral("; "))) << '\n';
    m_out << tr("Verifying again after the repair") << '\n';
    m_out.flush();
    QStringList stillFailed;
    const int failures = verifyOnce(path, &stillFailed);
    if (failures < 0)
        return Cli::Failure;
    if (failures > 0)
        return failure(tr("The company file still fails verification after the repair."));
    return Cli::Ok;
}

int VerifyCommand::verifyOnce(const QString &path, QStringList *failedIds)
{
    CompanyFile::Status status;
    auto company = CompanyFile::openReadOnly(path, &status);
    if (!company) {
        m_err << status.message << '\n';
        m_err.flush();
        return -1;
    }
    Database &db = company->database();
    int failures = 0;
    // One line per check: its name, then "ok" or its first problem, with
    // any further problems indented below it.
    const auto report = [&](const QString &id, const QString &check, const QStringList &problems) {
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
        failedIds->append(id);
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
        return -1;
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
        report(QStringLiteral("core.audit"), tr("Audit log"), {tr("This company file has no audit log yet; open it once with this version of "
                                    "Backroom.")});
    } else {
        const AuditLog::Verification audit = AuditLog(db).verify();
        report(QStringLiteral("core.audit"), tr("Audit log"), audit.ok ? QStringList() : QStringList{audit.problem.message});
        m_out << "  " << tr("%1 entries checked; head: entry %2, hash %3")
                             .arg(audit.checked)
                             .arg(audit.head.id)
                             .arg(audit.head.hash)
              << '\n';
    }
    for (const VerifierContribution &verifier : m_suite.registries().verifiers.items())
        report(verifier.id, verifier.label, verifier.check ? verifier.check(db) : QStringList());

    m_out << (failures == 0 ? tr("ok") : tr("FAILED")) << '\n';
    m_out.flush();
    return failures;
}

} // namespace Backroom::Internal
