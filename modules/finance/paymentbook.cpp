#include "paymentbook.h"

#include "accountdirectory.h"
#include "arapaccounts.h"
#include "invoicebook.h"
#include "database.h"
#include "moneyformat.h"
#include "recordquery.h"
#include "sqldialect.h"
#include "subledgerposting.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Backroom::Finance {

namespace {
QVariant textOrNull(const QString &text)
{
    return text.trimmed().isEmpty() ? QVariant() : QVariant(text.trimmed());
}
} // namespace

PaymentBook::PaymentBook(Records &records, const VoucherPosting &posting, ReceivablesEntities::Direction direction)
    : m_records(records)
    , m_posting(posting)
    , m_side(ReceivablesEntities::side(direction))
{
}

Records::Result PaymentBook::failure(Records::Result::Code code, const QString &message) const
{
    return SubledgerPosting::failure(code, message);
}

std::optional<Payment> PaymentBook::load(qint64 id) const
{
    const std::optional<Record> row = m_records.read(m_side.payment, id);
    if (!row)
        return std::nullopt;
    Payment payment;
    payment.id = row->id;
    payment.version = row->version;
    payment.number = row->value(QStringLiteral("number")).toString();
    payment.partner = row->value(QStringLiteral("partner")).toLongLong();
    payment.date = row->value(QStringLiteral("date")).toDate();
    payment.account = row->value(QStringLiteral("account")).toLongLong();
    payment.amount = row->value(QStringLiteral("amount")).toLongLong();
    payment.reference = row->value(QStringLiteral("reference")).toString();
    payment.summary = row->value(QStringLiteral("summary")).toString();
    payment.state = row->value(QStringLiteral("state")).toString();
    payment.voucher = row->value(QStringLiteral("voucher")).toLongLong();
    return payment;
}

QList<Allocation> PaymentBook::allocations(qint64 paymentId) const
{
    QuerySpec spec;
    spec.filter = Filter::where(QStringLiteral("payment"), Filter::Op::Equal, paymentId);
    spec.sort = {SortKey{QStringLiteral("id")}};
    spec.limit = 100000;
    QList<Allocation> list;
    for (const Record &row : m_records.select(m_side.allocation, spec))
        list.append({row.value(QStringLiteral("invoice")).toLongLong(), row.value(QStringLiteral("amount")).toLongLong()});
    return list;
}

qint64 PaymentBook::defaultAccount() const
{
    Database &db = m_records.database();
    const std::optional<ArApAccounts> accounts = ArApAccounts::of(db);
    return accounts ? ArApAccounts::accountId(db, accounts->bank) : 0;
}

QList<Records::FieldError> PaymentBook::problems(const Payment &payment) const
{
    QList<Records::FieldError> errors;
    if (payment.partner <= 0)
        errors.append({QStringLiteral("partner"), m_side.sales() ? tr("Choose the customer.") : tr("Choose the supplier.")});
    if (!payment.date.isValid())
        errors.append({QStringLiteral("date"), tr("Enter the date.")});
    if (payment.amount <= 0)
        errors.append({QStringLiteral("amount"), tr("Enter an amount above zero.")});
    AccountDirectory accounts(m_records.database());
    const qint64 accountId = payment.account > 0 ? payment.account : defaultAccount();
    const std::optional<AccountDirectory::Account> account = accountId > 0 ? accounts.account(accountId) : std::nullopt;
    if (!account)
        errors.append({QStringLiteral("account"), tr("Choose the bank or cash account.")});
    else if (!account->leaf || account->archived)
        errors.append({QStringLiteral("account"),
                       tr("%1 has sub-accounts or is no longer in use; choose one to post to.").arg(account->text())});
    return errors;
}

