#pragma once

#include "reportdefinition.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Backroom {
class Database;
}

namespace Backroom::Finance {

// 预算执行情况表: per account, a budget's amounts for the months asked
// for against the posted actuals of the same months — income as credits
// less debits, expenses as debits less credits, costs (生产成本, 制造费用,
// which the month-end transfer empties) as the debits incurred — without
// the opening balances and the profit-and-loss carry-forward, which would
// otherwise zero every income and expense account at a close. Actuals come
// from the kept balances (finance_balance); a department's budget is
// compared with the posted lines that name the department. Parents add up
// their sub-accounts, as in the trial balance.
class BudgetVsActual
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Finance::BudgetVsActual)

public:
    struct Movement
    {
        qint64 account = 0;
        QString period;
        qint64 debit = 0;
        qint64 credit = 0;
    };
    struct Account
    {
        qint64 id = 0;
        QString code;
        QString name;
        QString category;
        bool leaf = true;
    };
    struct Row
    {
        qint64 accountId = 0;
        QString code;
        QString name;
        QString category;
        int level = 1;
        qint64 budget = 0;
        qint64 actual = 0;
        qint64 variance() const { return actual - budget; }
    };
    struct Options
    {
        qint64 budget = 0;       // 0: the year's budget (budgetFor)
        QString fromPeriod;      // within the budget's year
        QString toPeriod;
        int maxLevel = 0;        // 0: every level
    };
    struct Result
    {
        qint64 budget = 0;
        QString budgetName;
        int year = 0;
        qint64 department = 0;
        QList<Row> rows;         // in code order
        // Per category ("income", "expense", "cost"): the first-level
        // accounts' sums, whatever levels are shown.
        QHash<QString, Row> totals;
    };

    // Posted debits and credits per account and month in the periods,
    // opening and carry-forward vouchers left out; department 0: all.
    static std::optional<QList<Movement>> movements(Database &db, const QString &fromPeriod, const QString &toPeriod,
                                                    qint64 department, QString *errorString);
    static std::optional<QHash<qint64, Account>> accounts(Database &db, QString *errorString);
    // The amount in the account's natural sign (see the class comment).
    static qint64 natural(const QString &category, qint64 debit, qint64 credit);
    // The budget a year is compared with when none is named: the whole
    // company's before a department's, approved before draft, the newest
    // first; 0 when the year has none.
    static qint64 budgetFor(Database &db, int year);

    static std::optional<Result> compute(Database &db, const Options &options, QString *errorString);
    // The variance as a share of the budget in tenths of a percent,
    // rounded half away from zero (12.5 % → 125); nullopt without a budget
    // to compare with.
    static std::optional<qint64> varianceTenths(qint64 budget, qint64 variance);

    static QString reportId() { return QStringLiteral("finance.budget_vs_actual"); }
    static ReportDefinition report();
};

} // namespace Backroom::Finance
