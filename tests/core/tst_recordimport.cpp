#include "bulkinsert.h"
#include "companyfile.h"
#include "coreentities.h"
#include "csvreader.h"
#include "csvtablewriter.h"
#include "database.h"
#include "fieldcodec.h"
#include "recordexporter.h"
#include "recordimporter.h"
#include "records.h"
#include "sequences.h"
#include "suite.h"
#include "testsupport.h"

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
        company = suite.createCompany(BackroomTests::companyLocation(dir.filePath(QStringLiteral("core.backroom"))), demo, &status);
        INFO(status.message.toStdString());
        REQUIRE(company);
        records = std::make_unique<Records>(company->database(), suite.registries().entities, QStringLiteral("tester"));
    }
    qint64 count(const char *entity) { return records->count(QString::fromLatin1(entity), {}).value_or(-1); }
};
} // namespace

TEST_CASE("Decimal amounts parse exactly, never through floating point", "[import][backends]")
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

TEST_CASE("The demo company fills the core entities", "[import][demo][backends]")
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

TEST_CASE("An import writes every row or none, and names each bad row and column", "[import][backends]")
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

TEST_CASE("Exported lists re-import: amounts, choices and references survive", "[import][export][backends]")
{
    CoreCompany c;
    const Entity &partner = *c.records->entity(QStringLiteral("core.partner"));
    const TableExport table = RecordExporter::table(*c.records, partner, {});
    REQUIRE(table.rowCount() == 8);
    const QByteArray csv = CsvTableWriter().toByteArray(table);
    CHECK(csv.contains("500000.00"));           // 50,000,000 fen
    CHECK(csv.contains("Customer"));            // choice label
    CHECK_FALSE(csv.contains("6222 0210"));     // bank account masked
    CHECK(RecordExporter::masked(QStringLiteral("6222021001121234")) == QStringLiteral("•••• 1234"));

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

// The bulk path: the same rules as Records::create, row by row, but written
// through one prepared statement in one transaction. Each case runs through
// the SQLite C API and through QtSql (the PostgreSQL path).
namespace {
Field::Label label(const char *text)
{
    return [text] { return QString::fromUtf8(text); };
}

QList<Entity> invoiceEntities()
{
    Entity customer(QStringLiteral("test.customer"), label("Customer"));
    customer.add(Field::text(QStringLiteral("name"), label("Name")).required().unique());
    Entity invoice(QStringLiteral("test.invoice"), label("Invoice"));
    invoice.add(Field::text(QStringLiteral("number"), label("Number"), 30).unique()
                    .numbered(QStringLiteral("INV-{YYYY}-{###}"), QStringLiteral("issued_on")))
        .add(Field::date(QStringLiteral("issued_on"), label("Issued on")).required())
        .add(Field::reference(QStringLiteral("customer"), label("Customer"), QStringLiteral("test.customer")).required())
        .add(Field::money(QStringLiteral("amount"), label("Amount")).range(0, 100000000))
        .add(Field::choice(QStringLiteral("status"), label("Status"),
                           {{QStringLiteral("open"), label("Open")}, {QStringLiteral("paid"), label("Paid")}})
                 .defaultValue(QStringLiteral("open")))
        .add(Field::text(QStringLiteral("reference"), label("Reference"), 10).unique().validator([](const QVariant &value) {
            return value.toString().startsWith(QLatin1Char('R')) ? QString() : QStringLiteral("Reference must start with R.");
        }))
        .add(Field::integer(QStringLiteral("copies"), label("Copies")).range(1, 5));
    return {customer, invoice};
}

struct InvoiceCompany
{
    QTemporaryDir dir;
    Registry<Entity> entities;
    std::unique_ptr<CompanyFile> company;
    std::unique_ptr<Records> records;

    InvoiceCompany()
    {
        company = BackroomTests::openCompanyWith(dir.filePath(QStringLiteral("invoices.backroom")), QStringLiteral("test"),
                                                  invoiceEntities(), &entities);
        records = std::make_unique<Records>(company->database(), entities, QStringLiteral("lihua"));
        for (const char *name : {"Acme", "Beta"})
            REQUIRE(records->create(QStringLiteral("test.customer"), {{QStringLiteral("name"), QString::fromUtf8(name)}}).ok());
    }
    Database &db() { return company->database(); }
    qint64 invoices() { return records->count(QStringLiteral("test.invoice"), {}).value_or(-1); }
    RecordImporter::Result import(const QByteArray &csv, const RecordImporter::Progress &progress = {})
    {
        RecordImporter importer(*records, *records->entity(QStringLiteral("test.invoice")));
        const CsvReader reader = CsvReader::fromData(csv);
        return importer.import(reader, importer.defaultMapping(reader.header()), progress);
    }
    QString nextNumber(int year)
    {
        return Sequences::peek(db(), QStringLiteral("test.invoice.number"), QStringLiteral("INV-{YYYY}-{###}"),
                               QDate(year, 1, 1)).value_or(QString());
    }
    // Everything in the invoice table, to prove a failed import left it as it was.
    QString snapshot()
    {
        const QString aggregate = db().dialect().kind() == SqlDialect::Kind::Postgres
                                      ? QStringLiteral("string_agg(%1, ',' ORDER BY id)")
                                      : QStringLiteral("group_concat(%1, ',')");
        const auto value = db().scalar(
            QStringLiteral("SELECT count(*) || ':' || coalesce(%1, '') FROM test_invoice")
                .arg(aggregate.arg(QStringLiteral("id || number || issued_on || coalesce(reference, '') || version "
                                                  "|| created_at"))));
        REQUIRE(value);
        return value->toString();
    }
};

class CountingHook : public RecordHook
{
public:
    QString refuseCustomerId;   // refuse creating invoices for this customer id
    int failAfterCall = 0;      // after() fails on this call (1-based)
    int beforeCalls = 0;
    int afterCalls = 0;
    QList<qint64> createdIds;
    QList<QVariantMap> afterValues;
    bool before(Database &, const Change &change, QString *reason) override
    {
        ++beforeCalls;
        if (change.action == Action::Create && change.id == 0 && !refuseCustomerId.isEmpty()
            && change.after.value(QStringLiteral("customer")).toString() == refuseCustomerId) {
            *reason = QStringLiteral("You may not invoice this customer.");
            return false;
        }
        return true;
    }
    bool after(Database &db, const Change &change, QString *reason) override
    {
        ++afterCalls;
        createdIds.append(change.id);
        afterValues.append(change.after);
        if (!db.exec(QStringLiteral("INSERT INTO audit_import VALUES (?, ?)"), {change.entity.id(), change.id}))
            return false;
        if (afterCalls == failAfterCall) {
            *reason = QStringLiteral("audit log full");
            return false;
        }
        return true;
    }
};

struct DirectGuard
{
    explicit DirectGuard(bool direct) { BulkInsert::setDirectAllowed(direct); }
    ~DirectGuard() { BulkInsert::setDirectAllowed(true); }
};
} // namespace

TEST_CASE("Bulk import writes what Records::create would: numbers, defaults, system columns, hooks", "[import][bulk][backends]")
{
    const bool direct = GENERATE(true, false);
    DirectGuard guard(direct);
    INFO((direct ? "SQLite C API" : "QtSql"));
    InvoiceCompany c;
    // The SQLite C API path exists for SQLite only.
    CHECK(BulkInsert(c.db(), QStringLiteral("test_invoice"), {QStringLiteral("number")}).isDirect()
          == (direct && !BackroomTests::onPostgres()));
    REQUIRE(c.db().exec(QStringLiteral("CREATE TABLE audit_import (entity TEXT, record INTEGER)")));
    CountingHook hook;
    c.records->addHook(&hook);
    // One record the ordinary way, to compare the system columns with.
    const auto single = c.records->create(QStringLiteral("test.invoice"),
                                          {{QStringLiteral("issued_on"), QStringLiteral("2026-01-10")},
                                           {QStringLiteral("customer"), 1}});
    REQUIRE(single.ok());
    hook = CountingHook();

    QSignalSpy changed(c.records.get(), &Records::changed);
    QList<std::pair<qint64, qint64>> progress;
    const auto result = c.import("issued_on,customer,amount,status,reference,copies\n"
                                 "2026-03-01,Acme,12.50,Paid,R1,2\n"
                                 "2026-03-02, Beta ,0,,R2,\n"
                                 "2027-01-05,Acme,\"1,000\",open,,1\n",
                                 [&](qint64 done, qint64 total) {
                                     progress.append({done, total});
                                     return true;
                                 });
    INFO((result.problems.isEmpty() ? QString() : result.problems.constFirst().message).toStdString());
    REQUIRE(result.ok);
    CHECK(result.imported == 3);
    CHECK(changed.count() == 1);
    CHECK(changed.constFirst().at(0).toString() == QStringLiteral("test.invoice"));
    REQUIRE_FALSE(progress.isEmpty());
    CHECK(progress.constLast() == std::pair<qint64, qint64>{3, 3});

    QuerySpec spec;
    spec.sort = {{QStringLiteral("id"), Qt::AscendingOrder}};
    const QList<Record> rows = c.records->select(QStringLiteral("test.invoice"), spec);
    REQUIRE(rows.size() == 4);
    // Gap-free numbers from the sequence, per year of the number's date.
    CHECK(rows.at(0).value(QStringLiteral("number")) == QStringLiteral("INV-2026-001"));
    CHECK(rows.at(1).value(QStringLiteral("number")) == QStringLiteral("INV-2026-002"));
    CHECK(rows.at(2).value(QStringLiteral("number")) == QStringLiteral("INV-2026-003"));
    CHECK(rows.at(3).value(QStringLiteral("number")) == QStringLiteral("INV-2027-001"));
    CHECK(rows.at(1).value(QStringLiteral("status")) == QStringLiteral("paid"));     // by label
    CHECK(rows.at(2).value(QStringLiteral("status")) == QStringLiteral("open"));     // default
    CHECK(rows.at(2).value(QStringLiteral("customer")).toLongLong() == 2);         // trimmed name
    CHECK(rows.at(1).value(QStringLiteral("amount")).toLongLong() == 1250);
    CHECK(rows.at(3).value(QStringLiteral("amount")).toLongLong() == 100000);
    CHECK(rows.at(1).value(QStringLiteral("issued_on")).toDate() == QDate(2026, 3, 1));
    CHECK(rows.at(2).value(QStringLiteral("copies")).isNull());
    const QString singleStamp = rows.at(0).system.value(QStringLiteral("created_at")).toString();
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const Record &row = rows.at(i);
        CHECK(row.version == 1);
        CHECK_FALSE(row.archived);
        CHECK(row.system.value(QStringLiteral("created_by")) == QStringLiteral("lihua"));
        CHECK(row.system.value(QStringLiteral("updated_by")) == QStringLiteral("lihua"));
        const QString stamp = row.system.value(QStringLiteral("created_at")).toString();
        CHECK(stamp.size() == singleStamp.size());
        CHECK(stamp.endsWith(QLatin1Char('Z')));
        CHECK(QDateTime::fromString(stamp, Qt::ISODateWithMs).isValid());
        CHECK(stamp >= singleStamp);
        CHECK(row.system.value(QStringLiteral("updated_at")) == stamp);
    }
    // The hooks saw every record: before() with its values, after() with its id.
    CHECK(hook.beforeCalls == 3);
    CHECK(hook.afterCalls == 3);
    CHECK(hook.createdIds == QList<qint64>{rows.at(1).id, rows.at(2).id, rows.at(3).id});
    CHECK(hook.afterValues.at(0).value(QStringLiteral("number")) == QStringLiteral("INV-2026-002"));
    CHECK(hook.afterValues.at(0).value(QStringLiteral("amount")).toLongLong() == 1250);
    CHECK(c.db().scalar(QStringLiteral("SELECT count(*) FROM audit_import"))->toInt() == 3 + 1);
}

