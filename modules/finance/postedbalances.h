#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <optional>

class QSqlQuery;

namespace Backroom {
class Database;
}

namespace Backroom::Finance {

// Where the books read their totals: finance_balance, the posted amounts
// per account, partner, month and voucher kind that the posting triggers
// keep (FinanceSchema step 5) — a few thousand rows where the lines are
// millions — and, when a report includes vouchers not yet posted, those
// vouchers' lines shaped as the same columns (account, partner, period,
// kind, debit, credit, lines).
class PostedBalances
{
public:
    // The sources to read, as FROM items: the table, then the unposted
    // lines when asked for. A statement names the columns above and nothing
    // else, so it reads either.
    static QStringList sources(bool includeUnposted);

    // Runs `statement` (with {source} where the FROM item goes) on each source,
    // the values bound in order, handing every row to `take`; false with
    // *errorString on a database error.
    static bool read(Database &db, const QString &statement, bool includeUnposted, const QVariantList &values,
                     const std::function<void(const QSqlQuery &)> &take, QString *errorString);
};

} // namespace Backroom::Finance
