#include "financialstatement.h"

#include "accountchart.h"
#include "database.h"
#include "sqldialect.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace Backroom::Finance {

namespace {

using Kind = StatementLayout::Kind;
using Take = StatementLayout::Take;

struct Account
{
    QString code;
    QString name;
    QString category;
};

// One account's amounts, for one partner on a balance sheet (a receivable
// is analysed customer by customer), per column of the statement.
struct Amounts
{
    qint64 account = 0;
    std::array<qint64, 2> debits{};
    std::array<qint64, 2> credits{};
    std::array<qint64, 2> net{};   // debits minus credits, or the balance
};

qint64 take(const Amounts &amounts, Take how, int column)
{
    switch (how) {
    case Take::Net:
        return amounts.net[column];
    case Take::DebitBalance:
        return std::max<qint64>(amounts.net[column], 0);
    case Take::CreditBalance:
        return std::max<qint64>(-amounts.net[column], 0);
    case Take::Debits:
        return amounts.debits[column];
    case Take::Credits:
        return amounts.credits[column];
    }
    return 0;
}

bool isProfitAndLoss(const QString &category)
{
    return category == QLatin1String("income") || category == QLatin1String("expense");
}


// Sums of debit minus credit per account over the lines of the vouchers a
// condition on `v` selects (values bound in order), into `into` times sign.
bool addSums(Database &db, const QString &condition, const QVariantList &values, int column, int sign,
             QHash<qint64, Amounts> *into, QString *errorString)
{
    QSqlQuery &query = db.prepared(
        QStringLiteral("SELECT l.account, %1 FROM finance_voucher v CROSS JOIN finance_voucher_line l "
                       "WHERE l.voucher = v.id AND (%2) GROUP BY l.account")
            .arg(db.dialect().integerSum(QStringLiteral("l.debit - l.credit")), condition));
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec()) {
        if (errorString)
            *errorString = query.lastError().text();
        return false;
    }
    while (query.next()) {
        Amounts &amounts = (*into)[query.value(0).toLongLong()];
        amounts.account = query.value(0).toLongLong();
        amounts.net[column] += sign * query.value(1).toLongLong();
    }
    query.finish();
    return true;
}

// How many vouchers the condition selects, counting no further than `limit`.
std::optional<qint64> voucherCount(Database &db, const QString &condition, QVariantList values, qint64 limit,
                                   QString *errorString)
{
    values.append(limit);
    const std::optional<QVariant> count = db.scalar(
        QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM finance_voucher v WHERE %1 LIMIT ?) counted").arg(condition),
        values, errorString);
    return count ? std::optional<qint64>(count->toLongLong()) : std::nullopt;
}

