#include "cli.h"

#include "companyfile.h"
#include "localization.h"
#include "suite.h"
#include "version.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace Backroom::Internal {

Cli::Cli(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

Cli::~Cli() = default;

Suite &Cli::suite()
{
    if (!m_suite) {
        m_suite = std::make_unique<Suite>();
        m_suite->loadModules();
    }
    return *m_suite;
}

QString Cli::helpText() const
{
    return tr("Usage: backroom-cli [--lang zh_CN|en] COMMAND [ARGUMENTS]\n"
              "\n"
              "Backroom's headless tool: works on company files without the desktop window.\n"
              "\n"
              "Commands:\n"
              "  init FILE [--demo] [--name NAME]   create a new company file (--demo adds sample data)\n"
              "  info FILE                          show a company file's name, versions and integrity\n"
              "  modules                            list the installed modules, their state and errors\n"
              "\n"
              "Options:\n"
              "  --lang zh_CN|en   language of messages (and of a new company's data)\n"
              "  -h, --help        show this help\n"
              "  -v, --version     show the version\n"
              "\n"
              "Exit codes: 0 success, 1 failure, 2 usage error.\n");
}

int Cli::usageError(const QString &message)
{
    m_err << tr("backroom-cli: %1").arg(message) << '\n'
          << tr("Run “backroom-cli --help” for usage.") << '\n';
    m_err.flush();
    return Usage;
}

int Cli::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption versionOption(QStringList{QStringLiteral("v"), QStringLiteral("version")});
    const QCommandLineOption languageOption(QStringLiteral("lang"), QString(), QStringLiteral("language"));
    const QCommandLineOption nameOption(QStringLiteral("name"), QString(), QStringLiteral("name"));
    const QCommandLineOption demoOption(QStringLiteral("demo"));
    parser.addOptions({helpOption, versionOption, languageOption, nameOption, demoOption});

    // Messages follow --lang when it is valid, so even a usage error about
    // another option comes out in the requested language.
    const bool parsed = parser.parse(arguments);
    const QString language = parser.isSet(languageOption) ? parser.value(languageOption) : QString();
    Localization::apply(Localization::chooseLanguage(language, QString()));

    if (!parsed)
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        m_out << helpText();
        m_out.flush();
        return Ok;
    }
    if (parser.isSet(versionOption)) {
        m_out << "backroom-cli " << BACKROOM_VERSION_STRING << '\n';
        m_out.flush();
        return Ok;
    }
    if (!language.isEmpty() && !Localization::isSupported(language))
        return usageError(tr("unknown language “%1” (use zh_CN or en)").arg(language));

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(tr("no command given"));
    const QString command = positional.takeFirst();
    const bool demo = parser.isSet(demoOption);
    const QString name = parser.value(nameOption);

    if (command == QLatin1String("init"))
        return init(positional, Localization::currentLanguage(), name, demo);
    if (parser.isSet(demoOption) || parser.isSet(nameOption))
        return usageError(tr("--demo and --name only apply to init"));
    if (command == QLatin1String("info"))
        return info(positional);
    if (command == QLatin1String("modules")) {
        if (!positional.isEmpty())
            return usageError(tr("modules takes no arguments"));
        return modules();
    }
    return usageError(tr("unknown command “%1”").arg(command));
}

int Cli::init(const QStringList &positional, const QString &language, const QString &name, bool demo)
{
    if (positional.size() != 1)
        return usageError(tr("init needs exactly one FILE"));
    QString path = positional.constFirst();
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + QStringLiteral("backroom");

    CompanyFile::NewCompany company;
    company.language = language;
    company.demo = demo;
    company.name = !name.isEmpty() ? name : (demo ? Suite::demoCompanyName(language) : tr("My Company"));

    CompanyFile::Status status;
    auto file = suite().createCompany(path, company, &status);
    if (!file) {
        m_err << status.message << '\n';
        m_err.flush();
        return Failure;
    }
    m_out << tr("Created company “%1” in %2.").arg(file->companyName(), QDir::toNativeSeparators(file->path()))
          << '\n';
    m_out.flush();
    return Ok;
}

int Cli::info(const QStringList &positional)
{
    if (positional.size() != 1)
        return usageError(tr("info needs exactly one FILE"));
    CompanyFile::Status status;
    auto file = CompanyFile::openReadOnly(positional.constFirst(), &status);
    if (!file) {
        m_err << status.message << '\n';
        m_err.flush();
        return Failure;
    }
    const QString integrity = file->quickCheck();
    const auto row = [this](const QString &label, const QString &value) {
        m_out << label.leftJustified(18) << value << '\n';
    };
    row(tr("Company:"), file->companyName());
    row(tr("File:"), QDir::toNativeSeparators(file->path()));
    row(tr("Created:"), tr("%1 with Backroom %2")
                            .arg(QLocale().toString(file->createdAt().toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")),
                                 file->createdWith()));
    row(tr("Language:"), Localization::languageDisplayName(file->language()));
    row(tr("Demo data:"), file->isDemo() ? tr("yes") : tr("no"));
    row(tr("Integrity:"), integrity == QLatin1String("ok") ? tr("ok (quick check passed)") : integrity);
    m_out << tr("Schema versions:") << '\n';

    // Compare with what this build's modules know, to say which parts are
    // newer than this build or belong to modules that are not installed.
    QMap<QString, int> known{{QStringLiteral("core"), CompanyFile::CoreSchemaVersion}};
    for (const ModuleSchema &schema : suite().schemas())
        known.insert(schema.moduleId, schema.latestVersion());
    const QMap<QString, int> versions = file->moduleSchemaVersions();
    const QMap<QString, QString> moduleVersions = file->moduleVersions();
    for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
        QString note;
        if (!known.contains(it.key()))
            note = tr("module not installed here");
        else if (it.value() > known.value(it.key()))
            note = tr("newer than this build (%1)").arg(known.value(it.key()));
        else if (it.value() < known.value(it.key()))
            note = tr("will be upgraded to %1 when opened").arg(known.value(it.key()));
        m_out << "  " << it.key().leftJustified(14) << QString::number(it.value()).leftJustified(6)
              << tr("(module %1)").arg(moduleVersions.value(it.key()));
        if (!note.isEmpty())
            m_out << "  " << note;
        m_out << '\n';
    }
    m_out.flush();
    if (integrity != QLatin1String("ok")) {
        m_err << tr("The company file failed its integrity check.") << '\n';
        m_err.flush();
        return Failure;
    }
    return Ok;
}

int Cli::modules()
{
    Suite &loaded = suite();
    m_out << tr("ID").leftJustified(13) << tr("VERSION").leftJustified(9) << tr("STATE").leftJustified(13)
          << tr("NAME") << '\n';
    bool failures = false;
    for (ModuleSpec *spec : loaded.modules().modules()) {
        const QString id = spec->id().isEmpty() ? QFileInfo(spec->filePath()).fileName() : spec->id();
        m_out << id.leftJustified(13) << spec->version().leftJustified(9)
              << ModuleSpec::stateName(spec->state()).leftJustified(13) << spec->displayName() << '\n';
        if (spec->hasError()) {
            failures = true;
            m_out << "             " << tr("error: %1").arg(spec->errorString()) << '\n';
        }
    }
    if (loaded.modules().modules().isEmpty())
        m_out << tr("No modules found in %1.")
                     .arg(QDir::toNativeSeparators(loaded.modules().modulePaths().join(QStringLiteral(", "))))
              << '\n';
    m_out.flush();
    return failures ? Failure : Ok;
}

} // namespace Backroom::Internal
