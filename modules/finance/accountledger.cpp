#include "accountledger.h"

#include "database.h"
#include "financeentities.h"
#include "postedbalances.h"
#include "sqldialect.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace Backroom::Finance {

namespace {

QString error(const QSqlQuery &query)
{
    return query.lastError().text();
}

// A day's, a period's or the year's debits and credits so far.
struct Sums
{
    qint64 debit = 0;
    qint64 credit = 0;
    bool any = false;
    qint64 foreignDebit = 0;
    qint64 foreignCredit = 0;
    void add(const AccountLedger::Row &line)
    {
        debit += line.debit;
        credit += line.credit;
        foreignDebit += line.foreignDebit;
        foreignCredit += line.foreignCredit;
        any = true;
    }
};

// The original-currency amounts before the range (外币核算), from the
// lines: the kept balances are in 分 only.
bool foreignBroughtForward(Database &db, const QList<qint64> &accounts, const AccountLedger::Options &options,
                           AccountLedger::BroughtForward *result, QString *errorString)
{
    const SqlDialect &dialect = db.dialect();
    const QString yearStart = QStringLiteral("%1-01").arg(options.from.year(), 4, 10, QLatin1Char('0'));
    QSqlQuery &sums = db.prepared(
        QStringLiteral("SELECT %1, %2, %3 FROM finance_voucher_line l CROSS JOIN finance_voucher v "
                       "WHERE l.account IN (%4) AND v.id = l.voucher AND v.date < ? AND %5")
            .arg(dialect.integerSum(QStringLiteral("CASE WHEN l.debit <> 0 THEN l.foreign_amount "
                                                   "ELSE -l.foreign_amount END")),
                 dialect.integerSum(QStringLiteral("CASE WHEN v.period >= ? AND v.kind <> 'opening' AND l.debit <> 0 "
                                                   "THEN l.foreign_amount ELSE 0 END")),
                 dialect.integerSum(QStringLiteral("CASE WHEN v.period >= ? AND v.kind <> 'opening' AND l.debit = 0 "
                                                   "THEN l.foreign_amount ELSE 0 END")),
                 AccountLedger::placeholders(accounts.size()), AccountLedger::stateCondition(options.includeUnposted)));
    int at = 0;
    sums.bindValue(at++, yearStart);
    sums.bindValue(at++, yearStart);
    for (const qint64 id : accounts)
        sums.bindValue(at++, id);
    sums.bindValue(at++, options.from);
    if (!sums.exec()) {
        if (errorString)
            *errorString = sums.lastError().text();
        return false;
    }
    if (sums.next()) {
        result->foreignBalance = sums.value(0).toLongLong();
        result->foreignYearDebit = sums.value(1).toLongLong();
        result->foreignYearCredit = sums.value(2).toLongLong();
    }
    sums.finish();
    return true;
}

// Which way to read an account's lines between two dates (either may be
// open), `limit` of them at most (0: all). The lines carry no date, so
// lines first (the (account, voucher) index, each voucher looked up) reads
// every line the accounts ever had; vouchers first (the date index, each
// voucher's lines of these accounts looked up) reads the vouchers in the
// range until `limit` lines are found. The kept balances say how many
// lines each would touch: an account with thousands of lines a year wants
// its first page vouchers first, a quiet one or a whole year lines first.
bool readVouchersFirst(Database &db, const QList<qint64> &accounts, const QDate &from, const QDate &to, int limit,
                       AccountLedger::Options::Reading reading)
{
    using Reading = AccountLedger::Options::Reading;
    if (reading != Reading::Cheapest)
        return reading == Reading::VouchersFirst;
    const QString fromPeriod = from.isValid() ? FinanceEntities::periodOf(from) : QString();
    const QString toPeriod = to.isValid() ? FinanceEntities::periodOf(to) : QStringLiteral("9999-12");
    QVariantList values{fromPeriod, toPeriod};
    for (int twice = 0; twice < 2; ++twice)
        for (const qint64 id : accounts)
            values.append(id);
    values.append(fromPeriod);
    values.append(toPeriod);
    const SqlDialect &dialect = db.dialect();
    const QString inAccounts = QStringLiteral("account IN (%1)").arg(AccountLedger::placeholders(accounts.size()));
    QSqlQuery &counts = db.prepared(
        QStringLiteral("SELECT %1, %2, %3 FROM finance_balance")
            .arg(dialect.integerSum(QStringLiteral("CASE WHEN period >= ? AND period <= ? THEN lines ELSE 0 END")),
                 dialect.integerSum(QStringLiteral("CASE WHEN %1 THEN lines ELSE 0 END").arg(inAccounts)),
                 dialect.integerSum(QStringLiteral("CASE WHEN %1 AND period >= ? AND period <= ? THEN lines ELSE 0 END")
                                        .arg(inAccounts))));
    for (int i = 0; i < values.size(); ++i)
        counts.bindValue(i, values.at(i));
    if (!counts.exec() || !counts.next())
        return false; // lines first works whatever the books hold
    const double rangeLines = counts.value(0).toDouble();
    const double accountLines = counts.value(1).toDouble();
    const double accountRangeLines = std::max(1.0, counts.value(2).toDouble());
    counts.finish();
    // A voucher has about three lines. Lines first reads each line at
    // random (its index entry, its row for the summary, its voucher) and
    // sorts them; vouchers first walks the date index and the vouchers in
    // the order they were entered, probing the line index once per account
    // asked for. backroom-bench measured a line read lines first at about
    // eight voucher steps (docs/benchmarks.md).
    const double share = limit > 0 ? std::min(1.0, (limit + 1) / accountRangeLines) : 1.0;
    const double vouchersFirst = rangeLines / 3.0 * share * double(accounts.size());
    const double linesFirst = accountLines * 8.0;
    return vouchersFirst < linesFirst;
}

// What lies before the range on these accounts (the account and those under
// it, found once by the caller).
std::optional<AccountLedger::BroughtForward> broughtForwardOver(Database &db, const QList<qint64> &accounts,
                                                                const AccountLedger::Options &options,
                                                                QString *errorString)
{
    AccountLedger::BroughtForward result;
    if (!options.from.isValid())
        return result;
    if (options.foreign && !foreignBroughtForward(db, accounts, options, &result, errorString))
        return std::nullopt;
    const SqlDialect &dialect = db.dialect();
    // The months before the range from the kept balances (see
    // PostedBalances): a few rows per month.
    const QString fromPeriod = FinanceEntities::periodOf(options.from);
    const QString yearStart = QStringLiteral("%1-01").arg(options.from.year(), 4, 10, QLatin1Char('0'));
    QVariantList values{yearStart, yearStart};
    for (const qint64 id : accounts)
        values.append(id);
    values.append(fromPeriod);
    const bool ok = PostedBalances::read(
        db,
        QStringLiteral("SELECT %1, %2, %3 FROM {source} WHERE account IN (%4) AND period < ?")
            .arg(dialect.integerSum(QStringLiteral("debit - credit")),
                 dialect.integerSum(QStringLiteral("CASE WHEN period >= ? AND kind <> 'opening' THEN debit ELSE 0 END")),
                 dialect.integerSum(QStringLiteral("CASE WHEN period >= ? AND kind <> 'opening' THEN credit ELSE 0 END")),
                 AccountLedger::placeholders(accounts.size())),
        options.includeUnposted, values,
        [&](const QSqlQuery &sums) {
            result.balance += sums.value(0).toLongLong();
            result.yearDebit += sums.value(1).toLongLong();
            result.yearCredit += sums.value(2).toLongLong();
        },
        errorString);
    if (!ok)
        return std::nullopt;
    if (options.from.day() == 1)
        return result;

    // The days of the range's month before it, from their lines.
    const QDate monthStart(options.from.year(), options.from.month(), 1);
    const bool vouchersFirst = readVouchersFirst(db, accounts, monthStart, options.from.addDays(-1), 0, options.reading);
    QSqlQuery &sums = db.prepared(
        QStringLiteral("SELECT %1, %2, %3 FROM %4 WHERE l.account IN (%5) AND v.id = l.voucher AND v.date >= ? "
                       "AND v.date < ? AND %6")
            .arg(dialect.integerSum(QStringLiteral("l.debit - l.credit")),
                 dialect.integerSum(QStringLiteral("CASE WHEN v.period >= ? AND v.kind <> 'opening' "
                                                   "THEN l.debit ELSE 0 END")),
                 dialect.integerSum(QStringLiteral("CASE WHEN v.period >= ? AND v.kind <> 'opening' "
                                                   "THEN l.credit ELSE 0 END")),
                 vouchersFirst ? QStringLiteral("finance_voucher v CROSS JOIN finance_voucher_line l")
                               : QStringLiteral("finance_voucher_line l CROSS JOIN finance_voucher v"),
                 AccountLedger::placeholders(accounts.size()), AccountLedger::stateCondition(options.includeUnposted)));
    int at = 0;
    sums.bindValue(at++, yearStart);
    sums.bindValue(at++, yearStart);
    for (const qint64 id : accounts)
        sums.bindValue(at++, id);
    sums.bindValue(at++, monthStart);
    sums.bindValue(at++, options.from);
    if (!sums.exec()) {
        if (errorString)
            *errorString = error(sums);
        return std::nullopt;
    }
    if (sums.next()) {
        result.balance += sums.value(0).toLongLong();
        result.yearDebit += sums.value(1).toLongLong();
        result.yearCredit += sums.value(2).toLongLong();
    }
    sums.finish();
    return result;
}

} // namespace

