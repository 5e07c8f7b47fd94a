// Foreign-currency accounting (外币核算): currencies and their rates by day,
// accounts kept in a currency, voucher lines carrying the original amount
// and the rate, and the local amount they must come to — rounded half away
// from zero to 分 in integer arithmetic.
#include "accountdirectory.h"
#include "accountledger.h"
#include "coreentities.h"
#include "csvreader.h"
#include "database.h"
#include "financechecks.h"
#include "financedemo.h"
#include "financebooks.h"
#include "financeentities.h"
#include "foreigncurrency.h"
#include "ledgerjournal.h"
#include "periodclose.h"
#include "records.h"
#include "revaluation.h"
#include "sqldialect.h"
#include "financereports.h"
#include "reportrunner.h"
#include "reportresult.h"
#include "tableexport.h"
#include "trialbalance.h"
#include "voucherbook.h"
#include "voucherimport.h"
#include "voucherlinesmodel.h"
#include "voucherprint.h"
#include "vouchertemplates.h"

#include <QBuffer>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace Backroom;
using namespace Backroom::Finance;

namespace {

qint64 createOrFail(Records &records, const QString &entity, const QVariantMap &values)
{
    const Records::Result made = records.create(entity, values);
    INFO(made.message.toStdString());
    REQUIRE(made.ok());
    return made.id;
}

// USD (2 decimals) and JPY (none) with their rates, and two bank
// sub-accounts kept in them: 100202 美元户, 100203 日元户.
struct ForeignBooks
{
    FinanceTests::Books books;
    qint64 usd = 0;
    qint64 jpy = 0;
    qint64 usdBank = 0;
    qint64 jpyBank = 0;

    explicit ForeignBooks(const QString &language = QStringLiteral("zh_CN"))
        : books(language)
    {
        Records &records = *books.accountant;
        usd = createOrFail(records, FinanceEntities::currency(),
                           {{QStringLiteral("code"), QStringLiteral("USD")}, {QStringLiteral("name"), QStringLiteral("美元")}});
        jpy = createOrFail(records, FinanceEntities::currency(),
                           {{QStringLiteral("code"), QStringLiteral("JPY")},
                            {QStringLiteral("name"), QStringLiteral("日元")},
                            {QStringLiteral("minor_units"), 0}});
        rate(usd, QDate(2026, 11, 1), 7123400);   // 7.123400, scaled by 10^6
        rate(usd, QDate(2026, 11, 15), 7200000);
        rate(jpy, QDate(2026, 11, 1), 48765);
        usdBank = account("100202", "美元户", usd);
        jpyBank = account("100203", "日元户", jpy);
    }

    void rate(qint64 currency, const QDate &date, qint64 scaled)
    {
        createOrFail(*books.accountant, FinanceEntities::exchangeRate(),
                     {{QStringLiteral("currency"), currency}, {QStringLiteral("date"), date}, {QStringLiteral("rate"), scaled}});
    }

    qint64 account(const char *code, const char *name, qint64 currency)
    {
        return createOrFail(*books.accountant, FinanceEntities::account(),
                            {{QStringLiteral("code"), QString::fromLatin1(code)},
                             {QStringLiteral("name"), QString::fromUtf8(name)},
                             {QStringLiteral("category"), QStringLiteral("asset")},
                             {QStringLiteral("side"), QStringLiteral("debit")},
                             {QStringLiteral("currency"), currency}});
    }

    // Dr 100202 (USD at `rate`) / Cr 5001 主营业务收入, or the other way round.
    Voucher usdVoucher(const QDate &date, qint64 foreign, qint64 rate, qint64 local, bool debit = true)
    {
        Voucher v;
        v.date = date;
        VoucherLine bank{0, QStringLiteral("收美元货款"), usdBank, debit ? local : 0, debit ? 0 : local};
        bank.currency = usd;
        bank.foreignAmount = foreign;
        bank.rate = rate;
        const VoucherLine other{0, QStringLiteral("收美元货款"), books.account("5001"), debit ? 0 : local,
                                debit ? local : 0};
        v.lines = {bank, other};
        return v;
    }
};

QStringList messages(const QList<Records::FieldError> &errors)
{
    QStringList texts;
    for (const Records::FieldError &error : errors)
        texts.append(error.field + QLatin1Char('|') + error.message);
    return texts;
}

} // namespace

TEST_CASE("Foreign currency: the local amount is rounded half away from zero to 分", "[finance][foreigncurrency]")
{
    // USD 1,000.00 × 7.123400 = 7,123.40.
    CHECK(ForeignCurrency::localAmount(100000, 2, 7123400) == 712340);
    // USD 0.01 × 7.123400 = 0.071234 yuan → 0.07.
    CHECK(ForeignCurrency::localAmount(1, 2, 7123400) == 7);
    // Exactly half a 分 rounds away from zero, both ways.
    CHECK(ForeignCurrency::localAmount(1, 2, 500000) == 1);     // 0.005 → 0.01
    CHECK(ForeignCurrency::localAmount(-1, 2, 500000) == -1);   // −0.005 → −0.01
    CHECK(ForeignCurrency::localAmount(1, 2, 499999) == 0);     // 0.00499999 → 0
    CHECK(ForeignCurrency::localAmount(-1, 2, 499999) == 0);    // no negative zero
    CHECK(ForeignCurrency::localAmount(3, 2, 1500000) == 5);    // 0.045 → 0.05
    CHECK(ForeignCurrency::localAmount(-3, 2, 1500000) == -5);  // −0.045 → −0.05
    // JPY has no decimals: ¥100 × 0.048765 = 4.8765 → 4.88; ¥1 × 0.045 = 0.045 → 0.05.
    CHECK(ForeignCurrency::localAmount(100, 0, 48765) == 488);
    CHECK(ForeignCurrency::localAmount(1, 0, 45000) == 5);
    CHECK(ForeignCurrency::localAmount(-1, 0, 45000) == -5);
    CHECK(ForeignCurrency::localAmount(12345678, 0, 48765) == 60203699);   // 602,036.988… → 602,036.99
    // A large amount stays exact (no double): USD 90,000,000,000.01 × 7.123457.
    CHECK(ForeignCurrency::localAmount(9000000000001, 2, 7123457) == Q_INT64_C(64111113000007));
    // Too large for qint64, or a currency with absurd decimals: no answer.
    CHECK_FALSE(ForeignCurrency::localAmount(std::numeric_limits<qint64>::max(), 2, 7123400).has_value());
    CHECK_FALSE(ForeignCurrency::localAmount(100, 9, 7123400).has_value());
    CHECK(ForeignCurrency::amountAtRate(QStringLiteral("USD"), 100000, 2, 7123400) == QStringLiteral("USD 1,000.00 × 7.123400"));
    CHECK(ForeignCurrency::amountText(QStringLiteral("JPY"), 123456, 0) == QStringLiteral("JPY 123,456"));
}

