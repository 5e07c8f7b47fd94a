#pragma once

#include "backuparchive.h"
#include "coreglobal.h"
#include "moduleschema.h"
#include "verifiercontribution.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <optional>

namespace Backroom {

class CompanyFile;

// Backing up a company into a backup file (BackupArchive's format) and
// restoring one, for backroom-cli backup/restore, File → Back Up and
// File → Restore, and the automatic backups.
//
// Backup: a consistent snapshot (SQLite: VACUUM INTO; PostgreSQL: the
// CompanyCopier into a SQLite file, so both give the same format), checked
// like a restore checks it (integrity, references, application id, schema
// versions), compressed into TARGET.partial, synced to disk and renamed:
// never a half-written backup under the final name.
//
// Restore: the backup is proven first (BackupReader), newer schemas are
// refused before anything is unpacked, an older one is upgraded by opening
// it; the restored company appears under its name only when complete, an
// existing one is replaced only when asked and then kept aside, and a
// company open in Backroom (its lock) is never replaced.
class BACKROOM_CORE_EXPORT CompanyBackup
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::CompanyBackup)

public:
    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString message;                 // why not, one translated sentence
        QString path;                    // the backup made, or the company restored
        QString replacedPath;            // restore: where the company that was there is kept
        BackupArchive::Metadata metadata;
        qint64 backupSize = 0;           // bytes of the backup file
    };
    using Progress = BackupArchive::Progress;

    // `modules`: the running modules' schemas (a server company is copied
    // with them; a restore is upgraded to them); `checks`: the modules'
    // verifiers, which a copy must pass.
    explicit CompanyBackup(const QList<ModuleSchema> &modules, const QList<VerifierContribution> &checks = {});

    // "<company>-yyyyMMdd-HHmm.bkbackup", with characters no file system
    // takes replaced.
    static QString suggestedFileName(const QString &companyName, const QDateTime &at = QDateTime::currentDateTime());
    // A company name as a file name: what no file system takes replaced.
    static QString safeFileName(const QString &name);
    // TARGET.replaced-yyyyMMdd-HHmmss.backroom: where restore keeps a
    // replaced company.
    static QString replacedName(const QString &target, const QDateTime &at);

    // Backs up an open company. `user` is recorded in its audit log (a
    // "backup" entry naming the target, before the snapshot: the backup
    // carries the record of its own making); empty records nothing.
    // An existing `target` is replaced only with replaceExisting.
    Result backUp(CompanyFile &company, const QString &target, const QString &user,
                  const Progress &progress = {}, bool replaceExisting = false) const;

    struct RestoreOptions
    {
        bool replaceExisting = false;
        QString serverPassword;
        // Signs in to the restored company before it takes its place and
        // says who restores it (for its audit log), or sets the refusal and
        // returns nothing. Unset: nobody signs in and the entry names the
        // operating-system account.
        std::function<std::optional<QString>(CompanyFile &restored, QString *refusal)> authorise;
    };
    // `target`: a company file, or a postgresql:// address of an empty
    // database (or schema).
    Result restore(const QString &backup, const QString &target, const RestoreOptions &options,
                   const Progress &progress = {}) const;

    // module → the latest schema version this build knows, "core" included.
    QMap<QString, int> knownVersions() const;

private:
    Result restoreToServer(const QString &backup, const QString &target, const RestoreOptions &options,
                           const Progress &progress) const;
    // Unpacked, checked, upgraded, signed in and recorded; `working` is the
    // unpacked file's name.
    Result prepare(const QString &backup, const QString &working, const RestoreOptions &options,
                   const Progress &progress, std::unique_ptr<CompanyFile> *opened) const;

    QList<ModuleSchema> m_modules;
    QList<VerifierContribution> m_checks;
};

} // namespace Backroom
