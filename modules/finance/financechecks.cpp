#include "financechecks.h"

#include "accountchart.h"
#include "database.h"
#include "financeschema.h"
#include "foreigncurrency.h"
#include "moneyformat.h"
#include "receivablechecks.h"
#include "sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

#include <map>
#include <tuple>

namespace Backroom::Finance {

namespace {
QString voucherName(const QString &word, qint64 number, const QString &period)
{
    return QStringLiteral("%1-%2 (%3)").arg(word).arg(number, 4, 10, QLatin1Char('0')).arg(period);
}

QStringList queryFailed(const QSqlQuery &query)
{
    return {FinanceChecks::tr("The vouchers cannot be read: %1").arg(query.lastError().text())};
}
} // namespace

QStringList FinanceChecks::unbalancedVouchers(Database &db)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT v.id, v.word, v.number, v.period, %1, count(l.id) FROM finance_voucher v "
                                   "LEFT JOIN finance_voucher_line l ON l.voucher = v.id WHERE v.state = 'posted' "
                                   "GROUP BY v.id, v.word, v.number, v.period "
                                   "HAVING count(l.id) = 0 OR %1 <> 0 ORDER BY v.period, v.word, v.number")
                        .arg(db.dialect().integerSum(QStringLiteral("coalesce(l.debit, 0) - coalesce(l.credit, 0)")))))
        return queryFailed(query);
    QStringList problems;
    while (query.next()) {
        const QString name = voucherName(query.value(1).toString(), query.value(2).toLongLong(), query.value(3).toString());
        if (query.value(5).toLongLong() == 0)
            problems.append(tr("Posted voucher %1 (#%2) has no lines.").arg(name).arg(query.value(0).toLongLong()));
        else
            problems.append(tr("Posted voucher %1 (#%2) does not balance: debits exceed credits by %3.")
                                .arg(name)
                                .arg(query.value(0).toLongLong())
                                .arg(MoneyFormat::money(query.value(4).toLongLong())));
    }
    return problems;
}

QStringList FinanceChecks::booksOutOfBalance(Database &db)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1, %2 FROM finance_voucher_line l JOIN finance_voucher v ON v.id = l.voucher "
                                   "WHERE v.state = 'posted'")
                        .arg(db.dialect().integerSum(QStringLiteral("l.debit")),
                             db.dialect().integerSum(QStringLiteral("l.credit")))))
        return queryFailed(query);
    if (!query.next())
        return {};
    const qint64 debit = query.value(0).toLongLong();
    const qint64 credit = query.value(1).toLongLong();
    if (debit == credit)
        return {};
    return {tr("The posted books do not balance: debits %1, credits %2.")
                .arg(MoneyFormat::money(debit), MoneyFormat::money(credit))};
}

QStringList FinanceChecks::numberGaps(Database &db)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT word, period, number FROM finance_voucher WHERE number IS NOT NULL "
                                   "ORDER BY period, word, number")))
        return queryFailed(query);
    QStringList problems;
    QString word, period;
    qint64 expected = 1;
    while (query.next()) {
        if (query.value(0).toString() != word || query.value(1).toString() != period) {
            word = query.value(0).toString();
            period = query.value(1).toString();
            expected = 1;
        }
        const qint64 number = query.value(2).toLongLong();
        if (number > expected)
            problems.append(number == expected + 1
                                ? tr("Voucher number %1 is missing (renumber the month's vouchers to close the gap).")
                                      .arg(voucherName(word, expected, period))
                                : tr("Voucher numbers %1 to %2 are missing (renumber the month's vouchers to close the gap).")
                                      .arg(voucherName(word, expected, period))
                                      .arg(number - 1));
        expected = number + 1;
    }
    return problems;
}