TEST_CASE("Bulk import names every bad row and column and writes nothing", "[import][bulk][backends]")
{
    const bool direct = GENERATE(true, false);
    DirectGuard guard(direct);
    INFO((direct ? "SQLite C API" : "QtSql"));
    InvoiceCompany c;
    REQUIRE(c.records->create(QStringLiteral("test.invoice"), {{QStringLiteral("issued_on"), QStringLiteral("2026-01-10")},
                                                               {QStringLiteral("customer"), 1},
                                                               {QStringLiteral("reference"), QStringLiteral("R9")}})
                .ok());
    const QString before = c.snapshot();
    const QString next2026 = c.nextNumber(2026);
    CHECK(next2026 == QStringLiteral("INV-2026-002"));

    const auto result = c.import("issued_on,customer,amount,reference,copies\n"
                                 "2026-03-01,Acme,1.00,R1,1\n"        // 2: good
                                 "2026-03-01,Beta,2.00,R1,1\n"        // 3: R1 again in the file
                                 "2026-03-01,Acme,3.00,R9,1\n"        // 4: R9 already in the table
                                 "2026-03-01,Nobody,4.00,R4,1\n"      // 5: no such customer
                                 "2026-02-30,Acme,5.00,R5,1\n"        // 6: no such date
                                 "2026-03-01,Acme,6.00,R6,9\n"        // 7: copies out of range
                                 "2026-03-01,Acme,7.00,X7,1\n"        // 8: the field's validator
                                 "2026-03-01,Acme,8.005,R8,1\n"       // 9: three decimals
                                 "2026-03-01,Acme,9.00,R1234567890,1\n" // 10: too long
                                 ",Acme,10.00,R10,1\n"                // 11: date required
                                 "2026-03-01,Acme,11.00,R3,1\n");     // 12: good, but nothing is saved
    CHECK_FALSE(result.ok);
    CHECK(result.imported == 0);
    QStringList seen;
    for (const auto &problem : result.problems)
        seen.append(QStringLiteral("%1 %2: %3").arg(problem.line).arg(problem.column, problem.message));
    INFO(seen.join(QLatin1Char('\n')).toStdString());
    REQUIRE(result.problems.size() == 9);
    auto check = [&](int index, qint64 line, const char *column, const char *words) {
        CHECK(result.problems.at(index).line == line);
        CHECK(result.problems.at(index).column == QString::fromLatin1(column));
        CHECK(result.problems.at(index).message.contains(QString::fromUtf8(words)));
    };
    check(0, 3, "reference", "“R1” is already used");
    check(1, 4, "reference", "“R9” is already used");
    check(2, 5, "customer", "Nobody");
    check(3, 6, "issued_on", "not a valid date");
    check(4, 7, "copies", "out of range");
    check(5, 8, "reference", "must start with R");
    check(6, 9, "amount", "at most 2 decimals");
    check(7, 10, "reference", "too long");
    check(8, 11, "issued_on", "required");
    // Nothing written, and the numbers taken for the good rows given back.
    CHECK(c.snapshot() == before);
    CHECK(c.nextNumber(2026) == next2026);
}

