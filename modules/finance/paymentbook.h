#pragma once

#include "receivablesentities.h"
#include "records.h"
#include "voucherposting.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace Backroom::Finance {

// How much of a receipt or payment settles one invoice (核销).
struct Allocation
{
    qint64 invoice = 0;
    qint64 amount = 0;
    bool operator==(const Allocation &) const = default;
};

struct Payment
{
    qint64 id = 0;
    qint64 version = 0;
    QString number;
    qint64 partner = 0;
    QDate date;
    qint64 account = 0;       // the bank or cash account; 0: the chart's bank account
    qint64 amount = 0;
    QString reference;        // 结算号
    QString summary;
    QString state;
    qint64 voucher = 0;
};

// An invoice the partner has not fully paid.
struct OpenItem
{
    qint64 invoice = 0;
    QString number;
    QDate date;
    QDate dueDate;
    qint64 total = 0;
    qint64 open = 0;          // total less every allocation (draft payments' too)
};

// Receipts from customers and payments to suppliers, and their allocation
// to invoices. Posting makes the voucher through the posting service —
// Dr the bank / Cr 1122 应收账款 (the customer) for a receipt, Dr 2202
// 应付账款 (the supplier) / Cr the bank for a payment. Allocations may be
// changed at any time (they move no money between accounts: invoice and
// payment both sit on the partner's control account), but never beyond an
// invoice's open amount or the payment's amount; what is not allocated
// stays on the partner as unapplied credit (预收/预付 in effect).
class PaymentBook
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Finance::PaymentBook)

public:
    PaymentBook(Records &records, const VoucherPosting &posting, ReceivablesEntities::Direction direction);

    const ReceivablesEntities::Side &side() const { return m_side; }

    std::optional<Payment> load(qint64 id) const;
    QList<Allocation> allocations(qint64 paymentId) const;
    qint64 defaultAccount() const;

    QList<Records::FieldError> problems(const Payment &payment) const;
    // Creates or replaces a draft, with its allocations when given.
    Records::Result save(const Payment &payment, const std::optional<QList<Allocation>> &allocations = std::nullopt);
    Records::Result remove(qint64 id, qint64 version);
    Records::Result post(qint64 id, qint64 version);
    // Removes its allocations and posts the red reversal, dated as the payment.
    Records::Result cancel(qint64 id, qint64 version, const QString &comment = QString());
    // Replaces the payment's allocations; refused as a whole when one takes
    // more than an invoice has open, or all more than the payment's amount.
    Records::Result allocate(qint64 paymentId, const QList<Allocation> &allocations);

    std::optional<VoucherPostingRequest> voucherRequest(const Payment &payment, QString *errorString) const;

    // The partner's posted invoices not yet fully allocated, oldest due first;
    // `exceptPayment`'s own allocations count as open (the allocation
    // screen shows what that payment may take).
    static QList<OpenItem> openItems(Database &db, const ReceivablesEntities::Side &side, qint64 partner,
                                     qint64 exceptPayment = 0);
    // The payment's amount less what is allocated.
    static qint64 unapplied(Database &db, const ReceivablesEntities::Side &side, qint64 paymentId);

private:
    Records::Result saveInTransaction(const Payment &payment, const std::optional<QList<Allocation>> &allocations);
    Records::Result allocateInTransaction(const Payment &payment, const QList<Allocation> &allocations);
    Records::Result failure(Records::Result::Code code, const QString &message) const;

    Records &m_records;
    VoucherPosting m_posting;   // a handle: the registry outlives the book
    const ReceivablesEntities::Side &m_side;
};

} // namespace Backroom::Finance