QStringList FinanceChecks::missingGuards(Database &db)
{
    const bool server = db.dialect().kind() == SqlDialect::Kind::Postgres;
    const QStringList names = server ? QStringList{QStringLiteral("finance_voucher_guard"),
                                                   QStringLiteral("finance_voucher_line_guard"),
                                                   QStringLiteral("finance_balance_voucher"),
                                                   QStringLiteral("finance_balance_line")}
                                     : QStringList{QStringLiteral("finance_voucher_posted_update"),
                                                   QStringLiteral("finance_voucher_posted_delete"),
                                                   QStringLiteral("finance_voucher_post_balanced"),
                                                   QStringLiteral("finance_voucher_review_other"),
                                                   QStringLiteral("finance_voucher_line_posted_insert"),
                                                   QStringLiteral("finance_voucher_line_posted_update"),
                                                   QStringLiteral("finance_voucher_line_posted_delete"),
                                                   QStringLiteral("finance_voucher_closed_insert"),
                                                   QStringLiteral("finance_voucher_closed_update"),
                                                   QStringLiteral("finance_voucher_closed_delete"),
                                                   QStringLiteral("finance_voucher_line_closed_insert"),
                                                   QStringLiteral("finance_voucher_line_closed_update"),
                                                   QStringLiteral("finance_voucher_line_closed_delete"),
                                                   QStringLiteral("finance_balance_voucher_leave"),
                                                   QStringLiteral("finance_balance_voucher_enter"),
                                                   QStringLiteral("finance_balance_line_insert"),
                                                   QStringLiteral("finance_balance_line_delete"),
                                                   QStringLiteral("finance_balance_line_update_old"),
                                                   QStringLiteral("finance_balance_line_update_new")};
    const QString exists = server ? QStringLiteral("SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                                                   "WHERE t.tgname = ? AND c.relnamespace = current_schema()::regnamespace")
                                  : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = ?");
    QStringList problems;
    for (const QString &name : names) {
        const auto found = db.scalar(exists, {name});
        if (!found || found->toLongLong() == 0)
            problems.append(tr("The database guard “%1”, which keeps posted vouchers final, is missing.").arg(name));
    }
    return problems;
}

QStringList FinanceChecks::closedPeriods(Database &db)
{
    if (!db.tableExists(QStringLiteral("finance_period")))
        return {};
    const auto last = db.scalar(QStringLiteral("SELECT max(period) FROM finance_period WHERE state = 'closed'"));
    if (!last || last->isNull() || last->toString().isEmpty())
        return {};
    const QString closed = last->toString();
    QStringList problems;
    // Months close in order: every month with vouchers up to the latest
    // closed one is closed.
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT DISTINCT v.period FROM finance_voucher v WHERE v.period <= ? "
                                 "AND coalesce(v.kind, 'entry') <> 'opening' AND NOT EXISTS (SELECT 1 FROM finance_period p "
                                 "WHERE p.period = v.period AND p.state = 'closed') ORDER BY v.period"));
    query.addBindValue(closed);
    if (!query.exec())
        return queryFailed(query);
    while (query.next())
        problems.append(tr("%1 has vouchers and is open, but the later month %2 is closed.")
                            .arg(query.value(0).toString(), closed));
    // Closing carried every income and expense account to the profit
    // account, so up to the latest closed month they add up to zero.
    const auto left = db.scalar(QStringLiteral("SELECT %1 FROM finance_voucher_line l JOIN finance_voucher v "
                                               "ON v.id = l.voucher JOIN finance_account a ON a.id = l.account "
                                               "WHERE v.state = 'posted' AND v.period <= ? "
                                               "AND a.category IN ('income', 'expense')")
                                    .arg(db.dialect().integerSum(QStringLiteral("l.debit - l.credit"))),
                                {closed});
    if (left && left->toLongLong() != 0)
        problems.append(tr("Income and expense accounts up to the closed month %1 are not at zero (%2): profit and "
                           "loss was not carried forward.")
                            .arg(closed, MoneyFormat::money(left->toLongLong())));
    // 年末结账 carried the profit account (本年利润, or the generic chart's
    // current-year earnings) to retained earnings: at the end of the latest
    // closed December it is at zero.
    const auto december = db.scalar(QStringLiteral("SELECT max(period) FROM finance_period WHERE state = 'closed' "
                                                   "AND period LIKE ?"),
                                     {QStringLiteral("%-12")});
    if (december && !december->isNull() && !december->toString().isEmpty()) {
        for (const QString &id : AccountChart::templateIds()) {
            const std::optional<AccountChart::Template> chart = AccountChart::load(id);
            if (!chart || chart->profitAccount.isEmpty() || chart->retainedAccount.isEmpty())
                continue;
            const auto profit = db.scalar(
                QStringLiteral("SELECT %1 FROM finance_voucher_line l JOIN finance_voucher v ON v.id = l.voucher "
                               "JOIN finance_account a ON a.id = l.account WHERE v.state = 'posted' AND v.period <= ? "
                               "AND a.code = ? AND a.category = 'equity'")
                    .arg(db.dialect().integerSum(QStringLiteral("l.debit - l.credit"))),
                {december->toString(), chart->profitAccount});
            if (profit && profit->toLongLong() != 0)
                problems.append(tr("The profit account %1 is not at zero at the end of the closed year %2 (%3): the "
                                   "year's profit was not carried to retained earnings.")
                                    .arg(chart->profitAccount, december->toString().left(4),
                                         MoneyFormat::money(profit->toLongLong())));
        }
    }
    return problems;
}