Records::Result PaymentBook::save(const Payment &payment, const std::optional<QList<Allocation>> &allocations)
{
    QList<Records::FieldError> errors = problems(payment);
    if (!errors.isEmpty()) {
        Records::Result result = failure(Records::Result::Code::Invalid, errors.constFirst().message);
        result.fieldErrors = std::move(errors);
        return result;
    }
    Database &db = m_records.database();
    const Records::Result result = m_records.inTransaction([&] { return saveInTransaction(payment, allocations); },
                                                           tr("The payment could not be saved: %1"));
    if (result.ok() && db.transactionDepth() == 0) {
        m_records.notifyChanged(m_side.payment, result.id);
        m_records.notifyChanged(m_side.allocation);
    }
    return result;
}

Records::Result PaymentBook::saveInTransaction(const Payment &payment, const std::optional<QList<Allocation>> &allocations)
{
    if (payment.id > 0) {
        const std::optional<Record> stored = m_records.read(m_side.payment, payment.id);
        if (!stored)
            return failure(Records::Result::Code::NotFound, tr("This payment no longer exists."));
        if (stored->value(QStringLiteral("state")).toString() != ReceivablesEntities::draft())
            return failure(Records::Result::Code::Refused, tr("Only a draft can be changed."));
    }
    const QVariantMap values{
        {QStringLiteral("partner"), payment.partner},
        {QStringLiteral("date"), payment.date},
        {QStringLiteral("account"), payment.account > 0 ? payment.account : defaultAccount()},
        {QStringLiteral("amount"), payment.amount},
        {QStringLiteral("reference"), textOrNull(payment.reference)},
        {QStringLiteral("summary"), textOrNull(payment.summary)},
    };
    Records::Result saved = payment.id > 0 ? m_records.update(m_side.payment, payment.id, payment.version, values)
                                           : m_records.create(m_side.payment, values);
    if (!saved.ok())
        return saved;
    if (payment.id > 0)
        saved.id = payment.id;
    if (allocations) {
        std::optional<Payment> stored = load(saved.id);
        if (!stored)
            return failure(Records::Result::Code::NotFound, tr("This payment no longer exists."));
        const Records::Result allocated = allocateInTransaction(*stored, *allocations);
        if (!allocated.ok())
            return allocated;
    }
    return saved;
}

Records::Result PaymentBook::remove(qint64 id, qint64 version)
{
    const auto work = [&]() -> Records::Result {
        const std::optional<Payment> payment = load(id);
        if (!payment)
            return failure(Records::Result::Code::NotFound, tr("This payment no longer exists."));
        const Records::Result released = allocateInTransaction(*payment, {});
        return released.ok() ? m_records.remove(m_side.payment, id, version) : released;
    };
    return m_records.inTransaction(work, tr("The payment could not be deleted: %1"));
}

Records::Result PaymentBook::allocate(qint64 paymentId, const QList<Allocation> &allocations)
{
    Database &db = m_records.database();
    const auto work = [&]() -> Records::Result {
        const std::optional<Payment> payment = load(paymentId);
        if (!payment)
            return failure(Records::Result::Code::NotFound, tr("This payment no longer exists."));
        return allocateInTransaction(*payment, allocations);
    };
    const Records::Result result = m_records.inTransaction(work, tr("The allocations could not be saved: %1"));
    if (result.ok() && db.transactionDepth() == 0) {
        m_records.notifyChanged(m_side.allocation);
        m_records.notifyChanged(m_side.invoice);
    }
    return result;
}

