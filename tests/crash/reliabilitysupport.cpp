#include "reliabilitysupport.h"

#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>

namespace ReliabilityTests {

namespace {

QProcessEnvironment driverEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.remove(QStringLiteral("LC_ALL"));
    environment.remove(QStringLiteral("BACKROOM_MODULE_PATH"));
    return environment;
}

Run finish(QProcess &process, bool killed)
{
    Run run;
    run.killed = killed;
    run.crashed = !killed && process.exitStatus() != QProcess::NormalExit;
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    run.lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

QString driverProgram()
{
    return QStringLiteral(BACKROOM_BUILD_BIN_DIR "/crash-driver");
}

Run runDriver(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(driverEnvironment());
    process.start(driverProgram(), arguments);
    REQUIRE(process.waitForStarted(30000));
    REQUIRE(process.waitForFinished(timeoutMs));
    return finish(process, false);
}

Run runAndKill(const QStringList &arguments, int delayMs, qint64 *workedMs)
{
    QProcess process;
    process.setProcessEnvironment(driverEnvironment());
    process.start(driverProgram(), arguments);
    REQUIRE(process.waitForStarted(30000));
    QByteArray seen;
    QElapsedTimer startup;
    startup.start();
    while (!seen.contains("ready\n") && process.state() == QProcess::Running && startup.elapsed() < 60000) {
        process.waitForReadyRead(100);
        seen += process.peek(1 << 20).mid(seen.size());
    }
    QElapsedTimer clock;
    clock.start();
    bool killed = false;
    if (delayMs >= 0) {
        if (!process.waitForFinished(delayMs) && process.state() == QProcess::Running) {
            process.kill();   // SIGKILL: no handler, no flush, no clean-up
            killed = true;
        }
    }
    // (waitForFinished() is false for a process that already ended.)
    if (process.state() != QProcess::NotRunning)
        REQUIRE(process.waitForFinished(300000));
    if (workedMs)
        *workedMs = clock.elapsed();
    return finish(process, killed);
}

int countLines(const Run &run, const QString &prefix)
{
    return int(std::count_if(run.lines.cbegin(), run.lines.cend(),
                             [&](const QString &line) { return line.startsWith(prefix); }));
}

QJsonObject state(const QString &company, const QString &tag)
{
    const Run run = runDriver({QStringLiteral("state"), company, tag});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    REQUIRE(!run.lines.isEmpty());
    return QJsonDocument::fromJson(run.lines.constLast().toUtf8()).object();
}

void requireVerified(const QString &company)
{
    const BackroomTests::CliRun verify = BackroomTests::runCli({QStringLiteral("verify"), company});
    INFO(verify.out.toStdString() << verify.err.toStdString());
    REQUIRE(verify.code == 0);
}

void copyCompany(const QString &from, const QString &to)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal", ".lock"})
        QFile::remove(to + QLatin1String(suffix));
    REQUIRE(QFile::copy(from, to));
    QFile(to).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

// One company for every test of the run: the demo company with 300 posted
// vouchers (made once, ~seconds), copied for each kill.
QString templateCompany()
{
    static QTemporaryDir dir;
    static QString path;
    if (path.isEmpty()) {
        REQUIRE(dir.isValid());
        const QString made = dir.filePath(QStringLiteral("template.backroom"));
        const Run run = runDriver({QStringLiteral("init"), made, QStringLiteral("300")});
        INFO(run.err.toStdString());
        REQUIRE(run.code == 0);
        path = made;
    }
    return path;
}

} // namespace ReliabilityTests
