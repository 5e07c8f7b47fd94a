// Saved filters: a QuerySpec to JSON and back for every operator and value
// type, per user and per entity in the company file, and stored JSON that
// no longer fits the entity read without a crash.
#include "companyfile.h"
#include "database.h"
#include "entity.h"
#include "records.h"
#include "savedfilters.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Backroom;

namespace {

Field::Label label(const char *text)
{
    return [text] { return QString::fromUtf8(text); };
}

Entity customerEntity()
{
    Entity customer(QStringLiteral("sf.customer"), label("Customer"), label("Customers"));
    customer.add(Field::text(QStringLiteral("name"), label("Name")).required().searchable())
        .add(Field::longText(QStringLiteral("notes"), label("Notes")))
        .add(Field::integer(QStringLiteral("visits"), label("Visits")))
        .add(Field::money(QStringLiteral("credit"), label("Credit")))
        .add(Field::quantity(QStringLiteral("weight"), label("Weight"), 3))
        .add(Field::date(QStringLiteral("since"), label("Since")))
        .add(Field::dateTime(QStringLiteral("seen_at"), label("Last seen")))
        .add(Field::boolean(QStringLiteral("active"), label("Active")))
        .add(Field::choice(QStringLiteral("tier"), label("Tier"),
                           {{QStringLiteral("gold"), label("Gold")}, {QStringLiteral("silver"), label("Silver")}}))
        .add(Field::reference(QStringLiteral("region"), label("Region"), QStringLiteral("sf.region")));
    return customer;
}

Entity regionEntity()
{
    Entity region(QStringLiteral("sf.region"), label("Region"), label("Regions"));
    region.add(Field::text(QStringLiteral("name"), label("Name")).required());
    return region;
}

struct Fixture
{
    QTemporaryDir dir;
    Registry<Entity> entities;
    std::unique_ptr<CompanyFile> company;
    std::unique_ptr<Records> lihua;
    std::unique_ptr<Records> wangfang;

    Fixture()
    {
        const QList<Entity> declared{regionEntity(), customerEntity()};
        company = BackroomTests::openCompanyWith(dir.filePath(QStringLiteral("filters.backroom")), QStringLiteral("sf"),
                                                  declared, &entities);
        lihua = std::make_unique<Records>(company->database(), entities, QStringLiteral("lihua"));
        wangfang = std::make_unique<Records>(company->database(), entities, QStringLiteral("wangfang"));
    }

