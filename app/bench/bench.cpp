#include "bench.h"

#include "companyfile.h"
#include "suite.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <algorithm>

namespace Backroom::Internal {

namespace {
double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

QString executable(const QString &name)
{
    QString path = QCoreApplication::applicationDirPath() + QLatin1Char('/') + name;
#ifdef Q_OS_WIN
    path += QStringLiteral(".exe");
#endif
    return path;
}
} // namespace

Bench::Bench(QTextStream &out)
    : m_out(out)
{
}

int Bench::run(const QStringList &arguments)
{
    int runs = 21;
    QString only;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--runs") && i + 1 < arguments.size())
            runs = std::max(1, arguments.at(++i).toInt());
        else if (argument == QLatin1String("--scenario") && i + 1 < arguments.size())
            only = arguments.at(++i);
        else if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            m_out << "Usage: backroom-bench [--runs N] [--scenario NAME]\n"
                     "Scenarios: startup\n"
                     "Needs a display (run under xvfb-run -a) or QT_QPA_PLATFORM=offscreen.\n";
            return 0;
        } else {
            m_out << "backroom-bench: unknown argument " << argument << '\n';
            return 2;
        }
    }
    bool ok = true;
    if (only.isEmpty() || only == QLatin1String("startup"))
        ok = startup(runs) && ok;
    m_out.flush();
    if (!ok) {
        QTextStream(stderr) << "backroom-bench: " << m_error << '\n';
        return 1;
    }
    return 0;
}

double Bench::timeUntilIdle(const QString &program, const QStringList &arguments, const QString &sandbox)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // A private data and settings folder: no recent files, no saved layout.
    environment.insert(QStringLiteral("BACKROOM_DATA_DIR"), sandbox + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), sandbox + QStringLiteral("/config"));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    QByteArray output;
    double elapsed = -1;
    while (process.waitForReadyRead(30000)) {
        output += process.readAllStandardOutput();
        if (output.contains("idle\n")) {
            elapsed = double(timer.nsecsElapsed()) / 1e6;
            break;
        }
    }
    if (!process.waitForFinished(30000))
        process.kill();
    if (elapsed < 0)
        m_error = QStringLiteral("%1 never became idle: %2")
                      .arg(QFileInfo(program).fileName(), QString::fromLocal8Bit(process.readAllStandardError()));
    return elapsed;
}

bool Bench::startup(int runs)
{
    QTemporaryDir sandbox;
    if (!sandbox.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    const QString englishCompany = sandbox.filePath(QStringLiteral("bench-en.backroom"));
    const QString chineseCompany = sandbox.filePath(QStringLiteral("bench-zh.backroom"));
    {
        Suite suite;
        suite.loadModules();
        for (const auto &[path, language] : {std::pair{englishCompany, QStringLiteral("en")},
                                             std::pair{chineseCompany, QStringLiteral("zh_CN")}}) {
            CompanyFile::NewCompany company;
            company.name = Suite::demoCompanyName(language);
            company.language = language;
            company.demo = true;
            CompanyFile::Status status;
            if (!suite.createCompany(path, company, &status)) {
                m_error = status.message;
                return false;
            }
        }
    }
    const QString shell = executable(QStringLiteral("backroom"));
    const QString minimal = executable(QStringLiteral("backroom-minimal-window"));
    struct Program
    {
        QString name;
        QString path;
        QStringList arguments;
        QList<double> times;
    };
    // The Chinese pair compares like with like: both windows show Chinese
    // text, so both pay for loading a CJK font.
    QList<Program> programs{
        {QStringLiteral("startup_minimal_window"), minimal, {}, {}},
        {QStringLiteral("startup_shell_all_modules"), shell,
         {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--exit-when-idle"), englishCompany}, {}},
        {QStringLiteral("startup_minimal_window_zh_CN"), minimal, {QStringLiteral("--chinese")}, {}},
        {QStringLiteral("startup_shell_all_modules_zh_CN"), shell,
         {QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--exit-when-idle"), chineseCompany}, {}},
    };

    // One warm-up run each (page cache, font cache), then interleaved runs so
    // all programs see the same machine load.
    for (Program &program : programs)
        if (timeUntilIdle(program.path, program.arguments, sandbox.path()) < 0)
            return false;
    for (int i = 0; i < runs; ++i) {
        for (Program &program : programs) {
            const double elapsed = timeUntilIdle(program.path, program.arguments, sandbox.path());
            if (elapsed < 0)
                return false;
            program.times.append(elapsed);
        }
    }
    QList<double> medians;
    for (const Program &program : programs) {
        medians.append(median(program.times));
        m_out << program.name << ": " << QString::number(medians.constLast(), 'f', 1) << " ms\n";
    }
    Suite probe;
    probe.loadModules();
    m_out << "startup_modules_loaded: " << probe.modules().runningModules().size() << " modules\n";
    m_out << "startup_ratio_shell_to_minimal: " << QString::number(medians.at(1) / medians.at(0), 'f', 2) << " x\n";
    m_out << "startup_ratio_shell_to_minimal_zh_CN: " << QString::number(medians.at(3) / medians.at(2), 'f', 2)
          << " x\n";
    return true;
}

} // namespace Backroom::Internal
