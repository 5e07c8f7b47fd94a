#pragma once

#include "receivablesentities.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace Backroom {
class Database;
}

namespace Backroom::Finance {

// The subledgers agree with the books: for every partner, what its posted
// invoices less its posted receipts (or bills less payments) come to — the
// open items less the unapplied money — equals the partner's balance on the
// control account (1122 应收账款, 2202 应付账款 with their sub-accounts). A
// manual voucher on a control account, or one without a partner, shows up
// here by name. The opening-balances voucher is left out (opening open
// items are not entered yet).
class ReceivableChecks
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Finance::ReceivableChecks)

public:
    // Partner id (0: no partner) → amount, on the side the ledger lies
    // (receivables debit, payables credit).
    static QHash<qint64, qint64> controlBalances(Database &db, const ReceivablesEntities::Side &side,
                                                 QString *errorString = nullptr);
    static QHash<qint64, qint64> documentBalances(Database &db, const ReceivablesEntities::Side &side,
                                                  QString *errorString = nullptr);
    // One sentence per partner that differs.
    static QStringList differences(Database &db);
};

} // namespace Backroom::Finance
