#include "periodsummary.h"

#include "database.h"
#include "financechecks.h"
#include "financeentities.h"
#include "moneyformat.h"
#include "records.h"
#include "recordquery.h"

namespace Backroom::Finance {

std::optional<PeriodSummary> PeriodSummary::of(Records &records, const QString &period, QString *errorString)
{
    PeriodSummary summary;
    summary.period = period;
    const auto count = [&](const QString &state) -> std::optional<qint64> {
        QuerySpec spec;
        spec.filter = Filter::all({Filter::where(QStringLiteral("period"), Filter::Op::Equal, period),
                                   Filter::where(QStringLiteral("state"), Filter::Op::Equal, state)});
        return records.count(FinanceEntities::voucher(), spec, errorString);
    };
    const auto drafts = count(FinanceEntities::draft());
    const auto reviewed = count(FinanceEntities::reviewed());
    const auto posted = count(FinanceEntities::posted());
    if (!drafts || !reviewed || !posted)
        return std::nullopt;
    summary.drafts = *drafts;
    summary.reviewed = *reviewed;
    summary.posted = *posted;
    Database &db = records.database();
    const auto amount = db.scalar(QStringLiteral("SELECT coalesce(%1, 0) FROM finance_voucher WHERE period = ? AND state = ?")
                                      .arg(db.dialect().integerSum(QStringLiteral("total"))),
                                  {period, FinanceEntities::posted()}, errorString);
    if (!amount)
        return std::nullopt;
    summary.postedAmount = amount->toLongLong();
    summary.booksBalance = FinanceChecks::booksOutOfBalance(db).isEmpty();
    return summary;
}

QString PeriodSummary::text() const
{
    // Counts after a colon read right for one and for many without plural
    // forms (English has no catalogue of its own).
    QString text = tr("Vouchers of %1 — in draft: %2, reviewed and waiting to be posted: %3, posted: %4 (%5).")
                       .arg(period)
                       .arg(drafts)
                       .arg(reviewed)
                       .arg(posted)
                       .arg(MoneyFormat::money(postedAmount));
    text += QLatin1Char('\n');
    text += booksBalance ? tr("The posted books balance.")
                         : tr("The posted books do not balance: run Tools → Verify data.");
    return text;
}

} // namespace Backroom::Finance
