#include "accountledger.h"
#include "database.h"
#include "financebooks.h"
#include "financeentities.h"
#include "financereports.h"
#include "extensionregistries.h"
#include "financeschema.h"
#include "generalledger.h"
#include "journal.h"
#include "ledgerreports.h"
#include "reportpdfwriter.h"
#include "reportresult.h"
#include "reportrunner.h"
#include "reportspage.h"
#include "reporttreemodel.h"
#include "reportview.h"
#include "sqldialect.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QSqlQuery>
#include <QTreeView>

using namespace Backroom;
using namespace Backroom::Finance;
using FinanceTests::Books;

namespace {

using Kind = AccountLedger::Kind;

// The books every case reads (amounts in 分):
//   2025-12-31 opening balances  100201 Dr / 3001 Cr   7,000,000
//   2026-01-15 记-0001  收到投资款 100201 Dr / 3001 Cr  10,000,000
//   2026-10-01 记-0001  收到投资款 100201 Dr / 3001 Cr  50,000,000
//   2026-11-05 记-0001  提现       1001 Dr / 100201 Cr     500,000
//   2026-11-10 记-0002  销售商品   1122 Dr 3,390,000 / 5001 Cr 3,000,000 / 22210102 Cr 390,000
//   2026-11-20 记-0003  收回货款   100201 Dr / 1122 Cr   1,000,000
//   2026-11-30 (draft)  办公费     560201 Dr / 100201 Cr      1,000
//   2026-12-03 记-0001  付办公费   560201 Dr / 100201 Cr     20,000
//   2026-12-03 记-0002  备用金     1001 Dr / 100201 Cr      30,000
struct Ledgers
{
    Books books;
    qint64 opening = 0, january = 0, october = 0, cash = 0, sale = 0, collected = 0, draft = 0, office = 0, petty = 0;

    Ledgers()
    {
        Voucher start = books.voucher(QDate(2025, 12, 31), "100201", "3001", 7000000, QStringLiteral("期初余额"));
        start.kind = QStringLiteral("opening");
        opening = books.post(start);
        january = books.post(books.voucher(QDate(2026, 1, 15), "100201", "3001", 10000000, QStringLiteral("收到投资款")));
        october = books.post(books.voucher(QDate(2026, 10, 1), "100201", "3001", 50000000, QStringLiteral("收到投资款")));
        cash = books.post(books.voucher(QDate(2026, 11, 5), "1001", "100201", 500000));
        Voucher saleVoucher = books.voucher(QDate(2026, 11, 10), "1122", "5001", 3000000, QStringLiteral("销售商品"));
        saleVoucher.lines.append(VoucherLine{0, QStringLiteral("销售商品"), books.account("22210102"), 0, 390000});
        saleVoucher.lines[0].debit = 3390000;
        sale = books.post(saleVoucher);
        collected = books.post(books.voucher(QDate(2026, 11, 20), "100201", "1122", 1000000, QStringLiteral("收回货款")));
        draft = books.save(books.voucher(QDate(2026, 11, 30), "560201", "100201", 1000, QStringLiteral("办公费"))).id;
        office = books.post(books.voucher(QDate(2026, 12, 3), "560201", "100201", 20000, QStringLiteral("付办公费")));
        petty = books.post(books.voucher(QDate(2026, 12, 3), "1001", "100201", 30000, QStringLiteral("备用金")));
    }

    AccountLedger::Options options(const char *code, const QDate &from, const QDate &to)
    {
        AccountLedger::Options o;
        o.accountId = books.account(code);
        o.from = from;
        o.to = to;
        return o;
    }
};

QList<AccountLedger::Row> ledger(Database &db, const AccountLedger::Options &options)
{
    QString error;
    const auto rows = AccountLedger::compute(db, options, &error);
    INFO(error.toStdString());
    REQUIRE(rows);
    return *rows;
}

void checkRow(const AccountLedger::Row &row, Kind kind, qint64 debit, qint64 credit, qint64 balance)
{
    CHECK(int(row.kind) == int(kind));
    CHECK(row.debit == debit);
    CHECK(row.credit == credit);
    CHECK(row.balance == balance);
}

} // namespace