TEST_CASE("Bulk import: a refusing or failing hook rolls back the whole file", "[import][bulk][hooks][backends]")
{
    const bool direct = GENERATE(true, false);
    DirectGuard guard(direct);
    INFO((direct ? "SQLite C API" : "QtSql"));
    InvoiceCompany c;
    REQUIRE(c.db().exec(QStringLiteral("CREATE TABLE audit_import (entity TEXT, record INTEGER)")));
    CountingHook hook;
    c.records->addHook(&hook);
    const QString before = c.snapshot();
    QByteArray csv = "issued_on,customer,amount\n";
    for (int i = 0; i < 1200; ++i)
        csv += "2026-04-01,Acme," + QByteArray::number(i) + ".00\n";

    SECTION("before() refuses rows after many were written")
    {
        csv += "2026-04-02,Beta,1.00\n2026-04-03,Acme,2.00\n2026-04-04,Beta,3.00\n";
        hook.refuseCustomerId = QStringLiteral("2");
        const auto result = c.import(csv);
        CHECK_FALSE(result.ok);
        CHECK(result.imported == 0);
        REQUIRE(result.problems.size() == 2);
        CHECK(result.problems.at(0).line == 1202);
        CHECK(result.problems.at(0).message == QStringLiteral("You may not invoice this customer."));
        CHECK(result.problems.at(1).line == 1204);
        CHECK(hook.beforeCalls == 1203);
    }
    SECTION("after() fails on the last row")
    {
        hook.failAfterCall = 1200;
        const auto result = c.import(csv);
        CHECK_FALSE(result.ok);
        REQUIRE(result.problems.size() == 1);
        CHECK(result.problems.constFirst().line == 1201);
        CHECK(result.problems.constFirst().message == QStringLiteral("audit log full"));
        CHECK(hook.afterCalls == 1200);
    }
    SECTION("the clerk cancels")
    {
        int calls = 0;
        const auto result = c.import(csv, [&](qint64 done, qint64 total) {
            CHECK(total == 1200);
            CHECK(done <= total);
            return ++calls < 2;
        });
        CHECK_FALSE(result.ok);
        CHECK(result.imported == 0);
        REQUIRE_FALSE(result.problems.isEmpty());
        CHECK(result.problems.constLast().message.contains(QStringLiteral("cancelled")));
    }
    // The rows, their numbers and the hooks' own rows are all gone.
    CHECK(c.snapshot() == before);
    CHECK(c.nextNumber(2026) == QStringLiteral("INV-2026-001"));
    CHECK(c.db().scalar(QStringLiteral("SELECT count(*) FROM audit_import"))->toInt() == 0);
    CHECK(c.invoices() == 0);
}

