// The shared model layer on a real PostgreSQL server (issue 7): the same
// core tables, declared entities, records service, numbering and audit log
// as on SQLite, through the dialect. The server is the throwaway cluster
// packaging/dev test starts (packaging/test-postgres); BACKROOM_TEST_POSTGRES
// names it and PGPASSWORD holds its password, as libpq expects.
#include "audithook.h"
#include "auditlog.h"
#include "companycopier.h"
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
#include <QThread>
#include <QTemporaryDir>

#include <limits>

#include "testsupport.h"

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

namespace {

Field::Label testLabel(const char *text)
{
    return [text] { return QString::fromUtf8(text); };
}

// Every kind of value a module stores, with the awkward ones: negative and
// extreme money, no date, Chinese text, a timestamp with milliseconds.
Entity ledgerEntity()
{
    Entity ledger(QStringLiteral("test.ledger"), testLabel("Ledger line"));
    ledger.add(Field::text(QStringLiteral("summary"), testLabel("Summary")).required())
        .add(Field::money(QStringLiteral("amount"), testLabel("Amount")))
        .add(Field::quantity(QStringLiteral("units"), testLabel("Units"), 3))
        .add(Field::date(QStringLiteral("booked_on"), testLabel("Booked on")))
        .add(Field::dateTime(QStringLiteral("seen_at"), testLabel("Seen at")))
        .add(Field::boolean(QStringLiteral("cleared"), testLabel("Cleared")));
    return ledger;
}

QList<QVariantMap> ledgerRows(CompanyFile &company, const Registry<Entity> &entities)
{
    Records records(company.database(), entities, QStringLiteral("reader"));
    QuerySpec all;
    all.limit = 1000;
    QList<QVariantMap> rows;
    for (const Record &record : records.select(QStringLiteral("test.ledger"), all)) {
        QVariantMap row = record.values;
        row.insert(QStringLiteral("id"), record.id);
        row.insert(QStringLiteral("version"), record.version);
        row.insert(QStringLiteral("created_at"), record.system.value(QStringLiteral("created_at")));
        rows.append(row);
    }
    return rows;
}

} // namespace

