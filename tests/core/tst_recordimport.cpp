#include "companyfile.h"
#include "coreentities.h"
#include "csvreader.h"
#include "csvtablewriter.h"
#include "database.h"
#include "fieldcodec.h"
#include "recordexporter.h"
#include "recordimporter.h"
#include "records.h"
#include "suite.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Backroom;

namespace {
struct CoreCompany
{
    QTemporaryDir dir;
    Suite suite{QStringList{}};
    std::unique_ptr<CompanyFile> company;
    std::unique_ptr<Records> records;

    CoreCompany()
    {
        CompanyFile::NewCompany demo;
        demo.name = QStringLiteral("示范");
        demo.language = QStringLiteral("zh_CN");
        demo.demo = true;
        CompanyFile::Status status;
        company = suite.createCompany(dir.filePath(QStringLiteral("core.backroom")), demo, &status);
        INFO(status.message.toStdString());
        REQUIRE(company);
        records = std::make_unique<Records>(company->database(), suite.registries().entities, QStringLiteral("tester"));
    }
    qint64 count(const char *entity) { return records->count(QString::fromLatin1(entity), {}).value_or(-1); }
};
} // namespace

TEST_CASE("Decimal amounts parse exactly, never through floating point", "[import]")
{
    CHECK(FieldCodec::parseDecimal(QStringLiteral("1,234.56"), 2) == 123456);
    CHECK(FieldCodec::parseDecimal(QStringLiteral("-0.01"), 2) == -1);
    CHECK(FieldCodec::parseDecimal(QStringLiteral("¥12"), 2) == 1200);
    CHECK(FieldCodec::parseDecimal(QStringLiteral(" 0.1 "), 2) == 10);
    CHECK(FieldCodec::parseDecimal(QStringLiteral("2.5"), 3) == 2500);
    CHECK_FALSE(FieldCodec::parseDecimal(QStringLiteral("12.345"), 2));
    CHECK_FALSE(FieldCodec::parseDecimal(QStringLiteral("1e5"), 2));
    CHECK_FALSE(FieldCodec::parseDecimal(QStringLiteral("abc"), 2));
    CHECK_FALSE(FieldCodec::parseDecimal(QStringLiteral("99999999999999999999"), 2));
    CHECK(FieldCodec::formatDecimal(-123450, 2) == QStringLiteral("-1234.50"));
    CHECK(FieldCodec::formatDecimal(std::numeric_limits<qint64>::min(), 2) == QStringLiteral("-92233720368547758.08"));
}

TEST_CASE("The demo company fills the core entities", "[import][demo]")
{
    CoreCompany c;
    CHECK(c.count("core.company") == 1);
    CHECK(c.count("core.department") == 10);
    CHECK(c.count("core.person") == 12);
    CHECK(c.count("core.partner") == 8);
    CHECK(c.count("core.tag") == 3);
    QuerySpec spec;
    spec.filter = Filter::where(QStringLiteral("code"), Filter::Op::Equal, QStringLiteral("D01"));
    const QList<Record> finance = c.records->select(QStringLiteral("core.department"), spec);
    REQUIRE(finance.size() == 1);
    CHECK(finance.constFirst().value(QStringLiteral("name")) == QStringLiteral("财务部"));
    CHECK(c.records->displayName(QStringLiteral("core.person"), finance.constFirst().value(QStringLiteral("manager")).toLongLong())
          == QStringLiteral("王芳"));
}