TEST_CASE("The account ledger: opening balance, running balance, period and year totals", "[finance][ledgers][backends]")
{
    Ledgers l;
    // 1002 has no lines of its own: its sub-account 100201's are rolled in.
    const QList<AccountLedger::Row> rows =
        ledger(l.books.db(), l.options("1002", QDate(2026, 11, 1), QDate(2026, 12, 31)));
    REQUIRE(rows.size() == 1 + 2 + 2 + 2 + 2);
    // Before November: the opening-balances voucher, January and October.
    checkRow(rows[0], Kind::Opening, 0, 0, 67000000);
    CHECK(rows[0].summary == AccountLedger::tr("Opening balance"));
    CHECK(rows[0].date == QDate(2026, 11, 1));
    checkRow(rows[1], Kind::Line, 0, 500000, 66500000);
    CHECK(rows[1].date == QDate(2026, 11, 5));
    CHECK(rows[1].voucherId == l.cash);
    CHECK(rows[1].reference == QStringLiteral("2026-11 记-0001"));
    CHECK(rows[1].summary == QStringLiteral("提现"));
    CHECK(rows[1].accountId == l.books.account("100201"));
    checkRow(rows[2], Kind::Line, 1000000, 0, 67500000);
    CHECK(rows[2].reference == QStringLiteral("2026-11 记-0003"));
    // November; the year so far leaves the opening balances out (they are
    // not the year's movement) and takes January and October in.
    checkRow(rows[3], Kind::PeriodTotal, 1000000, 500000, 67500000);
    CHECK(rows[3].period == QStringLiteral("2026-11"));
    checkRow(rows[4], Kind::YearTotal, 61000000, 500000, 67500000);
    // December: two vouchers on one day, in number order; the draft of
    // November 30 is not counted.
    checkRow(rows[5], Kind::Line, 0, 20000, 67480000);
    CHECK(rows[5].voucherId == l.office);
    checkRow(rows[6], Kind::Line, 0, 30000, 67450000);
    CHECK(rows[6].voucherId == l.petty);
    checkRow(rows[7], Kind::PeriodTotal, 0, 50000, 67450000);
    checkRow(rows[8], Kind::YearTotal, 61000000, 550000, 67450000);

    // The leaf account reads the same; the voucher not yet posted comes in
    // when asked for.
    AccountLedger::Options options = l.options("100201", QDate(2026, 11, 1), QDate(2026, 11, 30));
    options.includeUnposted = true;
    const QList<AccountLedger::Row> withDraft = ledger(l.books.db(), options);
    REQUIRE(withDraft.size() == 1 + 3 + 2);
    checkRow(withDraft[3], Kind::Line, 0, 1000, 67499000);
    CHECK(withDraft[3].voucherId == l.draft);
    checkRow(withDraft[4], Kind::PeriodTotal, 1000000, 501000, 67499000);

    // The first page: lines cut after two leave November's totals out.
    options = l.options("1002", QDate(2026, 11, 1), QDate(2026, 12, 31));
    options.limit = 2;
    const QList<AccountLedger::Row> page = ledger(l.books.db(), options);
    REQUIRE(page.size() == 3);
    CHECK(page.constLast().kind == Kind::Line);
    CHECK(page.constLast().balance == 67500000);
    options.limit = 3;
    REQUIRE(ledger(l.books.db(), options).size() == 1 + 2 + 2 + 1); // November closed, one December line

    // A credit account: 3001's balance is negative (debit minus credit).
    const QList<AccountLedger::Row> capital =
        ledger(l.books.db(), l.options("3001", QDate(2026, 1, 1), QDate(2026, 12, 31)));
    REQUIRE(capital.size() == 1 + 1 + 2 + 1 + 2);
    checkRow(capital[0], Kind::Opening, 0, 0, -7000000);
    checkRow(capital[3], Kind::YearTotal, 0, 10000000, -17000000);  // January
    checkRow(capital[6], Kind::YearTotal, 0, 60000000, -67000000);  // October
    CHECK(AccountLedger::direction(capital[6].balance) == AccountLedger::tr("Cr"));
    CHECK(AccountLedger::direction(1) == AccountLedger::tr("Dr"));
    CHECK(AccountLedger::direction(0) == AccountLedger::tr("Nil"));

    // Across the year end the year's totals start again in January.
    const QList<AccountLedger::Row> years =
        ledger(l.books.db(), l.options("100201", QDate(2025, 12, 1), QDate(2026, 1, 31)));
    REQUIRE(years.size() == 1 + 3 + 3);
    checkRow(years[0], Kind::Opening, 0, 0, 0);
    checkRow(years[3], Kind::YearTotal, 7000000, 0, 7000000);  // in its own period it is a movement
    checkRow(years[6], Kind::YearTotal, 10000000, 0, 17000000);
}

