#include "accountchart.h"
#include "database.h"
#include "extensionregistries.h"
#include "financereports.h"
#include "financebooks.h"
#include "financeentities.h"
#include "financialstatement.h"
#include "ledgerreports.h"
#include "localization.h"
#include "reportpdfwriter.h"
#include "reportresult.h"
#include "reportrunner.h"
#include "reportspage.h"
#include "reporttreemodel.h"
#include "reportview.h"
#include "statementlayout.h"
#include "statementreports.h"
#include "voucherbook.h"
#include "writetransaction.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFont>
#include <QHeaderView>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>

#include <initializer_list>

using namespace Backroom;
using namespace Backroom::Finance;
using FinanceTests::Books;
using Statement = StatementLayout::Statement;
using Take = StatementLayout::Take;

namespace {

struct Entry
{
    const char *code;
    qint64 debit;
    qint64 credit;
    qint64 partner = 0;
};

qint64 post(Books &books, const QDate &date, const char *summary, std::initializer_list<Entry> entries,
            const QString &kind = QStringLiteral("entry"))
{
    Voucher voucher;
    voucher.date = date;
    voucher.kind = kind;
    for (const Entry &entry : entries) {
        VoucherLine line;
        line.summary = QString::fromUtf8(summary);
        line.account = books.account(entry.code);
        line.debit = entry.debit;
        line.credit = entry.credit;
        line.partner = entry.partner;
        voucher.lines.append(line);
    }
    return books.post(voucher);
}

qint64 partner(Books &books, const char *code, const char *name, const char *kind)
{
    const Records::Result made = books.accountant->create(
        QStringLiteral("core.partner"), {{QStringLiteral("code"), QString::fromLatin1(code)},
                                         {QStringLiteral("name"), QString::fromUtf8(name)},
                                         {QStringLiteral("kind"), QString::fromLatin1(kind)}});
    INFO(made.message.toStdString());
    REQUIRE(made.ok());
    return made.id;
}

StatementLayout layout(const QString &family, Statement statement)
{
    QString error;
    const std::optional<StatementLayout> loaded = StatementLayout::load(StatementLayout::layoutId(family, statement), &error);
    INFO(error.toStdString());
    REQUIRE(loaded);
    return *loaded;
}

FinancialStatement::Result compute(Books &books, const QString &family, Statement statement, const QString &to)
{
    FinancialStatement::Options options;
    options.toPeriod = to;
    options.language = QStringLiteral("zh_CN");
    QString error;
    const auto result = FinancialStatement::compute(books.db(), layout(family, statement), options, &error);
    INFO(error.toStdString());
    REQUIRE(result);
    return *result;
}

// {row, first column, second column} in 分.
struct Expected
{
    int row;
    qint64 first;
    qint64 second;
};

void checkRows(const FinancialStatement::Result &result, std::initializer_list<Expected> expected)
{
    for (const Expected &e : expected) {
        const FinancialStatement::Row *row = result.row(e.row);
        INFO("row " << e.row);
        REQUIRE(row);
        INFO(row->label.toStdString());
        CHECK(row->amounts[0] == e.first);
        CHECK(row->amounts[1] == e.second);
    }
}

// The rows of a statement that have figures and are not in `expected`
// must be empty: nothing lands on a line it does not belong to.
void checkOthersEmpty(const FinancialStatement::Result &result, std::initializer_list<Expected> expected)
{
    QSet<int> named;
    for (const Expected &e : expected)
        named.insert(e.row);
    for (const FinancialStatement::Row &row : result.rows) {
        if (row.row == 0 || named.contains(row.row))
            continue;
        INFO("row " << row.row << " " << row.label.toStdString());
        CHECK(row.amounts == std::array<qint64, 2>{});
    }
}

} // namespace

