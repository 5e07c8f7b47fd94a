// The audit log: a hash chain written with every record change, in the
// change's transaction, that names the first entry altered, inserted or
// removed behind the application's back (the real sqlite3 shell).
#include "audithook.h"
#include "auditlog.h"
#include "companyfile.h"
#include "database.h"
#include "entity.h"
#include "records.h"
#include "testsupport.h"
#include "workflow.h"
#include "writetransaction.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>

using namespace Backroom;
using Kind = AuditLog::Problem::Kind;

namespace {

Field::Label label(const char *text)
{
    return [text] { return QString::fromUtf8(text); };
}

Entity employeeEntity()
{
    Workflow flow;
    flow.state(QStringLiteral("draft"), label("Draft"))
        .state(QStringLiteral("active"), label("Active"), false, Workflow::Tone::Success)
        .transition(QStringLiteral("hire"), label("Hire"), {QStringLiteral("draft")}, QStringLiteral("active"),
                    QStringLiteral("approve"));
    Entity employee(QStringLiteral("test.employee"), label("Employee"));
    employee.add(Field::text(QStringLiteral("name"), label("Name")).required())
        .add(Field::text(QStringLiteral("id_number"), label("ID number"), 18).sensitive())
        .add(Field::money(QStringLiteral("salary"), label("Salary")).sensitive())
        .add(Field::money(QStringLiteral("allowance"), label("Allowance")))
        .add(Field::date(QStringLiteral("joined"), label("Joined")))
        .workflow(flow);
    return employee;
}

struct Fixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("audit.backroom"));
    Registry<Entity> entities;
    std::unique_ptr<CompanyFile> company;
    std::unique_ptr<Records> records;
    AuditHook audit;

    Fixture()
    {
        company = BackroomTests::openCompanyWith(path, QStringLiteral("test"), {employeeEntity()}, &entities);
        records = std::make_unique<Records>(company->database(), entities, QStringLiteral("lihua"));
        records->addHook(&audit);
    }

    Database &db() { return company->database(); }

    qint64 hire(const QString &name, qint64 salary = 1234567)
    {
        const auto result = records->create(QStringLiteral("test.employee"),
                                            {{QStringLiteral("name"), name},
                                             {QStringLiteral("id_number"), QStringLiteral("110101199003071234")},
                                             {QStringLiteral("salary"), salary},
                                             {QStringLiteral("allowance"), qint64(50000)},
                                             {QStringLiteral("joined"), QDate(2026, 3, 2)}});
        INFO(result.message.toStdString());
        REQUIRE(result.ok());
        return result.id;
    }

    QList<AuditLog::Entry> entries()
    {
        AuditLog::Filter all;
        all.limit = 1000;
        QList<AuditLog::Entry> newestFirst = AuditLog(db()).query(all);
        std::reverse(newestFirst.begin(), newestFirst.end());
        return newestFirst;
    }

    qint64 count() { return db().scalar(QStringLiteral("SELECT count(*) FROM backroom_audit"))->toLongLong(); }
    qint64 queued() { return db().scalar(QStringLiteral("SELECT count(*) FROM backroom_audit_pending"))->toLongLong(); }
};

// A refusal in after(), like a hook that runs after the audit's.
class RefuseAfter : public RecordHook
{
public:
    bool after(Database &, const Change &, QString *reason) override
    {
        *reason = QStringLiteral("no");
        return false;
    }
};

QString sqlite3()
{
    return QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
}