TEST_CASE("Foreign currency: currencies and rates by day", "[finance][foreigncurrency][backends]")
{
    ForeignBooks fx;
    Database &db = fx.books.db();
    CHECK(ForeignCurrency::companyCurrency(db) == QStringLiteral("CNY"));
    const auto jpy = ForeignCurrency::byCode(db, QStringLiteral("jpy"));
    REQUIRE(jpy);
    CHECK(jpy->id == fx.jpy);
    CHECK(jpy->decimals == 0);
    CHECK(ForeignCurrency::currency(db, fx.usd)->decimals == 2);
    // Stored as integers scaled by 10^6.
    CHECK(db.scalar(QStringLiteral("SELECT rate FROM finance_exchange_rate WHERE currency = ? AND date = '2026-11-01'"),
                    {fx.usd})
              ->toLongLong()
          == 7123400);
    // The latest on or before the day.
    CHECK_FALSE(ForeignCurrency::rateOn(db, fx.usd, QDate(2026, 10, 31)).has_value());
    CHECK(ForeignCurrency::rateOn(db, fx.usd, QDate(2026, 11, 1)) == 7123400);
    CHECK(ForeignCurrency::rateOn(db, fx.usd, QDate(2026, 11, 14)) == 7123400);
    CHECK(ForeignCurrency::rateOn(db, fx.usd, QDate(2026, 11, 15)) == 7200000);
    CHECK(ForeignCurrency::rateOn(db, fx.usd, QDate(2027, 1, 1)) == 7200000);
    CHECK(ForeignCurrency::rateOn(db, fx.jpy, QDate(2026, 11, 20)) == 48765);

    // One rate per currency and day; codes are ISO's three letters.
    const Records::Result twice = fx.books.accountant->create(
        FinanceEntities::exchangeRate(), {{QStringLiteral("currency"), fx.usd},
                                          {QStringLiteral("date"), QDate(2026, 11, 15)},
                                          {QStringLiteral("rate"), 7300000}});
    CHECK_FALSE(twice.ok());
    CHECK(ForeignCurrency::rateOn(db, fx.usd, QDate(2026, 11, 15)) == 7200000);
    const Records::Result zero = fx.books.accountant->create(
        FinanceEntities::exchangeRate(), {{QStringLiteral("currency"), fx.usd},
                                          {QStringLiteral("date"), QDate(2026, 11, 16)},
                                          {QStringLiteral("rate"), 0}});
    CHECK_FALSE(zero.ok());
    const Records::Result code = fx.books.accountant->create(
        FinanceEntities::currency(), {{QStringLiteral("code"), QStringLiteral("usd1")}, {QStringLiteral("name"), QStringLiteral("x")}});
    CHECK_FALSE(code.ok());
    const Records::Result again = fx.books.accountant->create(
        FinanceEntities::currency(), {{QStringLiteral("code"), QStringLiteral("USD")}, {QStringLiteral("name"), QStringLiteral("x")}});
    CHECK_FALSE(again.ok());
}

TEST_CASE("Foreign currency: a voucher line on a foreign-currency account is checked and kept",
          "[finance][foreigncurrency][backends]")
{
    ForeignBooks fx;
    VoucherBook book(*fx.books.accountant);
    const QDate day(2026, 11, 3);

    SECTION("USD 1,000.00 at 7.123400 is 7,123.40, saved and read back")
    {
        const Voucher entered = fx.usdVoucher(day, 100000, 7123400, 712340);
        CHECK(book.problems(entered).isEmpty());
        const Records::Result saved = book.save(entered);
        INFO(saved.message.toStdString());
        REQUIRE(saved.ok());
        const std::optional<Voucher> read = book.load(saved.id);
        REQUIRE(read);
        REQUIRE(read->lines.size() == 2);
        CHECK(read->lines.at(0).currency == fx.usd);
        CHECK(read->lines.at(0).foreignAmount == 100000);
        CHECK(read->lines.at(0).rate == 7123400);
        CHECK(read->lines.at(0).debit == 712340);
        CHECK(read->lines.at(1).currency == 0);
        CHECK(read->lines.at(1).foreignAmount == 0);
        CHECK(read->lines.at(1).rate == 0);
        // The stored columns themselves: integers.
        CHECK(fx.books.db()
                  .scalar(QStringLiteral("SELECT rate FROM finance_voucher_line WHERE voucher = ? AND line_no = 1"),
                          {saved.id})
                  ->toLongLong()
              == 7123400);

        // A red reversing voucher takes the foreign amount negated too.
        const qint64 posted = fx.books.post(entered);
        const Records::Result red = book.reverse(posted, QDate(2026, 11, 20));
        INFO(red.message.toStdString());
        REQUIRE(red.ok());
        const std::optional<Voucher> reversal = book.load(red.id);
        REQUIRE(reversal);
        CHECK(reversal->lines.at(0).debit == -712340);
        CHECK(reversal->lines.at(0).foreignAmount == -100000);
        CHECK(reversal->lines.at(0).rate == 7123400);
        // Posted lines stay as they are.
        CHECK(fx.books.rawExec(QStringLiteral("UPDATE finance_voucher_line SET foreign_amount = 1 WHERE voucher = %1")
                                   .arg(posted))
                  .contains(QStringLiteral("posted voucher cannot be changed")));
    }

    SECTION("JPY, no decimals, on the credit side")
    {
        // ¥123,456 × 0.048765 = 6,020.331… → 6,020.33.
        Voucher v;
        v.date = day;
        VoucherLine bank{0, QStringLiteral("付日元"), fx.jpyBank, 0, 602033};
        bank.currency = fx.jpy;
        bank.foreignAmount = 123456;
        bank.rate = 48765;
        v.lines = {VoucherLine{0, QStringLiteral("付日元"), fx.books.account("560202"), 602033, 0}, bank};
        CHECK(messages(book.problems(v)).isEmpty());
        v.lines[1].credit = 602034;
        v.lines[0].debit = 602034;
        CHECK(messages(book.problems(v))
              == QStringList{QStringLiteral("lines/2/credit|Line 2: JPY 123,456 at 0.048765 is 6,020.33, not 6,020.34.")});
    }

    SECTION("what is refused, by line")
    {
        Voucher v = fx.usdVoucher(day, 100000, 7123400, 712341);
        CHECK(messages(book.problems(v))
              == QStringList{QStringLiteral("lines/1/debit|Line 1: USD 1,000.00 at 7.123400 is 7,123.40, not 7,123.41.")});
        v = fx.usdVoucher(day, 0, 7123400, 712340);
        CHECK(messages(book.problems(v))
              == QStringList{QStringLiteral("lines/1/foreign_amount|Line 1: 100202 美元户 is kept in USD; enter the "
                                            "amount in USD.")});
        v = fx.usdVoucher(day, 100000, 0, 712340);
        CHECK(messages(book.problems(v))
              == QStringList{QStringLiteral("lines/1/rate|Line 1: enter the exchange rate of USD.")});
        v = fx.usdVoucher(day, 100000, 7123400, 712340);
        v.lines[0].currency = fx.jpy;
        CHECK(messages(book.problems(v))
              == QStringList{QStringLiteral("lines/1/currency|Line 1: 100202 美元户 is kept in USD; the line's "
                                            "currency must be USD.")});
        v = fx.usdVoucher(day, 100000, 7123400, 712340);
        v.lines[0].currency = 0;
        CHECK(messages(book.problems(v)).size() == 1);
        v = fx.usdVoucher(day, -100000, 7123400, 712340);
        CHECK(messages(book.problems(v))
              == QStringList{QStringLiteral("lines/1/foreign_amount|Line 1: the amount in USD and the local amount "
                                            "have different signs.")});
        // An ordinary account carries no currency.
        v = fx.usdVoucher(day, 100000, 7123400, 712340);
        v.lines[1].currency = fx.usd;
        v.lines[1].foreignAmount = 100000;
        v.lines[1].rate = 7123400;
        CHECK(messages(book.problems(v))
              == QStringList{QStringLiteral("lines/2/currency|Line 2: 5001 主营业务收入 is kept in the company's own "
                                            "currency; leave its currency, foreign amount and rate empty.")});
        // Nothing refused was written.
        CHECK(fx.books.count("finance_voucher") == 0);
        CHECK_FALSE(book.save(v).ok());
        CHECK(fx.books.count("finance_voucher") == 0);
    }
}

