#include "accountimport.h"
#include "csvreader.h"
#include "database.h"
#include "financebooks.h"
#include "financeentities.h"
#include "ledgerjournal.h"
#include "trialbalance.h"
#include "voucherbook.h"
#include "voucherimport.h"

#include <catch2/catch.hpp>

#include <QBuffer>

using namespace Backroom;
using namespace Backroom::Finance;
using FinanceTests::Books;

namespace {

RecordImporter::Result import(Records &records, const QString &csv, bool post = false)
{
    return VoucherImport::run(records, CsvReader::fromText(csv), {post, QStringLiteral("vouchers.csv")});
}

QStringList problems(const RecordImporter::Result &result)
{
    QStringList list;
    for (const RecordImporter::Problem &p : result.problems)
        list.append(QStringLiteral("%1|%2|%3").arg(p.line).arg(p.column, p.message));
    return list;
}

bool anyContains(const QStringList &list, const QString &text)
{
    return std::any_of(list.cbegin(), list.cend(), [&](const QString &item) { return item.contains(text); });
}

} // namespace

TEST_CASE("Vouchers import from CSV rows grouped by voucher, all or nothing", "[finance][import][backends]")
{
    Books books;
    const QString good = QStringLiteral("date,voucher,summary,account,debit,credit\n"
                                        "2026-11-02,A,提现,1001,1234.56,\n"
                                        "2026-11-02,A,提现,100201,,1234.56\n"
                                        "2026-11-03,B,办公用品,560201,300,\n"
                                        "2026-11-03,B,差旅费,560202,\"1,000.5\",\n"
                                        "2026-11-03,B,付款,1001,,1300.50\n");
    const RecordImporter::Result done = import(*books.accountant, good);
    INFO(problems(done).join(QLatin1Char('\n')).toStdString());
    REQUIRE(done.ok);
    CHECK(done.imported == 2);
    CHECK(books.count("finance_voucher") == 2);
    CHECK(books.count("finance_voucher_line") == 5);
    CHECK(books.numbers(QStringLiteral("记"), QStringLiteral("2026-11")) == QList<qint64>{1, 2});
    const auto id = books.db().scalar(QStringLiteral("SELECT id FROM finance_voucher WHERE number = 2"));
    REQUIRE(id);
    const std::optional<Voucher> second = VoucherBook(*books.manager).load(id->toLongLong());
    REQUIRE(second);
    CHECK(second->state == FinanceEntities::draft());
    CHECK(second->kind == QStringLiteral("imported"));
    CHECK(second->lines.size() == 3);
    CHECK(second->lines.at(1).debit == 100'050);
    CHECK(second->totalCredit() == 130'050);

    // One bad voucher anywhere: nothing of the file is written, and each
    // problem names its line and column.
    const QString bad = QStringLiteral("日期,凭证号,摘要,科目编码,借方金额,贷方金额\n"
                                       "2026-11-05,X,收款,1001,100,\n"
                                       "2026-11-05,X,收款,1122,,100\n"
                                       "2026-11-06,Y,付款,1002,50,\n"
                                       "2026-11-06,Y,付款,1001,,40\n"
                                       "2026-11-07,Z,错,9999,1.234,\n"
                                       "2026-13-01,Z,错,1001,,1\n");
    const RecordImporter::Result refused = import(*books.accountant, bad);
    CHECK_FALSE(refused.ok);
    const QStringList found = problems(refused);
    INFO(found.join(QLatin1Char('\n')).toStdString());
    CHECK(anyContains(found, QStringLiteral("6|科目编码|There is no account 9999")));
    CHECK(anyContains(found, QStringLiteral("6|借方金额|")));
    CHECK(anyContains(found, QStringLiteral("7|日期|")));
    CHECK(books.count("finance_voucher") == 2);

    // Only the vouchers' own rules left: unbalanced and a parent account.
    const QString unbalanced = QStringLiteral("date,voucher,summary,account,debit,credit\n"
                                              "2026-11-06,Y,付款,1002,50,\n"
                                              "2026-11-06,Y,付款,1001,,40\n");
    const QStringList rules = problems(import(*books.accountant, unbalanced));
    INFO(rules.join(QLatin1Char('\n')).toStdString());
    CHECK(anyContains(rules, QStringLiteral("has sub-accounts")));
    CHECK(anyContains(rules, QStringLiteral("differ by")));
    CHECK(books.count("finance_voucher") == 2);

    CHECK(anyContains(problems(import(*books.accountant, QStringLiteral("date,summary,account,debit\n"))),
                      QStringLiteral("voucher, credit")));
}

TEST_CASE("Imported vouchers are posted with --post and reach the books", "[finance][import][backends]")
{
    Books books;
    const QString csv = QStringLiteral("date,voucher,summary,account,debit,credit\n"
                                       "2026-10-31,1,期末计提,560205,800,\n"
                                       "2026-10-31,1,期末计提,1602,,800\n");
    const RecordImporter::Result done = import(*books.accountant, csv, true);
    INFO(problems(done).join(QLatin1Char('\n')).toStdString());
    REQUIRE(done.ok);
    const auto state = books.db().scalar(QStringLiteral("SELECT state FROM finance_voucher"));
    REQUIRE(state);
    CHECK(state->toString() == FinanceEntities::posted());
    TrialBalance::Options options;
    options.fromPeriod = QStringLiteral("2026-10");
    options.toPeriod = QStringLiteral("2026-10");
    const auto rows = TrialBalance::compute(books.db(), options);
    REQUIRE(rows);
    CHECK(TrialBalance::total(*rows).debit == 80'000);
    // Posted means final, as for any voucher.
    CHECK(books.rawExec(QStringLiteral("DELETE FROM finance_voucher")).contains(QStringLiteral("finance:")));
}

TEST_CASE("Accounts import with their parents checked and the usual side by category", "[finance][import][backends]")
{
    Books books;
    const qint64 before = books.count("finance_account");
    // Children before parents in the file; parents are taken first.
    const QString good = QStringLiteral("code,name,category,parent\n"
                                        "22020101,甲公司华东,liability,220201\n"
                                        "220201,甲公司,liability,2202\n"
                                        "560210,快递费,expense,5602\n");
    const RecordImporter::Result done =
        AccountImport::run(*books.accountant, CsvReader::fromText(good), {false, QStringLiteral("accounts.csv")});
    INFO(problems(done).join(QLatin1Char('\n')).toStdString());
    REQUIRE(done.ok);
    CHECK(done.imported == 3);
    CHECK(books.count("finance_account") == before + 3);
    CHECK(books.db().scalar(QStringLiteral("SELECT side FROM finance_account WHERE code = '22020101'"))->toString()
          == QStringLiteral("credit"));
    CHECK(books.db().scalar(QStringLiteral("SELECT side FROM finance_account WHERE code = '560210'"))->toString()
          == QStringLiteral("debit"));

    const QString bad = QStringLiteral("code,name,category,parent\n"
                                       "560211,邮费,expense,5601\n"
                                       "77010101,孤儿,asset,\n"
                                       "99,坏,asset,\n"
                                       "560212,,expense,5602\n"
                                       "560213,杂费,nonsense,5602\n");
    const RecordImporter::Result refused =
        AccountImport::run(*books.accountant, CsvReader::fromText(bad), {false, QStringLiteral("accounts.csv")});
    const QStringList found = problems(refused);
    INFO(found.join(QLatin1Char('\n')).toStdString());
    CHECK_FALSE(refused.ok);
    CHECK(anyContains(found, QStringLiteral("2|parent|The parent of 560211 is 5602")));
    CHECK(anyContains(found, QStringLiteral("3|code|77010101 belongs under 770101")));
    CHECK(anyContains(found, QStringLiteral("4|code|")));
    CHECK(anyContains(found, QStringLiteral("5|name|")));
    CHECK(anyContains(found, QStringLiteral("6|category|")));
    CHECK(books.count("finance_account") == before + 3);
}

TEST_CASE("Accounts import with a currency column: known codes kept, an unknown one refuses the file",
          "[finance][import][foreigncurrency][backends]")
{
    Books books;
    const Records::Result usd = books.accountant->create(
        FinanceEntities::currency(), {{QStringLiteral("code"), QStringLiteral("USD")}, {QStringLiteral("name"), QStringLiteral("美元")}});
    REQUIRE(usd.ok());
    const Records::Result dem = books.accountant->create(FinanceEntities::currency(),
                                                         {{QStringLiteral("code"), QStringLiteral("DEM")},
                                                          {QStringLiteral("name"), QStringLiteral("德国马克")},
                                                          {QStringLiteral("active"), false}});
    REQUIRE(dem.ok());
    const qint64 before = books.count("finance_account");
    const auto currencyOf = [&](const char *code) {
        return books.db()
            .scalar(QStringLiteral("SELECT currency FROM finance_account WHERE code = ?"), {QString::fromLatin1(code)})
            .value_or(QVariant());
    };

    // An unknown code and a retired one: each named by line and column,
    // and nothing written, the good rows included.
    const QString bad = QStringLiteral("科目编码,科目名称,类别,币种\n"
                                       "100202,美元户,asset,USD\n"
                                       "100203,欧元户,asset,EUR\n"
                                       "100204,马克户,asset,dem\n");
    const RecordImporter::Result refused =
        AccountImport::run(*books.accountant, CsvReader::fromText(bad), {false, QStringLiteral("accounts.csv")});
    const QStringList found = problems(refused);
    INFO(found.join(QLatin1Char('\n')).toStdString());
    CHECK_FALSE(refused.ok);
    CHECK(found
          == QStringList{QStringLiteral("3|币种|The company keeps no currency “EUR”; add it under Currencies first, or "
                                        "leave the column empty for an account in the company's own currency."),
                         QStringLiteral("4|币种|The currency DEM is no longer in use.")});
    CHECK(books.count("finance_account") == before);

    // Known codes (in any case) are kept; empty, or the company's own
    // currency, is an account in yuan.
    const QString good = QStringLiteral("code,name,category,parent,currency\n"
                                        "100202,美元户,asset,1002,usd\n"
                                        "100203,人民币专户,asset,1002,CNY\n"
                                        "100204,其他户,asset,1002,\n");
    const RecordImporter::Result done =
        AccountImport::run(*books.accountant, CsvReader::fromText(good), {false, QStringLiteral("accounts.csv")});
    INFO(problems(done).join(QLatin1Char('\n')).toStdString());
    REQUIRE(done.ok);
    CHECK(done.imported == 3);
    CHECK(books.count("finance_account") == before + 3);
    CHECK(currencyOf("100202").toLongLong() == usd.id);
    CHECK(currencyOf("100203").isNull());
    CHECK(currencyOf("100204").isNull());
}

TEST_CASE("The posted journal exports in ledger's format", "[finance][import][backends]")
{
    Books books;
    books.post(books.voucher(QDate(2026, 11, 2), "1001", "100201", 123'456, QStringLiteral("提现")));
    Voucher split;
    split.date = QDate(2026, 11, 3);
    split.lines = {VoucherLine{0, QStringLiteral("办公用品"), books.account("560201"), 30'000, 0},
                   VoucherLine{0, QStringLiteral("差旅费"), books.account("560202"), 10'050, 0},
                   VoucherLine{0, QStringLiteral("办公用品"), books.account("1001"), 0, 40'050}};
    books.post(split);
    books.save(books.voucher(QDate(2026, 11, 4), "1001", "100201", 1));   // a draft: not exported
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    const std::optional<qint64> written = LedgerJournal::write(*books.manager, buffer, &error);
    INFO(error.toStdString());
    REQUIRE(written);
    CHECK(*written == 2);
    const QString text = QString::fromUtf8(buffer.data());
    const QString expected = QStringLiteral(
        "\n2026-11-02 * (2026-11 记-0001) 提现\n"
        "    库存现金  1234.56\n"
        "    银行存款:基本存款账户  -1234.56\n"
        "\n2026-11-03 * (2026-11 记-0002) 办公用品\n"
        "    管理费用:办公费  300.00\n"
        "    管理费用:差旅费  100.50  ; 差旅费\n"
        "    库存现金  -400.50\n");
    CHECK(text.endsWith(expected));
    CHECK(LedgerJournal::accountPart(QStringLiteral("A:B;  C\tD")) == QStringLiteral("A：B； C D"));
}