    const Entity &customer() const { return *lihua->entity(QStringLiteral("sf.customer")); }
};

QString where(const Records &records, const Entity &entity, const QuerySpec &spec)
{
    QString sql;
    QVariantList values;
    QString error;
    REQUIRE(records.whereClause(entity, spec, &sql, &values, &error));
    QStringList parts{sql};
    for (const QVariant &value : values)
        parts.append(value.toString());
    return parts.join(QLatin1Char('|'));
}

QString name(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace

TEST_CASE("Saved filters: every operator and value type survives JSON and back", "[savedfilters][backends]")
{
    Fixture f;
    using Op = Filter::Op;
    const QDateTime seen(QDate(2026, 3, 9), QTime(8, 30, 15, 250), Qt::UTC);
    const qint64 huge = (qint64(1) << 60) + 7;   // beyond a double's exact integers

    QuerySpec spec;
    spec.search = QStringLiteral("华为");
    spec.includeArchived = true;
    spec.sort = {{name("since"), Qt::DescendingOrder}, {name("name"), Qt::AscendingOrder}};
    spec.filter = Filter::all({
        Filter::where(name("name"), Op::Equal, QStringLiteral("Acme")),
        Filter::where(name("name"), Op::NotEqual, QStringLiteral("Beta")),
        Filter::where(name("name"), Op::Contains, QStringLiteral("50%_off")),
        Filter::where(name("notes"), Op::StartsWith, QStringLiteral("急")),
        Filter::where(name("visits"), Op::Less, qint64(10)),
        Filter::where(name("visits"), Op::LessOrEqual, 9),
        Filter::where(name("credit"), Op::Greater, qint64(123456)),
        Filter::where(name("credit"), Op::GreaterOrEqual, huge),
        Filter::where(name("weight"), Op::Between, qint64(1500), qint64(2500)),
        Filter::where(name("since"), Op::Between, QDate(2026, 1, 1), QDate(2026, 1, 31)),
        Filter::where(name("seen_at"), Op::GreaterOrEqual, seen),
        Filter::where(name("active"), Op::Equal, true),
        Filter::where(name("tier"), Op::In, QVariantList{QStringLiteral("gold"), QStringLiteral("silver")}),
        Filter::where(name("region"), Op::Equal, qint64(3)),
        Filter::where(name("region"), Op::IsNotNull),
        Filter::where(name("notes"), Op::IsNull),
        Filter::where(name("id"), Op::In, QVariantList{qint64(1), qint64(2), qint64(3)}),
        Filter::any({Filter::where(name("active"), Op::Equal, false),
                     Filter::all({Filter::where(name("visits"), Op::Greater, qint64(0)),
                                  Filter::where(name("since"), Op::Less, QDate(2020, 2, 29))})}),
    });

    const QByteArray json = SavedFilters::toJson(f.customer(), spec);
    INFO(json.toStdString());
    // Values are written by their field's type.
    CHECK(json.contains(R"({"field":"since","op":"between","value":"2026-01-01","value2":"2026-01-31"})"));
    CHECK(json.contains(R"("value":"2026-03-09T08:30:15.250Z")"));
    CHECK(json.contains(R"({"field":"credit","op":"gt","value":123456})"));
    CHECK(json.contains(QByteArray(R"({"field":"credit","op":"ge","value":")") + QByteArray::number(huge) + "\"}"));
    CHECK(json.contains(R"({"field":"active","op":"eq","value":true})"));
    CHECK(json.contains(R"("value":["gold","silver"])"));
    CHECK(json.contains(R"({"field":"notes","op":"isNull"})"));
    CHECK(json.contains(R"("any":[)"));

    const SavedFilters::Loaded loaded = SavedFilters::fromJson(f.customer(), json);
    CHECK(loaded.notes.isEmpty());
    CHECK(SavedFilters::toJson(f.customer(), loaded.spec) == json);
    CHECK(loaded.spec.search == spec.search);
    CHECK(loaded.spec.includeArchived);
    REQUIRE(loaded.spec.sort.size() == 2);
    CHECK(loaded.spec.sort.at(0).field == name("since"));
    CHECK(loaded.spec.sort.at(0).order == Qt::DescendingOrder);
    // The same question to the database, value for value.
    CHECK(where(*f.lihua, f.customer(), loaded.spec) == where(*f.lihua, f.customer(), spec));
    CHECK(f.lihua->count(QStringLiteral("sf.customer"), loaded.spec).has_value());

    // Typed values come back typed.
    const QList<Filter> &parts = loaded.spec.filter.children();
    REQUIRE(parts.size() == spec.filter.children().size());
    CHECK(parts.at(4).value().typeId() == QMetaType::LongLong);
    CHECK(parts.at(7).value().toLongLong() == huge);
    CHECK(parts.at(9).value().toDate() == QDate(2026, 1, 1));
    CHECK(parts.at(9).value2().toDate() == QDate(2026, 1, 31));
    CHECK(parts.at(10).value().toDateTime() == seen);
    CHECK(parts.at(10).value().toDateTime().timeSpec() == Qt::UTC);
    CHECK(parts.at(11).value().typeId() == QMetaType::Bool);
    CHECK(parts.at(12).value().toList().size() == 2);
    CHECK(parts.at(17).isAny());
    CHECK(parts.at(17).children().at(1).isAll());

    // Every operator has a stored name and comes back from it.
    for (Op op : {Op::Equal, Op::NotEqual, Op::Less, Op::LessOrEqual, Op::Greater, Op::GreaterOrEqual, Op::Contains,
                  Op::StartsWith, Op::In, Op::IsNull, Op::IsNotNull, Op::Between}) {
        const QString stored = SavedFilters::opName(op);
        CHECK_FALSE(stored.isEmpty());
        CHECK(SavedFilters::opFromName(stored) == op);
    }

    // An empty question is a small object and reads back as one.
    const QByteArray empty = SavedFilters::toJson(f.customer(), QuerySpec());
    CHECK(empty == R"({"format":1})");
    const SavedFilters::Loaded none = SavedFilters::fromJson(f.customer(), empty);
    CHECK(none.spec.filter.isEmpty());
    CHECK(none.notes.isEmpty());
}

TEST_CASE("Saved filters belong to one user and one entity", "[savedfilters][backends]")
{
    Fixture f;
    const QString customers = QStringLiteral("sf.customer");
    SavedFilters mine(*f.lihua);
    SavedFilters hers(*f.wangfang);

    QuerySpec gold;
    gold.filter = Filter::where(name("tier"), Filter::Op::In, QVariantList{QStringLiteral("gold")});
    QString error;
    REQUIRE(mine.save(customers, QStringLiteral("  Gold customers "), gold, &error));
    CHECK(mine.list(customers).size() == 1);
    CHECK(mine.list(customers).constFirst().name == QStringLiteral("Gold customers"));
    CHECK(mine.contains(customers, QStringLiteral("Gold customers")));
    // Another user, and another entity, see none of it.
    CHECK(hers.list(customers).isEmpty());
    CHECK_FALSE(hers.load(customers, QStringLiteral("Gold customers"), &error));
    CHECK(error.contains(QStringLiteral("Gold customers")));
    CHECK(mine.list(QStringLiteral("sf.region")).isEmpty());

    // The same name for another user is that user's own.
    QuerySpec silver;
    silver.filter = Filter::where(name("tier"), Filter::Op::In, QVariantList{QStringLiteral("silver")});
    REQUIRE(hers.save(customers, QStringLiteral("Gold customers"), silver, &error));
    CHECK(SavedFilters::toJson(f.customer(), mine.load(customers, QStringLiteral("Gold customers"))->spec)
          == SavedFilters::toJson(f.customer(), gold));
    CHECK(SavedFilters::toJson(f.customer(), hers.load(customers, QStringLiteral("Gold customers"))->spec)
          == SavedFilters::toJson(f.customer(), silver));

    // Saving under an existing name replaces it.
    REQUIRE(mine.save(customers, QStringLiteral("Gold customers"), silver, &error));
    CHECK(mine.list(customers).size() == 1);
    CHECK(mine.load(customers, QStringLiteral("Gold customers"))->spec.filter.value().toList()
          == QVariantList{QStringLiteral("silver")});

    // Rename, refusing a name already taken; delete.
    REQUIRE(mine.save(customers, QStringLiteral("另一个"), gold, &error));
    CHECK_FALSE(mine.rename(customers, QStringLiteral("另一个"), QStringLiteral("Gold customers"), &error));
    CHECK(error.contains(QStringLiteral("already exists")));
    REQUIRE(mine.rename(customers, QStringLiteral("另一个"), QStringLiteral("金牌"), &error));
    CHECK(mine.contains(customers, QStringLiteral("金牌")));
    CHECK_FALSE(mine.contains(customers, QStringLiteral("另一个")));
    CHECK_FALSE(mine.rename(customers, QStringLiteral("missing"), QStringLiteral("x"), &error));
    REQUIRE(mine.remove(customers, QStringLiteral("金牌"), &error));
    CHECK_FALSE(mine.remove(customers, QStringLiteral("金牌"), &error));
    CHECK(mine.list(customers).size() == 1);
    CHECK(hers.list(customers).size() == 1);

    // A name is needed; an unknown entity is refused.
    CHECK_FALSE(mine.save(customers, QStringLiteral("   "), gold, &error));
    CHECK(error == QStringLiteral("A saved filter needs a name."));
    CHECK_FALSE(mine.save(QStringLiteral("sf.nothing"), QStringLiteral("x"), gold, &error));
    CHECK_FALSE(mine.save(customers, QString(SavedFilters::MaxNameLength + 1, QLatin1Char('x')), gold, &error));
}

TEST_CASE("Saved filters: what the entity no longer has is left out with a note", "[savedfilters][backends]")
{
    Fixture f;
    const QString customers = QStringLiteral("sf.customer");
    auto store = [&](const QString &filterName, const QByteArray &json) {
        REQUIRE(f.company->database().exec(
            QStringLiteral("INSERT INTO backroom_saved_filter (user_name, entity, name, spec, updated_at) "
                           "VALUES ('lihua', 'sf.customer', ?, ?, '2026-01-01T00:00:00.000Z')"),
            {filterName, QString::fromUtf8(json)}));
    };
    // Saved by an older version: a field since removed, an operator this
    // build does not know, a choice key that is gone, a date that is not
    // one, an amount that is not whole, and a sort by a removed field.
    store(QStringLiteral("old"), R"({"format":1,"search":"acme",
        "sort":[{"field":"fax","order":"asc"},{"field":"since","order":"desc"}],
        "filter":{"all":[
            {"field":"fax","op":"eq","value":"010-1234"},
            {"field":"name","op":"regex","value":"^A"},
            {"field":"tier","op":"in","value":["gold","platinum"]},
            {"field":"tier","op":"eq","value":"bronze"},
            {"field":"since","op":"between","value":"2026-13-01","value2":"2026-12-31"},
            {"field":"credit","op":"gt","value":12.5},
            {"field":"active","op":"eq","value":"perhaps"},
            {"any":[{"field":"fax","op":"isNull"}]},
            "not an object",
            {"field":"visits","op":"ge","value":3}
        ]}})");
    SavedFilters saved(*f.lihua);
    QString error;
    const auto loaded = saved.load(customers, QStringLiteral("old"), &error);
    REQUIRE(loaded);
    INFO(loaded->notes.join(QLatin1Char('\n')).toStdString());
    CHECK(loaded->notes.size() >= 7);
    CHECK(loaded->notes.join(QLatin1Char('\n')).contains(QStringLiteral("“fax”")));
    CHECK(loaded->notes.join(QLatin1Char('\n')).contains(QStringLiteral("“regex”")));
    CHECK(loaded->notes.join(QLatin1Char('\n')).contains(QStringLiteral("platinum")));
    // What still fits is kept: the search, one sort key, gold, and visits.
    CHECK(loaded->spec.search == QStringLiteral("acme"));
    REQUIRE(loaded->spec.sort.size() == 1);
    CHECK(loaded->spec.sort.constFirst().field == name("since"));
    CHECK(SavedFilters::toJson(f.customer(), {loaded->spec.filter, {}, {}, false, 200, 0})
          == R"({"filter":{"all":[{"field":"tier","op":"in","value":["gold"]},)"
             R"({"field":"visits","op":"ge","value":3}]},"format":1})");
    CHECK(f.lihua->count(customers, loaded->spec).has_value());

    // Not JSON at all, the wrong shape, or nested beyond reason: an empty
    // question with a note, never a crash.
    for (const QByteArray &broken : {QByteArray("{not json"), QByteArray("[1,2,3]"), QByteArray(""),
                                     QByteArray(R"({"filter":{"field":"name"}})"),
                                     QByteArray(R"({"filter":{"all":"x"}})"),
                                     QByteArray(R"({"filter":42,"sort":"x","search":7})")}) {
        const SavedFilters::Loaded result = SavedFilters::fromJson(f.customer(), broken);
        CHECK(result.spec.filter.isEmpty());
        CHECK(f.lihua->count(customers, result.spec).has_value());
    }
    CHECK_FALSE(SavedFilters::fromJson(f.customer(), "{not json").notes.isEmpty());
    QByteArray deep = R"({"field":"visits","op":"eq","value":1})";
    for (int i = 0; i < 200; ++i)
        deep = R"({"all":[)" + deep + "]}";
    const SavedFilters::Loaded nested = SavedFilters::fromJson(f.customer(), R"({"filter":)" + deep + "}");
    CHECK(nested.spec.filter.isEmpty());
    CHECK_FALSE(nested.notes.isEmpty());
}
