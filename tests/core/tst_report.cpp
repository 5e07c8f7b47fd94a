// Reports: declarations, grouping and totals, the core report against a
// golden CSV, the worker thread, and PDFs checked with poppler-utils.
#include "companyfile.h"
#include "csvtablewriter.h"
#include "localization.h"
#include "moneyformat.h"
#include "records.h"
#include "reportcontext.h"
#include "reportdefinition.h"
#include "reportpdfwriter.h"
#include "reportresult.h"
#include "reportrunner.h"
#include "suite.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Backroom;
using Column = ReportDefinition::Column;

namespace {

using BackroomTests::pdfFontsEmbedded;
using BackroomTests::pdfPageCount;
using BackroomTests::pdfText;

// Two levels (region, kind), a money and a quantity column summed.
ReportDefinition salesDefinition()
{
    ReportDefinition report(QStringLiteral("test.sales"), [] { return QStringLiteral("Sales"); });
    report.addColumn(Column::text(QStringLiteral("region"), [] { return QStringLiteral("Region"); }))
        .addColumn(Column::text(QStringLiteral("kind"), [] { return QStringLiteral("Kind"); }))
        .addColumn(Column::text(QStringLiteral("item"), [] { return QStringLiteral("Item"); }))
        .addColumn(Column::date(QStringLiteral("day"), [] { return QStringLiteral("Day"); }))
        .addColumn(Column::quantity(QStringLiteral("qty"), [] { return QStringLiteral("Quantity"); }, 3))
        .addColumn(Column::money(QStringLiteral("amount"), [] { return QStringLiteral("Amount"); }))
        .groupBy({QStringLiteral("region"), QStringLiteral("kind")})
        .query([](ReportContext &, QString *) { return true; });
    return report;
}

ReportResult salesResult()
{
    ReportResult result(salesDefinition());
    const QDate day(2024, 3, 1);
    // Interleaved on purpose: the groups must come together in order of
    // first appearance (North before 华南; B before A within North).
    result.addRow({QStringLiteral("North"), QStringLiteral("B"), QStringLiteral("bolt"), day, qint64(1500), qint64(1001)}, QStringLiteral("x.item"), 1);
    result.addRow({QStringLiteral("华南"), QStringLiteral("A"), QStringLiteral("螺母"), day, qint64(250), qint64(-5)}, QStringLiteral("x.item"), 2);
    result.addRow({QStringLiteral("North"), QStringLiteral("A"), QStringLiteral("nut"), day, qint64(1), qint64(99)}, QStringLiteral("x.item"), 3);
    result.addRow({QStringLiteral("North"), QStringLiteral("B"), QStringLiteral("screw"), QVariant(), QVariant(), qint64(2000)}, QStringLiteral("x.item"), 4);
    result.addRow({QStringLiteral("华南"), QStringLiteral("A"), QStringLiteral("垫圈"), day, qint64(750), qint64(6)}, QStringLiteral("x.item"), 5);
    result.finish();
    return result;
}

struct CoreCompany
{
    QTemporaryDir dir;
    Suite suite{QStringList{}};
    std::unique_ptr<CompanyFile> company;
    std::unique_ptr<Records> records;

    CoreCompany()
    {
        CompanyFile::NewCompany fresh;
        fresh.name = QStringLiteral("Report Co.");
        CompanyFile::Status status;
        company = suite.createCompany(BackroomTests::companyLocation(dir.filePath(QStringLiteral("reports.backroom"))), fresh, &status);
        INFO(status.message.toStdString());
        REQUIRE(company);
        records = std::make_unique<Records>(company->database(), suite.registries().entities, QStringLiteral("tester"));
        const struct { const char *code, *name, *kind, *tax; qint64 limit; } partners[] = {
            {"C002", "Beta Foods", "customer", "91310000B", 250000},
            {"S001", "华东物流有限公司", "supplier", "", 1000000},
            {"C001", "Acme, Inc.", "customer", "=1+1", 12345},
            {"B001", "Both Ways Ltd", "both", "91440000X", 0},
            {"S002", "Stone & Sons", "supplier", "91110000Y", 99},
        };
        for (const auto &p : partners) {
            const auto created = records->create(QStringLiteral("core.partner"),
                                                 {{QStringLiteral("code"), QString::fromUtf8(p.code)},
                                                  {QStringLiteral("name"), QString::fromUtf8(p.name)},
                                                  {QStringLiteral("kind"), QString::fromLatin1(p.kind)},
                                                  {QStringLiteral("tax_id"), QString::fromUtf8(p.tax)},
                                                  {QStringLiteral("credit_limit"), p.limit}});
            INFO(created.message.toStdString());
            REQUIRE(created.ok());
        }
    }
    const ReportDefinition &byKind() const { return *suite.registries().reports.find(QStringLiteral("core.partners_by_kind")); }
};

} // namespace

