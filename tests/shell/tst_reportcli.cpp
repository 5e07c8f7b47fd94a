// backroom-cli reports and report, run as real processes.
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace {

using Run = BackroomTests::CliRun;

Run cli(const QStringList &arguments)
{
    return BackroomTests::runCli(arguments);
}

} // namespace

TEST_CASE("backroom-cli lists reports and runs one to CSV and PDF", "[cli][report]")
{
    QTemporaryDir dir;
    const QString company = dir.filePath(QStringLiteral("demo.backroom"));
    REQUIRE(cli({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("init"), company, QStringLiteral("--demo")}).code == 0);

    const Run list = cli({QStringLiteral("reports"), company});
    CHECK(list.code == 0);
    CHECK(list.out.contains(QStringLiteral("core.partners_by_kind")));
    CHECK(list.out.contains(QStringLiteral("--param kind=")));
    CHECK(cli({QStringLiteral("--help")}).out.contains(QStringLiteral("report FILE REPORT-ID")));

    const QString csv = dir.filePath(QStringLiteral("suppliers.csv"));
    const Run toCsv = cli({QStringLiteral("report"), company, QStringLiteral("core.partners_by_kind"), QStringLiteral("--param"),
                           QStringLiteral("kind=supplier"), QStringLiteral("--csv"), csv});
    INFO(toCsv.err.toStdString());
    CHECK(toCsv.code == 0);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("Line,Kind,Code,Name,Taxpayer ID,Credit limit")));
    CHECK(text.contains(QStringLiteral("Subtotal,Supplier")));
    CHECK_FALSE(text.contains(QStringLiteral(",Customer,")));

    const QString pdf = dir.filePath(QStringLiteral("partners.pdf"));
    const Run toPdf = cli({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("report"), company,
                           QStringLiteral("core.partners_by_kind"), QStringLiteral("--pdf"), pdf});
    INFO(toPdf.err.toStdString());
    CHECK(toPdf.code == 0);
    const QString pdfText = BackroomTests::pdfText(pdf);
    CHECK(pdfText.contains(QStringLiteral("供应商")));
    CHECK(pdfText.contains(QStringLiteral("1,420,000.00")));
}

TEST_CASE("backroom-cli report refuses bad input with exit code 2", "[cli][report]")
{
    QTemporaryDir dir;
    const QString company = dir.filePath(QStringLiteral("demo.backroom"));
    REQUIRE(cli({QStringLiteral("init"), company, QStringLiteral("--demo")}).code == 0);
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    const QString id = QStringLiteral("core.partners_by_kind");
    const QList<QStringList> bad{
        {QStringLiteral("report"), company, QStringLiteral("core.no_such_report"), QStringLiteral("--csv"), out},
        {QStringLiteral("report"), company, id, QStringLiteral("--param"), QStringLiteral("kind=friend"), QStringLiteral("--csv"), out},
        {QStringLiteral("report"), company, id, QStringLiteral("--param"), QStringLiteral("colour=red"), QStringLiteral("--csv"), out},
        {QStringLiteral("report"), company, id, QStringLiteral("--param"), QStringLiteral("kind"), QStringLiteral("--csv"), out},
        {QStringLiteral("report"), company, id},
        {QStringLiteral("report"), company, id, QStringLiteral("--csv"), out, QStringLiteral("--pdf"), out},
        {QStringLiteral("export"), company, QStringLiteral("core.partner"), QStringLiteral("-o"), out, QStringLiteral("--pdf"), out},
    };
    for (const QStringList &arguments : bad) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const Run run = cli(arguments);
        CHECK(run.code == 2);
        CHECK(run.err.contains(QStringLiteral("backroom-cli: ")));
        CHECK_FALSE(QFileInfo::exists(out));
    }
    const Run missing = cli({QStringLiteral("report"), company, id, QStringLiteral("--pdf"), dir.filePath(QStringLiteral("no/such/dir/x.pdf"))});
    CHECK(missing.code == 1);
    CHECK(missing.err.contains(QStringLiteral("x.pdf")));
    CHECK(BackroomTests::folderEntries(dir.path()) == QStringList{QStringLiteral("demo.backroom")});
}

TEST_CASE("backroom-cli names a report's record by code or name", "[cli][report]")
{
    QTemporaryDir dir;
    const QString company = dir.filePath(QStringLiteral("demo.backroom"));
    REQUIRE(cli({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("init"), company, QStringLiteral("--demo")}).code == 0);
    const auto ledger = [&](const QString &account, const QString &csv) {
        return cli({QStringLiteral("report"), company, QStringLiteral("finance.account_ledger"), QStringLiteral("--param"),
                    QStringLiteral("account=") + account, QStringLiteral("--csv"), dir.filePath(csv)});
    };
    const Run byCode = ledger(QStringLiteral("1002"), QStringLiteral("code.csv"));
    INFO(byCode.err.toStdString());
    REQUIRE(byCode.code == 0);
    const Run byName = ledger(QStringLiteral("银行存款"), QStringLiteral("name.csv"));
    INFO(byName.err.toStdString());
    REQUIRE(byName.code == 0);
    QFile code(dir.filePath(QStringLiteral("code.csv")));
    QFile name(dir.filePath(QStringLiteral("name.csv")));
    REQUIRE(code.open(QIODevice::ReadOnly));
    REQUIRE(name.open(QIODevice::ReadOnly));
    const QByteArray codeText = code.readAll();
    CHECK(codeText.contains("记-0001"));
    CHECK(codeText == name.readAll());
    const Run unknown = ledger(QStringLiteral("Nope"), QStringLiteral("nope.csv"));
    CHECK(unknown.code == 2);
    CHECK(unknown.err.contains(QStringLiteral("Nope")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("nope.csv"))));
}
