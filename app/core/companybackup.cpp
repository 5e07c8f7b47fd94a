#include "companybackup.h"

#include "auditlog.h"
#include "backupreader.h"
#include "companycopier.h"
#include "companyfile.h"
#include "companylock.h"
#include "database.h"
#include "databaseerror.h"
#include "systemaccount.h"
#include "version.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStorageInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <filesystem>

#if defined(Q_OS_UNIX)
#  include <cerrno>
#  include <signal.h>
#endif

namespace Backroom {

namespace {

QString native(const QString &path)
{
    return CompanyFile::displayLocation(path);
}

void removeWithJournals(const QString &path)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

// std::filesystem::rename replaces an existing file in one step (POSIX
// rename, MoveFileEx on Windows); QFile::rename refuses to.
bool replaceFile(const QString &from, const QString &to, QString *error)
{
    std::error_code code;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()), std::filesystem::path(to.toStdU16String()),
                            code);
    if (code && error)
        *error = QString::fromLocal8Bit(code.message().c_str());
    return !code;
}

CompanyBackup::Result failed(const QString &message, bool cancelled = false)
{
    CompanyBackup::Result result;
    result.message = message;
    result.cancelled = cancelled;
    return result;
}

CompanyBackup::Result fromStatus(const BackupArchive::Status &status)
{
    return failed(status.message, status.code == BackupArchive::Error::Cancelled);
}

// A write into the backup's folder failed: on a full disk the clerk reads
// that, in their language, rather than the system's "No space left on
// device" (or nothing at all, for a short write).
bool folderIsFull(const QString &folder)
{
    const QStorageInfo storage(folder);
    return storage.isValid() && storage.bytesAvailable() < 64 * 1024;
}

// Whether a process of that id is running (a backup's temporary files name
// their process). Unknown on other systems: taken as running, so nothing of
// a live backup is ever removed.
bool processRunning(qint64 pid)
{
#if defined(Q_OS_UNIX)
    return pid == QCoreApplication::applicationPid() || ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    Q_UNUSED(pid)
    return true;
#endif
}

// What a backup killed part-way (power cut, kill -9) leaves next to its
// target: TARGET.<pid>.<tag>.snapshot (with journals) and .partial. They
// never carry the final name, and the next backup into the folder removes
// those whose process is gone, so a crash costs no lasting clutter.
void removeStaleLeftovers(const QString &folder)
{
    static const QRegularExpression leftover(
        QStringLiteral("^.+\\.(\\d+)\\.[0-9a-f]{8}\\.(snapshot|snapshot-journal|snapshot-wal|snapshot-shm|partial)$"));
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden)) {
        const QRegularExpressionMatch match = leftover.match(name);
        if (match.hasMatch() && !processRunning(match.captured(1).toLongLong()))
            QFile::remove(dir.filePath(name));
    }
}

} // namespace

CompanyBackup::CompanyBackup(const QList<ModuleSchema> &modules, const QList<VerifierContribution> &checks)
    : m_modules(modules)
    , m_checks(checks)
{
}

QString CompanyBackup::suggestedFileName(const QString &companyName, const QDateTime &at)
{
    return QStringLiteral("%1-%2.%3")
        .arg(safeFileName(companyName), at.toString(QStringLiteral("yyyyMMdd-HHmm")), BackupArchive::fileSuffix());
}

QString CompanyBackup::safeFileName(const QString &companyName)
{
    QString name = companyName.trimmed();
    // What Windows, macOS and Linux all refuse or misread in a file name.
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    name.replace(unsafe, QStringLiteral("_"));
    while (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name.isEmpty())
        name = QStringLiteral("company");
    return name;
}

QString CompanyBackup::replacedName(const QString &target, const QDateTime &at)
{
    const QFileInfo info(target);
    const QString suffix = info.suffix().isEmpty() ? QStringLiteral("backroom") : info.suffix();
    return info.absoluteDir().filePath(QStringLiteral("%1.replaced-%2.%3")
                                           .arg(info.completeBaseName(),
                                                at.toString(QStringLiteral("yyyyMMdd-HHmmss")), suffix));
}

