// backroom-cli, run as a real process: output, exit codes, messages.
#include "companyfile.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QStringEncoder>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace {

using Run = BackroomTests::CliRun;

Run cli(const QStringList &arguments)
{
    return BackroomTests::runCli(arguments);
}

} // namespace

TEST_CASE("backroom-cli answers --help and --version", "[cli]")
{
    const Run help = cli({QStringLiteral("--help")});
    CHECK(help.code == 0);
    CHECK(help.out.contains(QStringLiteral("init FILE")));
    CHECK(help.out.contains(QStringLiteral("modules")));
    const Run version = cli({QStringLiteral("--version")});
    CHECK(version.code == 0);
    CHECK(version.out.startsWith(QStringLiteral("backroom-cli 0.")));
}

TEST_CASE("backroom-cli reports usage errors with exit code 2", "[cli]")
{
    for (const QStringList &arguments : {QStringList{}, QStringList{QStringLiteral("frobnicate")},
                                         QStringList{QStringLiteral("info")},
                                         QStringList{QStringLiteral("--no-such-option")},
                                         QStringList{QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("modules")},
                                         QStringList{QStringLiteral("info"), QStringLiteral("a"), QStringLiteral("--demo")}}) {
        const Run run = cli(arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        CHECK(run.code == 2);
        CHECK(run.out.isEmpty());
        CHECK(run.err.startsWith(QStringLiteral("backroom-cli: ")));
    }
}

TEST_CASE("backroom-cli init, info and modules work on a real company file", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.backroom"));
    const Run init = cli({QStringLiteral("init"), path, QStringLiteral("--demo"), QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    INFO(init.err.toStdString());
    REQUIRE(init.code == 0);
    CHECK(init.out.contains(QStringLiteral("示范商贸有限公司")));
    CHECK(QFile::exists(path));

    const Run info = cli({QStringLiteral("info"), path});
    REQUIRE(info.code == 0);
    CHECK(info.out.contains(QStringLiteral("示范商贸有限公司")));
    CHECK(info.out.contains(QStringLiteral("ok (quick check passed)")));
    CHECK(info.out.contains(QStringLiteral("core          %1").arg(Backroom::CompanyFile::CoreSchemaVersion)));
    for (const char *module : {"finance", "hr", "procurement", "inventory", "admin", "it", "legal", "facilities",
                               "service", "operations"})
        CHECK(info.out.contains(QStringLiteral("\n  %1 ").arg(QString::fromLatin1(module))));
    // info writes nothing next to the file.
    CHECK(BackroomTests::folderEntries(dir.path()) == QStringList{QStringLiteral("demo.backroom")});

    const Run again = cli({QStringLiteral("init"), path});
    CHECK(again.code == 1);
    CHECK(again.err.contains(QStringLiteral("already exists")));
    CHECK(again.err.count(QLatin1Char('\n')) == 1);

    const Run chinese = cli({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("info"), path});
    CHECK(chinese.code == 0);
    CHECK(chinese.out.contains(QStringLiteral("示范商贸有限公司")));
    CHECK_FALSE(chinese.out.contains(QStringLiteral("Company:")));

    const Run modules = cli({QStringLiteral("modules")});
    CHECK(modules.code == 0);
    CHECK(modules.out.count(QStringLiteral("Running")) == 10);
    CHECK_FALSE(modules.out.contains(QStringLiteral("error:")));
}

TEST_CASE("backroom-cli init takes the chart of accounts as a choice and info shows it", "[cli]")
{
    QTemporaryDir dir;
    // A Chinese company on the generic chart: names in Chinese, the generic codes, demo data included.
    const QString path = dir.filePath(QStringLiteral("generic.backroom"));
    const Run init = cli({QStringLiteral("init"), path, QStringLiteral("--demo"), QStringLiteral("--lang"),
                          QStringLiteral("zh_CN"), QStringLiteral("--choice"),
                          QStringLiteral("finance.chart=generic-small-business")});
    INFO(init.err.toStdString());
    REQUIRE(init.code == 0);
    const Run info = cli({QStringLiteral("info"), path});
    REQUIRE(info.code == 0);
    CHECK(info.out.contains(QStringLiteral("Chart of accounts:")));
    CHECK(info.out.contains(QStringLiteral("Generic small business (generic-small-business)")));
    const Run accounts = cli({QStringLiteral("export"), path, QStringLiteral("finance.account"), QStringLiteral("-o"),
                              QStringLiteral("-")});
    INFO(accounts.err.toStdString());
    REQUIRE(accounts.code == 0);
    CHECK(accounts.out.contains(QStringLiteral("150101,")));    // only the generic chart has it
    CHECK_FALSE(accounts.out.contains(QStringLiteral("1122,"))); // 应收账款 of 小企业会计准则
    CHECK(accounts.out.contains(QStringLiteral("库存现金")));

    // Without --choice the language decides, and the company says so.
    const QString chinese = dir.filePath(QStringLiteral("chinese.backroom"));
    REQUIRE(cli({QStringLiteral("init"), chinese, QStringLiteral("--lang"), QStringLiteral("zh_CN")}).code == 0);
    const Run chineseInfo = cli({QStringLiteral("info"), chinese});
    CHECK(chineseInfo.out.contains(QStringLiteral("(cn-small-enterprise)")));

    // Wrong answers are usage errors that name what is allowed; nothing is created.
    const QString refused = dir.filePath(QStringLiteral("refused.backroom"));
    const Run badValue = cli({QStringLiteral("init"), refused, QStringLiteral("--choice"), QStringLiteral("finance.chart=ifrs")});
    CHECK(badValue.code == 2);
    CHECK(badValue.err.contains(QStringLiteral("cn-small-enterprise, generic-small-business")));
    const Run badId = cli({QStringLiteral("init"), refused, QStringLiteral("--choice"), QStringLiteral("hr.calendar=x")});
    CHECK(badId.code == 2);
    CHECK(badId.err.contains(QStringLiteral("finance.chart")));
    const Run malformed = cli({QStringLiteral("init"), refused, QStringLiteral("--choice"), QStringLiteral("finance.chart")});
    CHECK(malformed.code == 2);
    CHECK(malformed.err.contains(QStringLiteral("ID=VALUE")));
    const Run elsewhere = cli({QStringLiteral("info"), path, QStringLiteral("--choice"), QStringLiteral("finance.chart=x")});
    CHECK(elsewhere.code == 2);
    CHECK_FALSE(QFile::exists(refused));
}

TEST_CASE("backroom-cli refuses files that are not company files", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("letter.backroom"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Dear supplier,\n");
    file.close();
    const QByteArray before = BackroomTests::fileHash(path);
    const Run info = cli({QStringLiteral("info"), path});
    CHECK(info.code == 1);
    CHECK(info.err.contains(QStringLiteral("is not a Backroom company file")));
    CHECK(info.err.count(QLatin1Char('\n')) == 1);
    CHECK(BackroomTests::fileHash(path) == before);
    const Run missing = cli({QStringLiteral("info"), dir.filePath(QStringLiteral("absent.backroom"))});
    CHECK(missing.code == 1);
    CHECK(missing.err.contains(QStringLiteral("does not exist")));
}

TEST_CASE("backroom-cli imports, exports and generates records", "[cli][import]")
{
    QTemporaryDir dir;
    const QString company = dir.filePath(QStringLiteral("books.backroom"));
    REQUIRE(cli({QStringLiteral("init"), company, QStringLiteral("--demo")}).code == 0);

    const Run entities = cli({QStringLiteral("entities")});
    CHECK(entities.code == 0);
    CHECK(entities.out.contains(QStringLiteral("core.partner")));
    CHECK(entities.out.contains(QStringLiteral("credit_limit")));

    // A GBK file from a Chinese spreadsheet, semicolon separated.
    const QString gbk = dir.filePath(QStringLiteral("partners.csv"));
    {
        QFile file(gbk);
        REQUIRE(file.open(QIODevice::WriteOnly));
        QStringEncoder encoder("GB18030");
        file.write(encoder.encode(QStringLiteral("name;kind;credit_limit\r\n华东五金有限公司;supplier;\"1,200.50\"\r\n"
                                                 "华南电子;Customer;0\r\n")));
    }
    const Run imported = cli({QStringLiteral("import"), company, QStringLiteral("core.partner"), gbk});
    INFO(imported.err.toStdString());
    CHECK(imported.code == 0);
    CHECK(imported.out.contains(QStringLiteral("Imported 2 records")));
    CHECK(imported.out.contains(QStringLiteral("GB18030")));

    // The same file again: every row is a duplicate; nothing is written.
    const Run again = cli({QStringLiteral("import"), company, QStringLiteral("core.partner"), gbk});
    CHECK(again.code == 1);
    CHECK(again.err.contains(QStringLiteral("line 2, column “name”")));
    CHECK(again.err.contains(QStringLiteral("Nothing was imported.")));

    const Run csv = cli({QStringLiteral("export"), company, QStringLiteral("core.partner"), QStringLiteral("-o"),
                         QStringLiteral("-"), QStringLiteral("--search"), QStringLiteral("华东")});
    CHECK(csv.code == 0);
    CHECK(csv.out.contains(QStringLiteral("华东五金有限公司,Supplier")));
    CHECK(csv.out.contains(QStringLiteral("1200.50")));
    CHECK(csv.out.count(QLatin1Char('\n')) == 2); // header and one row

    const QString xlsx = dir.filePath(QStringLiteral("people.xlsx"));
    const Run excel = cli({QStringLiteral("export"), company, QStringLiteral("core.person"), QStringLiteral("-o"), xlsx});
    CHECK(excel.code == 0);
    CHECK(QFileInfo(xlsx).size() > 1000);

    const Run generated = cli({QStringLiteral("generate"), company, QStringLiteral("core.person"), QStringLiteral("500")});
    INFO(generated.err.toStdString());
    CHECK(generated.code == 0);
    const Run count = cli({QStringLiteral("export"), company, QStringLiteral("core.person"), QStringLiteral("-o"),
                           QStringLiteral("-")});
    CHECK(count.out.count(QLatin1Char('\n')) == 1 + 12 + 500);

    CHECK(cli({QStringLiteral("export"), company, QStringLiteral("no.such")}).code == 2); // no -o
    CHECK(cli({QStringLiteral("export"), company, QStringLiteral("no.such"), QStringLiteral("-o"), QStringLiteral("-")}).code == 1);
    CHECK(cli({QStringLiteral("generate"), company, QStringLiteral("core.person"), QStringLiteral("lots")}).code == 2);
    CHECK(cli({QStringLiteral("import"), company, QStringLiteral("core.person")}).code == 2);
}

TEST_CASE("backroom-cli imports a bank statement for the bank account named, all of it or nothing, and matches it",
          "[cli][import][backends]")
{
    QTemporaryDir dir;
    const QString company = BackroomTests::companyLocation(dir.filePath(QStringLiteral("bank.backroom")));
    const Run init = cli({QStringLiteral("init"), company, QStringLiteral("--demo")});
    INFO(init.err.toStdString());
    REQUIRE(init.code == 0);
    const auto write = [&](const char *name, const QString &text) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        QStringEncoder encoder("GB18030");   // as Chinese online banking exports it
        file.write(encoder.encode(text));
        return path;
    };
    // The bank's preamble, the heading, December's lines and the total.
    const QString statement = write("icbc.csv", QStringLiteral("账号,6222021001123456789\r\n"
                                                               "交易日期,摘要,对方户名,收入金额,支出金额,余额,流水号\r\n"
                                                               "20261201,货款,华东五金,\"1,000.00\",,\"1,000.00\",D001\r\n"
                                                               "20261202,手续费,,,12.50,987.50,D002\r\n"
                                                               "合计,,,\"1,000.00\",12.50,,\r\n"));
    const QString entity = QStringLiteral("finance.bank_statement");
    const auto import = [&](const QString &file, const QStringList &options) {
        return cli(QStringList{QStringLiteral("import"), company, entity, file} + options);
    };
    const QStringList bank{QStringLiteral("--account"), QStringLiteral("100201")};

    const Run imported = import(statement, bank + QStringList{QStringLiteral("--match")});
    INFO(imported.err.toStdString());
    CHECK(imported.code == 0);
    CHECK(imported.err.isEmpty());
    CHECK(imported.out.startsWith(QStringLiteral("Imported 2 statement line(s) for 100201 ")));
    CHECK(imported.out.contains(QStringLiteral("“100201 2026-12-01 – 2026-12-02” (opening balance 0.00, closing balance "
                                               "987.50).\n")));
    CHECK(imported.out.contains(QStringLiteral("\nMatched 0 line(s) with the books automatically.\n")));

    // The same file again: refused, exit code 1.
    const Run again = import(statement, bank);
    CHECK(again.code == 1);
    CHECK(again.out.isEmpty());
    CHECK(again.err == QStringLiteral("Every line of this file was imported before (2 lines); nothing was imported.\n"
                                      "Nothing was imported.\n"));
    const Run unknown = import(statement, {QStringLiteral("--account"), QStringLiteral("999999")});
    CHECK(unknown.code == 1);
    CHECK(unknown.err == QStringLiteral("There is no account 999999.\nNothing was imported.\n"));
    const Run none = import(statement, {});
    CHECK(none.code == 1);
    CHECK(none.err.startsWith(QStringLiteral("Name the bank account the statement is for: --account CODE")));
    const Run broken = import(write("broken.csv", QStringLiteral("交易日期,摘要,收入金额,支出金额,余额\r\n"
                                                                 "20261203,货款,5.00,,992.50\r\n"
                                                                 "20261204,\"货款,5.00,,997.50\r\n")),
                              bank);
    CHECK(broken.code == 1);
    CHECK(broken.err == QStringLiteral("line 3: The quoted field that starts on line 3 has no closing quotation mark.\n"
                                       "Nothing was imported.\n"));
    const Run missing = import(dir.filePath(QStringLiteral("nowhere.csv")), bank);
    CHECK(missing.code == 1);
    CHECK(missing.err.contains(QStringLiteral("does not exist")));

    // Settings where they do not belong are usage errors.
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("import"), company, QStringLiteral("core.partner"), statement} + bank,
          QStringList{QStringLiteral("import"), company, entity, statement, QStringLiteral("--post")} + bank,
          QStringList{QStringLiteral("export"), company, entity, QStringLiteral("-o"), QStringLiteral("-"),
                      QStringLiteral("--match")}}) {
        const Run usage = cli(arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        CHECK(usage.code == 2);
        CHECK(usage.err.startsWith(QStringLiteral("backroom-cli: ")));
    }
    CHECK(cli({QStringLiteral("--help")}).out.contains(QStringLiteral("--account CODE")));

    // One statement came in, with its two lines.
    const Run lines = cli({QStringLiteral("export"), company, QStringLiteral("finance.bank_statement_line"),
                           QStringLiteral("-o"), QStringLiteral("-"), QStringLiteral("--search"), QStringLiteral("D00")});
    CHECK(lines.code == 0);
    CHECK(lines.out.count(QLatin1Char('\n')) == 3);   // header and two lines
}
