#include "backupreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUuid>

namespace Backroom {

namespace {

// "BKRM", as CompanyFile::ApplicationId (not included: the fuzz target
// links this file without the rest of the core).
constexpr qint64 kApplicationId = 0x424B524D;

BackupReader::Status failure(BackupReader::Error code, const QString &message)
{
    return BackupReader::Status{code, message};
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

} // namespace

BackupReader::BackupReader(const QString &path)
    : m_path(path)
{
}

BackupReader::Status BackupReader::named(const Status &status) const
{
    if (status.ok() || status.code == Error::Cancelled)
        return status;
    return failure(status.code, tr("“%1”: %2").arg(native(m_path), status.message));
}

BackupReader::Status BackupReader::readMetadata()
{
    const QFileInfo info(m_path);
    if (!info.exists())
        return failure(Error::IoError, tr("The backup “%1” does not exist.").arg(native(m_path)));
    if (!info.isFile())
        return failure(Error::NotABackup, tr("“%1” is a folder, not a backup.").arg(native(m_path)));
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(Error::IoError, tr("The backup “%1” cannot be read: %2").arg(native(m_path), file.errorString()));
    const Status status = BackupArchive::readMetadata(file, &m_metadata);
    m_haveMetadata = status.ok();
    return named(status);
}

BackupReader::Status BackupReader::checkVersions(const QMap<QString, int> &known) const
{
    for (auto it = m_metadata.schemaVersions.cbegin(); it != m_metadata.schemaVersions.cend(); ++it) {
        if (!known.contains(it.key()) || it.value() <= known.value(it.key()))
            continue;
        if (it.key() == QLatin1String("core"))
            return failure(Error::NewerFormat,
                           tr("The backup “%1” was made by a newer version of Backroom (%2; file format %3, this "
                              "version reads up to %4). Install the newer version to restore it; nothing was changed.")
                               .arg(native(m_path), m_metadata.appVersion)
                               .arg(it.value())
                               .arg(known.value(it.key())));
        return failure(Error::NewerFormat,
                       tr("The backup “%1” was made by a newer version of Backroom (%2): its “%3” tables are version "
                          "%4, this version knows up to %5. Install the newer version to restore it; nothing was "
                          "changed.")
                           .arg(native(m_path), m_metadata.appVersion, it.key())
                           .arg(it.value())
                           .arg(known.value(it.key())));
    }
    return {};
}

BackupReader::Status BackupReader::extractTo(const QString &databasePath, const BackupArchive::Progress &progress)
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(Error::IoError, tr("The backup “%1” cannot be read: %2").arg(native(m_path), file.errorString()));
    Status status = BackupArchive::readMetadata(file, &m_metadata);
    m_haveMetadata = status.ok();
    if (!status.ok())
        return named(status);

    // Refused before writing: half a restored company on a full disk helps
    // nobody. (Unknown free space, on some file systems, is not refused.)
    const QStorageInfo storage(QFileInfo(databasePath).absolutePath());
    if (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < m_metadata.databaseSize)
        return failure(Error::IoError,
                       tr("There is not enough free space in “%1” to restore the backup: it needs %2, %3 are free.")
                           .arg(QDir::toNativeSeparators(QFileInfo(databasePath).absolutePath()),
                                QLocale().formattedDataSize(m_metadata.databaseSize),
                                QLocale().formattedDataSize(storage.bytesAvailable())));

    QFile out(databasePath);
    if (out.exists())
        return failure(Error::IoError, tr("“%1” is in the way; remove it first.").arg(native(databasePath)));
    auto remove = qScopeGuard([&] {
        out.close();
        for (const char *suffix : {"", "-journal", "-wal", "-shm"})
            QFile::remove(databasePath + QLatin1String(suffix));
    });
    // The company's salaries and ID numbers: readable by its owner only.
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return failure(Error::IoError, tr("“%1” cannot be written: %2").arg(native(databasePath), out.errorString()));
    status = BackupArchive::extract(file, m_metadata, out, progress);
    if (!status.ok())
        return named(status);
    if (!out.flush()) {
        return failure(Error::IoError, tr("“%1” cannot be written: %2").arg(native(databasePath), out.errorString()));
    }
    out.close();
    status = checkDatabase(databasePath, m_metadata);
    if (!status.ok())
        return named(status);
    remove.dismiss();
    return {};
}

BackupReader::Status BackupReader::checkDatabase(const QString &databasePath, const BackupArchive::Metadata &metadata)
{
    const QString connection = QStringLiteral("backroom-backup-check-") + QUuid::createUuid().toString(QUuid::Id128);
    Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        const auto damaged = [](const QString &what) {
            return failure(Error::Damaged, tr("The database in the backup is damaged (%1); it cannot be used.").arg(what));
        };
        const auto scalar = [&](const QString &sql, bool *ok) {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            *ok = query.exec(sql) && query.next();
            return *ok ? query.value(0) : QVariant();
        };
        result = [&]() -> Status {
            if (!db.open())
                return damaged(db.lastError().text());
            bool ok = false;
            const QVariant applicationId = scalar(QStringLiteral("PRAGMA application_id"), &ok);
            if (!ok)
                return damaged(tr("it cannot be read as a database"));
            if (applicationId.toLongLong() != kApplicationId)
                return failure(Error::Damaged, tr("The backup holds a database of another program, not a Backroom company."));
            {
                QSqlQuery integrity(db);
                integrity.setForwardOnly(true);
                QStringList problems;
                if (!integrity.exec(QStringLiteral("PRAGMA integrity_check(10)")))
                    problems.append(integrity.lastError().text());
                while (integrity.next())
                    problems.append(integrity.value(0).toString());
                if (problems != QStringList{QStringLiteral("ok")})
                    return damaged(problems.join(QStringLiteral("; ")));
            }
            {
                QSqlQuery foreignKeys(db);
                foreignKeys.setForwardOnly(true);
                if (!foreignKeys.exec(QStringLiteral("PRAGMA foreign_key_check")))
                    return damaged(foreignKeys.lastError().text());
                if (foreignKeys.next())
                    return damaged(tr("rows of “%1” refer to records that do not exist")
                                       .arg(foreignKeys.value(0).toString()));
            }
            QMap<QString, int> versions;
            QSqlQuery modules(db);
            modules.setForwardOnly(true);
            if (!modules.exec(QStringLiteral("SELECT module, schema_version FROM backroom_module_schema")))
                return damaged(tr("its Backroom tables are missing"));
            while (modules.next())
                versions.insert(modules.value(0).toString(), modules.value(1).toInt());
            if (versions != metadata.schemaVersions)
                return damaged(tr("its schema versions are not those its description names"));
            return {};
        }();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

} // namespace Backroom