TEST_CASE("An import writes every row or none, and names each bad row and column", "[import]")
{
    CoreCompany c;
    const Entity &person = *c.records->entity(QStringLiteral("core.person"));
    RecordImporter importer(*c.records, person);

    SECTION("good rows, references by name, labels as headers")
    {
        const QByteArray csv = "Staff number,姓名,Department,Position\r\n"
                               "E100,陈晓,财务部,会计\r\n"
                               "E101,林涛,采购部,\r\n";
        // Headers in Chinese map through the labels when the UI is Chinese;
        // here the second header names the field directly.
        const CsvReader reader = CsvReader::fromData(QByteArray(csv).replace("姓名", "name"));
        QSignalSpy changed(c.records.get(), &Records::changed);
        const auto result = importer.import(reader, importer.defaultMapping(reader.header()));
        INFO((result.problems.isEmpty() ? QString() : result.problems.constFirst().message).toStdString());
        REQUIRE(result.ok);
        CHECK(result.imported == 2);
        CHECK(c.count("core.person") == 14);
        CHECK(changed.count() == 1); // one notification for the whole import
    }
    SECTION("one bad row stops everything")
    {
        const QByteArray csv = "code,name,department\n"
                               "E200,甲,财务部\n"
                               "E201,,财务部\n"          // name missing
                               "E202,丙,不存在的部门\n"   // unknown department
                               "E001,丁,行政部\n"         // staff number taken
                               "E203,戊\n";              // ragged
        const CsvReader reader = CsvReader::fromData(csv);
        const auto result = importer.import(reader, importer.defaultMapping(reader.header()));
        CHECK_FALSE(result.ok);
        CHECK(result.imported == 0);
        CHECK(c.count("core.person") == 12);
        REQUIRE(result.problems.size() == 4);
        CHECK(result.problems.at(0).line == 3);
        CHECK(result.problems.at(0).column == QStringLiteral("name"));
        CHECK(result.problems.at(1).line == 4);
        CHECK(result.problems.at(1).message.contains(QStringLiteral("不存在的部门")));
        CHECK(result.problems.at(2).line == 5);
        CHECK(result.problems.at(2).column == QStringLiteral("code"));
        CHECK(result.problems.at(3).line == 6);
        CHECK(result.problems.at(3).message.contains(QStringLiteral("the header has 3")));
    }
    SECTION("a required field without a column is refused before any row")
    {
        const CsvReader reader = CsvReader::fromData("code,position\nE300,会计\n");
        const auto result = importer.import(reader, importer.defaultMapping(reader.header()));
        CHECK_FALSE(result.ok);
        REQUIRE(result.problems.size() == 1);
        CHECK(result.problems.constFirst().line == 0);
        CHECK(result.problems.constFirst().message.contains(QStringLiteral("Name")));
    }
    SECTION("a malformed file is reported with its line")
    {
        const CsvReader reader = CsvReader::fromData("code,name\nE400,\"unclosed\n");
        const auto result = importer.import(reader, importer.defaultMapping(reader.header()));
        CHECK_FALSE(result.ok);
        REQUIRE(result.problems.size() == 1);
        CHECK(result.problems.constFirst().line == 2);
    }
}

TEST_CASE("Exported lists re-import: amounts, choices and references survive", "[import][export]")
{
    CoreCompany c;
    const Entity &partner = *c.records->entity(QStringLiteral("core.partner"));
    const TableExport table = RecordExporter::table(*c.records, partner, {});
    REQUIRE(table.rowCount() == 8);
    const QByteArray csv = CsvTableWriter().toByteArray(table);
    CHECK(csv.contains("500000.00"));           // 50,000,000 fen
    CHECK(csv.contains("Customer"));            // choice label
    CHECK_FALSE(csv.contains("6222 0210"));     // bank account masked
    CHECK(RecordExporter::masked(QStringLiteral("6222021001121234")) == QStringLiteral("••••1234"));

    // Into a fresh company without partners: everything but the masked bank
    // account comes back.
    CoreCompany target;
    REQUIRE(target.company->database().exec(QStringLiteral("DELETE FROM core_partner")));
    const CsvReader reader = CsvReader::fromData(csv);
    RecordImporter importer(*target.records, *target.records->entity(QStringLiteral("core.partner")));
    QMap<QString, QString> mapping = importer.defaultMapping(reader.header());
    mapping.remove(QStringLiteral("Bank account"));
    const auto result = importer.import(reader, mapping);
    INFO((result.problems.isEmpty() ? QString() : result.problems.constFirst().message).toStdString());
    REQUIRE(result.ok);
    CHECK(result.imported == 8);
    QuerySpec spec;
    spec.filter = Filter::where(QStringLiteral("code"), Filter::Op::Equal, QStringLiteral("C001"));
    const QList<Record> back = target.records->select(QStringLiteral("core.partner"), spec);
    REQUIRE(back.size() == 1);
    CHECK(back.constFirst().value(QStringLiteral("credit_limit")).toLongLong() == 50000000);
    CHECK(back.constFirst().value(QStringLiteral("kind")) == QStringLiteral("customer"));
}
