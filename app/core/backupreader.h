#pragma once

#include "backuparchive.h"
#include "coreglobal.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace Backroom {

// Reads a backup file and proves it before anything is restored from it:
// the header and description first (cheap: a newer format or schema is
// refused before a byte is unpacked), then the database, unpacked into a
// file of the caller's choosing and checked: the size and SHA-256 the
// description names, SQLite's integrity_check and foreign_key_check, the
// application id of a Backroom company, and schema versions that agree
// with the description. Any bytes at all give a message, never a crash
// (fuzz_backupreader).
//
// Uses Qt SQL's SQLite driver directly rather than the core's Database, so
// the fuzz target links only this, the archive and Qt.
class BACKROOM_CORE_EXPORT BackupReader
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::BackupReader)

public:
    using Status = BackupArchive::Status;
    using Error = BackupArchive::Error;

    explicit BackupReader(const QString &path);

    QString path() const { return m_path; }
    // Header and description; their messages name the file.
    Status readMetadata();
    const BackupArchive::Metadata &metadata() const { return m_metadata; }
    // After readMetadata: refuses a backup any of whose schema versions is
    // above what this build knows (module → latest version; modules not
    // in `known` are not judged here).
    Status checkVersions(const QMap<QString, int> &known) const;
    // Unpacks the database into `databasePath` (a new file; removed again
    // on any failure) and checks it. Reads the description first if
    // readMetadata was not called.
    Status extractTo(const QString &databasePath, const BackupArchive::Progress &progress = {});
    // The checks of an unpacked database against a description.
    static Status checkDatabase(const QString &databasePath, const BackupArchive::Metadata &metadata);

private:
    Status named(const Status &status) const;

    QString m_path;
    BackupArchive::Metadata m_metadata;
    bool m_haveMetadata = false;
};

} // namespace Backroom