// Runs SQL through the real sqlite3 shell, as someone tampering would.
void shell(const QString &path, const QString &sql)
{
    QProcess process;
    process.start(sqlite3(), {path, sql});
    REQUIRE(process.waitForFinished(30000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
}

AuditLog::Verification verifyFile(const QString &path)
{
    QString error;
    auto db = Database::openSqlite(path, true, &error);
    INFO(error.toStdString());
    REQUIRE(db);
    return AuditLog(*db).verify();
}

} // namespace

TEST_CASE("Audit entries form a hash chain over their id and content", "[audit][backends]")
{
    // The canonical form is pinned: an outside tool can recompute a hash.
    const QString zeros = AuditLog::genesisHash();
    CHECK(zeros == QString(64, QLatin1Char('0')));
    const QByteArray canonical = "[1,\"2026-01-01T00:00:00.000Z\",\"lihua\",\"create\",\"test.employee\",7,"
                                 "\"{\\\"fields\\\":{}}\",\"" + zeros.toLatin1() + "\"]";
    CHECK(AuditLog::hashOf(1, QStringLiteral("2026-01-01T00:00:00.000Z"), QStringLiteral("lihua"),
                           QStringLiteral("create"), QStringLiteral("test.employee"), 7,
                           QStringLiteral("{\"fields\":{}}"), zeros)
          == QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex()));
    CHECK(AuditLog::detailText(QJsonObject{{QStringLiteral("b"), 1}, {QStringLiteral("a"), QStringLiteral("x")}})
          == QStringLiteral("{\"a\":\"x\",\"b\":1}"));

    Fixture f;
    AuditLog log(f.db());
    CHECK(log.verify().ok);
    CHECK(log.head().id == 0);
    CHECK(log.head().hash == zeros);

    AuditLog::Entry login;
    login.user = QStringLiteral("lihua");
    login.action = QString::fromLatin1(AuditLog::Action::Login);
    QString error;
    const AuditLog::Entry first = log.append(login, &error); // no transaction open: its own
    INFO(error.toStdString());
    REQUIRE(first.id == 1);
    CHECK(first.prevHash == zeros);
    CHECK(first.at.timeSpec() == Qt::UTC);
    CHECK(first.hash == AuditLog::hashOf(1, AuditLog::atText(first.at), QStringLiteral("lihua"), QStringLiteral("login"),
                                         QString(), 0, QStringLiteral("{}"), zeros));
    const qint64 id = f.hire(QStringLiteral("Wang Fang"));
    const QList<AuditLog::Entry> entries = f.entries();
    REQUIRE(entries.size() == 2);
    CHECK(entries.at(1).id == 2);
    CHECK(entries.at(1).prevHash == first.hash);
    CHECK(entries.at(1).recordId == id);
    CHECK(QDateTime::fromString(f.db().scalar(QStringLiteral("SELECT at FROM backroom_audit WHERE id = 2"))->toString(),
                                Qt::ISODateWithMs).isValid());

    const AuditLog::Verification verified = log.verify();
    CHECK(verified.ok);
    CHECK(verified.checked == 2);
    CHECK(verified.head.id == 2);
    CHECK(verified.head.hash == entries.at(1).hash);
    CHECK(verified.recordedHead.id == 2);
    CHECK(verified.recordedHead.hash == verified.head.hash);
}