QStringList FinanceChecks::balancesOutOfStep(Database &db)
{
    if (!db.tableExists(QStringLiteral("finance_balance")))
        return {};
    // The books read their totals from finance_balance: each of its rows
    // must be what the posted lines add up to, and no posted amount may be
    // missing from it.
    struct Amounts
    {
        qint64 debit = 0;
        qint64 credit = 0;
        qint64 lines = 0;
        bool operator==(const Amounts &other) const
        {
            return debit == other.debit && credit == other.credit && lines == other.lines;
        }
    };
    using Key = std::tuple<qint64, qint64, QString, QString>; // account, partner, period, kind
    std::map<Key, std::pair<Amounts, Amounts>> compared;      // kept, from the lines
    const SqlDialect &dialect = db.dialect();
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT account, partner, period, kind, %1, %2, %3 FROM finance_balance "
                                   "GROUP BY account, partner, period, kind")
                        .arg(dialect.integerSum(QStringLiteral("debit")), dialect.integerSum(QStringLiteral("credit")),
                             dialect.integerSum(QStringLiteral("lines")))))
        return queryFailed(query);
    while (query.next())
        compared[{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
                  query.value(3).toString()}]
            .first = {query.value(4).toLongLong(), query.value(5).toLongLong(), query.value(6).toLongLong()};
    if (!query.exec(QStringLiteral("SELECT l.account, coalesce(l.partner, 0), v.period, coalesce(v.kind, 'entry'), "
                                   "%1, %2, count(*) FROM finance_voucher v CROSS JOIN finance_voucher_line l "
                                   "WHERE l.voucher = v.id AND v.state = 'posted' "
                                   "GROUP BY l.account, coalesce(l.partner, 0), v.period, coalesce(v.kind, 'entry')")
                        .arg(dialect.integerSum(QStringLiteral("l.debit")), dialect.integerSum(QStringLiteral("l.credit")))))
        return queryFailed(query);
    while (query.next())
        compared[{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
                  query.value(3).toString()}]
            .second = {query.value(4).toLongLong(), query.value(5).toLongLong(), query.value(6).toLongLong()};
    QHash<qint64, QString> codes;
    if (query.exec(QStringLiteral("SELECT id, code FROM finance_account")))
        while (query.next())
            codes.insert(query.value(0).toLongLong(), query.value(1).toString());
    QStringList problems;
    for (const auto &[key, amounts] : compared) {
        if (amounts.first == amounts.second)
            continue;
        const auto &[account, partner, period, kind] = key;
        const QString name = codes.value(account, QStringLiteral("#%1").arg(account));
        problems.append(tr("The balance of account %1 in %2 (%3%4) reads debit %5, credit %6 from %7 lines; the posted "
                           "vouchers add up to debit %8, credit %9 from %10 lines.")
                            .arg(name, period, kind,
                                 partner ? tr(", partner #%1").arg(partner) : QString(),
                                 MoneyFormat::money(amounts.first.debit), MoneyFormat::money(amounts.first.credit))
                            .arg(amounts.first.lines)
                            .arg(MoneyFormat::money(amounts.second.debit), MoneyFormat::money(amounts.second.credit))
                            .arg(amounts.second.lines));
        if (problems.size() == 50) {
            problems.append(tr("… and more."));
            break;
        }
    }
    return problems;
}

