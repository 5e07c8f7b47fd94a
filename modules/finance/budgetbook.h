#pragma once

#include "records.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace Backroom::Finance {

// One account's budget for the year: twelve months in minor units (分).
struct BudgetLine
{
    qint64 id = 0;
    qint64 account = 0;
    std::array<qint64, 12> months{};

    qint64 total() const;
    // Spreads an annual figure over the months: the same amount each, the
    // fen that do not divide evenly added to the last months one by one, so
    // the months always add up to the figure (1,000.00 → 83.33 × 8 and
    // 83.34 × 4).
    void fillEvenly(qint64 annual);
    bool operator==(const BudgetLine &) const = default;
};

struct Budget
{
    qint64 id = 0;
    qint64 version = 0;
    QString name;
    int year = 0;
    qint64 department = 0;      // 0: the whole company
    QString notes;
    QString state;
    QList<BudgetLine> lines;

    qint64 total() const;
};

// Budgets and their lines: the one writer, so the screen, the demo data
// and the tests keep the same rules. A line is for a leaf account of the
// income, expense or cost categories (what a budget plans and the report
// compares with postings; balance-sheet accounts have balances, not
// budgets), at most one line per account. An approved budget is read-only
// until taken back to draft.
class BudgetBook
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Finance::BudgetBook)

public:
    explicit BudgetBook(Records &records);

    std::optional<Budget> load(qint64 id) const;
    // Each problem, field "name", "year" or "lines/N/account" (N from 1).
    QList<Records::FieldError> problems(const Budget &budget) const;
    // Creates (id 0) or replaces a draft with its lines in one transaction;
    // the result's id and version are the budget's.
    Records::Result save(const Budget &budget);
    Records::Result remove(qint64 id, qint64 version);

    // A starting point for a budget of `year`: last year's posted actuals
    // per account and month (natural sign: income credits, expenses and
    // costs debits), for the accounts a budget may have, without the
    // opening balances and the profit-and-loss carry-forward.
    std::optional<QList<BudgetLine>> actualsOf(int year, qint64 department, QString *errorString) const;

    // Whether an account category may carry budget lines.
    static bool isBudgeted(const QString &category);

private:
    Records::Result saveInTransaction(const Budget &budget);

    Records &m_records;
};

} // namespace Backroom::Finance
