#include "companyfile.h"
#include "database.h"
#include "entity.h"
#include "entityschema.h"
#include "extensionregistries.h"
#include "records.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Backroom;
using Code = Records::Result::Code;

namespace {

Field::Label label(const char *text)
{
    return [text] { return QString::fromUtf8(text); };
}

Entity partnerEntity(bool withNotes = false)
{
    Entity partner(QStringLiteral("test.partner"), label("Partner"));
    partner.add(Field::text(QStringLiteral("name"), label("Name")).required().unique().searchable())
        .add(Field::text(QStringLiteral("tax_id"), label("Tax ID"), 18).searchable())
        .add(Field::money(QStringLiteral("credit_limit"), label("Credit limit")).range(0, 100000000000))
        .add(Field::choice(QStringLiteral("rating"), label("Rating"),
                           {{QStringLiteral("a"), label("Good")}, {QStringLiteral("b"), label("Watch")}}))
        .add(Field::boolean(QStringLiteral("active"), label("Active")).defaultValue(true))
        .add(Field::date(QStringLiteral("since"), label("Customer since")))
        .add(Field::quantity(QStringLiteral("discount"), label("Discount %"), 2));
    if (withNotes)
        partner.add(Field::longText(QStringLiteral("notes"), label("Notes")));
    return partner;
}

Entity orderEntity()
{
    Entity order(QStringLiteral("test.order"), label("Order"));
    order.add(Field::text(QStringLiteral("number"), label("Number")).required().unique())
        .add(Field::reference(QStringLiteral("partner"), label("Partner"), QStringLiteral("test.partner")).required())
        .add(Field::date(QStringLiteral("ordered_on"), label("Ordered on")))
        .add(Field::childLines(QStringLiteral("lines"), label("Lines"), QStringLiteral("test.order_line"),
                               QStringLiteral("order_id")));
    return order;
}

Entity lineEntity()
{
    Entity line(QStringLiteral("test.order_line"), label("Order line"));
    line.add(Field::reference(QStringLiteral("order_id"), label("Order"), QStringLiteral("test.order")).required())
        .add(Field::text(QStringLiteral("item"), label("Item")).required())
        .add(Field::quantity(QStringLiteral("quantity"), label("Quantity"), 3))
        .add(Field::money(QStringLiteral("price"), label("Price")))
        .add(Field::money(QStringLiteral("amount"), label("Amount")).computed([](const QVariantMap &r) {
            // quantity has 3 decimals: amount = price × quantity / 1000, half up
            const qint64 q = r.value(QStringLiteral("quantity")).toLongLong();
            const qint64 p = r.value(QStringLiteral("price")).toLongLong();
            return QVariant((q * p + 500) / 1000);
        }));
    return line;
}

struct Fixture
{
    QTemporaryDir dir;
    Registry<Entity> entities;
    std::unique_ptr<CompanyFile> company;
    std::unique_ptr<Records> records;

    explicit Fixture(QList<Entity> declared = {partnerEntity(), orderEntity(), lineEntity()})
    {
        company = BackroomTests::openCompanyWith(dir.filePath(QStringLiteral("records.backroom")), QStringLiteral("test"),
                                                  declared, &entities);
        records = std::make_unique<Records>(company->database(), entities, QStringLiteral("lihua"));
    }

    qint64 partner(const QString &name)
    {
        const auto result = records->create(QStringLiteral("test.partner"), {{QStringLiteral("name"), name}});
        INFO(result.message.toStdString());
        REQUIRE(result.ok());
        return result.id;
    }
};

QStringList fieldsOf(const Records::Result &result)
{
    QStringList fields;
    for (const auto &error : result.fieldErrors)
        fields.append(error.field);
    fields.sort();
    return fields;
}

} // namespace

