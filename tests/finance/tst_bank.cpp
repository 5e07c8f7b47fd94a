// Bank reconciliation (银行对账): reading statements as banks export them
// (UTF-8 and GBK, preambles and totals, newest first, signed amounts), the
// import's refusals (bad rows by line, a broken running balance, the same
// lines twice), automatic and manual matching (ties left to the clerk),
// the reconciliation statement's figures, and the matching screen.
#include "bankentities.h"
#include "bankmatcher.h"
#include "bankreconciliation.h"
#include "bankreconciliationpage.h"
#include "bankreports.h"
#include "bankstatementcommand.h"
#include "bankstatementimport.h"
#include "bankstatementimportdialog.h"
#include "bankstatementparser.h"
#include "database.h"
#include "financebooks.h"
#include "financeentities.h"
#include "reportresult.h"
#include "reportrunner.h"
#include "voucherbook.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QLabel>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTableWidget>

#include <algorithm>
#include <random>

using namespace Backroom;
using namespace Backroom::Finance;
using FinanceTests::Books;
using Parser = BankStatementParser;

namespace {

QList<CsvReader::Row> records(const QString &text)
{
    const CsvReader reader = BankStatementImport::readData(text.toUtf8());
    REQUIRE_FALSE(reader.error());
    return reader.rows();
}

QStringList messages(const QList<Parser::Problem> &problems)
{
    QStringList list;
    for (const Parser::Problem &p : problems)
        list.append(QStringLiteral("%1|%2|%3").arg(p.line).arg(p.column, p.message));
    return list;
}

// An ICBC-style export: the account above the heading, the total below.
const char *const Icbc = "账号,6222021001123456789\n"
                         "户名,上海后台科技有限公司\n"
                         "交易日期,摘要,对方户名,对方账号,收入金额,支出金额,余额,流水号\n"
                         "2026-11-03,货款,上海华联超市有限公司,31001234567,\"12,000.00\",,\"112,000.00\",HX0001\n"
                         "2026/11/5,付货款,得力集团有限公司,6217001234,,\"2,260.00\",\"109,740.00\",HX0002\n"
                         "20261120,手续费,,,,25.00,\"109,715.00\",HX0003\n"
                         "合计,,,,\"12,000.00\",\"2,285.00\",,\n";

} // namespace

TEST_CASE("Statement amounts and dates as banks write them", "[finance][bank]")
{
    CHECK(Parser::parseAmount(QStringLiteral("1,234.56")) == 123456);
    CHECK(Parser::parseAmount(QStringLiteral("-12.30")) == -1230);
    CHECK(Parser::parseAmount(QStringLiteral("12.3")) == 1230);
    CHECK(Parser::parseAmount(QStringLiteral("12")) == 1200);
    CHECK(Parser::parseAmount(QStringLiteral("(200.00)")) == -20000);
    CHECK(Parser::parseAmount(QStringLiteral("200.00-")) == -20000);
    CHECK(Parser::parseAmount(QStringLiteral("¥1 234.50")) == 123450);
    CHECK(Parser::parseAmount(QStringLiteral("￥88.00")) == 8800);
    CHECK(Parser::parseAmount(QStringLiteral("CNY 5.00")) == 500);
    CHECK(Parser::parseAmount(QStringLiteral("+0.01")) == 1);
    CHECK_FALSE(Parser::parseAmount(QStringLiteral("1.234")));        // three decimals
    CHECK_FALSE(Parser::parseAmount(QStringLiteral("5O.00")));        // a letter O
    CHECK_FALSE(Parser::parseAmount(QStringLiteral("")));
    CHECK_FALSE(Parser::parseAmount(QStringLiteral("-")));
    CHECK_FALSE(Parser::parseAmount(QStringLiteral("12345678901234.00")));   // 14 digits
    CHECK(Parser::parseAmount(QStringLiteral("1234567890123.99")) == 123456789012399);

    CHECK(Parser::parseDate(QStringLiteral("2026-11-03")) == QDate(2026, 11, 3));
    CHECK(Parser::parseDate(QStringLiteral("2026/11/3")) == QDate(2026, 11, 3));
    CHECK(Parser::parseDate(QStringLiteral("20261103")) == QDate(2026, 11, 3));
    CHECK(Parser::parseDate(QStringLiteral("2026.11.3")) == QDate(2026, 11, 3));
    CHECK(Parser::parseDate(QStringLiteral("2026年11月3日")) == QDate(2026, 11, 3));
    CHECK(Parser::parseDate(QStringLiteral("2026-11-03 10:22:01")) == QDate(2026, 11, 3));
    CHECK_FALSE(Parser::parseDate(QStringLiteral("2026-13-03")).isValid());
    CHECK_FALSE(Parser::parseDate(QStringLiteral("03/11/2026")).isValid());

    const QMap<QString, QString> chinese = Parser::defaultMapping(
        {QStringLiteral("交易日期"), QStringLiteral("用途"), QStringLiteral("对方户名"), QStringLiteral("对方账号"),
         QStringLiteral("贷方发生额（元）"), QStringLiteral("借方发生额"), QStringLiteral("余额"), QStringLiteral("流水号")});
    CHECK(chinese.value(QStringLiteral("交易日期")) == QStringLiteral("date"));
    CHECK(chinese.value(QStringLiteral("用途")) == QStringLiteral("summary"));
    CHECK(chinese.value(QStringLiteral("贷方发生额（元）")) == QStringLiteral("amount_in"));   // the bank's credit is money in
    CHECK(chinese.value(QStringLiteral("借方发生额")) == QStringLiteral("amount_out"));
    CHECK(chinese.value(QStringLiteral("流水号")) == QStringLiteral("reference"));
    CHECK(chinese.size() == 8);
    const QMap<QString, QString> english = Parser::defaultMapping(
        {QStringLiteral("Date"), QStringLiteral("Description"), QStringLiteral("Money In"), QStringLiteral("Money Out"),
         QStringLiteral("Balance")});
    CHECK(english.value(QStringLiteral("Money In")) == QStringLiteral("amount_in"));
    CHECK(english.value(QStringLiteral("Money Out")) == QStringLiteral("amount_out"));
}

