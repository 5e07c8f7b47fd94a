#include "revaluation.h"

#include "accountdirectory.h"
#include "database.h"
#include "financeentities.h"
#include "foreigncurrency.h"
#include "moneyformat.h"
#include "sqldialect.h"
#include "voucherbook.h"
#include "voucherprint.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Backroom::Finance {

namespace {

// Where each chart keeps exchange differences: under 5603 财务费用 in
// 小企业会计准则's chart, a first-level expense in the generic one.
struct Place
{
    const char *code;
    const char *parent;   // must exist for the code to be made under it
    const char *zh;
    const char *en;
};
const Place kPlaces[] = {{"560303", "5603", "汇兑损益", "Exchange gains and losses"},
                         {"5614", nullptr, "汇兑损益", "Exchange gains and losses"}};

bool chineseChart(Database &db)
{
    const auto name = db.scalar(QStringLiteral("SELECT name FROM finance_account WHERE code = '5603'"));
    return name && (name->toString() == QStringLiteral("财务费用") || name->toString() == QStringLiteral("Financial expenses"));
}

} // namespace

Revaluation::Revaluation(Records &records)
    : m_records(records)
{
}

QString Revaluation::nothingToRevalue(const QString &period)
{
    return tr("Nothing to revalue in %1: every foreign-currency balance is already at the month-end rate.").arg(period);
}

qint64 Revaluation::exchangeAccount(Database &db)
{
    const Place &place = chineseChart(db) ? kPlaces[0] : kPlaces[1];
    const auto id = db.scalar(QStringLiteral("SELECT id FROM finance_account WHERE code = ?"),
                              {QString::fromLatin1(place.code)});
    return id ? id->toLongLong() : 0;
}

qint64 Revaluation::ensureExchangeAccount(QString *errorString)
{
    Database &db = m_records.database();
    if (const qint64 found = exchangeAccount(db))
        return found;
    const Place &place = chineseChart(db) ? kPlaces[0] : kPlaces[1];
    const bool chinese = VoucherPrint::chineseBooks(db);
    const Records::Result made = m_records.create(
        FinanceEntities::account(), {{QStringLiteral("code"), QString::fromLatin1(place.code)},
                                     {QStringLiteral("name"), chinese ? QString::fromUtf8(place.zh)
                                                                      : QString::fromUtf8(place.en)},
                                     {QStringLiteral("category"), QStringLiteral("expense")},
                                     {QStringLiteral("side"), QStringLiteral("debit")}});
    if (!made.ok() && errorString)
        *errorString = made.message;
    return made.ok() ? made.id : 0;
}

