#pragma once

#include "receivablesentities.h"
#include "records.h"
#include "voucherposting.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace Backroom::Finance {

// One line of an invoice or bill. Quantity in ten-thousandths (the field's
// scale 4), money in minor units; `amount` is as entered — with tax when
// the invoice's amounts include tax — and net/tax follow from it (VatSplit).
struct InvoiceLine
{
    qint64 id = 0;
    QString description;
    qint64 quantity = 0;      // 0: not given
    qint64 unitPrice = 0;
    QString rate = QStringLiteral("13");
    qint64 account = 0;       // 0: the direction's default account
    qint64 amount = 0;
    qint64 net = 0;
    qint64 tax = 0;

    bool operator==(const InvoiceLine &) const = default;
};

struct Invoice
{
    qint64 id = 0;
    qint64 version = 0;
    QString number;           // given at the first save
    qint64 partner = 0;
    QDate date;
    QDate dueDate;            // empty: 30 days after the date
    QString invoiceNo;        // 发票号码
    bool taxIncluded = true;
    QString summary;
    QString state;
    qint64 voucher = 0;
    QList<InvoiceLine> lines;

    qint64 netTotal() const;
    qint64 taxTotal() const;
    qint64 total() const { return netTotal() + taxTotal(); }
};

// Customer invoices and supplier bills: the one writer of both, so the
// form, the demo data and any script keep the same rules. A draft is saved
// with its lines split into net and tax; posting makes its voucher through
// the posting service — Dr 1122 应收账款 (the customer) / Cr revenue per
// account and Cr 22210102 销项税额 for an invoice, Dr the lines' accounts and
// 22210101 进项税额 / Cr 2202 应付账款 (the supplier) for a bill — and marks
// the invoice posted, in one transaction. Cancelling a posted invoice that
// no payment settles posts the red reversal dated as the invoice (its month
// must be open).
class InvoiceBook
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Finance::InvoiceBook)

public:
    InvoiceBook(Records &records, const VoucherPosting &posting, ReceivablesEntities::Direction direction);

    const ReceivablesEntities::Side &side() const { return m_side; }

    std::optional<Invoice> load(qint64 id) const;
    // Net and tax of every line from its amount, rate and the invoice's
    // tax-included flag.
    static void split(Invoice *invoice);
    // The date plus the partner's payment terms (`days`, 30 by default)
    // unless given.
    static QDate dueDateOf(const Invoice &invoice, int days = DefaultPaymentDays);
    static constexpr int DefaultPaymentDays = 30;
    // The partner's payment terms in days (账期), 30 when it names none.
    int paymentDays(qint64 partner) const;
    // The account a new line gets (revenue or purchases); 0 when the chart
    // has none.
    qint64 defaultAccount() const;

    // Each problem, field "partner", "date", "due_date", "lines" or
    // "lines/N/column" (N from 1).
    QList<Records::FieldError> problems(const Invoice &invoice) const;
    // Creates (id 0) or replaces a draft with its lines; the result's id and
    // version are the invoice's.
    Records::Result save(const Invoice &invoice);
    Records::Result remove(qint64 id, qint64 version);
    // Makes and posts the voucher and posts the invoice.
    Records::Result post(qint64 id, qint64 version);
    // Reverses the voucher (red, posted) and cancels the invoice.
    Records::Result cancel(qint64 id, qint64 version, const QString &comment = QString());

    // The voucher posting would make, for the tests and the screen's
    // preview. Lines are grouped by account and rate the way a clerk writes
    // them by hand: one line per revenue account, one for the tax.
    std::optional<VoucherPostingRequest> voucherRequest(const Invoice &invoice, QString *errorString) const;

    // What is still owed: the total less the allocations of posted
    // payments dated up to `asOf` (all of them when invalid).
    static qint64 openAmount(Database &db, const ReceivablesEntities::Side &side, qint64 invoiceId,
                             const QDate &asOf = QDate());
    // The total less every allocation, posted or draft: what a new
    // allocation may still take.
    static qint64 unallocated(Database &db, const ReceivablesEntities::Side &side, qint64 invoiceId,
                              qint64 exceptPayment = 0);

private:
    Records::Result saveInTransaction(const Invoice &invoice);
    Records::Result failure(Records::Result::Code code, const QString &message) const;

    Records &m_records;
    VoucherPosting m_posting;   // a handle: the registry outlives the book
    const ReceivablesEntities::Side &m_side;
};

} // namespace Backroom::Finance