TEST_CASE("PostgreSQL: a company moves from a file to the server and back, value for value", "[postgres][migrate]")
{
    QTemporaryDir dir;
    Registry<Entity> entities;
    ModuleSchema schema{QStringLiteral("test"), QStringLiteral("1.0"), {}, {ledgerEntity()}};
    auto company = BackroomTests::openCompanyWith(dir.filePath(QStringLiteral("source.backroom")), QStringLiteral("test"),
                                                  {ledgerEntity()}, &entities);
    {
        Records records(company->database(), entities, QStringLiteral("zhao"));
        AuditHook audit;
        records.addHook(&audit);
        const QList<QVariantMap> lines{
            {{QStringLiteral("summary"), QStringLiteral("提现")}, {QStringLiteral("amount"), qint64(-1234567)},
             {QStringLiteral("units"), qint64(-2500)}, {QStringLiteral("booked_on"), QDate(2026, 2, 28)},
             {QStringLiteral("seen_at"), QDateTime(QDate(2026, 3, 1), QTime(8, 30, 15, 123), Qt::UTC)},
             {QStringLiteral("cleared"), true}},
            {{QStringLiteral("summary"), QStringLiteral("Opening balance")},
             {QStringLiteral("amount"), std::numeric_limits<qint64>::max()}, {QStringLiteral("cleared"), false}},
            {{QStringLiteral("summary"), QStringLiteral("Smallest")},
             {QStringLiteral("amount"), std::numeric_limits<qint64>::min() + 1}},
        };
        for (const QVariantMap &line : lines) {
            const auto created = records.create(QStringLiteral("test.ledger"), line);
            INFO(created.message.toStdString());
            REQUIRE(created.ok());
        }
        // A changed record keeps its version through the move.
        REQUIRE(records.update(QStringLiteral("test.ledger"), 1, 1, {{QStringLiteral("summary"), QStringLiteral("提现 (ATM)")}}).ok());
    }
    const QList<QVariantMap> original = ledgerRows(*company, entities);
    REQUIRE(original.size() == 3);
    CHECK(original.at(0).value(QStringLiteral("amount")).toLongLong() == -1234567);
    const qint64 auditEntries = AuditLog(company->database()).verify().checked;
    REQUIRE(auditEntries == 4);

    const QString server = BackroomTests::freshServerCompany(QStringLiteral("m"));
    CompanyCopier toServer(*company, {schema});
    const CompanyCopier::Result up = toServer.copyTo(server);
    INFO(up.message.toStdString() << " " << up.problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(up.ok);
    CHECK(up.auditEntries == auditEntries);
    {
        CompanyFile::Status status;
        auto onServer = CompanyFile::open(server, {schema}, &status);
        INFO(status.message.toStdString());
        REQUIRE(onServer);
        CHECK(onServer->companyName() == company->companyName());
        CHECK(onServer->meta(QStringLiteral("company_id")) == company->meta(QStringLiteral("company_id")));
        CHECK(ledgerRows(*onServer, entities) == original);
        // The server's ids continue after the copied ones.
        Records records(onServer->database(), entities, QStringLiteral("zhao"));
        const auto next = records.create(QStringLiteral("test.ledger"), {{QStringLiteral("summary"), QStringLiteral("Next")}});
        REQUIRE(next.ok());
        CHECK(next.id == 4);
    }

    // And back into a file: the same values again.
    const QString back = dir.filePath(QStringLiteral("back.backroom"));
    {
        CompanyFile::Status status;
        auto onServer = CompanyFile::open(server, {schema}, &status);
        REQUIRE(onServer);
        const CompanyCopier::Result down = CompanyCopier(*onServer, {schema}).copyTo(back);
        INFO(down.message.toStdString() << " " << down.problems.join(QLatin1Char('\n')).toStdString());
        REQUIRE(down.ok);
    }
    CompanyFile::Status status;
    auto returned = CompanyFile::open(back, {schema}, &status);
    INFO(status.message.toStdString());
    REQUIRE(returned);
    QList<QVariantMap> again = ledgerRows(*returned, entities);
    REQUIRE(again.size() == 4);
    again.removeLast(); // the one made on the server
    CHECK(again == original);
    CHECK(AuditLog(returned->database()).verify().ok);
    CHECK(returned->quickCheck() == QStringLiteral("ok"));

    SECTION("nothing is overwritten")
    {
        const QByteArray before = BackroomTests::fileHash(back);
        const CompanyCopier::Result onFile = CompanyCopier(*company, {schema}).copyTo(back);
        CHECK_FALSE(onFile.ok);
        CHECK(onFile.message.contains(QStringLiteral("already exists")));
        CHECK(BackroomTests::fileHash(back) == before);
        const CompanyCopier::Result onServer = CompanyCopier(*company, {schema}).copyTo(server);
        CHECK_FALSE(onServer.ok);
        CHECK(onServer.message.contains(QStringLiteral("already holds tables")));
    }
    SECTION("a copy that does not prove out is not kept")
    {
        // An audit entry altered behind the application's back: the copy's
        // chain check fails, so neither a file nor server tables remain.
        REQUIRE(company->database().exec(QStringLiteral("DROP TRIGGER backroom_audit_no_update")));
        REQUIRE(company->database().exec(QStringLiteral("UPDATE backroom_audit SET user_name = 'nobody' WHERE id = 2")));
        const QStringList filesBefore = BackroomTests::folderEntries(dir.path());
        const CompanyCopier::Result toFile = CompanyCopier(*company, {schema}).copyTo(dir.filePath(QStringLiteral("bad.backroom")));
        CHECK_FALSE(toFile.ok);
        CHECK(toFile.problems.join(QLatin1Char(' ')).contains(QStringLiteral("Audit")));
        CHECK(BackroomTests::folderEntries(dir.path()) == filesBefore);
        const QString other = BackroomTests::freshServerCompany(QStringLiteral("m"));
        const CompanyCopier::Result toOther = CompanyCopier(*company, {schema}).copyTo(other);
        CHECK_FALSE(toOther.ok);
        CompanyFile::Status missing;
        CHECK_FALSE(CompanyFile::open(other, {schema}, &missing));
        CHECK(missing.code == CompanyFile::Error::NotFound);
    }
}

TEST_CASE("PostgreSQL: a connection the server dropped is connected again for the next read and write",
          "[postgres]")
{
    PostgresCompany company;
    QString error;
    // The clerk's own connection, opened as a company is: its schema in the
    // address, so a new connection finds the same tables.
    const std::unique_ptr<Database> clerk = Database::openPostgres(
        Database::withPostgresSchema(qEnvironmentVariable("BACKROOM_TEST_POSTGRES"), company.schema), &error);
    INFO(error.toStdString());
    REQUIRE(clerk);
    Records records(*clerk, company.entities, QStringLiteral("lihua"));
    const Records::Result created = records.create(
        QStringLiteral("core.partner"), {{QStringLiteral("code"), QStringLiteral("P1")}, {QStringLiteral("name"), QStringLiteral("甲公司")}});
    REQUIRE(created.ok());
    CHECK_FALSE(clerk->connectionLost());

    const auto dropClerk = [&] {
        const auto pid = clerk->scalar(QStringLiteral("SELECT pg_backend_pid()"));
        REQUIRE(pid);
        REQUIRE(company.db->scalar(QStringLiteral("SELECT pg_terminate_backend(?)"), {pid->toLongLong()}));
        // The server ends it a moment later.
        for (int i = 0; i < 50 && !clerk->connectionLost(); ++i)
            QThread::msleep(20);
        REQUIRE(clerk->connectionLost());
    };

    dropClerk();
    QuerySpec spec;
    const QList<Record> rows = records.select(QStringLiteral("core.partner"), spec, &error);
    INFO(error.toStdString());
    REQUIRE(rows.size() == 1);
    CHECK(rows.constFirst().values.value(QStringLiteral("name")).toString() == QStringLiteral("甲公司"));
    CHECK_FALSE(clerk->connectionLost());
    // The session is set up as before: the company's schema, not public.
    CHECK(clerk->scalar(QStringLiteral("SELECT current_schema()"))->toString() == company.schema);

    dropClerk();
    const std::optional<Record> opened = records.read(QStringLiteral("core.partner"), created.id);
    REQUIRE(opened);
    CHECK(opened->values.value(QStringLiteral("code")).toString() == QStringLiteral("P1"));

    // A count (the list's status line) and a display name (a reference
    // shown in a form) read again too, as does any plain read outside a
    // transaction.
    dropClerk();
    const std::optional<qint64> counted = records.count(QStringLiteral("core.partner"), spec, &error);
    INFO(error.toStdString());
    REQUIRE(counted);
    CHECK(*counted == 1);
    dropClerk();
    CHECK(records.displayName(QStringLiteral("core.partner"), created.id) == QStringLiteral("甲公司"));

    dropClerk();
    const Records::Result second = records.create(
        QStringLiteral("core.partner"), {{QStringLiteral("code"), QStringLiteral("P2")}, {QStringLiteral("name"), QStringLiteral("乙公司")}});
    INFO(second.message.toStdString());
    CHECK(second.ok());
    CHECK(company.db->scalar(QStringLiteral("SELECT count(*) FROM core_partner"))->toLongLong() == 2);

    // Inside a transaction nothing is connected again behind its back.
    {
        WriteTransaction transaction(*clerk);
        REQUIRE(transaction.isActive());
        CHECK_FALSE(clerk->reconnect());
    }
    // A file has no server to lose.
    QTemporaryDir dir;
    const std::unique_ptr<Database> file = Database::openSqlite(dir.filePath(QStringLiteral("a.backroom")), false, &error);
    REQUIRE(file);
    CHECK_FALSE(file->connectionLost());
    CHECK_FALSE(file->reconnect());
}

TEST_CASE("PostgreSQL: a lock tried in a transaction is asked for once and let go with its savepoint", "[postgres]")
{
    PostgresCompany company;
    QString error;
    const QString url = Database::withPostgresSchema(qEnvironmentVariable("BACKROOM_TEST_POSTGRES"), company.schema);
    const std::unique_ptr<Database> mine = Database::openPostgres(url, &error);
    const std::unique_ptr<Database> theirs = Database::openPostgres(url, &error);
    INFO(error.toStdString());
    REQUIRE(mine);
    REQUIRE(theirs);
    const QString chain = QStringLiteral("chain");

    {
        WriteTransaction myTransaction(*mine);
        WriteTransaction theirTransaction(*theirs);
        REQUIRE(mine->trySerialize(chain) == true);
        CHECK(theirs->trySerialize(chain) == false);
        // Held: asked again (or waited for), it is there without a statement.
        CHECK(mine->trySerialize(chain) == true);
        CHECK(mine->serialize(chain));
        REQUIRE(myTransaction.commit());
        // Free now, but the other transaction chose not to wait: it is not asked again.
        CHECK(theirs->trySerialize(chain) == false);
        REQUIRE(theirTransaction.commit());
    }
    {
        WriteTransaction theirTransaction(*theirs);
        CHECK(theirs->trySerialize(chain) == true);
        theirTransaction.rollback();
    }

    // Taken inside a savepoint that rolls back: released with it, and forgotten.
    {
        WriteTransaction myTransaction(*mine);
        {
            WriteTransaction savepoint(*mine);
            REQUIRE(mine->trySerialize(chain) == true);
            savepoint.rollback();
        }
        WriteTransaction theirTransaction(*theirs);
        CHECK(theirs->trySerialize(chain) == true);
        CHECK(mine->trySerialize(chain) == false);
    }

    // Taken inside a savepoint that is released: the transaction keeps it,
    // through a later savepoint's rollback.
    {
        WriteTransaction myTransaction(*mine);
        {
            WriteTransaction savepoint(*mine);
            REQUIRE(mine->trySerialize(chain) == true);
            REQUIRE(savepoint.commit());
        }
        {
            WriteTransaction savepoint(*mine);
            savepoint.rollback();
        }
        WriteTransaction theirTransaction(*theirs);
        CHECK(theirs->trySerialize(chain) == false);
        CHECK(mine->trySerialize(chain) == true);
        CHECK(mine->scalar(QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = "
                                          "pg_backend_pid()"))
                  ->toLongLong()
              == 1);
    }
}
