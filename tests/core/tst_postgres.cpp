// The shared model layer on a real PostgreSQL server (issue 7): the same
// core tables, declared entities, records service, numbering and audit log
// as on SQLite, through the dialect. The server is the throwaway cluster
// packaging/dev test starts (packaging/test-postgres); BACKROOM_TEST_POSTGRES
// names it and PGPASSWORD holds its password, as libpq expects.
#include "audithook.h"
#include "auditlog.h"
#include "companyfile.h"
#include "coreentities.h"
#include "database.h"
#include "entityschema.h"
#include "passwordhasher.h"
#include "records.h"
#include "roles.h"
#include "sequences.h"
#include "signin.h"
#include "useraccounts.h"
#include "writetransaction.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>

using namespace Backroom;

namespace {

// One private schema per test case on the shared test database, dropped
// afterwards, so cases neither see nor disturb each other.
struct PostgresCompany
{
    std::unique_ptr<Database> db;
    Registry<Entity> entities;
    QString schema;

    PostgresCompany()
    {
        const QString url = qEnvironmentVariable("BACKROOM_TEST_POSTGRES");
        INFO("BACKROOM_TEST_POSTGRES is not set: run the tests with packaging/dev test, which starts a PostgreSQL "
             "server for them (or point it at one: postgresql://user@host:port/database, password in PGPASSWORD)");
        REQUIRE_FALSE(url.isEmpty());
        QString error;
        db = Database::openPostgres(url, &error);
        INFO(error.toStdString());
        REQUIRE(db);
        schema = QStringLiteral("t_%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
        REQUIRE(db->exec(QStringLiteral("CREATE SCHEMA %1").arg(schema), {}, &error));
        REQUIRE(db->exec(QStringLiteral("SET search_path TO %1").arg(schema), {}, &error));
        for (const Entity &entity : CoreEntities::declarations())
            entities.add(QStringLiteral("core"), entity);
        WriteTransaction transaction(*db);
        REQUIRE(transaction.isActive());
        INFO(error.toStdString());
        REQUIRE(CompanyFile::applyCoreSteps(*db, 0, &error));
        const QStringList statements = EntitySchema::pendingStatements(*db, entities.items(), &error);
        REQUIRE(error.isEmpty());
        for (const QString &statement : statements) {
            INFO(statement.toStdString());
            REQUIRE(db->exec(statement, {}, &error));
        }
        REQUIRE(transaction.commit());
    }
    ~PostgresCompany()
    {
        if (db)
            db->exec(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(schema));
    }
};

struct FastHashes
{
    FastHashes() { PasswordHasher::setLimitsForTesting({1, 8 * 1024}); }
    ~FastHashes() { PasswordHasher::setLimitsForTesting({0, 0}); }
};

} // namespace

TEST_CASE("PostgreSQL: the core tables and declared entities are created, money as BIGINT", "[postgres]")
{
    PostgresCompany company;
    CHECK(company.db->tableExists(QStringLiteral("backroom_audit")));
    CHECK(company.db->tableExists(QStringLiteral("core_partner")));
    // Nothing pending after creation: the schema reads back as declared.
    QString error;
    CHECK(EntitySchema::pendingStatements(*company.db, company.entities.items(), &error).isEmpty());
    CHECK(error.isEmpty());
    // Money is integer minor units here too.
    const auto realMoney = company.db->scalar(
        QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema() "
                       "AND data_type IN ('real', 'double precision', 'numeric')"));
    REQUIRE(realMoney);
    CHECK(realMoney->toLongLong() == 0);
}