// The balances a balance sheet reads: per account at the end of the period
// and at the start of its year, and per account and partner for the
// accounts whose debit and credit balances go to different lines.
//
// Joining every line to its voucher costs five times what reading the
// lines alone does (3,000,000 lines: seconds, not the second the sheet
// has), so the books are taken apart instead: every line's amount per
// account from the index on (account, voucher, debit, credit) without
// touching the vouchers, less the lines of the vouchers that do not count
// (not posted, or after the period: usually a few drafts); the year's
// start from whichever is smaller, the years before or this year's
// vouchers. Only the receivables and payables analysed by partner are
// joined line by line, and only their own lines (by the account index).
bool balances(Database &db, const StatementLayout &layout, const QHash<qint64, Account> &accounts,
              const FinancialStatement::Options &options, const QString &yearStart, QList<Amounts> *groups,
              QString *errorString)
{
    const QString posted = options.includeUnposted ? QStringLiteral("v.state IS NOT NULL")
                                                   : QStringLiteral("v.state = 'posted'");
    QHash<qint64, Amounts> byAccount;
    {
        QSqlQuery &query = db.prepared(QStringLiteral("SELECT account, %1 FROM finance_voucher_line GROUP BY account")
                                           .arg(db.dialect().integerSum(QStringLiteral("debit - credit"))));
        if (!query.exec()) {
            if (errorString)
                *errorString = query.lastError().text();
            return false;
        }
        while (query.next()) {
            Amounts &amounts = byAccount[query.value(0).toLongLong()];
            amounts.account = query.value(0).toLongLong();
            amounts.net[0] = query.value(1).toLongLong();
        }
        query.finish();
    }
    // Less what does not count at the period's end: the vouchers not
    // posted, and the posted ones after it. Two statements, each on an
    // index (the state through its own as two ranges, the period through
    // the unique word-period-number one); one with OR would read every
    // voucher.
    if (!options.includeUnposted
        && !addSums(db, QStringLiteral("v.state < 'posted' OR v.state > 'posted'"), {}, 0, -1, &byAccount, errorString))
        return false;
    if (!addSums(db, QStringLiteral("v.period > ? AND %1").arg(posted), {options.toPeriod}, 0, -1, &byAccount,
                 errorString))
        return false;
    const QString thisYear = QStringLiteral("v.period >= ? AND v.period <= ? AND %1").arg(posted);
    const QString before = QStringLiteral("v.period < ? AND %1").arg(posted);
    // Counted only as far as needed: which of the two is smaller.
    const std::optional<qint64> earlier = voucherCount(db, before, {yearStart}, std::numeric_limits<qint64>::max(), errorString);
    const std::optional<qint64> inYear =
        earlier ? voucherCount(db, thisYear, {yearStart, options.toPeriod}, *earlier + 1, errorString) : std::nullopt;
    if (!inYear)
        return false;
    if (*earlier <= *inYear) {
        if (!addSums(db, before, {yearStart}, 1, 1, &byAccount, errorString))
            return false;
    } else {
        for (Amounts &amounts : byAccount)
            amounts.net[1] = amounts.net[0];
        if (!addSums(db, thisYear, {yearStart, options.toPeriod}, 1, -1, &byAccount, errorString))
            return false;
    }

    // The accounts a line takes one side of: their partners' balances.
    QList<qint64> analysed;
    for (auto it = accounts.constBegin(); it != accounts.constEnd(); ++it) {
        const bool split = std::any_of(layout.lines.cbegin(), layout.lines.cend(), [&](const StatementLayout::Line &line) {
            return std::any_of(line.accounts.cbegin(), line.accounts.cend(), [&](const StatementLayout::Source &source) {
                return source.take != Take::Net && StatementLayout::covers(source, it->code);
            });
        });
        if (split && byAccount.contains(it.key()))
            analysed.append(it.key());
    }
    if (!analysed.isEmpty()) {
        QStringList marks;
        QVariantList values{yearStart, options.toPeriod};
        for (qint64 id : std::as_const(analysed)) {
            marks.append(QStringLiteral("?"));
            values.append(id);
        }
        // Lines first here: only these accounts' lines, by the account index.
        QSqlQuery &query = db.prepared(
            QStringLiteral("SELECT l.account, %1, %2 FROM finance_voucher_line l CROSS JOIN finance_voucher v "
                           "WHERE v.id = l.voucher AND v.period <= ? AND %3 AND l.account IN (%4) "
                           "GROUP BY l.account, l.partner")
                .arg(db.dialect().integerSum(QStringLiteral("l.debit - l.credit")),
                     db.dialect().integerSum(QStringLiteral("CASE WHEN v.period < ? THEN l.debit - l.credit ELSE 0 END")),
                     posted, marks.join(QStringLiteral(", "))));
        // The placeholders in order: the CASE's year start, the period, the ids.
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (!query.exec()) {
            if (errorString)
                *errorString = query.lastError().text();
            return false;
        }
        while (query.next()) {
            Amounts amounts;
            amounts.account = query.value(0).toLongLong();
            amounts.net = {query.value(1).toLongLong(), query.value(2).toLongLong()};
            groups->append(amounts);
        }
        query.finish();
        for (qint64 id : std::as_const(analysed))
            byAccount.remove(id);
    }
    for (const Amounts &amounts : std::as_const(byAccount))
        groups->append(amounts);
    return true;
}
} // namespace

