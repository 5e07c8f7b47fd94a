#include "generalledger.h"

#include "accountledger.h"
#include "database.h"
#include "postedbalances.h"
#include "sqldialect.h"
#include "trialbalance.h"

#include <QDate>
#include <QHash>
#include <QPair>
#include <QSqlError>
#include <QSqlQuery>

namespace Backroom::Finance {

namespace {

struct Account
{
    qint64 id = 0;
    QString code;
    QString name;
    int level = 1;
    qint64 before = 0;          // balance before the first period
    qint64 yearDebit = 0;       // the first period's year, before it (opening vouchers left out)
    qint64 yearCredit = 0;
    QHash<QString, QPair<qint64, qint64>> periods;  // in the range: debits, credits
    QHash<QString, QPair<qint64, qint64>> openings; // opening vouchers in the range (not the year's movement)
};

} // namespace

QStringList GeneralLedger::periods(const QString &fromPeriod, const QString &toPeriod)
{
    QStringList list;
    QDate month = QDate::fromString(fromPeriod + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
    const QDate last = QDate::fromString(toPeriod + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
    for (; month.isValid() && last.isValid() && month <= last; month = month.addMonths(1))
        list.append(month.toString(QStringLiteral("yyyy-MM")));
    return list;
}

std::optional<QList<GeneralLedger::Row>> GeneralLedger::compute(Database &db, const Options &options,
                                                                QString *errorString)
{
    const auto fail = [&](const QSqlQuery &query) -> std::optional<QList<Row>> {
        if (errorString)
            *errorString = query.lastError().text();
        return std::nullopt;
    };
    QString rootCode;
    if (options.accountId) {
        const auto code = db.scalar(QStringLiteral("SELECT code FROM finance_account WHERE id = ?"), {options.accountId});
        if (!code) {
            if (errorString)
                *errorString = AccountLedger::tr("There is no account #%1.").arg(options.accountId);
            return std::nullopt;
        }
        rootCode = code->toString();
    }
    QList<Account> accounts;
    QHash<QString, qsizetype> byCode;
    QHash<qint64, QString> codeOf;
    {
        QSqlQuery &query = db.prepared(QStringLiteral("SELECT id, code, name FROM finance_account ORDER BY code"));
        if (!query.exec())
            return fail(query);
        while (query.next()) {
            Account account;
            account.id = query.value(0).toLongLong();
            account.code = query.value(1).toString();
            account.name = query.value(2).toString();
            account.level = TrialBalance::levelOf(account.code);
            codeOf.insert(account.id, account.code);
            const bool shown = options.accountId ? account.code == rootCode
                                                 : options.maxLevel <= 0 || account.level <= options.maxLevel;
            if (shown) {
                byCode.insert(account.code, accounts.size());
                accounts.append(account);
            }
        }
        query.finish();
    }

    // Per account and period from the start of the first period's year;
    // everything before that year in one group (''), which only the opening
    // balance needs.
    const QString yearStart = options.fromPeriod.left(4) + QStringLiteral("-01");
    const SqlDialect &dialect = db.dialect();
    // Posted amounts from the kept balances, unposted ones when asked for
    // (see PostedBalances).
    const bool ok = PostedBalances::read(
        db,
        QStringLiteral("SELECT account, CASE WHEN period < ? THEN '' ELSE period END, "
                       "CASE WHEN kind = 'opening' THEN 1 ELSE 0 END, %1, %2 FROM {source} WHERE period <= ? "
                       "GROUP BY 1, 2, 3")
            .arg(dialect.integerSum(QStringLiteral("debit")), dialect.integerSum(QStringLiteral("credit"))),
        options.includeUnposted, {yearStart, options.toPeriod},
        [&](const QSqlQuery &sums) {
            const QString code = codeOf.value(sums.value(0).toLongLong());
            const QString period = sums.value(1).toString();
            const bool opening = sums.value(2).toInt() == 1;
            const qint64 debit = sums.value(3).toLongLong();
            const qint64 credit = sums.value(4).toLongLong();
            // The account and each of its ancestors that is shown.
            for (QString at = code; !at.isEmpty(); at = at.size() > 4 ? at.left(at.size() - 2) : QString()) {
                const auto found = byCode.constFind(at);
                if (found == byCode.constEnd())
                    continue;
                Account &account = accounts[*found];
                if (period < options.fromPeriod) {
                    account.before += debit - credit;
                    if (!period.isEmpty() && !opening) {
                        account.yearDebit += debit;
                        account.yearCredit += credit;
                    }
                } else {
                    QPair<qint64, qint64> &sum = (opening ? account.openings : account.periods)[period];
                    sum.first += debit;
                    sum.second += credit;
                }
            }
        },
        errorString);
    if (!ok)
        return std::nullopt;

    const QStringList range = periods(options.fromPeriod, options.toPeriod);
    QList<Row> rows;
    for (const Account &account : std::as_const(accounts)) {
        if (!options.includeEmpty && !options.accountId && account.before == 0 && account.yearDebit == 0 && account.yearCredit == 0
            && account.periods.isEmpty() && account.openings.isEmpty())
            continue;
        Row row;
        row.accountId = account.id;
        row.code = account.code;
        row.name = account.name;
        row.level = account.level;
        row.kind = Kind::Opening;
        row.period = options.fromPeriod;
        row.summary = AccountLedger::tr("Opening balance");
        row.balance = account.before;
        rows.append(row);
        qint64 balance = account.before, yearDebit = account.yearDebit, yearCredit = account.yearCredit;
        for (const QString &period : range) {
            if (period.endsWith(QLatin1String("-01")) && period != options.fromPeriod)
                yearDebit = yearCredit = 0;
            const QPair<qint64, qint64> moved = account.periods.value(period);
            const QPair<qint64, qint64> opened = account.openings.value(period);
            balance += moved.first - moved.second + opened.first - opened.second;
            yearDebit += moved.first;
            yearCredit += moved.second;
            row.period = period;
            row.kind = Kind::PeriodTotal;
            row.summary = AccountLedger::tr("Total for the period");
            row.debit = moved.first + opened.first;
            row.credit = moved.second + opened.second;
            row.balance = balance;
            rows.append(row);
            row.kind = Kind::YearTotal;
            row.summary = AccountLedger::tr("Total for the year to date");
            row.debit = yearDebit;
            row.credit = yearCredit;
            rows.append(row);
        }
    }
    return rows;
}

} // namespace Backroom::Finance
