#pragma once

#include <QString>

namespace Backroom {
class Database;
}

namespace Backroom::Finance {

// What the finance tables guarantee by themselves, whoever writes to them
// (the voucher screen, an import, a script with the sqlite3 shell): a
// posted voucher and its lines never change or disappear, a voucher is
// posted only when it balances and has a number, and no one reviews a
// voucher they prepared. Triggers in both dialects; the services check the
// same rules first so a clerk reads a translated sentence, not these.
class FinanceSchema
{
public:
    // Schema step 1 (after the declared tables exist).
    static bool installGuards(Database &db, QString *errorString);
    // The words every guard's refusal starts with, for tests and for
    // recognising a refusal among database errors.
    static QString refusalPrefix() { return QStringLiteral("finance:"); }
};

} // namespace Backroom::Finance
