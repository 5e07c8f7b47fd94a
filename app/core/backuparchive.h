#pragma once

#include "coreglobal.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <functional>

class QIODevice;

namespace Backroom {

// The backup file format (.bkbackup): one company's SQLite database,
// compressed, with a description that can be read without unpacking it.
//
//   offset  size  what
//        0     8  magic "BKRMBKUP"
//        8     2  format version (big-endian), FormatVersion
//       10     2  flags, 0
//       12     4  length of the description in bytes (big-endian), at most MaxMetadataSize
//       16     4  CRC-32 of the description (big-endian)
//       20     n  the description: UTF-8 JSON (Metadata::toJson)
//     20+n     …  the database as one zlib stream, and nothing after it
//
// The description names the company, when and by which version the backup
// was made, the schema version of every module ("core" included), whether
// the company lived in a file or on a PostgreSQL server, and the size and
// SHA-256 of the uncompressed database, so that reading proves the bytes
// are exactly those that were written. Everything works in chunks: a
// company of a gigabyte is never held in memory.
//
// This class reads and writes devices; files, temporary names and the
// checks of the database itself are BackupReader's and CompanyBackup's.
class BACKROOM_CORE_EXPORT BackupArchive
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::BackupArchive)

public:
    static constexpr char Magic[] = "BKRMBKUP";
    static constexpr quint16 FormatVersion = 1;
    static constexpr int HeaderSize = 20;
    static constexpr qint64 MaxMetadataSize = 1024 * 1024;
    // Larger databases are refused as a damaged description (a flipped bit
    // in the size must not ask for a petabyte of disk).
    static constexpr qint64 MaxDatabaseSize = qint64(1) << 40;
    static QString fileSuffix() { return QStringLiteral("bkbackup"); }

    struct Metadata
    {
        QString companyName;
        QString companyId;
        QString language;
        QDateTime createdAt;          // UTC, when the backup was made
        QString appVersion;           // Backroom that made it
        QString sourceKind;           // "sqlite" or "postgresql"
        QString source;               // the company's file or server address (never a password)
        QMap<QString, int> schemaVersions;       // module → schema version, "core" included
        QMap<QString, QString> moduleVersions;   // module → module version
        qint64 databaseSize = 0;      // bytes of the uncompressed database
        QByteArray databaseSha256;    // raw 32 bytes

        QJsonObject toJson() const;
    };

    enum class Error {
        None,
        NotABackup,     // wrong magic: some other file
        NewerFormat,    // a format version this build does not read
        Damaged,        // description or data do not match what was written
        Truncated,      // the file ends too early
        IoError,        // reading or writing failed (a full disk)
        Cancelled,
    };
    struct Status
    {
        Error code = Error::None;
        QString message;   // one translated sentence
        bool ok() const { return code == Error::None; }
    };

    // Bytes done so far and in all; returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Writes the whole backup of `database` (a seekable device, read twice:
    // once for its size and hash, once to compress it) to `out`. The size
    // and hash of `metadata` are filled in from the database.
    static Status write(QIODevice &database, Metadata metadata, QIODevice &out, const Progress &progress = {},
                        Metadata *written = nullptr);
    // Reads and checks the header and the description; leaves `in` at the
    // start of the compressed data.
    static Status readMetadata(QIODevice &in, Metadata *metadata);
    // After readMetadata: unpacks the database into `out`, checking that the
    // stream is whole, nothing follows it, and size and SHA-256 are those of
    // the description. On failure `out` holds an unknown part of it.
    static Status extract(QIODevice &in, const Metadata &metadata, QIODevice &out, const Progress &progress = {});
};

} // namespace Backroom