TEST_CASE("Every record action writes its audit entry with before and after", "[audit][backends]")
{
    Fixture f;
    const qint64 id = f.hire(QStringLiteral("Wang Fang"));
    auto result = f.records->update(QStringLiteral("test.employee"), id, 1,
                                    {{QStringLiteral("name"), QStringLiteral("Wang Fang (HR)")},
                                     {QStringLiteral("allowance"), qint64(60050)},
                                     {QStringLiteral("joined"), QDate(2026, 3, 2)}}); // unchanged: not logged
    REQUIRE(result.ok());
    result = f.records->transition(QStringLiteral("test.employee"), id, 2, QStringLiteral("hire"), QStringLiteral("ok'd"));
    REQUIRE(result.ok());
    REQUIRE(f.records->setArchived(QStringLiteral("test.employee"), id, 3, true).ok());
    REQUIRE(f.records->setArchived(QStringLiteral("test.employee"), id, 4, false).ok());
    const qint64 second = f.hire(QStringLiteral("Li Na"));
    REQUIRE(f.records->remove(QStringLiteral("test.employee"), second, 1).ok());

    const QList<AuditLog::Entry> entries = f.entries();
    REQUIRE(entries.size() == 7);
    QStringList actions;
    for (const AuditLog::Entry &entry : entries) {
        actions.append(entry.action);
        CHECK(entry.user == QStringLiteral("lihua"));
        CHECK(entry.entity == QStringLiteral("test.employee"));
    }
    CHECK(actions == QStringList{QStringLiteral("create"), QStringLiteral("update"), QStringLiteral("transition"),
                                 QStringLiteral("archive"), QStringLiteral("restore"), QStringLiteral("create"),
                                 QStringLiteral("delete")});
    CHECK(entries.at(0).recordId == id);
    CHECK(entries.at(6).recordId == second);

    const QJsonObject created = entries.at(0).detail.value(QStringLiteral("fields")).toObject();
    CHECK(created.value(QStringLiteral("name")).toString() == QStringLiteral("Wang Fang"));
    CHECK(created.value(QStringLiteral("allowance")).toInteger() == 50000); // minor units
    CHECK(created.value(QStringLiteral("joined")).toString() == QStringLiteral("2026-03-02"));
    CHECK(created.value(QStringLiteral("salary")).toString() == QStringLiteral("***"));

    CHECK(entries.at(1).detailText
          == QStringLiteral("{\"fields\":{\"allowance\":{\"after\":60050,\"before\":50000},"
                            "\"name\":{\"after\":\"Wang Fang (HR)\",\"before\":\"Wang Fang\"}}}"));
    CHECK(entries.at(2).detail
          == QJsonObject{{QStringLiteral("transition"), QStringLiteral("hire")},
                         {QStringLiteral("from"), QStringLiteral("draft")},
                         {QStringLiteral("to"), QStringLiteral("active")},
                         {QStringLiteral("permission"), QStringLiteral("approve")},
                         {QStringLiteral("comment"), QStringLiteral("ok'd")}});
    CHECK(entries.at(3).detailText == QStringLiteral("{}"));
    // A deleted record's values stay in the log.
    CHECK(entries.at(6).detail.value(QStringLiteral("fields")).toObject().value(QStringLiteral("name")).toString()
          == QStringLiteral("Li Na"));

    AuditLog::Filter filter;
    filter.action = QStringLiteral("create");
    CHECK(AuditLog(f.db()).query(filter).size() == 2);
    filter = {};
    filter.recordId = second;
    filter.entity = QStringLiteral("test.employee");
    CHECK(AuditLog(f.db()).query(filter).size() == 2);
    filter.user = QStringLiteral("someone else");
    CHECK(AuditLog(f.db()).query(filter).isEmpty());
    filter = {};
    filter.from = entries.at(0).at;
    filter.to = entries.at(6).at.addSecs(1);
    filter.limit = 3;
    filter.offset = 1;
    const QList<AuditLog::Entry> page = AuditLog(f.db()).query(filter);
    REQUIRE(page.size() == 3);
    CHECK(page.at(0).id == 6); // newest first
    filter.from = entries.at(6).at.addSecs(1);
    filter.to = {};
    CHECK(AuditLog(f.db()).query(filter).isEmpty());
    CHECK(AuditLog(f.db()).verify().ok);
}

TEST_CASE("A rolled-back write leaves no audit entry", "[audit][backends]")
{
    Fixture f;
    {
        WriteTransaction outer(f.db());
        f.hire(QStringLiteral("Wang Fang"));
        // Written in the same transaction (a server's queued, to be chained
        // after the commit)...
        CHECK(f.count() + f.queued() == 1);
    } // ...and rolled back with it
    CHECK(f.count() + f.queued() == 0);

    RefuseAfter refuse;
    f.records->addHook(&refuse);
    const auto refused = f.records->create(QStringLiteral("test.employee"), {{QStringLiteral("name"), QStringLiteral("X")}});
    CHECK(refused.code == Records::Result::Code::Refused);
    CHECK(f.count() == 0);
    CHECK(f.db().scalar(QStringLiteral("SELECT count(*) FROM test_employee"))->toLongLong() == 0);
    CHECK(AuditLog(f.db()).recordedHead().hash.isEmpty());
    CHECK(AuditLog(f.db()).verify().ok);
}

