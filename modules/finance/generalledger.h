#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Backroom {
class Database;
}

namespace Backroom::Finance {

// 总账 (总分类账): per account, its opening balance before the first period,
// then per period the period's debits and credits with the balance after
// (本期合计) and the year's so far (本年累计); sub-accounts included in
// their parents. One grouped query over the lines up to the last period,
// as the trial balance reads them, rolled up to the parents here.
class GeneralLedger
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Finance::GeneralLedger)

public:
    enum class Kind { Opening, PeriodTotal, YearTotal };

    struct Row
    {
        Kind kind = Kind::Opening;
        qint64 accountId = 0;
        QString code;
        QString name;
        int level = 1;
        QString period;     // "2026-11"; the first period for Opening
        QString summary;    // 期初余额, 本期合计, 本年累计
        qint64 debit = 0;
        qint64 credit = 0;
        qint64 balance = 0; // debit minus credit, at the end of the period
    };

    struct Options
    {
        QString fromPeriod;     // "2026-01"
        QString toPeriod;       // "2026-03"
        qint64 accountId = 0;   // one account (sub-accounts included); 0 for the chart
        int maxLevel = 1;       // without an account: accounts down to this level, 0 every level
        bool includeUnposted = false;
        bool includeEmpty = false; // accounts with no balance and no movement in the year
    };

    // Accounts in code order, each with its opening row, then a period row
    // and a year row for every period of the range.
    static std::optional<QList<Row>> compute(Database &db, const Options &options, QString *errorString = nullptr);

    // "2026-01", "2026-02", … "2026-03": the periods of a range.
    static QStringList periods(const QString &fromPeriod, const QString &toPeriod);
};

} // namespace Backroom::Finance
