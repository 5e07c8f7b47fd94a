#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace Backroom {

class Database;

// An invariant a module adds to `backroom-cli verify` (and the
// administration page's check): balanced vouchers, gap-free numbers, posted
// entries unchanged. Runs on a read-only connection after the core's own
// checks (integrity, foreign keys, the audit chain).
struct VerifierContribution
{
    QString id;
    QString label;   // what is checked, translated ("Vouchers balance")
    // Each problem as one translated sentence naming the record; empty when
    // all is well.
    std::function<QStringList(Database &db)> check;
    // Optional: rebuilds what the check found wrong when it is derived data
    // that can be recomputed from the source records (kept balances, an
    // index), never the records themselves. Called by `verify --repair`
    // inside one write transaction on a company opened for work by an
    // administrator; returns false with errorString set to undo it all.
    std::function<bool(Database &db, QString *errorString)> repair;
};

} // namespace Backroom
