#pragma once

#include "receivablesentities.h"
#include "records.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Backroom::Finance {

// One invoice or bill still open when the books started.
struct OpeningItem
{
    qint64 id = 0;          // the document's id; 0 for a new one
    qint64 partner = 0;
    QString number;         // the document's own number
    QDate date;
    QDate dueDate;          // 30 days after the date when not given
    qint64 amount = 0;      // what was still owed at the start, minor units
    QString summary;
    qint64 settled = 0;     // allocated since (read only)

    bool operator==(const OpeningItem &) const = default;
};

// 期初往来: the receivables and payables the books start with, entered per
// partner as the open invoices and bills they are, not as one balance. Each
// is kept as a posted document of its side marked "opening", without lines
// and without a voucher of its own (the opening voucher carries its
// amount), so receipts and payments are allocated to it, and the ageing
// report and partner statements show it, exactly as any invoice. Together
// they should come to the control account's opening balance (1122 应收账款,
// 2202 应付账款, or the generic chart's); mismatch() says so when they do
// not, and the receivables verifier reports it.
class OpeningItems
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Finance::OpeningItems)

public:
    using Side = ReceivablesEntities::Side;

    OpeningItems(Records &records, ReceivablesEntities::Direction direction);

    const Side &side() const { return m_side; }
    // The control account's code ("1122"); empty when the chart has none.
    QString controlCode() const;

    QList<OpeningItem> items(QString *errorString = nullptr) const;
    // The last day before the books' first month (the opening voucher's
    // date); invalid when no opening balances were entered.
    QDate openingDate() const;

    // What keeps these items from being saved ("items/N/column", N from 1),
    // plus "items" for the whole.
    QList<Records::FieldError> problems(const QList<OpeningItem> &items) const;
    // Replaces this side's opening items in one transaction. An item that
    // receipts or payments were allocated to stays as it is: changing or
    // removing it is refused.
    Records::Result save(const QList<OpeningItem> &items);

    // The control account's opening balance on the opening voucher (on the
    // account's own side: receivables Dr − Cr, payables Cr − Dr).
    static qint64 controlOpening(Database &db, const Side &side, QString *errorString = nullptr);
    // The opening items' total, and per partner.
    static qint64 itemsTotal(Database &db, const Side &side, QString *errorString = nullptr);
    static QHash<qint64, qint64> itemsByPartner(Database &db, const Side &side, QString *errorString = nullptr);
    // One translated sentence when the items do not come to the control
    // account's opening balance; empty when they do.
    static QString mismatch(Database &db, const Side &side);

private:
    Records::Result saveInTransaction(const QList<OpeningItem> &items);

    Records &m_records;
    const Side &m_side;
};

} // namespace Backroom::Finance