TEST_CASE("A statement file: preamble and total skipped, newest first put right, signed amounts", "[finance][bank]")
{
    Parser::Result icbc = Parser::parse(records(QString::fromUtf8(Icbc)));
    INFO(messages(icbc.problems).join(QLatin1Char('\n')).toStdString());
    REQUIRE(icbc.ok());
    CHECK(icbc.headerLine == 3);
    REQUIRE(icbc.lines.size() == 3);
    CHECK(icbc.lines.at(0).fileLine == 4);
    CHECK(icbc.lines.at(0).date == QDate(2026, 11, 3));
    CHECK(icbc.lines.at(0).counterparty == QStringLiteral("上海华联超市有限公司"));
    CHECK(icbc.lines.at(0).counterpartyAccount == QStringLiteral("31001234567"));
    CHECK(icbc.lines.at(0).amountIn == 1200000);
    CHECK(icbc.lines.at(1).amountOut == 226000);
    CHECK(icbc.lines.at(2).reference == QStringLiteral("HX0003"));
    CHECK(icbc.opening == 10000000);
    CHECK(icbc.closing == 10971500);
    CHECK_FALSE(icbc.newestFirst);

    // CCB-style in GBK, newest first, with times: read as GB18030, the
    // running balance says which way the file goes.
    const QString ccb = QStringLiteral("交易时间,交易摘要,对方账户名称,对方账号,贷方发生额(元),借方发生额(元),账户余额,交易流水号\n"
                                       "2026-11-20 10:22:01,结息,,,12.34,,5012.34,B3\n"
                                       "2026-11-10 09:01:00,转账,北京京东世纪贸易有限公司,110,,1000.00,5000.00,B2\n"
                                       "2026-11-02 15:30:00,货款,北京京东世纪贸易有限公司,110,3000.00,,6000.00,B1\n");
    QStringEncoder gbk("GB18030");
    const QByteArray bytes = gbk.encode(ccb);
    REQUIRE(bytes != ccb.toUtf8());
    const CsvReader reader = BankStatementImport::readData(bytes);
    CHECK(reader.encoding() == QStringLiteral("GB18030"));
    const Parser::Result newest = Parser::parse(reader.rows());
    REQUIRE(newest.ok());
    CHECK(newest.newestFirst);
    REQUIRE(newest.lines.size() == 3);
    CHECK(newest.lines.at(0).reference == QStringLiteral("B1"));
    CHECK(newest.lines.at(0).counterparty == QStringLiteral("北京京东世纪贸易有限公司"));
    CHECK(newest.lines.at(2).reference == QStringLiteral("B3"));
    CHECK(newest.opening == 300000);
    CHECK(newest.closing == 501234);

    const Parser::Result signedAmounts = Parser::parse(records(QStringLiteral(
        "Date,Description,Counterparty,Reference,Amount,Balance\n"
        "2026-11-03,Customer payment,Shanghai Hualian,REF1,\"1,234.56\",\"11,234.56\"\n"
        "2026-11-04,Bank fee,,REF2,-12.30,\"11,222.26\"\n"
        "2026-11-07,Supplier,Deli Group,REF3,(200.00),\"11,022.26\"\n")));
    REQUIRE(signedAmounts.ok());
    CHECK(signedAmounts.lines.at(0).amountIn == 123456);
    CHECK(signedAmounts.lines.at(1).amountOut == 1230);
    CHECK(signedAmounts.lines.at(1).amountIn == 0);
    CHECK(signedAmounts.lines.at(2).amountOut == 20000);
    CHECK(signedAmounts.opening == 1000000);
}

TEST_CASE("Every bad row is named with its line, and a broken balance says where", "[finance][bank]")
{
    const Parser::Result bad = Parser::parse(records(QStringLiteral(
        "交易日期,摘要,收入金额,支出金额,余额,流水号\n"
        "2026-13-03,货款,100.00,,1100.00,A1\n"
        "2026-11-04,货款,5O.00,,1150.00,A2\n"
        "2026-11-05,付款,10.00,10.00,1150.00,A3\n"
        "2026-11-06,空,,,1150.00,A4\n")));
    CHECK(messages(bad.problems)
          == QStringList{QStringLiteral("2|交易日期|“2026-13-03” is not a date (write 2026-11-03, 2026/11/3 or 20261103)."),
                         QStringLiteral("3|收入金额|“5O.00” is not an amount with at most two decimals."),
                         QStringLiteral("4||The line has money in (10.00) and money out (10.00); a statement line has "
                                        "one or the other."),
                         QStringLiteral("5||The line has no amount.")});
    CHECK(bad.lines.size() == 4);

    const Parser::Result duplicate = Parser::parse(records(QStringLiteral(
        "交易日期,摘要,收入金额,支出金额,流水号\n2026-11-03,货款,100.00,,A1\n2026-11-07,货款,1.00,,A1\n")));
    CHECK(messages(duplicate.problems) == QStringList{QStringLiteral("3|流水号|The bank reference A1 is on line 2 already.")});

    // Line 3's balance should be 1150.00: it is named, not the lines after.
    const Parser::Result broken = Parser::parse(records(QStringLiteral(
        "交易日期,摘要,收入金额,支出金额,余额,流水号\n"
        "2026-11-03,货款,100.00,,1100.00,A1\n"
        "2026-11-04,货款,50.00,,1160.00,A2\n"
        "2026-11-05,付款,,10.00,1150.00,A3\n")));
    REQUIRE(broken.problems.size() == 1);
    CHECK(broken.problems.at(0).line == 3);
    CHECK(broken.problems.at(0).column == QStringLiteral("余额"));
    CHECK(broken.problems.at(0).message
          == QStringLiteral("The balance 1,160.00 does not follow from the balance on line 2: it should be 1,150.00. "
                            "A line is missing or an amount is wrong."));
    // Line 4 follows from line 3's balance as printed: one break, one problem.

    const Parser::Result unmapped = Parser::parse(records(QStringLiteral("甲,乙\n1,2\n")));
    CHECK(messages(unmapped.problems)
          == QStringList{QStringLiteral("0||No column is mapped to the date (交易日期): map one before importing."),
                         QStringLiteral("0||No column is mapped to an amount (收入金额 or 支出金额): map one before importing.")});
}