QMap<QString, int> CompanyBackup::knownVersions() const
{
    QMap<QString, int> known{{QStringLiteral("core"), CompanyFile::CoreSchemaVersion}};
    for (const ModuleSchema &module : m_modules)
        if (module.moduleId != QLatin1String("core"))
            known.insert(module.moduleId, module.latestVersion());
    return known;
}

CompanyBackup::Result CompanyBackup::backUp(CompanyFile &company, const QString &target, const QString &user,
                                            const Progress &progress, bool replaceExisting) const
{
    const QFileInfo targetInfo(target);
    const QString absolute = targetInfo.absoluteFilePath();
    if (CompanyFile::isServerLocation(target))
        return failed(tr("A backup is a file; give a file name, not a server address."));
    if (!company.isOnServer() && targetInfo.exists()
        && targetInfo.canonicalFilePath() == QFileInfo(company.path()).canonicalFilePath())
        return failed(tr("A company cannot be backed up onto itself; choose another file."));
    if (targetInfo.exists() && !replaceExisting)
        return failed(tr("“%1” already exists. Choose another name; an existing backup is never overwritten.")
                          .arg(native(absolute)));
    if (targetInfo.isDir())
        return failed(tr("“%1” is a folder; give the backup a file name.").arg(native(absolute)));
    const QFileInfo folder(targetInfo.absolutePath());
    if (!folder.isDir() || !folder.isWritable())
        return failed(tr("Cannot write in “%1”: the folder does not exist or is read-only.")
                          .arg(QDir::toNativeSeparators(folder.absoluteFilePath())));

    removeStaleLeftovers(targetInfo.absolutePath());
    Database &db = company.database();
    if (!user.isEmpty()) {
        AuditLog::Entry entry;
        entry.user = user;
        entry.action = QString::fromLatin1(AuditLog::Action::Backup);
        entry.detail = {{QStringLiteral("target"), QDir::toNativeSeparators(absolute)}};
        QString error;
        if (AuditLog(db).append(entry, &error).id == 0)
            return failed(tr("The backup could not be recorded in the audit log: %1").arg(error));
    }

    // The snapshot and the archive next to the target: the folder the clerk
    // chose has the room (the system's temporary folder may be small).
    const QString tag = QStringLiteral("%1.%2").arg(QCoreApplication::applicationPid()).arg(
        QUuid::createUuid().toString(QUuid::Id128).left(8));
    const QString snapshot = QStringLiteral("%1.%2.snapshot").arg(absolute, tag);
    const QString partial = QStringLiteral("%1.%2.partial").arg(absolute, tag);
    auto cleanUp = qScopeGuard([&] {
        removeWithJournals(snapshot);
        QFile::remove(partial);
    });

    BackupArchive::Metadata metadata;
    metadata.companyName = company.companyName();
    metadata.companyId = company.meta(QStringLiteral("company_id"));
    metadata.language = company.language();
    metadata.createdAt = QDateTime::currentDateTimeUtc();
    metadata.appVersion = QStringLiteral(BACKROOM_VERSION_STRING);
    metadata.sourceKind = company.isOnServer() ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
    metadata.source = CompanyFile::displayLocation(company.path());

    QString error;
    if (company.isOnServer()) {
        // The same format as a file's backup: the company copied into a
        // SQLite file first, proven by the copier (counts, audit chain,
        // the modules' checks).
        CompanyCopier copier(company, m_modules, m_checks);
        const CompanyCopier::Result copied = copier.copyTo(snapshot);
        if (!copied.ok) {
            QString message = copied.message;
            if (!copied.problems.isEmpty())
                message += QLatin1Char(' ') + copied.problems.join(QStringLiteral("; "));
            return failed(tr("The company could not be copied for the backup: %1").arg(message));
        }
    } else {
        // One read transaction: a consistent picture while clerks keep working.
        // Run here rather than through Database::exec, so that a full disk
        // or a read-only folder is named as the backup's, not the company's.
        QSqlQuery vacuum(db.connection());
        vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
        vacuum.addBindValue(snapshot);
        if (!vacuum.exec()) {
            const QSqlError sqlError = vacuum.lastError();
            vacuum.finish();
            QString reason = DatabaseError::text(sqlError, absolute);
            if (DatabaseError::kind(sqlError) == DatabaseError::Kind::Other && folderIsFull(targetInfo.absolutePath()))
                reason = DatabaseError::sentence(DatabaseError::Kind::DiskFull, absolute);
            return failed(tr("The backup could not be written to “%1”: %2").arg(native(absolute), reason));
        }
        vacuum.finish();
    }
    {
        // The snapshot's own versions: what a restore will find in it.
        auto copy = Database::openSqliteUnchanging(snapshot, &error);   // a private snapshot
        QSqlQuery modules(copy ? copy->connection() : QSqlDatabase());
        modules.setForwardOnly(true);
        if (!copy || !modules.exec(QStringLiteral("SELECT module, schema_version, module_version FROM backroom_module_schema")))
            return failed(tr("The backup could not be checked: %1").arg(copy ? modules.lastError().text() : error));
        while (modules.next()) {
            metadata.schemaVersions.insert(modules.value(0).toString(), modules.value(1).toInt());
            metadata.moduleVersions.insert(modules.value(0).toString(), modules.value(2).toString());
        }
        modules.finish();
    }
    // The same checks a restore makes, before the backup counts as made.
    if (const BackupArchive::Status checked = BackupReader::checkDatabase(snapshot, metadata); !checked.ok())
        return failed(tr("The backup failed its check and was discarded: %1").arg(checked.message));

    QFile in(snapshot);
    if (!in.open(QIODevice::ReadOnly))
        return failed(tr("The backup could not be checked: %1").arg(in.errorString()));
    {
        QFile out(partial);
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly)
            || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return failed(tr("The backup could not be written to “%1”: %2").arg(native(absolute), out.errorString()));
        const BackupArchive::Status status = BackupArchive::write(in, metadata, out, progress, &metadata);
        const bool flushed = status.ok() && out.flush();
        if (status.code != BackupArchive::Error::Cancelled && (!status.ok() || !flushed)
            && folderIsFull(targetInfo.absolutePath()))
            return failed(tr("The backup could not be written to “%1”: %2")
                              .arg(native(absolute), DatabaseError::sentence(DatabaseError::Kind::DiskFull, absolute)));
        if (!status.ok())
            return fromStatus(status);
        if (!flushed)
            return failed(tr("The backup could not be written to “%1”: %2").arg(native(absolute), out.errorString()));
    }
    in.close();
    // Durable before it is called done: a USB stick pulled right after must
    // hold it.
    if (!CompanyFile::syncToDisk(partial))
        return failed(tr("The backup could not be written to disk at “%1”.").arg(native(absolute)));
    if (!replaceExisting) {
        // QFile::rename refuses an existing name: a file that appeared
        // meanwhile is never overwritten.
        if (!QFile::rename(partial, absolute))
            return failed(tr("The backup could not be moved into place as “%1”.").arg(native(absolute)));
    } else if (!replaceFile(partial, absolute, &error)) {
        return failed(tr("The backup could not be moved into place as “%1”: %2").arg(native(absolute), error));
    }
    CompanyFile::syncToDisk(targetInfo.absolutePath());
    Result result;
    result.ok = true;
    result.path = absolute;
    result.metadata = metadata;
    result.backupSize = QFileInfo(absolute).size();
    return result;
}

