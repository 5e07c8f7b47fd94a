#include "companyfile.h"
#include "companylock.h"
#include "database.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using Backroom::CompanyFile;
using Backroom::CompanyLock;
using namespace BackroomTests;

TEST_CASE("A second writer is refused and told who holds the company", "[lock]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.backroom"));
    createCompany(path);
    CompanyFile::Status status;
    auto first = CompanyFile::open(path, {}, &status);
    REQUIRE(first);
    CHECK(first->lockNotice().isEmpty());

    auto second = CompanyFile::open(path, {}, &status);
    CHECK_FALSE(second);
    CHECK(status.code == CompanyFile::Error::Locked);
    const CompanyLock::Holder me = CompanyLock::Holder::currentProcess();
    CHECK(status.message.contains(me.user));
    CHECK(status.message.contains(QString::number(QCoreApplication::applicationPid())));

    // Reading is still possible while someone works.
    auto reader = CompanyFile::openReadOnly(path, &status);
    CHECK(reader);

    first.reset();
    CHECK_FALSE(QFile::exists(CompanyLock::lockPathFor(path)));
    auto third = CompanyFile::open(path, {}, &status);
    CHECK(third);
}

TEST_CASE("A reader of a file nobody works in keeps writers out; one beside a writer sees its commits", "[lock]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.backroom"));
    createCompany(path);
    CompanyFile::Status status;
    {
        // A report or verify reads the file without locks of SQLite's own:
        // nobody may start writing (and checkpointing) under it.
        auto reader = CompanyFile::openReadOnly(path, &status);
        REQUIRE(reader);
        CHECK(QFile::exists(CompanyLock::lockPathFor(path)));
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-shm")));
        auto writer = CompanyFile::open(path, {}, &status);
        CHECK_FALSE(writer);
        CHECK(status.code == CompanyFile::Error::Locked);
        CHECK(status.message.contains(QString::number(QCoreApplication::applicationPid())));
    }
    CHECK_FALSE(QFile::exists(CompanyLock::lockPathFor(path)));

    auto writer = CompanyFile::open(path, {}, &status);
    REQUIRE(writer);
    auto reader = CompanyFile::openReadOnly(path, &status);
    REQUIRE(reader);
    CHECK(reader->isReadOnly());
    REQUIRE(writer->database().exec(QStringLiteral("INSERT INTO backroom_meta (key, value) VALUES ('probe', 'after')")));
    const auto seen = reader->database().scalar(QStringLiteral("SELECT value FROM backroom_meta WHERE key = 'probe'"));
    REQUIRE(seen);
    CHECK(seen->toString() == QStringLiteral("after"));
    reader.reset();
    // The reader never held the writer's lock.
    CHECK(QFile::exists(CompanyLock::lockPathFor(path)));
}

TEST_CASE("A lock left by a crashed session is detected and cleared", "[lock]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crashed.backroom"));
    createCompany(path);
    CompanyLock::Holder crashed;
    crashed.pid = 999999;
    crashed.host = QStringLiteral("desk-7");
    crashed.user = QStringLiteral("wangfang");
    crashed.application = QStringLiteral("backroom");
    crashed.since = QDateTime::currentDateTimeUtc().addSecs(-3600);
    {
        QFile lock(CompanyLock::lockPathFor(path));
        REQUIRE(lock.open(QIODevice::WriteOnly));
        lock.write(crashed.toJson());
    }
    CompanyFile::Status status;
    auto file = CompanyFile::open(path, {}, &status);
    REQUIRE(file);
    CHECK(file->lockNotice().contains(QStringLiteral("wangfang")));
    CHECK(file->lockNotice().contains(QStringLiteral("999999")));
    // The lock file now names us.
    QFile lock(CompanyLock::lockPathFor(path));
    REQUIRE(lock.open(QIODevice::ReadOnly));
    const CompanyLock::Holder holder = CompanyLock::Holder::fromJson(lock.readAll());
    CHECK(holder.pid == QCoreApplication::applicationPid());
}

TEST_CASE("A lock held by another process is respected", "[lock]")
{
    const QString flock = QStandardPaths::findExecutable(QStringLiteral("flock"));
    if (flock.isEmpty()) {
        WARN("flock(1) is not installed; the cross-process lock test needs it");
        return;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("busy.backroom"));
    createCompany(path);
    // Another process takes the OS lock on the lock file, as a second
    // Backroom would, and keeps it while we try.
    QProcess holder;
    // -o: the command does not inherit the lock, so killing flock frees it.
    holder.start(flock, {QStringLiteral("-o"), CompanyLock::lockPathFor(path), QStringLiteral("sh"), QStringLiteral("-c"),
                         QStringLiteral("echo held; sleep 20")});
    REQUIRE(holder.waitForReadyRead(10000));
    CompanyFile::Status status;
    auto file = CompanyFile::open(path, {}, &status);
    CHECK_FALSE(file);
    CHECK(status.code == CompanyFile::Error::Locked);
    holder.kill();
    holder.waitForFinished();
    // Once that process is gone (as after a crash), the company opens.
    auto after = CompanyFile::open(path, {}, &status);
    CHECK(after);
}
