#include "companyfile.h"
#include "database.h"
#include "entity.h"
#include "entityschema.h"
#include "extensionregistries.h"
#include "quicksearch.h"
#include "records.h"
#include "testsupport.h"
#include "writetransaction.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Backroom;

namespace {

Field::Label label(const char *text)
{
    return [text] { return QString::fromUtf8(text); };
}

Entity contactEntity(bool phoneSearchable = false)
{
    Entity contact(QStringLiteral("qs.contact"), label("Contact"));
    contact.add(Field::text(QStringLiteral("name"), label("Name")).required().searchable())
        .add(Field::text(QStringLiteral("code"), label("Code"), 20).searchable())
        .add(Field::text(QStringLiteral("phone"), label("Phone"), 40).searchable(phoneSearchable))
        .add(Field::longText(QStringLiteral("notes"), label("Notes")).searchable())
        .add(Field::money(QStringLiteral("balance"), label("Balance")))
        .add(Field::choice(QStringLiteral("kind"), label("Kind"),
                           {{QStringLiteral("customer"), label("Customer")}, {QStringLiteral("supplier"), label("Supplier")}}))
        .add(Field::date(QStringLiteral("since"), label("Since")));
    return contact;
}

ModuleSchema schemaOf(const Entity &entity, const QString &version = QStringLiteral("1.0"))
{
    ModuleSchema schema;
    schema.moduleId = QStringLiteral("qs");
    schema.moduleVersion = version;
    schema.entities = {entity};
    return schema;
}

struct Fixture
{
    QTemporaryDir dir;
    QString path;
    Registry<Entity> entities;
    std::unique_ptr<CompanyFile> company;
    std::unique_ptr<Records> records;

    explicit Fixture(const Entity &entity = contactEntity())
    {
        path = dir.filePath(QStringLiteral("search.backroom"));
        BackroomTests::createCompany(path, {schemaOf(entity)});
        open(entity);
    }

    void open(const Entity &entity, const QString &version = QStringLiteral("1.0"))
    {
        records.reset();
        company.reset();
        entities = Registry<Entity>();
        REQUIRE(entities.add(QStringLiteral("qs"), entity));
        CompanyFile::Status status;
        company = CompanyFile::open(BackroomTests::companyLocation(path), {schemaOf(entity, version)}, &status);
        INFO(status.message.toStdString());
        REQUIRE(company);
        records = std::make_unique<Records>(company->database(), entities, QStringLiteral("lihua"));
    }

    Database &db() { return company->database(); }

    qint64 add(const QString &name, const QVariantMap &more = {})
    {
        QVariantMap values = more;
        values.insert(QStringLiteral("name"), name);
        const auto result = records->create(QStringLiteral("qs.contact"), values);
        INFO(result.message.toStdString());
        REQUIRE(result.ok());
        return result.id;
    }

    QStringList find(const QString &text, bool includeArchived = false)
    {
        QuerySpec spec;
        spec.search = text;
        spec.includeArchived = includeArchived;
        spec.sort = {{QStringLiteral("name"), Qt::AscendingOrder}};
        spec.limit = 100000;
        QString error;
        const QList<Record> rows = records->select(QStringLiteral("qs.contact"), spec, &error);
        INFO(text.toStdString() << " -> " << error.toStdString());
        REQUIRE(error.isEmpty());
        QStringList names;
        for (const Record &row : rows)
            names.append(row.values.value(QStringLiteral("name")).toString());
        const auto count = records->count(QStringLiteral("qs.contact"), spec, &error);
        REQUIRE(count);
        CHECK(*count == names.size());
        return names;
    }