namespace {

// Books with a bank account statement history to reconcile: the capital
// paid in before the first statement, and November's receipts and payments.
struct Bank : Books
{
    qint64 hualian = 0;
    qint64 deli = 0;
    qint64 bank = 0;
    QHash<QString, qint64> vouchers;   // name → voucher id

    Bank()
    {
        hualian = partner("C001", "上海华联超市有限公司");
        deli = partner("S001", "得力集团有限公司");
        bank = account("100201");
        post(voucher(QDate(2026, 10, 15), "100201", "3001", 10000000, QStringLiteral("收到投资款")));
    }

    qint64 partner(const char *code, const char *name)
    {
        const Records::Result made = accountant->create(QStringLiteral("core.partner"),
                                                        {{QStringLiteral("code"), QString::fromUtf8(code)},
                                                         {QStringLiteral("name"), QString::fromUtf8(name)},
                                                         {QStringLiteral("kind"), QStringLiteral("customer")}});
        REQUIRE(made.ok());
        return made.id;
    }

    // A posted voucher moving money through 100201; positive is money in.
    qint64 money(const char *name, const QDate &date, qint64 amount, const char *other, qint64 partnerId,
                 const QString &summary)
    {
        Backroom::Finance::Voucher v;
        v.date = date;
        if (amount > 0)
            v.lines = {line("100201", amount, 0, 0, summary), line(other, 0, amount, partnerId, summary)};
        else
            v.lines = {line(other, -amount, 0, partnerId, summary), line("100201", 0, -amount, 0, summary)};
        const qint64 id = post(v);
        vouchers.insert(QString::fromLatin1(name), id);
        return id;
    }

    qint64 voucherLine(const char *name)
    {
        return db().scalar(QStringLiteral("SELECT id FROM finance_voucher_line WHERE voucher = ? AND account = ?"),
                           {vouchers.value(QString::fromLatin1(name)), bank})
            ->toLongLong();
    }

    BankStatementImport::Result import(const QString &csv, const BankStatementImport::Options &given = {})
    {
        BankStatementImport::Options options = given;
        if (!options.account)
            options.account = bank;
        return BankStatementImport::run(*accountant, BankStatementImport::readData(csv.toUtf8()), options);
    }

    qint64 lineId(qint64 statement, int lineNo)
    {
        return db().scalar(QStringLiteral("SELECT id FROM finance_bank_statement_line WHERE statement = ? AND line_no = ?"),
                           {statement, lineNo})
            ->toLongLong();
    }
};

const char *const November = "交易日期,摘要,对方户名,收入金额,支出金额,余额,流水号\n"
                             "2026-11-03,货款,上海华联超市有限公司,\"12,000.00\",,\"112,000.00\",HX0001\n"
                             "2026-11-06,货款,得力集团有限公司,,\"2,260.00\",\"109,740.00\",HX0002\n"
                             "2026-11-10,货款,,500.00,,\"110,240.00\",HX0005\n"
                             "2026-11-11,货款,,500.00,,\"110,740.00\",HX0006\n"
                             "2026-11-13,现金支票,,,300.00,\"110,440.00\",HX0007\n"
                             "2026-11-20,手续费,,,25.00,\"110,415.00\",HX0008\n"
                             "2026-11-21,结息,,12.34,,\"110,427.34\",HX0009\n";

} // namespace

