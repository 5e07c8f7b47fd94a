#pragma once

#include "verifiercontribution.h"

#include <QCoreApplication>
#include <QList>

namespace Backroom::Finance {

// What `backroom-cli verify` (and a migration's proof) checks of the books:
// every posted voucher balances, all posted lines together balance (the
// trial balance adds up), voucher numbers run without gaps, and the
// database guards that keep posted vouchers final are in place.
class FinanceChecks
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Finance::FinanceChecks)

public:
    static QList<VerifierContribution> verifiers();

    static QStringList unbalancedVouchers(Database &db);
    static QStringList booksOutOfBalance(Database &db);
    static QStringList numberGaps(Database &db);
    // Months up to the latest closed one are all closed, and their income
    // and expense carried to the profit account.
    static QStringList closedPeriods(Database &db);
    static QStringList missingGuards(Database &db);
    // finance_balance, which the books read their totals from, is exactly
    // what the posted lines add up to.
    static QStringList balancesOutOfStep(Database &db);
    // Every posted line with a currency and an original amount comes to its
    // local amount at its rate (ForeignCurrency::localAmount), and every
    // line with a currency is on an account kept in that currency.
    static QStringList foreignLines(Database &db);
};

} // namespace Backroom::Finance
