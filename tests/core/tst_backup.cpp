// Backup and restore (issue 8): the backup file format and its refusals, the
// restore drill on a company with the demo data of every module (back up,
// restore, verify, compare every table row by row), newer schemas refused,
// older ones upgraded, an existing company replaced only when asked and then
// kept aside, cancelling, and the automatic backups' generations.
#include "auditlog.h"
#include "automaticbackups.h"
#include "backuparchive.h"
#include "backupreader.h"
#include "companybackup.h"
#include "companyfile.h"
#include "database.h"
#include "passwordhasher.h"
#include "suite.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtEndian>

#include <zlib.h>

using namespace Backroom;
using namespace BackroomTests;

namespace {

struct FastHashes
{
    FastHashes() { PasswordHasher::setLimitsForTesting({1, 8 * 1024}); }
    ~FastHashes() { PasswordHasher::setLimitsForTesting({0, 0}); }
};

std::unique_ptr<CompanyFile> openOrFail(const QString &path, const QList<ModuleSchema> &modules = {})
{
    CompanyFile::Status status;
    auto company = CompanyFile::open(path, modules, &status);
    INFO(status.message.toStdString());
    REQUIRE(company);
    return company;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

// A backup whose description is edited (and its checksum made to match), as a
// newer Backroom would write it.
QByteArray withDescription(const QByteArray &backup, const std::function<void(QJsonObject &)> &edit)
{
    const quint32 length = qFromBigEndian<quint32>(backup.constData() + 12);
    QJsonObject json = QJsonDocument::fromJson(backup.mid(BackupArchive::HeaderSize, length)).object();
    edit(json);
    const QByteArray description = QJsonDocument(json).toJson(QJsonDocument::Compact);
    QByteArray header = backup.left(BackupArchive::HeaderSize);
    qToBigEndian<quint32>(quint32(description.size()), header.data() + 12);
    qToBigEndian<quint32>(quint32(::crc32(0, reinterpret_cast<const Bytef *>(description.constData()),
                                          uInt(description.size()))),
                          header.data() + 16);
    return header + description + backup.mid(BackupArchive::HeaderSize + length);
}

// Every row of a table, each as its values in column-name order, the rows
// in the order of all columns: comparable between two companies.
QStringList tableRows(Database &db, const QString &table)
{
    QSqlQuery columnsQuery(db.connection());
    columnsQuery.prepare(db.dialect().columnsQuery());
    columnsQuery.addBindValue(table);
    REQUIRE(columnsQuery.exec());
    QStringList columns;
    while (columnsQuery.next())
        columns.append(columnsQuery.value(0).toString());
    columnsQuery.finish();
    std::sort(columns.begin(), columns.end());
    REQUIRE_FALSE(columns.isEmpty());
    QSqlQuery rows(db.connection());
    rows.setForwardOnly(true);
    INFO(table.toStdString());
    REQUIRE(rows.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %1").arg(columns.join(QStringLiteral(", ")), table)));
    QStringList result;
    while (rows.next()) {
        QStringList values;
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant value = rows.value(i);
            values.append(value.isNull() ? QStringLiteral("<null>")
                          : value.typeId() == QMetaType::QByteArray
                              ? QString::fromLatin1(QCryptographicHash::hash(value.toByteArray(), QCryptographicHash::Sha256).toHex())
                              : value.toString());
        }
        result.append(columns.join(QLatin1Char(',')) + QLatin1Char('=') + values.join(QChar(0x1f)));
    }
    rows.finish();
    return result;
}

// The tables that hold data (full-text indexes are rebuilt from them).
QStringList dataTables(Database &db)
{
    QStringList tables = db.tables().value_or(QStringList());
    if (db.dialect().kind() == SqlDialect::Kind::Sqlite) {
        QSqlQuery virtualTables(db.connection());
        REQUIRE(virtualTables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE "
                                                  "'CREATE VIRTUAL TABLE%'")));
        while (virtualTables.next()) {
            const QString index = virtualTables.value(0).toString();
            tables.erase(std::remove_if(tables.begin(), tables.end(),
                                        [&](const QString &table) {
                                            return table == index || table.startsWith(index + QLatin1Char('_'));
                                        }),
                         tables.end());
        }
    }
    std::sort(tables.begin(), tables.end());
    return tables;
}

