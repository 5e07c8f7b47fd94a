#include "companyfile.h"
#include "database.h"
#include "testsupport.h"
#include "writetransaction.h"
#include "schemastep.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtEndian>

using Backroom::CompanyFile;
using Backroom::Database;
using Backroom::ModuleSchema;
using Backroom::SchemaStep;
using namespace BackroomTests;

namespace {
using Error = CompanyFile::Error;

void checkRefusedUnchanged(const QString &path, Error expected, const QString &messagePart)
{
    const QString folder = QFileInfo(path).absolutePath();
    const QByteArray before = fileHash(path);
    const QStringList entriesBefore = folderEntries(folder);
    CompanyFile::Status status;
    auto company = CompanyFile::open(path, {}, &status);
    CHECK_FALSE(company);
    CHECK(status.code == expected);
    INFO(status.message.toStdString());
    CHECK(status.message.contains(messagePart));
    CHECK(fileHash(path) == before);
    CHECK(folderEntries(folder) == entriesBefore);
    // Inspection (backroom-cli info) refuses the same way without writing.
    if (expected != Error::ReadOnly) {
        auto inspected = CompanyFile::openReadOnly(path, &status);
        CHECK_FALSE(inspected);
        CHECK(status.code == expected);
        CHECK(fileHash(path) == before);
        CHECK(folderEntries(folder) == entriesBefore);
    }
}

void patchHeader(const QString &path, int offset, quint32 value)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek(offset));
    const quint32 big = qToBigEndian(value);
    REQUIRE(file.write(reinterpret_cast<const char *>(&big), 4) == 4);
}
} // namespace

TEST_CASE("A new company file is complete, tagged and tuned", "[companyfile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("新公司.backroom"));
    CompanyFile::NewCompany company;
    company.name = QStringLiteral("上海示例贸易有限公司");
    company.language = QStringLiteral("zh_CN");
    CompanyFile::Status status;
    auto file = CompanyFile::create(path, company, {tableSchema(QStringLiteral("finance"), 2)}, {}, &status);
    REQUIRE(file);
    CHECK(status.ok());
    CHECK(file->companyName() == QStringLiteral("上海示例贸易有限公司"));
    CHECK(file->language() == QStringLiteral("zh_CN"));
    CHECK_FALSE(file->isDemo());
    CHECK(file->createdAt().isValid());

    Database &db = file->database();
    CHECK(db.scalar(QStringLiteral("PRAGMA application_id"))->toLongLong() == qint64(CompanyFile::ApplicationId));
    CHECK(db.scalar(QStringLiteral("PRAGMA user_version"))->toInt() == CompanyFile::CoreSchemaVersion);
    CHECK(db.scalar(QStringLiteral("PRAGMA journal_mode"))->toString() == QStringLiteral("wal"));
    CHECK(db.scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt() == 1);
    CHECK(db.scalar(QStringLiteral("PRAGMA synchronous"))->toInt() == 2); // FULL
    CHECK(db.tableExists(QStringLiteral("finance_v1")));
    CHECK(db.tableExists(QStringLiteral("finance_v2")));
    const QMap<QString, int> versions = file->moduleSchemaVersions();
    CHECK(versions.value(QStringLiteral("core")) == CompanyFile::CoreSchemaVersion);
    CHECK(versions.value(QStringLiteral("finance")) == 2);

    // Nothing is left under temporary names.
    CHECK(folderEntries(dir.path()).filter(QStringLiteral("partial")).isEmpty());
    file.reset();
    CHECK(folderEntries(dir.path()) == QStringList{QStringLiteral("新公司.backroom")});

    SECTION("it reopens with the same data")
    {
        auto reopened = CompanyFile::open(path, {tableSchema(QStringLiteral("finance"), 2)}, &status);
        REQUIRE(reopened);
        CHECK(reopened->companyName() == QStringLiteral("上海示例贸易有限公司"));
        CHECK(reopened->absentModules().isEmpty());
    }
    SECTION("creating over it is refused")
    {
        const QByteArray before = fileHash(path);
        auto again = CompanyFile::create(path, company, {}, {}, &status);
        CHECK_FALSE(again);
        CHECK(status.code == Error::AlreadyExists);
        CHECK(fileHash(path) == before);
    }
}