TEST_CASE("The cash journal: daily totals and counter-accounts", "[finance][ledgers][backends]")
{
    Ledgers l;
    AccountLedger::Options options = l.options("1001", QDate(2026, 11, 1), QDate(2026, 12, 31));
    options.dailyTotals = true;
    options.counterAccounts = true;
    const QList<AccountLedger::Row> rows = ledger(l.books.db(), options);
    REQUIRE(rows.size() == 1 + 2 + 2 + 2 + 2);
    checkRow(rows[0], Kind::Opening, 0, 0, 0);
    checkRow(rows[1], Kind::Line, 500000, 0, 500000);
    CHECK(rows[1].counterAccounts == QStringLiteral("100201 基本存款账户"));
    checkRow(rows[2], Kind::DayTotal, 500000, 0, 500000);
    CHECK(rows[2].date == QDate(2026, 11, 5));
    checkRow(rows[3], Kind::PeriodTotal, 500000, 0, 500000);
    checkRow(rows[4], Kind::YearTotal, 500000, 0, 500000);
    checkRow(rows[5], Kind::Line, 30000, 0, 530000);
    checkRow(rows[6], Kind::DayTotal, 30000, 0, 530000);
    checkRow(rows[8], Kind::YearTotal, 530000, 0, 530000);

    // A sale's receivable line has two counter-accounts on the credit side.
    options = l.options("1122", QDate(2026, 11, 1), QDate(2026, 11, 30));
    options.counterAccounts = true;
    const QList<AccountLedger::Row> receivable = ledger(l.books.db(), options);
    REQUIRE(receivable.size() == 1 + 2 + 2);
    CHECK(receivable[1].counterAccounts == QStringLiteral("5001 主营业务收入, 22210102 销项税额"));
    CHECK(receivable[2].counterAccounts == QStringLiteral("100201 基本存款账户"));
    checkRow(receivable[3], Kind::PeriodTotal, 3390000, 1000000, 2390000);
}

TEST_CASE("The general ledger: opening, per period and year to date, sub-accounts rolled up", "[finance][ledgers][backends]")
{
    Ledgers l;
    GeneralLedger::Options options;
    options.fromPeriod = QStringLiteral("2026-10");
    options.toPeriod = QStringLiteral("2026-12");
    QString error;
    auto rows = GeneralLedger::compute(l.books.db(), options, &error);
    INFO(error.toStdString());
    REQUIRE(rows);
    QHash<QString, QList<GeneralLedger::Row>> byCode;
    for (const GeneralLedger::Row &row : *rows) {
        CHECK(row.level == 1);
        byCode[row.code].append(row);
    }
    CHECK_FALSE(byCode.contains(QStringLiteral("560201")));  // first level only
    CHECK_FALSE(byCode.contains(QStringLiteral("5401")));    // nothing in it
    const QList<GeneralLedger::Row> bank = byCode.value(QStringLiteral("1002"));
    REQUIRE(bank.size() == 1 + 3 * 2);
    CHECK(int(bank[0].kind) == int(GeneralLedger::Kind::Opening));
    CHECK(bank[0].balance == 17000000);
    CHECK(bank[0].period == QStringLiteral("2026-10"));
    // October
    CHECK(bank[1].period == QStringLiteral("2026-10"));
    CHECK(int(bank[1].kind) == int(GeneralLedger::Kind::PeriodTotal));
    CHECK(bank[1].debit == 50000000);
    CHECK(bank[1].balance == 67000000);
    CHECK(int(bank[2].kind) == int(GeneralLedger::Kind::YearTotal));
    CHECK(bank[2].debit == 60000000);
    CHECK(bank[2].credit == 0);
    // November
    CHECK(bank[3].debit == 1000000);
    CHECK(bank[3].credit == 500000);
    CHECK(bank[3].balance == 67500000);
    CHECK(bank[4].debit == 61000000);
    CHECK(bank[4].credit == 500000);
    // December
    CHECK(bank[5].credit == 50000);
    CHECK(bank[6].credit == 550000);
    CHECK(bank[6].balance == 67450000);
    // 2221 from 22210102, two levels down
    const QList<GeneralLedger::Row> taxes = byCode.value(QStringLiteral("2221"));
    REQUIRE(taxes.size() == 7);
    CHECK(taxes[3].credit == 390000);
    CHECK(taxes[6].balance == -390000);

    // One account, sub-accounts in it; the draft when asked for.
    options.accountId = l.books.account("5602");
    options.includeUnposted = true;
    rows = GeneralLedger::compute(l.books.db(), options, &error);
    REQUIRE(rows);
    REQUIRE(rows->size() == 7);
    CHECK(rows->at(0).code == QStringLiteral("5602"));
    CHECK(rows->at(3).debit == 1000);
    CHECK(rows->at(5).debit == 20000);
    CHECK(rows->at(6).debit == 21000);
    CHECK(rows->at(6).balance == 21000);

    CHECK(GeneralLedger::periods(QStringLiteral("2025-11"), QStringLiteral("2026-02"))
          == QStringList{QStringLiteral("2025-11"), QStringLiteral("2025-12"), QStringLiteral("2026-01"),
                         QStringLiteral("2026-02")});
}