// What `backroom-cli verify` checks, in process: integrity, references, the
// audit chain and every module's verifier.
QStringList verifyProblems(CompanyFile &company, const Suite &suite)
{
    QStringList problems;
    const QString check = company.quickCheck();
    if (check != QLatin1String("ok"))
        problems.append(check);
    if (!company.isOnServer()) {
        const auto broken = company.database().scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"));
        if (!broken || broken->toLongLong() != 0)
            problems.append(QStringLiteral("foreign keys"));
    }
    const AuditLog::Verification audit = AuditLog(company.database()).verify();
    if (!audit.ok)
        problems.append(audit.problem.message);
    for (const VerifierContribution &verifier : suite.registries().verifiers.items())
        for (const QString &problem : verifier.check(company.database()))
            problems.append(verifier.label + QStringLiteral(": ") + problem);
    return problems;
}

struct SmallCompany
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("shop.backroom"));
    QString backup = dir.filePath(QStringLiteral("shop.bkbackup"));
    QList<ModuleSchema> modules{tableSchema(QStringLiteral("extra"), 1)};

    SmallCompany()
    {
        createCompany(path, modules, QStringLiteral("小店"));
        auto company = openOrFail(path, modules);
        const CompanyBackup::Result made = CompanyBackup(modules).backUp(*company, backup, QStringLiteral("wang"));
        INFO(made.message.toStdString());
        REQUIRE(made.ok);
    }
};

} // namespace

TEST_CASE("A backup names its company and versions, and reads back byte for byte", "[backup]")
{
    SmallCompany small;
    const QByteArray bytes = readAll(small.backup);
    CHECK(bytes.startsWith("BKRMBKUP"));
    CHECK(QFileInfo(small.backup).size() > 0);
    CHECK(folderEntries(small.dir.path()) == QStringList({QStringLiteral("shop.backroom"), QStringLiteral("shop.bkbackup")}));

    BackupReader reader(small.backup);
    REQUIRE(reader.readMetadata().ok());
    const BackupArchive::Metadata &metadata = reader.metadata();
    CHECK(metadata.companyName == QStringLiteral("小店"));
    CHECK(metadata.sourceKind == QStringLiteral("sqlite"));
    CHECK(metadata.schemaVersions.value(QStringLiteral("core")) == CompanyFile::CoreSchemaVersion);
    CHECK(metadata.schemaVersions.value(QStringLiteral("extra")) == 1);
    CHECK(metadata.databaseSize % 512 == 0);
    CHECK(metadata.createdAt.secsTo(QDateTime::currentDateTimeUtc()) < 600);
    // Compressed: well under the database's size.
    CHECK(bytes.size() < metadata.databaseSize / 2);

    const QString unpacked = small.dir.filePath(QStringLiteral("unpacked.db"));
    const BackupReader::Status extracted = reader.extractTo(unpacked);
    INFO(extracted.message.toStdString());
    REQUIRE(extracted.ok());
    CHECK(QFileInfo(unpacked).size() == metadata.databaseSize);
    CHECK(fileHash(unpacked) == metadata.databaseSha256.toHex());

    // The backup was recorded in the company's log before the snapshot, so
    // the backup holds the record of its own making.
    auto company = openOrFail(small.path, small.modules);
    AuditLog::Filter filter;
    filter.action = QString::fromLatin1(AuditLog::Action::Backup);
    const QList<AuditLog::Entry> entries = AuditLog(company->database()).query(filter);
    REQUIRE(entries.size() == 1);
    CHECK(entries.constFirst().user == QStringLiteral("wang"));
    CHECK(entries.constFirst().detail.value(QStringLiteral("target")).toString()
          == QDir::toNativeSeparators(QFileInfo(small.backup).absoluteFilePath()));
    auto snapshot = Database::openSqlite(unpacked, true, nullptr);
    REQUIRE(snapshot);
    CHECK(snapshot->scalar(QStringLiteral("SELECT count(*) FROM backroom_audit WHERE action = 'backup'"))->toInt() == 1);
}