TEST_CASE("Tables come from declarations, with money as integers on both dialects", "[entities][schema][backends]")
{
    for (const SqlDialect dialect : {SqlDialect(SqlDialect::Kind::Sqlite), SqlDialect(SqlDialect::Kind::Postgres)}) {
        const QString ddl = EntitySchema::createStatements(partnerEntity(), dialect).join(QLatin1Char('\n'))
                          + EntitySchema::createStatements(lineEntity(), dialect).join(QLatin1Char('\n'));
        CHECK_FALSE(ddl.contains(QStringLiteral("REAL"), Qt::CaseInsensitive));
        CHECK_FALSE(ddl.contains(QStringLiteral("NUMERIC"), Qt::CaseInsensitive));
        CHECK_FALSE(ddl.contains(QStringLiteral("DOUBLE"), Qt::CaseInsensitive));
        CHECK_FALSE(ddl.contains(QStringLiteral("FLOAT"), Qt::CaseInsensitive));
        CHECK(ddl.contains(QStringLiteral("credit_limit ") + dialect.integerType()));
        CHECK(ddl.contains(QStringLiteral("price ") + dialect.integerType()));
        CHECK_FALSE(ddl.contains(QStringLiteral("amount"))); // computed: no column
        CHECK(ddl.contains(QStringLiteral("order_id %1 REFERENCES test_order (id)").arg(dialect.integerType())));
        CHECK(ddl.contains(QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS test_partner_name_unique")));
    }
    CHECK(EntitySchema::createStatements(partnerEntity(), SqlDialect(SqlDialect::Kind::Postgres))
              .constFirst()
              .contains(QStringLiteral("since DATE")));

    Fixture fixture;
    Database &db = fixture.company->database();
    // No money or quantity column of any table is REAL or NUMERIC.
    for (const Entity &entity : fixture.entities.items())
        for (const Field &field : entity.fields()) {
            if (!field.isStored())
                continue;
            const bool postgres = db.dialect().kind() == SqlDialect::Kind::Postgres;
            const auto type = db.scalar(postgres ? QStringLiteral("SELECT upper(data_type) FROM information_schema.columns "
                                                                  "WHERE table_schema = current_schema() "
                                                                  "AND table_name = ? AND column_name = ?")
                                                 : QStringLiteral("SELECT type FROM pragma_table_info(?) WHERE name = ?"),
                                        {entity.tableName(), field.name()});
            REQUIRE(type);
            if (field.type() == Field::Type::Money || field.type() == Field::Type::Quantity)
                CHECK(type->toString() == (postgres ? QStringLiteral("BIGINT") : QStringLiteral("INTEGER")));
        }
}

TEST_CASE("New fields and entities are added when a company is opened", "[entities][schema][backends]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("grow.backroom"));
    ModuleSchema v1{QStringLiteral("test"), QStringLiteral("1.0"), {}, {partnerEntity()}};
    BackroomTests::createCompany(path, {v1});
    {
        CompanyFile::Status status;
        auto company = CompanyFile::open(BackroomTests::companyLocation(path), {v1}, &status);
        REQUIRE(company);
        Registry<Entity> entities;
        entities.add(QStringLiteral("test"), partnerEntity());
        Records records(company->database(), entities, QStringLiteral("lihua"));
        REQUIRE(records.create(QStringLiteral("test.partner"), {{QStringLiteral("name"), QStringLiteral("华为")}}).ok());
    }
    ModuleSchema v2{QStringLiteral("test"), QStringLiteral("1.1"), {}, {partnerEntity(true), orderEntity(), lineEntity()}};
    CompanyFile::Status status;
    auto company = CompanyFile::open(BackroomTests::companyLocation(path), {v2}, &status);
    INFO(status.message.toStdString());
    REQUIRE(company);
    CHECK(EntitySchema::existingColumns(company->database(), QStringLiteral("test_partner")).contains(QStringLiteral("notes")));
    CHECK(company->database().tableExists(QStringLiteral("test_order_line")));
    CHECK(company->database().scalar(QStringLiteral("SELECT name FROM test_partner"))->toString() == QStringLiteral("华为"));
    // Nothing left to do on the next open.
    CHECK(EntitySchema::pendingStatements(company->database(), v2.entities, nullptr).isEmpty());
}

TEST_CASE("Records round-trip with their types", "[records][backends]")
{
    Fixture fixture;
    QSignalSpy changed(fixture.records.get(), &Records::changed);
    const auto created = fixture.records->create(
        QStringLiteral("test.partner"),
        {{QStringLiteral("name"), QStringLiteral("  上海示例贸易有限公司 ")},
         {QStringLiteral("tax_id"), QStringLiteral("91310000MA1FL0000X")},
         {QStringLiteral("credit_limit"), qint64(1234567)},
         {QStringLiteral("rating"), QStringLiteral("a")},
         {QStringLiteral("since"), QStringLiteral("2024-02-29")},
         {QStringLiteral("discount"), QStringLiteral("250")}});
    INFO(created.message.toStdString());
    REQUIRE(created.ok());
    CHECK(created.version == 1);
    CHECK(changed.count() == 1);

    const auto record = fixture.records->read(QStringLiteral("test.partner"), created.id);
    REQUIRE(record);
    CHECK(record->value(QStringLiteral("name")) == QStringLiteral("上海示例贸易有限公司"));
    CHECK(record->value(QStringLiteral("credit_limit")).toLongLong() == 1234567);
    CHECK(record->value(QStringLiteral("credit_limit")).typeId() == QMetaType::LongLong);
    CHECK(record->value(QStringLiteral("since")).toDate() == QDate(2024, 2, 29));
    CHECK(record->value(QStringLiteral("active")).toBool()); // default
    CHECK(record->value(QStringLiteral("discount")).toLongLong() == 250);
    CHECK(record->system.value(QStringLiteral("created_by")) == QStringLiteral("lihua"));
    CHECK(fixture.records->displayName(QStringLiteral("test.partner"), created.id) == QStringLiteral("上海示例贸易有限公司"));

    const auto updated = fixture.records->update(QStringLiteral("test.partner"), created.id, 1,
                                                 {{QStringLiteral("credit_limit"), 500000}});
    REQUIRE(updated.ok());
    CHECK(updated.version == 2);
    CHECK(fixture.records->read(QStringLiteral("test.partner"), created.id)->value(QStringLiteral("credit_limit")).toLongLong()
          == 500000);
}

TEST_CASE("Validation names every failing field and writes nothing", "[records][backends]")
{
    Fixture fixture;
    const auto result = fixture.records->create(QStringLiteral("test.partner"),
                                                {{QStringLiteral("since"), QStringLiteral("2026-02-30")},
                                                 {QStringLiteral("credit_limit"), 12.5},
                                                 {QStringLiteral("rating"), QStringLiteral("gold")},
                                                 {QStringLiteral("tax_id"), QString(30, QLatin1Char('9'))},
                                                 {QStringLiteral("active"), QStringLiteral("maybe")},
                                                 {QStringLiteral("salary"), 1}});
    CHECK(result.code == Code::Invalid);
    CHECK(fieldsOf(result) == QStringList{QStringLiteral("active"), QStringLiteral("credit_limit"), QStringLiteral("name"),
                                          QStringLiteral("rating"), QStringLiteral("salary"), QStringLiteral("since"),
                                          QStringLiteral("tax_id")});
    CHECK(result.message.contains(QStringLiteral("Name is required.")));
    CHECK(result.message.contains(QStringLiteral("Customer since is not a valid date")));
    CHECK(result.message.contains(QStringLiteral("Credit limit is not an amount in whole minor units")));
    CHECK(fixture.records->count(QStringLiteral("test.partner"), {}).value() == 0);

    SECTION("money out of range")
    {
        const auto negative = fixture.records->create(QStringLiteral("test.partner"),
                                                      {{QStringLiteral("name"), QStringLiteral("X")},
                                                       {QStringLiteral("credit_limit"), -1}});
        CHECK(fieldsOf(negative) == QStringList{QStringLiteral("credit_limit")});
    }
    SECTION("duplicate unique value")
    {
        fixture.partner(QStringLiteral("联想"));
        const auto duplicate = fixture.records->create(QStringLiteral("test.partner"), {{QStringLiteral("name"), QStringLiteral("联想")}});
        CHECK(duplicate.code == Code::Invalid);
        CHECK(duplicate.message == QStringLiteral("Name “联想” is already used by another record."));
        CHECK(fixture.records->count(QStringLiteral("test.partner"), {}).value() == 1);
    }
    SECTION("reference to a missing record")
    {
        const auto order = fixture.records->create(QStringLiteral("test.order"),
                                                   {{QStringLiteral("number"), QStringLiteral("PO-1")},
                                                    {QStringLiteral("partner"), 999}});
        CHECK(fieldsOf(order) == QStringList{QStringLiteral("partner")});
        CHECK(order.message.contains(QStringLiteral("does not exist")));
    }
}

TEST_CASE("An entity's rules are checked on create and update, inside the write, naming their field",
          "[records][backends]")
{
    // A rule the fields cannot state alone: a partner may not lower its
    // credit limit below what its open orders already reached.
    Entity partner = partnerEntity();
    int calls = 0;
    partner.rule([&calls](Database &db, qint64 id, const QVariantMap &before, const QVariantMap &after) {
        ++calls;
        CHECK(db.transactionDepth() > 0);
        if (after.value(QStringLiteral("name")).toString() == QStringLiteral("Nobody"))
            return Entity::RuleBreach{QStringLiteral("name"), QStringLiteral("No partner is called Nobody.")};
        if (before.isEmpty())
            return Entity::RuleBreach{};
        const qint64 ordered = db.scalar(QStringLiteral("SELECT count(*) FROM test_order WHERE partner = ?"), {id})
                                   ->toLongLong();
        if (ordered > 0 && after.value(QStringLiteral("credit_limit")).toLongLong()
                               < before.value(QStringLiteral("credit_limit")).toLongLong())
            return Entity::RuleBreach{QStringLiteral("credit_limit"), QStringLiteral("Orders are open.")};
        return Entity::RuleBreach{};
    });
    Fixture fixture({partner, orderEntity(), lineEntity()});
    Records &records = *fixture.records;

    const auto nobody = records.create(QStringLiteral("test.partner"), {{QStringLiteral("name"), QStringLiteral("Nobody")}});
    CHECK(nobody.code == Code::Invalid);
    CHECK(fieldsOf(nobody) == QStringList{QStringLiteral("name")});
    CHECK(nobody.message == QStringLiteral("No partner is called Nobody."));
    CHECK(records.count(QStringLiteral("test.partner"), {}).value() == 0);

    const auto made = records.create(QStringLiteral("test.partner"), {{QStringLiteral("name"), QStringLiteral("联想")},
                                                                      {QStringLiteral("credit_limit"), 500000}});
    REQUIRE(made.ok());
    // No orders: lowering is fine.
    const auto lowered = records.update(QStringLiteral("test.partner"), made.id, 1, {{QStringLiteral("credit_limit"), 400000}});
    CHECK(lowered.ok());
    REQUIRE(records.create(QStringLiteral("test.order"), {{QStringLiteral("number"), QStringLiteral("PO-1")},
                                                         {QStringLiteral("partner"), made.id}})
                .ok());
    const auto refused = records.update(QStringLiteral("test.partner"), made.id, 2, {{QStringLiteral("credit_limit"), 300000}});
    CHECK(refused.code == Code::Invalid);
    CHECK(fieldsOf(refused) == QStringList{QStringLiteral("credit_limit")});
    CHECK(fixture.company->database()
              .scalar(QStringLiteral("SELECT credit_limit FROM test_partner WHERE id = ?"), {made.id})
              ->toLongLong()
          == 400000);
    // Raising it, or changing something else, passes the same rule.
    CHECK(records.update(QStringLiteral("test.partner"), made.id, 2, {{QStringLiteral("credit_limit"), 600000}}).ok());
    CHECK(calls == 5);
}

TEST_CASE("A stale version is refused and names who changed the record", "[records][backends]")
{
    Fixture fixture;
    const qint64 id = fixture.partner(QStringLiteral("Alpha"));
    REQUIRE(fixture.records->update(QStringLiteral("test.partner"), id, 1, {{QStringLiteral("tax_id"), QStringLiteral("1")}}).ok());
    // A second clerk still holds version 1.
    Records other(fixture.company->database(), fixture.entities, QStringLiteral("wangfang"));
    const auto stale = other.update(QStringLiteral("test.partner"), id, 1, {{QStringLiteral("tax_id"), QStringLiteral("2")}});
    CHECK(stale.code == Code::Conflict);
    CHECK(stale.message.startsWith(QStringLiteral("lihua changed this Partner at")));
    CHECK(stale.version == 2);
    CHECK(fixture.records->read(QStringLiteral("test.partner"), id)->value(QStringLiteral("tax_id")) == QStringLiteral("1"));
    CHECK(other.update(QStringLiteral("test.partner"), 4242, 1, {}).code == Code::NotFound);
}

TEST_CASE("Referenced records are archived, not deleted; child lines go with their parent", "[records][backends]")
{
    Fixture fixture;
    const qint64 partner = fixture.partner(QStringLiteral("Beta"));
    const auto order = fixture.records->create(QStringLiteral("test.order"), {{QStringLiteral("number"), QStringLiteral("PO-7")},
                                                                            {QStringLiteral("partner"), partner}});
    REQUIRE(order.ok());
    for (int i = 0; i < 3; ++i)
        REQUIRE(fixture.records->create(QStringLiteral("test.order_line"), {{QStringLiteral("order_id"), order.id},
                                                                            {QStringLiteral("item"), QStringLiteral("A4 paper")},
                                                                            {QStringLiteral("quantity"), 2500},
                                                                            {QStringLiteral("price"), 2390}})
                    .ok());
    const QList<Record> lines = fixture.records->select(QStringLiteral("test.order_line"), {});
    REQUIRE(lines.size() == 3);
    CHECK(lines.constFirst().value(QStringLiteral("amount")).toLongLong() == 5975); // 2.5 × 23.90

    const auto refused = fixture.records->remove(QStringLiteral("test.partner"), partner, 1);
    CHECK(refused.code == Code::Referenced);
    CHECK(refused.message.contains(QStringLiteral("Archive it instead")));
    REQUIRE(fixture.records->read(QStringLiteral("test.partner"), partner));

    REQUIRE(fixture.records->setArchived(QStringLiteral("test.partner"), partner, 1, true).ok());
    CHECK(fixture.records->count(QStringLiteral("test.partner"), {}).value() == 0);
    QuerySpec all;
    all.includeArchived = true;
    CHECK(fixture.records->count(QStringLiteral("test.partner"), all).value() == 1);

    REQUIRE(fixture.records->remove(QStringLiteral("test.order"), order.id, 1).ok());
    CHECK(fixture.records->count(QStringLiteral("test.order_line"), {}).value() == 0);
}

TEST_CASE("Queries bind every value; user text never becomes SQL", "[records][query][backends]")
{
    Fixture fixture;
    const QString hostile = QStringLiteral("x'); DROP TABLE test_partner; --");
    fixture.partner(hostile);
    fixture.partner(QStringLiteral("50% off Ltd"));
    fixture.partner(QStringLiteral("500 Ltd"));
    fixture.partner(QStringLiteral("北京示例科技"));

    auto names = [&](const QuerySpec &spec) {
        QString error;
        QStringList result;
        for (const Record &record : fixture.records->select(QStringLiteral("test.partner"), spec, &error))
            result.append(record.value(QStringLiteral("name")).toString());
        INFO(error.toStdString());
        CHECK(error.isEmpty());
        return result;
    };
    QuerySpec spec;
    spec.filter = Filter::where(QStringLiteral("name"), Filter::Op::Equal, hostile);
    CHECK(names(spec) == QStringList{hostile});
    CHECK(fixture.company->database().tableExists(QStringLiteral("test_partner")));

    spec.filter = Filter::where(QStringLiteral("name"), Filter::Op::Contains, QStringLiteral("50%"));
    CHECK(names(spec) == QStringList{QStringLiteral("50% off Ltd")}); // % is literal, not a wildcard

    spec.filter = {};
    spec.search = QStringLiteral("示例");
    CHECK(names(spec) == QStringList{QStringLiteral("北京示例科技")});

    spec.search.clear();
    spec.sort = {{QStringLiteral("name"), Qt::DescendingOrder}};
    spec.limit = 2;
    spec.offset = 1;
    CHECK(names(spec).size() == 2);

    spec = {};
    spec.filter = Filter::any({Filter::where(QStringLiteral("name"), Filter::Op::StartsWith, QStringLiteral("500")),
                               Filter::where(QStringLiteral("name"), Filter::Op::In,
                                             QVariantList{QStringLiteral("北京示例科技")})});
    spec.sort = {{QStringLiteral("name"), Qt::AscendingOrder}};
    CHECK(names(spec) == QStringList{QStringLiteral("500 Ltd"), QStringLiteral("北京示例科技")});

    QString error;
    spec.filter = Filter::where(QStringLiteral("name; DROP TABLE x"), Filter::Op::Equal, 1);
    CHECK(fixture.records->select(QStringLiteral("test.partner"), spec, &error).isEmpty());
    CHECK(error.contains(QStringLiteral("has no stored field")));
    spec.filter = Filter::where(QStringLiteral("since"), Filter::Op::Between, QStringLiteral("2026-01-01"),
                                QStringLiteral("2026-02-30"));
    CHECK(fixture.records->select(QStringLiteral("test.partner"), spec, &error).isEmpty());
    CHECK(error.contains(QStringLiteral("not a valid date")));
    spec.filter = {};
    spec.sort = {{QStringLiteral("nonexistent"), Qt::AscendingOrder}};
    CHECK(fixture.records->select(QStringLiteral("test.partner"), spec, &error).isEmpty());
    CHECK(error.contains(QStringLiteral("cannot be sorted")));
}

namespace {
class AuditHook : public RecordHook
{
public:
    bool refuseUpdates = false;
    bool failAfter = false;
    bool before(Database &, const Change &change, QString *reason) override
    {
        if (refuseUpdates && change.action == Action::Update) {
            *reason = QStringLiteral("You may not change partners.");
            return false;
        }
        return true;
    }
    bool after(Database &db, const Change &change, QString *reason) override
    {
        if (!db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS audit_test (entity TEXT, action INTEGER, record INTEGER, who TEXT)"))
            || !db.exec(QStringLiteral("INSERT INTO audit_test VALUES (?, ?, ?, ?)"),
                        {change.entity.id(), int(change.action), change.id, change.user}))
            return false;
        if (failAfter) {
            *reason = QStringLiteral("audit log full");
            return false;
        }
        return true;
    }
};
} // namespace

TEST_CASE("Hooks can refuse a write, and their own writes share its transaction", "[records][hooks][backends]")
{
    Fixture fixture;
    AuditHook hook;
    fixture.records->addHook(&hook);
    const qint64 id = fixture.partner(QStringLiteral("Gamma"));
    Database &db = fixture.company->database();
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM audit_test"))->toInt() == 1);
    CHECK(db.scalar(QStringLiteral("SELECT record FROM audit_test"))->toLongLong() == id);

    hook.refuseUpdates = true;
    const auto refused = fixture.records->update(QStringLiteral("test.partner"), id, 1, {{QStringLiteral("tax_id"), QStringLiteral("9")}});
    CHECK(refused.code == Code::Refused);
    CHECK(refused.message == QStringLiteral("You may not change partners."));
    CHECK(fixture.records->read(QStringLiteral("test.partner"), id)->version == 1);

    hook.refuseUpdates = false;
    hook.failAfter = true;
    QSignalSpy changed(fixture.records.get(), &Records::changed);
    const auto failed = fixture.records->create(QStringLiteral("test.partner"), {{QStringLiteral("name"), QStringLiteral("Delta")}});
    CHECK(failed.code == Code::Refused);
    // Neither the record nor its audit row survived; no change was announced.
    CHECK(fixture.records->count(QStringLiteral("test.partner"), {}).value() == 1);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM audit_test"))->toInt() == 1);
    CHECK(changed.count() == 0);
}

TEST_CASE("Broken declarations are reported when a module registers them", "[entities][backends]")
{
    Entity broken(QStringLiteral("Bad Id"), label("Bad"));
    broken.add(Field::text(QStringLiteral("name"), label("Name")))
        .add(Field::text(QStringLiteral("name"), label("Name again")))
        .add(Field::integer(QStringLiteral("version"), label("Version")))
        .add(Field::choice(QStringLiteral("state"), label("State"), {}))
        .add(Field::text(QStringLiteral("Upper"), label("Upper")));
    const QStringList errors = broken.declarationErrors();
    CHECK(errors.size() == 5);
    CHECK(partnerEntity().declarationErrors().isEmpty());
    CHECK(orderEntity().declarationErrors().isEmpty());
}
