#include "financialstatement.h"

#include "accountchart.h"
#include "database.h"
#include "postedbalances.h"
#include "sqldialect.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

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


// The balances a balance sheet reads: per account at the end of the period
// and at the start of its year, and per account and partner for the
// accounts whose debit and credit balances go to different lines (a
// receivable is analysed customer by customer).
bool balances(Database &db, const StatementLayout &layout, const QHash<qint64, Account> &accounts,
              const FinancialStatement::Options &options, const QString &yearStart, QList<Amounts> *groups,
              QString *errorString)
{
    QSet<qint64> analysed;
    for (auto it = accounts.constBegin(); it != accounts.constEnd(); ++it) {
        const bool split = std::any_of(layout.lines.cbegin(), layout.lines.cend(), [&](const StatementLayout::Line &line) {
            return std::any_of(line.accounts.cbegin(), line.accounts.cend(), [&](const StatementLayout::Source &source) {
                return source.take != Take::Net && StatementLayout::covers(source, it->code);
            });
        });
        if (split)
            analysed.insert(it.key());
    }
    const SqlDialect &dialect = db.dialect();
    QHash<qint64, Amounts> byAccount;
    QHash<QPair<qint64, qint64>, Amounts> byPartner;
    const bool ok = PostedBalances::read(
        db,
        QStringLiteral("SELECT account, partner, %1, %2 FROM {source} WHERE period <= ? GROUP BY account, partner")
            .arg(dialect.integerSum(QStringLiteral("debit - credit")),
                 dialect.integerSum(QStringLiteral("CASE WHEN period < ? THEN debit - credit ELSE 0 END"))),
        options.includeUnposted, {yearStart, options.toPeriod},
        [&](const QSqlQuery &query) {
            const qint64 account = query.value(0).toLongLong();
            Amounts &amounts = analysed.contains(account) ? byPartner[{account, query.value(1).toLongLong()}]
                                                           : byAccount[account];
            amounts.account = account;
            amounts.net[0] += query.value(2).toLongLong();
            amounts.net[1] += query.value(3).toLongLong();
        },
        errorString);
    if (!ok)
        return false;
    for (const Amounts &amounts : std::as_const(byPartner))
        groups->append(amounts);
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
    QList<Amounts> groups;
    if (balanceSheet) {
        if (!balances(db, layout, accounts, options, result.yearStart, &groups, errorString))
            return std::nullopt;
    } else {
        // Activity: the year so far and the month, without the
        // carry-forward to 本年利润 (kind 'closing'), which would bring
        // every profit-and-loss account back to zero, nor December's
        // year-end carry of 本年利润 (kind 'year_end').
        QHash<qint64, Amounts> byAccount;
        const bool ok = PostedBalances::read(
            db,
            QStringLiteral("SELECT account, %1, %2, %3, %4 FROM {source} WHERE period >= ? AND period <= ? "
                           "AND kind <> 'closing' AND kind <> 'year_end' GROUP BY account")
                .arg(dialect.integerSum(QStringLiteral("debit")), dialect.integerSum(QStringLiteral("credit")),
                     dialect.integerSum(QStringLiteral("CASE WHEN period = ? THEN debit ELSE 0 END")),
                     dialect.integerSum(QStringLiteral("CASE WHEN period = ? THEN credit ELSE 0 END"))),
            options.includeUnposted,
            {options.toPeriod, options.toPeriod, result.yearStart, options.toPeriod},
            [&](const QSqlQuery &query) {
                Amounts &amounts = byAccount[query.value(0).toLongLong()];
                amounts.account = query.value(0).toLongLong();
                amounts.debits[0] += query.value(1).toLongLong();
                amounts.credits[0] += query.value(2).toLongLong();
                amounts.debits[1] += query.value(3).toLongLong();
                amounts.credits[1] += query.value(4).toLongLong();
            },
            errorString);
        if (!ok)
            return std::nullopt;
        for (Amounts &amounts : byAccount) {
            for (int c = 0; c < 2; ++c)
                amounts.net[c] = amounts.debits[c] - amounts.credits[c];
            groups.append(amounts);
        }
    }

    // Each line: its accounts' amounts, then the rows it totals (always
    // rows above it, see StatementLayout::parse).
    QHash<int, std::array<qint64, 2>> byRow;
    QHash<int, QMap<qint64, std::array<qint64, 2>>> accountsByRow;
    QSet<qint64> covered;
    for (const StatementLayout::Line &line : layout.lines) {
        Row row;
        row.kind = line.kind;
        row.row = line.row;
        row.label = line.label(options.language);
        row.indent = line.indent;
        QMap<qint64, std::array<qint64, 2>> byAccount;
        for (const StatementLayout::Source &source : line.accounts)
            for (const Amounts &amounts : std::as_const(groups)) {
                const auto account = accounts.constFind(amounts.account);
                if (account == accounts.constEnd() || !StatementLayout::covers(source, account->code))
                    continue;
                if (line.kind != Kind::SubLine)
                    covered.insert(amounts.account);
                std::array<qint64, 2> &part = byAccount[amounts.account];
                for (int c = 0; c < 2; ++c) {
                    row.amounts[c] += source.sign * take(amounts, source.take, c);
                    part[c] += source.sign * take(amounts, source.take, c);
                }
            }
        for (const StatementLayout::Term &term : line.totals) {
            const std::array<qint64, 2> amounts = byRow.value(term.row);
            for (int c = 0; c < 2; ++c)
                row.amounts[c] += term.sign * amounts[c];
            const QMap<qint64, std::array<qint64, 2>> parts = accountsByRow.value(term.row);
            for (auto it = parts.cbegin(); it != parts.cend(); ++it)
                for (int c = 0; c < 2; ++c)
                    byAccount[it.key()][c] += term.sign * it.value()[c];
        }
        if (line.row > 0) {
            byRow.insert(line.row, row.amounts);
            accountsByRow.insert(line.row, byAccount);
        }
        for (auto it = byAccount.cbegin(); it != byAccount.cend(); ++it) {
            const auto account = accounts.constFind(it.key());
            if (it.value() != std::array<qint64, 2>{} && account != accounts.constEnd())
                row.accounts.append({it.key(), account->code, account->name, it.value()});
        }
        std::sort(row.accounts.begin(), row.accounts.end(),
                  [](const Row::Account &a, const Row::Account &b) { return a.code < b.code; });
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