TEST_CASE("Damaged, cut and foreign backups are refused with their reason, and nothing is written", "[backup]")
{
    SmallCompany small;
    const QByteArray good = readAll(small.backup);
    const quint32 descriptionLength = qFromBigEndian<quint32>(good.constData() + 12);
    const qsizetype dataStart = BackupArchive::HeaderSize + descriptionLength;
    const QString target = small.dir.filePath(QStringLiteral("restored.backroom"));

    struct Case
    {
        const char *name;
        QByteArray bytes;
        BackupArchive::Error error;
        const char *message;
    };
    QByteArray flippedData = good;
    flippedData[dataStart + (good.size() - dataStart) / 2] ^= 0x10;
    QByteArray flippedDescription = good;
    flippedDescription[BackupArchive::HeaderSize + 5] ^= 0x01;
    QByteArray flippedMagic = good;
    flippedMagic[2] ^= 0x20;
    QByteArray newerFormat = good;
    qToBigEndian<quint16>(2, newerFormat.data() + 8);
    QByteArray hugeDescription = good;
    qToBigEndian<quint32>(0x7fffffff, hugeDescription.data() + 12);
    const QList<Case> cases{
        {"cut in the data", good.left(dataStart + (good.size() - dataStart) / 2), BackupArchive::Error::Truncated,
         "cut short"},
        {"cut in the description", good.left(BackupArchive::HeaderSize + 10), BackupArchive::Error::Truncated, "cut short"},
        {"cut in the header", good.left(12), BackupArchive::Error::Truncated, "cut short"},
        {"empty", QByteArray(), BackupArchive::Error::NotABackup, "not a Backroom backup"},
        {"a flipped bit in the data", flippedData, BackupArchive::Error::Damaged, "damaged"},
        {"a flipped bit in the description", flippedDescription, BackupArchive::Error::Damaged,
         "does not match its checksum"},
        {"a flipped bit in the magic", flippedMagic, BackupArchive::Error::NotABackup, "not a Backroom backup"},
        {"a newer format", newerFormat, BackupArchive::Error::NewerFormat, "backup format 2"},
        {"an impossible description length", hugeDescription, BackupArchive::Error::Damaged, "header is wrong"},
        {"data after the end", good + QByteArray("more"), BackupArchive::Error::Damaged, "unexpected data after its end"},
        {"a company file instead of a backup", readAll(small.path), BackupArchive::Error::NotABackup,
         "not a Backroom backup"},
        {"a wrong size in the description",
         withDescription(good,
                         [](QJsonObject &json) {
                             json.insert(QStringLiteral("database_size"),
                                         QString::number(json.value(QStringLiteral("database_size")).toString().toLongLong() + 512));
                         }),
         BackupArchive::Error::Damaged, "holds less data than its description says"},
        {"a wrong checksum in the description",
         withDescription(good,
                         [](QJsonObject &json) {
                             json.insert(QStringLiteral("database_sha256"), QString(64, QLatin1Char('0')));
                         }),
         BackupArchive::Error::Damaged, "does not match its checksum"},
        {"schema versions that are not the database's",
         withDescription(good,
                         [](QJsonObject &json) {
                             QJsonObject schemas = json.value(QStringLiteral("schema_versions")).toObject();
                             schemas.insert(QStringLiteral("extra"), 0);
                             json.insert(QStringLiteral("schema_versions"), schemas);
                         }),
         BackupArchive::Error::Damaged, "schema versions are not those its description names"},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        const QString path = small.dir.filePath(QStringLiteral("bad.bkbackup"));
        writeAll(path, c.bytes);
        const QStringList before = folderEntries(small.dir.path());
        const CompanyBackup::Result result = CompanyBackup(small.modules).restore(path, target, {});
        INFO(result.message.toStdString());
        CHECK_FALSE(result.ok);
        CHECK(result.message.contains(QString::fromUtf8(c.message)));
        CHECK(result.message.contains(QStringLiteral("bad.bkbackup")));
        CHECK_FALSE(QFileInfo::exists(target));
        CHECK(folderEntries(small.dir.path()) == before);
        BackupReader reader(path);
        BackupReader::Status status = reader.readMetadata();
        if (status.ok())
            status = reader.extractTo(small.dir.filePath(QStringLiteral("x.db")));
        CHECK(status.code == c.error);
        CHECK_FALSE(QFileInfo::exists(small.dir.filePath(QStringLiteral("x.db"))));
    }
}

