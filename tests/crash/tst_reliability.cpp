// Crash safety, proven (issue 8): crash-driver (crashdriver.cpp) runs a large
// voucher import, voucher posting one transaction each, and a backup, and is
// killed with SIGKILL at random points (seeded: the same kills every run).
// After each kill the company opens for work, `backroom-cli verify` passes,
// and each operation is wholly present or wholly absent.
//
//   BACKROOM_CRASH_KILLS=N   kills per operation (default 8)
//   BACKROOM_CRASH_SEED=S    another set of kill points (default 20261127)
//
// The same file proves the company survives a full disk and a read-only
// file ([fulldisk], [readonly]: a small tmpfs, mounted as root or in a user
// namespace), damaged files ([corrupt]), and two processes at one company
// ([soak]; BACKROOM_SOAK_SECONDS, default 20).
#include "reliabilitysupport.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <iostream>
#include <random>

using namespace Backroom;
using namespace ReliabilityTests;

namespace {

int killsPerOperation()
{
    const int kills = qEnvironmentVariableIntValue("BACKROOM_CRASH_KILLS");
    return kills > 0 ? kills : 8;
}

quint32 seed()
{
    bool ok = false;
    const quint32 value = qEnvironmentVariable("BACKROOM_CRASH_SEED").toUInt(&ok);
    return ok ? value : 20261127u;
}

// What a kill did: the kill points tried per operation, and how many of
// them hit the operation in the middle (the rest came after it finished).
void report(const char *operation, int kills, int midway, qint64 workMs)
{
    std::cout << "crash: " << operation << ": " << kills << " kills, " << midway
              << " in the middle of the operation (an uninterrupted run works " << workMs << " ms), all survived"
              << std::endl;
}

} // namespace

TEST_CASE("Killed during a large voucher import: all vouchers or none", "[crash]")
{
    QTemporaryDir dir;
    const QString company = dir.filePath(QStringLiteral("import.backroom"));
    const QString csv = dir.filePath(QStringLiteral("vouchers.csv"));
    constexpr int Vouchers = 2000;   // 4,000 lines
    REQUIRE(runDriver({QStringLiteral("csv"), csv, QString::number(Vouchers), QStringLiteral("imp")}).code == 0);
    const QJsonObject before = [&] {
        copyCompany(templateCompany(), company);
        return state(company, QStringLiteral("imp"));
    }();
    REQUIRE(before.value(QStringLiteral("tagged")).toInteger() == 0);

    // How long the import works, uninterrupted: the kills fall within it.
    qint64 workMs = 0;
    copyCompany(templateCompany(), company);
    const Run whole = runAndKill({QStringLiteral("import"), company, csv}, -1, &workMs);
    INFO(whole.err.toStdString());
    REQUIRE(whole.code == 0);
    REQUIRE(state(company, QStringLiteral("imp")).value(QStringLiteral("tagged")).toInteger() == Vouchers);

    std::mt19937 random(seed());
    int midway = 0;
    const int kills = killsPerOperation();
    for (int kill = 0; kill < kills; ++kill) {
        copyCompany(templateCompany(), company);
        const int delay = int(random() % quint32(workMs * 11 / 10 + 1));
        const Run run = runAndKill({QStringLiteral("import"), company, csv}, delay);
        INFO("kill " << kill << " after " << delay << " ms; " << run.err.toStdString());
        REQUIRE_FALSE(run.crashed);
        if (run.killed)
            ++midway;
        else
            REQUIRE(run.code == 0);
        const QJsonObject after = state(company, QStringLiteral("imp"));
        INFO(QJsonDocument(after).toJson().toStdString());
        const qint64 tagged = after.value(QStringLiteral("tagged")).toInteger();
        // All or nothing; all when it said so before it died.
        CHECK((tagged == 0 || tagged == Vouchers));
        if (countLines(run, QStringLiteral("done")) > 0)
            CHECK(tagged == Vouchers);
        CHECK(after.value(QStringLiteral("tagged_posted")).toInteger() == tagged);
        CHECK(after.value(QStringLiteral("tagged_lines")).toInteger() == 2 * tagged);
        CHECK(after.value(QStringLiteral("vouchers")).toInteger()
              == before.value(QStringLiteral("vouchers")).toInteger() + tagged);
        CHECK(after.value(QStringLiteral("numbers_gap_free")).toBool());
        requireVerified(company);
    }
    CHECK(midway > 0);
    report("import of 2,000 vouchers (4,000 lines)", kills, midway, workMs);
}

