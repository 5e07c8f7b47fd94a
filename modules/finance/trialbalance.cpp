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
        QSqlQuery &accounts = db.prepared(QStringLiteral("SELECT id, code, name, category, side FROM finance_account "
                                                         "ORDER BY code"));
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

    QList<Row> result;
    for (const Row &row : std::as_const(rows))
        if ((options.maxLevel <= 0 || row.level <= options.maxLevel) && (options.includeEmpty || !row.isEmpty()))
            result.append(row);
    return result;
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
