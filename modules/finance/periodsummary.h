#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Backroom {
class Records;
}

namespace Backroom::Finance {

// Where a month's vouchers stand, for the finance overview: how many wait
// for review, how many for posting, what is posted, and whether the posted
// books balance. Read through Records, so it needs "read" on vouchers.
struct PeriodSummary
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Finance::PeriodSummary)

public:
    QString period;
    qint64 drafts = 0;
    qint64 reviewed = 0;
    qint64 posted = 0;
    qint64 postedAmount = 0;
    bool booksBalance = true;

    static std::optional<PeriodSummary> of(Records &records, const QString &period, QString *errorString = nullptr);
    // Two or three sentences for the overview page.
    QString text() const;
};

} // namespace Backroom::Finance
