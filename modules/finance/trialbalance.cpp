#include "trialbalance.h"

#include "database.h"
#include "financeentities.h"
#include "postedbalances.h"
#include "sqldialect.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace Backroom::Finance {

std::optional<QList<TrialBalance::Row>> TrialBalance::compute(Database &db, const Options &options, QString *errorString)
{
    const auto fail = [&](const QSqlQuery &query) -> std::optional<QList<Row>> {
        if (errorString)
            *errorString = query.lastError().text();
        return std::nullopt;
    };
    QList<Row> rows;
    QHash<QString, qsizetype> byCode;
    {
        QSqlQuery &accounts = db.prepared(QStringLiteral("SELECT a.id, a.code, a.name, a.category, a.side, a.currency, "
                                                         "c.code, c.minor_units FROM finance_account a "
                                                         "LEFT JOIN finance_currency c ON c.id = a.currency "
                                                         "ORDER BY a.code"));
        if (!accounts.exec())
            return fail(accounts);
        while (accounts.next()) {
            Row row;
            row.accountId = accounts.value(0).toLongLong();
            row.code = accounts.value(1).toString();
            row.name = accounts.value(2).toString();
            row.category = accounts.value(3).toString();
            row.side = accounts.value(4).toString();
            row.level = levelOf(row.code);
            row.currency = accounts.value(5).toLongLong();
            row.currencyCode = accounts.value(6).toString();
            row.currencyDecimals = accounts.value(7).isNull() ? 2 : accounts.value(7).toInt();
            byCode.insert(row.code, rows.size());
            rows.append(row);
        }
        accounts.finish();
    }

    // Summed per account by the database from the kept balances (see
    // PostedBalances); the roll-up to parents is done here.
    QHash<qint64, qsizetype> byId;
    for (qsizetype i = 0; i < rows.size(); ++i)
        byId.insert(rows.at(i).accountId, i);
    const SqlDialect &dialect = db.dialect();
    const bool ok = PostedBalances::read(
        db,
        QStringLiteral("SELECT account, %1, %2, %3 FROM {source} WHERE period <= ? GROUP BY account")
            .arg(dialect.integerSum(QStringLiteral("CASE WHEN period < ? THEN debit - credit ELSE 0 END")),
                 dialect.integerSum(QStringLiteral("CASE WHEN period >= ? THEN debit ELSE 0 END")),
                 dialect.integerSum(QStringLiteral("CASE WHEN period >= ? THEN credit ELSE 0 END"))),
        options.includeUnposted, {options.fromPeriod, options.fromPeriod, options.fromPeriod, options.toPeriod},
        [&](const QSqlQuery &sums) {
            const auto found = byId.constFind(sums.value(0).toLongLong());
            if (found == byId.constEnd())
                return;
            const qint64 opening = sums.value(1).toLongLong();
            const qint64 debit = sums.value(2).toLongLong();
            const qint64 credit = sums.value(3).toLongLong();
            // The account and each of its ancestors.
            for (QString code = rows.at(*found).code; !code.isEmpty();
                 code = code.size() > 4 ? code.left(code.size() - 2) : QString()) {
                const auto at = byCode.constFind(code);
                if (at == byCode.constEnd())
                    continue;
                Row &row = rows[*at];
                row.opening += opening;
                row.debit += debit;
                row.credit += credit;
            }
        },
        errorString);
    if (!ok)
        return std::nullopt;
    if (options.foreign && !addForeign(db, options, rows, byCode, errorString))
        return std::nullopt;

    QList<Row> result;
    for (const Row &row : std::as_const(rows))
        if ((options.maxLevel <= 0 || row.level <= options.maxLevel) && (options.includeEmpty || !row.isEmpty()))
            result.append(row);
    return result;
}

bool TrialBalance::addForeign(Database &db, const Options &options, QList<Row> &rows,
                              const QHash<QString, qsizetype> &byCode, QString *errorString)
{
    // The kept balances are in 分 only: the original amounts come from the
    // lines of the accounts kept in a currency (few, and read through the
    // account's index). A line's original amount has the sign of its local
    // amount on its side, as 期末调汇 reads it.
    const SqlDialect &dialect = db.dialect();
    const QString amount = QStringLiteral("coalesce(l.foreign_amount, 0)");
    QSqlQuery &sums = db.prepared(
        QStringLiteral("SELECT l.account, %1, %2, %3 FROM finance_account a "
                       "JOIN finance_voucher_line l ON l.account = a.id JOIN finance_voucher v ON v.id = l.voucher "
                       "WHERE a.currency IS NOT NULL AND v.period <= ? %4 GROUP BY l.account")
            .arg(dialect.integerSum(QStringLiteral("CASE WHEN v.period < ? THEN (CASE WHEN l.debit <> 0 THEN %1 "
                                                   "ELSE -%1 END) ELSE 0 END")
                                        .arg(amount)),
                 dialect.integerSum(QStringLiteral("CASE WHEN v.period >= ? AND l.debit <> 0 THEN %1 ELSE 0 END")
                                        .arg(amount)),
                 dialect.integerSum(QStringLiteral("CASE WHEN v.period >= ? AND l.debit = 0 THEN %1 ELSE 0 END")
                                        .arg(amount)),
                 options.includeUnposted ? QString() : QStringLiteral("AND v.state = 'posted'")));
    sums.addBindValue(options.fromPeriod);
    sums.addBindValue(options.fromPeriod);
    sums.addBindValue(options.fromPeriod);
    sums.addBindValue(options.toPeriod);
    if (!sums.exec()) {
        if (errorString)
            *errorString = sums.lastError().text();
        return false;
    }
    QHash<qint64, qsizetype> byId;
    for (qsizetype i = 0; i < rows.size(); ++i)
        byId.insert(rows.at(i).accountId, i);
    while (sums.next()) {
        const auto found = byId.constFind(sums.value(0).toLongLong());
        if (found == byId.constEnd())
            continue;
        const qint64 currency = rows.at(*found).currency;
        // The account and each ancestor kept in the same currency: amounts
        // in different currencies do not add up.
        for (QString code = rows.at(*found).code; !code.isEmpty();
             code = code.size() > 4 ? code.left(code.size() - 2) : QString()) {
            const auto at = byCode.constFind(code);
            if (at == byCode.constEnd() || rows.at(*at).currency != currency)
                continue;
            Row &row = rows[*at];
            row.foreignOpening += sums.value(1).toLongLong();
            row.foreignDebit += sums.value(2).toLongLong();
            row.foreignCredit += sums.value(3).toLongLong();
        }
    }
    sums.finish();
    return true;
}

TrialBalance::Row TrialBalance::total(const QList<Row> &rows)
{
    Row total;
    total.name = tr("Total");
    total.level = 0;
    for (const Row &row : rows)
        if (row.level == 1) {
            total.opening += row.opening;
            total.debit += row.debit;
            total.credit += row.credit;
        }
    return total;
}

} // namespace Backroom::Finance