const FinancialStatement::Row *FinancialStatement::Result::row(int number) const
{
    for (const Row &row : rows)
        if (row.row == number && row.kind != Kind::Heading)
            return &row;
    return nullptr;
}

qint64 FinancialStatement::Result::amount(int number, int column) const
{
    const Row *found = row(number);
    return found ? found->amounts.at(column) : 0;
}

std::optional<FinancialStatement::Result> FinancialStatement::compute(Database &db, const StatementLayout &layout,
                                                                      const Options &options, QString *errorString)
{
    const auto fail = [&](const QSqlQuery &query) -> std::optional<Result> {
        if (errorString)
            *errorString = query.lastError().text();
        return std::nullopt;
    };
    if (options.toPeriod.size() != 7 || options.toPeriod.at(4) != QLatin1Char('-')) {
        if (errorString)
            *errorString = tr("“%1” is not a period (yyyy-MM).").arg(options.toPeriod);
        return std::nullopt;
    }
    Result result;
    result.statement = layout.statement;
    result.layoutId = layout.id;
    result.form = layout.form(options.language);
    result.toPeriod = options.toPeriod;
    result.yearStart = options.toPeriod.left(4) + QStringLiteral("-01");
    const bool balanceSheet = layout.statement == StatementLayout::Statement::BalanceSheet;

    QHash<qint64, Account> accounts;
    {
        QSqlQuery &query = db.prepared(QStringLiteral("SELECT id, code, name, category FROM finance_account"));
        if (!query.exec())
            return fail(query);
        while (query.next())
            accounts.insert(query.value(0).toLongLong(),
                            {query.value(1).toString(), query.value(2).toString(), query.value(3).toString()});
        query.finish();
    }

    // The income statement: one pass over the lines, summed by the
    // database. Vouchers first, then their lines, as in TrialBalance (CROSS
    // JOIN fixes SQLite's join order; PostgreSQL plans it as any join).
    const SqlDialect &dialect = db.dialect();
    const QString states = options.includeUnposted ? QStringLiteral("v.state IS NOT NULL")
                                                   : QStringLiteral("v.state = 'posted'");
    QList<Amounts> groups;
    if (balanceSheet) {
        if (!balances(db, layout, accounts, options, result.yearStart, &groups, errorString))
            return std::nullopt;
    } else {
        // Activity: the year so far and the month, without the
        // carry-forward to 本年利润 (kind 'closing'), which would bring
        // every profit-and-loss account back to zero.
        QSqlQuery &query = db.prepared(
            QStringLiteral("SELECT l.account, %1, %2, %3, %4 FROM finance_voucher v CROSS JOIN finance_voucher_line l "
                           "WHERE l.voucher = v.id AND v.period >= ? AND v.period <= ? AND %5 "
                           "AND coalesce(v.kind, 'entry') <> 'closing' GROUP BY l.account")
                .arg(dialect.integerSum(QStringLiteral("l.debit")), dialect.integerSum(QStringLiteral("l.credit")),
                     dialect.integerSum(QStringLiteral("CASE WHEN v.period = ? THEN l.debit ELSE 0 END")),
                     dialect.integerSum(QStringLiteral("CASE WHEN v.period = ? THEN l.credit ELSE 0 END")), states));
        query.bindValue(0, options.toPeriod);
        query.bindValue(1, options.toPeriod);
        query.bindValue(2, result.yearStart);
        query.bindValue(3, options.toPeriod);
        if (!query.exec())
            return fail(query);
        while (query.next()) {
            Amounts amounts;
            amounts.account = query.value(0).toLongLong();
            amounts.debits = {query.value(1).toLongLong(), query.value(3).toLongLong()};
            amounts.credits = {query.value(2).toLongLong(), query.value(4).toLongLong()};
            for (int c = 0; c < 2; ++c)
                amounts.net[c] = amounts.debits[c] - amounts.credits[c];
            groups.append(amounts);
        }
        query.finish();
    }

    // Each line: its accounts' amounts, then the rows it totals (always
    // rows above it, see StatementLayout::parse).
    QHash<int, std::array<qint64, 2>> byRow;
    QSet<qint64> covered;
    for (const StatementLayout::Line &line : layout.lines) {
        Row row;
        row.kind = line.kind;
        row.row = line.row;
        row.label = line.label(options.language);
        row.indent = line.indent;
        for (const StatementLayout::Source &source : line.accounts)
            for (const Amounts &amounts : std::as_const(groups)) {
                const auto account = accounts.constFind(amounts.account);
                if (account == accounts.constEnd() || !StatementLayout::covers(source, account->code))
                    continue;
                if (line.kind != Kind::SubLine)
                    covered.insert(amounts.account);
                for (int c = 0; c < 2; ++c)
                    row.amounts[c] += source.sign * take(amounts, source.take, c);
            }
        for (const StatementLayout::Term &term : line.totals) {
            const std::array<qint64, 2> amounts = byRow.value(term.row);
            for (int c = 0; c < 2; ++c)
                row.amounts[c] += term.sign * amounts[c];
        }
        if (line.row > 0)
            byRow.insert(line.row, row.amounts);
        result.rows.append(row);
    }

    if (balanceSheet) {
        for (int c = 0; c < 2; ++c)
            result.difference[c] = byRow.value(layout.checkLeft)[c] - byRow.value(layout.checkRight)[c];
        result.balanced = result.difference == std::array<qint64, 2>{};
    }

    QSet<qint64> named;
    for (const Amounts &amounts : std::as_const(groups)) {
        const auto account = accounts.constFind(amounts.account);
        if (account == accounts.constEnd() || covered.contains(amounts.account) || named.contains(amounts.account))
            continue;
        const bool matters = balanceSheet ? (amounts.net[0] != 0 || amounts.net[1] != 0)
                                          : isProfitAndLoss(account->category)
                                                && (amounts.debits[0] != 0 || amounts.credits[0] != 0);
        if (!matters)
            continue;
        named.insert(amounts.account);
        result.unmapped.append(account->code + QLatin1Char(' ') + account->name);
    }
    result.unmapped.sort();
    return result;
}