TEST_CASE("Foreign currency: the entry grid fills the rate and the local amount", "[finance][foreigncurrency][backends]")
{
    ForeignBooks fx;
    AccountDirectory accounts(fx.books.db());
    VoucherLinesModel model(*fx.books.accountant, accounts);
    QDate day(2026, 11, 20);
    model.setDateSource([&day] { return day; });
    CHECK_FALSE(model.isColumnNeeded(VoucherLinesModel::Foreign));

    // The USD account: its currency, the rate of the 15th (the latest on or
    // before the 20th), and nothing to type in the currency itself.
    REQUIRE(model.setData(model.index(0, VoucherLinesModel::Summary), QStringLiteral("收美元货款")));
    REQUIRE(model.setData(model.index(0, VoucherLinesModel::Account), fx.usdBank));
    CHECK(model.isColumnNeeded(VoucherLinesModel::Currency));
    CHECK(model.isColumnNeeded(VoucherLinesModel::Rate));
    CHECK(model.needsForeign(0));
    CHECK(model.data(model.index(0, VoucherLinesModel::Currency)).toString() == QStringLiteral("USD"));
    CHECK(model.data(model.index(0, VoucherLinesModel::Rate)).toString() == QStringLiteral("7.200000"));
    CHECK_FALSE(model.flags(model.index(0, VoucherLinesModel::Currency)).testFlag(Qt::ItemIsEditable));
    CHECK(model.flags(model.index(0, VoucherLinesModel::Foreign)).testFlag(Qt::ItemIsEditable));

    // USD 2,500.00 typed: the debit follows, 18,000.00.
    REQUIRE(model.setData(model.index(0, VoucherLinesModel::Foreign), qint64(250000)));
    CHECK(model.line(0).debit == 1800000);
    CHECK(model.data(model.index(0, VoucherLinesModel::Foreign)).toString() == QStringLiteral("2,500.00"));
    // A rate typed instead: 7.154321 → 17,885.8025 → 17,885.80.
    REQUIRE(model.setData(model.index(0, VoucherLinesModel::Rate), qint64(7154321)));
    CHECK(model.line(0).debit == 1788580);
    CHECK(model.line(0).credit == 0);
    // On the credit side it stays there.
    model.moveToOtherSide(0, VoucherLinesModel::Debit);
    REQUIRE(model.setData(model.index(0, VoucherLinesModel::Foreign), qint64(100000)));
    CHECK(model.line(0).credit == 715432);
    CHECK(model.line(0).debit == 0);

    // `=` on the other line balances against it, and the voucher saves.
    REQUIRE(model.setData(model.index(1, VoucherLinesModel::Summary), QStringLiteral("收美元货款")));
    REQUIRE(model.setData(model.index(1, VoucherLinesModel::Account), fx.books.account("1001")));
    CHECK_FALSE(model.needsForeign(1));
    CHECK_FALSE(model.flags(model.index(1, VoucherLinesModel::Foreign)).testFlag(Qt::ItemIsEditable));
    model.balance(1, VoucherLinesModel::Debit);
    CHECK(model.line(1).debit == 715432);
    Voucher v;
    v.date = day;
    v.lines = model.enteredLines();
    REQUIRE(v.lines.size() == 2);
    CHECK(v.lines.at(0).currency == fx.usd);
    CHECK(v.lines.at(0).foreignAmount == 100000);
    CHECK(v.lines.at(0).rate == 7154321);
    CHECK(v.lines.at(1).currency == 0);
    VoucherBook book(*fx.books.accountant);
    CHECK(messages(book.problems(v)).isEmpty());

    // Another account instead: the foreign figures go with the old one.
    REQUIRE(model.setData(model.index(0, VoucherLinesModel::Account), fx.books.account("100201")));
    CHECK(model.line(0).currency == 0);
    CHECK(model.line(0).foreignAmount == 0);
    CHECK(model.line(0).rate == 0);
    CHECK_FALSE(model.isColumnNeeded(VoucherLinesModel::Foreign));
    // JPY: no decimals, the rate of the 1st.
    REQUIRE(model.setData(model.index(0, VoucherLinesModel::Account), fx.jpyBank));
    CHECK(model.currencyDecimals(model.line(0)) == 0);
    REQUIRE(model.setData(model.index(0, VoucherLinesModel::Foreign), qint64(123456)));
    CHECK(model.line(0).credit == 602033);
    CHECK(model.data(model.index(0, VoucherLinesModel::Foreign)).toString() == QStringLiteral("123,456"));
}