TEST_CASE("Statement layouts load, and a malformed one is refused naming the line", "[finance][statements]")
{
    for (const QString &id : StatementLayout::layoutIds()) {
        QString error;
        const auto loaded = StatementLayout::load(id, &error);
        INFO(id.toStdString() << ": " << error.toStdString());
        REQUIRE(loaded);
        CHECK(loaded->id == id);
        CHECK(AccountChart::load(loaded->chart));
    }
    const StatementLayout sheet = layout(QStringLiteral("cn"), Statement::BalanceSheet);
    CHECK(sheet.formZh == QStringLiteral("会小企01表"));
    // 会小企01表 has 53 rows, 会小企02表 32.
    CHECK(sheet.lineForRow(53)->labelZh == QStringLiteral("负债和所有者权益（或股东权益）总计"));
    CHECK(sheet.checkLeft == 30);
    CHECK(sheet.checkRight == 53);
    CHECK(layout(QStringLiteral("cn"), Statement::IncomeStatement).lineForRow(32)->labelZh
          == QStringLiteral("四、净利润（净亏损以“-”号填列）"));
    CHECK_FALSE(StatementLayout::load(QStringLiteral("nope")));

    const auto refuse = [](const char *lines, const char *expected, const char *statement = "balance_sheet") {
        QString why;
        const QByteArray json = QByteArray(R"({"id":"t","statement":")") + statement + R"(","chart":"x",)"
                                + (QByteArray(statement) == "balance_sheet" ? R"("check":[1,1],)" : "")
                                + R"("lines":[{"row":1,"en":"Cash","zh":"货币资金","accounts":[{"code":"1001"}]},)"
                                + lines + "]}";
        CHECK_FALSE(StatementLayout::parse(json, &why));
        INFO(why.toStdString());
        CHECK(why.contains(QString::fromUtf8(expected)));
    };
    refuse(R"({"row":2,"kind":"sum","en":"A","zh":"甲"})", "line 2 (row 2, 甲): “kind”");
    refuse(R"({"row":2,"en":"Only English"})", "line 2 (row 2, Only English)");
    refuse(R"({"row":2,"en":"A","zh":"甲","totals":[1,3]})", "refers to row 3");
    refuse(R"({"row":2,"en":"A","zh":"甲","accounts":[{"code":"10a1"}]})", "“10a1”");
    refuse(R"({"row":2,"en":"A","zh":"甲","accounts":[{"code":"1001","take":"credits"}]})", "debit_balance");
    refuse(R"({"row":2,"en":"A","zh":"甲","accounts":[{"code":"5001","take":"debit_balance"}]})", "debits or credits",
           "income_statement");
    refuse(R"({"row":1,"en":"A","zh":"甲"})", "row 1 appears twice");
    refuse(R"({"row":2,"en":"A","zh":"甲","acounts":[{"code":"1001"}]})", "“acounts”");
    refuse(R"({"row":2,"en":"A","zh":"甲","accounts":[{"code":"1001","sign":2}]})", "sign of account 1001");
    refuse(R"({"kind":"heading","row":3,"en":"A","zh":"甲"})", "line 2 (row 3, 甲): a heading");
    refuse(R"({"row":2,"en":"A","zh":"甲"},)", "not JSON");
    QString why;
    CHECK_FALSE(StatementLayout::parse(R"({"id":"t","statement":"balance_sheet","lines":[{"row":1,"en":"A","zh":"甲"}]})",
                                       &why));
    CHECK(why.contains(QStringLiteral("“check”")));
}

TEST_CASE("Every account of each chart is on its statements once", "[finance][statements]")
{
    for (const QString &family : StatementLayout::families()) {
        const StatementLayout sheet = layout(family, Statement::BalanceSheet);
        const StatementLayout income = layout(family, Statement::IncomeStatement);
        const auto chart = AccountChart::load(sheet.chart);
        REQUIRE(chart);
        QSet<QString> codes;
        for (const AccountChart::Account &account : chart->accounts)
            codes.insert(account.code);
        for (const AccountChart::Account &account : chart->accounts) {
            // Lines post to leaf accounts; a first-level account is on the
            // statement through its leaves.
            const bool leaf = std::none_of(chart->accounts.cbegin(), chart->accounts.cend(), [&](const auto &other) {
                return other.code.size() > account.code.size() && other.code.startsWith(account.code);
            });
            if (!leaf)
                continue;
            INFO(family.toStdString() << " " << account.code.toStdString() << " " << account.nameZh.toStdString());
            // The lines that count (not the 其中 analysis) that take it in:
            // its whole balance once, or its debit and its credit balances
            // on one line each (应收账款 / 预收账款).
            const auto takes = [&](const StatementLayout &layout) {
                QList<Take> found;
                for (const StatementLayout::Line &line : layout.lines)
                    if (line.kind != StatementLayout::Kind::SubLine)
                        for (const StatementLayout::Source &source : line.accounts)
                            if (StatementLayout::covers(source, account.code))
                                found.append(source.take);
                std::sort(found.begin(), found.end());
                return found;
            };
            const QList<Take> onSheet = takes(sheet);
            CHECK((onSheet == QList<Take>{Take::Net} || onSheet == QList<Take>{Take::DebitBalance, Take::CreditBalance}));
            const bool profitAndLoss = account.category == QLatin1String("income") || account.category == QLatin1String("expense");
            CHECK(takes(income) == (profitAndLoss ? QList<Take>{Take::Net} : QList<Take>{}));
        }
        // Every code a layout names is the chart's, or deliberately outside it.
        for (const StatementLayout *layout : {&sheet, &income})
            for (const StatementLayout::Line &line : layout->lines)
                for (const StatementLayout::Source &source : line.accounts) {
                    INFO(layout->id.toStdString() << " " << source.code.toStdString());
                    CHECK((codes.contains(source.code) || source.code == QLatin1String("5")));
                }
    }
}

TEST_CASE("会小企01表 and 会小企02表 from a worked month, before and after the carry-forward",
          "[finance][statements][backends]")
{
    Books books;
    const qint64 customerA = partner(books, "C001", "甲公司", "customer");
    const qint64 customerB = partner(books, "C002", "乙公司", "customer");
    const qint64 supplierS = partner(books, "S001", "丙供应商", "supplier");
    const qint64 supplierT = partner(books, "S002", "丁供应商", "supplier");

    // December 2025, left without a carry-forward: the year-start column.
    const QDate dec(2025, 12, 10);
    post(books, dec, "收到投资款", {{"100201", 1'000'000'00, 0}, {"3001", 0, 1'000'000'00}});
    post(books, dec, "购入设备", {{"1601", 120'000'00, 0}, {"22210101", 15'600'00, 0}, {"100201", 0, 135'600'00}});
    post(books, dec, "销售商品", {{"1122", 113'000'00, 0, customerA}, {"5001", 0, 100'000'00}, {"22210102", 0, 13'000'00}});
    post(books, dec, "预收货款", {{"100201", 20'000'00, 0}, {"1122", 0, 20'000'00, customerB}});
    // October 2026: only in the year to date.
    post(books, QDate(2026, 10, 20), "差旅费", {{"560202", 3'000'00, 0}, {"100201", 0, 3'000'00}});
    // November 2026.
    const QDate nov(2026, 11, 15);
    post(books, nov, "购入商品", {{"1405", 200'000'00, 0}, {"22210101", 26'000'00, 0}, {"2202", 0, 226'000'00, supplierS}});
    post(books, nov, "销售商品", {{"1122", 339'000'00, 0, customerA}, {"5001", 0, 300'000'00}, {"22210102", 0, 39'000'00}});
    post(books, nov, "结转销售成本", {{"5401", 150'000'00, 0}, {"1405", 0, 150'000'00}});
    post(books, nov, "发货冲预收", {{"1122", 11'300'00, 0, customerB}, {"5001", 0, 10'000'00}, {"22210102", 0, 1'300'00}});
    post(books, nov, "计提工资", {{"560204", 30'000'00, 0}, {"560101", 20'000'00, 0}, {"221101", 0, 50'000'00}});
    post(books, nov, "发放工资", {{"221101", 45'000'00, 0}, {"100201", 0, 45'000'00}});
    post(books, nov, "计提折旧", {{"560205", 1'000'00, 0}, {"1602", 0, 1'000'00}});
    post(books, nov, "广告费", {{"560102", 5'000'00, 0}, {"100201", 0, 5'000'00}});
    post(books, nov, "业务招待费", {{"560203", 2'000'00, 0}, {"100201", 0, 2'000'00}});
    post(books, nov, "银行手续费", {{"560302", 50'00, 0}, {"100201", 0, 50'00}});
    post(books, nov, "利息收入", {{"100201", 120'00, 0}, {"560301", 0, 120'00}});
    post(books, nov, "预付货款", {{"2202", 10'000'00, 0, supplierT}, {"100201", 0, 10'000'00}});
    // VAT payable 40,300 − 26,000 − 2,600 carried over = 11,700: 7 %, 3 %, 2 %.
    post(books, nov, "计提附加税", {{"5403", 1'404'00, 0}, {"222105", 0, 819'00}, {"222106", 0, 351'00}, {"222107", 0, 234'00}});
    post(books, nov, "政府补助", {{"100201", 5'000'00, 0}, {"5301", 0, 5'000'00}});
    post(books, nov, "税收滞纳金", {{"5711", 200'00, 0}, {"100201", 0, 200'00}});
    // 5 % of the year's profit before tax, 102,466.00.
    post(books, nov, "计提所得税", {{"5801", 5'123'30, 0}, {"222103", 0, 5'123'30}});
    // Drafts never count.
    books.save(books.voucher(nov, "1001", "5001", 999'00));

    QString error;
    CHECK(FinancialStatement::familyFor(books.db(), &error) == QStringLiteral("cn"));

    const std::initializer_list<Expected> income = {
        {1, 310'000'00, 310'000'00},  // 营业收入
        {2, 150'000'00, 150'000'00},  // 营业成本
        {3, 1'404'00, 1'404'00},      // 税金及附加
        {6, 819'00, 819'00},          //   城市维护建设税
        {10, 585'00, 585'00},         //   教育费附加 (3 % + 地方 2 %)
        {11, 25'000'00, 25'000'00},   // 销售费用
        {13, 5'000'00, 5'000'00},     //   广告费和业务宣传费
        {14, 36'000'00, 33'000'00},   // 管理费用 (October's travel in the year only)
        {16, 2'000'00, 2'000'00},     //   业务招待费
        {18, -70'00, -70'00},         // 财务费用
        {19, -120'00, -120'00},       //   利息费用 (income negative)
        {21, 97'666'00, 100'666'00},  // 营业利润
        {22, 5'000'00, 5'000'00},     // 营业外收入
        {24, 200'00, 200'00},         // 营业外支出
        {30, 102'466'00, 105'466'00}, // 利润总额
        {31, 5'123'30, 5'123'30},     // 所得税费用
        {32, 97'342'70, 100'342'70},  // 净利润
    };
    const std::initializer_list<Expected> sheet = {
        {1, 824'270'00, 884'400'00},      // 货币资金
        {4, 452'000'00, 113'000'00},      // 应收账款: customer A only
        {5, 10'000'00, 0},                // 预付账款: supplier T's debit on 2202
        {9, 50'000'00, 0},                // 存货
        {12, 50'000'00, 0},               //   库存商品
        {15, 1'336'270'00, 997'400'00},   // 流动资产合计
        {18, 120'000'00, 120'000'00},     // 固定资产原价
        {19, 1'000'00, 0},                // 减：累计折旧
        {20, 119'000'00, 120'000'00},     // 固定资产账面价值
        {29, 119'000'00, 120'000'00},     // 非流动资产合计
        {30, 1'455'270'00, 1'117'400'00}, // 资产总计
        {33, 226'000'00, 0},              // 应付账款: supplier S
        {34, 8'700'00, 20'000'00},        // 预收账款: customer B's credit on 1122
        {35, 5'000'00, 0},                // 应付职工薪酬
        {36, 18'227'30, -2'600'00},       // 应交税费 (input VAT ahead at the year's start: negative)
        {41, 257'927'30, 17'400'00},      // 流动负债合计
        {47, 257'927'30, 17'400'00},      // 负债合计
        {48, 1'000'000'00, 1'000'000'00}, // 实收资本
        {51, 197'342'70, 100'000'00},     // 未分配利润: last year's and this year's profit, not yet carried
        {52, 1'197'342'70, 1'100'000'00}, // 所有者权益合计
        {53, 1'455'270'00, 1'117'400'00}, // 负债和所有者权益总计
    };
    const auto checkAll = [&] {
        const FinancialStatement::Result statement = compute(books, QStringLiteral("cn"), Statement::IncomeStatement,
                                                             QStringLiteral("2026-11"));
        checkRows(statement, income);
        checkOthersEmpty(statement, income);
        CHECK(statement.unmapped.isEmpty());
        CHECK(statement.form == QStringLiteral("会小企02表"));
        const FinancialStatement::Result balance = compute(books, QStringLiteral("cn"), Statement::BalanceSheet,
                                                           QStringLiteral("2026-11"));
        checkRows(balance, sheet);
        checkOthersEmpty(balance, sheet);
        CHECK(balance.balanced);
        CHECK(balance.unmapped.isEmpty());
        CHECK(balance.row(1)->label == QStringLiteral("货币资金"));
        // October: fewer vouchers in the year than before it, so the year's
        // start is read the other way round (the period's balances less
        // the year's vouchers); the same start of the year.
        const FinancialStatement::Result october = compute(books, QStringLiteral("cn"), Statement::BalanceSheet,
                                                           QStringLiteral("2026-10"));
        checkRows(october, {{1, 881'400'00, 884'400'00},
                            {4, 113'000'00, 113'000'00},
                            {30, 1'114'400'00, 1'117'400'00},
                            {34, 20'000'00, 20'000'00},
                            {36, -2'600'00, -2'600'00},
                            {51, 97'000'00, 100'000'00},
                            {53, 1'114'400'00, 1'117'400'00}});
        CHECK(october.balanced);
    };
    checkAll();

    // The period close carries every profit-and-loss balance to 本年利润
    // (PeriodClose writes it; here by hand, of kind 'closing'): the income
    // statement leaves it out, and the sheet reads 3103 instead.
    post(books, QDate(2026, 11, 30), "结转损益",
         {{"5001", 410'000'00, 0},
          {"5301", 5'000'00, 0},
          {"560301", 120'00, 0},
          {"5401", 0, 150'000'00},
          {"5403", 0, 1'404'00},
          {"560101", 0, 20'000'00},
          {"560102", 0, 5'000'00},
          {"560202", 0, 3'000'00},
          {"560203", 0, 2'000'00},
          {"560204", 0, 30'000'00},
          {"560205", 0, 1'000'00},
          {"560302", 0, 50'00},
          {"5711", 0, 200'00},
          {"5801", 0, 5'123'30},
          {"3103", 0, 197'342'70}},
         QStringLiteral("closing"));
    checkAll();

    // In English the same figures under the form's English words.
    FinancialStatement::Options options;
    options.toPeriod = QStringLiteral("2026-11");
    options.language = QStringLiteral("en");
    const auto english = FinancialStatement::compute(books.db(), layout(QStringLiteral("cn"), Statement::BalanceSheet),
                                                     options, &error);
    REQUIRE(english);
    CHECK(english->row(1)->label == QStringLiteral("Monetary funds"));
    CHECK(english->amount(53) == 1'455'270'00);

    // An account no line takes in is named, and the sheet shows it out of
    // balance rather than dropping it.
    StatementLayout missing = layout(QStringLiteral("cn"), Statement::BalanceSheet);
    for (StatementLayout::Line &line : missing.lines)
        if (line.row == 35)
            line.accounts.clear();
    options.language = QStringLiteral("zh_CN");
    const auto broken = FinancialStatement::compute(books.db(), missing, options, &error);
    REQUIRE(broken);
    CHECK_FALSE(broken->balanced);
    CHECK(broken->difference[0] == 5'000'00);
    CHECK(broken->unmapped == QStringList{QStringLiteral("221101 工资")});

    // The reports: rows with 行次, both columns, and the check line.
    for (const ReportDefinition &report : StatementReports::declarations()) {
        if (report.id().endsWith(QLatin1String("_accounts")))
            continue; // one line's accounts: tested below
        QVariantMap values;
        REQUIRE(report.resolveParameters({{QStringLiteral("to"), QStringLiteral("2026-11")}}, &values, &error));
        const auto result = ReportRunner::run(report, values, *books.accountant, {}, {}, &error);
        INFO(error.toStdString());
        REQUIRE(result);
        QStringList items;
        for (int row = 0; row < result->rowCount(); ++row)
            items.append(result->value(row, 0).toString());
        const bool balanceSheet = report.id() == QLatin1String("finance.balance_sheet");
        const int last = balanceSheet ? 53 : 32;
        bool found = false;
        for (int row = 0; row < result->rowCount(); ++row)
            if (result->value(row, 1).toInt() == last) {
                found = true;
                CHECK(result->value(row, 2).toLongLong() == (balanceSheet ? 1'455'270'00 : 97'342'70));
                CHECK(result->value(row, 3).toLongLong() == (balanceSheet ? 1'117'400'00 : 100'342'70));
            }
        CHECK(found);
        if (balanceSheet) {
            INFO(items.join(QLatin1Char('\n')).toStdString());
            CHECK(items.last().startsWith(QStringLiteral("Check: Total assets = ")));
            CHECK(items.last().endsWith(QStringLiteral("(balanced)")));
        }
    }
}

TEST_CASE("The plain statements for the generic chart", "[finance][statements][backends]")
{
    Books books(QStringLiteral("en"));
    QString error;
    CHECK(FinancialStatement::familyFor(books.db(), &error) == QStringLiteral("generic"));
    const QDate jan(2026, 1, 5);
    post(books, jan, "Capital paid in", {{"100201", 50'000'00, 0}, {"3001", 0, 50'000'00}});
    post(books, jan, "Van bought on a loan", {{"150103", 30'000'00, 0}, {"250102", 0, 30'000'00}});
    post(books, jan, "Stock bought", {{"1301", 8'000'00, 0}, {"1201", 1'600'00, 0}, {"2001", 0, 9'600'00}});
    post(books, jan, "Sales", {{"1101", 18'000'00, 0}, {"5001", 0, 15'000'00}, {"2101", 0, 3'000'00}});
    post(books, jan, "Cost of goods sold", {{"5401", 6'000'00, 0}, {"1301", 0, 6'000'00}});
    post(books, jan, "Rent", {{"5603", 2'000'00, 0}, {"100201", 0, 2'000'00}});
    post(books, jan, "Wages", {{"5601", 3'000'00, 0}, {"220101", 0, 3'000'00}});
    post(books, jan, "Depreciation", {{"5612", 500'00, 0}, {"1502", 0, 500'00}});
    post(books, jan, "Loan interest", {{"5611", 150'00, 0}, {"100201", 0, 150'00}});
    post(books, jan, "Sundry income", {{"100201", 100'00, 0}, {"5101", 0, 100'00}});
    post(books, jan, "Income tax", {{"5801", 690'00, 0}, {"2301", 0, 690'00}});
    post(books, jan, "Owner's drawings", {{"3002", 1'000'00, 0}, {"100201", 0, 1'000'00}});

    const auto income = compute(books, QStringLiteral("generic"), Statement::IncomeStatement, QStringLiteral("2026-01"));
    checkRows(income, {{1, 15'000'00, 15'000'00},
                       {2, 6'000'00, 6'000'00},
                       {3, 9'000'00, 9'000'00},
                       {16, 5'500'00, 5'500'00},
                       {17, 3'500'00, 3'500'00},
                       {18, 100'00, 100'00},
                       {19, 150'00, 150'00},
                       {20, 3'450'00, 3'450'00},
                       {21, 690'00, 690'00},
                       {22, 2'760'00, 2'760'00}});
    CHECK(income.unmapped.isEmpty());
    const auto sheet = compute(books, QStringLiteral("generic"), Statement::BalanceSheet, QStringLiteral("2026-01"));
    const std::initializer_list<Expected> expected = {
        {1, 46'950'00, 0},  {2, 18'000'00, 0}, {3, 1'600'00, 0},   {4, 2'000'00, 0},  {6, 68'550'00, 0},
        {7, 30'000'00, 0},  {8, 500'00, 0},    {9, 29'500'00, 0},  {10, 29'500'00, 0}, {11, 98'050'00, 0},
        {12, 9'600'00, 0},  {13, 3'000'00, 0}, {14, 3'000'00, 0},  {15, 690'00, 0},   {18, 16'290'00, 0},
        {19, 30'000'00, 0}, {20, 30'000'00, 0}, {21, 46'290'00, 0}, {22, 50'000'00, 0}, {23, 1'000'00, 0},
        {25, 2'760'00, 0},  {26, 51'760'00, 0}, {27, 98'050'00, 0},
    };
    checkRows(sheet, expected);
    checkOthersEmpty(sheet, expected);
    CHECK(sheet.balanced);
    CHECK(sheet.unmapped.isEmpty());
    CHECK(sheet.row(25)->label == QStringLiteral("本年利润"));
}

namespace {

ReportResult balanceSheetReport(Books &books)
{
    for (const ReportDefinition &report : StatementReports::declarations()) {
        if (report.id() != QLatin1String("finance.balance_sheet"))
            continue;
        QVariantMap values;
        QString error;
        REQUIRE(report.resolveParameters({{QStringLiteral("to"), QStringLiteral("2026-11")}}, &values, &error));
        const auto result = ReportRunner::run(report, values, *books.accountant, {}, {}, &error);
        INFO(error.toStdString());
        REQUIRE(result);
        return *result;
    }
    FAIL("no balance sheet report");
    return {};
}

int rowOfNumber(const ReportResult &result, int number)
{
    for (int row = 0; row < result.rowCount(); ++row)
        if (!result.value(row, 1).isNull() && result.value(row, 1).toInt() == number)
            return row;
    return -1;
}

} // namespace

TEST_CASE("会小企01表 prints side by side on landscape A4; the generic sheet stays a list", "[finance][statements]")
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        FAIL("pdftotext (poppler-utils) is needed to read the PDF back");
    Localization::apply(QStringLiteral("zh_CN"));
    Books books;
    const QDate nov(2026, 11, 15);
    post(books, QDate(2025, 12, 10), "收到投资款", {{"100201", 500'000'00, 0}, {"3001", 0, 500'000'00}});
    post(books, nov, "短期借款", {{"100201", 100'000'00, 0}, {"2001", 0, 100'000'00}});
    post(books, nov, "销售商品", {{"1122", 113'000'00, 0}, {"5001", 0, 100'000'00}, {"22210102", 0, 13'000'00}});
    const ReportResult sheet = balanceSheetReport(books);

    const std::optional<ReportDefinition::TwoBlocks> blocks = ReportPdfWriter::twoBlocksOf(sheet);
    REQUIRE(blocks);
    const int assets = rowOfNumber(sheet, 30), equity = rowOfNumber(sheet, 53);
    CHECK(blocks->leftStart == 1);    // under the form's line
    CHECK(blocks->rightStart == assets + 1);
    CHECK(blocks->end == equity + 1);
    CHECK(sheet.value(blocks->rightStart, 0).toString() == QStringLiteral("负债和所有者权益"));
    // 资产总计 = 负债和所有者权益总计: 500,000 + 100,000 + 113,000.
    CHECK(sheet.value(assets, 2).toLongLong() == 713'000'00);
    CHECK(sheet.value(equity, 2).toLongLong() == 713'000'00);

    ReportPdfWriter writer;
    CHECK(writer.effectivePageSetup(sheet).orientation() == QPageLayout::Landscape);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sheet.pdf"));
    REQUIRE(writer.exportPdf(sheet, path) == ReportPdfWriter::Code::Success);
    CHECK(writer.pageCount() == 1);
    if (qEnvironmentVariable("BACKROOM_SHOTS") == QLatin1String("1"))
        QFile::remove(QStringLiteral("/tmp/yearend-balance-sheet.pdf")),
            QFile::copy(path, QStringLiteral("/tmp/yearend-balance-sheet.pdf"));
    Localization::apply(QStringLiteral("en"));
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    // The form's own headings over both blocks.
    CHECK(text.count(QStringLiteral("行次")) == 2);
    CHECK(text.count(QStringLiteral("年初余额")) == 2);
    CHECK(text.contains(QStringLiteral("资产总计 = 负债和所有者权益（或股东权益）总计")));
    const QStringList lines = text.split(QLatin1Char('\n'));
    const auto lineWith = [&](const QString &left, const QString &right) {
        for (const QString &raw : lines)
            if (const QString line = raw.simplified();
                line.contains(left) && line.contains(right) && line.indexOf(left) < line.indexOf(right))
                return line;
        return QString();
    };
    // 行次 1 beside 行次 31, as on the form, with their figures.
    const QString first = lineWith(QStringLiteral("货币资金"), QStringLiteral("短期借款"));
    INFO(first.toStdString());
    CHECK(first == QStringLiteral("货币资金 1 600,000.00 500,000.00 短期借款 31 100,000.00"));
    // Both totals on the last line of the blocks.
    const QString totals = lineWith(QStringLiteral("资产总计"), QStringLiteral("总计 53"));
    INFO(totals.toStdString());
    CHECK(totals.contains(QStringLiteral("资产总计 30 713,000.00 500,000.00")));
    CHECK(totals.endsWith(QStringLiteral("总计 53 713,000.00 500,000.00")));

    // The generic chart's plain sheet is printed as the list it is.
    Books generic(QStringLiteral("en"));
    post(generic, nov, "Capital", {{"100201", 1'000'00, 0}, {"3001", 0, 1'000'00}});
    const ReportResult plain = balanceSheetReport(generic);
    CHECK_FALSE(ReportPdfWriter::twoBlocksOf(plain));
    CHECK(writer.effectivePageSetup(plain).orientation() == QPageLayout::Portrait);
}

namespace {

// The display row of the tree whose first column reads `text`, -1 if none.
int displayRow(const ReportTreeModel &model, const QString &text)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.data(model.index(row, 0)).toString().trimmed() == text)
            return row;
    return -1;
}

void waitFor(ReportView *view)
{
    if (view->isRunning()) {
        QSignalSpy ended(view, &ReportView::runEnded);
        REQUIRE(ended.wait(20000));
    }
}

} // namespace

TEST_CASE("会小企01表 on screen and in CSV/XLSX side by side; a figure on either side opens its accounts, an account "
          "its ledger",
          "[finance][statements][backends]")
{
    Localization::apply(QStringLiteral("zh_CN"));
    Books books;
    post(books, QDate(2025, 12, 10), "收到投资款", {{"100201", 500'000'00, 0}, {"3001", 0, 500'000'00}});
    const QDate nov(2026, 11, 15);
    post(books, nov, "短期借款", {{"100201", 100'000'00, 0}, {"2001", 0, 100'000'00}});
    post(books, nov, "销售商品", {{"1122", 113'000'00, 0}, {"5001", 0, 100'000'00}, {"22210102", 0, 13'000'00}});

    ExtensionRegistries registries;
    for (const ReportDefinition &report : FinanceReports::declarations())
        REQUIRE(registries.reports.add(QStringLiteral("finance"), report));
    ReportsPage page(*books.manager, registries, QStringLiteral("finance"));
    REQUIRE(page.openReport(QStringLiteral("finance.balance_sheet")));
    ReportView *sheet = page.currentView();
    REQUIRE(sheet);
    sheet->setParameterValue(QStringLiteral("to"), QDate(2026, 11, 1));
    sheet->run();
    waitFor(sheet);
    REQUIRE(sheet->result());
    const ReportTreeModel &model = *sheet->model();

    // The form's columns twice: 资产 on the left, 负债和所有者权益 on the right.
    REQUIRE(model.columnCount() == 8);
    CHECK(model.headerData(1, Qt::Horizontal).toString() == QStringLiteral("行次"));
    CHECK(model.headerData(5, Qt::Horizontal).toString() == QStringLiteral("行次"));
    CHECK(model.headerData(7, Qt::Horizontal).toString() == QStringLiteral("年初余额"));
    // The form's line across the top, then 资产 beside 负债和所有者权益.
    CHECK(model.data(model.index(0, 0)).toString().startsWith(QStringLiteral("会小企01表")));
    CHECK(sheet->treeView()->isFirstColumnSpanned(0, QModelIndex()));
    CHECK(model.data(model.index(1, 0)).toString() == QStringLiteral("资产"));
    CHECK(model.data(model.index(1, 4)).toString() == QStringLiteral("负债和所有者权益"));
    const int cash = displayRow(model, QStringLiteral("货币资金"));
    REQUIRE(cash > 1);
    const auto cell = [&](int row, int column) { return model.data(model.index(row, column)).toString(); };
    CHECK(cell(cash, 1) == QStringLiteral("1"));
    CHECK(cell(cash, 2) == QStringLiteral("600,000.00"));
    CHECK(cell(cash, 3) == QStringLiteral("500,000.00"));
    CHECK(cell(cash, 4).trimmed() == QStringLiteral("短期借款"));
    CHECK(cell(cash, 5) == QStringLiteral("31"));
    CHECK(cell(cash, 6) == QStringLiteral("100,000.00"));
    CHECK(cell(cash, 7).isEmpty());
    // Both totals on one line, bold, as printed.
    const int totals = displayRow(model, QStringLiteral("资产总计"));
    REQUIRE(totals > cash);
    CHECK(cell(totals, 1) == QStringLiteral("30"));
    CHECK(cell(totals, 2) == QStringLiteral("713,000.00"));
    CHECK(cell(totals, 4).contains(QStringLiteral("负债和所有者权益")));
    CHECK(cell(totals, 5) == QStringLiteral("53"));
    CHECK(cell(totals, 6) == QStringLiteral("713,000.00"));
    CHECK(cell(totals, 7) == QStringLiteral("500,000.00"));
    CHECK(model.data(model.index(totals, 6), Qt::FontRole).value<QFont>().bold());
    // The balance check below, across the page.
    REQUIRE(model.rowCount() == totals + 2);
    CHECK(cell(totals + 1, 0).contains(QStringLiteral("资产总计 = 负债和所有者权益")));
    CHECK(cell(totals + 1, 4).isEmpty());
    // The screen keeps the form's order: a click on a heading sorts nothing.
    sheet->treeView()->header()->setSortIndicator(2, Qt::DescendingOrder);
    CHECK(displayRow(model, QStringLiteral("货币资金")) == cash);

    // The export is the same form: a "Line" column, then both halves.
    const TableExport table = sheet->result()->toTable();
    REQUIRE(table.columns().size() == 9);
    bool exported = false;
    for (const QVariantList &row : table.rows())
        if (row.value(1).toString().trimmed() == QStringLiteral("货币资金")) {
            exported = true;
            CHECK(row.value(2).toLongLong() == 1);
            CHECK(row.value(3).toLongLong() == 600'000'00);
            CHECK(row.value(5).toString().trimmed() == QStringLiteral("短期借款"));
            CHECK(row.value(7).toLongLong() == 100'000'00);
        }
    CHECK(exported);

    // 短期借款 on the right opens its accounts: 2001 only.
    QSignalSpy records(sheet, &ReportView::drillDownRequested);
    emit sheet->treeView()->doubleClicked(model.index(cash, 6));
    ReportView *accounts = page.currentView();
    REQUIRE(accounts);
    REQUIRE(accounts->definition().id() == QStringLiteral("finance.balance_sheet_accounts"));
    CHECK(accounts->parameterValues().value(QStringLiteral("line")).toString() == QStringLiteral("31"));
    CHECK(accounts->parameterValues().value(QStringLiteral("to")).toDate() == QDate(2026, 11, 1));
    waitFor(accounts);
    REQUIRE(accounts->result());
    REQUIRE(accounts->result()->rowCount() == 1);
    CHECK(accounts->result()->value(0, 1).toString() == QStringLiteral("2001"));
    CHECK(accounts->result()->value(0, 3).toLongLong() == 100'000'00);
    CHECK(accounts->result()->value(0, 4).isNull() == false);
    CHECK(accounts->result()->value(0, 4).toLongLong() == 0);

    // 资产总计 on the left: every asset account behind it, summing to the figure.
    REQUIRE(page.openReport(QStringLiteral("finance.balance_sheet")));
    emit sheet->treeView()->doubleClicked(model.index(totals, 2));
    REQUIRE(page.currentView() == accounts);
    CHECK(accounts->parameterValues().value(QStringLiteral("line")).toString() == QStringLiteral("30"));
    waitFor(accounts);
    const auto assets = accounts->result();
    REQUIRE(assets);
    REQUIRE(assets->rowCount() == 2);
    CHECK(assets->value(0, 1).toString() == QStringLiteral("100201"));
    CHECK(assets->value(0, 3).toLongLong() == 600'000'00);
    CHECK(assets->value(0, 4).toLongLong() == 500'000'00);
    CHECK(assets->value(1, 1).toString() == QStringLiteral("1122"));
    CHECK(assets->value(1, 3).toLongLong() == 113'000'00);
    CHECK(assets->total(3) == 713'000'00);
    CHECK(assets->total(4) == 500'000'00);
    CHECK(records.isEmpty());

    // An account opens its ledger for the same period, and the ledger its vouchers.
    emit accounts->treeView()->doubleClicked(accounts->model()->index(0, 0));
    ReportView *ledger = page.currentView();
    REQUIRE(ledger);
    REQUIRE(ledger->definition().id() == LedgerReports::accountLedger());
    CHECK(ledger->parameterValues().value(QStringLiteral("account")).toLongLong() == books.account("100201"));
    CHECK(ledger->parameterValues().value(QStringLiteral("to")).toDate() == QDate(2026, 11, 1));
    // …from the first month of the statement's year, whatever the ledger's
    // form said before: a sheet of December 2025 opens 2025-01 to 2025-12.
    CHECK(ledger->parameterValues().value(QStringLiteral("from")).toDate() == QDate(2026, 1, 1));
    ledger->setParameterValue(QStringLiteral("from"), QDate(2026, 6, 1));
    waitFor(ledger);
    REQUIRE(page.openReport(QStringLiteral("finance.balance_sheet")));
    sheet->setParameterValue(QStringLiteral("to"), QDate(2025, 12, 1));
    sheet->run();
    waitFor(sheet);
    REQUIRE(sheet->result());
    const int lastYear = displayRow(model, QStringLiteral("资产总计"));
    REQUIRE(lastYear >= 0);
    emit sheet->treeView()->doubleClicked(model.index(lastYear, 2));
    REQUIRE(page.currentView() == accounts);
    CHECK(accounts->parameterValues().value(QStringLiteral("to")).toDate() == QDate(2025, 12, 1));
    waitFor(accounts);
    REQUIRE(accounts->result());
    REQUIRE(accounts->result()->rowCount() == 1);
    CHECK(accounts->result()->value(0, 1).toString() == QStringLiteral("100201"));
    emit accounts->treeView()->doubleClicked(accounts->model()->index(0, 0));
    REQUIRE(page.currentView() == ledger);
    CHECK(ledger->parameterValues().value(QStringLiteral("from")).toDate() == QDate(2025, 1, 1));
    CHECK(ledger->parameterValues().value(QStringLiteral("to")).toDate() == QDate(2025, 12, 1));
    waitFor(ledger);
    REQUIRE(ledger->result());
    // The ledger of 2025: the capital paid in on 2025-12-10, and no 2026 line.
    bool capital = false;
    for (int row = 0; row < ledger->result()->rowCount(); ++row) {
        const QDate date = ledger->result()->value(row, 0).toDate();
        CHECK((!date.isValid() || date.year() == 2025));
        capital = capital || date == QDate(2025, 12, 10);
    }
    CHECK(capital);

    // A line the statement does not have is refused by name.
    Localization::apply(QStringLiteral("en"));
    QString error;
    const ReportDefinition *byAccount = registries.reports.find(QStringLiteral("finance.balance_sheet_accounts"));
    REQUIRE(byAccount);
    QVariantMap values;
    REQUIRE(byAccount->resolveParameters({{QStringLiteral("line"), QStringLiteral("99")},
                                          {QStringLiteral("to"), QStringLiteral("2026-11")}},
                                         &values, &error));
    CHECK_FALSE(ReportRunner::run(*byAccount, values, *books.accountant, {}, {}, &error));
    CHECK(error == QStringLiteral("The statement has no line 99."));
}
