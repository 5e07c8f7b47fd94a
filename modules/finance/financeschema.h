#pragma once

#include "schemastep.h"

#include <QList>
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
    // The module's numbered steps, in order, for the module and the tests
    // alike (shipped steps are never edited; a change is a new step).
    static QList<SchemaStep> steps();

    // Schema step 1 (after the declared tables exist).
    static bool installGuards(Database &db, QString *errorString);
    // Schema step 2: nothing in a closed period changes (finance_period),
    // and the opening-balances voucher may be replaced until the first
    // period is closed.
    static bool installPeriodLock(Database &db, QString *errorString);
    // Schema step 3: the index the account books (明细账, 日记账) read an
    // account's lines through.
    static bool installLedgerIndexes(Database &db, QString *errorString);
    // Schema step 4 (before the declared tables): finance_balance, the
    // posted amounts per account, partner, period and voucher kind. Plain
    // columns, no references: it is derived from the lines, and a copy
    // writes it before the accounts exist.
    static bool createBalanceTable(Database &db, QString *errorString);
    // Step 6, PostgreSQL only: no parallel workers for finance_voucher.
    static bool keepVoucherScansSerial(Database &db, QString *errorString);
    // Schema step 5: finance_balance filled from the posted lines and kept
    // by triggers from then on, whoever posts (see balanceTable()).
    static bool installBalanceUpkeep(Database &db, QString *errorString);
    // Schema step 6: one exchange rate per currency and day (外币核算).
    static bool installRateIndex(Database &db, QString *errorString);
    // Recomputes finance_balance from the posted lines, in the caller's
    // transaction (step 5, and a repair after a verify finds it wrong).
    static bool rebuildBalances(Database &db, QString *errorString);
    // The words every guard's refusal starts with, for tests and for
    // recognising a refusal among database errors.
    static QString refusalPrefix() { return QStringLiteral("finance:"); }
};

} // namespace Backroom::Finance