TEST_CASE("The journal lists every line in date and voucher order", "[finance][ledgers][backends]")
{
    Ledgers l;
    QString error;
    const auto lines = Journal::lines(l.books.db(), {QDate(2026, 11, 1), QDate(2026, 12, 31), false}, &error);
    INFO(error.toStdString());
    REQUIRE(lines);
    REQUIRE(lines->size() == 2 + 3 + 2 + 2 + 2);
    CHECK(lines->at(0).reference == QStringLiteral("2026-11 记-0001"));
    CHECK(lines->at(0).code == QStringLiteral("1001"));
    CHECK(lines->at(0).debit == 500000);
    CHECK(lines->at(2).voucherId == l.sale);
    CHECK(lines->at(4).code == QStringLiteral("22210102"));
    CHECK(lines->at(4).name == QStringLiteral("销项税额"));
    CHECK(lines->at(4).credit == 390000);
    CHECK(lines->at(7).voucherId == l.office);
    CHECK(lines->at(9).voucherId == l.petty);
    qint64 debit = 0, credit = 0;
    for (const Journal::Line &line : *lines) {
        debit += line.debit;
        credit += line.credit;
    }
    CHECK(debit == credit);
    const auto all = Journal::lines(l.books.db(), {QDate(2026, 11, 1), QDate(2026, 11, 30), true}, &error);
    REQUIRE(all);
    CHECK(all->size() == 7 + 2);
}

TEST_CASE("The ledgers as reports: cells, directions, drill-down to vouchers and from the trial balance",
          "[finance][ledgers][backends]")
{
    Ledgers l;
    const QList<ReportDefinition> reports = FinanceReports::declarations();
    const auto find = [&](const QString &id) -> const ReportDefinition & {
        for (const ReportDefinition &report : reports)
            if (report.id() == id)
                return report;
        FAIL("no report " << id.toStdString());
        return reports.constFirst();
    };
    for (const ReportDefinition &report : reports)
        CHECK(report.declarationErrors().isEmpty());

    const auto run = [&](const QString &id, const QMap<QString, QString> &texts) {
        const ReportDefinition &report = find(id);
        QVariantMap values;
        QString error;
        REQUIRE(report.resolveParameters(texts, &values, &error));
        auto result = ReportRunner::run(report, values, *l.books.manager, {}, {}, &error);
        INFO(error.toStdString());
        REQUIRE(result);
        return *result;
    };
    const QString bank = QString::number(l.books.account("1002"));
    ReportResult detail = run(LedgerReports::accountLedger(),
                              {{QStringLiteral("account"), bank}, {QStringLiteral("from"), QStringLiteral("2026-11")},
                               {QStringLiteral("to"), QStringLiteral("2026-11")}});
    REQUIRE(detail.rowCount() == 5);
    CHECK(detail.value(0, 2).toString() == AccountLedger::tr("Opening balance"));
    CHECK(detail.value(0, 5).toString() == AccountLedger::tr("Dr"));
    CHECK(detail.value(0, 6).toLongLong() == 67000000);
    CHECK(detail.value(1, 1).toString() == QStringLiteral("2026-11 记-0001"));
    CHECK(detail.value(1, 3).isNull());                  // no debit on a credit line
    CHECK(detail.value(1, 4).toLongLong() == 500000);
    CHECK(detail.rowEntity(1) == FinanceEntities::voucher());
    CHECK(detail.rowRecordId(1) == l.cash);
    CHECK(detail.rowRecordId(2) == l.collected);
    CHECK(detail.rowRecordId(0) == 0);                   // the opening line opens nothing
    CHECK(detail.value(3, 2).toString() == AccountLedger::tr("Total for the month"));
    CHECK(detail.value(3, 0).isNull());
    CHECK(detail.value(4, 3).toLongLong() == 61000000);
    CHECK(detail.value(4, 6).toLongLong() == 67500000);

    // The capital account shows its balance as a credit.
    const ReportResult capital = run(LedgerReports::accountLedger(),
                                     {{QStringLiteral("account"), QString::number(l.books.account("3001"))},
                                      {QStringLiteral("from"), QStringLiteral("2026-01")},
                                      {QStringLiteral("to"), QStringLiteral("2026-12")}});
    CHECK(capital.value(capital.rowCount() - 1, 5).toString() == AccountLedger::tr("Cr"));
    CHECK(capital.value(capital.rowCount() - 1, 6).toLongLong() == 67000000);

    // The bank journal finds 1002 by itself; a day in December.
    const ReportResult journalOfBank = run(LedgerReports::bankJournal(), {{QStringLiteral("from"), QStringLiteral("2026-12-01")},
                                                                          {QStringLiteral("to"), QStringLiteral("2026-12-31")}});
    REQUIRE(journalOfBank.rowCount() == 1 + 2 + 1 + 2);
    CHECK(journalOfBank.value(0, 7).toLongLong() == 67500000);
    CHECK(journalOfBank.value(1, 3).toString() == QStringLiteral("560201 办公费"));
    CHECK(journalOfBank.value(2, 3).toString() == QStringLiteral("1001 库存现金"));
    CHECK(journalOfBank.value(3, 2).toString() == AccountLedger::tr("Total for the day"));
    CHECK(journalOfBank.value(3, 5).toLongLong() == 50000);
    // The cash journal refuses an account that is not cash.
    {
        const ReportDefinition &cash = find(LedgerReports::cashJournal());
        QVariantMap values;
        QString error;
        REQUIRE(cash.resolveParameters({{QStringLiteral("account"), bank}}, &values, &error));
        CHECK_FALSE(ReportRunner::run(cash, values, *l.books.manager, {}, {}, &error));
        CHECK(error.contains(QStringLiteral("1001")));
    }

    const ReportResult journal = run(LedgerReports::journal(), {{QStringLiteral("from"), QStringLiteral("2026-11")},
                                                                {QStringLiteral("to"), QStringLiteral("2026-11")}});
    REQUIRE(journal.rowCount() == 7);
    CHECK(journal.rowRecordId(2) == l.sale);
    CHECK(journal.total(5) == 4890000);
    CHECK(journal.total(6) == 4890000);

    const ReportResult general = run(LedgerReports::generalLedger(), {{QStringLiteral("from"), QStringLiteral("2026-11")},
                                                                      {QStringLiteral("to"), QStringLiteral("2026-11")},
                                                                      {QStringLiteral("account"), bank}});
    REQUIRE(general.rowCount() == 3);
    CHECK(general.value(0, 0).toString() == QStringLiteral("1002"));
    CHECK(general.value(1, 0).toString().isEmpty());
    CHECK(general.value(2, 4).toLongLong() == 61000000);
    CHECK(general.rowEntity(2) == FinanceEntities::account());

    // A double click on an account in the trial balance or the general
    // ledger opens its detail ledger for the same periods.
    for (const QString &id : {QStringLiteral("finance.trial_balance"), LedgerReports::generalLedger()}) {
        const ReportDefinition::DrillThrough *drill = find(id).drillThroughFor(FinanceEntities::account());
        REQUIRE(drill);
        CHECK(drill->reportId == LedgerReports::accountLedger());
        CHECK(drill->parameterKey == QStringLiteral("account"));
        CHECK(find(drill->reportId).parameter(QStringLiteral("from"))->type
              == find(id).parameter(QStringLiteral("from"))->type);
    }
}