TEST_CASE("Foreign currency: the books show the original amounts — ledger, print, journal",
          "[finance][foreigncurrency][backends]")
{
    ForeignBooks fx;
    // In: USD 1,000.00 at 7.123400 = 7,123.40. Out: USD 400.00 at 7.200000 = 2,880.00.
    const qint64 in = fx.books.post(fx.usdVoucher(QDate(2026, 11, 3), 100000, 7123400, 712340));
    Voucher out;
    out.date = QDate(2026, 11, 16);
    VoucherLine dollars{0, QStringLiteral("美元结汇"), fx.usdBank, 0, 288000};
    dollars.currency = fx.usd;
    dollars.foreignAmount = 40000;
    dollars.rate = 7200000;
    out.lines = {VoucherLine{0, QStringLiteral("美元结汇"), fx.books.account("100201"), 288000, 0}, dollars};
    fx.books.post(out);

    SECTION("the 外币金额式 ledger: brought forward, lines, totals in both currencies")
    {
        AccountLedger::Options options;
        options.accountId = fx.usdBank;
        options.from = QDate(2026, 11, 10);
        options.to = QDate(2026, 11, 30);
        options.foreign = true;
        QString error;
        const auto rows = AccountLedger::compute(fx.books.db(), options, &error);
        INFO(error.toStdString());
        REQUIRE(rows);
        REQUIRE(rows->size() == 4);
        const AccountLedger::Row &opening = rows->at(0);
        CHECK(opening.balance == 712340);
        CHECK(opening.foreignBalance == 100000);
        const AccountLedger::Row &line = rows->at(1);
        CHECK(line.kind == AccountLedger::Kind::Line);
        CHECK(line.credit == 288000);
        CHECK(line.foreignCredit == 40000);
        CHECK(line.foreignDebit == 0);
        CHECK(line.rate == 7200000);
        CHECK(line.balance == 424340);
        CHECK(line.foreignBalance == 60000);
        const AccountLedger::Row &month = rows->at(2);
        CHECK(month.kind == AccountLedger::Kind::PeriodTotal);
        CHECK(month.foreignDebit == 0);
        CHECK(month.foreignCredit == 40000);
        CHECK(month.foreignBalance == 60000);
        const AccountLedger::Row &year = rows->at(3);
        CHECK(year.kind == AccountLedger::Kind::YearTotal);
        CHECK(year.debit == 712340);
        CHECK(year.foreignDebit == 100000);
        CHECK(year.credit == 288000);
        CHECK(year.foreignCredit == 40000);

        // Without asking, the ledger is the local one it always was.
        options.foreign = false;
        const auto plain = AccountLedger::compute(fx.books.db(), options, &error);
        REQUIRE(plain);
        CHECK(plain->at(1).foreignCredit == 0);
        CHECK(plain->at(1).balance == 424340);
    }

    SECTION("the voucher print names the original amount and the rate under the account")
    {
        const std::optional<Record> voucher = fx.books.manager->read(FinanceEntities::voucher(), in);
        REQUIRE(voucher);
        QVariantMap data;
        VoucherPrint::addData(*fx.books.manager, *voucher, &data);
        const QVariantMap sheet =
            data.value(QStringLiteral("voucher")).toMap().value(QStringLiteral("pages")).toList().constFirst().toMap();
        const QVariantList rows = sheet.value(QStringLiteral("rows")).toList();
        CHECK(rows.at(0).toMap().value(QStringLiteral("dimensions")).toString()
              == QStringLiteral("USD 1,000.00 × 7.123400"));
        CHECK(rows.at(0).toMap().value(QStringLiteral("debit")).toString() == QStringLiteral("7,123.40"));
        CHECK(rows.at(1).toMap().value(QStringLiteral("dimensions")).toString().isEmpty());
    }

    SECTION("the hledger journal writes a foreign line at its total price")
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        const std::optional<qint64> written = LedgerJournal::write(*fx.books.manager, buffer, &error);
        INFO(error.toStdString());
        REQUIRE(written == 2);
        const QString text = QString::fromUtf8(buffer.data());
        CHECK(text.contains(QStringLiteral("\n    银行存款:美元户  USD 1000.00 @@ 7123.40\n    主营业务收入  -7123.40\n")));
        CHECK(text.contains(QStringLiteral("\n    银行存款:基本存款账户  2880.00\n    银行存款:美元户  USD -400.00 @@ 2880.00\n")));
    }
}

