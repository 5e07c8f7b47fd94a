#pragma once

#include "companyfile.h"
#include "database.h"
#include "entity.h"
#include "registry.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

namespace BackroomTests {

// SHA-256 of a file's bytes, to prove a refused file was left untouched.
QByteArray fileHash(const QString &path);
// The names in a folder, sorted, to prove no side files were created.
QStringList folderEntries(const QString &folder);
// A module schema whose step N creates table <module>_vN.
Backroom::ModuleSchema tableSchema(const QString &moduleId, int steps, int failingStep = 0);
// The backend the database tests run on: SQLite files by default, the
// PostgreSQL server named by BACKROOM_TEST_POSTGRES when
// BACKROOM_TEST_BACKEND=postgres (ctest runs the [backends] cases both ways).
bool onPostgres();
// Where a test's company lives: `path` itself on SQLite; on PostgreSQL a
// schema of its own on the test server, the same one for the same path
// (dropped when the test program ends).
QString companyLocation(const QString &path);
// An empty schema of its own on the test server (BACKROOM_TEST_POSTGRES), its
// name starting with `prefix`, dropped when the test program ends.
QString freshServerCompany(const QString &prefix);
// A server connection to `url` as a clerk's window (or worker) opens it,
// named for the list of who is working; fails the test on error.
std::unique_ptr<Backroom::Database> clerkConnection(const QString &url, const QString &clerk,
                                                    const QString &purpose = QStringLiteral("main"));
// Creates a company with the given schemas; fails the test on error.
void createCompany(const QString &path, const QList<Backroom::ModuleSchema> &modules = {},
                   const QString &name = QStringLiteral("Test Co."));

// Creates and opens a company in which module moduleId declares these
// entities, and registers them in `entities`; fails the test on error.
std::unique_ptr<Backroom::CompanyFile> openCompanyWith(const QString &path, const QString &moduleId,
                                                       const QList<Backroom::Entity> &declared,
                                                       Backroom::Registry<Backroom::Entity> *entities);

// backroom-cli of the build, run as a real process in the C.UTF-8 locale.
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};
// With fileSizeLimitKb > 0 (Unix), files the process writes may not grow
// beyond that many kilobytes: what a full disk does to a writer, without
// needing one (ulimit -f, with SIGXFSZ ignored so writes fail instead).
// Signed in as testLogin() with testPassword() (BACKROOM_USER and
// BACKROOM_PASSWORD); extraEnvironment overrides them (a null value removes
// the variable).
CliRun runCli(const QStringList &arguments, int fileSizeLimitKb = 0,
              const QMap<QString, QString> &extraEnvironment = {});
inline QString testLogin() { return QStringLiteral("admin"); }
inline QString testPassword() { return QStringLiteral("Test-pass-1"); }

// The standard output of a tool that must succeed (poppler-utils and the like).
QString toolOutput(const QString &program, const QStringList &arguments);
// A PDF read back with poppler-utils (pdfinfo, pdftotext, pdffonts).
int pdfPageCount(const QString &path);
// -layout; pages first..last when given.
QString pdfText(const QString &path, int first = 0, int last = 0);
// The text in drawing order with all white space removed: diagonal text such
// as a watermark comes out one letter a line in pdftotext's other modes.
QString pdfRawText(const QString &path);
// Every font is embedded (pdffonts' "emb" column says yes) and there is one.
bool pdfFontsEmbedded(const QString &path);

} // namespace BackroomTests
