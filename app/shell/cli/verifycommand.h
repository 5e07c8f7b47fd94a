#pragma once

#include "signedincompany.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace Backroom {

class Database;
class Suite;
struct VerifierContribution;

namespace Internal {

// backroom-cli's `verify FILE`: the database's integrity and foreign keys,
// the audit log's hash chain and head, and every module's verifier
// (ExtensionRegistries::verifiers). Prints each check with "ok" or its
// problems; exit 0 only when everything passed. Opens the file read-only,
// so verifying never changes it.
//
// `verify FILE --repair` (QuickBooks' Verify/Rebuild, 账套修复): when the only
// failed checks are module verifiers with a repair (derived data such as the
// finance kept balances), an administrator's session rebuilds them in one
// write transaction, audited (`repair`, naming what was rebuilt), and the
// company is verified again. Source records are never touched; damage the
// database itself reports (integrity, references, the audit chain) is left
// for a restore from a backup.
class VerifyCommand
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Internal::VerifyCommand)

public:
    using UsageError = std::function<int(const QString &message)>;

    VerifyCommand(QTextStream &out, QTextStream &err, Suite &suite, UsageError usageError,
                  CompanyOpener open = {});

    int run(const QStringList &positional, bool repair = false);

private:
    // Verifies once and prints the report. Returns the number of failed
    // checks, or -1 when the file cannot be read; failedIds gets the id of
    // each failed check (the core's: core.integrity, core.foreign_keys,
    // core.audit; core.audit_queue instead when the log only has entries
    // waiting to be chained).
    int verifyOnce(const QString &path, QStringList *failedIds);
    int repair(const QString &path, const QStringList &failedIds);
    // The derived data of `repairs` rebuilt in one audited transaction.
    int rebuildDerived(Database &db, const QString &user, const QList<VerifierContribution> &repairs,
                       QStringList *rebuilt);
    int failure(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
    Suite &m_suite;
    UsageError m_usageError;
    CompanyOpener m_open;
};

} // namespace Internal
} // namespace Backroom