TEST_CASE("Sensitive values never enter the audit log in clear", "[audit][backends]")
{
    Fixture f;
    const qint64 id = f.hire(QStringLiteral("Wang Fang"), 1234567);
    REQUIRE(f.records->update(QStringLiteral("test.employee"), id, 1,
                              {{QStringLiteral("salary"), qint64(7654321)},
                               {QStringLiteral("id_number"), QStringLiteral("310101198801019876")}})
                .ok());
    REQUIRE(f.records->remove(QStringLiteral("test.employee"), id, 2).ok());

    QSqlQuery rows(f.db().connection());
    REQUIRE(rows.exec(QStringLiteral("SELECT * FROM backroom_audit")));
    int seen = 0;
    while (rows.next()) {
        // detail is where values go; the other columns are names, times and hashes.
        const QString detail = rows.value(QStringLiteral("detail")).toString();
        for (const char *secret : {"1234567", "12345.67", "7654321", "76543.21", "110101199003071234",
                                   "310101198801019876", "1234", "9876"})
            CHECK_FALSE(detail.contains(QLatin1String(secret)));
        ++seen;
    }
    CHECK(seen == 3);
    const QJsonObject changed = f.entries().at(1).detail.value(QStringLiteral("fields")).toObject();
    // That they changed is recorded, not what they were.
    CHECK(changed.keys() == QStringList{QStringLiteral("id_number"), QStringLiteral("salary")});
    CHECK(changed.value(QStringLiteral("salary")).toObject()
          == QJsonObject{{QStringLiteral("before"), QStringLiteral("***")}, {QStringLiteral("after"), QStringLiteral("***")}});
}

TEST_CASE("The application's connection cannot update or delete audit entries", "[audit][backends]")
{
    Fixture f;
    f.hire(QStringLiteral("Wang Fang"));
    QString error;
    CHECK_FALSE(f.db().exec(QStringLiteral("UPDATE backroom_audit SET user_name = ?"), {QStringLiteral("nobody")}, &error));
    CHECK(error.contains(QLatin1String("append-only")));
    error.clear();
    CHECK_FALSE(f.db().exec(QStringLiteral("DELETE FROM backroom_audit"), {}, &error));
    CHECK(error.contains(QLatin1String("append-only")));
    CHECK(f.count() == 1);
    CHECK(AuditLog(f.db()).verify().ok);
}