TEST_CASE("A failed creation leaves no file behind", "[companyfile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.backroom"));
    CompanyFile::NewCompany company;
    company.name = QStringLiteral("Broken Co.");
    CompanyFile::Status status;
    auto file = CompanyFile::create(path, company, {tableSchema(QStringLiteral("hr"), 3, 2)}, {}, &status);
    CHECK_FALSE(file);
    CHECK(status.message.contains(QStringLiteral("step 2 fails on purpose")));
    CHECK(folderEntries(dir.path()).isEmpty());

    company.name = QStringLiteral("   ");
    CHECK_FALSE(CompanyFile::create(path, company, {}, {}, &status));
    CHECK(folderEntries(dir.path()).isEmpty());
}

TEST_CASE("Demo data populators run inside the creation transaction", "[companyfile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.backroom"));
    CompanyFile::NewCompany company;
    company.name = QStringLiteral("Demo");
    company.demo = true;
    QList<CompanyFile::DemoPopulator> demo{[](Database &db, const QString &language, QString *error) {
        return db.exec(QStringLiteral("INSERT INTO shop_v1 (id) VALUES (?)"), {language == QStringLiteral("en") ? 7 : 8},
                       error);
    }};
    CompanyFile::Status status;
    auto file = CompanyFile::create(path, company, {tableSchema(QStringLiteral("shop"), 1)}, demo, &status);
    REQUIRE(file);
    CHECK(file->isDemo());
    CHECK(file->database().scalar(QStringLiteral("SELECT id FROM shop_v1"))->toInt() == 7);

    // A failing populator fails the whole creation.
    const QString other = dir.filePath(QStringLiteral("demo2.backroom"));
    demo.append([](Database &, const QString &, QString *error) {
        *error = QStringLiteral("no sample data");
        return false;
    });
    CHECK_FALSE(CompanyFile::create(other, company, {tableSchema(QStringLiteral("shop"), 1)}, demo, &status));
    CHECK(status.message.contains(QStringLiteral("no sample data")));
    CHECK_FALSE(QFile::exists(other));
}

