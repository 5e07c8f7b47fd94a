#include "cli.h"

#include "auditlog.h"
#include "backupcommand.h"
#include "companycopier.h"
#include "companyfile.h"
#include "csvreader.h"
#include "csvtablewriter.h"
#include "database.h"
#include "documentservice.h"
#include "entity.h"
#include "recordexporter.h"
#include "recordimporter.h"
#include "reportcommand.h"
#include "records.h"
#include "syntheticrecords.h"
#include "writetransaction.h"
#include "xlsxtablewriter.h"
#include "localization.h"
#include "suite.h"
#include "passwordprompt.h"
#include "signin.h"
#include "useraccounts.h"
#include "verifycommand.h"
#include "whocommand.h"
#include "version.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QLocale>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

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
              "       [--choice ID=VALUE]…          answer a module's question, e.g. the chart of accounts:\n"
              "                                     --choice finance.chart=generic-small-business\n"
              "  info FILE                          show a company file's name, versions and integrity\n"
              "  modules                            list the installed modules, their state and errors\n"
              "  entities                           list the kinds of records (entities) and their fields\n"
              "  import FILE ENTITY CSV             import CSV rows into ENTITY: all rows or none\n"
              "         [--encoding NAME] [--delimiter CHAR] [--post]\n"
              "         (finance.account: code, name, category[, parent]; finance.voucher: one row per\n"
              "          line, date, voucher, summary, account, debit, credit; --post posts them)\n"
              "         finance.bank_statement: a bank's statement export, --account CODE (the bank\n"
              "         account), [--opening AMOUNT | --closing AMOUNT] when the file has no balance\n"
              "         column, [--match] to match it with the books automatically\n"
              "  export FILE ENTITY -o OUT          export ENTITY's records (-o - writes CSV to standard output)\n"
              "         [--format csv|xlsx|ledger] [--search TEXT] (ledger: finance.voucher's posted journal)\n"
              "  generate FILE ENTITY COUNT         add COUNT synthetic, valid records (for benchmarks)\n"
              "  print FILE ENTITY ID|NUMBER --pdf OUT [--template NAME]\n"
              "                                     print one record to a PDF with its template\n"
              "  templates FILE [ENTITY]            list the print templates and which copy is in use\n"
              "  reports FILE                       list the reports and their parameters\n"
              "  report FILE REPORT-ID              run a report into a file\n"
              "         [--param KEY=VALUE]… (--pdf OUT | --csv OUT | --xlsx OUT)\n"
              "  verify FILE [--repair]             check integrity, foreign keys, the audit log and module rules;\n"
              "                                     --repair rebuilds derived data that failed (kept balances)\n"
              "                                     from the records, then checks again (administrators only)\n"
              "  migrate SOURCE TARGET              copy a company to a new file or an empty PostgreSQL database\n"
              "                                     (or back), then prove the copy (administrators only)\n"
              "  backup FILE OUT                    write a checked, compressed backup of a company (a file or\n"
              "                                     a server's) to OUT (.bkbackup; administrators only)\n"
              "  backup FILE --folder DIR [--keep N]\n"
              "                                     the scheduled job: a backup into DIR, then only this\n"
              "                                     company's newest N backups there are kept (default 14)\n"
              "  restore BACKUP TARGET [--force]    check a backup, then restore it to a new company file or an\n"
              "                                     empty PostgreSQL database; --force replaces an existing file,\n"
              "                                     which is kept aside (an administrator of the backed-up company)\n"
              "  who FILE                           who is working in the company now: each server connection's\n"
              "                                     user, computer, kind, start and state (a file: which desk)\n"
              "\n"
              "Options:\n"
              "  --user NAME       who signs in (default: BACKROOM_USER; init: the administrator, default admin)\n"
              "  --unmask          export and print: sensitive values in clear (needs the unmask permission)\n"
              "  --lang zh_CN|en   language of messages (and of a new company's data)\n"
              "  -h, --help        show this help\n"
              "  -v, --version     show the version\n"
              "\n"
              "The password comes from BACKROOM_PASSWORD, from the file named by BACKROOM_PASSWORD_FILE\n"
              "(readable by its owner only), or is asked for on the terminal. Every command but info, who and\n"
              "verify (without --repair) signs in, and does only what the user's roles allow.\n"
              "\n"
              "FILE may also be a PostgreSQL database: postgresql://user@host:port/database[?schema=NAME],\n"
              "its password in PGPASSWORD or ~/.pgpass, never in the address.\n"
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
    const QCommandLineOption formatOption(QStringLiteral("format"), QString(), QStringLiteral("format"));
    const QCommandLineOption outputOption(QStringList{QStringLiteral("o"), QStringLiteral("output")}, QString(),
                                          QStringLiteral("file"));
    const QCommandLineOption encodingOption(QStringLiteral("encoding"), QString(), QStringLiteral("name"));
    const QCommandLineOption delimiterOption(QStringLiteral("delimiter"), QString(), QStringLiteral("char"));
    const QCommandLineOption postOption(QStringLiteral("post"));
    // import: settings a module's importer takes (ImporterContribution), e.g.
    // the bank account of a bank statement.
    const QList<QPair<QString, QCommandLineOption>> settingOptions{
        {QStringLiteral("account"), QCommandLineOption(QStringLiteral("account"), QString(), QStringLiteral("code"))},
        {QStringLiteral("opening"), QCommandLineOption(QStringLiteral("opening"), QString(), QStringLiteral("amount"))},
        {QStringLiteral("closing"), QCommandLineOption(QStringLiteral("closing"), QString(), QStringLiteral("amount"))},
        {QStringLiteral("match"), QCommandLineOption(QStringLiteral("match"))}};
    const QCommandLineOption searchOption(QStringLiteral("search"), QString(), QStringLiteral("text"));
    // print and report: --pdf OUT; print: --template NAME; report: --param
    // key=value (repeatable) and one output.
    const QCommandLineOption pdfOption(QStringLiteral("pdf"), QString(), QStringLiteral("file"));
    const QCommandLineOption templateOption(QStringLiteral("template"), QString(), QStringLiteral("name"));
    const QCommandLineOption paramOption(QStringLiteral("param"), QString(), QStringLiteral("key=value"));
    const QCommandLineOption csvOption(QStringLiteral("csv"), QString(), QStringLiteral("file"));
    const QCommandLineOption xlsxOption(QStringLiteral("xlsx"), QString(), QStringLiteral("file"));
    const QCommandLineOption userOption(QStringLiteral("user"), QString(), QStringLiteral("name"));
    const QCommandLineOption unmaskOption(QStringLiteral("unmask"));
    const QCommandLineOption forceOption(QStringLiteral("force"));
    const QCommandLineOption repairOption(QStringLiteral("repair"));
    const QCommandLineOption choiceOption(QStringLiteral("choice"), QString(), QStringLiteral("id=value"));
    // backup --folder DIR [--keep N]: the scheduled backup job.
    const QCommandLineOption folderOption(QStringLiteral("folder"), QString(), QStringLiteral("dir"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QString(), QStringLiteral("n"));
    parser.addOptions({helpOption, versionOption, languageOption, nameOption, demoOption, formatOption, outputOption,
                       encodingOption, delimiterOption, postOption, searchOption, pdfOption, templateOption, paramOption, csvOption,
                       xlsxOption, userOption, unmaskOption, forceOption, repairOption, choiceOption, folderOption,
                       keepOption});
    for (const auto &setting : settingOptions)
        parser.addOption(setting.second);

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
    // What this process's server connections are for, in the server's list
    // of who is working (application_name).
    Database::setDefaultPurpose(QStringLiteral("cli-") + command);
    const bool demo = parser.isSet(demoOption);
    const QString name = parser.value(nameOption);
    m_login = parser.isSet(userOption) ? parser.value(userOption) : qEnvironmentVariable("BACKROOM_USER");
    if (parser.isSet(unmaskOption) && command != QLatin1String("export") && command != QLatin1String("print"))
        return usageError(tr("--unmask only applies to export and print"));

    if (parser.isSet(forceOption) && command != QLatin1String("restore"))
        return usageError(tr("--force only applies to restore"));
    if (parser.isSet(repairOption) && command != QLatin1String("verify"))
        return usageError(tr("--repair only applies to verify"));
    if ((parser.isSet(folderOption) || parser.isSet(keepOption)) && command != QLatin1String("backup"))
        return usageError(tr("--folder and --keep only apply to backup"));
    if (parser.isSet(keepOption) && !parser.isSet(folderOption))
        return usageError(tr("--keep only applies with --folder"));

    if (command == QLatin1String("init")) {
        QMap<QString, QString> choices;
        for (const QString &answer : parser.values(choiceOption)) {
            const qsizetype equals = answer.indexOf(QLatin1Char('='));
            if (equals <= 0 || equals == answer.size() - 1)
                return usageError(tr("--choice needs ID=VALUE, e.g. finance.chart=generic-small-business"));
            choices.insert(answer.left(equals).trimmed(), answer.mid(equals + 1).trimmed());
        }
        return init(positional, Localization::currentLanguage(), name, demo, choices);
    }
    if (parser.isSet(demoOption) || parser.isSet(nameOption) || parser.isSet(choiceOption))
        return usageError(tr("--demo, --name and --choice only apply to init"));
    const bool exportOptions = parser.isSet(formatOption) || parser.isSet(outputOption) || parser.isSet(searchOption);
    const bool importOptions = parser.isSet(encodingOption) || parser.isSet(delimiterOption) || parser.isSet(postOption);
    if (exportOptions && command != QLatin1String("export"))
        return usageError(tr("--format, -o and --search only apply to export"));
    if (importOptions && command != QLatin1String("import"))
        return usageError(tr("--encoding, --delimiter and --post only apply to import"));
    QMap<QString, QString> settings;
    for (const auto &[key, option] : settingOptions) {
        if (!parser.isSet(option))
            continue;
        if (command != QLatin1String("import"))
            return usageError(tr("--%1 only applies to import").arg(key));
        settings.insert(key, option.valueName().isEmpty() ? QStringLiteral("yes") : parser.value(option));
    }
    if (parser.isSet(templateOption) && command != QLatin1String("print"))
        return usageError(tr("--template only applies to print"));
    if ((parser.isSet(paramOption) || parser.isSet(csvOption) || parser.isSet(xlsxOption)) && command != QLatin1String("report"))
        return usageError(tr("--param, --csv and --xlsx only apply to report"));
    if (parser.isSet(pdfOption) && command != QLatin1String("report") && command != QLatin1String("print"))
        return usageError(tr("--pdf only applies to print and report"));
    if (command == QLatin1String("print"))
        return printRecord(positional, parser.value(pdfOption), parser.value(templateOption), parser.isSet(unmaskOption));
    if (command == QLatin1String("templates"))
        return templates(positional);
    if (command == QLatin1String("reports") || command == QLatin1String("report")) {
        ReportCommand reports(m_out, m_err, suite(), [this](const QString &message) { return usageError(message); },
                              [this](const QString &path) { return openSignedIn(path); });
        return command == QLatin1String("reports")
                   ? reports.list(positional)
                   : reports.run(positional, parser.values(paramOption), parser.value(pdfOption),
                                 parser.value(csvOption), parser.value(xlsxOption));
    }
    if (command == QLatin1String("import"))
        return importCsv(positional, parser.value(encodingOption), parser.value(delimiterOption),
                         parser.isSet(postOption), settings);
    if (command == QLatin1String("export"))
        return exportRecords(positional, parser.value(formatOption), parser.value(outputOption),
                             parser.value(searchOption), parser.isSet(unmaskOption));
    if (command == QLatin1String("generate"))
        return generate(positional);
    if (command == QLatin1String("entities")) {
        if (!positional.isEmpty())
            return usageError(tr("entities takes no arguments"));
        return entities();
    }
    if (command == QLatin1String("info"))
        return info(positional);
    if (command == QLatin1String("verify"))
        return VerifyCommand(m_out, m_err, suite(), [this](const QString &message) { return usageError(message); },
                             [this](const QString &path) { return openSignedIn(path); })
            .run(positional, parser.isSet(repairOption));
    if (command == QLatin1String("migrate"))
        return migrate(positional);
    if (command == QLatin1String("who"))
        return WhoCommand(m_out, m_err, [this](const QString &message) { return usageError(message); }).run(positional);
    if (command == QLatin1String("backup") || command == QLatin1String("restore")) {
        BackupCommand backup(m_out, m_err, suite(), [this](const QString &message) { return usageError(message); },
                             [this](const QString &path) { return openSignedIn(path); }, m_login);
        if (parser.isSet(folderOption)) {
            int keep = BackupCommand::DefaultKeep;
            if (parser.isSet(keepOption)) {
                bool number = false;
                keep = parser.value(keepOption).toInt(&number);
                // 0 would remove the backup just made, or every one.
                if (!number || keep < 1 || keep > 999)
                    return usageError(tr("--keep takes how many backups to keep, from 1 to 999"));
            }
            return backup.backUpInto(positional, parser.value(folderOption), keep);
        }
        return command == QLatin1String("backup") ? backup.backUp(positional)
                                                   : backup.restore(positional, parser.isSet(forceOption));
    }
    if (command == QLatin1String("modules")) {
        if (!positional.isEmpty())
            return usageError(tr("modules takes no arguments"));
        return modules();
    }
    return usageError(tr("unknown command “%1”").arg(command));
}

