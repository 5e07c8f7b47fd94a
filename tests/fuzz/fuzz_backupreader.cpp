// Fuzz target for backup files: BackupArchive (header, description, the
// zlib stream, sizes and SHA-256) and BackupReader's checks of the database
// it unpacks. Built two ways (see CMakeLists.txt): with libFuzzer, and as
// fuzz_backupreader_replay over corpus/backups on every CI run.
//
// Two kinds of input:
// - anything that starts like a backup ("BKRMBKUP") is read as one: it is
//   refused with a message, or unpacks to exactly the size and hash its
//   description names, and then its database is checked;
// - anything else is taken as the database itself, wrapped in a valid
//   backup, which must read back byte for byte; the database checks then
//   meet arbitrary bytes where SQLite expects a company file.

#include "backuparchive.h"
#include "backupreader.h"
#include "fuzzreplay.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstring>

using Backroom::BackupArchive;
using Backroom::BackupReader;

namespace {

QCoreApplication *application()
{
    // The SQLite driver is a plugin: Qt finds plugins through the application.
    static QCoreApplication *app = [] {
        static int argc = 1;
        static char name[] = "fuzz_backupreader";
        static char *argv[] = {name, nullptr};
        return new QCoreApplication(argc, argv);
    }();
    return app;
}

QString scratchFile()
{
    static QTemporaryDir dir;
    return dir.filePath(QStringLiteral("extracted.db"));
}

// The unpacked database is checked like a restore checks it; whatever the
// bytes, the answer is a status with a message.
void checkDatabase(const QByteArray &database, const BackupArchive::Metadata &metadata)
{
    const QString path = scratchFile();
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    {
        QFile file(path);
        FUZZ_CHECK(file.open(QIODevice::WriteOnly));
        FUZZ_CHECK(file.write(database) == database.size());
    }
    const BackupReader::Status status = BackupReader::checkDatabase(path, metadata);
    FUZZ_CHECK(status.ok() || !status.message.isEmpty());
}

void readAsBackup(const QByteArray &bytes)
{
    QBuffer in;
    in.setData(bytes);
    FUZZ_CHECK(in.open(QIODevice::ReadOnly));
    BackupArchive::Metadata metadata;
    const BackupArchive::Status status = BackupArchive::readMetadata(in, &metadata);
    if (!status.ok()) {
        FUZZ_CHECK(!status.message.isEmpty());
        return;
    }
    FUZZ_CHECK(metadata.databaseSize >= 512 && metadata.databaseSize % 512 == 0);
    FUZZ_CHECK(metadata.databaseSha256.size() == 32);
    FUZZ_CHECK(metadata.schemaVersions.contains(QStringLiteral("core")));
    FUZZ_CHECK(metadata.createdAt.isValid());
    QBuffer out;
    FUZZ_CHECK(out.open(QIODevice::WriteOnly));
    const BackupArchive::Status extracted = BackupArchive::extract(in, metadata, out);
    // Never more than the description allows, whatever the stream says.
    FUZZ_CHECK(out.data().size() <= metadata.databaseSize);
    if (!extracted.ok()) {
        FUZZ_CHECK(!extracted.message.isEmpty());
        return;
    }
    FUZZ_CHECK(out.data().size() == metadata.databaseSize);
    FUZZ_CHECK(QCryptographicHash::hash(out.data(), QCryptographicHash::Sha256) == metadata.databaseSha256);
    checkDatabase(out.data(), metadata);
}

void wrapAsDatabase(const QByteArray &bytes)
{
    // Whole 512-byte pages, as SQLite writes them.
    QByteArray database = bytes;
    database.append(QByteArray((512 - database.size() % 512) % 512, '\0'));
    if (database.isEmpty())
        database = QByteArray(512, '\0');
    BackupArchive::Metadata metadata;
    metadata.companyName = QStringLiteral("Fuzz");
    metadata.createdAt = QDateTime::currentDateTimeUtc();
    metadata.sourceKind = QStringLiteral("sqlite");
    metadata.schemaVersions.insert(QStringLiteral("core"), 6);
    QBuffer source;
    source.setData(database);
    FUZZ_CHECK(source.open(QIODevice::ReadOnly));
    QBuffer archive;
    FUZZ_CHECK(archive.open(QIODevice::WriteOnly));
    BackupArchive::Metadata written;
    FUZZ_CHECK(BackupArchive::write(source, metadata, archive, {}, &written).ok());
    FUZZ_CHECK(written.databaseSize == database.size());

    QBuffer in;
    in.setData(archive.data());
    FUZZ_CHECK(in.open(QIODevice::ReadOnly));
    BackupArchive::Metadata read;
    FUZZ_CHECK(BackupArchive::readMetadata(in, &read).ok());
    FUZZ_CHECK(read.databaseSize == written.databaseSize && read.databaseSha256 == written.databaseSha256);
    FUZZ_CHECK(read.companyName == metadata.companyName && read.schemaVersions == metadata.schemaVersions);
    QBuffer out;
    FUZZ_CHECK(out.open(QIODevice::WriteOnly));
    FUZZ_CHECK(BackupArchive::extract(in, read, out).ok());
    FUZZ_CHECK(out.data() == database);
    checkDatabase(database, read);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    application();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (size >= 8 && std::memcmp(data, BackupArchive::Magic, 8) == 0)
        readAsBackup(bytes);
    else
        wrapAsDatabase(bytes);
    return 0;
}

// For the replay driver: what the header and the description are made of.
QByteArray fuzzInterestingBytes()
{
    static const char bytes[] = {'\x00', '\x01', '\x02', '\xFF', '\x7F', '\x80', '{', '}', '"', ':', ',', '0', '9',
                                 'x', '\x78', '\x9C', '\x5E', '\x01'};
    return QByteArray(bytes, sizeof bytes);
}

QList<QByteArray> fuzzInterestingTokens()
{
    return {QByteArray("BKRMBKUP"), QByteArray("SQLite format 3", 16), QByteArray("\"database_size\":\""),
            QByteArray("\"schema_versions\":{\"core\":"), QByteArray("\"core\":99"), QByteArray("BKRM")};
}