TEST_CASE("Importing a statement: all or nothing, the same lines never twice, the mapping remembered",
          "[finance][bank][backends]")
{
    Bank books;
    // A bad file writes nothing.
    BankStatementImport::Result bad = books.import(QStringLiteral("交易日期,摘要,收入金额,支出金额\n"
                                                                  "2026-11-03,货款,100.00,\n2026-11-31,货款,5.00,\n"));
    CHECK_FALSE(bad.ok);
    CHECK(messages(bad.problems)
          == QStringList{QStringLiteral("3|交易日期|“2026-11-31” is not a date (write 2026-11-03, 2026/11/3 or 20261103).")});
    CHECK(books.count("finance_bank_statement") == 0);
    CHECK(books.count("finance_bank_statement_line") == 0);
    // Without a balance column the bank's balance is asked for.
    bad = books.import(QStringLiteral("交易日期,摘要,收入金额,支出金额\n2026-11-03,货款,100.00,\n"));
    CHECK(messages(bad.problems)
          == QStringList{QStringLiteral("0||The file has no balance column: enter the bank's opening or closing balance.")});
    // An account with sub-accounts is no bank account to import into.
    BankStatementImport::Options parent;
    parent.account = books.account("1002");
    bad = books.import(QString::fromUtf8(Icbc), parent);
    CHECK(bad.problems.constFirst().message.contains(QStringLiteral("has sub-accounts")));

    BankStatementImport::Result first = books.import(QString::fromUtf8(Icbc));
    INFO(messages(first.problems).join(QLatin1Char('\n')).toStdString());
    REQUIRE(first.ok);
    CHECK(first.imported == 3);
    CHECK(first.skipped == 0);
    const std::optional<Record> statement = books.accountant->read(BankEntities::statement(), first.statementId);
    REQUIRE(statement);
    CHECK(statement->value(QStringLiteral("title")).toString() == QStringLiteral("100201 2026-11-03 – 2026-11-20"));
    CHECK(statement->value(QStringLiteral("date_from")).toDate() == QDate(2026, 11, 3));
    CHECK(statement->value(QStringLiteral("date_to")).toDate() == QDate(2026, 11, 20));
    CHECK(statement->value(QStringLiteral("opening_balance")).toLongLong() == 10000000);
    CHECK(statement->value(QStringLiteral("closing_balance")).toLongLong() == 10971500);
    CHECK(books.db().scalar(QStringLiteral("SELECT sum(amount_in) FROM finance_bank_statement_line"))->toLongLong() == 1200000);
    CHECK(books.db().scalar(QStringLiteral("SELECT count(*) FROM finance_bank_statement_line WHERE state = 'unmatched'"))
              ->toLongLong() == 3);

    // The same file again: refused, nothing written.
    const BankStatementImport::Result again = books.import(QString::fromUtf8(Icbc));
    CHECK_FALSE(again.ok);
    CHECK(messages(again.problems)
          == QStringList{QStringLiteral("0||Every line of this file was imported before (3 lines); nothing was imported.")});
    CHECK(books.count("finance_bank_statement") == 1);

    // The next export overlaps the last: the old lines are left out and said so.
    const BankStatementImport::Result overlap = books.import(QStringLiteral(
        "交易日期,摘要,对方户名,对方账号,收入金额,支出金额,余额,流水号\n"
        "20261120,手续费,,,,25.00,\"109,715.00\",HX0003\n"
        "20261125,货款,,,800.00,,\"110,515.00\",HX0004\n"));
    INFO(messages(overlap.problems).join(QLatin1Char('\n')).toStdString());
    REQUIRE(overlap.ok);
    CHECK(overlap.imported == 1);
    CHECK(overlap.skipped == 1);
    CHECK(overlap.notes == QStringList{QStringLiteral("Line 2 (2026-11-20, out 25.00, HX0003) was imported before and is left out.")});
    const std::optional<Record> second = books.accountant->read(BankEntities::statement(), overlap.statementId);
    CHECK(second->value(QStringLiteral("opening_balance")).toLongLong() == 10971500);
    CHECK(second->value(QStringLiteral("closing_balance")).toLongLong() == 11051500);

    // Odd headings mapped by hand once; the next file with them maps itself.
    const QString odd = QStringLiteral("D,Text,Plus,Minus,Saldo\n2026-12-01,Rent,,100.00,\"110,415.00\"\n");
    BankStatementImport::Options mapped;
    mapped.mapping = {{QStringLiteral("D"), QStringLiteral("date")},
                      {QStringLiteral("Text"), QStringLiteral("summary")},
                      {QStringLiteral("Plus"), QStringLiteral("amount_in")},
                      {QStringLiteral("Minus"), QStringLiteral("amount_out")},
                      {QStringLiteral("Saldo"), QStringLiteral("balance")}};
    CHECK_FALSE(books.import(odd).ok);
    const BankStatementImport::Result byHand = books.import(odd, mapped);
    INFO(messages(byHand.problems).join(QLatin1Char('\n')).toStdString());
    REQUIRE(byHand.ok);
    const Parser::Result remembered = BankStatementImport::preview(
        *books.accountant, BankStatementImport::readData(QByteArrayLiteral("D,Text,Plus,Minus,Saldo\n2026-12-02,Fee,,1.00,1.00\n")));
    CHECK(remembered.ok());
    CHECK(remembered.mapping == mapped.mapping);

    // GBK with a closing balance given: the opening follows from the lines.
    QStringEncoder gbk("GB18030");
    BankStatementImport::Options closing;
    closing.closing = 11000000;
    closing.account = books.bank;
    const BankStatementImport::Result chinese = BankStatementImport::run(
        *books.accountant,
        BankStatementImport::readData(gbk.encode(QStringLiteral("交易日期,摘要,对方户名,收入金额,支出金额\n"
                                                                "2026-12-03,货款,北京京东世纪贸易有限公司,300.00,\n"))),
        closing);
    REQUIRE(chinese.ok);
    const std::optional<Record> third = books.accountant->read(BankEntities::statement(), chinese.statementId);
    CHECK(third->value(QStringLiteral("opening_balance")).toLongLong() == 10970000);
    CHECK(books.db().scalar(QStringLiteral("SELECT counterparty FROM finance_bank_statement_line WHERE statement = ?"),
                            {chinese.statementId})
              ->toString()
          == QStringLiteral("北京京东世纪贸易有限公司"));
}