QString AccountLedger::stateCondition(bool includeUnposted)
{
    return includeUnposted ? QStringLiteral("v.state IS NOT NULL") : QStringLiteral("v.state = 'posted'");
}

QString AccountLedger::wordRank()
{
    // The words are the module's own constants, never a user's text.
    QString rank = QStringLiteral("CASE v.word");
    const QStringList words = FinanceEntities::voucherWords();
    for (qsizetype i = 0; i < words.size(); ++i)
        rank += QStringLiteral(" WHEN '%1' THEN %2").arg(words.at(i)).arg(i);
    return rank + QStringLiteral(" ELSE %1 END").arg(words.size());
}

QString AccountLedger::placeholders(qsizetype count)
{
    QStringList marks;
    marks.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

QString AccountLedger::direction(qint64 balance)
{
    if (balance > 0)
        return tr("Dr");
    if (balance < 0)
        return tr("Cr");
    return tr("Nil");
}

bool AccountLedger::readsVouchersFirst(Database &db, const Options &options)
{
    const std::optional<QList<qint64>> accounts = accountsUnder(db, options.accountId);
    return accounts && readVouchersFirst(db, *accounts, options.from, options.to, options.limit, options.reading);
}

qint64 AccountLedger::accountByCode(Database &db, const QString &code)
{
    const auto id = db.scalar(QStringLiteral("SELECT id FROM finance_account WHERE code = ?"), {code});
    return id ? id->toLongLong() : 0;
}

std::optional<QList<qint64>> AccountLedger::accountsUnder(Database &db, qint64 accountId, QString *errorString)
{
    QString failure;
    const auto code = db.scalar(QStringLiteral("SELECT code FROM finance_account WHERE id = ?"), {accountId}, &failure);
    if (!code) {
        if (errorString)
            *errorString = failure.isEmpty() ? tr("There is no account #%1.").arg(accountId) : failure;
        return std::nullopt;
    }
    // The chart is a few hundred rows: reading it whole is cheaper than
    // any index trick, and the hierarchy is the code.
    const QString prefix = code->toString();
    QSqlQuery &accounts = db.prepared(QStringLiteral("SELECT id, code FROM finance_account"));
    if (!accounts.exec()) {
        if (errorString)
            *errorString = error(accounts);
        return std::nullopt;
    }
    QList<qint64> ids;
    while (accounts.next())
        if (accounts.value(1).toString().startsWith(prefix))
            ids.append(accounts.value(0).toLongLong());
    accounts.finish();
    return ids;
}

std::optional<AccountLedger::BroughtForward> AccountLedger::broughtForward(Database &db, const Options &options,
                                                                           QString *errorString)
{
    const std::optional<QList<qint64>> accounts = accountsUnder(db, options.accountId, errorString);
    if (!accounts)
        return std::nullopt;
    return broughtForwardOver(db, *accounts, options, errorString);
}

std::optional<QList<AccountLedger::Row>> AccountLedger::compute(Database &db, const Options &options,
                                                                QString *errorString)
{
    const std::optional<QList<qint64>> accounts = accountsUnder(db, options.accountId, errorString);
    if (!accounts)
        return std::nullopt;
    const std::optional<BroughtForward> before = broughtForwardOver(db, *accounts, options, errorString);
    if (!before)
        return std::nullopt;

    // The lines, in the order the ledger lists them, read the cheaper way
    // (readVouchersFirst); either way the sort is over the lines found only,
    // and vouchers first stops after the page.
    QStringList conditions{QStringLiteral("l.account IN (%1)").arg(placeholders(accounts->size())),
                           QStringLiteral("v.id = l.voucher"), stateCondition(options.includeUnposted)};
    if (options.from.isValid())
        conditions.append(QStringLiteral("v.date >= ?"));
    if (options.to.isValid())
        conditions.append(QStringLiteral("v.date <= ?"));
    const bool vouchersFirst = readVouchersFirst(db, *accounts, options.from, options.to, options.limit, options.reading);
    // The date as the vouchers' date index orders it (dialect.orderTerm:
    // NULLS FIRST on PostgreSQL, whose index is built so): PostgreSQL then
    // walks that index from the range's start and stops after the page (an
    // incremental sort of each day's few lines) instead of joining every
    // voucher of the range with the account's lines and sorting them all.
    // SQLite's SQL is unchanged.
    QString sql = QStringLiteral("SELECT v.id, v.date, v.period, v.reference, l.summary, l.debit, l.credit, l.account, "
                                 "l.foreign_amount, l.rate "
                                 "FROM %3 WHERE %1 ORDER BY %4, %2, v.number, v.id, l.line_no, l.id")
                      .arg(conditions.join(QStringLiteral(" AND ")), wordRank(),
                           vouchersFirst ? QStringLiteral("finance_voucher v CROSS JOIN finance_voucher_line l")
                                         : QStringLiteral("finance_voucher_line l CROSS JOIN finance_voucher v"),
                           db.dialect().orderTerm(QStringLiteral("v.date"), Qt::AscendingOrder));
    if (options.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(options.limit + 1); // one more says whether it was cut
    QSqlQuery &lines = db.prepared(sql);
    int at = 0;
    for (const qint64 id : *accounts)
        lines.bindValue(at++, id);
    if (options.from.isValid())
        lines.bindValue(at++, options.from);
    if (options.to.isValid())
        lines.bindValue(at++, options.to);
    if (!lines.exec()) {
        if (errorString)
            *errorString = error(lines);
        return std::nullopt;
    }
    QList<Row> read;
    bool cut = false;
    while (lines.next()) {
        if (options.limit > 0 && read.size() == options.limit) {
            cut = true;
            break;
        }
        Row row;
        row.voucherId = lines.value(0).toLongLong();
        row.date = lines.value(1).toDate();
        row.period = lines.value(2).toString();
        row.reference = lines.value(3).toString();
        row.summary = lines.value(4).toString();
        row.debit = lines.value(5).toLongLong();
        row.credit = lines.value(6).toLongLong();
        row.accountId = lines.value(7).toLongLong();
        if (options.foreign) {
            // On the line's side, as the local amount is.
            (row.debit != 0 ? row.foreignDebit : row.foreignCredit) = lines.value(8).toLongLong();
            row.rate = lines.value(9).toLongLong();
        }
        read.append(row);
    }
    lines.finish();

    if (options.counterAccounts && !read.isEmpty()) {
        // Every line of the vouchers shown, a few hundred vouchers a query:
        // a line's counter-accounts are those on the other side.
        struct Other { bool debit; QString account; };
        QHash<qint64, QList<Other>> others;
        QList<qint64> vouchers;
        for (const Row &row : std::as_const(read))
            if (vouchers.isEmpty() || vouchers.constLast() != row.voucherId)
                vouchers.append(row.voucherId);
        constexpr qsizetype batch = 500;
        for (qsizetype start = 0; start < vouchers.size(); start += batch) {
            const QList<qint64> part = vouchers.mid(start, batch);
            QSqlQuery &query = db.prepared(
                QStringLiteral("SELECT o.voucher, o.debit, a.code, a.name FROM finance_voucher_line o "
                               "JOIN finance_account a ON a.id = o.account WHERE o.voucher IN (%1) "
                               "ORDER BY o.voucher, o.line_no, o.id")
                    .arg(placeholders(part.size())));
            for (qsizetype i = 0; i < part.size(); ++i)
                query.bindValue(int(i), part.at(i));
            if (!query.exec()) {
                if (errorString)
                    *errorString = error(query);
                return std::nullopt;
            }
            while (query.next()) {
                const QString account = query.value(2).toString() + QLatin1Char(' ') + query.value(3).toString();
                QList<Other> &list = others[query.value(0).toLongLong()];
                const bool debit = query.value(1).toLongLong() != 0;
                if (std::none_of(list.cbegin(), list.cend(),
                                 [&](const Other &o) { return o.debit == debit && o.account == account; }))
                    list.append({debit, account});
            }
            query.finish();
        }
        for (Row &row : read) {
            QStringList names;
            for (const Other &other : others.value(row.voucherId))
                if (other.debit != (row.debit != 0))
                    names.append(other.account);
            row.counterAccounts = names.join(QStringLiteral(", "));
        }
    }

    // The opening line, the lines with their running balance, and the
    // totals after each day, period and year.
    QList<Row> rows;
    rows.reserve(read.size() + read.size() / 4 + 4);
    qint64 balance = before->balance;
    qint64 foreignBalance = before->foreignBalance;
    Row opening;
    opening.kind = Kind::Opening;
    opening.date = options.from;
    opening.period = FinanceEntities::periodOf(options.from);
    opening.summary = tr("Opening balance");
    opening.balance = balance;
    opening.foreignBalance = foreignBalance;
    rows.append(opening);

    Sums day, period,
        year{before->yearDebit, before->yearCredit, false, before->foreignYearDebit, before->foreignYearCredit};
    int yearOf = options.from.isValid() ? options.from.year() : 0;
    QDate currentDay;
    QString currentPeriod;
    const auto total = [&](Kind kind, const Sums &sums, const QDate &date, const QString &summary) {
        Row row;
        row.kind = kind;
        row.date = date;
        row.period = currentPeriod;
        row.summary = summary;
        row.debit = sums.debit;
        row.credit = sums.credit;
        row.balance = balance;
        row.foreignDebit = sums.foreignDebit;
        row.foreignCredit = sums.foreignCredit;
        row.foreignBalance = foreignBalance;
        rows.append(row);
    };
    const auto closeDay = [&] {
        if (options.dailyTotals && day.any)
            total(Kind::DayTotal, day, currentDay, tr("Total for the day"));
        day = {};
    };
    const auto closePeriod = [&] {
        closeDay();
        if (!period.any)
            return;
        total(Kind::PeriodTotal, period, {}, tr("Total for the month"));
        total(Kind::YearTotal, year, {}, tr("Total for the year to date"));
        period = {};
    };
    for (const Row &line : std::as_const(read)) {
        if (line.period != currentPeriod)
            closePeriod();
        else if (line.date != currentDay)
            closeDay();
        currentPeriod = line.period;
        currentDay = line.date;
        const int lineYear = line.period.left(4).toInt();
        if (lineYear != yearOf) {
            // A range across the year end starts the new year's totals at nil.
            yearOf = lineYear;
            year = {};
        }
        balance += line.debit - line.credit;
        foreignBalance += line.foreignDebit - line.foreignCredit;
        day.add(line);
        period.add(line);
        year.add(line);
        Row row = line;
        row.balance = balance;
        row.foreignBalance = foreignBalance;
        rows.append(row);
    }
    if (!cut)
        closePeriod();
    return rows;
}

} // namespace Backroom::Finance
