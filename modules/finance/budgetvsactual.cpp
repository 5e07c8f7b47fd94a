#include "budgetvsactual.h"

#include "budgetentities.h"
#include "database.h"
#include "financeentities.h"
#include "ledgerreports.h"
#include "records.h"
#include "reportquery.h"
#include "reportcontext.h"
#include "sqldialect.h"

#include <QDate>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Backroom::Finance {

namespace {

int levelOf(const QString &code)
{
    return code.size() <= 4 ? 1 : 1 + int(code.size() - 4) / 2;
}

QString parentOf(const QString &code)
{
    return code.size() > 4 ? code.left(code.size() - 2) : QString();
}

QString periodText(const QVariant &value, const QDate &fallback)
{
    const QDate date = value.toDate();
    return FinanceEntities::periodOf(date.isValid() ? date : fallback);
}

QVariant percent(qint64 budget, qint64 variance)
{
    const std::optional<qint64> tenths = BudgetVsActual::varianceTenths(budget, variance);
    return tenths ? QVariant(*tenths) : QVariant();
}

bool runReport(ReportContext &context, QString *errorString)
{
    Records &records = context.records();
    if (!records.check(QStringLiteral("read"), BudgetEntities::budget(), errorString)
        || !records.check(QStringLiteral("read"), FinanceEntities::voucher(), errorString))
        return false;
    const QDate today = QDate::currentDate();
    BudgetVsActual::Options options;
    options.budget = context.parameter(QStringLiteral("budget")).toLongLong();
    options.fromPeriod = periodText(context.parameter(QStringLiteral("from")), QDate(today.year(), 1, 1));
    options.toPeriod = periodText(context.parameter(QStringLiteral("to")), today);
    options.maxLevel = context.parameter(QStringLiteral("level")).toString().toInt();
    const std::optional<BudgetVsActual::Result> result = BudgetVsActual::compute(context.database(), options, errorString);
    if (!result)
        return false;
    // Which budget the figures are from: the parameter may have been left
    // empty for the year's company budget.
    QString department;
    if (result->department)
        department = context.database()
                         .scalar(QStringLiteral("SELECT name FROM core_department WHERE id = ?"), {result->department})
                         .value_or(QVariant())
                         .toString();
    if (!context.addRow({QString(),
                         department.isEmpty() ? BudgetVsActual::tr("Budget: %1").arg(result->budgetName)
                                              : BudgetVsActual::tr("Budget: %1 (%2)").arg(result->budgetName, department),
                         QVariant(), QVariant(), QVariant(), QVariant()}))
        return false;
    for (const BudgetVsActual::Row &row : result->rows) {
        const QString indent(std::max(0, row.level - 1) * 2, QLatin1Char(' '));
        if (!context.addRow({row.code, indent + row.name, row.budget, row.actual, row.variance(),
                             percent(row.budget, row.variance())},
                            FinanceEntities::account(), row.accountId))
            return false;
    }
    const auto total = [&](const QString &label, qint64 budget, qint64 actual) {
        return context.addRow({QString(), label, budget, actual, actual - budget,
                               percent(budget, actual - budget)});
    };
    const BudgetVsActual::Row income = result->totals.value(QStringLiteral("income"));
    const BudgetVsActual::Row expense = result->totals.value(QStringLiteral("expense"));
    const BudgetVsActual::Row cost = result->totals.value(QStringLiteral("cost"));
    if (!total(BudgetVsActual::tr("Total income"), income.budget, income.actual)
        || !total(BudgetVsActual::tr("Total expenses"), expense.budget, expense.actual)
        || ((cost.budget || cost.actual) && !total(BudgetVsActual::tr("Total production costs"), cost.budget, cost.actual))
        || !total(BudgetVsActual::tr("Profit (income less expenses)"), income.budget - expense.budget,
                  income.actual - expense.actual))
        return false;
    return true;
}

} // namespace

qint64 BudgetVsActual::natural(const QString &category, qint64 debit, qint64 credit)
{
    if (category == QLatin1String("income"))
        return credit - debit;
    if (category == QLatin1String("cost"))
        return debit;
    return debit - credit;
}

