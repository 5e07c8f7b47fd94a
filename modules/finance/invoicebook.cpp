#include "invoicebook.h"

#include "accountdirectory.h"
#include "arapaccounts.h"
#include "database.h"
#include "financeentities.h"
#include "moneyformat.h"
#include "recordquery.h"
#include "sqldialect.h"
#include "subledgerposting.h"
#include "vatsplit.h"

namespace Backroom::Finance {

namespace {

QString lineField(int line, const char *column)
{
    return QStringLiteral("lines/%1/%2").arg(line).arg(QLatin1String(column));
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date) : QVariant();
}

QVariant textOrNull(const QString &text)
{
    return text.trimmed().isEmpty() ? QVariant() : QVariant(text.trimmed());
}

} // namespace

qint64 Invoice::netTotal() const
{
    qint64 total = 0;
    for (const InvoiceLine &line : lines)
        total += line.net;
    return total;
}

qint64 Invoice::taxTotal() const
{
    qint64 total = 0;
    for (const InvoiceLine &line : lines)
        total += line.tax;
    return total;
}

InvoiceBook::InvoiceBook(Records &records, const VoucherPosting &posting, ReceivablesEntities::Direction direction)
    : m_records(records)
    , m_posting(posting)
    , m_side(ReceivablesEntities::side(direction))
{
}

Records::Result InvoiceBook::failure(Records::Result::Code code, const QString &message) const
{
    Records::Result result;
    result.code = code;
    result.message = message;
    return result;
}

std::optional<Invoice> InvoiceBook::load(qint64 id) const
{
    const std::optional<Record> header = m_records.read(m_side.invoice, id);
    if (!header)
        return std::nullopt;
    Invoice invoice;
    invoice.id = header->id;
    invoice.version = header->version;
    invoice.number = header->value(QStringLiteral("number")).toString();
    invoice.partner = header->value(QStringLiteral("partner")).toLongLong();
    invoice.date = header->value(QStringLiteral("date")).toDate();
    invoice.dueDate = header->value(QStringLiteral("due_date")).toDate();
    invoice.invoiceNo = header->value(QStringLiteral("invoice_no")).toString();
    invoice.taxIncluded = header->value(QStringLiteral("tax_included")).toBool();
    invoice.summary = header->value(QStringLiteral("summary")).toString();
    invoice.state = header->value(QStringLiteral("state")).toString();
    invoice.voucher = header->value(QStringLiteral("voucher")).toLongLong();
    QuerySpec spec;
    spec.filter = Filter::where(QStringLiteral("invoice"), Filter::Op::Equal, id);
    spec.sort = {SortKey{QStringLiteral("line_no")}, SortKey{QStringLiteral("id")}};
    spec.limit = 100000;
    for (const Record &row : m_records.select(m_side.invoiceLine, spec)) {
        InvoiceLine line;
        line.id = row.id;
        line.description = row.value(QStringLiteral("description")).toString();
        line.quantity = row.value(QStringLiteral("quantity")).toLongLong();
        line.unitPrice = row.value(QStringLiteral("unit_price")).toLongLong();
        line.rate = row.value(QStringLiteral("rate")).toString();
        line.account = row.value(QStringLiteral("account")).toLongLong();
        line.amount = row.value(QStringLiteral("amount")).toLongLong();
        line.net = row.value(QStringLiteral("net")).toLongLong();
        line.tax = row.value(QStringLiteral("tax")).toLongLong();
        invoice.lines.append(line);
    }
    // An opening item (OpeningItems) has no lines of its own: it shows, and
    // prints, as one line of what was still open, without tax.
    if (invoice.lines.isEmpty() && header->value(QStringLiteral("opening")).toBool()) {
        const qint64 total = header->value(QStringLiteral("total")).toLongLong();
        invoice.lines.append(InvoiceLine{0, invoice.summary, 0, 0, QStringLiteral("0"), 0, total, total, 0});
    }
    return invoice;
}

void InvoiceBook::split(Invoice *invoice)
{
    for (InvoiceLine &line : invoice->lines) {
        const VatSplit::Amounts amounts =
            VatSplit::split(line.amount, std::max(0, VatSplit::percentOf(line.rate)), invoice->taxIncluded);
        line.net = amounts.net;
        line.tax = amounts.tax;
    }
}

QDate InvoiceBook::dueDateOf(const Invoice &invoice, int days)
{
    if (invoice.dueDate.isValid() || !invoice.date.isValid())
        return invoice.dueDate;
    return invoice.date.addDays(days);
}

