#pragma once

#include "entity.h"

#include <QCoreApplication>
#include <QList>

namespace Backroom {
class Database;
class Records;
struct Record;
}

namespace Backroom::Finance {

// Receivables and payables (应收/应付): customer invoices (销售发票) and
// supplier bills (采购发票) with their lines, receipts (收款单) and payments
// (付款单), and the allocations of a receipt or payment to the invoices it
// settles (核销). One set of entities per direction, so each clerk's list
// holds one kind of document; the code is shared through Direction.
class ReceivablesEntities
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Finance::ReceivablesEntities)

public:
    enum class Direction { Sales, Purchases };

    // The entities of one direction.
    struct Side
    {
        Direction direction;
        QString invoice;       // finance.sales_invoice / finance.purchase_bill
        QString invoiceLine;
        QString payment;       // finance.receipt / finance.payment
        QString allocation;    // its lines: payment, invoice, amount
        QString invoiceTable() const { return QString(invoice).replace(QLatin1Char('.'), QLatin1Char('_')); }
        QString lineTable() const { return QString(invoiceLine).replace(QLatin1Char('.'), QLatin1Char('_')); }
        QString paymentTable() const { return QString(payment).replace(QLatin1Char('.'), QLatin1Char('_')); }
        QString allocationTable() const { return QString(allocation).replace(QLatin1Char('.'), QLatin1Char('_')); }
        bool sales() const { return direction == Direction::Sales; }
    };

    static const Side &sales();
    static const Side &purchases();
    static const Side &side(Direction direction);
    static QList<Side> sides() { return {sales(), purchases()}; }
    // The side an invoice, line, payment or allocation entity belongs to.
    static const Side *sideOf(const QString &entityId);

    static QList<Entity> declarations();

    // Workflow states, as stored.
    static QString draft() { return QStringLiteral("draft"); }
    static QString posted() { return QStringLiteral("posted"); }
    static QString cancelled() { return QStringLiteral("cancelled"); }

    // The workflow's guards: a document is posted or cancelled only by
    // InvoiceBook / PaymentBook, which make its voucher (or the red
    // reversal) in the same transaction; a step taken any other way (the
    // generic workflow bar, a script) finds no voucher and is refused.
    // The printed invoice's partner details (Entity::documentData).
    static void addPrintData(const Records &records, const Record &invoice, QVariantMap *data);

    static QString postingRefusal(Database &db, const Record &document, const QString &user);
    static QString cancelRefusal(Database &db, const Record &document, const QString &user);
};

} // namespace Backroom::Finance
