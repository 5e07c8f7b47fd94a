#include "trialbalance.h"

#include "database.h"
#include "financeentities.h"
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

    // One pass over the lines up to the last period, summed per account by
    // the database; the roll-up to parents is done here.
    const SqlDialect &dialect = db.dialect();
    const QString states = options.includeUnposted ? QStringLiteral("v.state IS NOT NULL")
                                                   : QStringLiteral("v.state = 'posted'");
    QSqlQuery &sums = db.prepared(
        // Vouchers first, then their lines: SQLite otherwise walks the lines
        // in account order and looks up each one's voucher, five times
        // slower (CROSS JOIN fixes SQLite's join order; PostgreSQL plans it
        // as any join).
        QStringLiteral("SELECT l.account, %1, %2, %3 FROM finance_voucher v CROSS JOIN finance_voucher_line l "
                       "WHERE l.voucher = v.id AND v.period <= ? AND %4 GROUP BY l.account")
            .arg(dialect.integerSum(QStringLiteral("CASE WHEN v.period < ? THEN l.debit - l.credit ELSE 0 END")),
                 dialect.integerSum(QStringLiteral("CASE WHEN v.period >= ? THEN l.debit ELSE 0 END")),
                 dialect.integerSum(QStringLiteral("CASE WHEN v.period >= ? THEN l.credit ELSE 0 END")), states));
    sums.bindValue(0, options.fromPeriod);
    sums.bindValue(1, options.fromPeriod);
    sums.bindValue(2, options.fromPeriod);
    sums.bindValue(3, options.toPeriod);
    if (!sums.exec())
        return fail(sums);
    QHash<qint64, qsizetype> byId;
    for (qsizetype i = 0; i < rows.size(); ++i)
        byId.insert(rows.at(i).accountId, i);
    while (sums.next()) {
        const auto found = byId.constFind(sums.value(0).toLongLong());
        if (found == byId.constEnd())
            continue;
        const qint64 opening = sums.value(1).toLongLong();
        const qint64 debit = sums.value(2).toLongLong();
        const qint64 credit = sums.value(3).toLongLong();
        // The account and each of its ancestors.
        for (QString code = rows.at(*found).code; !code.isEmpty(); code = code.size() > 4 ? code.left(code.size() - 2) : QString()) {
            const auto at = byCode.constFind(code);
            if (at == byCode.constEnd())
                continue;
            Row &row = rows[*at];
            row.opening += opening;
            row.debit += debit;
            row.credit += credit;
        }
    }
    sums.finish();

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
