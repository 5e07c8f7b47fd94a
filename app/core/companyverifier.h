#pragma once

#include "auditlog.h"
#include "coreglobal.h"
#include "verifiercontribution.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Backroom {

class Database;

// What `backroom-cli verify` and Tools → Verify Data check, in one snapshot
// of the company: the file's integrity, its references, the audit chain and
// every module's invariants (balanced vouchers, gap-free numbers, kept
// balances, subledgers against their control accounts …). Reads only.
class BACKROOM_CORE_EXPORT CompanyVerifier
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::CompanyVerifier)

public:
    struct Check
    {
        QString id;             // "core.integrity", "finance.balances"
        QString label;          // translated
        QStringList problems;   // each a translated sentence naming the record; empty: ok
        bool ok() const { return problems.isEmpty(); }
    };

    struct Report
    {
        QString error;          // the company could not be read at all
        QList<Check> checks;
        bool hasAudit = false;
        AuditLog::Verification audit;
        bool ok() const;
        QStringList failedIds() const;
    };

    static Report run(Database &db, const QList<VerifierContribution> &verifiers);
};

} // namespace Backroom
