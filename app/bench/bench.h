#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace Backroom::Internal {

// A program built next to backroom-bench (backroom, backroom-cli, …).
QString benchExecutable(const QString &name);
// backroom-cli signs in: the benchmark's companies have one administrator,
// "bench", whose password the environment gives (BACKROOM_USER and
// BACKROOM_PASSWORD).
QProcessEnvironment benchEnvironment();

// backroom-bench: the project's benchmark program. Each scenario prints one
// line "name: value unit"; docs/benchmarks.md records the figures.
class Bench
{
public:
    explicit Bench(QTextStream &out);

    int run(const QStringList &arguments);

private:
    bool startup(int runs);
    bool import(int rows, bool audit);
    // One clerk, then four at once, writing to one company on the server
    // (concurrent-writer, built with the tests): operations per second.
    bool writers(const QString &server, double seconds, double latency);
    // Starts a program that prints "idle" once its window is shown and the
    // event loop is idle; returns the milliseconds until that line, or -1.
    double timeUntilIdle(const QString &program, const QStringList &arguments, const QString &sandbox);

    QTextStream &m_out;
    QString m_error;
};

} // namespace Backroom::Internal