TEST_CASE("Foreign currency: vouchers import with currency, original amount and rate, all or nothing",
          "[finance][foreigncurrency][import][backends]")
{
    ForeignBooks fx;
    const auto import = [&](const QString &csv) {
        return VoucherImport::run(*fx.books.accountant, CsvReader::fromText(csv), {false, QStringLiteral("fx.csv")});
    };
    const auto listed = [](const RecordImporter::Result &result) {
        QStringList list;
        for (const RecordImporter::Problem &p : result.problems)
            list.append(QStringLiteral("%1|%2|%3").arg(p.line).arg(p.column, p.message));
        return list;
    };

    SECTION("Chinese headings; the rate from the file, or the day's kept one")
    {
        const RecordImporter::Result done = import(QStringLiteral(
            "日期,凭证号,摘要,科目编码,借方金额,贷方金额,币种,原币金额,汇率\n"
            "2026-11-03,1,收美元货款,100202,\"7,123.40\",,USD,\"1,000.00\",7.1234\n"
            "2026-11-03,1,收美元货款,5001,,7123.40,,,\n"
            "2026-11-20,2,付日元,560202,6020.33,,,,\n"
            "2026-11-20,2,付日元,100203,,6020.33,jpy,123456,\n"));
        INFO(listed(done).join(QLatin1Char('\n')).toStdString());
        REQUIRE(done.ok);
        CHECK(done.imported == 2);
        const auto lines = [&](const char *code) {
            return fx.books.db()
                .scalar(QStringLiteral("SELECT foreign_amount * 1000000000 + rate FROM finance_voucher_line l "
                                       "JOIN finance_account a ON a.id = l.account WHERE a.code = ?"),
                        {QString::fromLatin1(code)})
                ->toLongLong();
        };
        CHECK(lines("100202") == Q_INT64_C(100000) * 1000000000 + 7123400);
        CHECK(lines("100203") == Q_INT64_C(123456) * 1000000000 + 48765);   // the rate of 1 November
    }

    SECTION("every problem named by line and column, nothing written")
    {
        const RecordImporter::Result refused = import(QStringLiteral(
            "date,voucher,summary,account,debit,credit,currency,foreign_amount,rate\n"
            "2026-11-03,1,in,100202,7123.41,,USD,1000.00,7.1234\n"
            "2026-11-03,1,in,5001,,7123.41,,,\n"
            "2026-11-04,2,in,100202,7123.40,,XYZ,1000.00,7.1234\n"
            "2026-11-04,2,in,5001,,7123.40,,100,\n"
            "2026-11-05,3,in,100203,100,,JPY,12.5,abc\n"
            "2026-11-05,3,in,5001,,100,,,\n"));
        CHECK_FALSE(refused.ok);
        const QStringList found = listed(refused);
        INFO(found.join(QLatin1Char('\n')).toStdString());
        CHECK(found.contains(QStringLiteral("4|currency|There is no currency XYZ.")));
        CHECK(found.contains(QStringLiteral("5|currency|A foreign amount or a rate needs the currency it is in.")));
        CHECK(found.contains(QStringLiteral("6|foreign_amount|“12.5” is not an amount in JPY with up to 0 decimal(s).")));
        CHECK(found.contains(
            QStringLiteral("6|rate|“abc” is not an exchange rate (more than zero, up to six decimals).")));
        CHECK(found.size() == 4);
        CHECK(fx.books.count("finance_voucher") == 0);

        // The file's figures read, the voucher's rules: 1,000.00 × 7.1234 is not 7,123.41.
        const RecordImporter::Result wrong = import(QStringLiteral(
            "date,voucher,summary,account,debit,credit,currency,foreign_amount,rate\n"
            "2026-11-03,1,in,100202,7123.41,,USD,1000.00,7.1234\n"
            "2026-11-03,1,in,5001,,7123.41,,,\n"));
        CHECK(listed(wrong)
              == QStringList{QStringLiteral(
                  "2|debit|Voucher “1”: Line 1: USD 1,000.00 at 7.123400 is 7,123.40, not 7,123.41.")});
        CHECK(fx.books.count("finance_voucher") == 0);
    }
}

namespace {

// The month of the ledger test: USD 1,000.00 in at 7.123400 and 400.00 out
// at 7.200000 (600.00 left, 4,243.40 in the books); ¥123,456 paid out at
// 0.048765 (6,020.33 owed back into the account).
void postMonth(ForeignBooks &fx, const char *expense)
{
    fx.books.post(fx.usdVoucher(QDate(2026, 11, 3), 100000, 7123400, 712340));
    Voucher out;
    out.date = QDate(2026, 11, 16);
    VoucherLine dollars{0, QStringLiteral("美元结汇"), fx.usdBank, 0, 288000};
    dollars.currency = fx.usd;
    dollars.foreignAmount = 40000;
    dollars.rate = 7200000;
    out.lines = {VoucherLine{0, QStringLiteral("美元结汇"), fx.books.account("100201"), 288000, 0}, dollars};
    fx.books.post(out);
    Voucher yen;
    yen.date = QDate(2026, 11, 20);
    VoucherLine bank{0, QStringLiteral("付日元"), fx.jpyBank, 0, 602033};
    bank.currency = fx.jpy;
    bank.foreignAmount = 123456;
    bank.rate = 48765;
    yen.lines = {VoucherLine{0, QStringLiteral("付日元"), fx.books.account(expense), 602033, 0}, bank};
    fx.books.post(yen);
    // The yen's month-end rate.
    fx.rate(fx.jpy, QDate(2026, 11, 28), 50000);
}

qint64 lineAmount(Database &db, qint64 voucher, qint64 account, const char *column)
{
    return db.scalar(QStringLiteral("SELECT %1 FROM finance_voucher_line WHERE voucher = ? AND account = ?")
                         .arg(QLatin1String(column)),
                     {voucher, account})
        .value_or(QVariant())
        .toLongLong();
}

} // namespace

TEST_CASE("Foreign currency: 期末调汇 posts each balance's difference at the month-end rate",
          "[finance][foreigncurrency][revaluation][backends]")
{
    ForeignBooks fx;
    postMonth(fx, "560202");
    Revaluation revaluation(*fx.books.manager);
    QString error;
    const auto lines = revaluation.compute(QStringLiteral("2026-11"), &error);
    INFO(error.toStdString());
    REQUIRE(lines);
    REQUIRE(lines->size() == 2);
    // USD 600.00 × 7.200000 = 4,320.00 against 4,243.40: a gain of 76.60.
    CHECK(lines->at(0).account == fx.usdBank);
    CHECK(lines->at(0).foreignBalance == 60000);
    CHECK(lines->at(0).localBalance == 424340);
    CHECK(lines->at(0).rate == 7200000);
    CHECK(lines->at(0).revalued == 432000);
    CHECK(lines->at(0).difference() == 7660);
    // ¥−123,456 × 0.050000 = −6,172.80 against −6,020.33: a loss of 152.47.
    CHECK(lines->at(1).account == fx.jpyBank);
    CHECK(lines->at(1).foreignBalance == -123456);
    CHECK(lines->at(1).revalued == -617280);
    CHECK(lines->at(1).difference() == -15247);

    const Records::Result posted = revaluation.post(QStringLiteral("2026-11"));
    INFO(posted.message.toStdString());
    REQUIRE(posted.ok());
    Database &db = fx.books.db();
    CHECK(db.scalar(QStringLiteral("SELECT kind FROM finance_voucher WHERE id = ?"), {posted.id})->toString()
          == QStringLiteral("revaluation"));
    CHECK(db.scalar(QStringLiteral("SELECT state FROM finance_voucher WHERE id = ?"), {posted.id})->toString()
          == QStringLiteral("posted"));
    CHECK(db.scalar(QStringLiteral("SELECT date FROM finance_voucher WHERE id = ?"), {posted.id})->toString().left(10)
          == QStringLiteral("2026-11-30"));
    CHECK(lineAmount(db, posted.id, fx.usdBank, "debit") == 7660);
    CHECK(lineAmount(db, posted.id, fx.usdBank, "foreign_amount") == 0);
    CHECK(lineAmount(db, posted.id, fx.usdBank, "rate") == 7200000);
    CHECK(lineAmount(db, posted.id, fx.jpyBank, "credit") == 15247);
    // The net loss of 75.87 to 560303 财务费用—汇兑损益.
    CHECK(Revaluation::exchangeAccount(db) == fx.books.account("560303"));
    CHECK(lineAmount(db, posted.id, fx.books.account("560303"), "debit") == 7587);
    CHECK(lineAmount(db, posted.id, fx.books.account("560303"), "credit") == 0);

    // The books now hold the balances at the month-end rate; nothing is left.
    const auto after = revaluation.compute(QStringLiteral("2026-11"));
    REQUIRE(after);
    CHECK(after->at(0).localBalance == 432000);
    CHECK(after->at(0).difference() == 0);
    CHECK(after->at(1).difference() == 0);
    const Records::Result again = revaluation.post(QStringLiteral("2026-11"));
    CHECK_FALSE(again.ok());
    CHECK(again.message == Revaluation::nothingToRevalue(QStringLiteral("2026-11")));

    // The month closes with it; a closed month is not revalued.
    const Records::Result closed = PeriodClose(*fx.books.manager).close(QStringLiteral("2026-11"));
    INFO(closed.message.toStdString());
    REQUIRE(closed.ok());
    CHECK(revaluation.post(QStringLiteral("2026-11")).message
          == QStringLiteral("The period 2026-11 is closed; revalue before closing it."));
}

