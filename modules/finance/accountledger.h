#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Backroom {
class Database;
}

namespace Backroom::Finance {

// 明细账: one account's posted voucher lines (its sub-accounts' included) in
// date and voucher order, each with the running balance, after an opening
// line, with 本月合计 and 本年累计 after each period's lines — and, for the
// cash and bank journals (现金日记账, 银行日记账), 本日合计 after each day
// and the counter-accounts (对方科目) of every line. Plain logic over the
// module's tables, so the reports and the tests share it.
//
// The opening balance and the year's movement before the range come from
// the kept balances per month (PostedBalances) and, for a range starting
// mid-month, that month's earlier lines; the lines themselves are read in
// one ordered query, vouchers first (stopping after the page) or the
// account's lines first, whichever touches fewer rows, so the first page
// of a busy account costs a page, not the account's history.
class AccountLedger
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Finance::AccountLedger)

public:
    enum class Kind { Opening, Line, DayTotal, PeriodTotal, YearTotal };

    struct Row
    {
        Kind kind = Kind::Line;
        QDate date;             // Line, DayTotal; the range's first day for Opening
        QString period;         // "2026-11"
        qint64 voucherId = 0;   // Line
        QString reference;      // Line: "2026-11 记-0007"
        QString summary;        // the line's 摘要, or what a total row is ("本月合计")
        qint64 accountId = 0;   // Line: the account posted to (a sub-account, perhaps)
        QString counterAccounts; // Line, with Options::counterAccounts: "1122 应收账款"
        qint64 debit = 0;       // the line's, or the total's
        qint64 credit = 0;
        qint64 balance = 0;     // debit minus credit, after this row
        // 外币金额式, with Options::foreign: the original amounts in the
        // account's currency (its minor units), their balance after this
        // row, and a line's rate (scaled by 10^6).
        qint64 foreignDebit = 0;
        qint64 foreignCredit = 0;
        qint64 foreignBalance = 0;
        qint64 rate = 0;
    };

    struct Options
    {
        qint64 accountId = 0;
        QDate from;             // first day shown; an invalid date reads from the beginning
        QDate to;               // last day shown
        bool includeUnposted = false;
        bool dailyTotals = false;      // 本日合计 after each day's lines
        bool counterAccounts = false;  // fill Row::counterAccounts
        bool foreign = false;          // fill the foreign-currency figures (外币核算 accounts)
        // At most this many voucher lines (the first page), 0 for all. The
        // totals of a period or day whose lines were cut are left out.
        int limit = 0;
        // How the lines are read: the cheaper way by the kept counts, or
        // one way always (for tests and the benchmark, which compare them).
        enum class Reading { Cheapest, AccountLinesFirst, VouchersFirst };
        Reading reading = Reading::Cheapest;
    };

    // What lies before the range: the balance, and the year's debits and
    // credits so far (for 本年累计), the books' opening-balance vouchers
    // left out of the latter — they are balances, not the year's movement.
    struct BroughtForward
    {
        qint64 balance = 0;
        qint64 yearDebit = 0;
        qint64 yearCredit = 0;
        // With Options::foreign: the same in the original currency.
        qint64 foreignBalance = 0;
        qint64 foreignYearDebit = 0;
        qint64 foreignYearCredit = 0;
    };

    static std::optional<BroughtForward> broughtForward(Database &db, const Options &options,
                                                        QString *errorString = nullptr);
    // The opening row, the lines and the totals, in order; nullopt with
    // *errorString on a database error or when the account does not exist.
    static std::optional<QList<Row>> compute(Database &db, const Options &options, QString *errorString = nullptr);

    // Whether compute() reads these lines vouchers first (else the
    // account's lines first): the cheaper way by the kept line counts.
    static bool readsVouchersFirst(Database &db, const Options &options);

    // The account and every account under it (100201 under 1002).
    static std::optional<QList<qint64>> accountsUnder(Database &db, qint64 accountId, QString *errorString = nullptr);
    // The account with this code, 0 when there is none.
    static qint64 accountByCode(Database &db, const QString &code);

    // 借, 贷 or 平: the side a balance (debit minus credit) lies on.
    static QString direction(qint64 balance);

    // SQL pieces the books' readers share: the vouchers a report counts, and
    // the order vouchers are listed in (date, then word in the order of
    // FinanceEntities::voucherWords(), number). `v` is the voucher table.
    static QString stateCondition(bool includeUnposted);
    static QString wordRank();
    // "?, ?, ?" for a bound IN list.
    static QString placeholders(qsizetype count);
};

} // namespace Backroom::Finance
