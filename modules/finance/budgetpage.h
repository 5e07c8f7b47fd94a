#pragma once

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace Backroom {
class Records;
}

namespace Backroom::Finance {

class AccountDirectory;
class BudgetGridModel;

// 预算编制: one budget at a time — chosen at the top, or a new one — with
// its name, year and department, and the grid of accounts by month. Keyboard
// first: Enter moves to the next cell (the next line's account after the
// year), a figure typed in the year column is spread evenly over the
// months, Ctrl+Delete removes a line, Ctrl+S saves. Last year's actuals
// can be copied in as a starting point. Approving (and taking an approval
// back) is the budget's workflow step; an approved budget only shows.
class BudgetPage : public QWidget
{
    Q_OBJECT

public:
    explicit BudgetPage(Records &records, QWidget *parent = nullptr);
    ~BudgetPage() override;

    BudgetGridModel &model() const { return *m_model; }
    qint64 budgetId() const { return m_id; }
    QString message() const;
    void setName(const QString &name);
    void setYear(int year);

public slots:
    // Shows a stored budget; 0 starts a new one for next year.
    void openBudget(qint64 id);
    void newBudget();
    bool save();
    void fillEvenly();
    bool copyLastYear();
    bool approve();

private:
    void reloadList();
    void updateTotals();
    void updateState();
    void advance(const QModelIndex &from);
    void showResult(const QString &text);

    Records &m_records;
    std::unique_ptr<AccountDirectory> m_accounts;
    BudgetGridModel *m_model = nullptr;
    qint64 m_id = 0;
    qint64 m_version = 0;
    QString m_state;
    QComboBox *m_choice = nullptr;
    QLineEdit *m_name = nullptr;
    QSpinBox *m_year = nullptr;
    QComboBox *m_department = nullptr;
    QLabel *m_stateLabel = nullptr;
    QTableView *m_grid = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_fill = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_approve = nullptr;
};

} // namespace Backroom::Finance
