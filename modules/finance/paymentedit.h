#pragma once

#include "paymentbook.h"
#include "subledgereditor.h"
#include "subledgerscreen.h"

#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QTableView;
class QToolBar;

namespace Backroom {
class DateEdit;
class MoneyEdit;
class ReferencePicker;
}

namespace Backroom::Finance {

class AllocationModel;

// 收款单 / 付款单 with its allocation (核销): the header (partner, date, bank
// or cash account, amount, bank reference) and, below, the partner's open
// invoices with an amount column to fill — by hand or with Allocate Oldest
// First — and what is left unapplied. Posting makes the voucher through the
// posting service; a posted payment's allocations can still be changed
// (Save), which moves no money between accounts.
class PaymentEdit : public SubledgerEditor
{
    Q_OBJECT

public:
    PaymentEdit(Records &records, const VoucherPosting &posting, ReceivablesEntities::Direction direction,
                QWidget *parent = nullptr);

    QString entityId() const override;
    qint64 recordId() const override { return m_payment.id; }
    bool openRecord(qint64 id) override;
    void newRecord() override;
    bool isDirty() const override;
    bool canClose() override;
    QString title() const override;

    Payment payment() const;

    AllocationModel *allocationModel() const { return m_model; }
    ReferencePicker *partnerPicker() const { return m_partner; }
    MoneyEdit *amountEdit() const { return m_amount; }
    QString summaryText() const;
    QAction *action(const QString &name) const { return m_actions.value(name); }

public slots:
    bool save();
    bool post();
    bool cancelPayment();
    void allocateOldestFirst();

protected:
    QList<SubledgerScreen::Key> keys() override;

private:
    void build();
    void display(const Payment &payment, const QList<Allocation> &allocations);
    void reloadItems(const QList<Allocation> &allocations);
    void updateSummary();
    void updateActions();

    Records &m_records;
    PaymentBook m_book;
    Payment m_payment;
    QList<Allocation> m_allocations;   // as last read

    QToolBar *m_toolBar = nullptr;
    QHash<QString, QAction *> m_actions;
    QLabel *m_badge = nullptr;
    QLabel *m_number = nullptr;
    ReferencePicker *m_partner = nullptr;
    DateEdit *m_date = nullptr;
    ReferencePicker *m_account = nullptr;
    MoneyEdit *m_amount = nullptr;
    QLineEdit *m_reference = nullptr;
    QLineEdit *m_summary = nullptr;
    AllocationModel *m_model = nullptr;
    QTableView *m_grid = nullptr;
    QLabel *m_totals = nullptr;
};

} // namespace Backroom::Finance