TEST_CASE("Report results bring groups together and total them exactly", "[report][backends]")
{
    const ReportResult result = salesResult();
    REQUIRE(result.rowCount() == 5);
    // North (B: bolt, screw; A: nut), then 华南 (A: 螺母, 垫圈).
    QStringList items;
    for (int row = 0; row < result.rowCount(); ++row)
        items.append(result.value(row, 2).toString());
    CHECK(items == QStringList{QStringLiteral("bolt"), QStringLiteral("screw"), QStringLiteral("nut"),
                               QStringLiteral("螺母"), QStringLiteral("垫圈")});
    CHECK(result.rowRecordId(1) == 4);
    CHECK(result.rowEntity(1) == QStringLiteral("x.item"));

    REQUIRE(result.topGroups().size() == 2);
    const auto &groups = result.groups();
    const ReportResult::Group &north = groups.at(result.topGroups().at(0));
    const ReportResult::Group &south = groups.at(result.topGroups().at(1));
    CHECK(north.value == QStringLiteral("North"));
    CHECK(north.rowCount == 3);
    CHECK(north.totals.at(5) == 1001 + 2000 + 99);
    CHECK(north.totals.at(4) == 1501);
    CHECK(south.value == QStringLiteral("华南"));
    CHECK(south.totals.at(5) == 1);
    CHECK(south.totals.at(4) == 1000);
    REQUIRE(north.children.size() == 2);
    const ReportResult::Group &northB = groups.at(north.children.at(0));
    CHECK(northB.value == QStringLiteral("B"));
    CHECK(northB.level == 1);
    CHECK(northB.rowCount == 2);
    CHECK(northB.totals.at(5) == 3001);
    CHECK(groups.at(north.children.at(1)).totals.at(5) == 99);
    CHECK(result.total(5) == 3101);
    CHECK(result.total(4) == 2501);
    CHECK(result.total(0) == 0);   // text columns have no total

    // Printed order: header, inner groups with their rows, subtotal; grand total last.
    using Kind = ReportResult::Line::Kind;
    QList<Kind> kinds;
    for (const ReportResult::Line &line : result.lines())
        kinds.append(line.kind);
    CHECK(kinds == QList<Kind>{Kind::GroupHeader, Kind::GroupHeader, Kind::Detail, Kind::Detail, Kind::Subtotal,
                               Kind::GroupHeader, Kind::Detail, Kind::Subtotal, Kind::Subtotal,
                               Kind::GroupHeader, Kind::GroupHeader, Kind::Detail, Kind::Detail, Kind::Subtotal,
                               Kind::Subtotal, Kind::GrandTotal});
    CHECK(result.detailColumns() == QList<int>{2, 3, 4, 5});
    CHECK(result.text(0, 5, QLocale::c()) == QStringLiteral("10.01"));
    CHECK(result.text(0, 4, QLocale::c()) == QStringLiteral("1.500"));
    CHECK(result.groupHeaderText(result.topGroups().at(1)) == QStringLiteral("Region: 华南"));
}