TEST_CASE("The account ledger reads the same lines vouchers first or lines first", "[finance][ledgers][backends]")
{
    Ledgers l;
    using Reading = AccountLedger::Options::Reading;
    struct Range
    {
        const char *code;
        QDate from, to;
        int limit;
        bool unposted;
    };
    // Whole months, a range starting mid-month (its earlier days are
    // brought forward from their lines), the first page, drafts included.
    const QList<Range> ranges{{"1002", QDate(2026, 11, 1), QDate(2026, 12, 31), 0, false},
                              {"100201", QDate(2026, 11, 8), QDate(2026, 12, 31), 0, false},
                              {"100201", QDate(2026, 11, 8), QDate(2026, 12, 31), 2, true},
                              {"1122", QDate(2026, 11, 15), QDate(2026, 11, 30), 0, false},
                              {"3001", QDate(), QDate(2026, 12, 31), 1, false}};
    for (const Range &range : ranges) {
        INFO(range.code << " from " << range.from.toString(Qt::ISODate).toStdString());
        AccountLedger::Options options = l.options(range.code, range.from, range.to);
        options.limit = range.limit;
        options.includeUnposted = range.unposted;
        options.reading = Reading::AccountLinesFirst;
        const QList<AccountLedger::Row> linesFirst = ledger(l.books.db(), options);
        options.reading = Reading::VouchersFirst;
        const QList<AccountLedger::Row> vouchersFirst = ledger(l.books.db(), options);
        options.reading = Reading::Cheapest;
        const QList<AccountLedger::Row> cheapest = ledger(l.books.db(), options);
        REQUIRE(linesFirst.size() == vouchersFirst.size());
        REQUIRE(linesFirst.size() == cheapest.size());
        for (qsizetype i = 0; i < linesFirst.size(); ++i) {
            INFO("row " << i);
            CHECK(int(linesFirst[i].kind) == int(vouchersFirst[i].kind));
            CHECK(linesFirst[i].voucherId == vouchersFirst[i].voucherId);
            CHECK(linesFirst[i].debit == vouchersFirst[i].debit);
            CHECK(linesFirst[i].credit == vouchersFirst[i].credit);
            CHECK(linesFirst[i].balance == vouchersFirst[i].balance);
            CHECK(linesFirst[i].balance == cheapest[i].balance);
        }
    }
    // Mid-month: 100201 from November 8 opens after the withdrawal of the 5th.
    const QList<AccountLedger::Row> mid = ledger(l.books.db(), l.options("100201", QDate(2026, 11, 8), QDate(2026, 11, 30)));
    REQUIRE(mid.size() == 1 + 1 + 2);
    checkRow(mid[0], Kind::Opening, 0, 0, 66500000);
    checkRow(mid[1], Kind::Line, 1000000, 0, 67500000);
    // The month's total counts from the range's first day; the year's, the
    // whole year so far.
    checkRow(mid[2], Kind::PeriodTotal, 1000000, 0, 67500000);
    checkRow(mid[3], Kind::YearTotal, 61000000, 500000, 67500000);
}

