#pragma once

#include "statementlayout.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace Backroom {
class Database;
}

namespace Backroom::Finance {

// A balance sheet (资产负债表) or income statement (利润表) computed for a
// layout (StatementLayout) from the posted vouchers, by value, so the
// reports, the tests and later the period close share it.
//
// - Balance sheet: balances at the end of the period and at the start of
//   its year (期末余额, 年初余额), opening-balance vouchers included.
// - Income statement: the activity of the year so far and of the month
//   (本年累计金额, 本月金额), leaving out the profit-and-loss carry-forward
//   vouchers (kind 'closing'), which would otherwise zero every line.
//
// Grouped queries over the lines (see balances() in the .cpp for how the
// balance sheet avoids joining every line to its voucher). Not TrialBalance: that one rolls sub-accounts
// up and cannot leave the carry-forward out, while a statement needs each
// account's own amount per partner (a receivable's credit balances belong
// to 预收账款) and the income statement must skip 'closing' vouchers.
class FinancialStatement
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Finance::FinancialStatement)

public:
    struct Options
    {
        QString toPeriod;               // "2026-11"
        bool includeUnposted = false;   // a preview before posting
        QString language;               // labels: "zh_CN" picks the Chinese ones
    };

    struct Row
    {
        StatementLayout::Kind kind = StatementLayout::Kind::Line;
        int row = 0;            // 行次; 0 for headings
        QString label;
        int indent = 0;
        // Balance sheet: {closing at toPeriod, start of its year};
        // income statement: {year to date, the month}.
        std::array<qint64, 2> amounts{};
        // What each account adds to the line, totals through the lines
        // they add up, in account code order: what a figure is made of,
        // for the report's drill to the ledgers. Accounts that add nothing
        // are left out.
        struct Account
        {
            qint64 id = 0;
            QString code;
            QString name;
            std::array<qint64, 2> amounts{};
        };
        QList<Account> accounts;
    };

    struct Result
    {
        StatementLayout::Statement statement = StatementLayout::Statement::BalanceSheet;
        QString layoutId;
        QString form;           // "会小企01表", may be empty
        QString yearStart;      // "2026-01"
        QString toPeriod;
        QList<Row> rows;
        // Balance sheet: the layout's check rows (资产总计 against 负债和所有者
        // 权益总计) agree in both columns; difference is left minus right.
        bool balanced = true;
        std::array<qint64, 2> difference{};
        // "1999 Suspense": accounts with amounts that no line of the
        // statement takes in (the income statement: income and expense
        // accounts only), so nothing drops out without a word.
        QStringList unmapped;

        const Row *row(int number) const;
        qint64 amount(int number, int column = 0) const;
    };

    static std::optional<Result> compute(Database &db, const StatementLayout &layout, const Options &options,
                                         QString *errorString = nullptr);

    // The layout family ("cn" or "generic") for the company: the one whose
    // chart template the company's first-level account codes resemble most.
    // Decided from the codes, not stored: a company's chart is fixed when it
    // is created and only grows, so its codes say which standard it keeps,
    // in either language of account names.
    static std::optional<QString> familyFor(Database &db, QString *errorString = nullptr);
};

} // namespace Backroom::Finance