int Cli::init(const QStringList &positional, const QString &language, const QString &name, bool demo,
              const QMap<QString, QString> &choices)
{
    if (positional.size() != 1)
        return usageError(tr("init needs exactly one FILE"));
    QString path = positional.constFirst();
    if (!CompanyFile::isServerLocation(path) && QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + QStringLiteral("backroom");

    CompanyFile::NewCompany company;
    company.language = language;
    company.demo = demo;
    company.choices = choices;
    // A wrong answer is a usage error, said before the password is asked for.
    if (QString problem; !suite().resolveChoices(choices, language, &problem))
        return usageError(problem);
    company.name = !name.isEmpty() ? name : (demo ? Suite::demoCompanyName(language) : tr("My Company"));
    // The administrator who signs in first; the file never exists without one.
    company.administrator.login = m_login.isEmpty() ? QStringLiteral("admin") : m_login.trimmed();
    if (const QString problem = UserAccounts::loginProblem(company.administrator.login); !problem.isEmpty())
        return usageError(problem);
    QString mismatch;
    const std::optional<QString> password = PasswordPrompt::newPassword(
        tr("Password for the administrator “%1”: ").arg(company.administrator.login), tr("Repeat it: "), &mismatch);
    if (!password)
        return fail(!mismatch.isEmpty() ? mismatch
                                        : tr("init needs the administrator's password: set %1, or run it in a terminal.")
                                              .arg(QString::fromLatin1(PasswordPrompt::EnvironmentVariable)));
    if (const QString problem = UserAccounts::passwordProblem(*password, company.administrator.login); !problem.isEmpty())
        return fail(problem);
    company.administrator.password = *password;

    CompanyFile::Status status;
    auto file = suite().createCompany(path, company, &status);
    if (!file) {
        m_err << status.message << '\n';
        m_err.flush();
        return Failure;
    }
    m_out << tr("Created company “%1” in %2; its administrator is “%3”.")
                 .arg(file->companyName(), CompanyFile::displayLocation(file->path()), company.administrator.login)
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
    row(file->isOnServer() ? tr("Database:") : tr("File:"), CompanyFile::displayLocation(file->path()));
    row(tr("Created:"), tr("%1 with Backroom %2")
                            .arg(QLocale().toString(file->createdAt().toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")),
                                 file->createdWith()));
    row(tr("Language:"), Localization::languageDisplayName(file->language()));
    row(tr("Demo data:"), file->isDemo() ? tr("yes") : tr("no"));
    // What the company was created with (its chart of accounts).
    for (const CompanyChoiceContribution &choice : suite().companyChoices()) {
        const QString value = file->choice(choice.id);
        if (value.isEmpty())
            continue;
        QString shown = value;
        for (const CompanyChoiceContribution::Option &option : choice.options)
            if (option.value == value)
                shown = QStringLiteral("%1 (%2)").arg(option.label(), value);
        row(choice.label() + QLatin1Char(':'), shown);
    }
    row(tr("Integrity:"), integrity == QLatin1String("ok") ? tr("ok (quick check passed)") : integrity);
    m_out << tr("Schema versions:") << '\n';

    // Compare with what this build's modules know, to say which parts are
    // newer than this build or belong to modules that are not installed.
    QMap<QString, int> known{{QStringLiteral("core"), CompanyFile::CoreSchemaVersion}};
    for (const ModuleSchema &schema : suite().schemas())
        if (schema.moduleId != QLatin1String("core"))
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

std::unique_ptr<CompanyFile> Cli::openForWriting(const QString &path)
{
    CompanyFile::Status status;
    auto company = suite().openCompany(path, &status);
    if (!company) {
        m_err << status.message << '\n';
        m_err.flush();
    }
    return company;
}

int Cli::migrate(const QStringList &positional)
{
    if (positional.size() != 2)
        return usageError(tr("migrate needs a SOURCE and a TARGET"));
    const QString target = positional.at(1);
    SignedInCompany signedIn = openSignedIn(positional.at(0));
    if (!signedIn)
        return Failure;
    // The copy holds everything, password hashes and salaries included.
    QString refusal;
    if (!signedIn.session->records().check(QStringLiteral("administer"), QStringLiteral("security"), &refusal))
        return fail(refusal);
    // Recorded first, so the copy carries the record of its own making.
    AuditLog::Entry entry;
    entry.user = signedIn.session->access().userName();
    entry.action = QString::fromLatin1(AuditLog::Action::Migrate);
    entry.detail = {{QStringLiteral("target"), target}};
    QString error;
    if (AuditLog(signedIn.company->database()).append(entry, &error).id == 0)
        return fail(tr("The copy could not be recorded in the audit log: %1").arg(error));

    CompanyCopier copier(*signedIn.company, suite().schemas(), suite().registries().verifiers.items());
    const CompanyCopier::Result result = copier.copyTo(target);
    if (!result.ok) {
        m_err << result.message << '\n';
        for (const QString &problem : result.problems)
            m_err << "  " << problem << '\n';
        m_err.flush();
        return Failure;
    }
    qint64 rows = 0;
    int tables = 0;
    for (const CompanyCopier::TableCount &table : result.tables) {
        rows += table.rows;
        if (table.rows > 0) {
            ++tables;
            m_out << "  " << table.table.leftJustified(32) << ' ' << table.rows << '\n';
        }
    }
    m_out << tr("Copied “%1” to %2: %3 rows in %4 tables, the same as in the company; audit log of %5 entries "
                "intact; every check passed.")
                 .arg(signedIn.company->companyName(), target)
                 .arg(rows)
                 .arg(tables)
                 .arg(result.auditEntries)
          << '\n';
    m_out.flush();
    return Ok;
}

SignedInCompany Cli::openSignedIn(const QString &path)
{
    SignedInCompany signedIn;
    if (m_login.trimmed().isEmpty()) {
        fail(tr("Say who you are: --user NAME (or set BACKROOM_USER)."));
        return signedIn;
    }
    // The password before the company is opened and locked: a prompt must
    // not hold the lock while someone is away from the keyboard.
    QString problem;
    const std::optional<QString> password =
        PasswordPrompt::password(tr("Password for “%1”: ").arg(m_login.trimmed()), &problem);
    if (!password) {
        fail(!problem.isEmpty() ? problem
                                : tr("No password: set %1, or run the command in a terminal.")
                                      .arg(QString::fromLatin1(PasswordPrompt::EnvironmentVariable)));
        return signedIn;
    }
    std::unique_ptr<CompanyFile> company = openForWriting(path);
    if (!company)
        return signedIn;
    const SignIn::Result result = SignIn::withPassword(company->database(), m_login, *password);
    if (!result.ok()) {
        fail(result.message);
        return signedIn;
    }
    if (result.createdAdministrator) {
        m_err << result.message << '\n';
        m_err.flush();
    }
    signedIn.company = std::move(company);
    signedIn.session = std::make_unique<CompanySession>(*signedIn.company, suite().registries(), *result.access);
    return signedIn;
}

const Entity *Cli::entityOrComplain(const QString &id)
{
    const Entity *entity = suite().registries().entities.find(id);
    if (!entity) {
        m_err << tr("There is no entity “%1”; “backroom-cli entities” lists them.").arg(id) << '\n';
        m_err.flush();
    }
    return entity;
}

int Cli::entities()
{
    for (const auto &entry : suite().registries().entities.entries()) {
        const Entity &entity = entry.item;
        m_out << entity.id().leftJustified(24) << entity.pluralLabel() << '\n';
        for (const Field &field : entity.fields()) {
            QString flags;
            if (field.isRequired())
                flags += tr(" required");
            if (field.isUnique())
                flags += tr(" unique");
            if (field.isSensitive())
                flags += tr(" sensitive");
            m_out << "    " << field.name().leftJustified(20) << Field::typeName(field.type()).leftJustified(12)
                  << field.label() << flags << '\n';
        }
    }
    m_out.flush();
    return Ok;
}

int Cli::importCsv(const QStringList &positional, const QString &encoding, const QString &delimiter, bool post,
                   const QMap<QString, QString> &settings)
{
    if (positional.size() != 3)
        return usageError(tr("import needs FILE, ENTITY and CSV"));
    if (delimiter.size() > 1 && delimiter != QLatin1String("tab"))
        return usageError(tr("--delimiter takes one character (or “tab”)"));
    const Entity *entity = entityOrComplain(positional.at(1));
    if (!entity)
        return Failure;
    CsvReader::Options options;
    options.encoding = encoding;
    if (delimiter == QLatin1String("tab"))
        options.delimiter = QLatin1Char('\t');
    else if (!delimiter.isEmpty())
        options.delimiter = delimiter.at(0);
    const QFileInfo csv(positional.at(2));
    constexpr qint64 limit = 512LL * 1024 * 1024;
    if (csv.exists() && csv.size() > limit) {
        m_err << tr("“%1” is larger than 512 MB; split it into smaller files.").arg(positional.at(2)) << '\n';
        m_err.flush();
        return Failure;
    }
    // A module that reads its own files for the entity takes over: a group
    // of rows each (vouchers), or the file itself with settings of its own
    // (a bank statement: --account); otherwise one row is one record.
    const ImporterContribution *own = suite().registries().importers.find(entity->id());
    const bool readsFile = own && own->importFile;
    for (auto it = settings.cbegin(); it != settings.cend(); ++it)
        if (!readsFile || !own->settings.contains(it.key()))
            return usageError(tr("--%1 does not apply to %2").arg(it.key(), entity->id()));
    if (readsFile) {
        if (post)
            return usageError(tr("--post does not apply to %1").arg(entity->id()));
        if (!delimiter.isEmpty())
            return usageError(tr("--delimiter does not apply to %1: the file's own is found").arg(entity->id()));
        if (!csv.exists()) {
            m_err << tr("“%1” does not exist.").arg(positional.at(2)) << '\n';
            m_err.flush();
            return Failure;
        }
        const SignedInCompany company = openSignedIn(positional.at(0));
        if (!company)
            return Failure;
        const ImporterContribution::FileOutcome outcome =
            own->importFile(company.session->records(), {positional.at(2), encoding, settings});
        if (!outcome.result.ok)
            return importProblems(outcome.result);
        m_out << outcome.summary << '\n';
        for (const QString &note : outcome.notes)
            m_out << note << '\n';
        m_out.flush();
        if (!outcome.followUpError.isEmpty())
            return fail(outcome.followUpError);
        return Ok;
    }
    const CsvReader reader = CsvReader::fromFile(positional.at(2), options);
    const SignedInCompany company = openSignedIn(positional.at(0));
    if (!company)
        return Failure;
    // The session's records: the user's permissions, and one audit entry
    // per imported record in the import's transaction.
    if (post && !own)
        return usageError(tr("--post does not apply to %1").arg(entity->id()));
    RecordImporter importer(company.session->records(), *entity);
    const RecordImporter::Result result =
        own ? own->import(company.session->records(), reader,
                          ImporterContribution::Options{post, QFileInfo(positional.at(2)).fileName()})
            : importer.import(reader, importer.defaultMapping(reader.header()));
    if (!result.ok)
        return importProblems(result);
    m_out << tr("Imported %1 records into %2 (%3, delimiter “%4”).")
                 .arg(result.imported)
                 .arg(entity->pluralLabel(), reader.encoding(),
                      reader.delimiter() == QLatin1Char('\t') ? QStringLiteral("tab") : QString(reader.delimiter()))
          << '\n';
    m_out.flush();
    return Ok;
}

int Cli::importProblems(const RecordImporter::Result &result)
{
    for (const RecordImporter::Problem &problem : result.problems) {
        if (problem.line > 0 && !problem.column.isEmpty())
            m_err << tr("line %1, column “%2”: %3").arg(problem.line).arg(problem.column, problem.message);
        else if (problem.line > 0)
            m_err << tr("line %1: %2").arg(problem.line).arg(problem.message);
        else
            m_err << problem.message;
        m_err << '\n';
    }
    m_err << tr("Nothing was imported.") << '\n';
    m_err.flush();
    return Failure;
}

int Cli::exportOwn(const ExporterContribution &exporter, const Records &records, const Entity &entity,
                   const QString &output)
{
    const bool toStandardOutput = output == QLatin1String("-");
    const QString destination = toStandardOutput ? tr("standard output")
                                                 : QDir::toNativeSeparators(QFileInfo(output).absoluteFilePath());
    QString error;
    // Logged first; committed only once the file is in place.
    WriteTransaction logged(records.database());
    if (!logged.isActive())
        return fail(logged.errorString());
    std::optional<qint64> written;
    if (toStandardOutput) {
        QFile out;
        out.open(stdout, QIODevice::WriteOnly);
        m_out.flush();
        written = exporter.write(records, out, &error);
        out.flush();
    } else {
        // Never a half-written file under the name asked for.
        QSaveFile file(output);
        if (!file.open(QIODevice::WriteOnly))
            return fail(tr("“%1” cannot be written: %2").arg(destination, file.errorString()));
        written = exporter.write(records, file, &error);
        if (written && !file.commit())
            return fail(tr("“%1” cannot be written: %2").arg(destination, file.errorString()));
        if (!written)
            file.cancelWriting();
    }
    if (!written)
        return fail(error);
    if (!RecordExporter::recordExported(records, entity, QuerySpec{}, *written, destination, exporter.format, false, &error)
        || !logged.commit()) {
        if (!toStandardOutput)
            QFile::remove(output);
        return fail(tr("The export could not be recorded in the audit log, so the file was not kept: %1")
                        .arg(error.isEmpty() ? logged.errorString() : error));
    }
    if (!toStandardOutput) {
        m_out << tr("Exported %1 records to %2.").arg(*written).arg(QDir::toNativeSeparators(output)) << '\n';
        m_out.flush();
    }
    return Ok;
}

int Cli::exportRecords(const QStringList &positional, const QString &format, const QString &output,
                       const QString &search, bool unmasked)
{
    if (positional.size() != 2)
        return usageError(tr("export needs FILE and ENTITY"));
    if (output.isEmpty())
        return usageError(tr("export needs -o OUT (or -o - for standard output)"));
    const QString kind = format.isEmpty() ? (output.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)
                                                 ? QStringLiteral("xlsx") : QStringLiteral("csv"))
                                          : format.toLower();
    const ExporterContribution *own = suite().registries().exporters.find(positional.at(1) + QLatin1Char(':') + kind);
    if (kind != QLatin1String("csv") && kind != QLatin1String("xlsx") && !own)
        return usageError(tr("--format must be csv or xlsx (or a module's own format for the entity, such as "
                             "ledger for finance.voucher)"));
    if (kind == QLatin1String("xlsx") && output == QLatin1String("-"))
        return usageError(tr("XLSX cannot be written to standard output; give a file name"));
    const Entity *entity = entityOrComplain(positional.at(1));
    if (!entity)
        return Failure;
    const SignedInCompany company = openSignedIn(positional.at(0));
    if (!company)
        return Failure;
    const Records &records = company.session->records();
    if (own)
        return exportOwn(*own, records, *entity, output);
    QuerySpec spec;
    spec.search = search;
    QString error;
    const TableExport table = RecordExporter::table(records, *entity, spec, {}, &error, unmasked);
    if (!error.isEmpty()) {
        m_err << error << '\n';
        m_err.flush();
        return Failure;
    }
    // Logged first; committed only once the file is written.
    WriteTransaction logged(company.company->database());
    if (!logged.isActive()
        || !RecordExporter::recordExported(records, *entity, spec, table.rowCount(),
                                           output == QLatin1String("-") ? tr("standard output")
                                                                        : QDir::toNativeSeparators(QFileInfo(output).absoluteFilePath()),
                                           kind, unmasked, &error))
        return fail(error.isEmpty() ? logged.errorString() : error);
    TableExport::Result result;
    if (output == QLatin1String("-")) {
        QFile out;
        out.open(stdout, QIODevice::WriteOnly);
        m_out.flush();
        CsvTableWriter writer;
        writer.setEncoding(CsvTableWriter::Encoding::Utf8);
        result = writer.write(table, &out);
        out.flush();
    } else if (kind == QLatin1String("xlsx")) {
        result = XlsxTableWriter().write(table, output);
    } else {
        result = CsvTableWriter().write(table, output);
    }
    if (!result.ok()) {
        m_err << result.errorString << '\n';
        m_err.flush();
        return Failure;
    }
    if (!logged.commit()) {
        if (output != QLatin1String("-"))
            QFile::remove(output);
        return fail(tr("The export could not be recorded in the audit log, so the file was not kept: %1")
                        .arg(logged.errorString()));
    }
    if (output != QLatin1String("-")) {
        m_out << tr("Exported %1 records to %2.").arg(result.rowsWritten).arg(QDir::toNativeSeparators(output)) << '\n';
        m_out.flush();
    }
    return Ok;
}

int Cli::fail(const QString &message)
{
    m_err << message << '\n';
    m_err.flush();
    return Failure;
}

int Cli::printRecord(const QStringList &positional, const QString &pdf, const QString &templateName, bool unmasked)
{
    if (positional.size() != 3)
        return usageError(tr("print needs FILE, ENTITY and an ID or NUMBER"));
    if (pdf.isEmpty())
        return usageError(tr("print needs --pdf OUT"));
    const Entity *entity = entityOrComplain(positional.at(1));
    if (!entity)
        return Failure;
    const SignedInCompany company = openSignedIn(positional.at(0));
    if (!company)
        return Failure;
    Records &records = company.session->records();
    if (!records.allows(QStringLiteral("read"), entity->id()))
        return fail(records.refusal(QStringLiteral("read"), entity->id()));

    // A document number or code as the clerk sees it wins; a plain number
    // that is none of those is the record's id.
    const QString wanted = positional.at(2);
    qint64 id = 0;
    for (const Field &field : entity->fields()) {
        const bool identifies = field.isNumbered() || (field.type() == Field::Type::Text && field.isUnique())
                                || field.name() == entity->displayFieldName();
        if (!identifies || field.type() != Field::Type::Text)
            continue;
        QuerySpec spec;
        spec.filter = Filter::where(field.name(), Filter::Op::Equal, wanted);
        spec.includeArchived = true;
        spec.limit = 2;
        const QList<Record> found = records.select(entity->id(), spec);
        if (found.size() == 1) {
            id = found.constFirst().id;
            break;
        }
    }
    bool numeric = false;
    const qint64 asId = wanted.toLongLong(&numeric);
    if (id == 0 && numeric && records.read(entity->id(), asId))
        id = asId;
    if (id == 0)
        return fail(tr("There is no %1 with the id or number “%2”.").arg(entity->label(), wanted));

    DocumentService service(records);
    QString error;
    const QList<PrintDocument> documents = service.recordDocuments(entity->id(), {id}, templateName, unmasked, &error);
    if (!error.isEmpty())
        return fail(error);
    if (service.exportPdf(documents, pdf, &error) != DocumentRenderer::Result::Success)
        return fail(error);
    m_out << tr("Printed %1 to %2").arg(documents.constFirst().title, QDir::toNativeSeparators(pdf)) << '\n';
    m_out.flush();
    return Ok;
}

int Cli::templates(const QStringList &positional)
{
    if (positional.isEmpty() || positional.size() > 2)
        return usageError(tr("templates needs FILE and optionally an ENTITY"));
    // Ids, not pointers: items() is a copy that is gone after the loop.
    QStringList entities;
    if (positional.size() == 2) {
        const Entity *entity = entityOrComplain(positional.at(1));
        if (!entity)
            return Failure;
        entities.append(entity->id());
    } else {
        for (const Entity &entity : suite().registries().entities.items())
            entities.append(entity.id());
    }
    const SignedInCompany company = openSignedIn(positional.at(0));
    if (!company)
        return Failure;
    DocumentService service(company.session->records());
    const TemplateStore &store = service.templates();
    for (const QString &entityId : std::as_const(entities)) {
        for (const QString &name : store.namesFor(entityId)) {
            DocumentTemplate::Problem problem;
            const DocumentTemplate loaded = store.load(name, &problem);
            m_out << name << '\t' << TemplateStore::originText(store.origin(name)) << '\t'
                  << (loaded.isValid() ? tr("ok") : problem.toString()) << '\n';
        }
    }
    m_out.flush();
    return Ok;
}

int Cli::generate(const QStringList &positional)
{
    if (positional.size() != 3)
        return usageError(tr("generate needs FILE, ENTITY and COUNT"));
    bool numeric = false;
    const qint64 count = positional.at(2).toLongLong(&numeric);
    if (!numeric || count < 1 || count > 100000000)
        return usageError(tr("COUNT must be a number from 1 to 100000000"));
    const Entity *entity = entityOrComplain(positional.at(1));
    if (!entity)
        return Failure;
    const SignedInCompany company = openSignedIn(positional.at(0));
    if (!company)
        return Failure;
    Database &db = company.company->database();
    Records &records = company.session->records();
    // Checked before the one transaction the records are made in: a refusal
    // inside it would be rolled back with its audit entry.
    if (QString refusal; !records.check(QStringLiteral("create"), entity->id(), &refusal))
        return fail(refusal);

    const SyntheticRecords::Targets targets =
        SyntheticRecords::referenceTargets(db, *entity, suite().registries().entities);
    const qint64 start = db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(entity->tableName()))
                             .value_or(0).toLongLong();
    QRandomGenerator random(20261126); // the same data for the same command
    WriteTransaction transaction(db);
    for (qint64 i = 1; i <= count; ++i) {
        const QVariantMap values = SyntheticRecords::values(*entity, start + i, random, targets);
        const Records::Result result = records.create(entity->id(), values);
        if (!result.ok()) {
            m_err << tr("Record %1 could not be generated: %2 Nothing was added.").arg(i).arg(result.message) << '\n';
            m_err.flush();
            return Failure;
        }
    }
    if (!transaction.commit()) {
        m_err << tr("The records could not be saved: %1").arg(transaction.errorString()) << '\n';
        m_err.flush();
        return Failure;
    }
    m_out << tr("Added %1 synthetic %2.").arg(count).arg(entity->pluralLabel()) << '\n';
    m_out.flush();
    return Ok;
}

} // namespace Backroom::Internal
