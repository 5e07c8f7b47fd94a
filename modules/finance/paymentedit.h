#pragma once

#include "paymentbook.h"
#include "recordeditor.h"
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
class PaymentEdit : public RecordEditor
{
    Q_OBJECT

public:
    using Confirmation = std::function<bool(const QString &title, const QString &text)>;

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
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }

    AllocationModel *allocationModel() const { return m_model; }
    ReferencePicker *partnerPicker() const { return m_partner; }
    MoneyEdit *amountEdit() const { return m_amount; }
    QString summaryText() const;
    QString problemText() const;
    QAction *action(const QString &name) const { return m_actions.value(name); }

public slots:
    bool save();
    bool post();
    bool cancelPayment();
    void allocateOldestFirst();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void build();
    void display(const Payment &payment, const QList<Allocation> &allocations);
    void reloadItems(const QList<Allocation> &allocations);
    void updateSummary();
    void updateActions();
    void showResult(const Records::Result &result);
    // Asks, takes a workflow step, shows its refusal or the document as it is now.
    bool takeStep(const QString &title, const QString &question, const std::function<Records::Result()> &step);
    QList<SubledgerScreen::Key> keys();
    bool confirm(const QString &title, const QString &text);

    Records &m_records;
    PaymentBook m_book;
    Payment m_payment;
    QList<Allocation> m_allocations;   // as last read
    Confirmation m_confirm;

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
    QLabel *m_problems = nullptr;
    AllocationModel *m_model = nullptr;
    QTableView *m_grid = nullptr;
    QLabel *m_totals = nullptr;
};

} // namespace Backroom::Finance
