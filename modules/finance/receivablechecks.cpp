#include "receivablechecks.h"

#include "arapaccounts.h"
#include "database.h"
#include "moneyformat.h"
#include "openingitems.h"
#include "sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Backroom::Finance {

namespace {

bool sums(Database &db, const QString &sql, const QVariantList &values, QHash<qint64, qint64> *into, qint64 sign,
          QString *errorString)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        if (errorString)
            *errorString = query.lastError().text();
        return false;
    }
    while (query.next())
        (*into)[query.value(0).toLongLong()] += sign * query.value(1).toLongLong();
    return true;
}

} // namespace

QHash<qint64, qint64> ReceivableChecks::controlBalances(Database &db, const ReceivablesEntities::Side &side,
                                                        QString *errorString)
{
    // The opening balances (期初余额) count too: what partners owed when the
    // books started is entered as opening open items (OpeningItems), which
    // the documents' side reads like any invoice.
    QHash<qint64, qint64> balances;
    const std::optional<ArApAccounts> accounts = ArApAccounts::of(db, errorString);
    if (!accounts)
        return balances;
    const QString code = side.sales() ? accounts->receivable : accounts->payable;
    const qint64 sign = side.sales() ? 1 : -1;
    const QString sql = QStringLiteral("SELECT coalesce(l.partner, 0), %1 FROM finance_voucher_line l "
                                       "JOIN finance_voucher v ON v.id = l.voucher JOIN finance_account a ON a.id = l.account "
                                       "WHERE v.state = 'posted' AND %2 "
                                       "AND (a.code = ? OR a.code LIKE ?) GROUP BY coalesce(l.partner, 0)")
                            .arg(db.dialect().integerSum(QStringLiteral("l.debit - l.credit")));
    if (!sums(db, sql.arg(QStringLiteral("coalesce(v.kind, 'entry') <> 'opening'")), {code, code + QLatin1Char('%')},
              &balances, sign, errorString))
        return balances;
    QHash<qint64, qint64> opening;
    if (!sums(db, sql.arg(QStringLiteral("v.kind = 'opening'")), {code, code + QLatin1Char('%')}, &opening, sign,
              errorString))
        return balances;
    // An opening balance entered as one sum without partners is the
    // partners' as their opening items say; whether the items come to that
    // sum is OpeningItems::mismatch's to say, once, rather than per partner.
    if (opening.value(0) != 0) {
        opening = OpeningItems::itemsByPartner(db, side, errorString);
        opening.remove(0);
    }
    for (auto it = opening.cbegin(); it != opening.cend(); ++it)
        balances[it.key()] += it.value();
    return balances;
}

QHash<qint64, qint64> ReceivableChecks::documentBalances(Database &db, const ReceivablesEntities::Side &side,
                                                         QString *errorString)
{
    QHash<qint64, qint64> balances;
    const QString sum = db.dialect().integerSum(QStringLiteral("amount"));
    if (sums(db, QStringLiteral("SELECT partner, %1 FROM %2 WHERE state = 'posted' GROUP BY partner")
                     .arg(db.dialect().integerSum(QStringLiteral("total")), side.invoiceTable()),
             {}, &balances, 1, errorString))
        sums(db, QStringLiteral("SELECT partner, %1 FROM %2 WHERE state = 'posted' GROUP BY partner").arg(sum, side.paymentTable()),
             {}, &balances, -1, errorString);
    return balances;
}

QStringList ReceivableChecks::differences(Database &db)
{
    if (!db.tableExists(ReceivablesEntities::sales().invoiceTable()) || !ArApAccounts::of(db))
        return {};
    const std::optional<ArApAccounts> accounts = ArApAccounts::of(db);
    QStringList problems;
    for (const ReceivablesEntities::Side &side : ReceivablesEntities::sides()) {
        QString error;
        const QHash<qint64, qint64> control = controlBalances(db, side, &error);
        const QHash<qint64, qint64> documents = documentBalances(db, side, &error);
        if (!error.isEmpty()) {
            problems.append(tr("Receivables and payables cannot be read: %1").arg(error));
            continue;
        }
        if (const QString mismatch = OpeningItems::mismatch(db, side); !mismatch.isEmpty())
            problems.append(mismatch);
        QList<qint64> partners = control.keys();
        for (qint64 partner : documents.keys())
            if (!partners.contains(partner))
                partners.append(partner);
        std::sort(partners.begin(), partners.end());
        const QString code = side.sales() ? accounts->receivable : accounts->payable;
        for (qint64 partner : std::as_const(partners)) {
            const qint64 books = control.value(partner);
            const qint64 items = documents.value(partner);
            if (books == items)
                continue;
            if (partner == 0) {
                problems.append(tr("Account %1 has %2 posted without a partner; receivables and payables are "
                                   "kept per partner.")
                                    .arg(code, MoneyFormat::money(books)));
                continue;
            }
            const QString name = db.scalar(QStringLiteral("SELECT name FROM core_partner WHERE id = ?"), {partner})
                                     .value_or(QVariant())
                                     .toString();
            problems.append((side.sales() ? tr("%1 (#%2): account %3 shows %4 receivable, the posted invoices less "
                                               "receipts come to %5 (difference %6).")
                                          : tr("%1 (#%2): account %3 shows %4 payable, the posted bills less "
                                               "payments come to %5 (difference %6)."))
                                .arg(name)
                                .arg(partner)
                                .arg(code, MoneyFormat::money(books), MoneyFormat::money(items),
                                     MoneyFormat::money(books - items)));
        }
    }
    return problems;
}

} // namespace Backroom::Finance
