// Soak (issue 8): two processes at one SQLite company for a bounded time
// (BACKROOM_SOAK_SECONDS, default 20). The company lock lets one write at a
// time (the foundation's decision); the other reads it read-only meanwhile
// and takes its turn when the lock is free. No "database is locked" may
// reach anyone, no update may be lost (the counter equals the sum of the
// increments both saw saved; stale saves were refused), and verify passes.
// And verify itself reads one snapshot while a clerk keeps posting.
#include "reliabilitysupport.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <iostream>
#include <memory>

using namespace ReliabilityTests;

TEST_CASE("Two processes at one company: no lock error reaches a clerk, no lost update", "[soak]")
{
    QTemporaryDir dir;
    const QString company = dir.filePath(QStringLiteral("soak.backroom"));
    copyCompany(templateCompany(), company);
    const QJsonObject before = state(company, QStringLiteral("soak"));
    const qint64 counterBefore = before.value(QStringLiteral("counter")).toInteger();
    const qint64 vouchersBefore = before.value(QStringLiteral("vouchers")).toInteger();
    const int seconds = qEnvironmentVariableIntValue("BACKROOM_SOAK_SECONDS") > 0
                            ? qEnvironmentVariableIntValue("BACKROOM_SOAK_SECONDS")
                            : 20;

    std::vector<std::unique_ptr<QProcess>> clerks;
    for (int id = 1; id <= 2; ++id) {
        auto process = std::make_unique<QProcess>();
        process->start(driverProgram(), {QStringLiteral("soak"), company, QString::number(seconds), QString::number(id)});
        REQUIRE(process->waitForStarted(30000));
        clerks.push_back(std::move(process));
    }
    qint64 increments = 0, posted = 0, conflicts = 0, readOnlyReads = 0, turns = 0;
    for (auto &process : clerks) {
        REQUIRE(process->waitForFinished((seconds + 120) * 1000));
        const QString err = QString::fromUtf8(process->readAllStandardError());
        INFO(err.toStdString());
        REQUIRE(process->exitStatus() == QProcess::NormalExit);
        REQUIRE(process->exitCode() == 0);
        CHECK_FALSE(err.contains(QLatin1String("locked"), Qt::CaseInsensitive));
        const QJsonObject report = QJsonDocument::fromJson(process->readAllStandardOutput()).object();
        INFO(QJsonDocument(report).toJson().toStdString());
        CHECK(report.value(QStringLiteral("failures")).toInteger() == 0);
        // Each had turns at writing, and read while the other wrote.
        CHECK(report.value(QStringLiteral("turns")).toInteger() > 0);
        increments += report.value(QStringLiteral("increments")).toInteger();
        posted += report.value(QStringLiteral("posted")).toInteger();
        conflicts += report.value(QStringLiteral("conflicts")).toInteger();
        readOnlyReads += report.value(QStringLiteral("read_only_reads")).toInteger();
        turns += report.value(QStringLiteral("turns")).toInteger();
    }
    CHECK(readOnlyReads > 0);
    // Stale saves happened and were refused: the test proves something.
    CHECK(conflicts > 0);

    const QJsonObject after = state(company, QStringLiteral("soak"));
    INFO(QJsonDocument(after).toJson().toStdString());
    CHECK(after.value(QStringLiteral("counter")).toInteger() == counterBefore + increments);
    CHECK(after.value(QStringLiteral("vouchers")).toInteger() == vouchersBefore + posted);
    CHECK(after.value(QStringLiteral("numbers_gap_free")).toBool());
    requireVerified(company);
    std::cout << "soak: 2 processes for " << seconds << " s: " << turns << " turns at writing, " << increments
              << " counter increments (" << conflicts << " stale saves refused), " << posted << " vouchers posted, "
              << readOnlyReads << " read-only reads while the other wrote; no lock error, no lost update"
              << std::endl;
}

TEST_CASE("verify reads one snapshot while a clerk keeps posting", "[soak][verify]")
{
    QTemporaryDir dir;
    const QString company = dir.filePath(QStringLiteral("verify.backroom"));
    copyCompany(templateCompany(), company);
    QProcess writer;
    writer.start(driverProgram(), {QStringLiteral("post"), company, QStringLiteral("100000"), QStringLiteral("vfy")});
    REQUIRE(writer.waitForStarted(30000));
    REQUIRE(writer.waitForReadyRead(60000));
    int verified = 0;
    for (int i = 0; i < 8 && writer.state() == QProcess::Running; ++i) {
        const BackroomTests::CliRun verify = BackroomTests::runCli({QStringLiteral("verify"), company});
        INFO(verify.out.toStdString() << verify.err.toStdString());
        CHECK(verify.code == 0);
        ++verified;
    }
    const bool wasRunning = writer.state() == QProcess::Running;
    writer.kill();
    writer.waitForFinished(30000);
    CHECK(wasRunning);
    CHECK(verified == 8);
    const QByteArray out = writer.readAllStandardOutput();
    // It really wrote while verify read.
    CHECK(out.count("posted") > 10);
    requireVerified(company);
}