TEST_CASE("Killed while posting vouchers one by one: each wholly posted or absent, numbers gap-free", "[crash]")
{
    QTemporaryDir dir;
    const QString company = dir.filePath(QStringLiteral("post.backroom"));
    constexpr int Vouchers = 150;
    qint64 workMs = 0;
    copyCompany(templateCompany(), company);
    const QJsonObject before = state(company, QStringLiteral("pst"));
    const Run whole = runAndKill({QStringLiteral("post"), company, QString::number(Vouchers), QStringLiteral("pst")}, -1,
                                 &workMs);
    INFO(whole.err.toStdString());
    REQUIRE(whole.code == 0);
    REQUIRE(countLines(whole, QStringLiteral("posted")) == Vouchers);

    std::mt19937 random(seed() + 1);
    int midway = 0;
    const int kills = killsPerOperation();
    for (int kill = 0; kill < kills; ++kill) {
        copyCompany(templateCompany(), company);
        const int delay = int(random() % quint32(workMs * 11 / 10 + 1));
        const Run run = runAndKill({QStringLiteral("post"), company, QString::number(Vouchers), QStringLiteral("pst")},
                                   delay);
        INFO("kill " << kill << " after " << delay << " ms; " << run.err.toStdString());
        REQUIRE_FALSE(run.crashed);
        if (run.killed)
            ++midway;
        else
            REQUIRE(run.code == 0);
        const int confirmed = countLines(run, QStringLiteral("posted"));
        const QJsonObject after = state(company, QStringLiteral("pst"));
        INFO(QJsonDocument(after).toJson().toStdString());
        const qint64 tagged = after.value(QStringLiteral("tagged")).toInteger();
        // Every voucher confirmed is there; at most the one being
        // committed when the kill came is there unconfirmed.
        CHECK(tagged >= confirmed);
        CHECK(tagged <= std::min(confirmed + 1, Vouchers));
        // 1, 2, … in order: none lost in between, none doubled.
        const QJsonArray serials = after.value(QStringLiteral("tagged_serials")).toArray();
        REQUIRE(serials.size() == tagged);
        for (int i = 0; i < serials.size(); ++i)
            CHECK(serials.at(i).toInt() == i + 1);
        // Wholly posted: the voucher, both lines, the posted state.
        CHECK(after.value(QStringLiteral("tagged_posted")).toInteger() == tagged);
        CHECK(after.value(QStringLiteral("tagged_lines")).toInteger() == 2 * tagged);
        CHECK(after.value(QStringLiteral("vouchers")).toInteger()
              == before.value(QStringLiteral("vouchers")).toInteger() + tagged);
        CHECK(after.value(QStringLiteral("numbers_gap_free")).toBool());
        requireVerified(company);
    }
    CHECK(midway > 0);
    report("posting 150 vouchers, one transaction each", kills, midway, workMs);
}

TEST_CASE("Killed during a backup: no backup or a good one, and no leftovers after the next", "[crash]")
{
    QTemporaryDir dir;
    const QString company = dir.filePath(QStringLiteral("backup.backroom"));
    const QString folder = dir.filePath(QStringLiteral("backups"));
    REQUIRE(QDir().mkpath(folder));
    const QString target = QDir(folder).filePath(QStringLiteral("crash.bkbackup"));
    qint64 workMs = 0;
    copyCompany(templateCompany(), company);
    const Run whole = runAndKill({QStringLiteral("backup"), company, target}, -1, &workMs);
    INFO(whole.err.toStdString());
    REQUIRE(whole.code == 0);
    REQUIRE(QFileInfo::exists(target));
    QFile::remove(target);

    std::mt19937 random(seed() + 2);
    int midway = 0, complete = 0, leftovers = 0;
    const int kills = killsPerOperation();
    // What a killed backup may leave next to its target: only files that
    // name the dead process, never anything under the final name.
    static const QRegularExpression leftover(
        QStringLiteral("^crash\\.bkbackup\\.\\d+\\.[0-9a-f]{8}\\.(snapshot(-journal|-wal|-shm)?|partial)$"));
    for (int kill = 0; kill < kills; ++kill) {
        copyCompany(templateCompany(), company);
        for (const QString &name : BackroomTests::folderEntries(folder))
            QFile::remove(QDir(folder).filePath(name));
        // Up to 1.5 times the work: a backup is short, and kills after it
        // completed must find it whole under its name.
        const int delay = int(random() % quint32(workMs * 3 / 2 + 1));
        const Run run = runAndKill({QStringLiteral("backup"), company, target}, delay);
        INFO("kill " << kill << " after " << delay << " ms; " << run.err.toStdString());
        REQUIRE_FALSE(run.crashed);
        if (run.killed)
            ++midway;
        else
            REQUIRE(run.code == 0);
        if (countLines(run, QStringLiteral("done")) > 0)
            CHECK(QFileInfo::exists(target));
        bool leftBehind = false;
        for (const QString &name : BackroomTests::folderEntries(folder)) {
            INFO(name.toStdString());
            leftBehind = leftBehind || leftover.match(name).hasMatch();
            CHECK((name == QLatin1String("crash.bkbackup") || leftover.match(name).hasMatch()));
        }
        if (leftBehind)
            ++leftovers;
        if (QFileInfo::exists(target)) {
            // Under its final name only when whole: it restores, and the
            // restored company verifies.
            ++complete;
            const QString restored = dir.filePath(QStringLiteral("restored-%1.backroom").arg(kill));
            const Run restore = runDriver({QStringLiteral("restore"), target, restored});
            INFO(restore.err.toStdString());
            CHECK(restore.code == 0);
            requireVerified(restored);
        }
        // The company itself is untouched by a backup's death.
        state(company, QStringLiteral("none"));
        requireVerified(company);
        // The next backup into the folder clears what the dead one left.
        const QString next = QDir(folder).filePath(QStringLiteral("next.bkbackup"));
        const Run again = runDriver({QStringLiteral("backup"), company, next});
        INFO(again.err.toStdString());
        REQUIRE(again.code == 0);
        QStringList expected{QStringLiteral("next.bkbackup")};
        if (QFileInfo::exists(target))
            expected.prepend(QStringLiteral("crash.bkbackup"));
        CHECK(BackroomTests::folderEntries(folder) == expected);
    }
    CHECK(midway > 0);
    report("backup", kills, midway, workMs);
    std::cout << "crash: backup: " << complete << " of " << kills << " kills left a complete backup, " << leftovers
              << " left temporary files (removed by the next backup)" << std::endl;
}
