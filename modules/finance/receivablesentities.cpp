#include "receivablesentities.h"

#include "database.h"
#include "financeentities.h"
#include "record.h"
#include "vatsplit.h"
#include "records.h"
#include "workflow.h"

#include <QSqlQuery>

namespace Backroom::Finance {

namespace {

using Side = ReceivablesEntities::Side;
using Direction = ReceivablesEntities::Direction;

Workflow documentFlow()
{
    using E = ReceivablesEntities;
    Workflow flow;
    flow.state(E::draft(), [] { return ReceivablesEntities::tr("Draft"); }, true, Workflow::Tone::Neutral)
        .state(E::posted(), [] { return ReceivablesEntities::tr("Posted"); }, false, Workflow::Tone::Success)
        .state(E::cancelled(), [] { return ReceivablesEntities::tr("Cancelled"); }, false, Workflow::Tone::Danger);
    flow.addTransition({QStringLiteral("post"), [] { return ReceivablesEntities::tr("Post"); }, {E::draft()},
                        E::posted(), QStringLiteral("post"), {}, true, Workflow::Comment::None, &E::postingRefusal});
    // Cancelling needs "update" on the document; the red voucher it posts
    // needs "post" on vouchers, checked by the voucher book.
    flow.addTransition({QStringLiteral("cancel"), [] { return ReceivablesEntities::tr("Cancel"); }, {E::posted()},
                        E::cancelled(), QStringLiteral("update"), {}, true, Workflow::Comment::Optional, &E::cancelRefusal});
    return flow;
}

QList<Field::Choice> rateChoices()
{
    QList<Field::Choice> choices;
    for (const VatSplit::Rate &rate : VatSplit::rates()) {
        const QString key = rate.key;
        choices.append({key, [key] { return VatSplit::label(key); }});
    }
    return choices;
}

// A document's number, from a gap-free sequence per year when none is
// given; an import brings the numbers the documents already had.
Field numberField(const QString &pattern)
{
    return Field::text(QStringLiteral("number"), [] { return ReceivablesEntities::tr("Number"); }, 30)
        .unique()
        .searchable()
        .numbered(pattern, QStringLiteral("date"));
}

Field partnerField(bool sales)
{
    return Field::reference(QStringLiteral("partner"),
                            sales ? Field::Label([] { return ReceivablesEntities::tr("Customer"); })
                                  : Field::Label([] { return ReceivablesEntities::tr("Supplier"); }),
                            QStringLiteral("core.partner"))
        .required();
}

Entity invoiceOf(const Side &side)
{
    const bool sales = side.sales();
    Entity invoice(side.invoice, sales ? Entity::Label([] { return ReceivablesEntities::tr("Customer invoice"); })
                                       : Entity::Label([] { return ReceivablesEntities::tr("Supplier bill"); }),
                   sales ? Entity::Label([] { return ReceivablesEntities::tr("Customer invoices"); })
                         : Entity::Label([] { return ReceivablesEntities::tr("Supplier bills"); }));
    invoice
        .add(numberField(sales ? QStringLiteral("SI-{YYYY}-{####}") : QStringLiteral("PB-{YYYY}-{####}")))
        .add(partnerField(sales))
        .add(Field::date(QStringLiteral("date"), [] { return ReceivablesEntities::tr("Invoice date"); }).required())
        .add(Field::date(QStringLiteral("due_date"), [] { return ReceivablesEntities::tr("Due date"); })
                 .help([] { return ReceivablesEntities::tr("When payment is due; 30 days after the invoice date "
                                                           "unless entered."); }))
        .add(Field::money(QStringLiteral("total"), [] { return ReceivablesEntities::tr("Total"); }).readOnly())
        .add(Field::money(QStringLiteral("net_total"), [] { return ReceivablesEntities::tr("Amount without tax"); })
                 .readOnly())
        .add(Field::money(QStringLiteral("tax_total"), [] { return ReceivablesEntities::tr("Tax"); }).readOnly())
        .add(Field::text(QStringLiteral("invoice_no"), [] { return ReceivablesEntities::tr("Tax invoice number"); }, 40)
                 .searchable()
                 .help([] { return ReceivablesEntities::tr("The number printed on the VAT invoice (发票号码)."); }))
        .add(Field::boolean(QStringLiteral("tax_included"), [] { return ReceivablesEntities::tr("Amounts include tax"); })
                 .defaultValue(true))
        .add(Field::text(QStringLiteral("summary"), [] { return ReceivablesEntities::tr("Summary"); }, 200).searchable())
        .add(Field::reference(QStringLiteral("voucher"), [] { return ReceivablesEntities::tr("Voucher"); },
                              FinanceEntities::voucher())
                 .readOnly())
        // 期初往来: an invoice still open when the books started, entered
        // with the opening balances (OpeningItems); it has no lines and no
        // voucher of its own, the opening voucher carries its amount.
        .add(Field::boolean(QStringLiteral("opening"), [] { return ReceivablesEntities::tr("Opening item"); })
                 .readOnly())
        .add(Field::childLines(QStringLiteral("lines"), [] { return ReceivablesEntities::tr("Lines"); },
                               side.invoiceLine, QStringLiteral("invoice"))
                 .orderedBy(QStringLiteral("line_no")))
        .displayField(QStringLiteral("number"))
        .archivable(false)
        .workflow(documentFlow())
        .documentData(&ReceivablesEntities::addPrintData);
    return invoice;
}

Entity lineOf(const Side &side)
{
    Entity line(side.invoiceLine,
                side.sales() ? Entity::Label([] { return ReceivablesEntities::tr("Customer invoice line"); })
                             : Entity::Label([] { return ReceivablesEntities::tr("Supplier bill line"); }),
                side.sales() ? Entity::Label([] { return ReceivablesEntities::tr("Customer invoice lines"); })
                             : Entity::Label([] { return ReceivablesEntities::tr("Supplier bill lines"); }));
    line.add(Field::reference(QStringLiteral("invoice"), [] { return ReceivablesEntities::tr("Invoice"); }, side.invoice)
                 .required())
        .add(Field::integer(QStringLiteral("line_no"), [] { return ReceivablesEntities::tr("Line"); }))
        .add(Field::text(QStringLiteral("description"), [] { return ReceivablesEntities::tr("Description"); }, 200)
                 .required()
                 .searchable())
        .add(Field::quantity(QStringLiteral("quantity"), [] { return ReceivablesEntities::tr("Quantity"); }, 4))
        .add(Field::money(QStringLiteral("unit_price"), [] { return ReceivablesEntities::tr("Unit price"); }))
        .add(Field::choice(QStringLiteral("rate"), [] { return ReceivablesEntities::tr("Tax rate"); }, rateChoices())
                 .required()
                 .defaultValue(QStringLiteral("13")))
        .add(Field::reference(QStringLiteral("account"), [] { return ReceivablesEntities::tr("Account"); },
                              FinanceEntities::account())
                 .required())
        .add(Field::money(QStringLiteral("amount"), [] { return ReceivablesEntities::tr("Amount"); })
                 .required()
                 .help([] { return ReceivablesEntities::tr("As entered: with or without tax, as the invoice says."); }))
        .add(Field::money(QStringLiteral("net"), [] { return ReceivablesEntities::tr("Amount without tax"); }).readOnly())
        .add(Field::money(QStringLiteral("tax"), [] { return ReceivablesEntities::tr("Tax"); }).readOnly())
        .displayField(QStringLiteral("description"))
        .archivable(false);
    return line;
}

Entity paymentOf(const Side &side)
{
    const bool sales = side.sales();
    Entity payment(side.payment, sales ? Entity::Label([] { return ReceivablesEntities::tr("Receipt"); })
                                       : Entity::Label([] { return ReceivablesEntities::tr("Payment"); }),
                   sales ? Entity::Label([] { return ReceivablesEntities::tr("Receipts"); })
                         : Entity::Label([] { return ReceivablesEntities::tr("Payments"); }));
    payment
        .add(numberField(sales ? QStringLiteral("RC-{YYYY}-{####}") : QStringLiteral("PY-{YYYY}-{####}")))
        .add(partnerField(sales))
        .add(Field::date(QStringLiteral("date"), [] { return ReceivablesEntities::tr("Date"); }).required())
        .add(Field::reference(QStringLiteral("account"), [] { return ReceivablesEntities::tr("Bank or cash account"); },
                              FinanceEntities::account())
                 .required())
        .add(Field::money(QStringLiteral("amount"), [] { return ReceivablesEntities::tr("Amount"); })
                 .required()
                 .range(1, std::numeric_limits<qint64>::max()))
        .add(Field::text(QStringLiteral("reference"), [] { return ReceivablesEntities::tr("Bank reference"); }, 60)
                 .searchable())
        .add(Field::text(QStringLiteral("summary"), [] { return ReceivablesEntities::tr("Summary"); }, 200).searchable())
        .add(Field::reference(QStringLiteral("voucher"), [] { return ReceivablesEntities::tr("Voucher"); },
                              FinanceEntities::voucher())
                 .readOnly())
        .displayField(QStringLiteral("number"))
        .archivable(false)
        .workflow(documentFlow());
    return payment;
}

// Not child lines of the payment: a posted receipt's unapplied money is
// applied to a later invoice without touching the receipt or its voucher
// (both already sit on the partner's control account). PaymentBook is the
// one writer.
Entity allocationOf(const Side &side)
{
    Entity allocation(side.allocation, [] { return ReceivablesEntities::tr("Allocation"); },
                      [] { return ReceivablesEntities::tr("Allocations"); });
    allocation
        .add(Field::reference(QStringLiteral("payment"),
                              side.sales() ? Field::Label([] { return ReceivablesEntities::tr("Receipt"); })
                                           : Field::Label([] { return ReceivablesEntities::tr("Payment"); }),
                              side.payment)
                 .required())
        .add(Field::reference(QStringLiteral("invoice"), [] { return ReceivablesEntities::tr("Invoice"); }, side.invoice)
                 .required())
        .add(Field::money(QStringLiteral("amount"), [] { return ReceivablesEntities::tr("Amount"); })
                 .required()
                 .range(1, std::numeric_limits<qint64>::max()))
        .displayField(QStringLiteral("amount"))
        .archivable(false);
    return allocation;
}

} // namespace

const ReceivablesEntities::Side &ReceivablesEntities::sales()
{
    static const Side side{Direction::Sales, QStringLiteral("finance.sales_invoice"),
                           QStringLiteral("finance.sales_invoice_line"), QStringLiteral("finance.receipt"),
                           QStringLiteral("finance.receipt_allocation")};
    return side;
}

const ReceivablesEntities::Side &ReceivablesEntities::purchases()
{
    static const Side side{Direction::Purchases, QStringLiteral("finance.purchase_bill"),
                           QStringLiteral("finance.purchase_bill_line"), QStringLiteral("finance.payment"),
                           QStringLiteral("finance.payment_allocation")};
    return side;
}

const ReceivablesEntities::Side &ReceivablesEntities::side(Direction direction)
{
    return direction == Direction::Sales ? sales() : purchases();
}

const ReceivablesEntities::Side *ReceivablesEntities::sideOf(const QString &entityId)
{
    for (const Side *side : {&sales(), &purchases()})
        if (entityId == side->invoice || entityId == side->invoiceLine || entityId == side->payment
            || entityId == side->allocation)
            return side;
    return nullptr;
}

QList<Entity> ReceivablesEntities::declarations()
{
    QList<Entity> entities;
    for (const Side &side : sides())
        entities << invoiceOf(side) << lineOf(side) << paymentOf(side) << allocationOf(side);
    return entities;
}

void ReceivablesEntities::addPrintData(const Records &records, const Record &invoice, QVariantMap *data)
{
    // The partner as the printed invoice names it; the taxpayer ID and
    // address are not sensitive, and the clerk printing the invoice may not
    // be one who opens partners.
    QSqlQuery query(records.database().connection());
    query.prepare(QStringLiteral("SELECT tax_id, address, phone FROM core_partner WHERE id = ?"));
    query.addBindValue(invoice.value(QStringLiteral("partner")));
    QVariantMap partner{{QStringLiteral("tax_id_label"), tr("Taxpayer ID")},
                        {QStringLiteral("capital_label"), tr("Total in words")}};
    if (query.exec() && query.next()) {
        partner.insert(QStringLiteral("tax_id"), query.value(0).toString());
        partner.insert(QStringLiteral("address"), query.value(1).toString());
        partner.insert(QStringLiteral("phone"), query.value(2).toString());
    } else {
        for (const char *key : {"tax_id", "address", "phone"})
            partner.insert(QString::fromLatin1(key), QString());
    }
    data->insert(QStringLiteral("partner_info"), partner);
}

QString ReceivablesEntities::postingRefusal(Database &db, const Record &document, const QString &)
{
    // An opening item's amount is in the opening voucher (OpeningItems).
    if (document.value(QStringLiteral("opening")).toBool())
        return {};
    const qint64 voucher = document.value(QStringLiteral("voucher")).toLongLong();
    const auto state = voucher ? db.scalar(QStringLiteral("SELECT state FROM finance_voucher WHERE id = ?"), {voucher})
                               : std::nullopt;
    if (!state || state->isNull())
        return tr("Post the document from its own screen, which makes its voucher.");
    return {};
}

QString ReceivablesEntities::cancelRefusal(Database &db, const Record &document, const QString &)
{
    const qint64 voucher = document.value(QStringLiteral("voucher")).toLongLong();
    const auto reversals = db.scalar(QStringLiteral("SELECT count(*) FROM finance_voucher WHERE reverses = ?"), {voucher});
    if (!voucher || !reversals || reversals->toLongLong() == 0)
        return tr("Cancel the document from its own screen, which reverses its voucher.");
    return {};
}

} // namespace Backroom::Finance