TEST_CASE("Report parameters are parsed and checked with clear messages", "[report][backends]")
{
    using Parameter = ReportDefinition::Parameter;
    ReportDefinition report(QStringLiteral("test.params"), [] { return QStringLiteral("Params"); });
    report.addParameter(Parameter::period(QStringLiteral("period"), [] { return QStringLiteral("Period"); }).setRequired())
        .addParameter(Parameter::dateRange(QStringLiteral("range"), [] { return QStringLiteral("Range"); }))
        .addParameter(Parameter::choice(QStringLiteral("kind"), [] { return QStringLiteral("Kind"); },
                                        {{QStringLiteral("a"), {}}, {QStringLiteral("b"), {}}})
                          .setDefault(QStringLiteral("a")))
        .addColumn(Column::text(QStringLiteral("x"), {}))
        .query([](ReportContext &, QString *) { return true; });
    CHECK(report.declarationErrors().isEmpty());

    QVariantMap values;
    QString error;
    REQUIRE(report.resolveParameters({{QStringLiteral("period"), QStringLiteral("2024-03")},
                                      {QStringLiteral("range"), QStringLiteral("2024-01-01..")}},
                                     &values, &error));
    CHECK(values.value(QStringLiteral("period")) == QDate(2024, 3, 1));
    CHECK(values.value(QStringLiteral("range")).toList().value(0) == QDate(2024, 1, 1));
    CHECK(values.value(QStringLiteral("range")).toList().value(1).toDate().isNull());
    CHECK(values.value(QStringLiteral("kind")) == QStringLiteral("a"));

    CHECK_FALSE(report.resolveParameters({}, &values, &error));
    CHECK(error.contains(QStringLiteral("Period")));
    CHECK_FALSE(report.resolveParameters({{QStringLiteral("period"), QStringLiteral("March")}}, &values, &error));
    CHECK(error.contains(QStringLiteral("2024-03")));
    CHECK_FALSE(report.resolveParameters({{QStringLiteral("period"), QStringLiteral("2024-03")},
                                          {QStringLiteral("kind"), QStringLiteral("c")}},
                                         &values, &error));
    CHECK(error.contains(QStringLiteral("a, b")));
    CHECK_FALSE(report.resolveParameters({{QStringLiteral("nope"), QStringLiteral("1")}}, &values, &error));
    CHECK(error.contains(QStringLiteral("nope")));
    CHECK_FALSE(report.resolveParameters({{QStringLiteral("period"), QStringLiteral("2024-03")},
                                          {QStringLiteral("range"), QStringLiteral("2024-05-01..2024-01-01")}},
                                         &values, &error));

    ReportDefinition broken(QStringLiteral("bad id"), {});
    broken.groupBy({QStringLiteral("missing")});
    CHECK(broken.declarationErrors().size() >= 3);
}

TEST_CASE("Partners by kind matches its golden CSV", "[report][backends]")
{
    CoreCompany core;
    QString error;
    const auto result = ReportRunner::run(core.byKind(), {}, *core.records, {}, {}, &error);
    INFO(error.toStdString());
    REQUIRE(result);
    CHECK(result->rowCount() == 5);
    CHECK(result->total(4) == 250000 + 1000000 + 12345 + 0 + 99);
    CsvTableWriter writer;
    writer.setEncoding(CsvTableWriter::Encoding::Utf8);
    const QByteArray csv = writer.toByteArray(result->toTable());
    QFile golden(QStringLiteral(BACKROOM_FIXTURE_DIR "/reports/partners_by_kind.csv"));
    // BACKROOM_UPDATE_GOLDEN=1 rewrites the file after a deliberate change.
    if (qEnvironmentVariableIsSet("BACKROOM_UPDATE_GOLDEN") && golden.open(QIODevice::WriteOnly)) {
        golden.write(csv);
        golden.close();
    }
    REQUIRE(golden.open(QIODevice::ReadOnly));
    CHECK(csv.toStdString() == golden.readAll().toStdString());

    // The kind parameter narrows it to one group; a bad one is refused.
    QVariantMap values;
    REQUIRE(core.byKind().resolveParameters({{QStringLiteral("kind"), QStringLiteral("supplier")}}, &values, &error));
    const auto suppliers = ReportRunner::run(core.byKind(), values, *core.records, {}, {}, &error);
    REQUIRE(suppliers);
    CHECK(suppliers->rowCount() == 2);
    CHECK(suppliers->total(4) == 1000099);
    CHECK(suppliers->parameterLines() == QStringList{QStringLiteral("Kind: Supplier")});
    CHECK_FALSE(core.byKind().resolveParameters({{QStringLiteral("kind"), QStringLiteral("friend")}}, &values, &error));
}

TEST_CASE("A report runs on a worker thread and delivers the same result", "[report][backends]")
{
    CoreCompany core;
    QString error;
    const auto direct = ReportRunner::run(core.byKind(), {}, *core.records, {}, {}, &error);
    REQUIRE(direct);

    ReportRunner runner(core.company->database(), core.suite.registries().entities,
                        AccessControl::unrestricted(QStringLiteral("tester")));
    QSignalSpy finished(&runner, &ReportRunner::finished);
    QSignalSpy failed(&runner, &ReportRunner::failed);
    runner.start(core.byKind(), {});
    CHECK(runner.isRunning());
    REQUIRE(finished.wait(20000));
    CHECK(failed.isEmpty());
    CHECK_FALSE(runner.isRunning());
    const auto threaded = runner.result();
    REQUIRE(threaded);
    REQUIRE(threaded->rowCount() == direct->rowCount());
    for (int row = 0; row < direct->rowCount(); ++row)
        for (int column = 0; column < direct->columnCount(); ++column)
            CHECK(threaded->value(row, column) == direct->value(row, column));
    CHECK(threaded->total(4) == direct->total(4));

    // A query that never ends stops when canceled, and says so.
    ReportDefinition endless(QStringLiteral("test.endless"), [] { return QStringLiteral("Endless"); });
    endless.addColumn(Column::integer(QStringLiteral("n"), {}))
        .query([](ReportContext &context, QString *) {
            for (qint64 n = 0;; ++n)
                if (!context.addRow({n}))
                    return false;
        });
    QSignalSpy canceled(&runner, &ReportRunner::canceled);
    runner.start(endless, {});
    QTest::qWait(50);
    runner.cancel();
    CHECK(canceled.size() == 1);
    CHECK_FALSE(runner.isRunning());
}