Records::Result PaymentBook::allocateInTransaction(const Payment &payment, const QList<Allocation> &wanted)
{
    Database &db = m_records.database();
    if (payment.state == ReceivablesEntities::cancelled() && !wanted.isEmpty())
        return failure(Records::Result::Code::Refused, tr("A cancelled payment settles nothing."));
    // Zero lines are "not allocated"; the same invoice twice is one line.
    QList<Allocation> allocations;
    for (const Allocation &allocation : wanted) {
        if (allocation.amount == 0)
            continue;
        auto it = std::find_if(allocations.begin(), allocations.end(),
                               [&](const Allocation &a) { return a.invoice == allocation.invoice; });
        if (it == allocations.end())
            allocations.append(allocation);
        else
            it->amount += allocation.amount;
    }
    QList<Records::FieldError> errors;
    qint64 total = 0;
    for (const Allocation &allocation : std::as_const(allocations)) {
        const std::optional<Record> invoice = m_records.read(m_side.invoice, allocation.invoice);
        const QString field = QStringLiteral("allocations/%1").arg(allocation.invoice);
        if (!invoice) {
            errors.append({field, tr("The invoice allocated to no longer exists.")});
            continue;
        }
        const QString number = invoice->value(QStringLiteral("number")).toString();
        if (invoice->value(QStringLiteral("partner")).toLongLong() != payment.partner)
            errors.append({field, tr("%1 belongs to another partner.").arg(number)});
        else if (invoice->value(QStringLiteral("state")).toString() != ReceivablesEntities::posted())
            errors.append({field, tr("%1 is not posted; only posted invoices are settled.").arg(number)});
        else if (allocation.amount < 0)
            errors.append({field, tr("%1: an allocation is a positive amount.").arg(number)});
        else {
            const qint64 open = InvoiceBook::unallocated(db, m_side, allocation.invoice, payment.id);
            if (allocation.amount > open)
                errors.append({field, tr("%1 has %2 open; %3 cannot be allocated to it.")
                                          .arg(number, MoneyFormat::money(open), MoneyFormat::money(allocation.amount))});
        }
        total += allocation.amount;
    }
    if (total > payment.amount)
        errors.append({QStringLiteral("amount"), tr("The allocations (%1) come to more than the payment's amount (%2).")
                                                      .arg(MoneyFormat::money(total), MoneyFormat::money(payment.amount))});
    if (!errors.isEmpty()) {
        Records::Result result = failure(Records::Result::Code::Invalid, errors.constFirst().message);
        result.fieldErrors = errors;
        return result;
    }
    // Replace: change the ones that stay, add the new ones, remove the rest.
    QuerySpec spec;
    spec.filter = Filter::where(QStringLiteral("payment"), Filter::Op::Equal, payment.id);
    spec.limit = 100000;
    QString error;
    const QList<Record> existing = m_records.select(m_side.allocation, spec, &error);
    if (!error.isEmpty())
        return failure(Records::Result::Code::Failed, error);
    for (const Record &row : existing) {
        const qint64 invoice = row.value(QStringLiteral("invoice")).toLongLong();
        auto it = std::find_if(allocations.begin(), allocations.end(), [&](const Allocation &a) { return a.invoice == invoice; });
        Records::Result written;
        if (it == allocations.end())
            written = m_records.remove(m_side.allocation, row.id, row.version);
        else {
            if (row.value(QStringLiteral("amount")).toLongLong() != it->amount)
                written = m_records.update(m_side.allocation, row.id, row.version, {{QStringLiteral("amount"), it->amount}});
            allocations.erase(it);
        }
        if (!written.ok())
            return written;
    }
    for (const Allocation &allocation : std::as_const(allocations)) {
        const Records::Result written = m_records.create(m_side.allocation, {{QStringLiteral("payment"), payment.id},
                                                                             {QStringLiteral("invoice"), allocation.invoice},
                                                                             {QStringLiteral("amount"), allocation.amount}});
        if (!written.ok())
            return written;
    }
    Records::Result done;
    done.id = payment.id;
    return done;
}

