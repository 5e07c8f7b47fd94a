#pragma once

#include <QWidget>

#include <memory>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace Backroom {
class Records;
}

namespace Backroom::Finance {

class AccountDirectory;
class VoucherLineDelegate;
class VoucherLinesModel;

// 期初余额录入: the month the books start in and the balances they start
// from, entered in the voucher grid (account by code or name, the
// dimensions an account asks for, debit or credit, "=" balances), with the
// totals and the difference always in view. Saving goes through
// OpeningBalances; after the first month is closed the page only shows.
class OpeningBalancesPage : public QWidget
{
    Q_OBJECT

public:
    explicit OpeningBalancesPage(Records &records, QWidget *parent = nullptr);
    ~OpeningBalancesPage() override;

    VoucherLinesModel &model() const { return *m_model; }
    void setStartPeriod(const QString &period);
    QString startPeriod() const;
    QString message() const;
    // Whether the opening open items (期初往来) agree with the control
    // accounts' opening balances, as the page shows it.
    QString openItemsText() const;

public slots:
    void reload();
    bool save();
    // The opening open items screen (OpeningItemsDialog).
    void editOpenItems();

private:
    void updateOpenItems();
    void updateTotals();
    void advance(const QModelIndex &from);

    Records &m_records;
    std::unique_ptr<AccountDirectory> m_accounts;
    VoucherLinesModel *m_model = nullptr;
    VoucherLineDelegate *m_delegate = nullptr;
    QDateEdit *m_start = nullptr;
    QTableView *m_grid = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_locked = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QLabel *m_openItems = nullptr;
};

} // namespace Backroom::Finance