int InvoiceBook::paymentDays(qint64 partner) const
{
    if (partner <= 0)
        return DefaultPaymentDays;
    const std::optional<Record> record = m_records.read(QStringLiteral("core.partner"), partner);
    const QVariant days = record ? record->value(QStringLiteral("payment_days")) : QVariant();
    return days.isNull() ? DefaultPaymentDays : int(days.toLongLong());
}

qint64 InvoiceBook::defaultAccount() const
{
    Database &db = m_records.database();
    const std::optional<ArApAccounts> accounts = ArApAccounts::of(db);
    if (!accounts)
        return 0;
    return ArApAccounts::accountId(db, m_side.sales() ? accounts->revenue : accounts->purchases);
}

QList<Records::FieldError> InvoiceBook::problems(const Invoice &invoice) const
{
    QList<Records::FieldError> errors;
    Database &db = m_records.database();
    if (invoice.partner <= 0)
        errors.append({QStringLiteral("partner"), m_side.sales() ? tr("Choose the customer.") : tr("Choose the supplier.")});
    if (!invoice.date.isValid())
        errors.append({QStringLiteral("date"), tr("Enter the invoice date.")});
    else if (invoice.dueDate.isValid() && invoice.dueDate < invoice.date)
        errors.append({QStringLiteral("due_date"), tr("The due date comes before the invoice date.")});
    if (invoice.lines.isEmpty()) {
        errors.append({QStringLiteral("lines"), tr("An invoice needs lines: a description, an amount and a tax rate.")});
        return errors;
    }
    AccountDirectory accounts(db);
    const qint64 fallback = defaultAccount();
    for (qsizetype i = 0; i < invoice.lines.size(); ++i) {
        const InvoiceLine &line = invoice.lines.at(i);
        const int n = int(i) + 1;
        if (line.description.trimmed().isEmpty())
            errors.append({lineField(n, "description"), tr("Line %1: enter a description.").arg(n)});
        if (line.amount == 0)
            errors.append({lineField(n, "amount"), tr("Line %1: enter an amount.").arg(n)});
        if (VatSplit::percentOf(line.rate) < 0)
            errors.append({lineField(n, "rate"), tr("Line %1: choose a tax rate.").arg(n)});
        const qint64 accountId = line.account > 0 ? line.account : fallback;
        const std::optional<AccountDirectory::Account> account =
            accountId > 0 ? accounts.account(accountId) : std::nullopt;
        if (!account)
            errors.append({lineField(n, "account"), tr("Line %1: choose an account.").arg(n)});
        else if (!account->leaf || account->archived)
            errors.append({lineField(n, "account"), tr("Line %1: %2 has sub-accounts or is no longer in use; "
                                                       "choose one to post to.")
                                                        .arg(n)
                                                        .arg(account->text())});
    }
    Invoice split = invoice;
    InvoiceBook::split(&split);
    if (errors.isEmpty() && split.total() <= 0)
        errors.append({QStringLiteral("lines"), tr("The invoice's total must be more than zero.")});
    return errors;
}

Records::Result InvoiceBook::save(const Invoice &invoice)
{
    QList<Records::FieldError> errors = problems(invoice);
    if (!errors.isEmpty()) {
        Records::Result result = failure(Records::Result::Code::Invalid,
                                         errors.size() == 1 ? errors.constFirst().message
                                                            : tr("The invoice has %n problem(s): %1", nullptr,
                                                                 int(errors.size()))
                                                                  .arg(errors.constFirst().message));
        result.fieldErrors = std::move(errors);
        return result;
    }
    Database &db = m_records.database();
    const Records::Result result =
        m_records.inTransaction([&] { return saveInTransaction(invoice); }, tr("The invoice could not be saved: %1"));
    if (result.ok() && db.transactionDepth() == 0) {
        m_records.notifyChanged(m_side.invoice, result.id);
        m_records.notifyChanged(m_side.invoiceLine);
    }
    return result;
}