TEST_CASE("PostgreSQL: records are created, changed, refused on conflict and audited", "[postgres]")
{
    PostgresCompany company;
    Records records(*company.db, company.entities, QStringLiteral("wang"));
    AuditHook audit;
    records.addHook(&audit);
    const QString partner = QStringLiteral("core.partner");
    const auto created = records.create(partner, {{QStringLiteral("code"), QStringLiteral("C100")},
                                                  {QStringLiteral("name"), QStringLiteral("上海华联超市有限公司")},
                                                  {QStringLiteral("kind"), QStringLiteral("customer")}});
    INFO(created.message.toStdString());
    for (const auto &problem : created.fieldErrors)
        INFO(problem.field.toStdString() << ": " << problem.message.toStdString());
    REQUIRE(created.ok());
    const auto read = records.read(partner, created.id);
    REQUIRE(read);
    CHECK(read->values.value(QStringLiteral("name")).toString() == QStringLiteral("上海华联超市有限公司"));
    CHECK(read->version == 1);

    const auto changed = records.update(partner, created.id, 1, {{QStringLiteral("name"), QStringLiteral("华联超市")}});
    REQUIRE(changed.ok());
    CHECK(changed.version == 2);
    // The second clerk's save from version 1 is refused, naming who changed it.
    const auto stale = records.update(partner, created.id, 1, {{QStringLiteral("name"), QStringLiteral("Other")}});
    CHECK(stale.code == Records::Result::Code::Conflict);
    CHECK(stale.message.contains(QStringLiteral("wang")));
    CHECK(records.read(partner, created.id)->values.value(QStringLiteral("name")).toString() == QStringLiteral("华联超市"));

    // Unique values are checked on PostgreSQL as on SQLite.
    const auto duplicate = records.create(partner, {{QStringLiteral("code"), QStringLiteral("C100")},
                                                    {QStringLiteral("name"), QStringLiteral("Copy")},
                                                    {QStringLiteral("kind"), QStringLiteral("customer")}});
    CHECK(duplicate.code == Records::Result::Code::Invalid);

    QuerySpec search;
    search.search = QStringLiteral("华联");
    CHECK(records.select(partner, search).size() == 1);
    CHECK(records.count(partner, {}).value_or(-1) == 1);

    const AuditLog log(*company.db);
    const AuditLog::Verification verified = log.verify();
    INFO(verified.problem.message.toStdString());
    CHECK(verified.ok);
    CHECK(verified.checked == 2); // the create and the update; refusals write nothing
}

TEST_CASE("PostgreSQL: numbers are gap-free and users sign in with the lockout", "[postgres]")
{
    FastHashes fast;
    PostgresCompany company;
    QStringList numbers;
    {
        WriteTransaction transaction(*company.db);
        REQUIRE(transaction.isActive());
        for (int i = 0; i < 3; ++i) {
            QString error;
            const std::optional<QString> number = Sequences::next(*company.db, QStringLiteral("test.voucher"),
                                                                  QStringLiteral("V{YYYY}-{####}"), QDate(2026, 11, 26),
                                                                  &error);
            INFO(error.toStdString());
            REQUIRE(number);
            numbers.append(*number);
        }
        REQUIRE(transaction.commit());
    }
    CHECK(numbers == QStringList{QStringLiteral("V2026-0001"), QStringLiteral("V2026-0002"), QStringLiteral("V2026-0003")});

    QString error;
    REQUIRE(Roles(*company.db).ensureShipped(&error));
    const SignIn::Result first = SignIn::withPassword(*company.db, QStringLiteral("admin"), QStringLiteral("Ledger-2026"));
    REQUIRE(first.ok());
    CHECK(first.createdAdministrator);
    CHECK(first.access->allows(QStringLiteral("administer"), QStringLiteral("security")));
    for (int i = 0; i < UserAccounts::FreeAttempts + 1; ++i)
        CHECK_FALSE(SignIn::withPassword(*company.db, QStringLiteral("admin"), QStringLiteral("wrong-one")).ok());
    const SignIn::Result locked = SignIn::withPassword(*company.db, QStringLiteral("admin"), QStringLiteral("Ledger-2026"));
    CHECK_FALSE(locked.ok());
    CHECK(locked.message.contains(QStringLiteral("Try again")));
    CHECK(AuditLog(*company.db).verify().ok);
}
