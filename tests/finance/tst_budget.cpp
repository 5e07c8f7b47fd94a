// Budgets: months spread evenly to the fen, the lines a budget may have,
// approval freezing it, last year's actuals as a starting point, the
// budget-vs-actual figures (natural sign, parents adding up their
// sub-accounts, the carry-forward of a closed month left out, a
// department's budget against its own postings) and the budget screen.
#include "budgetbook.h"
#include "budgetentities.h"
#include "budgetgridmodel.h"
#include "budgetpage.h"
#include "budgetvsactual.h"
#include "database.h"
#include "financebooks.h"
#include "financeentities.h"
#include "periodclose.h"
#include "reportresult.h"
#include "reportrunner.h"
#include "voucherbook.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QTableView>
#include <QTest>

using namespace Backroom;
using namespace Backroom::Finance;
using FinanceTests::Books;

namespace {

BudgetLine lineOf(Books &books, const char *code, qint64 annual)
{
    BudgetLine line;
    line.account = books.account(code);
    line.fillEvenly(annual);
    return line;
}

qint64 department(Books &books, const char *name)
{
    const Records::Result made = books.accountant->create(QStringLiteral("core.department"),
                                                          {{QStringLiteral("name"), QString::fromUtf8(name)}});
    INFO(made.message.toStdString());
    REQUIRE(made.ok());
    return made.id;
}

// Posts a voucher with the given lines (code, debit, credit, department).
struct Posting { const char *code; qint64 debit; qint64 credit; qint64 department = 0; };
void post(Books &books, const QDate &date, const QList<Posting> &postings)
{
    Voucher voucher;
    voucher.date = date;
    for (const Posting &posting : postings) {
        VoucherLine line = books.line(posting.code, posting.debit, posting.credit, 0, QStringLiteral("业务"));
        line.department = posting.department;
        voucher.lines.append(line);
    }
    books.post(voucher);
}

const BudgetVsActual::Row *rowOf(const BudgetVsActual::Result &result, const char *code)
{
    for (const BudgetVsActual::Row &row : result.rows)
        if (row.code == QLatin1String(code))
            return &row;
    return nullptr;
}

} // namespace