TEST_CASE("The account books' index serves the account ledger", "[finance][ledgers]")
{
    Books books;
    QString error;
    // Step 3 ran when the books were made; running it again changes nothing.
    REQUIRE(FinanceSchema::installLedgerIndexes(books.db(), &error));
    QSqlQuery plan(books.db().connection());
    REQUIRE(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT sum(l.debit - l.credit) FROM finance_voucher_line l "
                                     "CROSS JOIN finance_voucher v WHERE l.account IN (1, 2) AND v.id = l.voucher "
                                     "AND v.date < '2026-01-01' AND v.state = 'posted'")));
    QStringList steps;
    while (plan.next())
        steps.append(plan.value(3).toString());
    INFO(steps.join(QLatin1Char('\n')).toStdString());
    CHECK(steps.join(QLatin1Char('\n')).contains(QStringLiteral("COVERING INDEX finance_voucher_line_account_voucher")));
}

TEST_CASE("The account ledger's first page can walk the vouchers' date index on either database",
          "[finance][ledgers][backends]")
{
    Ledgers l;
    Database &db = l.books.db();
    const bool postgres = db.dialect().kind() == SqlDialect::Kind::Postgres;
    // The page's ORDER BY as AccountLedger writes it: the date as the
    // date index orders it, so the planner can read vouchers in date order
    // and stop after the page. Scans, joins that read the whole range and
    // full sorts are switched off to see whether the index can serve the
    // order at all (on a few rows the planner would rather scan and sort);
    // before, PostgreSQL could not, and sorted every line of the range
    // (ORDER BY v.date is NULLS LAST, its index NULLS FIRST).
    const QString sql =
        QStringLiteral("SELECT v.id, v.date, l.debit FROM finance_voucher v CROSS JOIN finance_voucher_line l "
                       "WHERE l.account IN (%1) AND v.id = l.voucher AND v.state = 'posted' AND v.date >= '2026-06-01' "
                       "AND v.date <= '2026-12-31' ORDER BY %2, %3, v.number, v.id, l.line_no, l.id LIMIT 51")
            .arg(l.books.account("100201"))
            .arg(db.dialect().orderTerm(QStringLiteral("v.date"), Qt::AscendingOrder), AccountLedger::wordRank());
    if (postgres) {
        QSqlQuery plan(db.connection());
        for (const char *off : {"enable_seqscan", "enable_hashjoin", "enable_mergejoin", "enable_bitmapscan", "enable_sort"})
            REQUIRE(plan.exec(QStringLiteral("SET %1 = off").arg(QString::fromLatin1(off))));
        // Run directly, not prepared: QPSQL cannot prepare EXPLAIN.
        REQUIRE(plan.exec(QStringLiteral("EXPLAIN ") + sql));
        QStringList steps;
        while (plan.next())
            steps.append(plan.value(0).toString());
        plan.finish();
        for (const char *off : {"enable_seqscan", "enable_hashjoin", "enable_mergejoin", "enable_bitmapscan", "enable_sort"})
            REQUIRE(plan.exec(QStringLiteral("RESET %1").arg(QString::fromLatin1(off))));
        const QString text = steps.join(QLatin1Char('\n'));
        INFO(text.toStdString());
        CHECK(text.contains(QStringLiteral("Index Scan using finance_voucher_date_index on finance_voucher v")));
        CHECK(text.contains(QStringLiteral("Presorted Key: v.date")));
        // And no parallel workers, which would each walk a share of the
        // range instead of stopping after the page (finance step 6).
        const auto options = db.scalar(QStringLiteral("SELECT array_to_string(reloptions, ',') FROM pg_class "
                                                      "WHERE oid = 'finance_voucher'::regclass"));
        REQUIRE(options);
        CHECK(options->toString() == QStringLiteral("parallel_workers=0"));
    } else {
        // SQLite's statement is the one it always ran (its index puts NULL first too).
        CHECK(db.dialect().orderTerm(QStringLiteral("v.date"), Qt::AscendingOrder) == QStringLiteral("v.date ASC"));
    }
    // And the ledger's first page is still the lines in date order.
    AccountLedger::Options options = l.options("100201", QDate(2026, 6, 1), QDate(2026, 12, 31));
    options.limit = 3;
    QString error;
    const auto rows = AccountLedger::compute(db, options, &error);
    INFO(error.toStdString());
    REQUIRE(rows);
    QList<qint64> vouchers;
    for (const AccountLedger::Row &row : *rows)
        if (row.kind == AccountLedger::Kind::Line)
            vouchers.append(row.voucherId);
    CHECK(vouchers == QList<qint64>{l.october, l.cash, l.collected});
}

