// A full disk and a read-only file (issue 8): the company lives on a really
// small tmpfs. Mounting needs root (CI runs as root); otherwise the test runs
// itself again in a user namespace (unshare --user --map-root-user --mount),
// and when neither works it fails saying why, rather than passing unseen.
#include "databaseerror.h"
#include "reliabilitysupport.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/mount.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>

using namespace Backroom;
using namespace ReliabilityTests;

namespace {

// A tmpfs of `size` mounted on a fresh folder, unmounted at the end.
class SmallDisk
{
public:
    explicit SmallDisk(const char *size)
    {
        REQUIRE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("disk"));
        REQUIRE(QDir().mkpath(m_path));
        const QByteArray options = QByteArray("size=") + size + ",mode=0755";
        if (::mount("tmpfs", QFile::encodeName(m_path).constData(), "tmpfs", 0, options.constData()) != 0)
            FAIL("cannot mount a tmpfs on " << m_path.toStdString() << ": " << std::strerror(errno));
        m_mounted = true;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_path).constData(), MNT_DETACH);
    }
    QString path() const { return m_path; }
    QString filePath(const QString &name) const { return QDir(m_path).filePath(name); }
    void makeReadOnly()
    {
        const int done = ::mount("tmpfs", QFile::encodeName(m_path).constData(), "tmpfs", MS_REMOUNT | MS_RDONLY, nullptr);
        INFO(std::strerror(errno));
        REQUIRE(done == 0);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    bool m_mounted = false;
};

// Whether this process may mount; if not, runs the test cases of `tag`
// again as root of a user namespace of their own and checks they passed.
// Returns true when the cases should run here.
bool runHereOrInNamespace(const char *tag)
{
    if (::geteuid() == 0)
        return true;
    if (qEnvironmentVariableIsSet("BACKROOM_IN_NAMESPACE"))
        FAIL("running as root of a user namespace, yet not root: cannot mount a small file system");
    const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
    if (unshare.isEmpty())
        FAIL("a full disk and a read-only mount need a small file system: run as root (as CI does), or install "
             "util-linux's unshare for a user namespace");
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BACKROOM_IN_NAMESPACE"), QStringLiteral("1"));
    process.setProcessEnvironment(environment);
    process.start(unshare, {QStringLiteral("--user"), QStringLiteral("--map-root-user"), QStringLiteral("--mount"),
                            QCoreApplication::applicationFilePath(), QString::fromLatin1(tag)});
    REQUIRE(process.waitForFinished(600000));
    const QString output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    INFO(output.toStdString());
    if (output.contains(QLatin1String("unshare failed")) || output.contains(QLatin1String("unshare:")))
        FAIL("not root, and user namespaces are not allowed here (unshare failed): cannot make a small file "
             "system for the full-disk and read-only tests");
    CHECK(process.exitCode() == 0);
    return false;
}

// Fills the disk holding `folder` up to `leaveKb` KiB of free space.
void fill(const QString &folder, qint64 leaveKb)
{
    QFile filler(QDir(folder).filePath(QStringLiteral("filler")));
    REQUIRE(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    const QByteArray chunk(4096, 'x');
    while (filler.write(chunk) == chunk.size()) {
    }
    filler.close();
    REQUIRE(filler.resize(std::max<qint64>(0, filler.size() - leaveKb * 1024)));
}

} // namespace