TEST_CASE("Foreign currency: revaluation in the generic chart makes its exchange account; a missing rate refuses",
          "[finance][foreigncurrency][revaluation][backends]")
{
    ForeignBooks fx(QStringLiteral("en"));
    Database &db = fx.books.db();
    CHECK(Revaluation::exchangeAccount(db) == 0);
    postMonth(fx, "5605");
    Revaluation revaluation(*fx.books.manager);

    // December has no yen rate after the 28th of November, but the latest
    // before counts; a currency with no rate at all refuses.
    const qint64 eur = createOrFail(*fx.books.accountant, FinanceEntities::currency(),
                                    {{QStringLiteral("code"), QStringLiteral("EUR")}, {QStringLiteral("name"), QStringLiteral("Euro")}});
    const qint64 euroBank = fx.account("100204", "Euro account", eur);
    Voucher euros;
    euros.date = QDate(2026, 11, 5);
    VoucherLine in{0, QStringLiteral("Euros in"), euroBank, 100, 0};
    in.currency = eur;
    in.foreignAmount = 10;
    in.rate = 10000000;
    euros.lines = {in, VoucherLine{0, QStringLiteral("Euros in"), fx.books.account("5001"), 0, 100}};
    // No EUR rate kept: the line's own rate is what was entered.
    fx.books.post(euros);
    QString error;
    CHECK_FALSE(revaluation.compute(QStringLiteral("2026-11"), &error).has_value());
    CHECK(error == QStringLiteral("There is no rate of EUR on or before 2026-11-30; enter the month-end rate first."));
    CHECK_FALSE(revaluation.post(QStringLiteral("2026-11")).ok());
    CHECK(Revaluation::exchangeAccount(db) == 0);   // nothing made by the refusal

    fx.rate(eur, QDate(2026, 11, 30), 10000000);   // 10.000000: EUR 0.10 stays 1.00
    const Records::Result posted = revaluation.post(QStringLiteral("2026-11"));
    INFO(posted.message.toStdString());
    REQUIRE(posted.ok());
    const qint64 exchange = Revaluation::exchangeAccount(db);
    REQUIRE(exchange > 0);
    CHECK(db.scalar(QStringLiteral("SELECT code || ' ' || name FROM finance_account WHERE id = ?"), {exchange})->toString()
          == QStringLiteral("5614 Exchange gains and losses"));
    CHECK(lineAmount(db, posted.id, exchange, "debit") == 7587);
    CHECK(lineAmount(db, posted.id, euroBank, "debit") == 0);
}

TEST_CASE("Foreign currency: a template keeps the currency, and the amounts when asked",
          "[finance][foreigncurrency][vouchertemplates][backends]")
{
    ForeignBooks fx;
    VoucherTemplates templates(*fx.books.accountant);
    const Voucher entered = fx.usdVoucher(QDate(2026, 11, 3), 100000, 7123400, 712340);
    const Records::Result with = templates.saveFrom(entered, QStringLiteral("美元收款"), QString(), true);
    INFO(with.message.toStdString());
    REQUIRE(with.ok());
    const std::optional<VoucherTemplate> kept = templates.load(with.id);
    REQUIRE(kept);
    REQUIRE(kept->lines.size() == 2);
    CHECK(kept->lines.at(0).currency == fx.usd);
    CHECK(kept->lines.at(0).foreignAmount == 100000);
    CHECK(kept->lines.at(0).rate == 7123400);
    CHECK(kept->lines.at(1).currency == 0);
    const Records::Result without = templates.saveFrom(entered, QStringLiteral("美元收款（无金额）"), QString(), false);
    REQUIRE(without.ok());
    const std::optional<VoucherTemplate> bare = templates.load(without.id);
    REQUIRE(bare);
    CHECK(bare->lines.at(0).currency == fx.usd);
    CHECK(bare->lines.at(0).foreignAmount == 0);
    CHECK(bare->lines.at(0).rate == 0);
    // Used on the 20th, its line takes that day's rate.
    const std::optional<Voucher> draft = templates.draft(without.id, QDate(2026, 11, 20), nullptr);
    REQUIRE(draft);
    CHECK(draft->lines.at(0).rate == 7200000);
    CHECK(draft->lines.at(0).foreignAmount == 0);
}

TEST_CASE("Foreign currency: an account keeps its currency once it has postings", "[finance][foreigncurrency][backends]")
{
    ForeignBooks fx;
    Records &records = *fx.books.accountant;
    const auto versionOf = [&](qint64 id) {
        return fx.books.db().scalar(QStringLiteral("SELECT version FROM finance_account WHERE id = ?"), {id})->toLongLong();
    };
    const auto currencyOf = [&](qint64 id) {
        return fx.books.db().scalar(QStringLiteral("SELECT currency FROM finance_account WHERE id = ?"), {id})->toLongLong();
    };

    // No postings yet: the currency may still change (a slip when the account was opened).
    Records::Result changed = records.update(FinanceEntities::account(), fx.jpyBank, versionOf(fx.jpyBank),
                                             {{QStringLiteral("currency"), fx.usd}});
    INFO(changed.message.toStdString());
    CHECK(changed.ok());
    CHECK(currencyOf(fx.jpyBank) == fx.usd);

    VoucherBook book(records);
    REQUIRE(book.save(fx.usdVoucher(QDate(2026, 11, 3), 100000, 7123400, 712340)).ok());
    // A draft's lines are postings too: they were entered in dollars.
    const Records::Result refused = records.update(FinanceEntities::account(), fx.usdBank, versionOf(fx.usdBank),
                                                   {{QStringLiteral("currency"), fx.jpy}});
    CHECK(refused.code == Records::Result::Code::Invalid);
    REQUIRE(refused.fieldErrors.size() == 1);
    CHECK(refused.fieldErrors.constFirst().field == QStringLiteral("currency"));
    CHECK(refused.fieldErrors.constFirst().message
          == QStringLiteral("This account already has postings in its currency, which it keeps. Open a new account "
                            "for another currency."));
    CHECK(currencyOf(fx.usdBank) == fx.usd);
    // Nor may it drop its currency; its other fields still change.
    CHECK(records.update(FinanceEntities::account(), fx.usdBank, versionOf(fx.usdBank),
                         {{QStringLiteral("currency"), QVariant()}})
              .code
          == Records::Result::Code::Invalid);
    const Records::Result renamed = records.update(FinanceEntities::account(), fx.usdBank, versionOf(fx.usdBank),
                                                   {{QStringLiteral("name"), QStringLiteral("美元账户")}});
    INFO(renamed.message.toStdString());
    CHECK(renamed.ok());
    CHECK(currencyOf(fx.usdBank) == fx.usd);
}

