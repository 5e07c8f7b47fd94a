#pragma once

#include "recordimporter.h"
#include "signedincompany.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>
#include <QTextStream>

namespace Backroom {

class CompanyFile;
class Entity;
struct ExporterContribution;
class Records;
class Suite;

namespace Internal {

// backroom-cli: the headless face of the core. Every command returns an exit
// code (0 ok, 1 failure, 2 usage) and reports errors on stderr in one
// sentence.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Internal::Cli)

public:
    enum ExitCode { Ok = 0, Failure = 1, Usage = 2 };

    Cli(QTextStream &out, QTextStream &err);
    ~Cli();
    int run(const QStringList &arguments);

private:
    int init(const QStringList &positional, const QString &language, const QString &name, bool demo,
             const QMap<QString, QString> &choices);
    int info(const QStringList &positional);
    int modules();
    int entities();
    int importCsv(const QStringList &positional, const QString &encoding, const QString &delimiter, bool post,
                  const QMap<QString, QString> &settings);
    // Each problem of a refused import by its line, then "Nothing was imported."; Failure.
    int importProblems(const RecordImporter::Result &result);
    int exportOwn(const ExporterContribution &exporter, const Records &records, const Entity &entity,
                  const QString &output);
    int exportRecords(const QStringList &positional, const QString &format, const QString &output,
                      const QString &search, bool unmasked);
    int generate(const QStringList &positional);
    int printRecord(const QStringList &positional, const QString &pdf, const QString &templateName, bool unmasked);
    int templates(const QStringList &positional);
    int migrate(const QStringList &positional);
    int fail(const QString &message);
    std::unique_ptr<CompanyFile> openForWriting(const QString &path);
    // Opens for work and signs in as --user (or BACKROOM_USER) with the
    // password from BACKROOM_PASSWORD or the terminal.
    SignedInCompany openSignedIn(const QString &path);
    const Entity *entityOrComplain(const QString &id);
    int usageError(const QString &message);
    QString helpText() const;
    Suite &suite();

    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Suite> m_suite;
    QString m_login;
};

} // namespace Internal
} // namespace Backroom
