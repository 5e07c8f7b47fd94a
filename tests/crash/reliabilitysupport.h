#pragma once

// What the reliability tests share: crash-driver run to the end or killed,
// a company's state as the driver reads it after opening it for work, and
// the template company every test copies.

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ReliabilityTests {

struct Run
{
    int code = -1;
    bool crashed = false;    // died of a signal we did not send
    bool killed = false;     // we killed it before it finished
    QStringList lines;       // its standard output, line by line
    QString err;
};

QString driverProgram();
Run runDriver(const QStringList &arguments, int timeoutMs = 300000);
// Starts the driver, waits until it says "ready" (its work starts next),
// lets it work for `delayMs` and kills it with SIGKILL unless it finished.
// delayMs < 0: never killed; the time from "ready" to the end goes to
// *workedMs.
Run runAndKill(const QStringList &arguments, int delayMs, qint64 *workedMs = nullptr);
int countLines(const Run &run, const QString &prefix);
// Opens the company for work (as the program does after a crash) and
// returns what the operations tagged `tag` left (crash-driver state).
QJsonObject state(const QString &company, const QString &tag);
// backroom-cli verify passes.
void requireVerified(const QString &company);
// A copy of a company file, without the journals or lock of what was there.
void copyCompany(const QString &from, const QString &to);
// The demo company (zh_CN) with 300 posted vouchers and the soak counter,
// made once per test run.
QString templateCompany();

} // namespace ReliabilityTests