QStringList FinanceChecks::foreignLines(Database &db)
{
    if (!db.tableExists(QStringLiteral("finance_currency")))
        return {};
    // Posted lines that carry a currency or an original amount, with their
    // account's currency; the arithmetic is the voucher book's own.
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT v.word, v.number, v.date, l.line_no, l.currency, lc.code, lc.minor_units, "
            "coalesce(l.foreign_amount, 0), coalesce(l.rate, 0), l.debit, l.credit, a.code, a.name, a.currency, ac.code "
            "FROM finance_voucher_line l JOIN finance_voucher v ON v.id = l.voucher "
            "JOIN finance_account a ON a.id = l.account "
            "LEFT JOIN finance_currency lc ON lc.id = l.currency LEFT JOIN finance_currency ac ON ac.id = a.currency "
            "WHERE v.state = 'posted' AND (l.currency IS NOT NULL OR coalesce(l.foreign_amount, 0) <> 0) "
            "ORDER BY v.date, v.word, v.number, l.line_no")))
        return queryFailed(query);
    QStringList problems;
    while (query.next()) {
        const QString where = tr("Voucher %1-%2 of %3, line %4")
                                  .arg(query.value(0).toString())
                                  .arg(query.value(1).toLongLong(), 4, 10, QLatin1Char('0'))
                                  .arg(query.value(2).toDate().toString(Qt::ISODate))
                                  .arg(query.value(3).toLongLong());
        const qint64 lineCurrency = query.value(4).toLongLong();
        const QString code = query.value(5).toString();
        const qint64 foreign = query.value(7).toLongLong();
        const qint64 rate = query.value(8).toLongLong();
        const qint64 debit = query.value(9).toLongLong();
        const qint64 local = debit != 0 ? debit : query.value(10).toLongLong();
        const QString account = query.value(11).toString() + QLatin1Char(' ') + query.value(12).toString();
        const qint64 accountCurrency = query.value(13).toLongLong();
        if (lineCurrency <= 0) {
            problems.append(tr("%1: it has an original amount but no currency.").arg(where));
        } else if (accountCurrency != lineCurrency) {
            problems.append(accountCurrency > 0
                                ? tr("%1: the line is in %2, but its account %3 is kept in %4.")
                                      .arg(where, code, account, query.value(14).toString())
                                : tr("%1: the line is in %2, but its account %3 is kept in the company's own currency.")
                                      .arg(where, code, account));
        }
        if (lineCurrency <= 0 || foreign == 0)
            continue;   // 期末调汇 adjusts the local amount alone
        const int decimals = query.value(6).isNull() ? 2 : query.value(6).toInt();
        const std::optional<qint64> expected = rate > 0 ? ForeignCurrency::localAmount(foreign, decimals, rate)
                                                        : std::nullopt;
        if (rate <= 0)
            problems.append(tr("%1: %2 has no exchange rate.")
                                .arg(where, ForeignCurrency::amountText(code, foreign, decimals)));
        else if (!expected || *expected != local)
            problems.append(tr("%1: %2 at %3 is %4, but the line's local amount is %5.")
                                .arg(where, ForeignCurrency::amountText(code, foreign, decimals),
                                     ForeignCurrency::rateText(rate),
                                     expected ? MoneyFormat::money(*expected) : QStringLiteral("?"),
                                     MoneyFormat::money(local)));
        if (problems.size() >= 50) {
            problems.append(tr("… and more."));
            break;
        }
    }
    return problems;
}

QList<VerifierContribution> FinanceChecks::verifiers()
{
    // A company that never had the finance module (opened for reading, so
    // not upgraded) has nothing of finance to check.
    const auto whenKept = [](QStringList (*check)(Database &)) {
        return [check](Database &db) {
            return db.tableExists(QStringLiteral("finance_voucher")) ? check(db) : QStringList();
        };
    };
    return {
        {QStringLiteral("finance.vouchers_balance"), tr("Posted vouchers balance"),
         whenKept(&FinanceChecks::unbalancedVouchers), {}},
        {QStringLiteral("finance.books_balance"), tr("The books balance"), whenKept(&FinanceChecks::booksOutOfBalance), {}},
        {QStringLiteral("finance.voucher_numbers"), tr("Voucher numbers have no gaps"),
         whenKept(&FinanceChecks::numberGaps), {}},
        {QStringLiteral("finance.guards"), tr("Posted vouchers are protected"), whenKept(&FinanceChecks::missingGuards), {}},
        {QStringLiteral("finance.closed_periods"), tr("Closed months are closed in order and carried forward"),
         whenKept(&FinanceChecks::closedPeriods), {}},
        {QStringLiteral("finance.balances"), tr("Account balances agree with the posted vouchers"),
         whenKept(&FinanceChecks::balancesOutOfStep),
         // The kept balances are sums of the posted lines: recounted from
         // them, the vouchers untouched.
         [](Database &db, QString *errorString) { return FinanceSchema::rebuildBalances(db, errorString); }},
        {QStringLiteral("finance.foreign_lines"), tr("Foreign-currency lines agree with their rates and accounts"),
         whenKept(&FinanceChecks::foreignLines), {}},
        {QStringLiteral("finance.receivables_payables"), tr("Receivables and payables equal their control accounts"),
         whenKept(&ReceivableChecks::differences), {}},
    };
}

} // namespace Backroom::Finance
