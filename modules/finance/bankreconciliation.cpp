#include "bankreconciliation.h"

#include "accountdirectory.h"
#include "database.h"
#include "sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Backroom::Finance {

namespace {

// Rows of (id, date, reference, summary, money in, money out), each an item
// on the side its money went.
bool readItems(Database &db, const QString &sql, const QVariantList &values, bool bank,
               QList<BankReconciliation::Item> *received, QList<BankReconciliation::Item> *paid, QString *errorString)
{
    QSqlQuery &query = db.prepared(sql);
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec()) {
        *errorString = query.lastError().text();
        return false;
    }
    while (query.next()) {
        BankReconciliation::Item item{bank, query.value(0).toLongLong(), query.value(1).toDate(),
                                      query.value(2).toString(), query.value(3).toString().trimmed(),
                                      query.value(4).toLongLong() - query.value(5).toLongLong()};
        if (item.amount >= 0) {
            received->append(item);
        } else {
            item.amount = -item.amount;
            paid->append(item);
        }
    }
    query.finish();
    return true;
}

} // namespace

qint64 BankReconciliation::total(const QList<Item> &items)
{
    qint64 sum = 0;
    for (const Item &item : items)
        sum += item.amount;
    return sum;
}

qint64 BankReconciliation::latestStatement(Database &db, qint64 account)
{
    const QString where = account ? QStringLiteral(" WHERE account = ?") : QString();
    const QVariantList values = account ? QVariantList{account} : QVariantList{};
    return db.scalar(QStringLiteral("SELECT id FROM finance_bank_statement%1 ORDER BY date_to DESC, id DESC LIMIT 1").arg(where),
                     values)
        .value_or(QVariant())
        .toLongLong();
}

std::optional<BankReconciliation> BankReconciliation::compute(Database &db, qint64 statementId, QString *errorString)
{
    const auto fail = [errorString](const QString &message) -> std::optional<BankReconciliation> {
        if (errorString)
            *errorString = message;
        return std::nullopt;
    };
    BankReconciliation r;
    {
        QSqlQuery &query = db.prepared(QStringLiteral(
            "SELECT account, date_to, closing_balance FROM finance_bank_statement WHERE id = ?"));
        query.bindValue(0, statementId);
        if (!query.exec())
            return fail(query.lastError().text());
        if (!query.next()) {
            query.finish();
            return fail(tr("There is no such bank statement."));
        }
        r.statement = statementId;
        r.account = query.value(0).toLongLong();
        r.asOf = query.value(1).toDate();
        r.bankBalance = query.value(2).toLongLong();
        query.finish();
    }
    const QDate start = db.scalar(QStringLiteral("SELECT min(date_from) FROM finance_bank_statement WHERE account = ?"),
                                  {r.account})
                            .value_or(QVariant())
                            .toDate();
    AccountDirectory accounts(db);
    if (const auto account = accounts.account(r.account))
        r.accountText = account->text();
    QString error;
    const auto balance = db.scalar(
        QStringLiteral("SELECT %1 FROM finance_voucher_line l JOIN finance_voucher v ON v.id = l.voucher "
                       "WHERE l.account = ? AND v.state = 'posted' AND v.date <= ?")
            .arg(db.dialect().integerSum(QStringLiteral("l.debit - l.credit"))),
        {r.account, r.asOf}, &error);
    if (!balance)
        return fail(error);
    r.bookBalance = balance->toLongLong();

    // The bank's lines the books have not recorded by the day, then the
    // books' lines the bank has not shown by the day. The books are the
    // posted vouchers: a bank line matched with a voucher not yet posted
    // (未记账) is still one the books have not recorded, so the two
    // adjusted balances agree before and after it is posted.
    if (!readItems(db, QStringLiteral(
            "SELECT l.id, l.date, l.reference, coalesce(l.summary, '') || CASE WHEN l.counterparty IS NULL THEN '' "
            "ELSE ' ' || l.counterparty END, l.amount_in, l.amount_out FROM finance_bank_statement_line l "
            "JOIN finance_bank_statement s ON s.id = l.statement WHERE s.account = ? AND l.date <= ? AND NOT EXISTS ("
            "SELECT 1 FROM finance_bank_match m JOIN finance_bank_match o ON o.match_group = m.match_group "
            "JOIN finance_voucher_line vl ON vl.id = o.voucher_line JOIN finance_voucher v ON v.id = vl.voucher "
            "WHERE m.statement_line = l.id AND v.state = 'posted' AND v.date <= ?) ORDER BY l.date, s.id, l.line_no"),
                   {r.account, r.asOf, r.asOf}, true, &r.bankReceived, &r.bankPaid, &error)
        || !readItems(db, QStringLiteral(
            "SELECT v.id, v.date, v.reference, l.summary, l.debit, l.credit FROM finance_voucher_line l "
            "JOIN finance_voucher v ON v.id = l.voucher WHERE l.account = ? AND v.state = 'posted' "
            "AND coalesce(v.kind, 'entry') <> 'opening' AND v.date <= ? AND v.date >= ? AND NOT EXISTS ("
            "SELECT 1 FROM finance_bank_match m JOIN finance_bank_match o ON o.match_group = m.match_group "
            "JOIN finance_bank_statement_line sl ON sl.id = o.statement_line "
            "WHERE m.voucher_line = l.id AND sl.date <= ?) ORDER BY v.date, v.id, l.line_no"),
                      {r.account, r.asOf, start.isValid() ? start : r.asOf, r.asOf}, false, &r.bookReceived,
                      &r.bookPaid, &error))
        return fail(error);
    return r;
}

} // namespace Backroom::Finance