CompanyBackup::Result CompanyBackup::prepare(const QString &backup, const QString &working,
                                             const RestoreOptions &options, const Progress &progress,
                                             std::unique_ptr<CompanyFile> *opened) const
{
    BackupReader reader(backup);
    if (const BackupArchive::Status status = reader.extractTo(working, progress); !status.ok())
        return fromStatus(status);
    // Opening applies the steps of a backup from an older version, in one
    // transaction, and takes the working file's lock.
    CompanyFile::Status status;
    std::unique_ptr<CompanyFile> company = CompanyFile::open(working, m_modules, &status);
    if (!company)
        return failed(tr("The restored company cannot be opened: %1").arg(status.message));
    QString who = SystemAccount::userName();
    if (options.authorise) {
        QString refusal;
        const std::optional<QString> user = options.authorise(*company, &refusal);
        if (!user)
            return failed(refusal.isEmpty() ? tr("Cancelled; nothing was changed.") : refusal, refusal.isEmpty());
        who = *user;
    }
    AuditLog::Entry entry;
    entry.user = who;
    entry.action = QString::fromLatin1(AuditLog::Action::RestoreBackup);
    entry.detail = {{QStringLiteral("backup"), QDir::toNativeSeparators(QFileInfo(backup).absoluteFilePath())},
                    {QStringLiteral("backup_created_at"), reader.metadata().createdAt.toString(Qt::ISODateWithMs)},
                    {QStringLiteral("backup_app_version"), reader.metadata().appVersion}};
    QString error;
    if (AuditLog(company->database()).append(entry, &error).id == 0)
        return failed(tr("The restore could not be recorded in the audit log: %1").arg(error));
    Result result;
    result.ok = true;
    result.metadata = reader.metadata();
    *opened = std::move(company);
    return result;
}