    QString plan(const QString &sql, const QVariantList &values)
    {
        QSqlQuery query(db().connection());
        REQUIRE(query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
        for (const QVariant &value : values)
            query.addBindValue(value);
        REQUIRE(query.exec());
        QStringList lines;
        while (query.next())
            lines.append(query.value(3).toString());
        return lines.join(QLatin1Char('\n'));
    }
};

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

TEST_CASE("Quick search finds Latin and Chinese words of one, two and more characters", "[quicksearch][backends]")
{
    Fixture f;
    f.add(QStringLiteral("张伟"));
    f.add(QStringLiteral("王张伟明"), {{QStringLiteral("code"), QStringLiteral("C-007")}});
    f.add(QStringLiteral("李四"), {{QStringLiteral("notes"), QStringLiteral("老客户\n常来")}});
    f.add(QStringLiteral("Hello World"));
    f.add(QStringLiteral("Acme Trading"), {{QStringLiteral("code"), QStringLiteral("ACM")}});
    f.add(QStringLiteral("华为技术有限公司"));
    f.add(QStringLiteral("ab"), {{QStringLiteral("code"), QStringLiteral("cd")}});

    CHECK(f.find(QStringLiteral("张")) == QStringList{QStringLiteral("张伟"), QStringLiteral("王张伟明")});
    CHECK(f.find(QStringLiteral("张伟")) == QStringList{QStringLiteral("张伟"), QStringLiteral("王张伟明")});
    CHECK(f.find(QStringLiteral("伟")) == QStringList{QStringLiteral("张伟"), QStringLiteral("王张伟明")});
    CHECK(f.find(QStringLiteral("伟明")) == QStringList{QStringLiteral("王张伟明")});
    CHECK(f.find(QStringLiteral("明")) == QStringList{QStringLiteral("王张伟明")});
    CHECK(f.find(QStringLiteral("张伟明")) == QStringList{QStringLiteral("王张伟明")});
    CHECK(f.find(QStringLiteral("技术有限")) == QStringList{QStringLiteral("华为技术有限公司")});
    CHECK(f.find(QStringLiteral("常来")) == QStringList{QStringLiteral("李四")}); // long text, second line
    CHECK(f.find(QStringLiteral("四")) == QStringList{QStringLiteral("李四")});
    CHECK(f.find(QStringLiteral("赵")).isEmpty());
    CHECK(f.find(QStringLiteral("赵六")).isEmpty());
    // Latin: any case, anywhere in the word, in any searchable field.
    CHECK(f.find(QStringLiteral("HELLO")) == QStringList{QStringLiteral("Hello World")});
    CHECK(f.find(QStringLiteral("orl")) == QStringList{QStringLiteral("Hello World")});
    CHECK(f.find(QStringLiteral("wO")) == QStringList{QStringLiteral("Hello World")});
    CHECK(f.find(QStringLiteral("acm")) == QStringList{QStringLiteral("Acme Trading")});
    CHECK(f.find(QStringLiteral("c-0")) == QStringList{QStringLiteral("王张伟明")});
    CHECK(f.find(QStringLiteral("007")) == QStringList{QStringLiteral("王张伟明")});
    CHECK(f.find(QStringLiteral("h")) == QStringList{QStringLiteral("Hello World")});
    CHECK(sorted(f.find(QStringLiteral("a"))) == QStringList{QStringLiteral("Acme Trading"), QStringLiteral("ab")});
    // Every word must match, each anywhere.
    CHECK(f.find(QStringLiteral("world hel")) == QStringList{QStringLiteral("Hello World")});
    CHECK(f.find(QStringLiteral("  张   明 ")) == QStringList{QStringLiteral("王张伟明")});
    CHECK(f.find(QStringLiteral("acme 007")).isEmpty());
    CHECK(f.find(QStringLiteral("trading acm")) == QStringList{QStringLiteral("Acme Trading")});
    // A word never spans two fields.
    CHECK(f.find(QStringLiteral("abcd")).isEmpty());
    CHECK(f.find(QStringLiteral("bc")).isEmpty());
    CHECK(f.find(QStringLiteral("cd")) == QStringList{QStringLiteral("ab")});
}

TEST_CASE("Quick search takes FTS syntax and quotes as plain text", "[quicksearch][backends]")
{
    Fixture f;
    f.add(QStringLiteral("Say \"hi\" AND-OR *star* NEAR(x) 100%_ o'brien"));
    f.add(QStringLiteral("plain"));
    const QStringList hit{QStringLiteral("Say \"hi\" AND-OR *star* NEAR(x) 100%_ o'brien")};
    for (const char *text : {"\"", "\"hi\"", "*", "*star*", "AND", "AND-OR", "-", "NEAR(", "NEAR(x)", "%", "100%",
                             "%_", "_", "o'brien", "'", "(", ")", "\"hi", "hi\""})
        CHECK(f.find(QString::fromUtf8(text)) == hit);
    for (const char *text : {"OR", "NOT", "\"\"", "**", "NEAR", "^", ":", "name:plain", "{name}", "+", "\\", "a\"\"b",
                             "NEAR(plain", "\"plain", "%%", "__"}) {
        INFO(text);
        const QStringList found = f.find(QString::fromUtf8(text));
        CHECK_FALSE(found.contains(QStringLiteral("plain")));
    }
    CHECK(f.find(QStringLiteral("plain")) == QStringList{QStringLiteral("plain")});
    // Control characters (the index's field separator among them) are dropped.
    CHECK(f.find(QStringLiteral("pl\x1f\x1f" "ain")) == QStringList{QStringLiteral("plain")});
    CHECK(QuickSearch::ftsString(QStringLiteral("a\"b")) == QStringLiteral("\"a\"\"b\""));
    CHECK(QuickSearch::terms(QStringLiteral(" a  b\tA ")) == QStringList{QStringLiteral("a"), QStringLiteral("b")});
}

TEST_CASE("Quick search goes through the backend's index and follows a change of searchable fields",
          "[quicksearch][backends]")
{
    Fixture f;
    f.add(QStringLiteral("王张伟明"), {{QStringLiteral("phone"), QStringLiteral("13800138000")}});
    f.add(QStringLiteral("Acme Trading"), {{QStringLiteral("phone"), QStringLiteral("021-555")}});
    const Entity *entity = f.records->entity(QStringLiteral("qs.contact"));
    REQUIRE(entity);
    QuickSearch search(f.db());
    QString sql;
    QVariantList values;
    REQUIRE(search.appendCondition(*entity, QStringLiteral("张伟 明"), &sql, &values));
    if (BackroomTests::onPostgres()) {
        CHECK(search.lastMethod() == QuickSearch::Method::GramIndex);
        // Told not to scan, the server must be able to answer from the index
        // of pieces: the query repeats the indexed expression exactly.
        REQUIRE(f.db().exec(QStringLiteral("SET enable_seqscan = off")));
        // EXPLAIN cannot be prepared: the test's own words go in as literals.
        QString literal = sql;
        for (const QVariant &value : values) {
            REQUIRE_FALSE(value.toString().contains(QLatin1Char('\'')));
            literal.replace(literal.indexOf(QLatin1Char('?')), 1, QLatin1Char('\'') + value.toString() + QLatin1Char('\''));
        }
        QSqlQuery explain(f.db().connection());
        REQUIRE(explain.exec(QStringLiteral("EXPLAIN SELECT id FROM qs_contact WHERE ") + literal));
        QStringList plan;
        while (explain.next())
            plan.append(explain.value(0).toString());
        explain.finish();
        INFO(plan.join(QLatin1Char('\n')).toStdString());
        CHECK(plan.join(QLatin1Char('\n')).contains(EntitySchema::searchIndexName(*entity)));
        REQUIRE(f.db().exec(QStringLiteral("RESET enable_seqscan")));
        CHECK(f.db().scalar(QStringLiteral("SELECT backroom_search_keys('AbCdE')::text"))->toString()
              == QStringLiteral("{abc,bcd,cde}"));
        CHECK(f.db().scalar(QStringLiteral("SELECT backroom_search_keys('张伟')::text"))->toString()
              == QStringLiteral("{张伟}"));
    } else {
        CHECK(search.lastMethod() == QuickSearch::Method::Index);
    }
    CHECK(f.find(QStringLiteral("伟 trad")).isEmpty());
    CHECK(f.find(QStringLiteral("138")).isEmpty()); // the phone is not searchable yet

    const QString before = EntitySchema::searchIndexName(*entity);
    f.open(contactEntity(true), QStringLiteral("1.1"));
    CHECK(f.find(QStringLiteral("138")) == QStringList{QStringLiteral("王张伟明")});
    CHECK(f.find(QStringLiteral("5")) == QStringList{QStringLiteral("Acme Trading")});
    CHECK(f.find(QStringLiteral("伟")) == QStringList{QStringLiteral("王张伟明")});
    if (BackroomTests::onPostgres()) {
        const QString after = EntitySchema::searchIndexName(*f.records->entity(QStringLiteral("qs.contact")));
        CHECK(after != before);
        CHECK(f.db().scalar(f.db().dialect().indexExistsQuery(), {after}));
        CHECK_FALSE(f.db().scalar(f.db().dialect().indexExistsQuery(), {before}));
    }
}

TEST_CASE("Common words are searched with LIKE and give the same rows as the index", "[quicksearch]")
{
    Fixture f;
    {
        // Enough rows that "common" is common: straight into the table, the
        // triggers index them.
        Database &db = f.db();
        REQUIRE(db.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QSqlQuery insert(db.connection());
        insert.prepare(QStringLiteral("INSERT INTO qs_contact (created_at, created_by, updated_at, updated_by, name, code) "
                                      "VALUES ('2026-01-01', 't', '2026-01-01', 't', ?, ?)"));
        const QString surnames = QStringLiteral("王李张刘陈杨黄赵吴周");
        const QString given = QStringLiteral("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂");
        for (int i = 0; i < QuickSearch::CommonMatches + 1000; ++i) {
            insert.addBindValue(QString(surnames.at(i % surnames.size())) + given.at((i / 10) % given.size())
                                + given.at((i / 7) % given.size()) + QStringLiteral(" Trading %1").arg(i));
            insert.addBindValue(QStringLiteral("T%1").arg(i, 5, 10, QLatin1Char('0')));
            REQUIRE(insert.exec());
        }
        REQUIRE(db.exec(QStringLiteral("COMMIT")));
    }
    const Entity &entity = *f.records->entity(QStringLiteral("qs.contact"));
    auto method = [&](const QString &text) {
        QuickSearch search(f.db());
        QString sql;
        QVariantList values;
        REQUIRE(search.appendCondition(entity, text, &sql, &values));
        return search.lastMethod();
    };
    auto likeCount = [&](const QString &word) {
        return f.db().scalar(QStringLiteral("SELECT count(*) FROM qs_contact WHERE name LIKE ? OR code LIKE ? "
                                            "OR notes LIKE ?"),
                             {QStringLiteral("%") + word + QStringLiteral("%"), QStringLiteral("%") + word + QStringLiteral("%"),
                              QStringLiteral("%") + word + QStringLiteral("%")})
            ->toLongLong();
    };
    CHECK(method(QStringLiteral("trading")) == QuickSearch::Method::Like);
    CHECK(method(QStringLiteral("王")) == QuickSearch::Method::Like);       // starts many trigrams
    CHECK(method(QStringLiteral("Trading 123")) == QuickSearch::Method::Index);
    CHECK(method(QStringLiteral("T00042")) == QuickSearch::Method::Index);
    CHECK(method(QStringLiteral("王 T00040")) == QuickSearch::Method::IndexAndLike);
    CHECK(method(QStringLiteral("翟鹏")) == QuickSearch::Method::NoMatch);
    for (const QString &word : {QStringLiteral("trading"), QStringLiteral("王"), QStringLiteral("王伟"),
                                QStringLiteral("伟明"), QStringLiteral("张伟明"), QStringLiteral("123"),
                                QStringLiteral("T001"), QStringLiteral("g 4")}) {
        INFO(word.toStdString());
        const QStringList found = f.find(word);
        if (!word.contains(QLatin1Char(' ')))
            CHECK(found.size() == likeCount(word));
    }
    CHECK(f.find(QStringLiteral("王 T00040")) == QStringList{QStringLiteral("王英敏 Trading 40")});
}

TEST_CASE("Updates, deletes and archiving keep the search index in step", "[quicksearch]")
{
    Fixture f;
    const qint64 id = f.add(QStringLiteral("上海申通物流"), {{QStringLiteral("code"), QStringLiteral("SH-01")}});
    f.add(QStringLiteral("北京京东"));
    CHECK(f.find(QStringLiteral("申通")) == QStringList{QStringLiteral("上海申通物流")});

    auto current = [&] { return f.records->read(QStringLiteral("qs.contact"), id)->version; };
    REQUIRE(f.records->update(QStringLiteral("qs.contact"), id, current(), {{QStringLiteral("name"), QStringLiteral("杭州顺丰速运")}}).ok());
    CHECK(f.find(QStringLiteral("申通")).isEmpty());
    CHECK(f.find(QStringLiteral("上海")).isEmpty());
    CHECK(f.find(QStringLiteral("顺丰")) == QStringList{QStringLiteral("杭州顺丰速运")});
    CHECK(f.find(QStringLiteral("sh-01")) == QStringList{QStringLiteral("杭州顺丰速运")}); // other fields stay

    // A change to a field that is not searched leaves the index alone.
    REQUIRE(f.records->update(QStringLiteral("qs.contact"), id, current(), {{QStringLiteral("balance"), 12345}}).ok());
    CHECK(f.find(QStringLiteral("顺丰")) == QStringList{QStringLiteral("杭州顺丰速运")});
    REQUIRE(f.records->update(QStringLiteral("qs.contact"), id, current(), {{QStringLiteral("code"), QVariant()}}).ok());
    CHECK(f.find(QStringLiteral("sh")).isEmpty());

    REQUIRE(f.records->setArchived(QStringLiteral("qs.contact"), id, current(), true).ok());
    CHECK(f.find(QStringLiteral("顺丰")).isEmpty());
    CHECK(f.find(QStringLiteral("顺丰"), true) == QStringList{QStringLiteral("杭州顺丰速运")});
    REQUIRE(f.records->setArchived(QStringLiteral("qs.contact"), id, current(), false).ok());
    CHECK(f.find(QStringLiteral("顺丰")) == QStringList{QStringLiteral("杭州顺丰速运")});

    REQUIRE(f.records->remove(QStringLiteral("qs.contact"), id, current()).ok());
    CHECK(f.find(QStringLiteral("顺丰"), true).isEmpty());
    CHECK(f.find(QStringLiteral("杭"), true).isEmpty());
    CHECK(f.find(QStringLiteral("京东")) == QStringList{QStringLiteral("北京京东")});
    CHECK(f.db().exec(QStringLiteral("INSERT INTO qs_contact_fts (qs_contact_fts) VALUES ('integrity-check')")));
    // Exactly one document left in the index.
    CHECK(f.db().scalar(QStringLiteral("SELECT count(*) FROM qs_contact_fts WHERE qs_contact_fts MATCH ?"),
                        {QStringLiteral("\"\x1f\x1f\x1f\"")})->toLongLong() == 1);
}

TEST_CASE("An existing company file gets its search index and sort indexes on open", "[quicksearch]")
{
    Fixture f;
    f.add(QStringLiteral("深圳腾讯"), {{QStringLiteral("phone"), QStringLiteral("0755-8601")}});
    f.add(QStringLiteral("杭州阿里"));
    // As a file from before the index: no FTS table, no triggers, no sort index.
    const Entity entity = contactEntity();
    for (const QString &statement : EntitySchema::dropSearchStatements(entity))
        REQUIRE(f.db().exec(statement));
    REQUIRE(f.db().exec(QStringLiteral("DROP INDEX qs_contact_balance_index")));
    REQUIRE_FALSE(f.db().tableExists(QStringLiteral("qs_contact_fts")));
    REQUIRE_FALSE(EntitySchema::pendingStatements(f.db(), {entity}, nullptr).isEmpty());

    f.open(entity);
    CHECK(f.db().tableExists(QStringLiteral("qs_contact_fts")));
    CHECK(f.db().scalar(f.db().dialect().indexExistsQuery(), {QStringLiteral("qs_contact_balance_index")}));
    CHECK(f.find(QStringLiteral("腾讯")) == QStringList{QStringLiteral("深圳腾讯")});
    CHECK(f.find(QStringLiteral("阿")) == QStringList{QStringLiteral("杭州阿里")});
    CHECK(f.find(QStringLiteral("8601")).isEmpty()); // phone is not searchable yet
    CHECK(EntitySchema::pendingStatements(f.db(), {entity}, nullptr).isEmpty());

    // Another set of searchable fields: the index is made again from the rows.
    const Entity wider = contactEntity(true);
    CHECK_FALSE(EntitySchema::pendingStatements(f.db(), {wider}, nullptr).isEmpty());
    f.open(wider, QStringLiteral("1.1"));
    CHECK(f.find(QStringLiteral("8601")) == QStringList{QStringLiteral("深圳腾讯")});
    CHECK(f.find(QStringLiteral("0755-")) == QStringList{QStringLiteral("深圳腾讯")});
    CHECK(f.find(QStringLiteral("腾讯")) == QStringList{QStringLiteral("深圳腾讯")});
    CHECK(EntitySchema::pendingStatements(f.db(), {wider}, nullptr).isEmpty());
    f.add(QStringLiteral("北京百度"), {{QStringLiteral("phone"), QStringLiteral("010-5992")}});
    CHECK(f.find(QStringLiteral("5992")) == QStringList{QStringLiteral("北京百度")});

    // Without searchable fields there is no index to keep.
    Entity none(QStringLiteral("qs.plain"), label("Plain"));
    none.add(Field::money(QStringLiteral("amount"), label("Amount")));
    CHECK(EntitySchema::searchStatements(none, SqlDialect(), true).isEmpty());
    CHECK(EntitySchema::searchStatements(none, SqlDialect(SqlDialect::Kind::Postgres), true).isEmpty());
    // On a server the index is one GIN index over the pieces of the fields.
    const QStringList server = EntitySchema::searchStatements(entity, SqlDialect(SqlDialect::Kind::Postgres), true);
    REQUIRE(server.size() == 3);
    CHECK(server.constLast().startsWith(QStringLiteral("CREATE INDEX IF NOT EXISTS ") + EntitySchema::searchIndexName(entity)));
    CHECK(server.constLast().endsWith(QStringLiteral("USING gin (") + EntitySchema::searchGramsExpression(entity) + QLatin1Char(')')));
}

TEST_CASE("Sorting by a money column walks an index, as the list pages it", "[quicksearch][index]")
{
    Fixture f;
    for (int i = 0; i < 50; ++i)
        f.add(QStringLiteral("客户 %1").arg(i), {{QStringLiteral("balance"), (i * 7919) % 1000}});
    const Entity &entity = *f.records->entity(QStringLiteral("qs.contact"));
    CHECK(EntitySchema::isSortIndexed(*entity.field(QStringLiteral("balance"))));
    CHECK(EntitySchema::isSortIndexed(*entity.field(QStringLiteral("kind"))));
    CHECK(EntitySchema::isSortIndexed(*entity.field(QStringLiteral("since"))));
    CHECK_FALSE(EntitySchema::isSortIndexed(*entity.field(QStringLiteral("notes"))));

    // The statements RecordListModel sends: the first page, then a page after
    // a known key (sort value, id), both directions.
    for (const char *direction : {"ASC", "DESC"}) {
        INFO(direction);
        const QString order = QStringLiteral(" ORDER BY balance %1, id %1 LIMIT 200 OFFSET 0").arg(QLatin1String(direction));
        const QString op = QLatin1String(direction) == QLatin1String("ASC") ? QStringLiteral(">") : QStringLiteral("<");
        const QString first = f.plan(QStringLiteral("SELECT * FROM qs_contact WHERE archived = 0") + order, {});
        INFO(first.toStdString());
        CHECK(first.contains(QStringLiteral("USING INDEX qs_contact_balance_index")));
        CHECK_FALSE(first.contains(QStringLiteral("TEMP B-TREE")));
        const QString next = f.plan(QStringLiteral("SELECT * FROM qs_contact WHERE archived = 0 AND (balance %1= ? AND "
                                                   "(balance %1 ? OR id %1 ?))").arg(op) + order,
                                    {500, 500, 10});
        INFO(next.toStdString());
        CHECK(next.contains(QStringLiteral("USING INDEX qs_contact_balance_index (balance")));
        CHECK_FALSE(next.contains(QStringLiteral("TEMP B-TREE")));
    }

    // A rare search term drives the query from the FTS index.
    QuerySpec spec;
    spec.search = QStringLiteral("客户 42");
    QString where;
    QVariantList values;
    QString error;
    REQUIRE(f.records->whereClause(entity, spec, &where, &values, &error));
    const QString searched = f.plan(QStringLiteral("SELECT * FROM qs_contact WHERE %1 ORDER BY balance, id LIMIT 200").arg(where), values);
    INFO(searched.toStdString());
    CHECK(searched.contains(QStringLiteral("qs_contact_fts VIRTUAL TABLE")));
    CHECK(searched.contains(QStringLiteral("INTEGER PRIMARY KEY")));
}

TEST_CASE("On a server a common word is left to ILIKE and a rarer one asks the index for its rarest piece",
          "[quicksearch][backends]")
{
    Fixture f;
    {
        // A quarter of the names hold "Trading"; every code is its own.
        Database &db = f.db();
        WriteTransaction transaction(db);
        REQUIRE(transaction.isActive());
        QSqlQuery insert(db.connection());
        REQUIRE(insert.prepare(QStringLiteral("INSERT INTO qs_contact (created_at, created_by, updated_at, updated_by, "
                                              "name, code) VALUES ('2026-01-01', 't', '2026-01-01', 't', ?, ?)")));
        for (int i = 0; i < 4000; ++i) {
            insert.addBindValue(i % 4 == 0 ? QStringLiteral("Acme Trading %1").arg(i) : QStringLiteral("客户 %1").arg(i));
            insert.addBindValue(QStringLiteral("C%1").arg(i, 5, 10, QLatin1Char('0')));
            REQUIRE(insert.exec());
        }
        REQUIRE(transaction.commit());
    }
    const Entity &entity = *f.records->entity(QStringLiteral("qs.contact"));
    const auto likeCount = [&](const QString &word) {
        const QString pattern = QStringLiteral("%") + word + QStringLiteral("%");
        return f.db()
            .scalar(QStringLiteral("SELECT count(*) FROM qs_contact WHERE lower(name) LIKE lower(?) OR "
                                   "lower(code) LIKE lower(?)"),
                    {pattern, pattern})
            ->toLongLong();
    };
    for (const QString &word : {QStringLiteral("trading"), QStringLiteral("C00042"), QStringLiteral("客户"),
                                QStringLiteral("12"), QStringLiteral("zzz")}) {
        INFO(word.toStdString());
        CHECK(f.find(word).size() == likeCount(word));
    }
    CHECK(f.find(QStringLiteral("trading C00040")) == QStringList{QStringLiteral("Acme Trading 40")});
    if (!BackroomTests::onPostgres())
        return;
    const auto condition = [&](const QString &text, QVariantList *values) {
        QuickSearch search(f.db());
        QString sql;
        REQUIRE(search.appendCondition(entity, text, &sql, values));
        return std::make_pair(search.lastMethod(), sql);
    };
    QVariantList values;
    // Before ANALYZE there are no figures: every piece goes to the index.
    CHECK(condition(QStringLiteral("trading"), &values).second.contains(QStringLiteral("backroom_search_keys(?)")));
    REQUIRE(f.db().exec(QStringLiteral("ANALYZE qs_contact")));

    values.clear();
    const auto [commonMethod, commonSql] = condition(QStringLiteral("trading"), &values);
    CHECK(commonMethod == QuickSearch::Method::Like);
    CHECK_FALSE(commonSql.contains(EntitySchema::searchGramsExpression(entity)));
    CHECK(values.size() == EntitySchema::searchFields(entity).size());   // one ILIKE per field

    values.clear();
    const auto [rareMethod, rareSql] = condition(QStringLiteral("C00042"), &values);
    CHECK(rareMethod == QuickSearch::Method::GramIndex);
    CHECK(rareSql.contains(EntitySchema::searchGramsExpression(entity) + QStringLiteral(" @> ARRAY[CAST(? AS text)]")));
    REQUIRE_FALSE(values.isEmpty());
    const QString piece = values.constFirst().toString();
    CHECK(piece.size() == 3);
    CHECK(QStringLiteral("c00042").contains(piece));
    // "c00" and "000" are in every code: the rarest piece is one of the others.
    CHECK(piece != QStringLiteral("c00"));
    CHECK(piece != QStringLiteral("000"));

    // A common word beside a rare one: the rare one is looked up, the
    // common one only checked.
    values.clear();
    const auto [mixedMethod, mixedSql] = condition(QStringLiteral("trading C00040"), &values);
    CHECK(mixedMethod == QuickSearch::Method::GramIndex);
    CHECK(mixedSql.count(QStringLiteral("@>")) == 1);
    CHECK(f.find(QStringLiteral("trading C00040")) == QStringList{QStringLiteral("Acme Trading 40")});
}