TEST_CASE("Matching: one with one by amount, side and date; references and names break ties; a tie is left",
          "[finance][bank][backends]")
{
    Bank books;
    books.money("V1", QDate(2026, 11, 3), 1200000, "1122", books.hualian, QStringLiteral("收华联货款"));
    books.money("V2", QDate(2026, 11, 5), -226000, "2202", books.deli, QStringLiteral("付得力货款"));
    books.money("V3", QDate(2026, 11, 10), 50000, "1122", 0, QStringLiteral("收款 HX0005"));
    books.money("V4", QDate(2026, 11, 11), 50000, "1122", 0, QStringLiteral("收款"));
    books.money("V5", QDate(2026, 11, 12), -30000, "560201", 0, QStringLiteral("备用金"));
    books.money("V6", QDate(2026, 11, 12), -30000, "560201", 0, QStringLiteral("备用金"));
    books.money("V7", QDate(2026, 11, 25), 80000, "1122", 0, QStringLiteral("收款"));
    books.money("V8", QDate(2026, 11, 28), -100000, "2202", books.deli, QStringLiteral("付租金"));
    // Money in never matches a payment of the same amount.
    books.money("V9", QDate(2026, 11, 21), -1234, "560201", 0, QStringLiteral("杂费"));

    const BankStatementImport::Result imported = books.import(QString::fromUtf8(November));
    INFO(messages(imported.problems).join(QLatin1Char('\n')).toStdString());
    REQUIRE(imported.ok);
    const qint64 statement = imported.statementId;

    // The pure pairing does not depend on the order it is given the lines in.
    BankMatcher matcher(*books.accountant);
    const QList<BankLine> bank = matcher.statementLines(statement);
    const QList<BookLine> book = matcher.bookLines(books.bank, {}, {}, false);
    REQUIRE(bank.size() == 7);
    REQUIRE(book.size() == 10);   // the capital before the statement too
    const auto idPairs = [](const QList<BankLine> &b, const QList<BookLine> &k, int *ambiguous) {
        QList<QPair<qint64, qint64>> ids;
        for (const auto &[i, j] : BankMatcher::pairs(b, k, 5, ambiguous))
            ids.append({b.at(i).id, k.at(j).id});
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    int ambiguous = 0;
    const QList<QPair<qint64, qint64>> expected = idPairs(bank, book, &ambiguous);
    CHECK(ambiguous == 1);
    std::mt19937 random(7);
    for (int round = 0; round < 5; ++round) {
        QList<BankLine> b = bank;
        QList<BookLine> k = book;
        std::shuffle(b.begin(), b.end(), random);
        std::shuffle(k.begin(), k.end(), random);
        CHECK(idPairs(b, k, nullptr) == expected);
    }

    const BankMatcher::Outcome outcome = matcher.autoMatch(statement);
    INFO(outcome.result.message.toStdString());
    REQUIRE(outcome.result.ok());
    CHECK(outcome.matched == 4);
    CHECK(outcome.ambiguous == 1);   // 300.00 out: V5 and V6 fit as well as each other
    const auto matchedTo = [&](int lineNo) {
        return books.db()
            .scalar(QStringLiteral("SELECT o.voucher_line FROM finance_bank_match m JOIN finance_bank_match o ON "
                                   "o.match_group = m.match_group AND o.voucher_line IS NOT NULL WHERE m.statement_line = ?"),
                    {books.lineId(statement, lineNo)})
            .value_or(QVariant())
            .toLongLong();
    };
    CHECK(matchedTo(1) == books.voucherLine("V1"));
    CHECK(matchedTo(2) == books.voucherLine("V2"));   // a day later at the bank
    CHECK(matchedTo(3) == books.voucherLine("V3"));   // the reference in the voucher's summary
    CHECK(matchedTo(4) == books.voucherLine("V4"));   // the nearer date
    CHECK(matchedTo(5) == 0);
    CHECK(matchedTo(6) == 0);
    CHECK(matchedTo(7) == 0);                          // 12.34 in is not V9's 12.34 out
    CHECK(books.db().scalar(QStringLiteral("SELECT count(*) FROM finance_bank_statement_line WHERE state = 'matched'"))
              ->toLongLong() == 4);
    // Running it again changes nothing.
    CHECK(matcher.autoMatch(statement).matched == 0);

    // By hand: the totals must agree, nothing matched twice.
    const qint64 cheque = books.lineId(statement, 5);
    Records::Result manual = matcher.match({cheque}, {books.voucherLine("V5"), books.voucherLine("V6")});
    CHECK(manual.code == Records::Result::Code::Invalid);
    CHECK(manual.message == QStringLiteral("The statement lines come to -300.00 and the lines of the books to -600.00; "
                                           "matched lines must come to the same amount."));
    manual = matcher.match({cheque}, {books.voucherLine("V1")});
    CHECK(manual.message.contains(QStringLiteral("is matched already")));
    manual = matcher.match({cheque}, {books.voucherLine("V6")});
    INFO(manual.message.toStdString());
    REQUIRE(manual.ok());
    CHECK(matchedTo(5) == books.voucherLine("V6"));
    CHECK(matcher.match({cheque}, {books.voucherLine("V5")}).message
          == QStringLiteral("Statement line 5 is matched already; unmatch it first."));

    // Undone whole, then matched again automatically.
    REQUIRE(matcher.unmatch({books.lineId(statement, 1)}).ok());
    CHECK(matchedTo(1) == 0);
    CHECK(books.db().scalar(QStringLiteral("SELECT state FROM finance_bank_statement_line WHERE id = ?"),
                            {books.lineId(statement, 1)})
              ->toString() == BankEntities::unmatched());
    CHECK(matcher.unmatch({books.lineId(statement, 6)}).code == Records::Result::Code::Invalid);
    CHECK(matcher.autoMatch(statement).matched == 1);
    CHECK(matchedTo(1) == books.voucherLine("V1"));

    // The reconciliation statement on 2026-11-21, the statement's last day.
    QString error;
    const std::optional<BankReconciliation> r = BankReconciliation::compute(books.db(), statement, &error);
    INFO(error.toStdString());
    REQUIRE(r);
    CHECK(r->asOf == QDate(2026, 11, 21));
    // 100,000 + 12,000 − 2,260 + 500 + 500 − 300 − 300 − 12.34 (V9 on the 21st)
    CHECK(r->bookBalance == 11012766);
    CHECK(r->bankBalance == 11042734);
    REQUIRE(r->bankReceived.size() == 1);
    CHECK(r->bankReceived.at(0).amount == 1234);      // 结息
    CHECK(r->bankReceived.at(0).document == QStringLiteral("HX0009"));
    REQUIRE(r->bankPaid.size() == 1);
    CHECK(r->bankPaid.at(0).amount == 2500);          // 手续费
    CHECK(r->bookReceived.isEmpty());                 // V7 comes after the 21st
    REQUIRE(r->bookPaid.size() == 2);
    CHECK(r->bookPaid.at(0).id == books.vouchers.value(QStringLiteral("V5")));
    CHECK(r->bookPaid.at(0).amount == 30000);
    CHECK(r->bookPaid.at(1).id == books.vouchers.value(QStringLiteral("V9")));
    CHECK(r->adjustedBook() == 11012766 + 1234 - 2500);
    CHECK(r->adjustedBank() == 11042734 - 30000 - 1234);
    CHECK(r->agrees());

    // Through the report service, as printed.
    const ReportDefinition report = BankReports::declarations().constFirst();
    CHECK(report.id() == QStringLiteral("finance.bank_reconciliation"));
    const std::optional<ReportResult> result = ReportRunner::run(report, {{QStringLiteral("statement"), statement}},
                                                                 *books.manager, [] { return false; }, {}, &error);
    INFO(error.toStdString());
    REQUIRE(result);
    CHECK(result->text(0, 3) == QStringLiteral("100201 银行存款 / 基本存款账户 · 2026-11-03 – 2026-11-21"));
    QStringList rows;
    for (int row = 0; row < result->rowCount(); ++row)
        rows.append(result->text(row, 0).trimmed() + QLatin1Char('|') + result->text(row, 2) + QLatin1Char('|')
                    + result->text(row, 4, QLocale::c()));
    CHECK(rows == QStringList{QStringLiteral("Bank account||"),
                              QStringLiteral("Balance per books||110,127.66"),
                              QStringLiteral("Add: received by the bank, not yet in the books||12.34"),
                              QStringLiteral("|HX0009|12.34"),
                              QStringLiteral("Less: paid by the bank, not yet in the books||25.00"),
                              QStringLiteral("|HX0008|25.00"),
                              QStringLiteral("Adjusted balance per books||110,115.00"),
                              QStringLiteral("Balance per bank statement||110,427.34"),
                              QStringLiteral("Add: received in the books, not yet by the bank||0.00"),
                              QStringLiteral("Less: paid in the books, not yet by the bank||312.34"),
                              QStringLiteral("|2026-11 记-0005|300.00"),
                              QStringLiteral("|2026-11 记-0009|12.34"),
                              QStringLiteral("Adjusted balance per bank||110,115.00"),
                              QStringLiteral("Difference: none, the balances agree||0.00")});
    // Without a statement: the latest of the account.
    CHECK(BankReconciliation::latestStatement(books.db(), books.bank) == statement);
    CHECK(BankReconciliation::latestStatement(books.db(), books.account("1001")) == 0);
}

TEST_CASE("The matching screen: lists, totals of the selection, Match and Unmatch", "[finance][bank]")
{
    Bank books;
    books.money("V1", QDate(2026, 11, 3), 1200000, "1122", books.hualian, QStringLiteral("收华联货款"));
    books.money("V5", QDate(2026, 11, 12), -30000, "560201", 0, QStringLiteral("备用金"));
    books.money("V6", QDate(2026, 11, 12), -30000, "560201", 0, QStringLiteral("备用金"));
    const BankStatementImport::Result imported = books.import(QString::fromUtf8(November));
    REQUIRE(imported.ok);

    BankReconciliationPage page(*books.accountant);
    CHECK(page.account() == books.bank);
    CHECK(page.statement() == imported.statementId);
    CHECK(page.statementTable()->rowCount() == 7);
    CHECK(page.bookTable()->rowCount() == 3);   // not the capital: it came before the first statement
    const BankMatcher::Outcome outcome = page.autoMatch();
    CHECK(outcome.matched == 1);
    CHECK(page.statementTable()->rowCount() == 6);
    CHECK(page.messageLabel()->text()
          == QStringLiteral("Lines matched: 1. Lines with more than one equally good book line, to match by hand: 1."));

    // The 300.00 cheque (line 5, now the fourth unmatched) with V6.
    int bankRow = -1, bookRow = -1;
    for (int r = 0; r < page.statementTable()->rowCount(); ++r)
        if (page.statementTable()->item(r, 3)->text() == QStringLiteral("HX0007"))
            bankRow = r;
    for (int r = 0; r < page.bookTable()->rowCount(); ++r)
        if (page.bookTable()->item(r, 2)->toolTip() == QStringLiteral("2026-11 记-0003"))   // V6
            bookRow = r;
    REQUIRE(bankRow >= 0);
    REQUIRE(bookRow >= 0);
    page.statementTable()->selectRow(bankRow);
    page.bookTable()->selectRow(bookRow);
    CHECK(page.totalsLabel()->text()
          == QStringLiteral("Selected statement lines: 1, total -300.00 · book lines: 1, total -300.00 · difference 0.00"));
    page.action(QStringLiteral("match"))->trigger();
    CHECK(page.statementTable()->rowCount() == 5);
    CHECK(page.bookTable()->rowCount() == 1);
    page.setShowMatched(true);
    CHECK(page.statementTable()->rowCount() == 7);
    int matchedRow = -1;
    for (int r = 0; r < page.statementTable()->rowCount(); ++r)
        if (page.statementTable()->item(r, 3)->text() == QStringLiteral("HX0007"))
            matchedRow = r;
    page.statementTable()->clearSelection();
    page.bookTable()->clearSelection();
    page.statementTable()->selectRow(matchedRow);
    // Its book line is selected beside it: V6, and the totals agree.
    const QModelIndexList partners = page.bookTable()->selectionModel()->selectedRows();
    REQUIRE(partners.size() == 1);
    CHECK(page.bookTable()->item(partners.constFirst().row(), 2)->toolTip() == QStringLiteral("2026-11 记-0003"));
    CHECK(page.totalsLabel()->text().endsWith(QStringLiteral("difference 0.00")));
    REQUIRE(page.unmatchSelected().ok());
    CHECK(page.messageLabel()->text() == QStringLiteral("The match was undone."));
    CHECK(books.db().scalar(QStringLiteral("SELECT count(*) FROM finance_bank_match"))->toLongLong() == 2);
}

TEST_CASE("The import dialog: GBK detected, columns mapped, lines previewed, problems listed by line", "[finance][bank]")
{
    Bank books;
    const auto write = [&](const char *name, const QByteArray &bytes) {
        const QString path = books.dir.filePath(QString::fromLatin1(name));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    };
    QStringEncoder gbk("GB18030");
    const QString good = write("icbc.csv", gbk.encode(QString::fromUtf8(Icbc)));

    BankStatementImportDialog dialog(*books.accountant, books.bank);
    REQUIRE(dialog.openFile(good));
    CHECK(dialog.encoding() == QStringLiteral("GB18030"));
    REQUIRE(dialog.mappingTable()->rowCount() == 8);
    CHECK(dialog.mappingTable()->item(0, 0)->text() == QStringLiteral("交易日期"));
    CHECK(qobject_cast<QComboBox *>(dialog.mappingTable()->cellWidget(4, 1))->currentData().toString()
          == QStringLiteral("amount_in"));
    CHECK(dialog.mappingTable()->item(4, 2)->text() == QStringLiteral("12,000.00"));
    REQUIRE(dialog.previewTable()->rowCount() == 3);
    CHECK(dialog.previewTable()->item(0, 2)->text() == QStringLiteral("上海华联超市有限公司"));
    CHECK(dialog.noteLabel()->text()
          == QStringLiteral("3 lines from 2026-11-03 to 2026-11-20: in 12,000.00, out 2,285.00. Closing balance by the "
                            "file: 109,715.00."));
    CHECK(dialog.importButton()->isEnabled());

    // A column mapped away: the problem is listed and Import is off.
    dialog.setColumnField(QStringLiteral("交易日期"), QString());
    CHECK_FALSE(dialog.importButton()->isEnabled());
    CHECK(dialog.previewTable()->columnCount() == 3);
    CHECK(dialog.noteLabel()->text() == QStringLiteral("1 problem: nothing will be imported until it is corrected."));
    dialog.setColumnField(QStringLiteral("交易日期"), QStringLiteral("date"));
    REQUIRE(dialog.importButton()->isEnabled());
    const BankStatementImport::Result imported = dialog.import();
    REQUIRE(imported.ok);
    CHECK(dialog.importedStatement() == imported.statementId);
    CHECK(dialog.importedAccount() == books.bank);
    CHECK(dialog.summary() == QStringLiteral("3 statement lines were imported."));
    CHECK(dialog.result() == QDialog::Accepted);

    // The same file again: refused with the reason in the list.
    BankStatementImportDialog again(*books.accountant, books.bank);
    REQUIRE(again.openFile(good));
    CHECK_FALSE(again.import().ok);
    CHECK(again.previewTable()->item(0, 2)->text()
          == QStringLiteral("Every line of this file was imported before (3 lines); nothing was imported."));
    CHECK(books.count("finance_bank_statement") == 1);
}

TEST_CASE("From the command line: the statement for the bank account named by its code, matched when asked",
          "[finance][bank][backends]")
{
    Bank books;
    books.money("V1", QDate(2026, 11, 3), 1200000, "1122", books.hualian, QStringLiteral("收华联货款"));
    books.money("V2", QDate(2026, 11, 5), -226000, "2202", books.deli, QStringLiteral("付得力货款"));
    QTemporaryDir dir;
    const auto file = [&](const char *name, const QByteArray &text) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(text);
        return path;
    };
    const QString november = file("november.csv", November);
    const auto run = [&](const QString &path, const QMap<QString, QString> &settings) {
        return BankStatementCommand::run(*books.accountant, {path, {}, settings});
    };
    const auto problems = [](const ImporterContribution::FileOutcome &outcome) {
        QStringList list;
        for (const RecordImporter::Problem &problem : outcome.result.problems)
            list.append(QStringLiteral("%1|%2").arg(problem.line).arg(problem.message));
        return list;
    };
    const QString account = QStringLiteral("account");

    // Refused before anything is read: no account, an unknown one, one that
    // is no bank account, a parent, an amount that is not one.
    CHECK(problems(run(november, {}))
          == QStringList{QStringLiteral("0|Name the bank account the statement is for: --account CODE (e.g. --account 100201).")});
    CHECK(problems(run(november, {{account, QStringLiteral("100299")}}))
          == QStringList{QStringLiteral("0|There is no account 100299.")});
    CHECK(problems(run(november, {{account, QStringLiteral("1122")}}))
          == QStringList{QStringLiteral("0|1122 应收账款 is not a bank account (银行存款 1002 and its sub-accounts, or an "
                                        "account with statements).")});
    CHECK(problems(run(november, {{account, QStringLiteral("1002")}}))
          == QStringList{QStringLiteral("0|1002 银行存款 has sub-accounts; choose the one for this bank account.")});
    CHECK(problems(run(november, {{account, QStringLiteral("100201")}, {QStringLiteral("closing"), QStringLiteral("12,3x")}}))
          == QStringList{QStringLiteral("0|--closing: “12,3x” is not an amount (e.g. 12345.67).")});
    // A broken file: its line, and nothing written.
    const QString broken = file("broken.csv", "交易日期,摘要,收入金额,支出金额,余额\n2026-11-03,货款,100.00,,100.00\n"
                                              "2026-11-04,\"货款,5.00,,105.00\n");
    CHECK(problems(run(broken, {{account, QStringLiteral("100201")}}))
          == QStringList{QStringLiteral("3|The quoted field that starts on line 3 has no closing quotation mark.")});
    CHECK(books.count("finance_bank_statement") == 0);

    // The statement, then the matcher on it.
    const ImporterContribution::FileOutcome imported =
        run(november, {{account, QStringLiteral("100201")}, {QStringLiteral("match"), QStringLiteral("yes")}});
    INFO(problems(imported).join(QLatin1Char('\n')).toStdString());
    REQUIRE(imported.result.ok);
    CHECK(imported.result.imported == 7);
    CHECK(imported.followUpError.isEmpty());
    CHECK(imported.summary
          == QStringLiteral("Imported 7 statement line(s) for 100201 银行存款 / 基本存款账户 as “100201 2026-11-03 – "
                            "2026-11-21” (opening balance 100,000.00, closing balance 110,427.34)."));
    CHECK(imported.notes == QStringList{QStringLiteral("Matched 2 line(s) with the books automatically.")});
    CHECK(books.count("finance_bank_statement") == 1);
    CHECK(books.db().scalar(QStringLiteral("SELECT count(*) FROM finance_bank_statement_line WHERE state = 'matched'"))
              ->toLongLong() == 2);
    CHECK(books.db().scalar(QStringLiteral("SELECT source FROM finance_bank_statement"))->toString()
          == QStringLiteral("november.csv"));

    // The same file again: refused, nothing written.
    CHECK(problems(run(november, {{account, QStringLiteral("100201")}}))
          == QStringList{QStringLiteral("0|Every line of this file was imported before (7 lines); nothing was imported.")});
    CHECK(books.count("finance_bank_statement") == 1);

    // A file without a balance column takes the bank's closing balance.
    const QString december = file("december.csv", "交易日期,摘要,收入金额,支出金额\n2026-12-01,货款,100.00,\n"
                                                  "2026-12-02,手续费,,2.50\n");
    const ImporterContribution::FileOutcome withClosing =
        run(december, {{account, QStringLiteral("100201")}, {QStringLiteral("closing"), QStringLiteral("110,524.84")}});
    INFO(problems(withClosing).join(QLatin1Char('\n')).toStdString());
    REQUIRE(withClosing.result.ok);
    CHECK(withClosing.summary.endsWith(QStringLiteral("(opening balance 110,427.34, closing balance 110,524.84).")));
    CHECK(withClosing.notes.isEmpty());
}