Records::Result InvoiceBook::saveInTransaction(const Invoice &given)
{
    Invoice invoice = given;
    const qint64 fallback = defaultAccount();
    for (InvoiceLine &line : invoice.lines)
        if (line.account <= 0)
            line.account = fallback;
    split(&invoice);
    if (invoice.id > 0) {
        const std::optional<Record> stored = m_records.read(m_side.invoice, invoice.id);
        if (!stored)
            return failure(Records::Result::Code::NotFound, tr("This invoice no longer exists."));
        if (stored->value(QStringLiteral("state")).toString() != ReceivablesEntities::draft())
            return failure(Records::Result::Code::Refused, tr("Only a draft invoice can be changed."));
    }
    const QVariantMap header{
        {QStringLiteral("partner"), invoice.partner},
        {QStringLiteral("date"), invoice.date},
        {QStringLiteral("due_date"), dateOrNull(dueDateOf(invoice, paymentDays(invoice.partner)))},
        {QStringLiteral("invoice_no"), textOrNull(invoice.invoiceNo)},
        {QStringLiteral("tax_included"), invoice.taxIncluded},
        {QStringLiteral("summary"), textOrNull(invoice.summary)},
        {QStringLiteral("net_total"), invoice.netTotal()},
        {QStringLiteral("tax_total"), invoice.taxTotal()},
        {QStringLiteral("total"), invoice.total()},
    };
    Records::Result saved = invoice.id > 0 ? m_records.update(m_side.invoice, invoice.id, invoice.version, header)
                                           : m_records.create(m_side.invoice, header);
    if (!saved.ok())
        return saved;
    const qint64 id = invoice.id > 0 ? invoice.id : saved.id;
    QuerySpec spec;
    spec.filter = Filter::where(QStringLiteral("invoice"), Filter::Op::Equal, id);
    spec.sort = {SortKey{QStringLiteral("line_no")}, SortKey{QStringLiteral("id")}};
    spec.limit = 100000;
    QString error;
    const QList<Record> existing = invoice.id > 0 ? m_records.select(m_side.invoiceLine, spec, &error) : QList<Record>();
    if (!error.isEmpty())
        return failure(Records::Result::Code::Failed, error);
    for (qsizetype i = 0; i < invoice.lines.size(); ++i) {
        const InvoiceLine &line = invoice.lines.at(i);
        const QVariantMap values{
            {QStringLiteral("invoice"), id},
            {QStringLiteral("line_no"), qint64(i + 1)},
            {QStringLiteral("description"), line.description.trimmed()},
            {QStringLiteral("quantity"), line.quantity ? QVariant(line.quantity) : QVariant()},
            {QStringLiteral("unit_price"), line.unitPrice ? QVariant(line.unitPrice) : QVariant()},
            {QStringLiteral("rate"), line.rate},
            {QStringLiteral("account"), line.account},
            {QStringLiteral("amount"), line.amount},
            {QStringLiteral("net"), line.net},
            {QStringLiteral("tax"), line.tax},
        };
        Records::Result written = i < existing.size()
                                      ? m_records.update(m_side.invoiceLine, existing.at(i).id, existing.at(i).version, values)
                                      : m_records.create(m_side.invoiceLine, values);
        if (!written.ok()) {
            for (Records::FieldError &fieldError : written.fieldErrors)
                fieldError.field = lineField(int(i) + 1, "") + fieldError.field;
            return written;
        }
    }
    for (qsizetype i = invoice.lines.size(); i < existing.size(); ++i) {
        const Records::Result removed = m_records.remove(m_side.invoiceLine, existing.at(i).id, existing.at(i).version);
        if (!removed.ok())
            return removed;
    }
    const std::optional<Record> after = m_records.read(m_side.invoice, id);
    saved.id = id;
    saved.version = after ? after->version : saved.version;
    return saved;
}

Records::Result InvoiceBook::remove(qint64 id, qint64 version)
{
    return m_records.remove(m_side.invoice, id, version);
}

