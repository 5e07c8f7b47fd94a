#include "bench.h"

#include "database.h"

#include "audithook.h"
#include "companyfile.h"
#include "csvreader.h"
#include "documentbench.h"
#include "latencyrelay.h"
#include "listbench.h"
#include "recordimporter.h"
#include "records.h"
#include "reportbench.h"
#include "trialbalancebench.h"
#include "suite.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonDocument>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

namespace Backroom::Internal {

namespace {
double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

} // namespace

namespace {
// CPU seconds used so far by this process (children false) or by its
// finished children: on a busy machine steadier than wall time.
double cpuSeconds(bool children)
{
#if defined(Q_OS_UNIX)
    rusage usage{};
    getrusage(children ? RUSAGE_CHILDREN : RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
#else
    Q_UNUSED(children);
    return -1;
#endif
}
} // namespace

Bench::Bench(QTextStream &out)
    : m_out(out)
{
}

QString benchExecutable(const QString &name)
{
    QString path = QCoreApplication::applicationDirPath() + QLatin1Char('/') + name;
#ifdef Q_OS_WIN
    path += QStringLiteral(".exe");
#endif
    return path;
}

QProcessEnvironment benchEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BACKROOM_USER"), QStringLiteral("bench"));
    environment.insert(QStringLiteral("BACKROOM_PASSWORD"), QStringLiteral("bench-password"));
    return environment;
}

int Bench::run(const QStringList &arguments)
{
    int runs = 21;
    int importRows = 100000;
    int listRows = 1000000;
    int reportRows = 50000;
    QString only;
    bool audit = true;
    // The writers' one-way network delay in milliseconds (0: straight to the server).
    double latency = 0;
    // The server the list scenario also runs on (a postgresql:// URL, its
    // password in PGPASSWORD), so SQLite and PostgreSQL stand side by side.
    QString server = qEnvironmentVariable("BACKROOM_BENCH_POSTGRES");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--runs") && i + 1 < arguments.size())
            runs = std::max(1, arguments.at(++i).toInt());
        else if (argument == QLatin1String("--rows") && i + 1 < arguments.size())
            importRows = listRows = reportRows = std::max(1, arguments.at(++i).toInt());
        else if (argument == QLatin1String("--scenario") && i + 1 < arguments.size())
            only = arguments.at(++i);
        else if (argument == QLatin1String("--no-audit"))
            audit = false;
        else if (argument == QLatin1String("--postgres") && i + 1 < arguments.size())
            server = arguments.at(++i);
        else if (argument == QLatin1String("--latency") && i + 1 < arguments.size())
            latency = std::max(0.0, arguments.at(++i).toDouble());
        else if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            m_out << "Usage: backroom-bench [--runs N] [--rows N] [--scenario NAME] [--no-audit] [--postgres URL]\n"
                     "                      [--latency MS]\n"
                     "Scenarios: startup, import, list, writers (needs --postgres), document, report, trialbalance\n"
                     "--no-audit imports without the audit log, to show what auditing costs.\n"
                     "--postgres URL (or BACKROOM_BENCH_POSTGRES) runs the list and trialbalance scenarios on that\n"
                     "server too.\n"
                     "--latency MS runs the writers through a relay that delays each way by MS milliseconds,\n"
                     "as a LAN between the clerks' desks and the server would (Unix only).\n"
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
    if (only.isEmpty() || only == QLatin1String("import"))
        ok = import(importRows, audit) && ok;
    if (only.isEmpty() || only == QLatin1String("list")) {
        ListBench list(m_out, listRows, runs, server);
        if (!list.run()) {
            m_error = list.errorString();
            ok = false;
        }
    }
    if ((only.isEmpty() && !server.isEmpty()) || only == QLatin1String("writers"))
        ok = writers(server, 10, latency) && ok;
    if (only.isEmpty() || only == QLatin1String("document")) {
        DocumentBench documents(m_out, runs);
        if (!documents.run()) {
            m_error = documents.errorString();
            ok = false;
        }
    }
    if (only.isEmpty() || only == QLatin1String("report")) {
        ReportBench report(m_out, reportRows);
        if (!report.run()) {
            m_error = report.errorString();
            ok = false;
        }
    }
    if (only.isEmpty() || only == QLatin1String("trialbalance")) {
        TrialBalanceBench balances(m_out, reportRows, runs, server);
        if (!balances.run()) {
            m_error = balances.errorString();
            ok = false;
        }
    }
    m_out.flush();
    if (!ok) {
        QTextStream(stderr) << "backroom-bench: " << m_error << '\n';
        return 1;
    }
    return 0;
}

bool Bench::writers(const QString &server, double seconds, double latency)
{
    if (server.isEmpty()) {
        m_error = QStringLiteral("the writers scenario needs a server: --postgres URL");
        return false;
    }
    const QString program = benchExecutable(QStringLiteral("concurrent-writer"));
    if (!QFileInfo::exists(program)) {
        m_error = QStringLiteral("%1 is missing: it is built with the tests").arg(program);
        return false;
    }
    // With a delay the clerks reach the server through the relay; the company
    // is still set up straight.
    std::unique_ptr<LatencyRelay> relay;
    if (latency > 0) {
        const QUrl url(server);
        relay = std::make_unique<LatencyRelay>(url.host(), quint16(url.port(5432)),
                                               std::chrono::microseconds(qRound64(latency * 1000)));
        if (!relay->start()) {
            m_error = relay->errorString();
            return false;
        }
    }
    const auto throughRelay = [&](const QString &company) {
        if (!relay)
            return company;
        QUrl url(company);
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(relay->port());
        return url.toString();
    };
    // What a round trip through the relay really takes (its threads add to
    // the delay asked for), so the figures say which network they stand for.
    double roundTripMs = 0;
    if (relay) {
        QString error;
        const std::unique_ptr<Database> probe = Database::openPostgres(throughRelay(server), &error);
        if (!probe) {
            m_error = error;
            return false;
        }
        constexpr int trips = 200;
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < trips; ++i)
            probe->scalar(QStringLiteral("SELECT 1"));
        roundTripMs = double(clock.nsecsElapsed()) / 1e6 / trips;
    }
    const auto run = [&](int count) -> double {
        // A company of its own per run, with 20 records everyone edits.
        const QString company = Database::withPostgresSchema(
            server, QStringLiteral("bench_writers_%1_%2").arg(count).arg(QRandomGenerator::global()->generate(), 0, 16));
        QProcess init;
        init.start(program, {QStringLiteral("init"), company, QStringLiteral("20")});
        if (!init.waitForFinished(120000) || init.exitCode() != 0) {
            m_error = QString::fromLocal8Bit(init.readAllStandardError());
            return -1;
        }
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 1; i <= count; ++i) {
            processes.push_back(std::make_unique<QProcess>());
            processes.back()->start(program, {QStringLiteral("run"), throughRelay(company), QString::number(seconds),
                                              QString::number(i)});
        }
        double total = 0;
        for (auto &process : processes) {
            if (!process->waitForFinished(int(seconds * 1000) + 120000) || process->exitCode() != 0) {
                m_error = QString::fromLocal8Bit(process->readAllStandardError());
                return -1;
            }
            const QJsonObject report = QJsonDocument::fromJson(process->readAllStandardOutput()).object();
            if (report.value(QStringLiteral("failures")).toInteger() != 0) {
                m_error = QStringLiteral("a writer failed: %1").arg(QString::fromUtf8(QJsonDocument(report).toJson()));
                return -1;
            }
            total += report.value(QStringLiteral("operations")).toDouble() / report.value(QStringLiteral("seconds")).toDouble();
        }
        QString error;
        if (auto db = Database::openPostgres(server, &error))
            db->exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(Database::postgresSchema(company)));
        return total;
    };
    const double one = run(1);
    if (one < 0)
        return false;
    const double four = run(4);
    if (four < 0)
        return false;
    // Named by the delay, so runs on the server's machine and over a LAN
    // stand apart in one report.
    const QString name = latency > 0 ? QStringLiteral("writers_pg_lan%1ms").arg(latency) : QStringLiteral("writers_pg");
    m_out << name << "_1_ops_per_s: " << QString::number(one, 'f', 0) << " ops/s\n"
          << name << "_4_ops_per_s: " << QString::number(four, 'f', 0) << " ops/s\n"
          << name << "_4_vs_1: " << QString::number(four / one, 'f', 2) << " x\n";
    if (relay)
        m_out << name << "_round_trip_ms: " << QString::number(roundTripMs, 'f', 2) << " ms\n";
    m_out.flush();
    return true;
}

