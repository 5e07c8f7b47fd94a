#include "database.h"
#include "financebooks.h"
#include "financechecks.h"
#include "financeentities.h"
#include "financialstatement.h"
#include "openingbalances.h"
#include "openingbalancespage.h"
#include "periodclose.h"
#include "periodspage.h"
#include "statementlayout.h"
#include "voucherlinesmodel.h"
#include "roles.h"
#include "trialbalance.h"
#include "voucherbook.h"

#include <catch2/catch.hpp>

#include <QApplication>

using namespace Backroom;
using namespace Backroom::Finance;
using FinanceTests::Books;

namespace {

qint64 balanceOf(Books &books, const char *code, const QString &toPeriod)
{
    TrialBalance::Options options;
    options.fromPeriod = toPeriod;
    options.toPeriod = toPeriod;
    const auto rows = TrialBalance::compute(books.db(), options);
    REQUIRE(rows);
    for (const TrialBalance::Row &row : *rows)
        if (row.code == QLatin1String(code))
            return row.closing();
    return 0;
}

bool allPassed(const QList<PeriodClose::Check> &checks)
{
    return std::all_of(checks.cbegin(), checks.cend(), [](const PeriodClose::Check &c) { return c.passed; });
}

QString failedText(const QList<PeriodClose::Check> &checks)
{
    QStringList texts;
    for (const PeriodClose::Check &check : checks)
        if (!check.passed)
            texts.append(check.text);
    return texts.join(QLatin1Char('\n'));
}

qint64 trialRow(Books &books, const char *code, const QString &period, qint64 TrialBalance::Row::*field)
{
    TrialBalance::Options options;
    options.fromPeriod = period;
    options.toPeriod = period;
    const auto rows = TrialBalance::compute(books.db(), options);
    REQUIRE(rows);
    for (const TrialBalance::Row &row : *rows)
        if (row.code == QLatin1String(code))
            return row.*field;
    return 0;
}

qint64 yearEndVouchers(Books &books)
{
    const auto count = books.db().scalar(QStringLiteral("SELECT count(*) FROM finance_voucher WHERE kind = 'year_end' "
                                                        "AND state = 'posted'"));
    REQUIRE(count);
    return count->toLongLong();
}

// Row `row` of the company's statement at `period`: {first column, second}.
std::array<qint64, 2> statementRow(Books &books, StatementLayout::Statement statement, const QString &period, int row)
{
    QString error;
    const std::optional<QString> family = FinancialStatement::familyFor(books.db(), &error);
    REQUIRE(family);
    const auto layout = StatementLayout::load(StatementLayout::layoutId(*family, statement), &error);
    REQUIRE(layout);
    FinancialStatement::Options options;
    options.toPeriod = period;
    const auto result = FinancialStatement::compute(books.db(), *layout, options, &error);
    INFO(error.toStdString());
    REQUIRE(result);
    const FinancialStatement::Row *found = result->row(row);
    REQUIRE(found);
    return found->amounts;
}

} // namespace