CompanyBackup::Result CompanyBackup::restore(const QString &backup, const QString &target,
                                             const RestoreOptions &options, const Progress &progress) const
{
    // Everything that can be refused cheaply, before a byte is unpacked.
    BackupReader reader(backup);
    if (const BackupArchive::Status status = reader.readMetadata(); !status.ok())
        return fromStatus(status);
    if (const BackupArchive::Status status = reader.checkVersions(knownVersions()); !status.ok())
        return fromStatus(status);
    if (CompanyFile::isServerLocation(target))
        return restoreToServer(backup, target, options, progress);

    const QFileInfo targetInfo(target);
    const QString absolute = targetInfo.absoluteFilePath();
    if (targetInfo.isDir())
        return failed(tr("“%1” is a folder; give the restored company a file name.").arg(native(absolute)));
    if (targetInfo.exists() && targetInfo.canonicalFilePath() == QFileInfo(backup).canonicalFilePath())
        return failed(tr("A backup cannot be restored onto itself; name the company file to restore to."));
    if (targetInfo.exists() && !options.replaceExisting)
        return failed(tr("“%1” already exists. Restore to another name, or confirm that it is to be replaced (it is "
                         "then kept aside under a new name).").arg(native(absolute)));
    if (targetInfo.exists() && !CompanyFile::inspect(absolute).ok())
        return failed(tr("“%1” is not a Backroom company; it is not replaced. Restore to another name.")
                          .arg(native(absolute)));
    const QFileInfo folder(targetInfo.absolutePath());
    if (!folder.isDir() || !folder.isWritable())
        return failed(tr("Cannot write in “%1”: the folder does not exist or is read-only.")
                          .arg(QDir::toNativeSeparators(folder.absoluteFilePath())));
    // Held to the end: nobody opens the company while it is replaced, and a
    // company open in Backroom is never replaced under its clerk.
    CompanyLock lock(targetInfo.exists() ? targetInfo.canonicalFilePath() : absolute);
    switch (lock.tryLock()) {
    case CompanyLock::Result::Acquired:
        break;
    case CompanyLock::Result::HeldByOther:
        return failed(tr("“%1” is open in Backroom by %2; close it there before restoring over it.")
                          .arg(native(absolute), lock.otherHolder().describe()));
    case CompanyLock::Result::Failed:
        return failed(tr("“%1” cannot be replaced: %2").arg(native(absolute), lock.errorString()));
    }

    const QString working = QStringLiteral("%1.%2.restoring").arg(absolute).arg(QCoreApplication::applicationPid());
    removeWithJournals(working);
    auto cleanUp = qScopeGuard([&] { removeWithJournals(working); });
    Result result;
    {
        std::unique_ptr<CompanyFile> company;
        result = prepare(backup, working, options, progress, &company);
        if (!result.ok)
            return result;
        // Closed here: the journal is folded back into the file.
    }
    if (!CompanyFile::syncToDisk(working))
        return failed(tr("The restored company could not be written to disk at “%1”.").arg(native(absolute)));

    if (QFileInfo::exists(absolute)) {
        // Kept aside with its journal: a journal left by a crash may hold
        // committed work that is not yet in the file.
        const QString aside = replacedName(absolute, QDateTime::currentDateTime());
        for (const char *suffix : {"", "-wal", "-journal"}) {
            const QString from = absolute + QLatin1String(suffix);
            if ((*suffix == '\0' || QFileInfo::exists(from)) && !QFile::rename(from, aside + QLatin1String(suffix))) {
                // Put back what moved, so the company stays where it was.
                for (const char *back : {"", "-wal", "-journal"})
                    if (QFileInfo::exists(aside + QLatin1String(back)))
                        QFile::rename(aside + QLatin1String(back), absolute + QLatin1String(back));
                return failed(tr("“%1” could not be moved aside, so it was not replaced.").arg(native(absolute)));
            }
        }
        QFile::remove(absolute + QStringLiteral("-shm"));
        result.replacedPath = aside;
    }
    if (!QFile::rename(working, absolute)) {
        QString message = tr("The restored company could not be moved into place as “%1”.").arg(native(absolute));
        if (!result.replacedPath.isEmpty()) {
            if (QFile::rename(result.replacedPath, absolute))
                QFile::rename(result.replacedPath + QStringLiteral("-wal"), absolute + QStringLiteral("-wal"));
            else
                message += QLatin1Char(' ')
                           + tr("The company that was there is kept as “%1”.").arg(native(result.replacedPath));
        }
        return failed(message);
    }
    cleanUp.dismiss();
    removeWithJournals(working);
    CompanyFile::syncToDisk(targetInfo.absolutePath());
    result.path = absolute;
    return result;
}