TEST_CASE("Foreign currency: verify finds a posted line whose local amount or account disagrees with its currency",
          "[finance][foreigncurrency][verify][backends]")
{
    ForeignBooks fx;
    Database &db = fx.books.db();
    const qint64 posted = fx.books.post(fx.usdVoucher(QDate(2026, 11, 3), 100000, 7123400, 712340));
    CHECK(FinanceChecks::foreignLines(db).isEmpty());

    // Someone switches the guard off, as with the sqlite3 shell or psql,
    // and changes the original amount of the posted line (the books still
    // balance in 分, so only this check sees it).
    const bool server = db.dialect().kind() == SqlDialect::Kind::Postgres;
    REQUIRE(fx.books.rawExec(server ? QStringLiteral("ALTER TABLE finance_voucher_line DISABLE TRIGGER "
                                                     "finance_voucher_line_guard")
                                    : QStringLiteral("DROP TRIGGER finance_voucher_line_posted_update"))
                .isEmpty());
    REQUIRE(fx.books.rawExec(QStringLiteral("UPDATE finance_voucher_line SET foreign_amount = 100010 "
                                            "WHERE voucher = %1 AND line_no = 1")
                                 .arg(posted))
                .isEmpty());
    QStringList problems = FinanceChecks::foreignLines(db);
    REQUIRE(problems.size() == 1);
    CHECK(problems.constFirst()
          == QStringLiteral("Voucher 记-0001 of 2026-11-03, line 1: USD 1,000.10 at 7.123400 is 7,124.11, but the "
                            "line's local amount is 7,123.40."));
    // …or its rate, to none at all.
    REQUIRE(fx.books.rawExec(QStringLiteral("UPDATE finance_voucher_line SET foreign_amount = 100000, rate = NULL "
                                            "WHERE voucher = %1 AND line_no = 1")
                                 .arg(posted))
                .isEmpty());
    problems = FinanceChecks::foreignLines(db);
    REQUIRE(problems.size() == 1);
    CHECK(problems.constFirst()
          == QStringLiteral("Voucher 记-0001 of 2026-11-03, line 1: USD 1,000.00 has no exchange rate."));
    REQUIRE(fx.books.rawExec(QStringLiteral("UPDATE finance_voucher_line SET rate = 7123400 WHERE voucher = %1 "
                                            "AND line_no = 1")
                                 .arg(posted))
                .isEmpty());
    CHECK(FinanceChecks::foreignLines(db).isEmpty());

    // The account's currency changed behind the records' back: the line
    // is in dollars on an account now kept in yen, or in yuan.
    REQUIRE(fx.books.rawExec(QStringLiteral("UPDATE finance_account SET currency = %1 WHERE id = %2")
                                 .arg(fx.jpy)
                                 .arg(fx.usdBank))
                .isEmpty());
    problems = FinanceChecks::foreignLines(db);
    REQUIRE(problems.size() == 1);
    CHECK(problems.constFirst()
          == QStringLiteral("Voucher 记-0001 of 2026-11-03, line 1: the line is in USD, but its account 100202 美元户 "
                            "is kept in JPY."));
    REQUIRE(fx.books.rawExec(QStringLiteral("UPDATE finance_account SET currency = NULL WHERE id = %1").arg(fx.usdBank))
                .isEmpty());
    problems = FinanceChecks::foreignLines(db);
    REQUIRE(problems.size() == 1);
    CHECK(problems.constFirst().endsWith(QStringLiteral("its account 100202 美元户 is kept in the company's own "
                                                        "currency.")));
    // The verifier runs it under its id.
    bool found = false;
    for (const VerifierContribution &check : FinanceChecks::verifiers())
        if (check.id == QLatin1String("finance.foreign_lines")) {
            found = true;
            CHECK(check.check(db).size() == 1);
        }
    CHECK(found);
}

TEST_CASE("Foreign currency: verify finds nothing wrong with the demo company's foreign-currency books",
          "[finance][foreigncurrency][verify][backends]")
{
    FinanceTests::Books books;
    QString error;
    // The core's partners first, as a new demo company gets them.
    const bool populated = CoreEntities::populateDemo(books.db(), CoreEntities::declarations(), QStringLiteral("zh_CN"),
                                                      &error)
                           && FinanceDemo::populate(books.db(), books.entities, QStringLiteral("zh_CN"), &error);
    INFO(error.toStdString());
    REQUIRE(populated);
    // The demo has posted dollar lines, so the check had something to read.
    CHECK(books.db()
              .scalar(QStringLiteral("SELECT count(*) FROM finance_voucher_line l JOIN finance_voucher v ON v.id = "
                                     "l.voucher WHERE v.state = 'posted' AND l.foreign_amount <> 0"))
              ->toLongLong()
          >= 2);
    CHECK(FinanceChecks::foreignLines(books.db()).isEmpty());
    for (const VerifierContribution &check : FinanceChecks::verifiers()) {
        INFO(check.id.toStdString());
        CHECK(check.check(books.db()).isEmpty());
    }
}