TEST_CASE("Tampering through the sqlite3 shell is detected and the entry named", "[audit]")
{
    if (sqlite3().isEmpty()) {
        WARN("the sqlite3 shell is not installed; skipped");
        return;
    }
    QTemporaryDir dir;
    // Five entries, then the file closed, as someone with the file and the
    // shell would find it.
    QString pristine;
    QList<AuditLog::Entry> entries;
    {
        Fixture f;
        for (const char *name : {"Wang Fang", "Li Na", "Zhang Wei"})
            f.hire(QString::fromUtf8(name));
        REQUIRE(f.records->update(QStringLiteral("test.employee"), 1, 1, {{QStringLiteral("name"), QStringLiteral("W")}}).ok());
        REQUIRE(f.records->remove(QStringLiteral("test.employee"), 2, 1).ok());
        entries = f.entries();
        REQUIRE(entries.size() == 5);
        f.records.reset();
        f.company.reset();
        pristine = dir.filePath(QStringLiteral("pristine.backroom"));
        REQUIRE(QFile::copy(f.path, pristine));
    }
    CHECK(verifyFile(pristine).ok);
    const QString dropTriggers = QStringLiteral("DROP TRIGGER backroom_audit_no_update; "
                                                "DROP TRIGGER backroom_audit_no_delete; ");
    int copies = 0;
    auto tampered = [&](const QString &sql) {
        const QString path = dir.filePath(QStringLiteral("copy%1.backroom").arg(++copies));
        REQUIRE(QFile::copy(pristine, path));
        shell(path, dropTriggers + sql);
        return verifyFile(path);
    };

    SECTION("a changed detail names its entry as altered")
    {
        const auto result = tampered(QStringLiteral("UPDATE backroom_audit SET detail = '{\"fields\":{}}' WHERE id = 3;"));
        CHECK_FALSE(result.ok);
        CHECK(result.problem.kind == Kind::Altered);
        CHECK(result.problem.entryId == 3);
        CHECK(result.problem.user == QStringLiteral("lihua"));
        CHECK(result.problem.action == QStringLiteral("create"));
        CHECK(result.problem.message.startsWith(QStringLiteral("Audit entry 3 (")));
        CHECK(result.checked == 5);
    }
    SECTION("a removed entry is named by the entry after the gap")
    {
        const auto result = tampered(QStringLiteral("DELETE FROM backroom_audit WHERE id = 2;"));
        CHECK(result.problem.kind == Kind::Removed);
        CHECK(result.problem.entryId == 3);
        CHECK(result.problem.message.contains(QStringLiteral("jumps from entry 1")));
    }
    SECTION("an entry replaced with a recomputed hash breaks the link to the next")
    {
        const AuditLog::Entry &third = entries.at(2);
        const QString at = AuditLog::atText(third.at);
        const QString hash = AuditLog::hashOf(3, at, QStringLiteral("lihua"), QStringLiteral("create"),
                                              QStringLiteral("test.employee"), third.recordId, QStringLiteral("{}"),
                                              third.prevHash);
        const auto result = tampered(QStringLiteral("DELETE FROM backroom_audit WHERE id = 3; "
                                                    "INSERT INTO backroom_audit VALUES (3, '%1', 'lihua', 'create', "
                                                    "'test.employee', %2, '{}', '%3', '%4');")
                                         .arg(at).arg(third.recordId).arg(third.prevHash, hash));
        CHECK(result.problem.kind == Kind::Inserted);
        CHECK(result.problem.entryId == 4);
        CHECK(result.problem.message.contains(QStringLiteral("does not follow entry 3")));
    }
    SECTION("a forged entry with a made-up hash is named as altered")
    {
        const auto result = tampered(QStringLiteral("INSERT INTO backroom_audit VALUES (6, '2026-01-01T00:00:00.000Z', "
                                                    "'boss', 'delete', 'test.employee', 1, '{}', '%1', '%2');")
                                         .arg(entries.at(4).hash, QString(64, QLatin1Char('a'))));
        CHECK(result.problem.kind == Kind::Altered);
        CHECK(result.problem.entryId == 6);
        CHECK(result.problem.user == QStringLiteral("boss"));
    }
    SECTION("a well-forged entry after the last is named against the recorded head")
    {
        const QString at = QStringLiteral("2026-01-01T00:00:00.000Z");
        const QString hash = AuditLog::hashOf(6, at, QStringLiteral("boss"), QStringLiteral("delete"),
                                              QStringLiteral("test.employee"), 1, QStringLiteral("{}"), entries.at(4).hash);
        const auto result = tampered(QStringLiteral("INSERT INTO backroom_audit VALUES (6, '%1', 'boss', 'delete', "
                                                    "'test.employee', 1, '{}', '%2', '%3');")
                                         .arg(at, entries.at(4).hash, hash));
        CHECK(result.problem.kind == Kind::Appended);
        CHECK(result.problem.entryId == 6);
        CHECK(result.problem.action == QStringLiteral("delete"));
        CHECK(result.head.id == 6);
        CHECK(result.recordedHead.id == 5);
    }
    SECTION("truncating the newest entry is named against the recorded head")
    {
        const auto result = tampered(QStringLiteral("DELETE FROM backroom_audit WHERE id = 5;"));
        CHECK(result.problem.kind == Kind::Truncated);
        CHECK(result.problem.entryId == 5);
        CHECK(result.checked == 4);
        CHECK(result.problem.message.startsWith(QStringLiteral("Audit entry 5, the newest, was removed")));
    }
    SECTION("removing the recorded head is reported")
    {
        const auto result = tampered(QStringLiteral("DELETE FROM backroom_meta WHERE key = 'audit_head';"));
        CHECK(result.problem.kind == Kind::HeadMissing);
    }
}