TEST_CASE("Bulk import checks uniqueness against small and large tables alike", "[import][bulk][backends]")
{
    const bool direct = GENERATE(true, false);
    DirectGuard guard(direct);
    CoreCompany c; // 8 demo partners, among them C001
    RecordImporter importer(*c.records, *c.records->entity(QStringLiteral("core.partner")));
    auto run = [&](const QByteArray &csv) {
        const CsvReader reader = CsvReader::fromData(csv);
        return importer.import(reader, importer.defaultMapping(reader.header()));
    };
    SECTION("a file shorter than the table: each value looked up")
    {
        const auto result = run("code,name\nC001,新客户\n");
        REQUIRE(result.problems.size() == 1);
        CHECK(result.problems.constFirst().column == QStringLiteral("code"));
        CHECK(result.problems.constFirst().message.contains(QStringLiteral("C001")));
    }
    SECTION("a file longer than the table: the table's values read once")
    {
        QByteArray csv = "code,name\n";
        for (int i = 0; i < 20; ++i)
            csv += "N" + QByteArray::number(i) + ",新客户" + QByteArray::number(i) + "\n";
        csv += "X1,上海华联超市有限公司\nN3,另一个\n";
        const auto result = run(csv);
        REQUIRE(result.problems.size() == 2);
        CHECK(result.problems.at(0).line == 22);
        CHECK(result.problems.at(0).column == QStringLiteral("name"));
        CHECK(result.problems.at(1).line == 23);
        CHECK(result.problems.at(1).column == QStringLiteral("code"));
    }
    SECTION("a row that failed does not make its values taken")
    {
        const auto result = run("code,name,credit_limit\nZ1,甲,-5\nZ1,甲,5\n");
        REQUIRE(result.problems.size() == 1);
        CHECK(result.problems.constFirst().line == 2);
        CHECK(result.problems.constFirst().column == QStringLiteral("credit_limit"));
    }
    CHECK(c.count("core.partner") == 8);
}

