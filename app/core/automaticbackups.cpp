#include "automaticbackups.h"

#include "backuparchive.h"
#include "companyfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStorageInfo>

#include <algorithm>

namespace Backroom {

namespace {

const char kEnabledKey[] = "backup/automatic";
const char kFolderKey[] = "backup/folder";
const char kGenerationsKey[] = "backup/generations";
const char kIntervalKey[] = "backup/intervalHours";
const char kOnCloseKey[] = "backup/onClose";

QString idTag(const QString &companyId)
{
    QString tag = companyId.left(8).toLower();
    tag.remove(QRegularExpression(QStringLiteral("[^0-9a-z]")));
    return tag.isEmpty() ? QStringLiteral("company") : tag;
}

// The stamp and the number added when two backups fall in one second.
QRegularExpression generationPattern(const QString &companyId)
{
    return QRegularExpression(QStringLiteral("-%1-auto-(\\d{8}-\\d{6})(?:-(\\d+))?\\.%2$")
                                  .arg(QRegularExpression::escape(idTag(companyId)), BackupArchive::fileSuffix()));
}

QString existingFolder(QString path)
{
    QFileInfo info(path);
    while (!info.exists() && !info.isRoot() && !path.isEmpty()) {
        path = info.absolutePath();
        info = QFileInfo(path);
        if (info.absoluteFilePath() == QFileInfo(info.absolutePath()).absoluteFilePath())
            break;
    }
    return info.absoluteFilePath();
}

} // namespace

AutomaticBackups::Settings AutomaticBackups::Settings::load()
{
    QSettings settings;
    Settings loaded;
    loaded.enabled = settings.value(QLatin1String(kEnabledKey), false).toBool();
    loaded.folder = settings.value(QLatin1String(kFolderKey)).toString();
    loaded.generations = std::clamp(settings.value(QLatin1String(kGenerationsKey), 7).toInt(), 1, 999);
    loaded.intervalHours = std::clamp(settings.value(QLatin1String(kIntervalKey), 4).toInt(), 0, 168);
    loaded.onClose = settings.value(QLatin1String(kOnCloseKey), true).toBool();
    return loaded;
}

void AutomaticBackups::Settings::save() const
{
    QSettings settings;
    settings.setValue(QLatin1String(kEnabledKey), enabled);
    settings.setValue(QLatin1String(kFolderKey), folder);
    settings.setValue(QLatin1String(kGenerationsKey), generations);
    settings.setValue(QLatin1String(kIntervalKey), intervalHours);
    settings.setValue(QLatin1String(kOnCloseKey), onClose);
}

QString AutomaticBackups::fileName(const QString &companyName, const QString &companyId, const QDateTime &at)
{
    return QStringLiteral("%1-%2-auto-%3.%4")
        .arg(CompanyBackup::safeFileName(companyName), idTag(companyId), at.toString(QStringLiteral("yyyyMMdd-HHmmss")), BackupArchive::fileSuffix());
}

QStringList AutomaticBackups::generations(const QString &folder, const QString &companyId)
{
    const QRegularExpression pattern = generationPattern(companyId);
    struct Generation
    {
        QString stamp;
        int number;
        QString path;
    };
    QList<Generation> found;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.") + BackupArchive::fileSuffix()}, QDir::Files)) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (match.hasMatch())
            found.append({match.captured(1), match.captured(2).toInt(), dir.filePath(name)});
    }
    std::sort(found.begin(), found.end(), [](const Generation &a, const Generation &b) {
        return a.stamp != b.stamp ? a.stamp > b.stamp : a.number > b.number;
    });
    QStringList paths;
    for (const Generation &generation : std::as_const(found))
        paths.append(generation.path);
    return paths;
}

bool AutomaticBackups::prune(const QString &folder, const QString &companyId, int keep, QStringList *removed,
                             QString *errorString)
{
    const QStringList all = generations(folder, companyId);
    bool ok = true;
    for (qsizetype i = std::max(1, keep); i < all.size(); ++i) {
        QFile file(all.at(i));
        if (file.remove()) {
            if (removed)
                removed->append(all.at(i));
        } else {
            ok = false;
            if (errorString)
                *errorString = tr("The old backup “%1” could not be removed: %2")
                                   .arg(QDir::toNativeSeparators(all.at(i)), file.errorString());
        }
    }
    return ok;
}

bool AutomaticBackups::onSameDisk(const QString &folder, const QString &companyPath)
{
    if (folder.isEmpty() || companyPath.isEmpty() || CompanyFile::isServerLocation(companyPath))
        return false;
    const QStorageInfo backups(existingFolder(folder));
    const QStorageInfo company(QFileInfo(companyPath).absolutePath());
    return backups.isValid() && company.isValid() && backups.device() == company.device();
}

CompanyBackup::Result AutomaticBackups::run(CompanyFile &company, const Settings &settings,
                                            const CompanyBackup &backup, const QString &user,
                                            const CompanyBackup::Progress &progress)
{
    if (settings.folder.isEmpty()) {
        CompanyBackup::Result result;
        result.message = tr("No folder is set for automatic backups (Edit → Preferences → Backups).");
        return result;
    }
    if (!QDir().mkpath(settings.folder)) {
        CompanyBackup::Result result;
        result.message = tr("The folder for automatic backups “%1” does not exist and cannot be created.")
                             .arg(QDir::toNativeSeparators(settings.folder));
        return result;
    }
    const QString companyId = company.meta(QStringLiteral("company_id"));
    const QDateTime now = QDateTime::currentDateTime();
    const QDir dir(settings.folder);
    QString target = dir.filePath(fileName(company.companyName(), companyId, now));
    for (int n = 2; QFileInfo::exists(target); ++n) {
        QString name = fileName(company.companyName(), companyId, now);
        name.insert(name.size() - BackupArchive::fileSuffix().size() - 1, QStringLiteral("-%1").arg(n));
        target = dir.filePath(name);
    }
    CompanyBackup::Result result = backup.backUp(company, target, user, progress);
    if (!result.ok)
        return result;
    // Only now that the new one is complete.
    QString error;
    if (!prune(settings.folder, companyId, settings.generations, nullptr, &error)) {
        result.ok = false;
        result.message = tr("The backup was made, but older ones could not be removed: %1").arg(error);
    }
    return result;
}

} // namespace Backroom
