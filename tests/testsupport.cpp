#include "testsupport.h"

#include "database.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

namespace BackroomTests {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QStringList folderEntries(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

Backroom::ModuleSchema tableSchema(const QString &moduleId, int steps, int failingStep)
{
    Backroom::ModuleSchema schema;
    schema.moduleId = moduleId;
    schema.moduleVersion = QStringLiteral("1.0.0");
    for (int version = 1; version <= steps; ++version) {
        Backroom::SchemaStep step;
        step.moduleId = moduleId;
        step.version = version;
        step.description = QStringLiteral("table v%1").arg(version);
        const bool fail = version == failingStep;
        step.apply = [moduleId, version, fail](Backroom::Database &db, QString *error) {
            if (!db.exec(QStringLiteral("CREATE TABLE %1_v%2 (id INTEGER PRIMARY KEY)").arg(moduleId).arg(version),
                         {}, error))
                return false;
            if (fail) {
                *error = QStringLiteral("step %1 fails on purpose").arg(version);
                return false;
            }
            return true;
        };
        schema.steps.append(step);
    }
    return schema;
}

bool onPostgres()
{
    return qEnvironmentVariable("BACKROOM_TEST_BACKEND") == QLatin1String("postgres");
}

namespace {

QString testServer()
{
    const QString url = qEnvironmentVariable("BACKROOM_TEST_POSTGRES");
    INFO("BACKROOM_TEST_POSTGRES is not set: run the tests with packaging/dev test, which starts a PostgreSQL "
         "server for them (or point it at one: postgresql://user@host:port/database, password in PGPASSWORD)");
    REQUIRE_FALSE(url.isEmpty());
    return url;
}

QStringList &testSchemas()
{
    static QStringList schemas;
    return schemas;
}

// While the application object still exists (Qt's SQL drivers need it).
void dropTestSchemas()
{
    if (testSchemas().isEmpty())
        return;
    QString error;
    auto db = Backroom::Database::openPostgres(qEnvironmentVariable("BACKROOM_TEST_POSTGRES"), &error);
    if (!db)
        return;
    for (const QString &schema : std::as_const(testSchemas()))
        db->exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema));
    testSchemas().clear();
}

} // namespace

namespace {

// The test server's URL naming `schema`, which is dropped at the end.
QString testServerSchema(const QString &schema)
{
    if (!testSchemas().contains(schema)) {
        if (testSchemas().isEmpty())
            qAddPostRoutine(dropTestSchemas);
        testSchemas().append(schema);
    }
    return Backroom::Database::withPostgresSchema(testServer(), schema);
}

} // namespace

QString companyLocation(const QString &path)
{
    if (!onPostgres())
        return path;
    const QByteArray key = QFileInfo(path).absoluteFilePath().toUtf8();
    return testServerSchema(
        QStringLiteral("t_") + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(20)));
}

QString freshServerCompany(const QString &prefix)
{
    return testServerSchema(QStringLiteral("%1_%2").arg(prefix).arg(QRandomGenerator::global()->generate64(), 0, 16));
}

std::unique_ptr<Backroom::Database> clerkConnection(const QString &url, const QString &clerk, const QString &purpose)
{
    Backroom::Database::ConnectionInfo info;
    info.kind = Backroom::SqlDialect::Kind::Postgres;
    info.location = url;
    info.clerk = clerk;
    info.purpose = purpose;
    QString error;
    std::unique_ptr<Backroom::Database> db = Backroom::Database::reopen(info, false, &error);
    INFO(error.toStdString());
    REQUIRE(db);
    return db;
}

void createCompany(const QString &path, const QList<Backroom::ModuleSchema> &modules, const QString &name)
{
    Backroom::CompanyFile::NewCompany company;
    company.name = name;
    Backroom::CompanyFile::Status status;
    auto file = Backroom::CompanyFile::create(companyLocation(path), company, modules, {}, &status);
    INFO(status.message.toStdString());
    REQUIRE(file);
}

std::unique_ptr<Backroom::CompanyFile> openCompanyWith(const QString &path, const QString &moduleId,
                                                       const QList<Backroom::Entity> &declared,
                                                       Backroom::Registry<Backroom::Entity> *entities)
{
    Backroom::ModuleSchema schema;
    schema.moduleId = moduleId;
    schema.moduleVersion = QStringLiteral("1.0");
    schema.entities = declared;
    for (const Backroom::Entity &entity : declared)
        REQUIRE(entities->add(moduleId, entity));
    createCompany(path, {schema});
    Backroom::CompanyFile::Status status;
    auto company = Backroom::CompanyFile::open(companyLocation(path), {schema}, &status);
    INFO(status.message.toStdString());
    REQUIRE(company);
    return company;
}

CliRun runCli(const QStringList &arguments, int fileSizeLimitKb, const QMap<QString, QString> &extraEnvironment)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.remove(QStringLiteral("LC_ALL"));
    environment.remove(QStringLiteral("BACKROOM_MODULE_PATH"));
    // The tests' companies are set up by (and signed in to as) one
    // administrator; a test that wants another user passes --user.
    environment.insert(QStringLiteral("BACKROOM_USER"), testLogin());
    environment.insert(QStringLiteral("BACKROOM_PASSWORD"), testPassword());
    for (auto it = extraEnvironment.cbegin(); it != extraEnvironment.cend(); ++it) {
        if (it.value().isNull())
            environment.remove(it.key());
        else
            environment.insert(it.key(), it.value());
    }
    process.setProcessEnvironment(environment);
    const QString program = QStringLiteral(BACKROOM_BUILD_BIN_DIR "/backroom-cli");
    if (fileSizeLimitKb > 0) {
        // dash and bash count ulimit -f in 1024-byte units.
        process.start(QStringLiteral("/bin/sh"),
                      QStringList{QStringLiteral("-c"),
                                  QStringLiteral("trap '' XFSZ; ulimit -f %1; exec \"$0\" \"$@\"").arg(fileSizeLimitKb),
                                  program}
                          + arguments);
    } else {
        process.start(program, arguments);
    }
    REQUIRE(process.waitForFinished(60000));
    CliRun run;
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString toolOutput(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(30000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}


int pdfPageCount(const QString &path)
{
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(toolOutput(QStringLiteral("pdfinfo"), {path})).captured(1).toInt();
}

QString pdfText(const QString &path, int first, int last)
{
    QStringList arguments{QStringLiteral("-layout")};
    if (first > 0)
        arguments << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l") << QString::number(last);
    arguments << path << QStringLiteral("-");
    return toolOutput(QStringLiteral("pdftotext"), arguments);
}

QString pdfRawText(const QString &path)
{
    QString text = toolOutput(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    static const QRegularExpression space(QStringLiteral("\\s"));
    text.remove(space);
    return text;
}

bool pdfFontsEmbedded(const QString &path)
{
    const QStringList lines = toolOutput(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() < 3)
        return false;
    for (const QString &line : lines.mid(2)) {
        // name type [type…] encoding emb sub uni object ID: emb is 5th from the end.
        const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (columns.size() < 6 || columns.at(columns.size() - 5) != QLatin1String("yes"))
            return false;
    }
    return true;
}

} // namespace BackroomTests