TEST_CASE("Bulk import keeps indexes, triggers and the search index as row-by-row writes would", "[import][bulk]")
{
    CoreCompany c;
    Database &db = c.company->database();
    auto schema = [&] {
        return db.scalar(QStringLiteral("SELECT group_concat(name || ':' || coalesce(sql, ''), '|') FROM "
                                        "(SELECT name, sql FROM sqlite_master WHERE tbl_name = 'core_partner' ORDER BY name)"))
            ->toString();
    };
    const bool searchIndex = db.tableExists(QStringLiteral("core_partner_fts"));
    auto found = [&](const QString &text) {
        return db.scalar(QStringLiteral("SELECT count(*) FROM core_partner_fts WHERE core_partner_fts MATCH ?"),
                         {QStringLiteral("\"%1\"").arg(text)})
            ->toLongLong();
    };
    const bool emptyTable = GENERATE(true, false);
    if (emptyTable) // the indexes are then dropped and built again
        REQUIRE(db.exec(QStringLiteral("DELETE FROM core_partner")));
    const qint64 partners = c.count("core.partner");
    const QString before = schema();
    RecordImporter importer(*c.records, *c.records->entity(QStringLiteral("core.partner")));
    auto run = [&](const QByteArray &csv) {
        const CsvReader reader = CsvReader::fromData(csv);
        return importer.import(reader, importer.defaultMapping(reader.header()));
    };
    QByteArray csv = "code,name,tax_id\n";
    for (int i = 0; i < 30; ++i)
        csv += "K" + QByteArray::number(i) + ",批发客户" + QByteArray::number(i) + ",TAXQ" + QByteArray::number(i) + "\n";

    SECTION("a failed import")
    {
        const auto result = run(csv + "K3,重复,TAXR\n");
        REQUIRE_FALSE(result.ok);
        CHECK(c.count("core.partner") == partners);
        if (searchIndex)
            CHECK(found(QStringLiteral("批发客户")) == 0);
    }
    SECTION("a good import")
    {
        const auto result = run(csv);
        REQUIRE(result.ok);
        CHECK(c.count("core.partner") == partners + 30);
        if (searchIndex) {
            CHECK(found(QStringLiteral("批发客户")) == 30);
            CHECK(found(QStringLiteral("TAXQ17")) == 1);
        }
        // Uniqueness is still the index's too.
        CHECK_FALSE(db.exec(QStringLiteral("INSERT INTO core_partner (created_at, created_by, updated_at, updated_by, "
                                           "code, name) VALUES ('', '', '', '', 'K1', 'other')")));
    }
    CHECK(schema() == before);
    if (searchIndex) {
        // The search trigger is back for records written one by one.
        REQUIRE(c.records->create(QStringLiteral("core.partner"), {{QStringLiteral("code"), QStringLiteral("L1")},
                                                                   {QStringLiteral("name"), QStringLiteral("零售客户甲")}})
                    .ok());
        CHECK(found(QStringLiteral("零售客户")) == 1);
    }
}