TEST_CASE("Foreign currency: the trial balance shows the original amounts of accounts kept in a currency",
          "[finance][foreigncurrency][trialbalance][backends]")
{
    ForeignBooks fx;
    // October: USD 500.00 in at 7.000000 (3,500.00), the opening of November.
    fx.books.post(fx.usdVoucher(QDate(2026, 10, 20), 50000, 7000000, 350000));
    // November: USD 1,000.00 in at 7.1234, 400.00 out at 7.2, ¥123,456 out.
    postMonth(fx, "560202");

    TrialBalance::Options options;
    options.fromPeriod = QStringLiteral("2026-11");
    options.toPeriod = QStringLiteral("2026-11");
    options.foreign = true;
    const std::optional<QList<TrialBalance::Row>> rows = TrialBalance::compute(fx.books.db(), options);
    REQUIRE(rows);
    QHash<QString, TrialBalance::Row> byCode;
    for (const TrialBalance::Row &row : *rows)
        byCode.insert(row.code, row);
    const TrialBalance::Row dollars = byCode.value(QStringLiteral("100202"));
    CHECK(dollars.currencyCode == QStringLiteral("USD"));
    CHECK(dollars.opening == 350000);
    CHECK(dollars.debit == 712340);
    CHECK(dollars.credit == 288000);
    CHECK(dollars.closing() == 774340);
    CHECK(dollars.foreignOpening == 50000);
    CHECK(dollars.foreignDebit == 100000);
    CHECK(dollars.foreignCredit == 40000);
    CHECK(dollars.foreignClosing() == 110000);
    const TrialBalance::Row yen = byCode.value(QStringLiteral("100203"));
    CHECK(yen.currencyCode == QStringLiteral("JPY"));
    CHECK(yen.currencyDecimals == 0);
    CHECK(yen.credit == 602033);
    CHECK(yen.foreignOpening == 0);
    CHECK(yen.foreignCredit == 123456);
    CHECK(yen.foreignClosing() == -123456);
    // 1002 mixes yuan, dollars and yen: no original amounts of its own.
    const TrialBalance::Row bank = byCode.value(QStringLiteral("1002"));
    CHECK(bank.currency == 0);
    CHECK(bank.foreignDebit == 0);
    CHECK(bank.debit == 712340 + 288000);   // 100201 took the yuan of the dollars sold
    // Without the option the original amounts are not read.
    options.foreign = false;
    const auto plain = TrialBalance::compute(fx.books.db(), options);
    REQUIRE(plain);
    for (const TrialBalance::Row &row : *plain)
        if (row.code == QLatin1String("100202"))
            CHECK(row.foreignDebit == 0);
    // Drafts count with "posted and not yet posted" only.
    fx.books.save(fx.usdVoucher(QDate(2026, 11, 25), 1000, 7200000, 7200));
    options.foreign = true;
    for (const bool unposted : {false, true}) {
        options.includeUnposted = unposted;
        const auto again = TrialBalance::compute(fx.books.db(), options);
        REQUIRE(again);
        for (const TrialBalance::Row &row : *again)
            if (row.code == QLatin1String("100202"))
                CHECK(row.foreignDebit == (unposted ? 101000 : 100000));
    }

    // The report: a row under each such account, one level deeper, with its
    // figures in the currency (two decimals: ¥123,456 reads 123,456.00).
    const auto run = [&](const QString &foreign) {
        for (const ReportDefinition &report : FinanceReports::declarations())
            if (report.id() == QLatin1String("finance.trial_balance")) {
                QVariantMap values;
                QString error;
                QMap<QString, QString> texts{{QStringLiteral("from"), QStringLiteral("2026-11")},
                                             {QStringLiteral("to"), QStringLiteral("2026-11")}};
                if (!foreign.isEmpty())
                    texts.insert(QStringLiteral("foreign"), foreign);
                REQUIRE(report.resolveParameters(texts, &values, &error));
                auto result = ReportRunner::run(report, values, *fx.books.manager, {}, {}, &error);
                INFO(error.toStdString());
                REQUIRE(result);
                return *result;
            }
        FAIL("no trial balance");
        return ReportResult();
    };
    const auto rowTexts = [](const ReportResult &result) {
        QStringList lines;
        for (int row = 0; row < result.rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < result.columnCount(); ++column)
                cells.append(result.text(row, column, QLocale::c()));
            lines.append(cells.join(QLatin1Char('|')));
        }
        return lines;
    };
    const QStringList off = rowTexts(run(QString()));
    CHECK(off == rowTexts(run(QStringLiteral("no"))));
    for (const QString &line : off)
        CHECK_FALSE(line.contains(QStringLiteral("USD")));
    const ReportResult on = run(QStringLiteral("yes"));
    const QStringList lines = rowTexts(on);
    CHECK(lines.size() == off.size() + 2);
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    const qsizetype at = lines.indexOf(QStringLiteral("100202|  美元户|3,500.00||7,123.40|2,880.00|7,743.40|"));
    REQUIRE(at >= 0);
    CHECK(lines.at(at + 1) == QStringLiteral("|    USD (original currency)|500.00||1,000.00|400.00|1,100.00|"));
    CHECK(lines.at(at + 2) == QStringLiteral("100203|  日元户||||6,020.33||6,020.33"));
    CHECK(lines.at(at + 3) == QStringLiteral("|    JPY (original currency)||||123,456.00||123,456.00"));
    // The foreign row opens the account (its ledger) like the local one.
    CHECK(on.rowEntity(int(at + 1)) == FinanceEntities::account());
    CHECK(on.rowRecordId(int(at + 1)) == fx.usdBank);
    // The total adds up the local first-level rows only, as without.
    CHECK(lines.constLast() == off.constLast());
    // CSV and XLSX export the same rows.
    const TableExport table = on.toTable();
    bool exported = false;
    for (const QVariantList &row : table.rows())
        // After the export's own "Line" column: code, account, …, debit.
        if (row.value(2).toString().contains(QStringLiteral("USD"))) {
            exported = true;
            CHECK(TableExport::cellText(table.columns().at(5), row.value(5), QTimeZone::utc()) == QStringLiteral("1000.00"));
        }
    CHECK(exported);
}

TEST_CASE("Foreign currency: an original amount in a two-decimal report column", "[finance][foreigncurrency]")
{
    CHECK(ForeignCurrency::inHundredths(123456, 0) == 12345600);
    CHECK(ForeignCurrency::inHundredths(-12345, 1) == -123450);
    CHECK(ForeignCurrency::inHundredths(100000, 2) == 100000);
    // Three or four decimals round once, half away from zero.
    CHECK(ForeignCurrency::inHundredths(12345, 4) == 123);
    CHECK(ForeignCurrency::inHundredths(12350, 4) == 124);
    CHECK(ForeignCurrency::inHundredths(-12350, 4) == -124);
    CHECK(ForeignCurrency::inHundredths(1005, 3) == 101);
    CHECK(ForeignCurrency::inHundredths(-1004, 3) == -100);
}