CompanyBackup::Result CompanyBackup::restoreToServer(const QString &backup, const QString &target,
                                                     const RestoreOptions &options, const Progress &progress) const
{
    // Refused before unpacking: only an empty database (or schema) is
    // restored into; the copier checks again in its own transaction.
    {
        QString error;
        // A schema that does not exist yet may refuse the connection; the
        // copier creates it and says what else is wrong.
        std::unique_ptr<Database> db = Database::openPostgres(target, &error, options.serverPassword, true);
        const std::optional<QStringList> tables = db ? db->tables(&error) : std::nullopt;
        if (tables && !tables->isEmpty())
            return failed(tr("“%1” already holds tables. A backup is only restored into an empty database (or "
                             "schema): nothing there is overwritten.").arg(native(target)));
    }
    const QString working = QDir(QDir::tempPath()).filePath(
        QStringLiteral("backroom-restore-%1-%2.backroom")
            .arg(QCoreApplication::applicationPid())
            .arg(QUuid::createUuid().toString(QUuid::Id128).left(8)));
    auto cleanUp = qScopeGuard([&] { removeWithJournals(working); });
    std::unique_ptr<CompanyFile> company;
    Result result = prepare(backup, working, options, progress, &company);
    if (!result.ok)
        return result;
    CompanyCopier copier(*company, m_modules, m_checks);
    const CompanyCopier::Result copied = copier.copyTo(target, options.serverPassword);
    if (!copied.ok) {
        QString message = copied.message;
        if (!copied.problems.isEmpty())
            message += QLatin1Char(' ') + copied.problems.join(QStringLiteral("; "));
        return failed(message);
    }
    result.path = target;
    return result;
}

} // namespace Backroom
