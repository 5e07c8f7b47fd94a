#include "openingitems.h"

#include "arapaccounts.h"
#include "database.h"
#include "moneyformat.h"
#include "openingbalances.h"
#include "sqldialect.h"

#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Backroom::Finance {

namespace {

QString itemField(qsizetype row, const char *column)
{
    return QStringLiteral("items/%1/%2").arg(row + 1).arg(QLatin1String(column));
}

bool sameEntry(const OpeningItem &a, const OpeningItem &b)
{
    return a.partner == b.partner && a.number == b.number && a.date == b.date && a.dueDate == b.dueDate
           && a.amount == b.amount && a.summary == b.summary;
}

} // namespace

OpeningItems::OpeningItems(Records &records, ReceivablesEntities::Direction direction)
    : m_records(records)
    , m_side(ReceivablesEntities::side(direction))
{
}

QString OpeningItems::controlCode() const
{
    const std::optional<ArApAccounts> accounts = ArApAccounts::of(m_records.database());
    return accounts ? (m_side.sales() ? accounts->receivable : accounts->payable) : QString();
}

QDate OpeningItems::openingDate() const
{
    const std::optional<Voucher> opening = OpeningBalances(m_records).voucher();
    return opening ? opening->date : QDate();
}

QList<OpeningItem> OpeningItems::items(QString *errorString) const
{
    Database &db = m_records.database();
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT d.id, d.partner, d.number, d.date, d.due_date, d.total, d.summary, "
                                 "coalesce((SELECT %1 FROM %2 a WHERE a.invoice = d.id), 0) FROM %3 d "
                                 "WHERE d.opening = 1 AND d.state = 'posted' ORDER BY d.partner, d.date, d.number")
                      .arg(db.dialect().integerSum(QStringLiteral("a.amount")), m_side.allocationTable(),
                           m_side.invoiceTable()));
    QList<OpeningItem> list;
    if (!query.exec()) {
        if (errorString)
            *errorString = query.lastError().text();
        return list;
    }
    while (query.next()) {
        OpeningItem item;
        item.id = query.value(0).toLongLong();
        item.partner = query.value(1).toLongLong();
        item.number = query.value(2).toString();
        item.date = query.value(3).toDate();
        item.dueDate = query.value(4).toDate();
        item.amount = query.value(5).toLongLong();
        item.summary = query.value(6).toString();
        item.settled = query.value(7).toLongLong();
        list.append(item);
    }
    return list;
}

QList<Records::FieldError> OpeningItems::problems(const QList<OpeningItem> &items) const
{
    QList<Records::FieldError> errors;
    if (const QString locked = OpeningBalances(m_records).lockedReason(); !locked.isEmpty()) {
        errors.append({QStringLiteral("items"), locked});
        return errors;
    }
    const QDate opening = openingDate();
    if (!opening.isValid() && !items.isEmpty()) {
        errors.append({QStringLiteral("items"),
                       tr("Enter the opening balances first: the opening items belong to the month before the books "
                          "start.")});
        return errors;
    }
    QSet<QString> numbers;
    for (qsizetype row = 0; row < items.size(); ++row) {
        const OpeningItem &item = items.at(row);
        if (item.partner <= 0)
            errors.append({itemField(row, "partner"), m_side.sales() ? tr("Line %1 needs the customer.").arg(row + 1)
                                                                     : tr("Line %1 needs the supplier.").arg(row + 1)});
        const QString number = item.number.trimmed();
        if (number.isEmpty())
            errors.append({itemField(row, "number"), tr("Line %1 needs the document's number.").arg(row + 1)});
        else if (numbers.contains(number))
            errors.append({itemField(row, "number"), tr("Line %1: number %2 is entered twice.").arg(row + 1).arg(number)});
        numbers.insert(number);
        if (!item.date.isValid())
            errors.append({itemField(row, "date"), tr("Line %1 needs the document's date.").arg(row + 1)});
        else if (item.date > opening)
            errors.append({itemField(row, "date"),
                           tr("Line %1 is dated %2, after the books start; enter it as an invoice instead.")
                               .arg(row + 1)
                               .arg(QLocale().toString(item.date, QLocale::ShortFormat))});
        if (item.dueDate.isValid() && item.date.isValid() && item.dueDate < item.date)
            errors.append({itemField(row, "due_date"), tr("Line %1 falls due before its date.").arg(row + 1)});
        if (item.amount <= 0)
            errors.append({itemField(row, "amount"),
                           tr("Line %1 needs the amount still open, more than zero.").arg(row + 1)});
    }
    return errors;
}

Records::Result OpeningItems::save(const QList<OpeningItem> &items)
{
    const QList<Records::FieldError> errors = problems(items);
    if (!errors.isEmpty()) {
        Records::Result invalid;
        invalid.code = Records::Result::Code::Invalid;
        invalid.fieldErrors = errors;
        invalid.message = errors.constFirst().message;
        return invalid;
    }
    const Records::Result result = m_records.inTransaction([&] { return saveInTransaction(items); },
                                                           tr("The opening items could not be saved: %1"));
    if (result.ok() && m_records.database().transactionDepth() == 0)
        m_records.notifyChanged(m_side.invoice);
    return result;
}