TEST_CASE("On a server entries queue in the clerk's transaction and are chained right after its commit",
          "[audit][backends]")
{
    Fixture f;
    const bool server = f.db().dialect().kind() == SqlDialect::Kind::Postgres;
    AuditLog log(f.db());
    const auto pending = [&] { return f.queued(); };
    AuditLog::Entry print;
    print.user = QStringLiteral("lihua");
    print.action = QString::fromLatin1(AuditLog::Action::Print);
    print.entity = QStringLiteral("test.employee");
    print.recordId = 7;
    print.detail = {{QStringLiteral("copies"), 2}};

    QString error;
    {
        // A clerk alone chains the entry in the transaction, on both.
        WriteTransaction transaction(f.db());
        REQUIRE(transaction.isActive());
        const AuditLog::Entry written = log.append(print, &error);
        INFO(error.toStdString());
        CHECK(written.id == 1);
        CHECK_FALSE(written.hash.isEmpty());
        CHECK(pending() == 0);
        CHECK(f.count() == 1);
        REQUIRE(transaction.commit());
    }
    CHECK(pending() == 0);
    REQUIRE(f.count() == 1);
    const AuditLog::Entry sealed = f.entries().constFirst();
    CHECK(sealed.id == 1);
    CHECK(sealed.action == QStringLiteral("print"));
    CHECK(sealed.recordId == 7);
    CHECK(sealed.detailText == QStringLiteral("{\"copies\":2}"));
    CHECK(sealed.prevHash == AuditLog::genesisHash());
    AuditLog::Verification verified = log.verify();
    CHECK(verified.ok);
    CHECK(verified.pending == 0);
    CHECK(verified.recordedHead.id == 1);

    // A rolled-back transaction queues nothing and seals nothing.
    {
        WriteTransaction transaction(f.db());
        REQUIRE(log.append(print, &error).id != 0);
    }
    CHECK(pending() == 0);
    CHECK(f.count() == 1);

    // Two clerks at once, which only a server allows (SQLite's second writer
    // waits at BEGIN). The first holds the chain's lock to its commit; the
    // second does not wait for it: its entry is queued, commits with its
    // transaction, and the first seals it right after its own commit.
    if (!server)
        return;
    Database &first = f.db();
    std::unique_ptr<Database> second = Database::reopen(first.connectionInfo(), false, &error);
    REQUIRE(second);
    {
        WriteTransaction one(first);
        REQUIRE(one.isActive());
        print.recordId = 8;
        REQUIRE_FALSE(log.append(print, &error).hash.isEmpty());
        {
            WriteTransaction two(*second);
            REQUIRE(two.isActive());
            AuditLog::Entry other = print;
            other.user = QStringLiteral("zhangwei");
            other.recordId = 9;
            const AuditLog::Entry queued = AuditLog(*second).append(other, &error);
            INFO(error.toStdString());
            CHECK(queued.id != 0);
            CHECK(queued.hash.isEmpty());
            REQUIRE(two.commit());
        }
        // Committed, waiting for the lock's holder.
        CHECK(AuditLog(*second).pendingCount() == 1);
        REQUIRE(one.commit());
    }
    CHECK(pending() == 0);
    const QList<AuditLog::Entry> all = f.entries();
    REQUIRE(all.size() == 3);
    CHECK(all.at(1).recordId == 8);
    CHECK(all.at(2).recordId == 9);
    CHECK(all.at(2).user == QStringLiteral("zhangwei"));
    verified = log.verify();
    INFO(verified.problem.message.toStdString());
    CHECK(verified.ok);
    CHECK(verified.head.id == 3);

    // A queued entry whose holder had nothing to write after it is sealed by
    // the next commit of anyone.
    REQUIRE(f.db().exec(QStringLiteral("INSERT INTO backroom_audit_pending (at, user_name, action, entity, "
                                       "record_id, detail) VALUES (?, 'lihua', 'print', 'test.employee', 10, '{}')"),
                        {AuditLog::atText(QDateTime::currentDateTimeUtc())}));
    CHECK(pending() == 1);
    f.hire(QStringLiteral("Li Na"));
    CHECK(pending() == 0);
    CHECK(f.count() == 5);
    CHECK(log.verify().ok);
}