TEST_CASE("Files that are not ours, newer, damaged or read-only are refused unchanged", "[companyfile]")
{
    QTemporaryDir dir;

    SECTION("missing")
    {
        CompanyFile::Status status;
        CHECK_FALSE(CompanyFile::open(dir.filePath(QStringLiteral("nope.backroom")), {}, &status));
        CHECK(status.code == Error::NotFound);
    }
    SECTION("a text file")
    {
        const QString path = dir.filePath(QStringLiteral("notes.backroom"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Minutes of the meeting\n");
        file.close();
        checkRefusedUnchanged(path, Error::NotACompanyFile, QStringLiteral("not a Backroom company file"));
    }
    SECTION("an empty file")
    {
        const QString path = dir.filePath(QStringLiteral("empty.backroom"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.close();
        checkRefusedUnchanged(path, Error::NotACompanyFile, QStringLiteral("not a Backroom company file"));
    }
    SECTION("another program's SQLite database")
    {
        const QString path = dir.filePath(QStringLiteral("other.db"));
        {
            QString error;
            auto db = Database::openSqlite(path, false, &error);
            REQUIRE(db);
            REQUIRE(db->exec(QStringLiteral("CREATE TABLE t (x)")));
        }
        checkRefusedUnchanged(path, Error::NotACompanyFile, QStringLiteral("another program"));
    }
    SECTION("a file from a newer Backroom")
    {
        const QString path = dir.filePath(QStringLiteral("newer.backroom"));
        createCompany(path);
        patchHeader(path, 60, CompanyFile::CoreSchemaVersion + 1);
        checkRefusedUnchanged(path, Error::NewerVersion, QStringLiteral("newer version of Backroom"));
    }
    SECTION("a module's tables from a newer Backroom")
    {
        const QString path = dir.filePath(QStringLiteral("newer-module.backroom"));
        createCompany(path, {tableSchema(QStringLiteral("finance"), 3)});
        const QByteArray before = fileHash(path);
        CompanyFile::Status status;
        CHECK_FALSE(CompanyFile::open(path, {tableSchema(QStringLiteral("finance"), 2)}, &status));
        CHECK(status.code == Error::NewerVersion);
        CHECK(status.message.contains(QStringLiteral("finance")));
        CHECK(fileHash(path) == before);
    }
    SECTION("a damaged file")
    {
        const QString path = dir.filePath(QStringLiteral("damaged.backroom"));
        createCompany(path, {tableSchema(QStringLiteral("finance"), 3)});
        {
            // Overwrite the middle of page 2 (a table's b-tree page).
            QFile file(path);
            REQUIRE(file.open(QIODevice::ReadWrite));
            REQUIRE(file.size() >= 3 * 4096);
            file.seek(4096 + 8);
            file.write(QByteArray(600, '\xA5'));
        }
        checkRefusedUnchanged(path, Error::Corrupt, QStringLiteral("damaged"));
    }
    SECTION("a truncated file")
    {
        const QString path = dir.filePath(QStringLiteral("truncated.backroom"));
        createCompany(path, {tableSchema(QStringLiteral("finance"), 3)});
        QFile::resize(path, 4096 + 1000);
        checkRefusedUnchanged(path, Error::Corrupt, QStringLiteral("damaged"));
    }
    SECTION("a read-only file")
    {
        const QString path = dir.filePath(QStringLiteral("readonly.backroom"));
        createCompany(path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        checkRefusedUnchanged(path, Error::ReadOnly, QStringLiteral("read-only"));
        // It can still be inspected.
        CompanyFile::Status status;
        auto inspected = CompanyFile::openReadOnly(path, &status);
        REQUIRE(inspected);
        CHECK(inspected->companyName() == QStringLiteral("Test Co."));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }
    SECTION("a file in a read-only folder")
    {
        const QString folder = dir.filePath(QStringLiteral("locked-folder"));
        QDir().mkpath(folder);
        const QString path = folder + QStringLiteral("/company.backroom");
        createCompany(path);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup);
        checkRefusedUnchanged(path, Error::ReadOnly, QStringLiteral("read-only"));
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
}

TEST_CASE("Module schemas upgrade all-or-nothing", "[companyfile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("upgrade.backroom"));
    createCompany(path, {tableSchema(QStringLiteral("finance"), 1)});
    CompanyFile::Status status;

    SECTION("new steps and new modules are applied on open")
    {
        auto file = CompanyFile::open(path, {tableSchema(QStringLiteral("finance"), 3), tableSchema(QStringLiteral("hr"), 1)},
                                      &status);
        REQUIRE(file);
        CHECK(file->moduleSchemaVersions().value(QStringLiteral("finance")) == 3);
        CHECK(file->moduleSchemaVersions().value(QStringLiteral("hr")) == 1);
        CHECK(file->database().tableExists(QStringLiteral("finance_v3")));
        CHECK(file->database().tableExists(QStringLiteral("hr_v1")));
    }
    SECTION("a failing step changes nothing at all")
    {
        auto file = CompanyFile::open(path, {tableSchema(QStringLiteral("hr"), 1), tableSchema(QStringLiteral("finance"), 3, 3)},
                                      &status);
        CHECK_FALSE(file);
        CHECK(status.code == Error::UpgradeFailed);
        CHECK(status.message.contains(QStringLiteral("step 3 fails on purpose")));
        auto check = CompanyFile::openReadOnly(path, &status);
        REQUIRE(check);
        CHECK(check->moduleSchemaVersions().value(QStringLiteral("finance")) == 1);
        CHECK_FALSE(check->moduleSchemaVersions().contains(QStringLiteral("hr")));
        CHECK_FALSE(check->database().tableExists(QStringLiteral("finance_v2")));
        CHECK_FALSE(check->database().tableExists(QStringLiteral("hr_v1")));
    }
    SECTION("tables of modules not installed are kept and named")
    {
        auto file = CompanyFile::open(path, {}, &status);
        REQUIRE(file);
        CHECK(file->absentModules() == QStringList{QStringLiteral("finance")});
        CHECK(file->database().tableExists(QStringLiteral("finance_v1")));
    }
}

TEST_CASE("Write transactions take the write lock up front and roll back unless committed", "[companyfile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tx.backroom"));
    createCompany(path, {tableSchema(QStringLiteral("t"), 1)});
    CompanyFile::Status status;
    auto file = CompanyFile::open(path, {tableSchema(QStringLiteral("t"), 1)}, &status);
    REQUIRE(file);
    Database &db = file->database();
    {
        Backroom::WriteTransaction tx(db);
        REQUIRE(tx.isActive());
        REQUIRE(db.exec(QStringLiteral("INSERT INTO t_v1 (id) VALUES (1)")));
        // A second connection cannot start writing meanwhile (BEGIN IMMEDIATE).
        QString error;
        auto other = Database::openSqlite(path, false, &error);
        REQUIRE(other);
        REQUIRE(other->exec(QStringLiteral("PRAGMA busy_timeout = 50")));
        Backroom::WriteTransaction blocked(*other);
        CHECK_FALSE(blocked.isActive());
        CHECK(blocked.errorString().contains(QStringLiteral("locked")));
    } // not committed: rolled back
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM t_v1"))->toInt() == 0);
    {
        Backroom::WriteTransaction tx(db);
        REQUIRE(db.exec(QStringLiteral("INSERT INTO t_v1 (id) VALUES (2)")));
        REQUIRE(tx.commit());
    }
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM t_v1"))->toInt() == 1);
}

TEST_CASE("A backup is a verified, complete copy", "[companyfile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("books.backroom"));
    createCompany(path, {tableSchema(QStringLiteral("t"), 1)}, QStringLiteral("Books Ltd"));
    CompanyFile::Status status;
    auto file = CompanyFile::open(path, {tableSchema(QStringLiteral("t"), 1)}, &status);
    REQUIRE(file);
    REQUIRE(file->database().exec(QStringLiteral("INSERT INTO t_v1 (id) VALUES (42)")));
    const QString target = dir.filePath(QStringLiteral("backup.backroom"));
    const CompanyFile::Status backup = file->backUpTo(target);
    INFO(backup.message.toStdString());
    REQUIRE(backup.ok());
    CHECK_FALSE(QFile::exists(target + QStringLiteral(".partial")));
    auto copy = CompanyFile::openReadOnly(target, &status);
    REQUIRE(copy);
    CHECK(copy->companyName() == QStringLiteral("Books Ltd"));
    CHECK(copy->database().scalar(QStringLiteral("SELECT id FROM t_v1"))->toInt() == 42);

    // A backup into a folder that does not exist fails with a message and
    // leaves nothing behind.
    const CompanyFile::Status failed = file->backUpTo(dir.filePath(QStringLiteral("missing/backup.backroom")));
    CHECK_FALSE(failed.ok());
    CHECK_FALSE(failed.message.isEmpty());
}

TEST_CASE("An older company file gets the core's new tables on open", "[companyfile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.backroom"));
    createCompany(path);
    {
        // Turn it back into a version 1 file: none of the tables of later steps.
        QString error;
        auto db = Database::openSqlite(path, false, &error);
        REQUIRE(db);
        for (const char *table : {"backroom_sequence", "backroom_attachment", "backroom_blob", "backroom_transition",
                                  "backroom_saved_filter", "backroom_import_mapping", "backroom_user_role",
                                  "backroom_role_permission", "backroom_user", "backroom_role", "backroom_audit",
                                  "backroom_audit_pending"})
            REQUIRE(db->exec(QStringLiteral("DROP TABLE %1").arg(QLatin1String(table))));
        REQUIRE(db->exec(QStringLiteral("UPDATE backroom_module_schema SET schema_version = 1 WHERE module = 'core'")));
        REQUIRE(db->exec(QStringLiteral("PRAGMA user_version = 1")));
    }
    CompanyFile::Status status;
    auto file = CompanyFile::open(path, {}, &status);
    INFO(status.message.toStdString());
    REQUIRE(file);
    for (const char *table : {"backroom_sequence", "backroom_attachment", "backroom_blob", "backroom_transition",
                              "backroom_saved_filter", "backroom_import_mapping", "backroom_user", "backroom_role",
                              "backroom_role_permission", "backroom_user_role", "backroom_audit",
                              "backroom_audit_pending"})
        CHECK(file->database().tableExists(QLatin1String(table)));
    CHECK(file->moduleSchemaVersions().value(QStringLiteral("core")) == CompanyFile::CoreSchemaVersion);
    CHECK(file->database().scalar(QStringLiteral("PRAGMA user_version"))->toInt() == CompanyFile::CoreSchemaVersion);
}

TEST_CASE("A step that rebuilds a table keeps the rows that refer to it", "[companyfile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rebuild.backroom"));
    ModuleSchema v1;
    v1.moduleId = QStringLiteral("books");
    v1.moduleVersion = QStringLiteral("1.0");
    SchemaStep create;
    create.moduleId = v1.moduleId;
    create.version = 1;
    create.description = QStringLiteral("accounts and lines");
    create.apply = [](Database &db, QString *error) {
        return db.exec(QStringLiteral("CREATE TABLE books_account (id INTEGER PRIMARY KEY, name TEXT)"), {}, error)
            && db.exec(QStringLiteral("CREATE TABLE books_line (id INTEGER PRIMARY KEY, account INTEGER "
                                      "REFERENCES books_account (id) ON DELETE CASCADE)"), {}, error)
            && db.exec(QStringLiteral("INSERT INTO books_account VALUES (1, 'Cash')"), {}, error)
            && db.exec(QStringLiteral("INSERT INTO books_line VALUES (10, 1)"), {}, error);
    };
    v1.steps = {create};
    createCompany(path, {v1});

    // Version 2 changes the account table the SQLite way: new table, copy,
    // drop the old one, rename. With foreign keys on, the DROP would cascade
    // into books_line.
    ModuleSchema v2 = v1;
    SchemaStep rebuild;
    rebuild.moduleId = v1.moduleId;
    rebuild.version = 2;
    rebuild.description = QStringLiteral("account codes");
    rebuild.apply = [](Database &db, QString *error) {
        return db.exec(QStringLiteral("CREATE TABLE books_account_new (id INTEGER PRIMARY KEY, code TEXT, name TEXT)"), {}, error)
            && db.exec(QStringLiteral("INSERT INTO books_account_new (id, name) SELECT id, name FROM books_account"), {}, error)
            && db.exec(QStringLiteral("DROP TABLE books_account"), {}, error)
            && db.exec(QStringLiteral("ALTER TABLE books_account_new RENAME TO books_account"), {}, error);
    };
    v2.steps.append(rebuild);
    CompanyFile::Status status;
    auto file = CompanyFile::open(path, {v2}, &status);
    INFO(status.message.toStdString());
    REQUIRE(file);
    CHECK(file->database().scalar(QStringLiteral("SELECT count(*) FROM books_line"))->toInt() == 1);
    CHECK(file->database().scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt() == 1);
}