Records::Result OpeningItems::saveInTransaction(const QList<OpeningItem> &wanted)
{
    Database &db = m_records.database();
    Records::Result failed;
    failed.code = Records::Result::Code::Failed;
    QString error;
    const QList<OpeningItem> stored = items(&error);
    if (!error.isEmpty()) {
        failed.message = tr("The opening items cannot be read: %1").arg(error);
        return failed;
    }
    // A settled item stays as it is; the others are replaced, so what is
    // entered here is exactly what the books hold.
    QSet<qint64> kept;
    for (const OpeningItem &old : stored) {
        const auto given = std::find_if(wanted.cbegin(), wanted.cend(),
                                        [&old](const OpeningItem &item) { return item.id == old.id; });
        if (old.settled != 0) {
            if (given == wanted.cend() || !sameEntry(*given, old)) {
                failed.code = Records::Result::Code::Refused;
                failed.message = tr("Opening item %1 is settled in part by a receipt or payment (%2); it can no longer "
                                    "be changed or removed.")
                                     .arg(old.number, MoneyFormat::money(old.settled));
                return failed;
            }
            kept.insert(old.id);
            continue;
        }
        // Posted documents are final to Records; this one is removed here,
        // under the same audit, as the opening voucher is.
        if (!db.exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(m_side.invoiceTable()), {old.id}, &error)
            || !m_records.audit(QStringLiteral("delete"), m_side.invoice, old.id,
                                QJsonObject{{QStringLiteral("opening"), true},
                                            {QStringLiteral("number"), old.number},
                                            {QStringLiteral("total"), old.amount}},
                                &error)) {
            failed.message = tr("The opening items could not be replaced: %1").arg(error);
            return failed;
        }
    }
    Records::Result done;
    for (const OpeningItem &item : wanted) {
        if (item.id > 0 && kept.contains(item.id))
            continue;
        const QDate due = item.dueDate.isValid() ? item.dueDate : item.date.addDays(30);
        const Records::Result created = m_records.create(
            m_side.invoice, {{QStringLiteral("number"), item.number.trimmed()},
                             {QStringLiteral("partner"), item.partner},
                             {QStringLiteral("date"), item.date},
                             {QStringLiteral("due_date"), due},
                             {QStringLiteral("total"), item.amount},
                             {QStringLiteral("net_total"), item.amount},
                             {QStringLiteral("tax_total"), 0},
                             {QStringLiteral("tax_included"), true},
                             {QStringLiteral("summary"), item.summary.trimmed().isEmpty()
                                                             ? tr("Opening balance")
                                                             : item.summary.trimmed()},
                             {QStringLiteral("opening"), true}});
        if (!created.ok())
            return created;
        const Records::Result posted =
            m_records.transition(m_side.invoice, created.id, created.version, QStringLiteral("post"), tr("Opening item"));
        if (!posted.ok())
            return posted;
    }
    return done;
}

qint64 OpeningItems::controlOpening(Database &db, const Side &side, QString *errorString)
{
    const std::optional<ArApAccounts> accounts = ArApAccounts::of(db, errorString);
    if (!accounts)
        return 0;
    const QString code = side.sales() ? accounts->receivable : accounts->payable;
    const auto value = db.scalar(
        QStringLiteral("SELECT coalesce(%1, 0) FROM finance_voucher_line l JOIN finance_voucher v ON v.id = l.voucher "
                       "JOIN finance_account a ON a.id = l.account "
                       "WHERE v.kind = 'opening' AND (a.code = ? OR a.code LIKE ?)")
            .arg(db.dialect().integerSum(QStringLiteral("l.debit - l.credit"))),
        {code, code + QLatin1Char('%')}, errorString);
    const qint64 debit = value ? value->toLongLong() : 0;
    return side.sales() ? debit : -debit;
}

QHash<qint64, qint64> OpeningItems::itemsByPartner(Database &db, const Side &side, QString *errorString)
{
    QHash<qint64, qint64> totals;
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT partner, %1 FROM %2 WHERE opening = 1 AND state = 'posted' GROUP BY partner")
                        .arg(db.dialect().integerSum(QStringLiteral("total")), side.invoiceTable()))) {
        if (errorString)
            *errorString = query.lastError().text();
        return totals;
    }
    while (query.next())
        totals[query.value(0).toLongLong()] += query.value(1).toLongLong();
    return totals;
}

qint64 OpeningItems::itemsTotal(Database &db, const Side &side, QString *errorString)
{
    qint64 total = 0;
    for (const qint64 amount : itemsByPartner(db, side, errorString))
        total += amount;
    return total;
}

QString OpeningItems::mismatch(Database &db, const Side &side)
{
    QString error;
    const qint64 balance = controlOpening(db, side, &error);
    const qint64 items = itemsTotal(db, side, &error);
    if (!error.isEmpty())
        return tr("The opening items cannot be read: %1").arg(error);
    if (balance == items)
        return {};
    const std::optional<ArApAccounts> accounts = ArApAccounts::of(db);
    const QString code = accounts ? (side.sales() ? accounts->receivable : accounts->payable) : QString();
    return (side.sales() ? tr("The opening balance of account %1 is %2 receivable, the opening open items come to %3 "
                              "(difference %4); enter each customer's open invoices under Opening Items.")
                         : tr("The opening balance of account %1 is %2 payable, the opening open items come to %3 "
                              "(difference %4); enter each supplier's open bills under Opening Items."))
        .arg(code, MoneyFormat::money(balance), MoneyFormat::money(items), MoneyFormat::money(balance - items));
}

} // namespace Backroom::Finance