std::optional<QList<BudgetVsActual::Movement>> BudgetVsActual::movements(Database &db, const QString &fromPeriod,
                                                                         const QString &toPeriod, qint64 department,
                                                                         QString *errorString)
{
    const SqlDialect &dialect = db.dialect();
    const QString sums = dialect.integerSum(department ? QStringLiteral("l.debit") : QStringLiteral("debit")) + QStringLiteral(", ")
                         + dialect.integerSum(department ? QStringLiteral("l.credit") : QStringLiteral("credit"));
    // The kept balances have no department: a department's figures come
    // from its posted lines.
    QSqlQuery &query = db.prepared(
        department ? QStringLiteral("SELECT l.account, v.period, %1 FROM finance_voucher v CROSS JOIN finance_voucher_line l "
                                    "WHERE l.voucher = v.id AND v.state = 'posted' AND v.period >= ? AND v.period <= ? "
                                    "AND coalesce(v.kind, 'entry') NOT IN ('opening', 'closing', 'year_end') "
                                    "AND l.department = ? GROUP BY l.account, v.period")
                         .arg(sums)
                   : QStringLiteral("SELECT account, period, %1 FROM finance_balance WHERE period >= ? AND period <= ? "
                                    "AND kind NOT IN ('opening', 'closing', 'year_end') GROUP BY account, period")
                         .arg(sums));
    QVariantList values{fromPeriod, toPeriod};
    if (department)
        values.append(department);
    if (!ReportQuery::run(query, values, errorString))
        return std::nullopt;
    QList<Movement> movements;
    while (query.next())
        movements.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong(),
                          query.value(3).toLongLong()});
    query.finish();
    return movements;
}

std::optional<QHash<qint64, BudgetVsActual::Account>> BudgetVsActual::accounts(Database &db, QString *errorString)
{
    QSqlQuery &query = db.prepared(QStringLiteral("SELECT id, code, name, category FROM finance_account ORDER BY code"));
    if (!ReportQuery::run(query, {}, errorString))
        return std::nullopt;
    QHash<qint64, Account> accounts;
    QHash<QString, qint64> byCode;
    while (query.next()) {
        Account account{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                        query.value(3).toString(), true};
        byCode.insert(account.code, account.id);
        accounts.insert(account.id, account);
    }
    query.finish();
    for (const Account &account : std::as_const(accounts)) {
        const auto parent = byCode.constFind(parentOf(account.code));
        if (parent != byCode.constEnd())
            accounts[*parent].leaf = false;
    }
    return accounts;
}

qint64 BudgetVsActual::budgetFor(Database &db, int year)
{
    return db.scalar(QStringLiteral("SELECT id FROM finance_budget WHERE year = ? ORDER BY "
                                    "CASE WHEN department IS NULL THEN 0 ELSE 1 END, "
                                    "CASE WHEN state = 'approved' THEN 0 ELSE 1 END, id DESC LIMIT 1"),
                     {year})
        .value_or(QVariant())
        .toLongLong();
}

std::optional<qint64> BudgetVsActual::varianceTenths(qint64 budget, qint64 variance)
{
    if (budget == 0)
        return std::nullopt;
    // In integers: no binary fractions between the fen and the figure shown.
    const qint64 scaled = variance * 1000;
    const qint64 q = scaled < 0 ? -scaled : scaled;
    const qint64 b = budget < 0 ? -budget : budget;
    const qint64 magnitude = (2 * q + b) / (2 * b);
    return (scaled < 0) != (budget < 0) ? -magnitude : magnitude;
}