std::optional<VoucherPostingRequest> PaymentBook::voucherRequest(const Payment &payment, QString *errorString) const
{
    Database &db = m_records.database();
    const std::optional<ArApAccounts> accounts = ArApAccounts::of(db, errorString);
    if (!accounts)
        return std::nullopt;
    const QString bank = db.scalar(QStringLiteral("SELECT code FROM finance_account WHERE id = ?"),
                                   {payment.account > 0 ? payment.account : defaultAccount()})
                             .value_or(QVariant())
                             .toString();
    const QString partnerName = m_records.displayName(QStringLiteral("core.partner"), payment.partner);
    VoucherPostingRequest request;
    request.date = payment.date;
    request.summary = (m_side.sales() ? tr("Receipt %1 from %2") : tr("Payment %1 to %2")).arg(payment.number, partnerName);
    request.attachments = 1;
    request.sourceEntity = m_side.payment;
    request.sourceId = payment.id;
    request.sourceNumber = payment.number;
    request.post = true;
    VoucherPostingLine money;
    money.accountCode = bank;
    VoucherPostingLine control;
    control.accountCode = m_side.sales() ? accounts->receivable : accounts->payable;
    control.partner = payment.partner;
    if (m_side.sales()) {
        money.debit = payment.amount;
        control.credit = payment.amount;
        request.lines = {money, control};
    } else {
        control.debit = payment.amount;
        money.credit = payment.amount;
        request.lines = {control, money};
    }
    return request;
}

Records::Result PaymentBook::post(qint64 id, qint64 version)
{
    return SubledgerPosting::post(m_records, m_posting, m_side.payment, id, version,
                                  [&](const Record &, VoucherPostingRequest *request) -> Records::Result {
                                      const std::optional<Payment> payment = load(id);
                                      if (!payment)
                                          return failure(Records::Result::Code::NotFound, tr("This payment no longer exists."));
                                      QString error;
                                      return SubledgerPosting::prepared(problems(*payment), voucherRequest(*payment, &error),
                                                                        error, request);
                                  });
}

Records::Result PaymentBook::cancel(qint64 id, qint64 version, const QString &comment)
{
    return SubledgerPosting::cancel(m_records, m_posting, m_side.payment, id, version, comment,
                                    [&](const Record &) -> Records::Result {
                                        const std::optional<Payment> payment = load(id);
                                        if (!payment)
                                            return failure(Records::Result::Code::NotFound,
                                                           tr("This payment no longer exists."));
                                        return allocateInTransaction(*payment, {});
                                    });
}

QList<OpenItem> PaymentBook::openItems(Database &db, const ReceivablesEntities::Side &side, qint64 partner,
                                       qint64 exceptPayment)
{
    QSqlQuery &query = db.prepared(
        QStringLiteral("SELECT i.id, i.number, i.date, i.due_date, i.total, "
                       "i.total - coalesce((SELECT %1 FROM %2 a WHERE a.invoice = i.id AND a.payment <> ?), 0) "
                       "FROM %3 i WHERE i.partner = ? AND i.state = 'posted' ORDER BY i.due_date, i.date, i.id")
            .arg(db.dialect().integerSum(QStringLiteral("a.amount")), side.allocationTable(), side.invoiceTable()));
    query.bindValue(0, exceptPayment);
    query.bindValue(1, partner);
    QList<OpenItem> items;
    if (!query.exec())
        return items;
    while (query.next()) {
        OpenItem item{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toDate(),
                      query.value(3).toDate(),     query.value(4).toLongLong(), query.value(5).toLongLong()};
        if (item.open != 0)
            items.append(item);
    }
    query.finish();
    return items;
}

qint64 PaymentBook::unapplied(Database &db, const ReceivablesEntities::Side &side, qint64 paymentId)
{
    return db.scalar(QStringLiteral("SELECT p.amount - coalesce((SELECT %1 FROM %2 a WHERE a.payment = p.id), 0) "
                                    "FROM %3 p WHERE p.id = ?")
                         .arg(db.dialect().integerSum(QStringLiteral("a.amount")), side.allocationTable(),
                              side.paymentTable()),
                     {paymentId})
        .value_or(QVariant())
        .toLongLong();
}

} // namespace Backroom::Finance