TEST_CASE("Write transactions nest as savepoints", "[companyfile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nest.backroom"));
    createCompany(path, {tableSchema(QStringLiteral("t"), 1)});
    CompanyFile::Status status;
    auto file = CompanyFile::open(path, {tableSchema(QStringLiteral("t"), 1)}, &status);
    REQUIRE(file);
    Database &db = file->database();
    {
        Backroom::WriteTransaction outer(db);
        REQUIRE(db.exec(QStringLiteral("INSERT INTO t_v1 (id) VALUES (1)")));
        {
            Backroom::WriteTransaction inner(db);
            REQUIRE(inner.isActive());
            REQUIRE(db.exec(QStringLiteral("INSERT INTO t_v1 (id) VALUES (2)")));
        } // inner rolled back: only row 2 goes
        {
            Backroom::WriteTransaction inner(db);
            REQUIRE(db.exec(QStringLiteral("INSERT INTO t_v1 (id) VALUES (3)")));
            REQUIRE(inner.commit());
        }
        CHECK(db.transactionDepth() == 1);
        REQUIRE(outer.commit());
    }
    CHECK(db.transactionDepth() == 0);
    CHECK(db.scalar(QStringLiteral("SELECT group_concat(id) FROM (SELECT id FROM t_v1 ORDER BY id)"))->toString()
          == QStringLiteral("1,3"));
}

