#include "backupcommand.h"

#include "auditlog.h"
#include "automaticbackups.h"
#include "backuparchive.h"
#include "cli.h"
#include "companybackup.h"
#include "companyfile.h"
#include "extensionregistries.h"
#include "passwordprompt.h"
#include "records.h"
#include "signin.h"
#include "suite.h"
#include "useraccounts.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace Backroom::Internal {

namespace {

QString localTime(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

BackupCommand::BackupCommand(QTextStream &out, QTextStream &err, Suite &suite, UsageError usageError,
                             CompanyOpener open, const QString &login)
    : m_out(out)
    , m_err(err)
    , m_suite(suite)
    , m_usageError(std::move(usageError))
    , m_open(std::move(open))
    , m_login(login.trimmed())
{
}

int BackupCommand::failure(const QString &message)
{
    m_err << message << '\n';
    m_err.flush();
    return Cli::Failure;
}

SignedInCompany BackupCommand::openAdministered(const QString &location)
{
    SignedInCompany company = m_open(location);
    if (!company)
        return company;
    QString refusal;
    if (!company.session->records().check(UserAccounts::administerAction(), UserAccounts::securityScope(), &refusal)) {
        failure(refusal);
        return {};
    }
    return company;
}

int BackupCommand::backUp(const QStringList &positional)
{
    if (positional.size() != 2)
        return m_usageError(tr("backup needs a FILE and an OUT file"));
    QString target = positional.at(1);
    if (CompanyFile::isServerLocation(target))
        return m_usageError(tr("a backup is written to a file, not to a server"));
    const SignedInCompany company = openAdministered(positional.at(0));
    if (!company)
        return Cli::Failure;
    // A folder takes the usual name; a name without an extension gets it.
    if (QFileInfo(target).isDir())
        target = QDir(target).filePath(CompanyBackup::suggestedFileName(company.company->companyName()));
    else if (QFileInfo(target).suffix().isEmpty())
        target += QLatin1Char('.') + BackupArchive::fileSuffix();

    const CompanyBackup backup(m_suite.schemas(), m_suite.registries().verifiers.items());
    const CompanyBackup::Result result =
        backup.backUp(*company.company, target, company.session->access().userName());
    if (!result.ok)
        return failure(result.message);
    reportMade(result);
    return Cli::Ok;
}

void BackupCommand::reportMade(const CompanyBackup::Result &result)
{
    QStringList versions;
    for (auto it = result.metadata.schemaVersions.cbegin(); it != result.metadata.schemaVersions.cend(); ++it)
        versions.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    m_out << tr("Backed up “%1” to %2: %3 of data in %4, checked (integrity, references) and synced to disk.")
                 .arg(result.metadata.companyName, QDir::toNativeSeparators(result.path),
                      QLocale().formattedDataSize(result.metadata.databaseSize),
                      QLocale().formattedDataSize(result.backupSize))
          << '\n'
          << tr("Schema versions: %1").arg(versions.join(QStringLiteral(", "))) << '\n'
          << tr("SHA-256 of the data: %1").arg(QString::fromLatin1(result.metadata.databaseSha256.toHex())) << '\n';
    m_out.flush();
}

int BackupCommand::backUpInto(const QStringList &positional, const QString &folder, int keep)
{
    if (positional.size() != 1)
        return m_usageError(tr("backup --folder takes one company (a file or a server address) and no OUT"));
    if (folder.trimmed().isEmpty())
        return m_usageError(tr("--folder needs a folder"));
    if (CompanyFile::isServerLocation(folder))
        return m_usageError(tr("a backup is written to a file, not to a server"));
    const SignedInCompany company = openAdministered(positional.at(0));
    if (!company)
        return Cli::Failure;

    AutomaticBackups::Settings settings;
    settings.enabled = true;
    settings.folder = QFileInfo(folder).absoluteFilePath();
    settings.generations = keep;
    const QString companyId = company.company->meta(QStringLiteral("company_id"));
    const qsizetype before = AutomaticBackups::generations(settings.folder, companyId).size();
    const CompanyBackup backup(m_suite.schemas(), m_suite.registries().verifiers.items());
    const CompanyBackup::Result result =
        AutomaticBackups::run(*company.company, settings, backup, company.session->access().userName());
    if (!result.ok)
        return failure(result.message);
    reportMade(result);
    const qsizetype kept = AutomaticBackups::generations(settings.folder, companyId).size();
    m_out << tr("Backups of “%1” in %2: %3 kept (at most %4), %5 older removed.")
                 .arg(result.metadata.companyName, QDir::toNativeSeparators(settings.folder))
                 .arg(kept)
                 .arg(keep)
                 .arg(std::max<qsizetype>(0, before + 1 - kept))
          << '\n';
    m_out.flush();
    return Cli::Ok;
}

int BackupCommand::restore(const QStringList &positional, bool force)
{
    if (positional.size() != 2)
        return m_usageError(tr("restore needs a BACKUP and a TARGET"));
    const QString backupPath = positional.at(0);
    const QString target = positional.at(1);
    if (m_login.isEmpty())
        return failure(tr("Say who you are: --user NAME (or set BACKROOM_USER). Restoring needs an administrator "
                          "of the company in the backup."));
    // Asked before anything is unpacked or locked.
    QString problem;
    const std::optional<QString> password = PasswordPrompt::password(tr("Password for “%1”: ").arg(m_login), &problem);
    if (!password)
        return failure(!problem.isEmpty() ? problem
                                          : tr("No password: set %1, or run the command in a terminal.")
                                                .arg(QString::fromLatin1(PasswordPrompt::EnvironmentVariable)));

    if (!force && !CompanyFile::isServerLocation(target) && QFileInfo::exists(target))
        return failure(tr("“%1” already exists. Restore to another name, or add --force to replace it (the company "
                          "there is then kept aside under a new name).")
                           .arg(QDir::toNativeSeparators(QFileInfo(target).absoluteFilePath())));

    CompanyBackup::RestoreOptions options;
    options.replaceExisting = force;
    options.authorise = [&](CompanyFile &restored, QString *refusal) -> std::optional<QString> {
        const SignIn::Result signedIn = SignIn::withPassword(restored.database(), m_login, *password);
        if (!signedIn.ok()) {
            *refusal = signedIn.message;
            return std::nullopt;
        }
        if (!signedIn.access->allows(UserAccounts::administerAction(), UserAccounts::securityScope())) {
            *refusal = signedIn.access->refusal(UserAccounts::administerAction(), tr("users and roles"));
            return std::nullopt;
        }
        return signedIn.access->userName();
    };
    const CompanyBackup backup(m_suite.schemas(), m_suite.registries().verifiers.items());
    const CompanyBackup::Result result = backup.restore(backupPath, target, options);
    if (!result.ok)
        return failure(result.message);
    const QMap<QString, int> known = backup.knownVersions();
    bool upgraded = false;
    for (auto it = result.metadata.schemaVersions.cbegin(); it != result.metadata.schemaVersions.cend(); ++it)
        upgraded = upgraded || (known.contains(it.key()) && it.value() < known.value(it.key()));
    m_out << tr("Restored “%1” from the backup made %2 with Backroom %3 to %4.")
                 .arg(result.metadata.companyName, localTime(result.metadata.createdAt), result.metadata.appVersion,
                      CompanyFile::displayLocation(result.path))
          << '\n';
    if (upgraded)
        m_out << tr("Its tables were brought up to this version of Backroom.") << '\n';
    if (!result.replacedPath.isEmpty())
        m_out << tr("The company that was there is kept as %1.").arg(QDir::toNativeSeparators(result.replacedPath))
              << '\n';
    m_out.flush();
    return Cli::Ok;
}

} // namespace Backroom::Internal