std::optional<BudgetVsActual::Result> BudgetVsActual::compute(Database &db, const Options &options, QString *errorString)
{
    Result result;
    const QDate first = FinanceEntities::firstDay(options.fromPeriod);
    const QDate last = FinanceEntities::firstDay(options.toPeriod);
    if (!first.isValid() || !last.isValid()) {
        ReportQuery::fail(errorString, tr("Choose the first and the last period."));
        return std::nullopt;
    }
    if (last < first) {
        ReportQuery::fail(errorString, tr("The last period comes before the first."));
        return std::nullopt;
    }
    result.budget = options.budget ? options.budget : budgetFor(db, last.year());
    if (!result.budget) {
        ReportQuery::fail(errorString, tr("There is no budget for %1; enter one under Budgets.").arg(last.year()));
        return std::nullopt;
    }
    {
        QSqlQuery &header = db.prepared(QStringLiteral("SELECT name, year, department FROM finance_budget WHERE id = ?"));
        if (!ReportQuery::run(header, {result.budget}, errorString))
            return std::nullopt;
        if (!header.next()) {
            header.finish();
            ReportQuery::fail(errorString, tr("The budget chosen no longer exists."));
            return std::nullopt;
        }
        result.budgetName = header.value(0).toString();
        result.year = header.value(1).toInt();
        result.department = header.value(2).toLongLong();
        header.finish();
    }
    if (first.year() != result.year || last.year() != result.year) {
        ReportQuery::fail(errorString, tr("A budget covers one year: choose periods within %1.").arg(result.year));
        return std::nullopt;
    }

    const std::optional<QHash<qint64, Account>> accounts = BudgetVsActual::accounts(db, errorString);
    if (!accounts)
        return std::nullopt;
    // Every budgeted-category account as a row, in code order; values are
    // added to a leaf and each of its ancestors.
    QList<Row> rows;
    QHash<QString, qsizetype> byCode;
    {
        QList<Account> sorted;
        for (const Account &account : *accounts)
            if (account.category == QLatin1String("income") || account.category == QLatin1String("expense")
                || account.category == QLatin1String("cost"))
                sorted.append(account);
        std::sort(sorted.begin(), sorted.end(), [](const Account &a, const Account &b) { return a.code < b.code; });
        for (const Account &account : std::as_const(sorted)) {
            byCode.insert(account.code, rows.size());
            rows.append({account.id, account.code, account.name, account.category, levelOf(account.code), 0, 0});
        }
    }
    const auto add = [&](qint64 accountId, qint64 budget, qint64 actual) {
        const auto account = accounts->constFind(accountId);
        if (account == accounts->constEnd())
            return;
        for (QString code = account->code; !code.isEmpty(); code = parentOf(code)) {
            const auto at = byCode.constFind(code);
            if (at == byCode.constEnd())
                continue;
            rows[*at].budget += budget;
            rows[*at].actual += actual;
        }
    };

    QString columns;
    for (int month = first.month(); month <= last.month(); ++month)
        columns += (columns.isEmpty() ? QString() : QStringLiteral(" + ")) + BudgetEntities::monthField(month);
    {
        QSqlQuery &lines = db.prepared(
            QStringLiteral("SELECT account, %1 FROM finance_budget_line WHERE budget = ?").arg(columns));
        if (!ReportQuery::run(lines, {result.budget}, errorString))
            return std::nullopt;
        while (lines.next())
            add(lines.value(0).toLongLong(), lines.value(1).toLongLong(), 0);
        lines.finish();
    }
    const std::optional<QList<Movement>> movements =
        BudgetVsActual::movements(db, options.fromPeriod, options.toPeriod, result.department, errorString);
    if (!movements)
        return std::nullopt;
    for (const Movement &movement : *movements) {
        const auto account = accounts->constFind(movement.account);
        if (account != accounts->constEnd())
            add(movement.account, 0, natural(account->category, movement.debit, movement.credit));
    }

    for (const Row &row : std::as_const(rows)) {
        if (row.level == 1) {
            Row &total = result.totals[row.category];
            total.category = row.category;
            total.budget += row.budget;
            total.actual += row.actual;
        }
        if ((options.maxLevel <= 0 || row.level <= options.maxLevel) && (row.budget != 0 || row.actual != 0))
            result.rows.append(row);
    }
    return result;
}

ReportDefinition BudgetVsActual::report()
{
    using Column = ReportDefinition::Column;
    using Parameter = ReportDefinition::Parameter;
    const QDate today = QDate::currentDate();
    const auto option = [](const char *key, const char *label) {
        return Field::Choice{QString::fromLatin1(key), [label] { return BudgetVsActual::tr(label); }};
    };
    ReportDefinition report(reportId(), [] { return tr("Budget vs actual"); });
    report
        .description([] {
            return tr("A budget's amounts for the months chosen against the posted actuals, per account with the "
                      "sub-accounts added up, the variance (actual less budget) and the variance as a share of the "
                      "budget (预算执行情况表). Without a budget named, the year's company budget is used.");
        })
        .addParameter(Parameter::reference(QStringLiteral("budget"), [] { return tr("Budget"); }, BudgetEntities::budget()))
        // The year so far, as the report is most often read.
        .addParameter(Parameter::period(QStringLiteral("from"), [] { return tr("From period"); })
                          .setDefault(QDate(today.year(), 1, 1)))
        .addParameter(Parameter::period(QStringLiteral("to"), [] { return tr("To period"); })
                          .setDefault(QDate(today.year(), today.month(), 1)))
        .addParameter(Parameter::choice(QStringLiteral("level"), [] { return tr("Account levels"); },
                                        {option("1", QT_TR_NOOP("First level only")),
                                         option("2", QT_TR_NOOP("Down to the second level")),
                                         option("0", QT_TR_NOOP("All levels"))})
                          .setDefault(QStringLiteral("0")))
        .addColumn(Column::text(QStringLiteral("code"), [] { return tr("Code"); }))
        .addColumn(Column::text(QStringLiteral("name"), [] { return tr("Account"); }))
        .addColumn(Column::money(QStringLiteral("budget"), [] { return tr("Budget"); }, Column::Total::None))
        .addColumn(Column::money(QStringLiteral("actual"), [] { return tr("Actual"); }, Column::Total::None))
        .addColumn(Column::money(QStringLiteral("variance"), [] { return tr("Variance"); }, Column::Total::None))
        // Tenths of a percent: a number in a spreadsheet, 12.5 on paper.
        .addColumn(Column::quantity(QStringLiteral("variance_pct"), [] { return tr("Variance %"); }, 1, Column::Total::None))
        .grandTotal(false)
        // An actual opens the account's ledger for the same periods.
        .drillThrough(FinanceEntities::account(), LedgerReports::accountLedger(), QStringLiteral("account"))
        .query(runReport);
    return report;
}

} // namespace Backroom::Finance