TEST_CASE("A report PDF has its pages, text, embedded fonts and Chinese", "[report][pdf][backends]")
{
    QTemporaryDir dir;
    ReportResult result(salesDefinition());
    result.setParameterLines({QStringLiteral("Period: 2024-03")});
    // 3 regions × 2 kinds × 40 rows: several pages.
    const QStringList regions{QStringLiteral("North"), QStringLiteral("华南"), QStringLiteral("West")};
    qint64 sum = 0;
    int id = 0;
    for (const QString &region : regions)
        for (const QString &kind : {QStringLiteral("A"), QStringLiteral("B")})
            for (int i = 0; i < 40; ++i) {
                const qint64 amount = 12345 + i;
                sum += amount;
                result.addRow({region, kind, QStringLiteral("零件 %1").arg(i), QDate(2024, 3, 1 + i % 28), qint64(i * 1000), amount},
                              QStringLiteral("x.item"), ++id);
            }
    result.finish();
    REQUIRE(result.total(5) == sum);

    PageFurniture furniture;
    furniture.setCompany(QStringLiteral("示范商贸有限公司"));
    furniture.setPrinted(QStringLiteral("tester"), QDateTime(QDate(2024, 3, 31), QTime(9, 30)));
    ReportPdfWriter writer;
    writer.setFurniture(furniture);
    QList<int> progress;
    writer.setProgress([&](int page, int) { progress.append(page); });
    const QString path = dir.filePath(QStringLiteral("sales.pdf"));
    REQUIRE(writer.exportPdf(result, path) == ReportPdfWriter::Code::Success);
    const int pages = pdfPageCount(path);
    CHECK(pages == writer.pageCount());
    CHECK(pages >= 3);
    CHECK(progress.size() == pages);

    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("Sales")));
    CHECK(text.contains(QStringLiteral("Period: 2024-03")));
    CHECK(text.contains(QStringLiteral("Region: 华南")));
    CHECK(text.contains(QStringLiteral("示范商贸有限公司")));
    CHECK(text.contains(QStringLiteral("Grand total")));
    CHECK(text.contains(MoneyFormat::money(sum)));
    // The PDF font maps every glyph back to its own character (see
    // PageFurniture::documentFontFamily), so digits and 示 search right.
    CHECK(text.contains(QStringLiteral("Page 1 of %1").arg(pdfPageCount(path))));
    // Column headers again on page 2, and the group it resumes.
    const QString second = pdfText(path, 2, 2);
    CHECK(second.contains(QStringLiteral("Item")));
    CHECK(second.contains(QStringLiteral("Amount")));
    CHECK(second.contains(QStringLiteral("(continued)")));

    CHECK(pdfFontsEmbedded(path));
}

TEST_CASE("A canceled or unwritable report PDF leaves no file", "[report][pdf][backends]")
{
    QTemporaryDir dir;
    const ReportResult result = salesResult();
    ReportPdfWriter writer;
    writer.setCancelCheck([] { return true; });
    const QString path = dir.filePath(QStringLiteral("canceled.pdf"));
    CHECK(writer.exportPdf(result, path) == ReportPdfWriter::Code::Canceled);
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(BackroomTests::folderEntries(dir.path()).isEmpty());

    // An existing file is left as it was.
    QFile existing(path);
    REQUIRE(existing.open(QIODevice::WriteOnly));
    existing.write("old");
    existing.close();
    CHECK(writer.exportPdf(result, path) == ReportPdfWriter::Code::Canceled);
    CHECK(BackroomTests::fileHash(path) == QCryptographicHash::hash("old", QCryptographicHash::Sha256).toHex());

    ReportPdfWriter plain;
    const QString missing = dir.filePath(QStringLiteral("no/such/folder/out.pdf"));
    CHECK(plain.exportPdf(result, missing) == ReportPdfWriter::Code::FileError);
    CHECK(plain.errorString().contains(QStringLiteral("out.pdf")));
    CHECK_FALSE(QFileInfo::exists(missing));
}