TEST_CASE("A backup from a newer schema is refused; an older one is upgraded as it is restored", "[backup]")
{
    SmallCompany small;
    const QString target = small.dir.filePath(QStringLiteral("restored.backroom"));

    // This build knows "extra" up to step 1; a backup with step 2 is newer.
    QTemporaryDir newerDir;
    const QString newerPath = newerDir.filePath(QStringLiteral("newer.backroom"));
    const QList<ModuleSchema> newer{tableSchema(QStringLiteral("extra"), 2)};
    createCompany(newerPath, newer);
    const QString newerBackup = newerDir.filePath(QStringLiteral("newer.bkbackup"));
    {
        auto company = openOrFail(newerPath, newer);
        REQUIRE(CompanyBackup(newer).backUp(*company, newerBackup, {}).ok);
    }
    CompanyBackup::Result refused = CompanyBackup(small.modules).restore(newerBackup, target, {});
    INFO(refused.message.toStdString());
    CHECK_FALSE(refused.ok);
    CHECK(refused.message.contains(QStringLiteral("its “extra” tables are version 2, this version knows up to 1")));
    CHECK_FALSE(QFileInfo::exists(target));

    // The core's own tables newer than this build: said the same way.
    const QString coreNewer = newerDir.filePath(QStringLiteral("core.bkbackup"));
    writeAll(coreNewer, withDescription(readAll(small.backup), [](QJsonObject &json) {
                 QJsonObject schemas = json.value(QStringLiteral("schema_versions")).toObject();
                 schemas.insert(QStringLiteral("core"), CompanyFile::CoreSchemaVersion + 1);
                 json.insert(QStringLiteral("schema_versions"), schemas);
             }));
    refused = CompanyBackup(small.modules).restore(coreNewer, target, {});
    CHECK_FALSE(refused.ok);
    CHECK(refused.message.contains(QStringLiteral("newer version of Backroom")));
    CHECK(refused.message.contains(QStringLiteral("file format %1").arg(CompanyFile::CoreSchemaVersion + 1)));
    CHECK_FALSE(QFileInfo::exists(target));

    // The small company's backup (extra at 1) restored by a build that knows step 2.
    const CompanyBackup::Result upgraded = CompanyBackup(newer).restore(small.backup, target, {});
    INFO(upgraded.message.toStdString());
    REQUIRE(upgraded.ok);
    auto restored = openOrFail(target, newer);
    CHECK(restored->moduleSchemaVersions().value(QStringLiteral("extra")) == 2);
    CHECK(restored->database().tableExists(QStringLiteral("extra_v2")));
    CHECK(restored->companyName() == QStringLiteral("小店"));
}

TEST_CASE("Restore replaces a company only when asked, keeps it aside, and never one that is open", "[backup]")
{
    SmallCompany small;
    const QString target = small.dir.filePath(QStringLiteral("other.backroom"));
    createCompany(target, small.modules, QStringLiteral("Other Co."));
    const QByteArray before = fileHash(target);

    const CompanyBackup backup(small.modules);
    const CompanyBackup::Result refused = backup.restore(small.backup, target, {});
    CHECK_FALSE(refused.ok);
    CHECK(refused.message.contains(QStringLiteral("already exists")));
    CHECK(fileHash(target) == before);

    CompanyBackup::RestoreOptions replace;
    replace.replaceExisting = true;
    {
        auto open = openOrFail(target, small.modules);
        const QStringList entries = folderEntries(small.dir.path());
        const CompanyBackup::Result locked = backup.restore(small.backup, target, replace);
        CHECK_FALSE(locked.ok);
        CHECK(locked.message.contains(QStringLiteral("is open in Backroom")));
        CHECK(folderEntries(small.dir.path()) == entries);
    }
    const QByteArray closed = fileHash(target);

    const CompanyBackup::Result replaced = backup.restore(small.backup, target, replace);
    INFO(replaced.message.toStdString());
    REQUIRE(replaced.ok);
    CHECK(replaced.path == QFileInfo(target).absoluteFilePath());
    REQUIRE_FALSE(replaced.replacedPath.isEmpty());
    CHECK(QFileInfo(replaced.replacedPath).fileName().startsWith(QStringLiteral("other.replaced-")));
    CHECK(replaced.replacedPath.endsWith(QStringLiteral(".backroom")));
    CHECK(fileHash(replaced.replacedPath) == closed);
    {
        auto kept = openOrFail(replaced.replacedPath, small.modules);
        CHECK(kept->companyName() == QStringLiteral("Other Co."));
    }
    auto restored = openOrFail(target, small.modules);
    CHECK(restored->companyName() == QStringLiteral("小店"));
    AuditLog::Filter filter;
    filter.action = QString::fromLatin1(AuditLog::Action::RestoreBackup);
    const QList<AuditLog::Entry> entries = AuditLog(restored->database()).query(filter);
    REQUIRE(entries.size() == 1);
    CHECK(entries.constFirst().detail.value(QStringLiteral("backup")).toString()
          == QDir::toNativeSeparators(QFileInfo(small.backup).absoluteFilePath()));
    // No working files are left behind.
    for (const QString &name : folderEntries(small.dir.path()))
        CHECK_FALSE((name.contains(QStringLiteral("restoring")) || name.contains(QStringLiteral("partial"))));

    SECTION("a refusal to sign in leaves everything as it was")
    {
        restored.reset();
        const QByteArray now = fileHash(target);
        CompanyBackup::RestoreOptions options = replace;
        options.authorise = [](CompanyFile &, QString *refusal) -> std::optional<QString> {
            *refusal = QStringLiteral("wang may not administer users and roles");
            return std::nullopt;
        };
        const QStringList entriesBefore = folderEntries(small.dir.path());
        const CompanyBackup::Result notAllowed = backup.restore(small.backup, target, options);
        CHECK_FALSE(notAllowed.ok);
        CHECK(notAllowed.message == QStringLiteral("wang may not administer users and roles"));
        CHECK(fileHash(target) == now);
        CHECK(folderEntries(small.dir.path()) == entriesBefore);
    }
}

