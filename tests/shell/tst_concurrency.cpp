// Several clerks on one PostgreSQL company at once (issue 7): four writer
// processes (tests/concurrency/concurrentwriter.cpp) edit the same records,
// create numbered documents and import batches for a few seconds; then
// nothing may be lost, doubled or skipped, and backroom-cli verify passes.
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>

#include <memory>

using namespace Backroom;

namespace {

QString writerProgram()
{
    return QStringLiteral(BACKROOM_BUILD_BIN_DIR "/concurrent-writer");
}

QJsonObject runWriter(const QStringList &arguments)
{
    QProcess process;
    process.start(writerProgram(), arguments);
    REQUIRE(process.waitForFinished(120000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

} // namespace

TEST_CASE("Four clerks on one server company: no lost update, no duplicate or missing number", "[postgres][concurrency]")
{
    const QString company = BackroomTests::freshServerCompany(QStringLiteral("stress"));
    constexpr int SharedRecords = 3;
    constexpr int Writers = 4;
    runWriter({QStringLiteral("init"), company, QString::number(SharedRecords)});

    std::vector<std::unique_ptr<QProcess>> writers;
    for (int i = 1; i <= Writers; ++i) {
        auto process = std::make_unique<QProcess>();
        process->start(writerProgram(), {QStringLiteral("run"), company, QStringLiteral("5"), QString::number(i)});
        writers.push_back(std::move(process));
    }
    QMap<QString, qint64> increments;
    qint64 created = 0, importedRows = 0, conflicts = 0, operations = 0;
    for (auto &process : writers) {
        REQUIRE(process->waitForFinished(120000));
        INFO(QString::fromUtf8(process->readAllStandardError()).toStdString());
        REQUIRE(process->exitCode() == 0);
        const QJsonObject report = QJsonDocument::fromJson(process->readAllStandardOutput()).object();
        INFO(QJsonDocument(report).toJson().toStdString());
        // Every write either happened or was refused as a conflict the clerk
        // then resolved; none failed.
        CHECK(report.value(QStringLiteral("failures")).toInteger() == 0);
        CHECK(report.value(QStringLiteral("operations")).toInteger() > 10);
        const QJsonObject mine = report.value(QStringLiteral("increments")).toObject();
        for (auto it = mine.begin(); it != mine.end(); ++it)
            increments[it.key()] += it.value().toInteger();
        created += report.value(QStringLiteral("created")).toInteger();
        importedRows += report.value(QStringLiteral("imported_rows")).toInteger();
        conflicts += report.value(QStringLiteral("conflicts")).toInteger();
        operations += report.value(QStringLiteral("operations")).toInteger();
    }
    // They did collide: the test proves something.
    CHECK(conflicts > 0);

    const QJsonObject state = runWriter({QStringLiteral("state"), company});
    // No lost update: each shared record counts every increment a clerk saw saved.
    const QJsonObject hits = state.value(QStringLiteral("hits")).toObject();
    REQUIRE(hits.size() == SharedRecords);
    for (auto it = hits.begin(); it != hits.end(); ++it) {
        INFO("record " << it.key().toStdString());
        CHECK(it.value().toInteger() == increments.value(it.key()));
    }
    // Every document numbered once, without gaps, whoever took the number.
    const QJsonArray numbers = state.value(QStringLiteral("numbers")).toArray();
    CHECK(numbers.size() == SharedRecords + created + importedRows);
    QSet<QString> seen;
    for (const QJsonValue &number : numbers)
        seen.insert(number.toString());
    CHECK(seen.size() == numbers.size());
    for (int n = 1; n <= numbers.size(); ++n)
        if (!seen.contains(QStringLiteral("T-%1").arg(n, 6, 10, QLatin1Char('0')))) {
            FAIL("number T-" << n << " is missing");
        }
    // One audit chain, intact, however the clerks interleaved.
    INFO(state.value(QStringLiteral("audit_problem")).toString().toStdString());
    CHECK(state.value(QStringLiteral("audit_ok")).toBool());
    CHECK(state.value(QStringLiteral("audit_entries")).toInteger() >= operations);
    const auto verify = BackroomTests::runCli({QStringLiteral("verify"), company});
    INFO(verify.out.toStdString() << verify.err.toStdString());
    CHECK(verify.code == 0);
}
