#include "verifycommand.h"

#include "auditlog.h"
#include "cli.h"
#include "companyfile.h"
#include "companyverifier.h"
#include "database.h"
#include "extensionregistries.h"
#include "records.h"
#include "suite.h"
#include "useraccounts.h"
#include "writetransaction.h"

#include <QDir>
#include <QJsonArray>

namespace Backroom::Internal {

namespace {

// Stands for core.audit in the failed checks when all the audit log lacks is
// the chaining of entries still waiting (AuditLog::Problem::Kind::Unsealed).
constexpr char kAuditQueue[] = "core.audit_queue";

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
    const bool unsealed = failedIds.contains(QLatin1String(kAuditQueue));
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
    if (repairs.isEmpty() && !unsealed)
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
        // Opening it to write has chained the audit log's waiting entries.
        if (unsealed)
            rebuilt.append(tr("the audit log's waiting entries, chained"));
        if (!repairs.isEmpty()) {
            const int rebuiltResult = rebuildDerived(signedIn.company->database(),
                                                     signedIn.session->access().userName(), repairs, &rebuilt);
            if (rebuiltResult != Cli::Ok)
                return rebuiltResult;
        }
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

int VerifyCommand::rebuildDerived(Database &db, const QString &user, const QList<VerifierContribution> &repairs,
                                  QStringList *rebuilt)
{
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return failure(tr("Nothing was repaired: %1").arg(transaction.errorString()));
    QJsonArray ids;
    QStringList labels;
    for (const VerifierContribution &verifier : repairs) {
        QString error;
        if (!verifier.repair(db, &error))
            return failure(tr("Nothing was repaired: rebuilding “%1” failed: %2").arg(verifier.label, error));
        ids.append(verifier.id);
        labels.append(verifier.label);
    }
    AuditLog::Entry entry;
    entry.user = user;
    entry.action = QStringLiteral("repair");
    entry.detail = {{QStringLiteral("rebuilt"), ids}};
    QString error;
    if (AuditLog(db).append(entry, &error).id == 0)
        return failure(tr("Nothing was repaired: the repair could not be recorded in the audit log: %1").arg(error));
    if (!transaction.commit())
        return failure(tr("Nothing was repaired: %1").arg(transaction.errorString()));
    *rebuilt += labels;
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
    m_out << tr("Verifying %1").arg(CompanyFile::displayLocation(company->path())) << '\n';
    const CompanyVerifier::Report result =
        CompanyVerifier::run(company->database(), m_suite.registries().verifiers.items());
    if (!result.error.isEmpty()) {
        m_err << tr("“%1” cannot be read: %2").arg(CompanyFile::displayLocation(company->path()), result.error) << '\n';
        m_err.flush();
        return -1;
    }
    // One line per check: its name, then "ok" or "FAILED" with its problems
    // indented below it.
    for (const CompanyVerifier::Check &check : result.checks) {
        // Padded by the columns a terminal gives it: Chinese takes two.
        const QString label = check.label + QLatin1Char(':');
        int columns = 0;
        for (const QChar c : label)
            columns += c.unicode() >= 0x1100 && (c.unicode() <= 0x115F || c.unicode() >= 0x2E80) ? 2 : 1;
        m_out << label << QString(std::max(1, 24 - columns), QLatin1Char(' '));
        if (check.ok()) {
            m_out << tr("ok") << '\n';
        } else {
            m_out << tr("FAILED") << '\n';
            for (const QString &problem : check.problems)
                m_out << "  " << problem << '\n';
        }
        if (check.id == QLatin1String("core.audit") && result.hasAudit)
            m_out << "  " << tr("%1 entries checked; head: entry %2, hash %3")
                                 .arg(result.audit.checked)
                                 .arg(result.audit.head.id)
                                 .arg(result.audit.head.hash)
                  << '\n';
    }
    *failedIds = result.failedIds();
    // Entries left waiting to be chained are not damage: opening the company
    // to write chains them (CompanyFile), so --repair may go ahead.
    if (result.hasAudit && result.audit.problem.kind == AuditLog::Problem::Kind::Unsealed)
        failedIds->replace(failedIds->indexOf(QStringLiteral("core.audit")), QString::fromLatin1(kAuditQueue));
    m_out << (failedIds->isEmpty() ? tr("ok") : tr("FAILED")) << '\n';
    m_out.flush();
    return int(failedIds->size());
}

} // namespace Backroom::Internal