TEST_CASE("A double click on an account in the trial balance opens its ledger for the same periods", "[finance][ledgers]")
{
    Ledgers l;
    ExtensionRegistries registries;
    for (const ReportDefinition &report : FinanceReports::declarations())
        REQUIRE(registries.reports.add(QStringLiteral("finance"), report));
    ReportsPage page(*l.books.manager, registries, QStringLiteral("finance"));
    REQUIRE(page.openReport(QStringLiteral("finance.trial_balance")));
    ReportView *balances = page.currentView();
    REQUIRE(balances);
    balances->setParameterValue(QStringLiteral("from"), QDate(2026, 11, 1));
    balances->setParameterValue(QStringLiteral("to"), QDate(2026, 11, 1));
    {
        QSignalSpy ended(balances, &ReportView::runEnded);
        balances->run();
        REQUIRE(ended.wait(20000));
    }
    ReportTreeModel *model = balances->model();
    QModelIndex bank;
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->data(model->index(row, 0)).toString() == QStringLiteral("1002"))
            bank = model->index(row, 1);
    REQUIRE(bank.isValid());

    QSignalSpy opened(balances, &ReportView::drillDownRequested);
    emit balances->treeView()->doubleClicked(bank);
    CHECK(opened.isEmpty()); // not the account's form: its ledger
    ReportView *ledger = page.currentView();
    REQUIRE(ledger);
    REQUIRE(ledger->definition().id() == LedgerReports::accountLedger());
    const QVariantMap values = ledger->parameterValues();
    CHECK(values.value(QStringLiteral("account")).toLongLong() == l.books.account("1002"));
    CHECK(values.value(QStringLiteral("from")).toDate() == QDate(2026, 11, 1));
    CHECK(values.value(QStringLiteral("to")).toDate() == QDate(2026, 11, 1));
    if (ledger->isRunning()) {
        QSignalSpy ended(ledger, &ReportView::runEnded);
        REQUIRE(ended.wait(20000));
    }
    const auto result = ledger->result();
    REQUIRE(result);
    REQUIRE(result->rowCount() == 5);
    CHECK(result->value(0, 6).toLongLong() == 67000000);
    CHECK(result->rowRecordId(1) == l.cash);

    // A voucher line in the ledger still opens the voucher.
    QSignalSpy voucher(ledger, &ReportView::drillDownRequested);
    emit ledger->treeView()->doubleClicked(ledger->model()->index(1, 0));
    REQUIRE(voucher.size() == 1);
    CHECK(voucher.first().at(0).toString() == FinanceEntities::voucher());
    CHECK(voucher.first().at(1).toLongLong() == l.cash);
}

namespace {

// One page of a PDF as pdftotext reads it, laid out.
QString pdfPage(const QString &path, int page)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page),
                                                QStringLiteral("-l"), QString::number(page), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The line of `text` that holds `label`, with the label and what comes
// before it cut off; empty when there is none.
QString lineWith(const QString &text, const QString &label)
{
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (const qsizetype at = line.indexOf(label); at >= 0)
            return line.mid(at + label.size()).simplified();
    return QString();
}

ReportResult runReport(Books &books, const QString &id, const QMap<QString, QString> &texts)
{
    for (const ReportDefinition &report : FinanceReports::declarations()) {
        if (report.id() != id)
            continue;
        QVariantMap values;
        QString error;
        REQUIRE(report.resolveParameters(texts, &values, &error));
        auto result = ReportRunner::run(report, values, *books.manager, {}, {}, &error);
        INFO(error.toStdString());
        REQUIRE(result);
        return *result;
    }
    FAIL("no report " << id.toStdString());
    return {};
}

} // namespace