TEST_CASE("A cancelled backup or restore leaves nothing behind", "[backup]")
{
    SmallCompany small;
    const QStringList before = folderEntries(small.dir.path());
    const auto cancel = [](qint64 done, qint64) { return done == 0; };
    {
        auto company = openOrFail(small.path, small.modules);
        const CompanyBackup::Result result = CompanyBackup(small.modules).backUp(
            *company, small.dir.filePath(QStringLiteral("cancelled.bkbackup")), {}, cancel);
        CHECK_FALSE(result.ok);
        CHECK(result.cancelled);
    }
    CHECK(folderEntries(small.dir.path()) == before);
    const CompanyBackup::Result restore = CompanyBackup(small.modules).restore(
        small.backup, small.dir.filePath(QStringLiteral("cancelled.backroom")), {}, cancel);
    CHECK_FALSE(restore.ok);
    CHECK(restore.cancelled);
    CHECK(folderEntries(small.dir.path()) == before);
}

TEST_CASE("Automatic backups keep the newest generations of each company", "[backup]")
{
    SmallCompany small;
    QTemporaryDir folder;
    auto company = openOrFail(small.path, small.modules);
    const QString id = company->meta(QStringLiteral("company_id"));
    const QString name = AutomaticBackups::fileName(company->companyName(), id, QDateTime(QDate(2026, 3, 1), QTime(9, 30, 5)));
    CHECK(name == QStringLiteral("小店-%1-auto-20260301-093005.bkbackup").arg(id.left(8)));

    // Older generations, another company's, and a file of the clerk's own.
    const QStringList old{
        AutomaticBackups::fileName(company->companyName(), id, QDateTime(QDate(2026, 1, 1), QTime(8, 0))),
        AutomaticBackups::fileName(company->companyName(), id, QDateTime(QDate(2026, 1, 2), QTime(8, 0))),
        AutomaticBackups::fileName(QStringLiteral("Renamed"), id, QDateTime(QDate(2026, 1, 3), QTime(8, 0))),
    };
    const QString others = AutomaticBackups::fileName(QStringLiteral("小店"), QStringLiteral("ffffffff-0000"),
                                                      QDateTime(QDate(2025, 1, 1), QTime(8, 0)));
    for (const QString &file : old + QStringList{others, QStringLiteral("notes.bkbackup")})
        writeAll(QDir(folder.path()).filePath(file), "x");
    CHECK(AutomaticBackups::generations(folder.path(), id).size() == 3);
    CHECK(QFileInfo(AutomaticBackups::generations(folder.path(), id).constFirst()).fileName() == old.at(2));

    AutomaticBackups::Settings settings;
    settings.enabled = true;
    settings.folder = folder.path();
    settings.generations = 2;
    const CompanyBackup backup(small.modules);
    const CompanyBackup::Result first = AutomaticBackups::run(*company, settings, backup, QStringLiteral("wang"));
    INFO(first.message.toStdString());
    REQUIRE(first.ok);
    const CompanyBackup::Result second = AutomaticBackups::run(*company, settings, backup, QStringLiteral("wang"));
    REQUIRE(second.ok);
    // Two made within a second get distinct names.
    CHECK(first.path != second.path);
    const QStringList kept = AutomaticBackups::generations(folder.path(), id);
    REQUIRE(kept.size() == 2);
    CHECK(kept.contains(first.path));
    CHECK(kept.contains(second.path));
    CHECK(QFileInfo::exists(QDir(folder.path()).filePath(others)));
    CHECK(QFileInfo::exists(QDir(folder.path()).filePath(QStringLiteral("notes.bkbackup"))));
    CHECK(folderEntries(folder.path()).size() == 4);
    for (const QString &path : kept) {
        BackupReader reader(path);
        CHECK(reader.readMetadata().ok());
    }

    CHECK(AutomaticBackups::onSameDisk(folder.path(), small.path));
    CHECK(AutomaticBackups::onSameDisk(QDir(folder.path()).filePath(QStringLiteral("not/yet/made")), small.path));
    CHECK_FALSE(AutomaticBackups::onSameDisk(folder.path(), QStringLiteral("postgresql://u@h/db")));

    settings.folder.clear();
    const CompanyBackup::Result noFolder = AutomaticBackups::run(*company, settings, backup, {});
    CHECK_FALSE(noFolder.ok);
    CHECK(noFolder.message.contains(QStringLiteral("No folder")));
}

