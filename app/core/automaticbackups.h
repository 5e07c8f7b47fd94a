#pragma once

#include "companybackup.h"
#include "coreglobal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Backroom {

class CompanyFile;

// Backups made without being asked: when a company is closed and every few
// hours while it is open, into a folder the clerk chose, keeping a number
// of generations. The settings are the desk's (QSettings), not the
// company's: the folder is a place on this computer.
//
// Each company's automatic backups are told apart by the start of its
// company id in their names, so two companies of the same name sharing the
// folder never prune each other's; a generation is removed only after a new
// one is complete.
class BACKROOM_CORE_EXPORT AutomaticBackups
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::AutomaticBackups)

public:
    struct Settings
    {
        bool enabled = false;
        QString folder;
        int generations = 7;       // backups of one company kept, at least 1
        int intervalHours = 4;     // while open; 0: only when closing
        bool onClose = true;

        static Settings load();
        void save() const;
    };

    // "<company>-<id>-auto-yyyyMMdd-HHmmss.bkbackup"
    static QString fileName(const QString &companyName, const QString &companyId, const QDateTime &at);
    // This company's automatic backups in `folder`, newest first (full paths).
    static QStringList generations(const QString &folder, const QString &companyId);
    // Keeps the newest `keep` of them and removes the others.
    static bool prune(const QString &folder, const QString &companyId, int keep, QStringList *removed,
                      QString *errorString);
    // Whether `folder` (or, while it does not exist yet, the nearest folder
    // above it) is on the same disk as the company file: such a backup is
    // lost with the disk.
    static bool onSameDisk(const QString &folder, const QString &companyPath);

    // One automatic backup of an open company, then the pruning.
    static CompanyBackup::Result run(CompanyFile &company, const Settings &settings, const CompanyBackup &backup,
                                     const QString &user, const CompanyBackup::Progress &progress = {});
};

} // namespace Backroom