TEST_CASE("Printed ledgers end each page with 过次页 and start the next with 承前页", "[finance][ledgers][backends]")
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        FAIL("pdftotext (poppler-utils) is needed to read the PDF back");
    Books books;
    // 150 cash vouchers in November: receipts of i yuan, and every fifth a
    // payment of 50 yuan; the running month-to-date sums are known per
    // voucher number.
    QList<qint64> debits{0}, credits{0};
    for (int i = 1; i <= 150; ++i) {
        const bool payment = i % 5 == 0;
        const qint64 amount = payment ? 5'000 : i * 100;
        books.post(payment ? books.voucher(QDate(2026, 11, 1 + i / 6), "560201", "1001", amount, QStringLiteral("办公费"))
                           : books.voucher(QDate(2026, 11, 1 + i / 6), "1001", "100201", amount, QStringLiteral("提现")));
        debits.append(debits.constLast() + (payment ? 0 : amount));
        credits.append(credits.constLast() + (payment ? amount : 0));
    }
    const ReportDefinition::Column money = ReportDefinition::Column::money(QStringLiteral("m"), {});
    const auto text = [&](qint64 value) { return ReportResult::valueText(money, value); };
    const QRegularExpression reference(QStringLiteral("2026-11 记-(\\d{4})"));
    QTemporaryDir dir;
    ReportPdfWriter writer;
    // The account ledger, and the cash journal with its daily totals: the
    // figures run from the start of the month either way.
    for (const QString &id : {LedgerReports::accountLedger(), LedgerReports::cashJournal()}) {
        INFO(id.toStdString());
        const ReportResult ledger = runReport(
            books, id,
            {{QStringLiteral("account"), QString::number(books.account("1001"))},
             {QStringLiteral("from"),
              id == LedgerReports::cashJournal() ? QStringLiteral("2026-11-01") : QStringLiteral("2026-11")},
             {QStringLiteral("to"), id == LedgerReports::cashJournal() ? QStringLiteral("2026-11-30") : QStringLiteral("2026-11")}});
        const QString path = dir.filePath(id + QStringLiteral(".pdf"));
        REQUIRE(writer.exportPdf(ledger, path) == ReportPdfWriter::Code::Success);
        REQUIRE(writer.pageCount() >= 3);
        if (qEnvironmentVariable("BACKROOM_SHOTS") == QLatin1String("1"))
            QFile::remove(QStringLiteral("/tmp/yearend-%1.pdf").arg(id)),
                QFile::copy(path, QStringLiteral("/tmp/yearend-%1.pdf").arg(id));
        for (int page = 1; page < writer.pageCount(); ++page) {
            INFO("page " << page);
            const QString here = pdfPage(path, page);
            const QString next = pdfPage(path, page + 1);
            // The last voucher printed on the page decides the figures.
            int last = 0;
            for (auto it = reference.globalMatch(here); it.hasNext();)
                last = std::max(last, it.next().captured(1).toInt());
            REQUIRE(last > 0);
            const qint64 balance = debits.at(last) - credits.at(last);
            const QString carried = lineWith(here, ReportPdfWriter::carriedForwardText());
            const QString brought = lineWith(next, ReportPdfWriter::broughtForwardText());
            INFO(carried.toStdString() << " / " << brought.toStdString());
            CHECK(carried == QStringLiteral("%1 %2 %3 %4").arg(text(debits.at(last)), text(credits.at(last)),
                                                              AccountLedger::direction(balance), text(balance)));
            CHECK(brought == carried);
            // 过次页 is the page's last line, 承前页 the next page's first.
            CHECK(here.indexOf(ReportPdfWriter::carriedForwardText()) > here.lastIndexOf(reference));
            CHECK(next.indexOf(ReportPdfWriter::broughtForwardText()) < next.indexOf(reference));
        }
        // The last page has no 过次页; the first none of 承前页.
        CHECK(lineWith(pdfPage(path, writer.pageCount()), ReportPdfWriter::carriedForwardText()).isEmpty());
        CHECK_FALSE(pdfPage(path, 1).contains(ReportPdfWriter::broughtForwardText()));
    }

    // The general ledger over five years, the cash account moving every
    // month of 2022 to 2024 by the month's number in yuan: every line is a
    // total, and a page carries the year's debits so far, whether it ends
    // on a period's total or the year's.
    for (int year = 2022; year <= 2024; ++year)
        for (int month = 1; month <= 12; ++month)
            books.post(books.voucher(QDate(year, month, 10), "1001", "100201", month * 100, QStringLiteral("提现")));
    const ReportResult general =
        runReport(books, LedgerReports::generalLedger(),
                  {{QStringLiteral("account"), QString::number(books.account("1001"))},
                   {QStringLiteral("from"), QStringLiteral("2022-01")}, {QStringLiteral("to"), QStringLiteral("2025-12")}});
    REQUIRE(general.rowCount() == 97);
    const QString generalPath = dir.filePath(QStringLiteral("general.pdf"));
    REQUIRE(writer.exportPdf(general, generalPath) == ReportPdfWriter::Code::Success);
    REQUIRE(writer.pageCount() >= 2);
    const QRegularExpression period(QStringLiteral("(202\\d)-(\\d\\d) "));
    for (int page = 1; page < writer.pageCount(); ++page) {
        INFO("general ledger page " << page);
        const QString here = pdfPage(generalPath, page);
        const qsizetype foot = here.indexOf(ReportPdfWriter::carriedForwardText());
        REQUIRE(foot > 0);
        QRegularExpressionMatch lastPeriod;
        for (auto it = period.globalMatch(here.left(foot)); it.hasNext();)
            lastPeriod = it.next();
        REQUIRE(lastPeriod.hasMatch());
        const int year = lastPeriod.captured(1).toInt(), month = lastPeriod.captured(2).toInt();
        const qint64 yearToDate = year <= 2024 ? 100 * month * (month + 1) / 2 : 0;
        const qint64 balance = 100 * 78 * (std::min(year, 2025) - 2022) + (year <= 2024 ? yearToDate : 0);
        const QString carried = lineWith(here, ReportPdfWriter::carriedForwardText());
        INFO(lastPeriod.captured(0).toStdString() << ": " << carried.toStdString());
        CHECK(carried == QStringLiteral("%1 %2 %3 %4").arg(text(yearToDate), text(0), AccountLedger::direction(balance),
                                                          text(balance)));
        CHECK(lineWith(pdfPage(generalPath, page + 1), ReportPdfWriter::broughtForwardText()) == carried);
    }
}
