#include "accountledger.h"

#include "database.h"
#include "financeentities.h"
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
    void add(qint64 d, qint64 c)
    {
        debit += d;
        credit += c;
        any = true;
    }
};

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
    BroughtForward result;
    if (!options.from.isValid())
        return result;
    const SqlDialect &dialect = db.dialect();
    // One aggregate: the account's lines (the (account, voucher) index),
    // each voucher looked up by its key — lines first, so the work follows
    // the account, not the books.
    QSqlQuery &sums = db.prepared(
        QStringLiteral("SELECT %1, %2, %3 FROM finance_voucher_line l CROSS JOIN finance_voucher v "
                       "WHERE l.account IN (%4) AND v.id = l.voucher AND v.date < ? AND %5")
            .arg(dialect.integerSum(QStringLiteral("l.debit - l.credit")),
                 dialect.integerSum(QStringLiteral("CASE WHEN v.period >= ? AND v.kind <> 'opening' "
                                                   "THEN l.debit ELSE 0 END")),
                 dialect.integerSum(QStringLiteral("CASE WHEN v.period >= ? AND v.kind <> 'opening' "
                                                   "THEN l.credit ELSE 0 END")),
                 placeholders(accounts->size()), stateCondition(options.includeUnposted)));
    const QString yearStart = QStringLiteral("%1-01").arg(options.from.year(), 4, 10, QLatin1Char('0'));
    int at = 0;
    sums.bindValue(at++, yearStart);
    sums.bindValue(at++, yearStart);
    for (const qint64 id : *accounts)
        sums.bindValue(at++, id);
    sums.bindValue(at++, options.from);
    if (!sums.exec()) {
        if (errorString)
            *errorString = error(sums);
        return std::nullopt;
    }
    if (sums.next()) {
        result.balance = sums.value(0).toLongLong();
        result.yearDebit = sums.value(1).toLongLong();
        result.yearCredit = sums.value(2).toLongLong();
    }
    sums.finish();
    return result;
}

std::optional<QList<AccountLedger::Row>> AccountLedger::compute(Database &db, const Options &options,
                                                                QString *errorString)
{
    const std::optional<QList<qint64>> accounts = accountsUnder(db, options.accountId, errorString);
    if (!accounts)
        return std::nullopt;
    const std::optional<BroughtForward> before = broughtForward(db, options, errorString);
    if (!before)
        return std::nullopt;

    // The lines, in the order the ledger lists them. Lines first through
    // the (account, voucher) index, then each voucher by its key; the sort
    // is over the account's lines in the range only.
    QStringList conditions{QStringLiteral("l.account IN (%1)").arg(placeholders(accounts->size())),
                           QStringLiteral("v.id = l.voucher"), stateCondition(options.includeUnposted)};
    if (options.from.isValid())
        conditions.append(QStringLiteral("v.date >= ?"));
    if (options.to.isValid())
        conditions.append(QStringLiteral("v.date <= ?"));
    QString sql = QStringLiteral("SELECT v.id, v.date, v.period, v.reference, l.summary, l.debit, l.credit, l.account "
                                 "FROM finance_voucher_line l CROSS JOIN finance_voucher v WHERE %1 "
                                 "ORDER BY v.date, %2, v.number, v.id, l.line_no, l.id")
                      .arg(conditions.join(QStringLiteral(" AND ")), wordRank());
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
    Row opening;
    opening.kind = Kind::Opening;
    opening.date = options.from;
    opening.period = FinanceEntities::periodOf(options.from);
    opening.summary = tr("Opening balance");
    opening.balance = balance;
    rows.append(opening);

    Sums day, period, year{before->yearDebit, before->yearCredit, false};
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
        day.add(line.debit, line.credit);
        period.add(line.debit, line.credit);
        year.add(line.debit, line.credit);
        Row row = line;
        row.balance = balance;
        rows.append(row);
    }
    if (!cut)
        closePeriod();
    return rows;
}

} // namespace Backroom::Finance