std::optional<QList<Revaluation::Line>> Revaluation::compute(const QString &period, QString *errorString) const
{
    const QDate last = FinanceEntities::lastDay(period);
    if (!last.isValid()) {
        if (errorString)
            *errorString = tr("“%1” is not a period; write it as 2026-11.").arg(period);
        return std::nullopt;
    }
    Database &db = m_records.database();
    const SqlDialect &dialect = db.dialect();
    // Every foreign-currency account's posted lines to the month's end: the
    // original amount on the line's side, and the local one.
    QSqlQuery &query = db.prepared(
        QStringLiteral("SELECT a.id, %1, %2 FROM finance_account a "
                       "JOIN finance_voucher_line l ON l.account = a.id "
                       "JOIN finance_voucher v ON v.id = l.voucher "
                       "WHERE a.currency IS NOT NULL AND v.state = 'posted' AND v.date <= ? "
                       "GROUP BY a.id ORDER BY a.code")
            .arg(dialect.integerSum(QStringLiteral("CASE WHEN l.debit <> 0 THEN l.foreign_amount "
                                                   "ELSE -l.foreign_amount END")),
                 dialect.integerSum(QStringLiteral("l.debit - l.credit"))));
    query.bindValue(0, last);
    if (!query.exec()) {
        if (errorString)
            *errorString = query.lastError().text();
        query.finish();
        return std::nullopt;
    }
    QList<Line> lines;
    while (query.next()) {
        Line line;
        line.account = query.value(0).toLongLong();
        line.foreignBalance = query.value(1).toLongLong();
        line.localBalance = query.value(2).toLongLong();
        lines.append(line);
    }
    query.finish();
    AccountDirectory accounts(db);
    QList<Line> result;
    for (Line line : std::as_const(lines)) {
        const std::optional<AccountDirectory::Account> account = accounts.account(line.account);
        if (!account || account->currency <= 0)
            continue;
        line.accountText = account->text();
        line.currency = account->currency;
        line.currencyCode = account->currencyCode;
        line.decimals = account->currencyDecimals;
        const std::optional<qint64> rate = ForeignCurrency::rateOn(db, account->currency, last);
        if (!rate) {
            if (errorString)
                *errorString = tr("There is no rate of %1 on or before %2; enter the month-end rate first.")
                                   .arg(line.currencyCode, last.toString(Qt::ISODate));
            return std::nullopt;
        }
        line.rate = *rate;
        const std::optional<qint64> revalued = ForeignCurrency::localAmount(line.foreignBalance, line.decimals, *rate);
        if (!revalued) {
            if (errorString)
                *errorString = tr("The balance of %1 is too large to revalue.").arg(line.accountText);
            return std::nullopt;
        }
        line.revalued = *revalued;
        result.append(line);
    }
    return result;
}

Records::Result Revaluation::post(const QString &period)
{
    Records::Result refused;
    refused.code = Records::Result::Code::Refused;
    Database &db = m_records.database();
    if (VoucherBook::isClosed(db, period)) {
        refused.message = tr("The period %1 is closed; revalue before closing it.").arg(period);
        return refused;
    }
    const auto work = [&]() -> Records::Result {
        Records::Result failed;
        failed.code = Records::Result::Code::Failed;
        QString error;
        const std::optional<QList<Line>> lines = compute(period, &error);
        if (!lines) {
            failed.code = Records::Result::Code::Refused;
            failed.message = error;
            return failed;
        }
        const QString summary = tr("Exchange revaluation %1").arg(period);
        Voucher voucher;
        voucher.date = FinanceEntities::lastDay(period);
        voucher.kind = QStringLiteral("revaluation");
        voucher.word = QStringLiteral("转");
        qint64 net = 0;
        for (const Line &line : *lines) {
            const qint64 difference = line.difference();
            if (difference == 0)
                continue;
            // A local-only adjustment on the foreign account: its currency
            // and the month-end rate, no original amount.
            VoucherLine adjust{0, summary, line.account, difference > 0 ? difference : 0,
                               difference < 0 ? -difference : 0};
            adjust.currency = line.currency;
            adjust.rate = line.rate;
            voucher.lines.append(adjust);
            net += difference;
        }
        if (voucher.lines.isEmpty()) {
            failed.code = Records::Result::Code::Refused;
            failed.message = nothingToRevalue(period);
            return failed;
        }
        const qint64 exchange = ensureExchangeAccount(&error);
        if (!exchange) {
            failed.message = error;
            return failed;
        }
        // A gain lowers 财务费用 (a credit), a loss raises it.
        voucher.lines.append(VoucherLine{0, summary, exchange, net < 0 ? -net : 0, net > 0 ? net : 0});
        VoucherBook book(m_records);
        const Records::Result saved = book.save(voucher);
        if (!saved.ok())
            return saved;
        return book.postGenerated(saved.id, summary);
    };
    const Records::Result result = m_records.inTransaction(work, tr("The revaluation could not be saved: %1"));
    if (result.ok() && db.transactionDepth() == 0) {
        m_records.notifyChanged(FinanceEntities::voucher(), result.id);
        m_records.notifyChanged(FinanceEntities::account());
    }
    return result;
}

} // namespace Backroom::Finance
