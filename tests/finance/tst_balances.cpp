#include "accountledger.h"
#include "database.h"
#include "financebooks.h"
#include "financechecks.h"
#include "financeschema.h"
#include "openingbalances.h"
#include "periodclose.h"
#include "voucherbook.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace Backroom;
using namespace Backroom::Finance;
using FinanceTests::Books;

namespace {

struct Kept
{
    qint64 debit = 0;
    qint64 credit = 0;
    qint64 lines = 0;
};

// finance_balance's row for an account, partner, period and kind.
Kept kept(Books &books, const char *code, const char *period, const char *kind = "entry", qint64 partner = 0)
{
    const qint64 account = books.account(code);
    QSqlQuery query(books.db().connection());
    query.prepare(QStringLiteral("SELECT debit, credit, lines FROM finance_balance WHERE account = ? AND period = ? "
                                 "AND kind = ? AND partner = ?"));
    query.addBindValue(account);
    query.addBindValue(QString::fromLatin1(period));
    query.addBindValue(QString::fromLatin1(kind));
    query.addBindValue(partner);
    REQUIRE(query.exec());
    if (!query.next())
        return {};
    return {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong()};
}

void checkInStep(Books &books)
{
    const QStringList problems = FinanceChecks::balancesOutOfStep(books.db());
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

} // namespace

TEST_CASE("Posting keeps the balances per account, partner, period and kind", "[finance][balances][backends]")
{
    Books books;
    const Records::Result customer = books.accountant->create(
        QStringLiteral("core.partner"), {{QStringLiteral("code"), QStringLiteral("C001")},
                                         {QStringLiteral("name"), QStringLiteral("甲公司")},
                                         {QStringLiteral("kind"), QStringLiteral("customer")}});
    REQUIRE(customer.ok());

    // Opening balances: posted at once, kind opening, in December before
    // the books start.
    OpeningBalances opening(*books.manager);
    REQUIRE(opening.save(QStringLiteral("2026-01"), {books.line("1001", 50'000, 0),
                                                     books.line("1122", 30'000, 0, customer.id),
                                                     books.line("3001", 0, 80'000)})
                .ok());
    CHECK(kept(books, "1001", "2025-12", "opening").debit == 50'000);
    CHECK(kept(books, "1122", "2025-12", "opening", customer.id).debit == 30'000);
    CHECK(kept(books, "1122", "2025-12", "opening").lines == 0); // not without the partner
    checkInStep(books);

    // A draft counts for nothing; posting adds its lines, once.
    Voucher voucher = books.voucher(QDate(2026, 1, 5), "1001", "100201", 10'000);
    const Records::Result saved = books.save(voucher);
    REQUIRE(saved.ok());
    CHECK(kept(books, "1001", "2026-01").lines == 0);
    books.post(books.voucher(QDate(2026, 1, 6), "1001", "100201", 2'500));
    books.post(books.voucher(QDate(2026, 1, 7), "1001", "100201", 1'000));
    CHECK(kept(books, "1001", "2026-01").debit == 3'500);
    CHECK(kept(books, "1001", "2026-01").lines == 2);
    CHECK(kept(books, "100201", "2026-01").credit == 3'500);
    checkInStep(books);

    // A reversal is a voucher of its own (red amounts on the same side).
    const qint64 posted = books.post(books.voucher(QDate(2026, 1, 8), "560201", "1001", 700));
    VoucherBook book(*books.accountant);
    const Records::Result red = book.reverse(posted, QDate(2026, 1, 9));
    REQUIRE(red.ok());
    books.post(*book.load(red.id)); // saved again unchanged, reviewed, posted
    CHECK(kept(books, "560201", "2026-01").debit == 0);
    CHECK(kept(books, "560201", "2026-01").lines == 2);
    checkInStep(books);

    // Replacing the opening balances takes the old ones away entirely.
    REQUIRE(opening.save(QStringLiteral("2026-01"), {books.line("1001", 60'000, 0), books.line("3001", 0, 60'000)})
                .ok());
    CHECK(kept(books, "1001", "2025-12", "opening").debit == 60'000);
    CHECK(kept(books, "1122", "2025-12", "opening", customer.id).lines == 0);
    const auto emptied = books.db().scalar(QStringLiteral("SELECT count(*) FROM finance_balance WHERE lines = 0"));
    REQUIRE(emptied);
    CHECK(emptied->toLongLong() == 0);
    checkInStep(books);

    // Raw SQL on the opening voucher (allowed until the first close) moves
    // the balances with it.
    const auto openingId = books.db().scalar(QStringLiteral("SELECT id FROM finance_voucher WHERE kind = 'opening'"));
    REQUIRE(openingId);
    CHECK(books.rawExec(QStringLiteral("UPDATE finance_voucher_line SET debit = 61000 WHERE voucher = %1 AND debit = 60000")
                            .arg(openingId->toLongLong()))
              .isEmpty());
    CHECK(books.rawExec(QStringLiteral("UPDATE finance_voucher_line SET credit = 61000 WHERE voucher = %1 AND credit = 60000")
                            .arg(openingId->toLongLong()))
              .isEmpty());
    CHECK(kept(books, "1001", "2025-12", "opening").debit == 61'000);
    checkInStep(books);

    // Closing January: the carry-forward is kind closing, apart from the
    // month's own activity (the income statement leaves it out).
    REQUIRE(books.post(books.voucher(QDate(2026, 1, 20), "1001", "5001", 9'000)));
    REQUIRE(VoucherBook(*books.accountant).remove(saved.id, saved.version).ok()); // the draft
    REQUIRE(PeriodClose(*books.manager).close(QStringLiteral("2026-01")).ok());
    CHECK(kept(books, "5001", "2026-01").credit == 9'000);
    CHECK(kept(books, "5001", "2026-01", "closing").debit == 9'000);
    checkInStep(books);
}

TEST_CASE("Verify finds balances out of step with the vouchers, and the upgrade step fills them",
          "[finance][balances][backends]")
{
    Books books;
    books.post(books.voucher(QDate(2026, 3, 2), "1001", "100201", 4'000));
    books.post(books.voucher(QDate(2026, 3, 3), "560201", "1001", 1'500));
    checkInStep(books);

    // Someone edits the table by hand: verify names the account and month.
    CHECK(books.rawExec(QStringLiteral("UPDATE finance_balance SET debit = debit + 1 WHERE account = %1")
                            .arg(books.account("1001")))
              .isEmpty());
    QStringList problems = FinanceChecks::balancesOutOfStep(books.db());
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().contains(QStringLiteral("1001")));
    CHECK(problems.first().contains(QStringLiteral("2026-03")));
    // A lost row is found too.
    CHECK(books.rawExec(QStringLiteral("DELETE FROM finance_balance WHERE account = %1").arg(books.account("560201")))
              .isEmpty());
    CHECK(FinanceChecks::balancesOutOfStep(books.db()).size() == 2);

    // The upgrade step (a company from before the table) counts every
    // posted line once, whatever was there.
    QString error;
    REQUIRE(FinanceSchema::installBalanceUpkeep(books.db(), &error));
    checkInStep(books);
    CHECK(kept(books, "1001", "2026-03").debit == 4'000);
    CHECK(kept(books, "1001", "2026-03").credit == 1'500);
    // …and the triggers are still there, once: the next posting counts once.
    books.post(books.voucher(QDate(2026, 3, 4), "1001", "100201", 100));
    CHECK(kept(books, "1001", "2026-03").debit == 4'100);
    checkInStep(books);
    CHECK(FinanceChecks::missingGuards(books.db()).isEmpty());
}

TEST_CASE("The account ledger reads a busy account's page vouchers first and a quiet account's lines first",
          "[finance][balances]")
{
    Books books;
    // March: 60 withdrawals (1001 against 100201) and one sale (1122 / 5001).
    for (int i = 0; i < 60; ++i)
        books.post(books.voucher(QDate(2026, 3, 1 + i % 28), "1001", "100201", 100 + i));
    books.post(books.voucher(QDate(2026, 3, 15), "1122", "5001", 5'000));

    AccountLedger::Options busy;
    busy.accountId = books.account("1001");
    busy.from = QDate(2026, 3, 1);
    busy.to = QDate(2026, 3, 31);
    busy.limit = 10;
    // Ten of its 60 lines: the first vouchers of the month hold them.
    CHECK(AccountLedger::readsVouchersFirst(books.db(), busy));
    AccountLedger::Options quiet = busy;
    quiet.accountId = books.account("5001");
    quiet.limit = 0;
    // One line among 122: read it by the account.
    CHECK_FALSE(AccountLedger::readsVouchersFirst(books.db(), quiet));
    quiet.reading = AccountLedger::Options::Reading::VouchersFirst;
    CHECK(AccountLedger::readsVouchersFirst(books.db(), quiet));

    const auto page = AccountLedger::compute(books.db(), busy);
    REQUIRE(page);
    REQUIRE(page->size() == 11);
    CHECK(page->at(1).date == QDate(2026, 3, 1));
    CHECK(page->at(1).debit == 100);
}