double Bench::timeUntilIdle(const QString &program, const QStringList &arguments, const QString &sandbox)
{
    QProcess process;
    QProcessEnvironment environment = benchEnvironment();
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
    const QString shell = benchExecutable(QStringLiteral("backroom"));
    const QString minimal = benchExecutable(QStringLiteral("backroom-minimal-window"));
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

bool Bench::import(int rows, bool audit)
{
    QTemporaryDir sandbox;
    const QString csvPath = sandbox.filePath(QStringLiteral("partners.csv"));
    {
        // Partners as a clerk's spreadsheet has them: Chinese names, codes,
        // amounts with decimals. Deterministic, so runs compare.
        QFile csv(csvPath);
        if (!csv.open(QIODevice::WriteOnly)) {
            m_error = csv.errorString();
            return false;
        }
        csv.write("code,name,kind,tax_id,contact,phone,credit_limit\n");
        QRandomGenerator random(42);
        for (int i = 0; i < rows; ++i)
            csv.write(QStringLiteral("P%1,往来单位 %2,%3,9131%4,联系人%2,138%5,%6.%7\n")
                          .arg(i, 6, 10, QLatin1Char('0'))
                          .arg(i)
                          .arg(random.bounded(2) ? QStringLiteral("customer") : QStringLiteral("supplier"))
                          .arg(i, 14, 10, QLatin1Char('0'))
                          .arg(i, 8, 10, QLatin1Char('0'))
                          .arg(random.bounded(10000000))
                          .arg(random.bounded(100), 2, 10, QLatin1Char('0'))
                          .toUtf8());
    }

    // Backroom: read, map, validate every row, write all in one transaction.
    Suite suite{QStringList{}};
    CompanyFile::NewCompany company;
    company.name = QStringLiteral("Bench");
    CompanyFile::Status status;
    auto file = suite.createCompany(sandbox.filePath(QStringLiteral("bench.backroom")), company, &status);
    if (!file) {
        m_error = status.message;
        return false;
    }
    Records records(file->database(), suite.registries().entities, QStringLiteral("bench"));
    // As backroom-cli imports: one audit entry per record.
    AuditHook auditHook;
    if (audit)
        records.addHook(&auditHook);
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    // The partners table exactly as the company has it (indexes, search index and
    // its triggers), read before the import, for the second reference below.
    QByteArray partnerSchema;
    if (!sqlite.isEmpty()) {
        QProcess schema;
        schema.start(sqlite, {file->path(), QStringLiteral(".schema core_partner%")});
        schema.waitForFinished(60000);
        partnerSchema = schema.readAllStandardOutput();
    }
    QElapsedTimer timer;
    const double cpuBefore = cpuSeconds(false);
    timer.start();
    const CsvReader reader = CsvReader::fromFile(csvPath);
    const double readSeconds = double(timer.nsecsElapsed()) / 1e9;
    RecordImporter importer(records, *records.entity(QStringLiteral("core.partner")));
    const RecordImporter::Result result = importer.import(reader, importer.defaultMapping(reader.header()));
    const double backroomSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double backroomCpu = cpuSeconds(false) - cpuBefore;
    if (!result.ok || result.imported != rows) {
        m_error = QStringLiteral("import failed: %1").arg(result.problems.isEmpty() ? QString() : result.problems.constFirst().message);
        return false;
    }

    // The reference: the sqlite3 shell's .import into a bare table.
    double shellSeconds = -1;
    double shellCpu = -1;
    double sameSchemaSeconds = -1;
    if (!sqlite.isEmpty()) {
        QProcess shell;
        const double childrenBefore = cpuSeconds(true);
        timer.restart();
        shell.start(sqlite, {sandbox.filePath(QStringLiteral("bare.db")), QStringLiteral(".import --csv %1 bare").arg(csvPath)});
        shell.waitForFinished(600000);
        shellSeconds = double(timer.nsecsElapsed()) / 1e9;
        shellCpu = cpuSeconds(true) - childrenBefore;

        // A second reference that pays for what the company's table costs: the shell
        // imports into a staging table and copies the rows into the same schema
        // (indexes, trigram search index) in one transaction, converting the amount
        // to minor units, with no checks at all.
        QByteArray script = partnerSchema;
        script += "CREATE TABLE staging(code, name, kind, tax_id, contact, phone, credit_limit);\n";
        script += ".import --csv --skip 1 " + csvPath.toUtf8() + " staging\n";
        script += "BEGIN;\n"
                  "INSERT INTO core_partner (created_at, created_by, updated_at, updated_by, code, name, kind, tax_id, "
                  "contact, phone, credit_limit) SELECT '2026-01-01T00:00:00Z', 'bench', '2026-01-01T00:00:00Z', "
                  "'bench', code, name, kind, tax_id, contact, phone, CAST(round(credit_limit * 100) AS INTEGER) "
                  "FROM staging;\n"
                  "DROP TABLE staging;\n"
                  "COMMIT;\n";
        QProcess sameSchema;
        timer.restart();
        sameSchema.start(sqlite, {sandbox.filePath(QStringLiteral("same-schema.db"))});
        sameSchema.waitForStarted();
        sameSchema.write(script);
        sameSchema.closeWriteChannel();
        sameSchema.waitForFinished(600000);
        sameSchemaSeconds = double(timer.nsecsElapsed()) / 1e9;
        if (sameSchema.exitCode() != 0 || !sameSchema.readAllStandardError().isEmpty())
            sameSchemaSeconds = -1;
    }
    m_out << "import_" << rows << "_rows_backroom: " << QString::number(rows / backroomSeconds, 'f', 0) << " rows/s\n";
    m_out << "import_" << rows << "_rows_csv_read: " << QString::number(readSeconds * 1000, 'f', 0) << " ms (included above)\n";
    if (shellSeconds > 0) {
        m_out << "import_" << rows << "_rows_sqlite3_shell: " << QString::number(rows / shellSeconds, 'f', 0) << " rows/s\n";
        m_out << "import_ratio_backroom_to_sqlite3: " << QString::number(shellSeconds / backroomSeconds, 'f', 3) << " x\n";
        if (backroomCpu > 0 && shellCpu > 0)
            m_out << "import_cpu_ratio_backroom_to_sqlite3: " << QString::number(shellCpu / backroomCpu, 'f', 3)
                  << " x (CPU " << QString::number(backroomCpu, 'f', 2) << " s against " << QString::number(shellCpu, 'f', 2)
                  << " s)\n";
        if (sameSchemaSeconds > 0) {
            m_out << "import_" << rows << "_rows_sqlite3_shell_same_schema: " << QString::number(rows / sameSchemaSeconds, 'f', 0)
                  << " rows/s\n";
            m_out << "import_ratio_backroom_to_sqlite3_same_schema: "
                  << QString::number(sameSchemaSeconds / backroomSeconds, 'f', 3) << " x\n";
        }
    } else {
        m_out << "import_" << rows << "_rows_sqlite3_shell: not measured (sqlite3 not installed)\n";
    }
    return true;
}

} // namespace Backroom::Internal