TEST_CASE("Matching a voucher not yet posted: the match stays when it is posted; a matched draft is not deleted or "
          "changed; the reconciliation counts posted vouchers only",
          "[finance][bank][backends]")
{
    Bank books;
    // The clerk entered the receipt's voucher but has not posted it.
    Backroom::Finance::Voucher receipt;
    receipt.date = QDate(2026, 11, 3);
    receipt.lines = {books.line("100201", 1200000, 0, 0, QStringLiteral("收华联货款")),
                     books.line("1122", 0, 1200000, books.hualian, QStringLiteral("收华联货款"))};
    const Records::Result saved = books.save(receipt);
    books.vouchers.insert(QStringLiteral("draft"), saved.id);
    const qint64 draftLine = books.voucherLine("draft");

    const BankStatementImport::Result imported = books.import(QString::fromUtf8(November));
    REQUIRE(imported.ok);
    const qint64 statement = imported.statementId;
    BankMatcher matcher(*books.accountant);
    // A candidate, marked as not posted (the screen says 未记账).
    bool listed = false;
    for (const BookLine &line : matcher.bookLines(books.bank, {}, {}, false))
        if (line.id == draftLine) {
            listed = true;
            CHECK_FALSE(line.posted);
            CHECK(line.debit == 1200000);
        } else {
            CHECK(line.posted);
        }
    CHECK(listed);
    const BankMatcher::Outcome outcome = matcher.autoMatch(statement);
    REQUIRE(outcome.result.ok());
    CHECK(outcome.matched == 1);
    const auto matchedTo = [&](int lineNo) {
        return books.db()
            .scalar(QStringLiteral("SELECT o.voucher_line FROM finance_bank_match m JOIN finance_bank_match o ON "
                                   "o.match_group = m.match_group AND o.voucher_line IS NOT NULL WHERE m.statement_line = ?"),
                    {books.lineId(statement, lineNo)})
            .value_or(QVariant())
            .toLongLong();
    };
    CHECK(matchedTo(1) == draftLine);

    // The reconciliation: the books are the posted vouchers, so the bank's
    // 12,000.00 is still one the books have not recorded, and both sides
    // come to the bank's 110,427.34.
    const auto reconcile = [&] {
        QString error;
        const std::optional<BankReconciliation> r = BankReconciliation::compute(books.db(), statement, &error);
        INFO(error.toStdString());
        REQUIRE(r);
        return *r;
    };
    const auto lists = [](const QList<BankReconciliation::Item> &items, qint64 id) {
        return std::any_of(items.cbegin(), items.cend(), [id](const BankReconciliation::Item &i) { return i.id == id; });
    };
    BankReconciliation before = reconcile();
    CHECK(before.bookBalance == 10000000);
    CHECK(lists(before.bankReceived, books.lineId(statement, 1)));
    CHECK(before.adjustedBook() == 11042734);
    CHECK(before.adjustedBank() == 11042734);

    // A matched draft is neither deleted nor changed where it was matched…
    VoucherBook book(*books.accountant);
    std::optional<Backroom::Finance::Voucher> stored = book.load(saved.id);
    REQUIRE(stored);
    const Records::Result removed = book.remove(saved.id, saved.version);
    CHECK(removed.code == Records::Result::Code::Refused);
    CHECK(removed.message.startsWith(QStringLiteral("The voucher is matched with line 1 of the bank statement ")));
    // The generic list deletes through the records service: the match's
    // reference to the line keeps it, said plainly.
    const Records::Result generic = books.accountant->remove(FinanceEntities::voucher(), saved.id, saved.version);
    CHECK(generic.code == Records::Result::Code::Referenced);
    CHECK(generic.message.endsWith(QStringLiteral("cannot be deleted because other records refer to its lines.")));
    CHECK(books.count("finance_voucher") == 2);
    Backroom::Finance::Voucher changed = *stored;
    changed.lines[0].debit = 1100000;
    changed.lines[1].credit = 1100000;
    const Records::Result refused = book.save(changed);
    CHECK(refused.code == Records::Result::Code::Invalid);
    REQUIRE(refused.fieldErrors.size() == 1);
    CHECK(refused.fieldErrors.constFirst().field == QStringLiteral("lines/1/account"));
    CHECK(refused.fieldErrors.constFirst().message.startsWith(
        QStringLiteral("Line 1 is matched with the bank statement: its account and amount stay as they are")));
    // …but its other lines and its summary may change.
    changed = *stored;
    changed.lines[1].summary = QStringLiteral("收华联十月货款");
    const Records::Result edited = book.save(changed);
    INFO(edited.message.toStdString());
    REQUIRE(edited.ok());
    CHECK(matchedTo(1) == draftLine);

    // Reviewed and posted, it keeps its match and the books now have it.
    VoucherBook approver(*books.manager);
    Records::Result step = approver.review(edited.id, edited.version);
    REQUIRE(step.ok());
    step = approver.post(step.id, step.version);
    INFO(step.message.toStdString());
    REQUIRE(step.ok());
    CHECK(matchedTo(1) == draftLine);
    for (const BookLine &line : matcher.bookLines(books.bank, {}, {}, true))
        if (line.id == draftLine)
            CHECK(line.posted);
    const BankReconciliation after = reconcile();
    CHECK(after.bookBalance == 11200000);
    CHECK_FALSE(lists(after.bankReceived, books.lineId(statement, 1)));
    CHECK(after.adjustedBook() == 11042734);
    CHECK(after.adjustedBank() == 11042734);

    // A draft matched by hand and unmatched again may go.
    Backroom::Finance::Voucher fee;
    fee.date = QDate(2026, 11, 20);
    fee.lines = {books.line("560302", 2500, 0, 0, QStringLiteral("手续费")),
                 books.line("100201", 0, 2500, 0, QStringLiteral("手续费"))};
    const Records::Result feeSaved = books.save(fee);
    books.vouchers.insert(QStringLiteral("fee"), feeSaved.id);
    REQUIRE(matcher.match({books.lineId(statement, 6)}, {books.voucherLine("fee")}).ok());
    CHECK(book.remove(feeSaved.id, feeSaved.version).code == Records::Result::Code::Refused);
    REQUIRE(matcher.unmatch({books.lineId(statement, 6)}).ok());
    const Records::Result gone = book.remove(feeSaved.id, feeSaved.version);
    INFO(gone.message.toStdString());
    CHECK(gone.ok());
}