TEST_CASE("A backup never replaces the open company or one in use", "[companyfile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.backroom"));
    const QString other = dir.filePath(QStringLiteral("other.backroom"));
    createCompany(path);
    createCompany(other, {}, QStringLiteral("Other Co."));
    CompanyFile::Status status;
    auto file = CompanyFile::open(path, {}, &status);
    REQUIRE(file);
    const QByteArray before = fileHash(path);
    CHECK(file->backUpTo(path).code == Error::AlreadyExists);
    CHECK(fileHash(path) == before);

    auto otherOpen = CompanyFile::open(other, {}, &status);
    REQUIRE(otherOpen);
    const CompanyFile::Status refused = file->backUpTo(other);
    CHECK(refused.code == Error::Locked);
    otherOpen.reset();
    // Once nobody uses it, it may be replaced; the result is the live company.
    REQUIRE(file->backUpTo(other).ok());
    CHECK(CompanyFile::openReadOnly(other, &status)->companyName() == QStringLiteral("Test Co."));
}

TEST_CASE("A new company file is readable by its owner only", "[companyfile]")
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("private.backroom"));
    createCompany(path);
    const QFileDevice::Permissions permissions = QFileInfo(path).permissions();
    CHECK(permissions.testFlag(QFileDevice::ReadOwner));
    CHECK(permissions.testFlag(QFileDevice::WriteOwner));
    for (const QFileDevice::Permission other : {QFileDevice::ReadGroup, QFileDevice::WriteGroup, QFileDevice::ReadOther,
                                                 QFileDevice::WriteOther, QFileDevice::ExeOwner})
        CHECK_FALSE(permissions.testFlag(other));
#endif
}