TEST_CASE("A full disk: saving, importing and backing up say so, and nothing is lost", "[fulldisk]")
{
    if (!runHereOrInNamespace("[fulldisk]"))
        return;
    QTemporaryDir scratch;
    const QString csv = scratch.filePath(QStringLiteral("vouchers.csv"));
    REQUIRE(runDriver({QStringLiteral("csv"), csv, QStringLiteral("2000"), QStringLiteral("imp")}).code == 0);

    SmallDisk disk("6m");
    const QString company = disk.filePath(QStringLiteral("company.backroom"));
    copyCompany(templateCompany(), company);
    const QJsonObject before = state(company, QStringLiteral("full"));
    const qint64 vouchersBefore = before.value(QStringLiteral("vouchers")).toInteger();
    REQUIRE(vouchersBefore > 300);

    fill(disk.path(), 400);
    // Saving vouchers until the disk is full: each one saved before stays,
    // and the one that does not fit is refused with a sentence that says why.
    const Run posting = runDriver({QStringLiteral("post"), company, QStringLiteral("5000"), QStringLiteral("full")});
    INFO(posting.err.toStdString());
    CHECK_FALSE(posting.crashed);
    CHECK(posting.code == 1);
    CHECK(posting.err.contains(QLatin1String("is full")));
    const int saved = countLines(posting, QStringLiteral("posted"));

    // Importing on a full disk: refused, nothing of it written.
    const Run importing = runDriver({QStringLiteral("import"), company, csv});
    INFO(importing.err.toStdString());
    CHECK_FALSE(importing.crashed);
    CHECK(importing.code == 1);
    CHECK((importing.err.contains(QLatin1String("is full")) || importing.err.contains(QLatin1String("disk"))));

    // A backup onto the full disk, of the company itself (whose audit log
    // cannot take the backup's entry) and of a company on another disk
    // (whose snapshot fills this one): refused, and no partial file left.
    const QString backups = disk.filePath(QStringLiteral("backups"));
    QDir().mkpath(backups);
    const Run backingUp = runDriver({QStringLiteral("backup"), company, QDir(backups).filePath(QStringLiteral("b.bkbackup"))});
    INFO(backingUp.err.toStdString());
    CHECK_FALSE(backingUp.crashed);
    CHECK(backingUp.code == 1);
    CHECK(backingUp.err.contains(QLatin1String("is full")));
    CHECK(BackroomTests::folderEntries(backups).isEmpty());
    const QString elsewhere = scratch.filePath(QStringLiteral("elsewhere.backroom"));
    copyCompany(templateCompany(), elsewhere);
    const Run snapshot = runDriver({QStringLiteral("backup"), elsewhere, QDir(backups).filePath(QStringLiteral("c.bkbackup"))});
    INFO(snapshot.err.toStdString());
    CHECK_FALSE(snapshot.crashed);
    CHECK(snapshot.code == 1);
    CHECK(snapshot.err.contains(QLatin1String("is full")));
    CHECK(BackroomTests::folderEntries(backups).isEmpty());
    requireVerified(elsewhere);

    // Room again: the company opens, verifies, and holds everything saved.
    REQUIRE(QFile::remove(disk.filePath(QStringLiteral("filler"))));
    const QJsonObject after = state(company, QStringLiteral("full"));
    INFO(QJsonDocument(after).toJson().toStdString());
    CHECK(after.value(QStringLiteral("tagged")).toInteger() == saved);
    CHECK(after.value(QStringLiteral("tagged_posted")).toInteger() == saved);
    CHECK(after.value(QStringLiteral("vouchers")).toInteger() == vouchersBefore + saved);
    CHECK(after.value(QStringLiteral("numbers_gap_free")).toBool());
    CHECK(state(company, QStringLiteral("imp")).value(QStringLiteral("tagged")).toInteger() == 0);
    requireVerified(company);
    std::cout << "fulldisk: " << saved << " vouchers saved before the disk was full; post, import and backup "
              << "refused with: " << posting.err.trimmed().toStdString() << std::endl;
}

TEST_CASE("A read-only disk: the company is refused for work with a clear message and verifies", "[readonly]")
{
    if (!runHereOrInNamespace("[readonly]"))
        return;
    SmallDisk disk("8m");
    const QString company = disk.filePath(QStringLiteral("company.backroom"));
    copyCompany(templateCompany(), company);
    const QJsonObject before = state(company, QStringLiteral("ro"));
    disk.makeReadOnly();

    const Run working = runDriver({QStringLiteral("post"), company, QStringLiteral("1"), QStringLiteral("ro")});
    INFO(working.err.toStdString());
    CHECK_FALSE(working.crashed);
    CHECK(working.code == 1);
    CHECK(working.err.contains(QLatin1String("read-only")));
    // Reading it still works: verify opens it read-only.
    requireVerified(company);
    const BackroomTests::CliRun info = BackroomTests::runCli({QStringLiteral("info"), company});
    INFO(info.out.toStdString() << info.err.toStdString());
    CHECK(info.code == 0);
}