TEST_CASE("Restore drill: a company with every module's demo data comes back table for table", "[backup][backends]")
{
    FastHashes fast;
    QTemporaryDir dir;
    Suite suite({QStringLiteral(BACKROOM_BUILD_MODULE_DIR)});
    suite.loadModules();
    REQUIRE(suite.registries().verifiers.items().size() > 0);
    const QString location = companyLocation(dir.filePath(QStringLiteral("demo.backroom")));
    CompanyFile::NewCompany demo;
    demo.name = QStringLiteral("演示公司");
    demo.language = QStringLiteral("zh_CN");
    demo.demo = true;
    demo.administrator = {QStringLiteral("admin"), QString(), QStringLiteral("Test-pass-1")};
    CompanyFile::Status status;
    auto original = suite.createCompany(location, demo, &status);
    INFO(status.message.toStdString());
    REQUIRE(original);
    REQUIRE(verifyProblems(*original, suite).isEmpty());

    const CompanyBackup backup(suite.schemas(), suite.registries().verifiers.items());
    const QString backupPath = dir.filePath(QStringLiteral("drill.bkbackup"));
    const CompanyBackup::Result made = backup.backUp(*original, backupPath, QStringLiteral("admin"));
    INFO(made.message.toStdString());
    REQUIRE(made.ok);
    CHECK(made.metadata.sourceKind == (onPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite")));
    CHECK(made.metadata.schemaVersions == original->moduleSchemaVersions());

    // Into a file; on PostgreSQL also into an empty schema of the server.
    QStringList targets{dir.filePath(QStringLiteral("restored.backroom"))};
    if (onPostgres())
        targets.append(freshServerCompany(QStringLiteral("r")));
    for (const QString &target : targets) {
        INFO(target.toStdString());
        const CompanyBackup::Result restored = backup.restore(backupPath, target, {});
        INFO(restored.message.toStdString());
        REQUIRE(restored.ok);
        auto copy = suite.openCompany(target, &status);
        INFO(status.message.toStdString());
        REQUIRE(copy);
        CHECK(verifyProblems(*copy, suite).isEmpty());

        const QStringList tables = dataTables(original->database());
        REQUIRE(tables.size() > 20);
        CHECK(dataTables(copy->database()) == tables);
        const bool sameKind = copy->isOnServer() == original->isOnServer();
        qint64 compared = 0;
        for (const QString &table : tables) {
            INFO(table.toStdString());
            QStringList before = tableRows(original->database(), table);
            QStringList after = tableRows(copy->database(), table);
            if (table == QLatin1String("backroom_audit")) {
                // One more: the restore itself, last.
                REQUIRE(after.size() == before.size() + 1);
                const auto last = copy->database().scalar(
                    QStringLiteral("SELECT action FROM backroom_audit ORDER BY id DESC LIMIT 1"));
                CHECK(last->toString() == QStringLiteral("restore_backup"));
                // Compared without the restore's entry.
                after.erase(std::remove_if(after.begin(), after.end(),
                                           [](const QString &row) { return row.contains(QStringLiteral("restore_backup")); }),
                            after.end());
            }
            if (table == QLatin1String("backroom_meta")) {
                // The audit head moved by that one entry.
                const auto withoutHead = [](QStringList rows) {
                    rows.erase(std::remove_if(rows.begin(), rows.end(),
                                              [](const QString &row) { return row.contains(QStringLiteral("audit_head")); }),
                               rows.end());
                    return rows;
                };
                before = withoutHead(before);
                after = withoutHead(after);
            }
            if (sameKind)
                CHECK(after == before);
            else
                CHECK(after.size() == before.size());
            compared += before.size();
        }
        CHECK(compared > 200);
    }
}