TEST_CASE("Entries left queued by a program that stopped are named by verify and chained at the next open",
          "[audit][backends]")
{
    Fixture f;
    f.hire(QStringLiteral("Wang Fang"));
    const QDateTime longAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const QDateTime justNow = QDateTime::currentDateTimeUtc().addSecs(-2);
    // What a crash between a commit and its seal leaves behind.
    for (const QDateTime &at : {longAgo, justNow})
        REQUIRE(f.db().exec(QStringLiteral("INSERT INTO backroom_audit_pending (at, user_name, action, entity, "
                                           "record_id, detail) VALUES (?, 'lihua', 'print', 'test.employee', 1, "
                                           "'{\"copies\":1}')"),
                            {AuditLog::atText(at)}));
    AuditLog::Verification verified = AuditLog(f.db()).verify();
    CHECK_FALSE(verified.ok);
    CHECK(verified.pending == 2);
    CHECK(verified.problem.kind == Kind::Unsealed);
    CHECK(verified.problem.message.contains(QStringLiteral("2 audit entry(s)")));
    CHECK(verified.problem.message.contains(QStringLiteral("verify --repair")));
    CHECK(AuditLog::problemKindName(verified.problem.kind) == QStringLiteral("unsealed"));

    // Only minutes-old ones are a problem: sealing follows each commit.
    REQUIRE(f.db().exec(QStringLiteral("DELETE FROM backroom_audit_pending WHERE at < ?"),
                        {AuditLog::atText(justNow.addSecs(-60))}));
    verified = AuditLog(f.db()).verify();
    CHECK(verified.ok);
    CHECK(verified.pending == 1);
    REQUIRE(f.db().exec(QStringLiteral("INSERT INTO backroom_audit_pending (at, user_name, action, entity, record_id, "
                                       "detail) VALUES (?, 'lihua', 'print', 'test.employee', 1, '{}')"),
                        {AuditLog::atText(longAgo)}));

    f.records.reset();
    f.company.reset();
    ModuleSchema schema;
    schema.moduleId = QStringLiteral("test");
    schema.moduleVersion = QStringLiteral("1.0");
    schema.entities = {employeeEntity()};
    CompanyFile::Status status;
    f.company = CompanyFile::open(BackroomTests::companyLocation(f.path), {schema}, &status);
    INFO(status.message.toStdString());
    REQUIRE(f.company);
    CHECK(f.db().scalar(QStringLiteral("SELECT count(*) FROM backroom_audit_pending"))->toLongLong() == 0);
    verified = AuditLog(f.db()).verify();
    INFO(verified.problem.message.toStdString());
    CHECK(verified.ok);
    CHECK(verified.checked == 3);
    const QList<AuditLog::Entry> entries = f.entries();
    REQUIRE(entries.size() == 3);
    // Chained in the order they were queued, each keeping its own time.
    CHECK(entries.at(1).at == QDateTime::fromString(AuditLog::atText(justNow), Qt::ISODateWithMs));
    CHECK(entries.at(1).detailText == QStringLiteral("{\"copies\":1}"));
    CHECK(entries.at(2).at == QDateTime::fromString(AuditLog::atText(longAgo), Qt::ISODateWithMs));
}