TEST_CASE("A read-only company file or folder is refused for work with a clear message", "[readonly]")
{
    QTemporaryDir dir;
    const QString company = dir.filePath(QStringLiteral("company.backroom"));
    copyCompany(templateCompany(), company);
    state(company, QStringLiteral("ro"));
    const QByteArray hash = BackroomTests::fileHash(company);

    // 0444: refused even for root, whom the OS would let write.
    REQUIRE(QFile::setPermissions(company, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    Run run = runDriver({QStringLiteral("post"), company, QStringLiteral("1"), QStringLiteral("ro")});
    INFO(run.err.toStdString());
    CHECK_FALSE(run.crashed);
    CHECK(run.code == 1);
    CHECK(run.err.contains(QLatin1String("is read-only")));
    requireVerified(company);
    CHECK(BackroomTests::fileHash(company) == hash);

    // A read-only folder (no journal or lock file can be made there).
    REQUIRE(QFile::setPermissions(company, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    REQUIRE(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                                  | QFileDevice::ExeGroup));
    run = runDriver({QStringLiteral("post"), company, QStringLiteral("1"), QStringLiteral("ro")});
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    INFO(run.err.toStdString());
    CHECK_FALSE(run.crashed);
    CHECK(run.code == 1);
    CHECK(run.err.contains(QLatin1String("read-only")));
}

TEST_CASE("Database errors become sentences a clerk understands, naming the file", "[readonly][fulldisk]")
{
    const QString file = QStringLiteral("/data/shop.backroom");
    const auto sqlite = [](const char *text, const char *code) {
        return QSqlError(QStringLiteral("Unable to execute statement"), QString::fromLatin1(text),
                         QSqlError::StatementError, QString::fromLatin1(code));
    };
    struct Case
    {
        QSqlError error;
        DatabaseError::Kind kind;
        const char *says;
    };
    const QList<Case> cases{
        {sqlite("database or disk is full", "13"), DatabaseError::Kind::DiskFull, "is full"},
        {sqlite("attempt to write a readonly database", "8"), DatabaseError::Kind::ReadOnly, "read-only"},
        {sqlite("attempt to write a readonly database", "1032"), DatabaseError::Kind::ReadOnly, "read-only"},
        {sqlite("file is not a database", "26"), DatabaseError::Kind::Corrupt, "is damaged"},
        {sqlite("database disk image is malformed", "11"), DatabaseError::Kind::Corrupt, "is damaged"},
        {sqlite("database is locked", "5"), DatabaseError::Kind::Busy, "is busy"},
        {sqlite("disk I/O error", "778"), DatabaseError::Kind::IoError, "could not be read or written"},
        {QSqlError(QString(), QStringLiteral("could not extend file: No space left on device"),
                   QSqlError::StatementError, QStringLiteral("53100")),
         DatabaseError::Kind::DiskFull, "is full"},
        {QSqlError(QString(), QStringLiteral("invalid page in block 4"), QSqlError::StatementError,
                   QStringLiteral("XX001")),
         DatabaseError::Kind::Corrupt, "is damaged"},
        // What is left after the bounded retries of a deadlock or a
        // serialization failure; a server that went away.
        {QSqlError(QString(), QStringLiteral("deadlock detected"), QSqlError::StatementError, QStringLiteral("40P01")),
         DatabaseError::Kind::Contention, "kept getting in the way"},
        {QSqlError(QString(), QStringLiteral("could not serialize access due to concurrent update"),
                   QSqlError::StatementError, QStringLiteral("40001")),
         DatabaseError::Kind::Contention, "kept getting in the way"},
        {QSqlError(QString(), QStringLiteral("terminating connection due to administrator command"),
                   QSqlError::StatementError, QStringLiteral("57P01")),
         DatabaseError::Kind::Unreachable, "cannot be reached"},
        {QSqlError(QString(), QStringLiteral("server closed the connection unexpectedly"), QSqlError::StatementError,
                   QString()),
         DatabaseError::Kind::Unreachable, "cannot be reached"},
    };
    for (const Case &c : cases) {
        INFO(c.error.databaseText().toStdString());
        CHECK(DatabaseError::kind(c.error) == c.kind);
        const QString text = DatabaseError::text(c.error, file);
        CHECK(text.contains(QString::fromLatin1(c.says)));
        CHECK(text.contains(file));
        // The driver's words stay, for support.
        CHECK(text.contains(c.error.databaseText()));
    }
    // Anything else keeps the driver's text: the caller explains it.
    const QSqlError unique = sqlite("UNIQUE constraint failed: core_partner.code", "2067");
    CHECK(DatabaseError::kind(unique) == DatabaseError::Kind::Other);
    CHECK(DatabaseError::text(unique, file) == QLatin1String("UNIQUE constraint failed: core_partner.code"));
    CHECK(DatabaseError::kind(QSqlError(QString(), QStringLiteral("duplicate key"), QSqlError::StatementError,
                                        QStringLiteral("23505")))
          == DatabaseError::Kind::Other);
}