TEST_CASE("A year's figure spreads over the months to the fen; variance shares round half away from zero",
          "[finance][budget]")
{
    BudgetLine line;
    line.fillEvenly(1'000'00);
    for (int month = 0; month < 8; ++month)
        CHECK(line.months[month] == 83'33);
    for (int month = 8; month < 12; ++month)
        CHECK(line.months[month] == 83'34);
    CHECK(line.total() == 1'000'00);
    line.fillEvenly(-1'000'00);
    CHECK(line.months[0] == -83'33);
    CHECK(line.months[11] == -83'34);
    CHECK(line.total() == -1'000'00);
    line.fillEvenly(12'00);
    CHECK(std::all_of(line.months.begin(), line.months.end(), [](qint64 m) { return m == 1'00; }));
    line.fillEvenly(5);
    CHECK(line.months[6] == 0);
    CHECK(line.months[7] == 1);
    CHECK(line.total() == 5);

    CHECK(BudgetVsActual::varianceTenths(100'000, 12'345) == 123);
    CHECK(BudgetVsActual::varianceTenths(100'000, 12'350) == 124);
    CHECK(BudgetVsActual::varianceTenths(200, -1) == -5);
    CHECK(BudgetVsActual::varianceTenths(100'000, -5) == 0);
    CHECK(BudgetVsActual::varianceTenths(40'000, -22'000) == -550);
    CHECK(BudgetVsActual::varianceTenths(-40'000, 22'000) == -550);
    CHECK_FALSE(BudgetVsActual::varianceTenths(0, 5'00));
    CHECK(BudgetVsActual::natural(QStringLiteral("income"), 1'00, 5'00) == 4'00);
    CHECK(BudgetVsActual::natural(QStringLiteral("expense"), 5'00, 1'00) == 4'00);
    CHECK(BudgetVsActual::natural(QStringLiteral("cost"), 5'00, 5'00) == 5'00);
}

TEST_CASE("A budget's lines: leaf income, expense and cost accounts, once each; approval freezes it",
          "[finance][budget][backends]")
{
    Books books;
    BudgetBook book(*books.accountant);
    Budget budget;
    budget.name = QStringLiteral("2026年度预算");
    budget.year = 2026;
    budget.lines = {lineOf(books, "5001", 120'000'00), lineOf(books, "5602", 1'200'00), lineOf(books, "1001", 100'00),
                    lineOf(books, "560201", 1'200'00), lineOf(books, "560201", 600'00)};
    Records::Result saved = book.save(budget);
    CHECK(saved.code == Records::Result::Code::Invalid);
    QStringList fields;
    for (const Records::FieldError &error : saved.fieldErrors)
        fields.append(error.field);
    CHECK(fields == QStringList{QStringLiteral("lines/2/account"), QStringLiteral("lines/3/account"),
                                QStringLiteral("lines/5/account")});
    CHECK(saved.fieldErrors.at(0).message.contains(QStringLiteral("sub-accounts")));
    CHECK(saved.fieldErrors.at(1).message.contains(QStringLiteral("1001")));
    CHECK(saved.fieldErrors.at(2).message.contains(QStringLiteral("already on line 4")));
    CHECK(books.count("finance_budget") == 0);

    budget.lines = {lineOf(books, "5001", 120'000'00), lineOf(books, "560201", 1'200'00), lineOf(books, "4101", 12'000'00)};
    saved = book.save(budget);
    INFO(saved.message.toStdString());
    REQUIRE(saved.ok());
    CHECK(books.count("finance_budget_line") == 3);
    std::optional<Budget> loaded = book.load(saved.id);
    REQUIRE(loaded);
    QList<BudgetLine> withoutIds = loaded->lines;
    for (BudgetLine &line : withoutIds) {
        CHECK(line.id > 0);
        line.id = 0;
    }
    CHECK(withoutIds == budget.lines);
    CHECK(loaded->state == BudgetEntities::draft());
    CHECK(books.db().scalar(QStringLiteral("SELECT total FROM finance_budget WHERE id = ?"), {saved.id})->toLongLong()
          == 133'200'00);

    // Fewer lines: the rest go.
    loaded->lines.removeLast();
    saved = book.save(*loaded);
    REQUIRE(saved.ok());
    CHECK(books.count("finance_budget_line") == 2);

    saved = books.manager->transition(BudgetEntities::budget(), saved.id, saved.version, QStringLiteral("approve"));
    REQUIRE(saved.ok());
    loaded = book.load(saved.id);
    CHECK(loaded->state == BudgetEntities::approved());
    loaded->lines.first().fillEvenly(1'00);
    Records::Result refused = book.save(*loaded);
    CHECK(refused.code == Records::Result::Code::Refused);
    CHECK(book.remove(loaded->id, loaded->version).code == Records::Result::Code::Refused);
    saved = books.manager->transition(BudgetEntities::budget(), loaded->id, loaded->version, QStringLiteral("reopen"));
    REQUIRE(saved.ok());
    loaded->version = saved.version;
    saved = book.save(*loaded);
    REQUIRE(saved.ok());
    CHECK(book.load(saved.id)->lines.first().total() == 1'00);
    REQUIRE(book.remove(saved.id, saved.version).ok());
    CHECK(books.count("finance_budget_line") == 0);
}

TEST_CASE("Budget vs actual: natural signs, parents, the carry-forward left out, departments, last year's actuals",
          "[finance][budget][backends]")
{
    Books books;
    const qint64 sales = department(books, "销售部");
    const QDate jan(2026, 1, 10), feb(2026, 2, 12), mar(2026, 3, 5);
    post(books, jan, {{"100201", 11'300'00, 0}, {"5001", 0, 10'000'00}, {"22210102", 0, 1'300'00}});
    post(books, jan, {{"560201", 150'00, 0}, {"1001", 0, 150'00}});
    post(books, jan, {{"560201", 50'00, 0, sales}, {"1001", 0, 50'00}});
    post(books, jan, {{"4101", 900'00, 0}, {"100201", 0, 900'00}});
    post(books, jan, {{"400101", 900'00, 0}, {"4101", 0, 900'00}});   // overheads transferred: the debit stays
    post(books, feb, {{"100201", 12'000'00, 0}, {"5001", 0, 12'000'00}});
    post(books, feb, {{"560207", 180'00, 0, sales}, {"100201", 0, 180'00}});
    post(books, mar, {{"560201", 500'00, 0}, {"1001", 0, 500'00}});
    // January closed: its carry-forward empties 5001 and 5602 in the books.
    const Records::Result closed = PeriodClose(*books.manager).close(QStringLiteral("2026-01"));
    INFO(closed.message.toStdString());
    REQUIRE(closed.ok());

    BudgetBook book(*books.manager);
    Budget company;
    company.name = QStringLiteral("2026年度预算");
    company.year = 2026;
    company.lines = {lineOf(books, "5001", 120'000'00), lineOf(books, "560201", 1'200'00),
                     lineOf(books, "560207", 2'400'00), lineOf(books, "4101", 12'000'00)};
    Records::Result saved = book.save(company);
    REQUIRE(saved.ok());
    REQUIRE(books.manager->transition(BudgetEntities::budget(), saved.id, saved.version, QStringLiteral("approve")).ok());
    const qint64 companyId = saved.id;
    Budget salesBudget;
    salesBudget.name = QStringLiteral("销售部预算");
    salesBudget.year = 2026;
    salesBudget.department = sales;
    salesBudget.lines = {lineOf(books, "560201", 600'00), lineOf(books, "560207", 1'200'00)};
    saved = book.save(salesBudget);
    REQUIRE(saved.ok());
    const qint64 salesId = saved.id;
    CHECK(BudgetVsActual::budgetFor(books.db(), 2026) == companyId);
    CHECK(BudgetVsActual::budgetFor(books.db(), 2025) == 0);

    QString error;
    BudgetVsActual::Options options;
    options.fromPeriod = QStringLiteral("2026-01");
    options.toPeriod = QStringLiteral("2026-02");
    auto result = BudgetVsActual::compute(books.db(), options, &error);
    INFO(error.toStdString());
    REQUIRE(result);
    CHECK(result->budget == companyId);
    const auto check = [&](const char *code, qint64 budget, qint64 actual) {
        INFO(code);
        const BudgetVsActual::Row *row = rowOf(*result, code);
        REQUIRE(row);
        CHECK(row->budget == budget);
        CHECK(row->actual == actual);
    };
    check("5001", 20'000'00, 22'000'00);
    check("560201", 200'00, 200'00);
    check("560207", 400'00, 180'00);
    check("5602", 600'00, 380'00);
    check("4101", 2'000'00, 900'00);
    check("400101", 0, 900'00);
    check("4001", 0, 900'00);
    CHECK_FALSE(rowOf(*result, "5401"));     // neither budget nor actual
    CHECK_FALSE(rowOf(*result, "22210102")); // not a budgeted category
    CHECK(result->totals.value(QStringLiteral("income")).actual == 22'000'00);
    CHECK(result->totals.value(QStringLiteral("expense")).budget == 600'00);
    CHECK(result->totals.value(QStringLiteral("expense")).actual == 380'00);
    CHECK(result->totals.value(QStringLiteral("cost")).actual == 1'800'00);

    // One month; first-level accounts only.
    options.fromPeriod = options.toPeriod = QStringLiteral("2026-03");
    options.maxLevel = 1;
    result = BudgetVsActual::compute(books.db(), options, &error);
    REQUIRE(result);
    QStringList codes;
    for (const BudgetVsActual::Row &row : result->rows)
        codes.append(row.code);
    CHECK(codes == QStringList{QStringLiteral("4101"), QStringLiteral("5001"), QStringLiteral("5602")});
    check("5602", 300'00, 500'00);

    // The department's budget against the lines that name it.
    options = {};
    options.budget = salesId;
    options.fromPeriod = QStringLiteral("2026-01");
    options.toPeriod = QStringLiteral("2026-12");
    result = BudgetVsActual::compute(books.db(), options, &error);
    REQUIRE(result);
    CHECK(result->department == sales);
    check("560201", 600'00, 50'00);
    check("560207", 1'200'00, 180'00);
    CHECK_FALSE(rowOf(*result, "5001"));

    options.fromPeriod = QStringLiteral("2025-12");
    CHECK_FALSE(BudgetVsActual::compute(books.db(), options, &error));
    CHECK(error.contains(QStringLiteral("2026")));

    // The report: rows, totals and the ledger behind an account.
    const ReportDefinition report = BudgetVsActual::report();
    CHECK(report.declarationErrors().isEmpty());
    REQUIRE(report.drillThroughFor(FinanceEntities::account()));
    QVariantMap values;
    REQUIRE(report.resolveParameters({{QStringLiteral("from"), QStringLiteral("2026-01")},
                                      {QStringLiteral("to"), QStringLiteral("2026-02")}},
                                     &values, &error));
    const auto run = ReportRunner::run(report, values, *books.accountant, {}, {}, &error);
    INFO(error.toStdString());
    REQUIRE(run);
    QHash<QString, int> byName;
    for (int row = 0; row < run->rowCount(); ++row)
        byName.insert(run->value(row, 0).toString().isEmpty() ? run->value(row, 1).toString() : run->value(row, 0).toString(),
                      row);
    REQUIRE(byName.contains(QStringLiteral("5001")));
    const int sales5001 = byName.value(QStringLiteral("5001"));
    CHECK(run->value(sales5001, 2).toLongLong() == 20'000'00);
    CHECK(run->value(sales5001, 3).toLongLong() == 22'000'00);
    CHECK(run->value(sales5001, 4).toLongLong() == 2'000'00);
    CHECK(run->value(sales5001, 5).toLongLong() == 100);
    REQUIRE(byName.contains(QStringLiteral("Profit (income less expenses)")));
    const int profit = byName.value(QStringLiteral("Profit (income less expenses)"));
    CHECK(run->value(profit, 2).toLongLong() == 19'400'00);
    CHECK(run->value(profit, 3).toLongLong() == 21'620'00);

    // Last year's actuals as next year's starting point.
    const auto actuals = book.actualsOf(2026, 0, &error);
    REQUIRE(actuals);
    QStringList copied;
    for (const BudgetLine &line : *actuals) {
        const QString code = books.db().scalar(QStringLiteral("SELECT code FROM finance_account WHERE id = ?"),
                                               {line.account})->toString();
        QStringList months;
        for (const qint64 amount : line.months)
            months.append(QString::number(amount));
        copied.append(code + QLatin1Char(' ') + months.join(QLatin1Char(',')));
    }
    CHECK(copied == QStringList{QStringLiteral("400101 90000,0,0,0,0,0,0,0,0,0,0,0"),
                                QStringLiteral("4101 90000,0,0,0,0,0,0,0,0,0,0,0"),
                                QStringLiteral("5001 1000000,1200000,0,0,0,0,0,0,0,0,0,0"),
                                QStringLiteral("560201 20000,0,50000,0,0,0,0,0,0,0,0,0"),
                                QStringLiteral("560207 0,18000,0,0,0,0,0,0,0,0,0,0")});
    const auto salesActuals = book.actualsOf(2026, sales, &error);
    REQUIRE(salesActuals);
    CHECK(salesActuals->size() == 2);
}

TEST_CASE("The budget screen: typed lines, a year spread evenly, saved, approved and read-only",
          "[finance][budget]")
{
    Books books;
    post(books, QDate(2025, 6, 1), {{"560201", 300'00, 0}, {"1001", 0, 300'00}});
    BudgetPage page(*books.manager);
    BudgetGridModel &model = page.model();
    CHECK(page.budgetId() == 0);
    CHECK(model.rowCount() == 1);
    page.setName(QStringLiteral("2026年度预算"));
    page.setYear(2026);
    REQUIRE(model.setData(model.index(0, BudgetGridModel::Account), QStringLiteral("5001")));
    CHECK(model.rowCount() == 2);
    REQUIRE(model.setData(model.index(0, BudgetGridModel::Total), QStringLiteral("120,000.00")));
    CHECK(model.data(model.index(0, 1)).toString() == QStringLiteral("10,000.00"));
    REQUIRE(model.setData(model.index(1, BudgetGridModel::Account), QStringLiteral("办公费")));
    REQUIRE(model.setData(model.index(1, 3), QStringLiteral("250")));
    CHECK_FALSE(model.setData(model.index(1, 4), QStringLiteral("abc")));
    // Income and spending are kept apart; the heading shows the profit.
    CHECK(model.monthTotals(3).income == 10'000'00);
    CHECK(model.monthTotals(3).spending == 250'00);
    CHECK(model.monthTotals(0).profit() == 119'750'00);
    CHECK(model.headerData(3, Qt::Horizontal).toString().endsWith(QStringLiteral("\n9,750.00")));
    REQUIRE(page.save());
    CHECK(page.budgetId() > 0);
    const std::optional<Budget> stored = BudgetBook(*books.manager).load(page.budgetId());
    REQUIRE(stored);
    REQUIRE(stored->lines.size() == 2);
    CHECK(stored->lines.at(1).account == books.account("560201"));
    CHECK(stored->lines.at(1).months[2] == 250'00);

    // A duplicate is refused and its line marked.
    REQUIRE(model.setData(model.index(2, BudgetGridModel::Account), QStringLiteral("560201")));
    CHECK_FALSE(page.save());
    CHECK(page.message().contains(QStringLiteral("already on line 2")));
    CHECK(model.removeLine(2));

    REQUIRE(page.approve());
    CHECK(model.isReadOnly());
    CHECK_FALSE(model.setData(model.index(0, 1), QStringLiteral("1")));

    // Next year from this year's actuals.
    page.newBudget();
    page.setYear(2026);
    CHECK(page.copyLastYear());
    REQUIRE(model.rowCount() == 2);
    CHECK(model.data(model.index(0, 6), Qt::EditRole).toString() == QStringLiteral("300.00"));
}

TEST_CASE("The budget grid by keyboard: Enter commits and moves on, a year typed under Full year is spread",
          "[finance][budget]")
{
    Books books;
    BudgetPage page(*books.manager);
    page.resize(1060, 700);
    page.show();
    QApplication::setActiveWindow(&page);
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto *grid = page.findChild<QTableView *>();
    REQUIRE(grid);
    BudgetGridModel &model = page.model();
    grid->setFocus();
    grid->setCurrentIndex(model.index(0, BudgetGridModel::Account));
    const auto type = [&](const QString &text) {
        QTest::keyClicks(grid, text.left(1));   // opens the cell editor
        QWidget *editor = QApplication::focusWidget();
        REQUIRE(editor);
        QTest::keyClicks(editor, text.mid(1));
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::qWait(20);
    };
    type(QStringLiteral("5001"));
    CHECK(model.lines().size() == 1);
    CHECK(model.lines().at(0).account == books.account("5001"));
    CHECK(grid->currentIndex() == model.index(0, 1));
    type(QStringLiteral("100"));
    CHECK(model.lines().at(0).months[0] == 100'00);
    CHECK(grid->currentIndex() == model.index(0, 2));
    grid->setCurrentIndex(model.index(0, BudgetGridModel::Total));
    type(QStringLiteral("1200"));
    CHECK(model.lines().at(0).total() == 1'200'00);
    CHECK(model.lines().at(0).months[11] == 100'00);
    // After the year, the next line's account.
    CHECK(grid->currentIndex() == model.index(1, BudgetGridModel::Account));
    CHECK(model.headerData(1, Qt::Horizontal).toString().endsWith(QStringLiteral("\n100.00")));
}