std::optional<VoucherPostingRequest> InvoiceBook::voucherRequest(const Invoice &given, QString *errorString) const
{
    Database &db = m_records.database();
    const std::optional<ArApAccounts> accounts = ArApAccounts::of(db, errorString);
    if (!accounts)
        return std::nullopt;
    Invoice invoice = given;
    split(&invoice);
    const QString partnerName = m_records.displayName(QStringLiteral("core.partner"), invoice.partner);
    VoucherPostingRequest request;
    request.date = invoice.date;
    request.summary = (m_side.sales() ? tr("Customer invoice %1, %2") : tr("Supplier bill %1, %2"))
                          .arg(invoice.number, partnerName);
    request.attachments = 1;
    request.sourceEntity = m_side.invoice;
    request.sourceId = invoice.id;
    request.sourceNumber = invoice.number;
    request.post = true;
    // The control account takes the gross from the partner's side; each
    // account the lines name takes its net on the other side, in the order
    // the lines name them, and the tax one line.
    QList<QPair<qint64, qint64>> nets; // account id, net
    for (const InvoiceLine &line : std::as_const(invoice.lines)) {
        auto it = std::find_if(nets.begin(), nets.end(), [&](const auto &n) { return n.first == line.account; });
        if (it == nets.end())
            nets.append({line.account, line.net});
        else
            it->second += line.net;
    }
    const auto codeOf = [&](qint64 id) {
        return db.scalar(QStringLiteral("SELECT code FROM finance_account WHERE id = ?"), {id}).value_or(QVariant()).toString();
    };
    const bool sales = m_side.sales();
    // On the document's usual side when positive, the other side when a
    // discount line leaves an account negative.
    const auto line = [&](const QString &code, qint64 amount, bool debitSide) {
        VoucherPostingLine made;
        made.accountCode = code;
        made.partner = invoice.partner;
        if ((amount >= 0) == debitSide)
            made.debit = qAbs(amount);
        else
            made.credit = qAbs(amount);
        return made;
    };
    if (sales)
        request.lines.append(line(accounts->receivable, invoice.total(), true));
    for (const auto &[account, net] : std::as_const(nets))
        if (net != 0)
            request.lines.append(line(codeOf(account), net, !sales));
    if (invoice.taxTotal() != 0)
        request.lines.append(line(sales ? accounts->outputVat : accounts->inputVat, invoice.taxTotal(), !sales));
    if (!sales)
        request.lines.append(line(accounts->payable, invoice.total(), false));
    return request;
}

Records::Result InvoiceBook::post(qint64 id, qint64 version)
{
    return SubledgerPosting::post(m_records, m_posting, m_side.invoice, id, version,
                                  [&](const Record &, VoucherPostingRequest *request) -> Records::Result {
                                      const std::optional<Invoice> invoice = load(id);
                                      if (!invoice)
                                          return failure(Records::Result::Code::NotFound, tr("This invoice no longer exists."));
                                      QString error;
                                      return SubledgerPosting::prepared(problems(*invoice), voucherRequest(*invoice, &error),
                                                                        error, request);
                                  });
}

Records::Result InvoiceBook::cancel(qint64 id, qint64 version, const QString &comment)
{
    Database &db = m_records.database();
    return SubledgerPosting::cancel(
        m_records, m_posting, m_side.invoice, id, version, comment, [&](const Record &) -> Records::Result {
            const auto allocated =
                db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE invoice = ?").arg(m_side.allocationTable()), {id});
            if (!allocated || allocated->toLongLong() > 0)
                return failure(Records::Result::Code::Refused,
                               m_side.sales() ? tr("Receipts are allocated to this invoice; remove those allocations first.")
                                              : tr("Payments are allocated to this bill; remove those allocations first."));
            return Records::Result();
        });
}

qint64 InvoiceBook::openAmount(Database &db, const ReceivablesEntities::Side &side, qint64 invoiceId, const QDate &asOf)
{
    QString sql = QStringLiteral("SELECT i.total - coalesce((SELECT %1 FROM %2 a JOIN %3 p ON p.id = a.payment "
                                 "WHERE a.invoice = i.id AND p.state = 'posted'%4), 0) FROM %5 i WHERE i.id = ?")
                      .arg(db.dialect().integerSum(QStringLiteral("a.amount")), side.allocationTable(),
                           side.paymentTable(), asOf.isValid() ? QStringLiteral(" AND p.date <= ?") : QString(),
                           side.invoiceTable());
    QVariantList values;
    if (asOf.isValid())
        values.append(asOf);
    values.append(invoiceId);
    return db.scalar(sql, values).value_or(QVariant()).toLongLong();
}

qint64 InvoiceBook::unallocated(Database &db, const ReceivablesEntities::Side &side, qint64 invoiceId, qint64 exceptPayment)
{
    return db.scalar(QStringLiteral("SELECT i.total - coalesce((SELECT %1 FROM %2 a WHERE a.invoice = i.id AND a.payment <> ?), 0) "
                                    "FROM %3 i WHERE i.id = ?")
                         .arg(db.dialect().integerSum(QStringLiteral("a.amount")), side.allocationTable(),
                              side.invoiceTable()),
                     {exceptPayment, invoiceId})
        .value_or(QVariant())
        .toLongLong();
}

} // namespace Backroom::Finance
