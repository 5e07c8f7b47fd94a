#pragma once

#include "budgetbook.h"

#include <QAbstractTableModel>
#include <QSet>

namespace Backroom::Finance {

class AccountDirectory;

// The budget grid: accounts down, the twelve months and the year's total
// across, and an empty line at the bottom for the next account. An account
// is typed as its code or part of its name (the first leaf account that
// matches); an amount as a clerk writes it. Typing in the Total column
// spreads the figure evenly over the months (BudgetLine::fillEvenly).
class BudgetGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Account = 0, FirstMonth = 1, LastMonth = 12, Total = 13, ColumnCount = 14 };

    BudgetGridModel(AccountDirectory &accounts, QObject *parent = nullptr);

    void setLines(const QList<BudgetLine> &lines);
    // The lines with an account, in grid order; rows[i] is the grid row of
    // the i-th line.
    QList<BudgetLine> lines(QList<int> *rows = nullptr) const;
    void setReadOnly(bool on);
    bool isReadOnly() const { return m_readOnly; }
    void setProblemRows(const QSet<int> &rows);
    bool removeLine(int row);
    // What a column budgets: income, and costs with expenses (the two are
    // not added together: their difference is the budgeted profit).
    struct Totals
    {
        qint64 income = 0;
        qint64 spending = 0;
        qint64 profit() const { return income - spending; }
    };
    Totals monthTotals(int month) const;   // 1–12; 0 for the year
    bool isDirty() const { return m_dirty; }
    void setClean() { m_dirty = false; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void linesChanged();
    void inputProblem(const QString &message);

private:
    void changed();

    AccountDirectory &m_accounts;
    QList<BudgetLine> m_lines;   // the last one is always the empty line
    QSet<int> m_problemRows;
    bool m_readOnly = false;
    bool m_dirty = false;
};

} // namespace Backroom::Finance
