#include "databaseerror.h"

#include <QDir>
#include <QSqlError>

namespace Backroom {

namespace {

// SQLite's primary result codes (the low byte of an extended one).
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteIoErr = 10;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteCantOpen = 14;
constexpr int SqliteNotADb = 26;

QString driverText(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.trimmed();
}

} // namespace

DatabaseError::Kind DatabaseError::kind(const QSqlError &error)
{
    if (error.type() == QSqlError::NoError)
        return Kind::Other;
    const QString code = error.nativeErrorCode();
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    // PostgreSQL: a five-character SQLSTATE.
    if (code.size() == 5) {   // SQLite's codes have at most four digits
        if (code.startsWith(QLatin1String("53")))   // insufficient resources: 53100 disk full, 53200 memory
            return code == QLatin1String("53100") ? Kind::DiskFull : Kind::IoError;
        if (code == QLatin1String("58030"))
            return Kind::IoError;
        if (code == QLatin1String("25006"))         // read-only transaction
            return Kind::ReadOnly;
        if (code == QLatin1String("55P03") || code == QLatin1String("57014"))   // lock not available, timeout
            return Kind::Busy;
        if (code == QLatin1String("XX001") || code == QLatin1String("XX002"))   // data or index corrupted
            return Kind::Corrupt;
        if (code == QLatin1String("40001") || code == QLatin1String("40P01"))   // serialization failure, deadlock
            return Kind::Contention;
        // Connection exceptions; the server shutting down or starting up.
        if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01") || code == QLatin1String("57P02")
            || code == QLatin1String("57P03"))
            return Kind::Unreachable;
        return Kind::Other;
    }
    // libpq's own words when the connection is gone: no SQLSTATE comes with
    // them.
    for (const char *lost : {"server closed the connection unexpectedly", "no connection to the server",
                             "could not connect to server", "Connection refused", "terminating connection"})
        if (text.contains(QLatin1String(lost), Qt::CaseInsensitive))
            return Kind::Unreachable;
    bool numeric = false;
    const int value = code.toInt(&numeric);
    if (numeric) {
        switch (value & 0xFF) {
        case SqliteFull:
            return Kind::DiskFull;
        case SqliteReadOnly:
            return Kind::ReadOnly;
        case SqliteCorrupt:
        case SqliteNotADb:
            return Kind::Corrupt;
        case SqliteBusy:
        case SqliteLocked:
            return Kind::Busy;
        case SqliteIoErr:
            // SQLite reports ENOSPC during a write as an I/O error on some
            // paths (the journal, VACUUM INTO's output).
            return text.contains(QLatin1String("disk is full"), Qt::CaseInsensitive) ? Kind::DiskFull : Kind::IoError;
        case SqliteCantOpen:
            return Kind::IoError;
        default:
            break;
        }
    }
    // The text, when the driver gave no usable code.
    if (text.contains(QLatin1String("database or disk is full"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("No space left on device"), Qt::CaseInsensitive))
        return Kind::DiskFull;
    if (text.contains(QLatin1String("readonly database"), Qt::CaseInsensitive))
        return Kind::ReadOnly;
    if (text.contains(QLatin1String("file is not a database"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("disk image is malformed"), Qt::CaseInsensitive))
        return Kind::Corrupt;
    if (text.contains(QLatin1String("database is locked"), Qt::CaseInsensitive))
        return Kind::Busy;
    return Kind::Other;
}

QString DatabaseError::sentence(Kind kind, const QString &location)
{
    QString where = location;
    if (!where.isEmpty() && !where.contains(QLatin1String("://")))
        where = QDir::toNativeSeparators(where);
    switch (kind) {
    case Kind::DiskFull:
        return where.isEmpty() ? tr("The disk is full. Nothing was saved; free some space and try again.")
                               : tr("The disk holding “%1” is full. Nothing was saved; free some space and try "
                                    "again.").arg(where);
    case Kind::ReadOnly:
        return where.isEmpty() ? tr("The company file or its folder is read-only, so nothing could be saved.")
                               : tr("“%1” or its folder is read-only, so nothing could be saved. Check its "
                                    "permissions, or copy it to a folder of yours.").arg(where);
    case Kind::Corrupt:
        return where.isEmpty() ? tr("The company file is damaged. Nothing was changed; restore it from a backup.")
                               : tr("“%1” is damaged or is not a Backroom company file. Nothing was changed; "
                                    "restore it from a backup.").arg(where);
    case Kind::Busy:
        return where.isEmpty() ? tr("The company is busy: another clerk's work took too long to finish. Nothing "
                                    "was saved; try again in a moment.")
                               : tr("“%1” is busy: another clerk's work took too long to finish. Nothing was "
                                    "saved; try again in a moment.").arg(where);
    case Kind::IoError:
        return where.isEmpty() ? tr("The company file could not be read or written (a disk error). Nothing was "
                                    "saved; check the disk and try again.")
                               : tr("“%1” could not be read or written (a disk error). Nothing was saved; check "
                                    "the disk and try again.").arg(where);
    case Kind::Contention:
        return where.isEmpty() ? tr("Another clerk's work kept getting in the way of this one (the database stopped "
                                    "it to end a deadlock). Nothing was saved; try again.")
                               : tr("Another clerk's work on “%1” kept getting in the way of this one (the database "
                                    "stopped it to end a deadlock). Nothing was saved; try again.").arg(where);
    case Kind::Unreachable:
        return where.isEmpty() ? tr("The database server cannot be reached, or it dropped the connection. Check "
                                    "the network (or ask whoever runs the server) and try again.")
                               : tr("The database server of “%1” cannot be reached, or it dropped the connection. "
                                    "Check the network (or ask whoever runs the server) and try again.").arg(where);
    case Kind::Other:
        break;
    }
    return {};
}

QString DatabaseError::text(const QSqlError &error, const QString &location)
{
    const QString driver = driverText(error);
    const Kind which = kind(error);
    if (which == Kind::Other)
        return driver;
    // The driver's words stay, for whoever supports the office.
    return tr("%1 (Details: %2)").arg(sentence(which, location), driver);
}

} // namespace Backroom