std::optional<QString> FinancialStatement::familyFor(Database &db, QString *errorString)
{
    QSet<QString> codes;
    {
        QSqlQuery &query = db.prepared(QStringLiteral("SELECT code FROM finance_account"));
        if (!query.exec()) {
            if (errorString)
                *errorString = query.lastError().text();
            return std::nullopt;
        }
        while (query.next()) {
            const QString code = query.value(0).toString();
            if (code.size() == 4)
                codes.insert(code);
        }
        query.finish();
    }
    // Both charts share many codes (1001, 1002, 5001 …); what tells them
    // apart is what each lacks: the company's codes that a template has,
    // less those it does not. The first family wins a tie.
    QString best;
    qsizetype bestScore = 0;
    for (const QString &family : StatementLayout::families()) {
        const std::optional<StatementLayout> layout =
            StatementLayout::load(StatementLayout::layoutId(family, StatementLayout::Statement::BalanceSheet), errorString);
        if (!layout)
            return std::nullopt;
        const std::optional<AccountChart::Template> chart = AccountChart::load(layout->chart, errorString);
        if (!chart)
            return std::nullopt;
        QSet<QString> templateCodes;
        for (const AccountChart::Account &account : chart->accounts)
            if (account.code.size() == 4)
                templateCodes.insert(account.code);
        qsizetype score = 0;
        for (const QString &code : std::as_const(codes))
            score += templateCodes.contains(code) ? 1 : -1;
        if (best.isEmpty() || score > bestScore) {
            best = family;
            bestScore = score;
        }
    }
    return best;
}

} // namespace Backroom::Finance