TEST_CASE("Closing December carries 本年利润 to 未分配利润 (年末结账), and reopening keeps it in step",
          "[finance][periods][backends]")
{
    Books books;
    books.post(books.voucher(QDate(2026, 11, 5), "100201", "5001", 1'000'000));   // income 10,000.00
    books.post(books.voucher(QDate(2026, 11, 6), "560201", "1001", 200'000));     // expense 2,000.00
    PeriodClose closing(*books.manager);
    REQUIRE(closing.close(QStringLiteral("2026-11")).ok());
    // November is not the year's end: 本年利润 keeps the profit so far.
    CHECK(yearEndVouchers(books) == 0);
    CHECK(balanceOf(books, "3103", QStringLiteral("2026-11")) == -800'000);
    CHECK(PeriodClose::isYearEnd(QStringLiteral("2026-12")));
    CHECK_FALSE(PeriodClose::isYearEnd(QStringLiteral("2026-11")));

    books.post(books.voucher(QDate(2026, 12, 8), "100201", "5001", 300'000));     // income 3,000.00
    books.post(books.voucher(QDate(2026, 12, 9), "560202", "1001", 50'000));      // expense 500.00
    // Before December's 结转损益: the year's profit is 8,000.00 carried plus
    // 2,500.00 still to carry.
    const auto planned = closing.yearEndLines(QStringLiteral("2026-12"));
    REQUIRE(planned);
    REQUIRE(planned->size() == 2);
    CHECK(planned->at(0).account == books.account("3103"));
    CHECK(planned->at(0).debit == 1'050'000);
    CHECK(planned->at(1).account == books.account("310401"));
    CHECK(planned->at(1).credit == 1'050'000);
    const auto checks = closing.checks(QStringLiteral("2026-12"));
    REQUIRE(checks);
    CHECK(allPassed(*checks));
    CHECK(checks->constLast().text.contains(QStringLiteral("year's profit")));
    // The plan closing works from: the same checks, the 结转损益 to post and
    // the year-end lines from one pass over the books.
    const auto plan = closing.plan(QStringLiteral("2026-12"));
    REQUIRE(plan);
    CHECK(plan->passed());
    CHECK(plan->checks.size() == checks->size());
    REQUIRE(plan->carry.size() == 3);
    CHECK(plan->carry.constLast().account == books.account("3103"));
    CHECK(plan->carry.constLast().credit == 250'000);
    REQUIRE(plan->yearEnd.size() == 2);
    CHECK(plan->yearEnd.at(0).debit == planned->at(0).debit);
    CHECK(plan->yearEnd.at(1).credit == planned->at(1).credit);

    const Records::Result closed = closing.close(QStringLiteral("2026-12"));
    INFO(closed.message.toStdString());
    REQUIRE(closed.ok());
    CHECK(yearEndVouchers(books) == 1);
    const auto yearEndId = books.db().scalar(QStringLiteral("SELECT id FROM finance_voucher WHERE kind = 'year_end'"));
    REQUIRE(yearEndId);
    const std::optional<Voucher> yearEnd = VoucherBook(*books.manager).load(yearEndId->toLongLong());
    REQUIRE(yearEnd);
    CHECK(yearEnd->date == QDate(2026, 12, 31));
    CHECK(yearEnd->state == FinanceEntities::posted());
    CHECK(yearEnd->totalDebit() == 1'050'000);
    // The 结转损益 voucher stays the month's carry-forward.
    const std::optional<Voucher> carry = VoucherBook(*books.manager).load(closed.id);
    REQUIRE(carry);
    CHECK(carry->kind == QStringLiteral("closing"));
    CHECK(carry->totalDebit() == 300'000);   // 5001 Dr 3,000.00 = 560202 Cr 500.00 + 3103 Cr 2,500.00

    // 本年利润 is at zero, the year's profit sits in 未分配利润, and the
    // trial balance shows both carries as December's movement on 3103.
    CHECK(balanceOf(books, "3103", QStringLiteral("2026-12")) == 0);
    CHECK(balanceOf(books, "310401", QStringLiteral("2026-12")) == -1'050'000);
    CHECK(balanceOf(books, "3104", QStringLiteral("2026-12")) == -1'050'000);
    CHECK(trialRow(books, "3103", QStringLiteral("2026-12"), &TrialBalance::Row::opening) == -800'000);
    CHECK(trialRow(books, "3103", QStringLiteral("2026-12"), &TrialBalance::Row::debit) == 1'050'000);
    CHECK(trialRow(books, "3103", QStringLiteral("2026-12"), &TrialBalance::Row::credit) == 250'000);
    // The new year starts with 本年利润 at zero.
    CHECK(trialRow(books, "3103", QStringLiteral("2027-01"), &TrialBalance::Row::opening) == 0);
    CHECK(trialRow(books, "310401", QStringLiteral("2027-01"), &TrialBalance::Row::opening) == -1'050'000);
    // The income statement still shows the year's result (row 32 净利润:
    // year to date, the month), and 未分配利润 (row 51) on the balance sheet
    // is the same before and after the carry, and is the new year's opening.
    using Statement = StatementLayout::Statement;
    CHECK(statementRow(books, Statement::IncomeStatement, QStringLiteral("2026-12"), 32)
          == std::array<qint64, 2>{1'050'000, 250'000});
    CHECK(statementRow(books, Statement::BalanceSheet, QStringLiteral("2026-12"), 51)[0] == 1'050'000);
    CHECK(statementRow(books, Statement::BalanceSheet, QStringLiteral("2027-01"), 51)
          == std::array<qint64, 2>{1'050'000, 1'050'000});

    // Reopening December leaves both posted carries; a late expense and
    // closing again carry only it, through 本年利润 to 未分配利润.
    REQUIRE(closing.reopen(QStringLiteral("2026-12"), QStringLiteral("年终调整")).ok());
    books.post(books.voucher(QDate(2026, 12, 30), "560207", "1001", 10'000));       // expense 100.00
    const Records::Result again = closing.close(QStringLiteral("2026-12"));
    INFO(again.message.toStdString());
    REQUIRE(again.ok());
    CHECK(yearEndVouchers(books) == 2);
    const auto second = books.db().scalar(QStringLiteral("SELECT max(id) FROM finance_voucher WHERE kind = 'year_end'"));
    REQUIRE(second);
    const std::optional<Voucher> late = VoucherBook(*books.manager).load(second->toLongLong());
    REQUIRE(late);
    REQUIRE(late->lines.size() == 2);
    CHECK(late->lines.at(0).account == books.account("3103"));
    CHECK(late->lines.at(0).credit == 10'000);
    CHECK(late->lines.at(1).debit == 10'000);
    CHECK(balanceOf(books, "3103", QStringLiteral("2026-12")) == 0);
    CHECK(balanceOf(books, "310401", QStringLiteral("2026-12")) == -1'040'000);
    CHECK(statementRow(books, Statement::IncomeStatement, QStringLiteral("2026-12"), 32)[0] == 1'040'000);

    // Verify: the closed year's 本年利润 is at zero — until someone opens
    // December behind the application's back and posts to it.
    CHECK(FinanceChecks::closedPeriods(books.db()).isEmpty());
    CHECK(books.rawExec(QStringLiteral("UPDATE finance_period SET state = 'open' WHERE period = '2026-12'")).isEmpty());
    books.post(books.voucher(QDate(2026, 12, 31), "3103", "1001", 7'700));
    CHECK(books.rawExec(QStringLiteral("UPDATE finance_period SET state = 'closed' WHERE period = '2026-12'")).isEmpty());
    const QStringList problems = FinanceChecks::closedPeriods(books.db());
    REQUIRE(problems.size() == 1);
    CHECK(problems.constFirst().contains(QStringLiteral("3103")));
    CHECK(problems.constFirst().contains(QStringLiteral("2026")));
    CHECK(problems.constFirst().contains(QStringLiteral("77.00")));
}

TEST_CASE("The generic chart carries the year's earnings to retained earnings", "[finance][periods][backends]")
{
    Books books(QStringLiteral("en"));
    books.post(books.voucher(QDate(2026, 12, 3), "1001", "5001", 120'000));
    books.post(books.voucher(QDate(2026, 12, 4), "5603", "1001", 150'000));
    PeriodClose closing(*books.manager);
    const Records::Result closed = closing.close(QStringLiteral("2026-12"));
    INFO(closed.message.toStdString());
    REQUIRE(closed.ok());
    CHECK(yearEndVouchers(books) == 1);
    // A loss of 300.00: debited to retained earnings, earnings at zero.
    CHECK(balanceOf(books, "3201", QStringLiteral("2026-12")) == 0);
    CHECK(balanceOf(books, "3101", QStringLiteral("2026-12")) == 30'000);
}

TEST_CASE("Closing a month carries profit and loss to 本年利润 and locks the month", "[finance][periods][backends]")
{
    Books books;
    const QDate nov3(2026, 11, 3);
    books.post(books.voucher(nov3, "100201", "5001", 1'000'000, QStringLiteral("销售收入")));   // income 10,000.00
    books.post(books.voucher(nov3, "560201", "1001", 120'000, QStringLiteral("办公用品")));      // expense 1,200.00
    books.post(books.voucher(nov3, "560202", "1001", 35'050, QStringLiteral("差旅费")));         // expense 350.50
    books.post(books.voucher(nov3, "1001", "5301", 5'000, QStringLiteral("罚款收入")));           // income 50.00
    const Records::Result draft = books.save(books.voucher(QDate(2026, 11, 20), "1001", "100201", 10'000));

    PeriodClose closing(*books.manager);
    CHECK(closing.booksStart() == QStringLiteral("2026-11"));
    auto checks = closing.checks(QStringLiteral("2026-11"));
    REQUIRE(checks);
    CHECK_FALSE(allPassed(*checks));
    CHECK(failedText(*checks).contains(QStringLiteral("2026-11 记-0005")));
    Records::Result refused = closing.close(QStringLiteral("2026-11"));
    CHECK(refused.code == Records::Result::Code::Refused);
    CHECK(refused.message.contains(QStringLiteral("not posted")));
    CHECK(books.count("finance_period") == 0);

    REQUIRE(VoucherBook(*books.accountant).remove(draft.id, draft.version).ok());
    checks = closing.checks(QStringLiteral("2026-11"));
    REQUIRE(checks);
    INFO(failedText(*checks).toStdString());
    CHECK(allPassed(*checks));
    // Profit: 10,000.00 + 50.00 − 1,200.00 − 350.50 = 8,499.50.
    const auto carry = closing.carryForwardLines(QStringLiteral("2026-11"));
    REQUIRE(carry);
    REQUIRE(carry->size() == 5);
    qint64 debit = 0, credit = 0;
    for (const VoucherLine &l : *carry) {
        debit += l.debit;
        credit += l.credit;
    }
    CHECK(debit == credit);
    CHECK(carry->constLast().account == books.account("3103"));
    CHECK(carry->constLast().credit == 849'950);

    const Records::Result closed = closing.close(QStringLiteral("2026-11"));
    INFO(closed.message.toStdString());
    REQUIRE(closed.ok());
    REQUIRE(closed.id > 0);
    const std::optional<Voucher> generated = VoucherBook(*books.manager).load(closed.id);
    REQUIRE(generated);
    CHECK(generated->kind == QStringLiteral("closing"));
    CHECK(generated->state == FinanceEntities::posted());
    CHECK(generated->date == QDate(2026, 11, 30));
    CHECK(generated->totalDebit() == 1'005'000);

    // The income and expense accounts are at zero, the profit is on 3103,
    // and the books still balance.
    CHECK(balanceOf(books, "5001", QStringLiteral("2026-11")) == 0);
    CHECK(balanceOf(books, "5602", QStringLiteral("2026-11")) == 0);
    CHECK(balanceOf(books, "3103", QStringLiteral("2026-11")) == -849'950);
    const PeriodClose::Status status = closing.status(QStringLiteral("2026-11"));
    CHECK(status.closed);
    CHECK(status.closedBy == QStringLiteral("wangfang"));
    CHECK(status.carryVoucher == closed.id);
    CHECK(closing.lastClosed() == QStringLiteral("2026-11"));

    // Locked: the services refuse, and so does the database itself.
    VoucherBook book(*books.accountant);
    const Records::Result late = book.save(books.voucher(QDate(2026, 11, 28), "1001", "100201", 100));
    CHECK(late.code == Records::Result::Code::Invalid);
    CHECK(late.message.contains(QStringLiteral("2026-11 is closed")));
    const Records::Result earlier = book.save(books.voucher(QDate(2026, 10, 28), "1001", "100201", 100));
    CHECK(earlier.code == Records::Result::Code::Invalid);
    CHECK(books.rawExec(QStringLiteral("INSERT INTO finance_voucher (word, number, date, period, state, kind, version, "
                                       "created_at, created_by, updated_at, updated_by) VALUES ('记', 99, '2026-11-29', "
                                       "'2026-11', 'draft', 'entry', 1, '2026-11-29 10:00:00', 'x', '2026-11-29 10:00:00', 'x')"))
              .contains(QStringLiteral("the period is closed")));
    CHECK(books.rawExec(QStringLiteral("UPDATE finance_voucher SET state = 'draft' WHERE id = %1").arg(closed.id))
              .contains(QStringLiteral("finance:")));
    CHECK(books.rawExec(QStringLiteral("DELETE FROM finance_voucher_line WHERE voucher = %1").arg(closed.id))
              .contains(QStringLiteral("finance:")));
    // December is open.
    CHECK(book.save(books.voucher(QDate(2026, 12, 1), "1001", "100201", 100)).ok());

    // Closing twice is refused; closing January before December too.
    CHECK(closing.close(QStringLiteral("2026-11")).code == Records::Result::Code::Refused);
    const Records::Result skipping = closing.close(QStringLiteral("2027-01"));
    CHECK(skipping.code == Records::Result::Code::Refused);
    CHECK(skipping.message.contains(QStringLiteral("2026-12")));
}

TEST_CASE("A loss is carried to the debit of the profit account; an empty month closes without a voucher",
          "[finance][periods]")
{
    Books books;
    books.post(books.voucher(QDate(2026, 9, 10), "560201", "1001", 30'000));
    books.post(books.voucher(QDate(2026, 9, 11), "1001", "5001", 10'000));
    PeriodClose closing(*books.manager);
    const auto carry = closing.carryForwardLines(QStringLiteral("2026-09"));
    REQUIRE(carry);
    CHECK(carry->constLast().debit == 20'000);
    REQUIRE(closing.close(QStringLiteral("2026-09")).ok());
    const Records::Result empty = closing.close(QStringLiteral("2026-10"));
    INFO(empty.message.toStdString());
    REQUIRE(empty.ok());
    CHECK(empty.id == 0);
    CHECK(closing.statuses(QStringLiteral("2026-11")).size() == 3);
    CHECK(closing.statuses(QStringLiteral("2026-11")).at(1).closed);
    CHECK_FALSE(closing.statuses(QStringLiteral("2026-11")).at(2).closed);
}

TEST_CASE("Reopening goes back from the latest month, needs its own permission and a reason, and is audited",
          "[finance][periods][backends]")
{
    Books books;
    books.post(books.voucher(QDate(2026, 10, 10), "560201", "1001", 30'000));
    books.post(books.voucher(QDate(2026, 11, 10), "560201", "1001", 20'000));
    PeriodClose closing(*books.manager);
    REQUIRE(closing.close(QStringLiteral("2026-10")).ok());
    REQUIRE(closing.close(QStringLiteral("2026-11")).ok());

    CHECK(closing.reopen(QStringLiteral("2026-10"), QStringLiteral("correction")).code == Records::Result::Code::Refused);
    CHECK(closing.reopen(QStringLiteral("2026-11"), QStringLiteral("  ")).code == Records::Result::Code::Invalid);
    Records clerk(books.db(), books.entities, QStringLiteral("zhaolei"));
    clerk.setAccess(AccessControl());
    const Records::Result notAllowed = PeriodClose(clerk).reopen(QStringLiteral("2026-11"), QStringLiteral("x"));
    CHECK(notAllowed.code == Records::Result::Code::Refused);
    CHECK(closing.status(QStringLiteral("2026-11")).closed);

    const Records::Result reopened = closing.reopen(QStringLiteral("2026-11"), QStringLiteral("发票补录"));
    INFO(reopened.message.toStdString());
    REQUIRE(reopened.ok());
    CHECK_FALSE(closing.status(QStringLiteral("2026-11")).closed);
    CHECK(closing.status(QStringLiteral("2026-10")).closed);
    const auto audited = books.db().scalar(QStringLiteral("SELECT count(*) FROM backroom_audit WHERE action = 'reopen' "
                                                          "AND entity = 'finance.period' AND detail LIKE ?"),
                                           {QStringLiteral("%发票补录%")});
    REQUIRE(audited);
    CHECK(audited->toLongLong() == 1);

    // A late expense in the reopened month; closing again carries only it.
    books.post(books.voucher(QDate(2026, 11, 25), "560207", "1001", 4'500));
    const Records::Result again = closing.close(QStringLiteral("2026-11"));
    INFO(again.message.toStdString());
    REQUIRE(again.ok());
    const std::optional<Voucher> second = VoucherBook(*books.manager).load(again.id);
    REQUIRE(second);
    CHECK(second->totalDebit() == 4'500);
    CHECK(balanceOf(books, "3103", QStringLiteral("2026-11")) == 54'500);
    CHECK(balanceOf(books, "5602", QStringLiteral("2026-11")) == 0);
}

TEST_CASE("Opening balances balance, start the books and are brought forward", "[finance][periods][backends]")
{
    Books books;
    OpeningBalances opening(*books.manager);
    CHECK(opening.startPeriod().isEmpty());

    // Unbalanced, and on an income account: refused with the reasons.
    Records::Result refused = opening.save(QStringLiteral("2026-01"),
                                           {books.line("1001", 50'000, 0), books.line("3001", 0, 40'000),
                                            books.line("5001", 0, 1'000)});
    CHECK(refused.code == Records::Result::Code::Invalid);
    QStringList fields;
    for (const Records::FieldError &e : refused.fieldErrors)
        fields.append(e.field);
    CHECK(fields.contains(QStringLiteral("lines")));
    CHECK(fields.contains(QStringLiteral("lines/3/account")));
    CHECK(books.count("finance_voucher") == 0);

    const QList<VoucherLine> first{books.line("1001", 50'000, 0), books.line("100201", 1'950'000, 0),
                                   books.line("3001", 0, 2'000'000)};
    Records::Result saved = opening.save(QStringLiteral("2026-01"), first);
    INFO(saved.message.toStdString());
    REQUIRE(saved.ok());
    CHECK(opening.startPeriod() == QStringLiteral("2026-01"));
    CHECK(PeriodClose(*books.manager).booksStart() == QStringLiteral("2026-01"));
    const std::optional<Voucher> stored = opening.voucher();
    REQUIRE(stored);
    CHECK(stored->kind == QStringLiteral("opening"));
    CHECK(stored->state == FinanceEntities::posted());
    CHECK(stored->date == QDate(2025, 12, 31));

    // Brought forward: January's trial balance opens with them.
    books.post(books.voucher(QDate(2026, 1, 5), "1001", "100201", 10'000));
    CHECK(balanceOf(books, "1001", QStringLiteral("2026-01")) == 60'000);
    TrialBalance::Options options;
    options.fromPeriod = QStringLiteral("2026-01");
    options.toPeriod = QStringLiteral("2026-01");
    const auto rows = TrialBalance::compute(books.db(), options);
    REQUIRE(rows);
    for (const TrialBalance::Row &row : *rows)
        if (row.code == QLatin1String("1002"))
            CHECK(row.opening == 1'950'000);

    // Entered again (a correction): replaced, not added to.
    const QList<VoucherLine> corrected{books.line("1001", 80'000, 0), books.line("100201", 1'920'000, 0),
                                       books.line("3001", 0, 2'000'000)};
    saved = opening.save(QStringLiteral("2026-01"), corrected);
    INFO(saved.message.toStdString());
    REQUIRE(saved.ok());
    CHECK(balanceOf(books, "1001", QStringLiteral("2026-01")) == 90'000);
    CHECK(books.db().scalar(QStringLiteral("SELECT count(*) FROM finance_voucher WHERE kind = 'opening'"))->toLongLong()
          == 1);

    // The books cannot start after a voucher already in them.
    refused = opening.save(QStringLiteral("2026-02"), corrected);
    CHECK(refused.code == Records::Result::Code::Invalid);
    CHECK(refused.message.contains(QStringLiteral("2026-01")));

    // Once January is closed they are final, in the service and in the
    // database.
    REQUIRE(PeriodClose(*books.manager).close(QStringLiteral("2026-01")).ok());
    CHECK_FALSE(opening.lockedReason().isEmpty());
    refused = opening.save(QStringLiteral("2026-01"), first);
    CHECK(refused.code == Records::Result::Code::Invalid);
    CHECK(balanceOf(books, "1001", QStringLiteral("2026-01")) == 90'000);
    const auto openingId = books.db().scalar(QStringLiteral("SELECT id FROM finance_voucher WHERE kind = 'opening'"));
    REQUIRE(openingId);
    CHECK(books.rawExec(QStringLiteral("DELETE FROM finance_voucher_line WHERE voucher = %1").arg(openingId->toLongLong()))
              .contains(QStringLiteral("finance:")));
    CHECK(books.rawExec(QStringLiteral("UPDATE finance_voucher_line SET debit = 1 WHERE voucher = %1")
                            .arg(openingId->toLongLong()))
              .contains(QStringLiteral("finance:")));
}

TEST_CASE("The period-close page shows the months and closes and reopens them", "[finance][periods][pages]")
{
    Books books;
    books.post(books.voucher(QDate(2026, 10, 10), "560201", "1001", 30'000, QStringLiteral("办公用品")));
    books.post(books.voucher(QDate(2026, 10, 12), "100201", "5001", 90'000, QStringLiteral("销售收入")));
    books.save(books.voucher(QDate(2026, 11, 3), "560202", "1001", 12'000, QStringLiteral("差旅费")));
    PeriodsPage page(*books.manager);
    page.resize(1100, 560);
    CHECK(page.nextToClose() == QStringLiteral("2026-10"));
    bool asked = false;
    page.setConfirmation([&](const QString &question) {
        asked = question.contains(QStringLiteral("2026-10"));
        return true;
    });
    REQUIRE(page.closeNext());
    CHECK(asked);
    CHECK(page.message().contains(QStringLiteral("2026-10 记-")));
    CHECK(page.lastClosed() == QStringLiteral("2026-10"));
    CHECK(page.nextToClose() == QStringLiteral("2026-11"));
    // November has a draft: the page says so and the close is refused.
    CHECK_FALSE(page.closeNext());
    CHECK(page.message().contains(QStringLiteral("not posted")));
    if (qEnvironmentVariable("BACKROOM_SHOTS") == QLatin1String("1")) {
        page.show();
        QApplication::processEvents();
        page.grab().save(QStringLiteral("/tmp/periods_page.png"));
    }
    page.setReasonQuestion([](const QString &) { return std::optional<QString>(QStringLiteral("补记费用")); });
    REQUIRE(page.reopenLast());
    CHECK(page.lastClosed().isEmpty());
}

TEST_CASE("The opening-balances page saves balanced balances and names the problems of others",
          "[finance][periods][pages]")
{
    Books books;
    OpeningBalancesPage page(*books.manager);
    page.resize(1000, 520);
    page.setStartPeriod(QStringLiteral("2026-01"));
    page.model().setLines({books.line("1001", 50'000, 0), books.line("3001", 0, 40'000)});
    CHECK_FALSE(page.save());
    CHECK(page.message().contains(QStringLiteral("differ by")));
    page.model().setLines({books.line("1001", 50'000, 0), books.line("100201", 150'000, 0),
                           books.line("3001", 0, 200'000)});
    REQUIRE(page.save());
    CHECK(page.message().contains(QStringLiteral("2026-01")));
    CHECK(OpeningBalances(*books.manager).lines().size() == 3);
    if (qEnvironmentVariable("BACKROOM_SHOTS") == QLatin1String("1")) {
        page.show();
        QApplication::processEvents();
        page.grab().save(QStringLiteral("/tmp/opening_page.png"));
    }
}

TEST_CASE("Verify checks that closed months are in order and carried forward", "[finance][periods][backends]")
{
    Books books;
    books.post(books.voucher(QDate(2026, 10, 10), "560201", "1001", 30'000));
    books.post(books.voucher(QDate(2026, 11, 10), "560201", "1001", 20'000));
    PeriodClose closing(*books.manager);
    CHECK(FinanceChecks::closedPeriods(books.db()).isEmpty());
    REQUIRE(closing.close(QStringLiteral("2026-10")).ok());
    REQUIRE(closing.close(QStringLiteral("2026-11")).ok());
    CHECK(FinanceChecks::closedPeriods(books.db()).isEmpty());
    CHECK(FinanceChecks::missingGuards(books.db()).isEmpty());
    // Someone opens October behind the application's back.
    CHECK(books.rawExec(QStringLiteral("UPDATE finance_period SET state = 'open' WHERE period = '2026-10'")).isEmpty());
    const QStringList problems = FinanceChecks::closedPeriods(books.db());
    REQUIRE(problems.size() == 1);
    CHECK(problems.constFirst().contains(QStringLiteral("2026-10")));
}
