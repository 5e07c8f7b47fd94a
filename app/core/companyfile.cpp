#include "companyfile.h"

#include "auditlog.h"
#include "companylock.h"
#include "database.h"
#include "entityschema.h"
#include "roles.h"
#include "useraccounts.h"
#include "version.h"
#include "writetransaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <QtEndian>

#if defined(Q_OS_WIN)
#  include <qt_windows.h>
#else
#  include <fcntl.h>
#  include <unistd.h>
#endif

namespace Backroom {

namespace {

constexpr char kSqliteMagic[] = "SQLite format 3";

CompanyFile::Status failure(CompanyFile::Error code, const QString &message)
{
    return CompanyFile::Status{code, message};
}

QString displayName(const QString &path)
{
    if (Database::isPostgresUrl(path))
        return path;
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

#if defined(Q_OS_LINUX)
// The file system type of the mount holding `folder`, from
// /proc/self/mountinfo (the longest mount point that contains it).
QString fileSystemType(const QString &folder)
{
    QFile mounts(QStringLiteral("/proc/self/mountinfo"));
    if (!mounts.open(QIODevice::ReadOnly | QIODevice::Text))
        return QString();
    QString bestMount;
    QString bestType;
    const QByteArray content = mounts.readAll();
    for (const QByteArray &line : content.split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        const qsizetype separator = parts.indexOf("-");
        if (parts.size() < 5 || separator < 0 || separator + 1 >= parts.size())
            continue;
        // Spaces and other characters in mount points are octal escapes.
        QByteArray raw = parts.at(4);
        raw.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n").replace("\\134", "\\");
        const QString mount = QString::fromLocal8Bit(raw);
        const bool contains = mount == QLatin1String("/") || folder == mount
                              || folder.startsWith(mount + QLatin1Char('/'));
        if (contains && mount.size() > bestMount.size()) {
            bestMount = mount;
            bestType = QString::fromLatin1(parts.at(separator + 1));
        }
    }
    return bestType;
}
#endif

// SQLite's locking, and WAL's shared memory, are unreliable on network file
// systems: a company there could be damaged by two clerks at once.
bool isOnNetworkShare(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
#if defined(Q_OS_LINUX)
    const QString type = fileSystemType(folder.isEmpty() ? info.absolutePath() : folder);
    static const QStringList network{
        QStringLiteral("cifs"), QStringLiteral("smb3"), QStringLiteral("smbfs"), QStringLiteral("9p"),
        QStringLiteral("afs"), QStringLiteral("ceph"), QStringLiteral("glusterfs"), QStringLiteral("lustre"),
        QStringLiteral("gpfs"), QStringLiteral("ncpfs"), QStringLiteral("davfs"), QStringLiteral("fuse.sshfs"),
        QStringLiteral("fuse.gvfsd-fuse"), QStringLiteral("fuse.rclone"), QStringLiteral("fuse.s3fs"),
        QStringLiteral("fuse.davfs"), QStringLiteral("fuse.smbnetfs"), QStringLiteral("fuse.curlftpfs"),
        QStringLiteral("fuse.glusterfs")};
    return type.startsWith(QLatin1String("nfs")) || network.contains(type);
#elif defined(Q_OS_WIN)
    const QString absolute = info.absoluteFilePath();
    if (absolute.startsWith(QLatin1String("//")) || absolute.startsWith(QLatin1String("\\\\")))
        return true;
    const QString root = absolute.left(3);
    return ::GetDriveTypeW(reinterpret_cast<LPCWSTR>(root.utf16())) == DRIVE_REMOTE;
#else
    Q_UNUSED(folder)
    return false;
#endif
}

// SQLite's quick_check: {"ok"}, or up to ten problems it found.
QStringList quickCheckProblems(Database &db)
{
    QSqlQuery check(db.connection());
    check.setForwardOnly(true);
    QStringList problems;
    if (!check.exec(QStringLiteral("PRAGMA quick_check(10)")))
        problems.append(check.lastError().text());
    while (check.next())
        problems.append(check.value(0).toString());
    check.finish();
    return problems;
}

// Schema and module version of every module that has opened the file.
bool readModuleRows(Database &db, QMap<QString, int> *schemaVersions, QMap<QString, QString> *moduleVersions,
                    QString *error)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT module, schema_version, module_version FROM backroom_module_schema"))) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        if (schemaVersions)
            schemaVersions->insert(query.value(0).toString(), query.value(1).toInt());
        if (moduleVersions)
            moduleVersions->insert(query.value(0).toString(), query.value(2).toString());
    }
    query.finish();
    return true;
}

bool createCoreTables(Database &db, QString *error)
{
    const SqlDialect &d = db.dialect();
    return db.exec(QStringLiteral("CREATE TABLE backroom_meta (key %1 PRIMARY KEY, value %1 NOT NULL)")
                       .arg(d.textType()), {}, error)
        && db.exec(QStringLiteral("CREATE TABLE backroom_module_schema ("
                                  "module %1 PRIMARY KEY, "
                                  "schema_version %2 NOT NULL CHECK (schema_version >= 0), "
                                  "module_version %1 NOT NULL, "
                                  "updated_at %1 NOT NULL)")
                       .arg(d.textType(), d.integerType()), {}, error);
}

bool createSequenceTable(Database &db, QString *error)
{
    // One counter per sequence and period ("2026", "2026-03", "" for never
    // reset); rows are locked by the write transaction that takes a number.
    const SqlDialect &d = db.dialect();
    return db.exec(QStringLiteral("CREATE TABLE backroom_sequence ("
                                  "name %1 NOT NULL, period %1 NOT NULL, next_value %2 NOT NULL CHECK (next_value >= 1), "
                                  "PRIMARY KEY (name, period))")
                       .arg(d.textType(), d.integerType()), {}, error);
}

bool createAttachmentTables(Database &db, QString *error)
{
    // Content-addressed: one blob per distinct content (SHA-256), however
    // many records attach it, so a backup of the company file is complete.
    // An attachment row names one use of a blob: the file name the clerk
    // gave it and, for a record's attachments panel, the record it belongs
    // to (attachment fields refer to the row by id instead).
    const SqlDialect &d = db.dialect();
    return db.exec(QStringLiteral("CREATE TABLE backroom_blob ("
                                  "sha256 %1 PRIMARY KEY, size %2 NOT NULL CHECK (size >= 0), data %3 NOT NULL)")
                       .arg(d.textType(), d.integerType(), d.blobType()), {}, error)
        && db.exec(QStringLiteral("CREATE TABLE backroom_attachment ("
                                  "id %1, sha256 %2 NOT NULL REFERENCES backroom_blob (sha256), "
                                  "file_name %2 NOT NULL, mime_type %2 NOT NULL, size %3 NOT NULL, "
                                  "entity %2, record_id %3, "
                                  "created_at %4 NOT NULL, created_by %2 NOT NULL)")
                       .arg(d.primaryKeyColumn(), d.textType(), d.integerType(), d.timestampType()), {}, error)
        && db.exec(QStringLiteral("CREATE INDEX backroom_attachment_record ON backroom_attachment (entity, record_id)"),
                   {}, error)
        && db.exec(QStringLiteral("CREATE INDEX backroom_attachment_blob ON backroom_attachment (sha256)"), {}, error);
}

bool createTransitionTable(Database &db, QString *error)
{
    // Workflow history: who moved which record from which state to which,
    // and when. Written in the same transaction as the state change.
    const SqlDialect &d = db.dialect();
    return db.exec(QStringLiteral("CREATE TABLE backroom_transition ("
                                  "id %1, entity %2 NOT NULL, record_id %3 NOT NULL, "
                                  "transition %2 NOT NULL, from_state %2 NOT NULL, to_state %2 NOT NULL, "
                                  "user_name %2 NOT NULL, at %4 NOT NULL, comment %2 NOT NULL DEFAULT '')")
                       .arg(d.primaryKeyColumn(), d.textType(), d.integerType(), d.timestampType()), {}, error)
        && db.exec(QStringLiteral("CREATE INDEX backroom_transition_record ON backroom_transition (entity, record_id)"),
                   {}, error);
}

bool createPreferenceTables(Database &db, QString *error)
{
    // Kept in the company file rather than in per-machine settings: a clerk's
    // saved filters follow them to any desk, and a column mapping learned
    // from a supplier's spreadsheet serves the whole office.
    const SqlDialect &d = db.dialect();
    return db.exec(QStringLiteral("CREATE TABLE backroom_saved_filter ("
                                  "id %1, user_name %2 NOT NULL, entity %2 NOT NULL, name %2 NOT NULL, "
                                  "spec %2 NOT NULL, updated_at %3 NOT NULL, "
                                  "UNIQUE (user_name, entity, name))")
                       .arg(d.primaryKeyColumn(), d.textType(), d.timestampType()), {}, error)
        && db.exec(QStringLiteral("CREATE TABLE backroom_import_mapping ("
                                  "entity %1 NOT NULL, headers %1 NOT NULL, mapping %1 NOT NULL, "
                                  "updated_at %2 NOT NULL, PRIMARY KEY (entity, headers))")
                       .arg(d.textType(), d.timestampType()), {}, error);
}

bool createSecurityTables(Database &db, QString *error)
{
    // Users, roles and the audit log live in the company file: they belong
    // to the books, travel with a backup and are checked by verify.
    // backroom_audit is append-only: each entry's hash covers the previous
    // entry's hash and its own content, so an edit, insertion or removal made
    // behind the application's back (the sqlite3 shell) is detected; the
    // triggers only stop the accidental ones.
    const SqlDialect &d = db.dialect();
    const QString text = d.textType();
    const QString integer = d.integerType();
    const QString timestamp = d.timestampType();
    bool ok = db.exec(QStringLiteral("CREATE TABLE backroom_user ("
                                     "id %1, login %2 NOT NULL UNIQUE, display_name %2 NOT NULL, "
                                     "password_hash %2 NOT NULL, disabled %3 NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)), "
                                     "must_change_password %3 NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)), "
                                     "failed_logins %3 NOT NULL DEFAULT 0, locked_until %4, "
                                     "created_at %4 NOT NULL, password_changed_at %4, last_login_at %4)")
                          .arg(d.primaryKeyColumn(), text, integer, timestamp), {}, error)
              && db.exec(QStringLiteral("CREATE TABLE backroom_role ("
                                        "id %1, role_key %2 NOT NULL UNIQUE, name %2 NOT NULL, "
                                        "description %2 NOT NULL DEFAULT '', copied_from %2)")
                             .arg(d.primaryKeyColumn(), text), {}, error)
              // scope: "*" (everything), a module id ("finance") or an entity id
              // ("hr.employee"); action: read, create, update, delete, approve,
              // post, print, export, unmask, administer.
              && db.exec(QStringLiteral("CREATE TABLE backroom_role_permission ("
                                        "role_id %1 NOT NULL REFERENCES backroom_role (id) ON DELETE CASCADE, "
                                        "scope %2 NOT NULL, action %2 NOT NULL, PRIMARY KEY (role_id, scope, action))")
                             .arg(integer, text), {}, error)
              && db.exec(QStringLiteral("CREATE TABLE backroom_user_role ("
                                        "user_id %1 NOT NULL REFERENCES backroom_user (id), "
                                        "role_id %1 NOT NULL REFERENCES backroom_role (id) ON DELETE CASCADE, "
                                        "PRIMARY KEY (user_id, role_id))")
                             .arg(integer), {}, error)
              && db.exec(QStringLiteral("CREATE TABLE backroom_audit ("
                                        "id %1, at %2 NOT NULL, user_name %3 NOT NULL, action %3 NOT NULL, "
                                        "entity %3 NOT NULL DEFAULT '', record_id %4, detail %3 NOT NULL DEFAULT '{}', "
                                        "prev_hash %3 NOT NULL, hash %3 NOT NULL)")
                             .arg(d.primaryKeyColumn(), timestamp, text, integer), {}, error)
              && db.exec(QStringLiteral("CREATE INDEX backroom_audit_record ON backroom_audit (entity, record_id)"), {}, error)
              && db.exec(QStringLiteral("CREATE INDEX backroom_audit_at ON backroom_audit (at)"), {}, error);
    if (!ok)
        return false;
    for (const QString &statement : d.appendOnlyTriggers(QStringLiteral("backroom_audit"))) {
        if (!db.exec(statement, {}, error))
            return false;
    }
    return true;
}

bool createAuditQueue(Database &db, QString *error)
{
    // Where a server connection's audit entries wait, committed with the
    // change they record, to be chained into backroom_audit right after
    // (AuditLog). Rows leave it only into the chain.
    const SqlDialect &d = db.dialect();
    return db.exec(QStringLiteral("CREATE TABLE backroom_audit_pending ("
                                  "id %1, at %2 NOT NULL, user_name %3 NOT NULL, action %3 NOT NULL, "
                                  "entity %3 NOT NULL DEFAULT '', record_id %4, detail %3 NOT NULL DEFAULT '{}')")
                       .arg(d.primaryKeyColumn(), d.timestampType(), d.textType(), d.integerType()),
                   {}, error);
}

// The core's own numbered schema steps. Never edit a shipped step; add one.
struct CoreStep
{
    int version;
    bool (*apply)(Database &, QString *);
};
const CoreStep kCoreSteps[] = {
    {1, createCoreTables},
    {2, createSequenceTable},
    {3, createAttachmentTables},
    {4, createTransitionTable},
    {5, createPreferenceTables},
    {6, createSecurityTables},
    {7, createAuditQueue},
};
static_assert(std::size(kCoreSteps) == CompanyFile::CoreSchemaVersion, "one core step per core schema version");

bool writeModuleRow(Database &db, const QString &module, int schemaVersion, const QString &moduleVersion,
                    QString *error)
{
    return db.exec(QStringLiteral("INSERT INTO backroom_module_schema (module, schema_version, module_version, updated_at) "
                                  "VALUES (?, ?, ?, ?) "
                                  "ON CONFLICT (module) DO UPDATE SET schema_version = excluded.schema_version, "
                                  "module_version = excluded.module_version, updated_at = excluded.updated_at"),
                   {module, schemaVersion, moduleVersion,
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                   error);
}

// The shipped roles as this build ships them: a newer build may grant more,
// and nobody may have changed them behind the application's back.
// Entries a program left queued when it stopped between a commit and the
// seal that follows it. Best effort: they wait for the next write otherwise.
void sealQueuedAudit(Database &db)
{
    AuditLog log(db);
    QString error;
    if (log.pendingCount() > 0 && log.seal(&error) < 0)
        qWarning("Backroom: queued audit entries could not be chained: %s", qPrintable(error));
}

CompanyFile::Status shipRoles(Database &db, const QString &path)
{
    QString error;
    if (Roles(db).ensureShipped(&error))
        return {};
    return failure(CompanyFile::Error::UpgradeFailed,
                   QCoreApplication::translate("Backroom::CompanyFile",
                                               "The roles of “%1” could not be brought up to date: %2")
                       .arg(displayName(path), error));
}

bool writeMeta(Database &db, const QString &key, const QString &value, QString *error)
{
    return db.exec(QStringLiteral("INSERT INTO backroom_meta (key, value) VALUES (?, ?) "
                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                   {key, value}, error);
}

} // namespace

CompanyFile::~CompanyFile()
{
    // Statistics for the query planner, gathered where SQLite thinks they are
    // missing or stale: without them it filters a million partners through
    // the "kind" index and sorts a third of them, instead of walking the
    // index of the list's order (370 ms against 11 ms on the 1,000,000-row benchmark). Sampled statistics
    // (analysis_limit) were measured to mislead it the same way; a full
    // ANALYZE of a million rows takes about a second, rarely. Errors are of
    // no consequence here.
    if (m_database && !m_database->isReadOnly() && m_database->dialect().kind() == SqlDialect::Kind::Sqlite
        && m_database->transactionDepth() == 0)
        m_database->exec(QStringLiteral("PRAGMA optimize"), {});
    // Close the database before releasing the lock, so no other process can
    // start writing while our connection still checkpoints the WAL.
    m_database.reset();
    m_lock.reset();
}

CompanyFile::Status CompanyFile::inspect(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return failure(Error::NotFound, tr("The company file “%1” does not exist.").arg(displayName(path)));
    if (!info.isFile())
        return failure(Error::NotACompanyFile, tr("“%1” is a folder, not a Backroom company file.").arg(displayName(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(Error::IoError, tr("“%1” cannot be read: %2").arg(displayName(path), file.errorString()));
    const QByteArray header = file.read(100);
    const qint64 size = file.size();
    file.close();
    if (header.size() < 100 || !header.startsWith(QByteArray(kSqliteMagic, sizeof kSqliteMagic)))
        return failure(Error::NotACompanyFile,
                       tr("“%1” is not a Backroom company file.").arg(displayName(path)));
    const quint32 applicationId = qFromBigEndian<quint32>(header.constData() + 68);
    if (applicationId != ApplicationId)
        return failure(Error::NotACompanyFile,
                       tr("“%1” is a database of another program, not a Backroom company file.")
                           .arg(displayName(path)));
    const qint32 userVersion = qFromBigEndian<qint32>(header.constData() + 60);
    if (userVersion > CoreSchemaVersion)
        return failure(Error::NewerVersion,
                       tr("“%1” was saved by a newer version of Backroom (file format %2; this version reads "
                          "up to %3). Install the newer version to open it.")
                           .arg(displayName(path)).arg(userVersion).arg(CoreSchemaVersion));
    // SQLite stores page size 65536 as 1.
    quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0 || size % pageSize != 0)
        return failure(Error::Corrupt,
                       tr("“%1” is damaged (its size does not match its page size). Restore it from a backup.")
                           .arg(displayName(path)));
    return {};
}

CompanyFile::Status CompanyFile::checkWritable(const QString &path)
{
    // A file or folder marked read-only (no write permission for anyone) is
    // refused even for an administrator, whom the OS would let write anyway.
    // (WriteUser is left out: it reports what the OS allows the current user.)
    constexpr QFile::Permissions anyWrite = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    const QFileInfo info(path);
    if (!info.isWritable() || !(info.permissions() & anyWrite))
        return failure(Error::ReadOnly,
                       tr("“%1” is read-only. Backroom must be able to write to a company file to keep its "
                          "books; copy it to a folder of yours or change its permissions.")
                           .arg(displayName(path)));
    const QFileInfo folder(info.absolutePath());
#ifdef Q_OS_WIN
    // Windows ignores the read-only attribute on folders (Explorer sets it on
    // Documents and Desktop); creating the lock file tells the truth there.
    const bool folderMarkedReadOnly = false;
#else
    const bool folderMarkedReadOnly = !(folder.permissions() & anyWrite);
#endif
    if (!folder.isWritable() || folderMarkedReadOnly)
        return failure(Error::ReadOnly,
                       tr("The folder “%1” is read-only. Backroom keeps a journal and a lock file next to the "
                          "company file, so its folder must be writable.")
                           .arg(QDir::toNativeSeparators(folder.absoluteFilePath())));
    if (isOnNetworkShare(path))
        return failure(Error::NetworkShare,
                       tr("“%1” is on a network share, where SQLite's locking is unreliable and the books "
                          "could be damaged. Copy it to a local disk, or move the company to a PostgreSQL server.")
                           .arg(displayName(path)));
    return {};
}

CompanyFile::Status CompanyFile::checkContent(Database &db, const QString &path)
{
    QString error;
    const auto applicationId = db.scalar(QStringLiteral("PRAGMA application_id"), {}, &error);
    if (!applicationId)
        return failure(Error::Corrupt, tr("“%1” cannot be read as a database: %2").arg(displayName(path), error));
    if (applicationId->toLongLong() != qint64(ApplicationId))
        return failure(Error::NotACompanyFile,
                       tr("“%1” is a database of another program, not a Backroom company file.")
                           .arg(displayName(path)));
    const auto userVersion = db.scalar(QStringLiteral("PRAGMA user_version"), {}, &error);
    if (!userVersion)
        return failure(Error::Corrupt, tr("“%1” cannot be read as a database: %2").arg(displayName(path), error));
    if (userVersion->toInt() > CoreSchemaVersion)
        return failure(Error::NewerVersion,
                       tr("“%1” was saved by a newer version of Backroom (file format %2; this version reads "
                          "up to %3). Install the newer version to open it.")
                           .arg(displayName(path)).arg(userVersion->toInt()).arg(CoreSchemaVersion));

    const QStringList problems = quickCheckProblems(db);
    if (problems != QStringList{QStringLiteral("ok")})
        return failure(Error::Corrupt,
                       tr("“%1” is damaged (%2). It was not changed; restore it from a backup.")
                           .arg(displayName(path), problems.join(QStringLiteral("; "))));
    if (!db.tableExists(QStringLiteral("backroom_meta")) || !db.tableExists(QStringLiteral("backroom_module_schema")))
        return failure(Error::Corrupt,
                       tr("“%1” is damaged (its Backroom tables are missing). It was not changed; restore it "
                          "from a backup.").arg(displayName(path)));
    return {};
}

std::unique_ptr<CompanyFile> CompanyFile::openReadOnly(const QString &path, Status *status,
                                                       const QString &serverPassword)
{
    Status local;
    Status &result = status ? *status : local;
    if (isServerLocation(path))
        return openOnServer(path, {}, result, serverPassword, true);
    result = inspect(path);
    if (!result.ok())
        return nullptr;
    QString error;
    std::unique_ptr<CompanyFile> company(new CompanyFile);
    company->m_path = QFileInfo(path).absoluteFilePath();
    // Nobody may start writing under a reader that takes no locks: the
    // company's lock is held while it reads (a clerk opening the company
    // meanwhile is told who has it). A folder where the lock cannot be made
    // is one nobody can write in either. When a clerk is working in it, it
    // is read as SQLite readers do, seeing their commits as they come.
    company->m_lock = std::make_unique<CompanyLock>(QFileInfo(path).canonicalFilePath());
    const CompanyLock::Result locked = company->m_lock->tryLock();
    if (locked != CompanyLock::Result::Acquired)
        company->m_lock.reset();
    company->m_database = locked == CompanyLock::Result::HeldByOther
                              ? Database::openSqlite(company->m_path, true, &error)
                              : Database::openSqliteUnchanging(company->m_path, &error);
    if (!company->m_database) {
        result = failure(Error::IoError, tr("“%1” cannot be opened: %2").arg(displayName(path), error));
        return nullptr;
    }
    result = checkContent(*company->m_database, path);
    if (!result.ok())
        return nullptr;
    if (!company->loadMeta(&error)) {
        result = failure(Error::Corrupt, tr("“%1” cannot be read: %2").arg(displayName(path), error));
        return nullptr;
    }
    return company;
}

std::unique_ptr<CompanyFile> CompanyFile::open(const QString &path, const QList<ModuleSchema> &modules,
                                               Status *status, const QString &serverPassword)
{
    Status local;
    Status &result = status ? *status : local;
    if (isServerLocation(path))
        return openOnServer(path, modules, result, serverPassword, false);
    result = inspect(path);
    if (!result.ok())
        return nullptr;
    result = checkWritable(path);
    if (!result.ok())
        return nullptr;

    std::unique_ptr<CompanyFile> company(new CompanyFile);
    // The real path, so that two names for one file (a symbolic link) share
    // one lock, and the network check looks at where the file really is.
    company->m_path = QFileInfo(path).canonicalFilePath();
    company->m_lock = std::make_unique<CompanyLock>(company->m_path);
    switch (company->m_lock->tryLock()) {
    case CompanyLock::Result::Acquired:
        break;
    case CompanyLock::Result::HeldByOther:
        result = failure(Error::Locked, tr("“%1” is already open in Backroom by %2. Close it there first.")
                                            .arg(displayName(path), company->m_lock->otherHolder().describe()));
        return nullptr;
    case CompanyLock::Result::Failed:
        result = failure(Error::ReadOnly, company->m_lock->errorString());
        return nullptr;
    }
    if (company->m_lock->clearedStaleLock())
        company->m_lockNotice = tr("Backroom was not closed properly last time (%1); its lock on this company "
                                   "was cleared.").arg(company->m_lock->otherHolder().describe());

    QString error;
    company->m_database = Database::openSqlite(company->m_path, false, &error);
    if (!company->m_database) {
        result = failure(Error::IoError, tr("“%1” cannot be opened: %2").arg(displayName(path), error));
        return nullptr;
    }
    result = checkContent(*company->m_database, path);
    if (!result.ok())
        return nullptr;

    // Only now, with the file known to be ours and intact, change its mode.
    const auto journal = company->m_database->scalar(QStringLiteral("PRAGMA journal_mode = WAL"), {}, &error);
    if (!journal || journal->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0
        || !company->m_database->exec(QStringLiteral("PRAGMA synchronous = FULL"), {}, &error)) {
        result = failure(Error::IoError, tr("“%1” cannot be prepared for writing: %2")
                                             .arg(displayName(path), error.isEmpty() ? tr("journal mode refused") : error));
        return nullptr;
    }
    if (!company->loadMeta(&error)) {
        result = failure(Error::Corrupt, tr("“%1” cannot be read: %2").arg(displayName(path), error));
        return nullptr;
    }
    result = company->upgrade(modules);
    if (result.ok())
        result = shipRoles(company->database(), path);
    if (!result.ok())
        return nullptr;
    sealQueuedAudit(company->database());
    return company;
}

CompanyFile::Status CompanyFile::upgrade(const QList<ModuleSchema> &modules)
{
    // A failed read must not look like "no module has tables yet": that would
    // replay every step over existing tables.
    QMap<QString, int> stored;
    QMap<QString, QString> storedModuleVersions;
    {
        QString error;
        if (!readModuleRows(*m_database, &stored, &storedModuleVersions, &error))
            return failure(Error::Corrupt, tr("“%1” cannot be read: %2").arg(displayName(m_path), error));
    }
    QStringList running{QStringLiteral("core")};
    // Refuse before writing anything if any module's tables are newer.
    for (const ModuleSchema &module : modules) {
        if (module.moduleId == QLatin1String("core"))
            continue; // the core's version is kept by its own steps
        running.append(module.moduleId);
        const int version = stored.value(module.moduleId, 0);
        if (version > module.latestVersion())
            return failure(Error::NewerVersion,
                           tr("“%1” was saved by a newer version of the “%2” module (tables version %3; this "
                              "version knows up to %4). Install the newer Backroom to open it.")
                               .arg(displayName(m_path), module.moduleId)
                               .arg(version)
                               .arg(module.latestVersion()));
    }
    m_absentModules.clear();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        if (!running.contains(it.key()))
            m_absentModules.append(it.key());

    QList<Entity> entities;
    for (const ModuleSchema &module : modules)
        entities += module.entities;
    QString error;
    const QStringList entityStatements = EntitySchema::pendingStatements(*m_database, entities, &error);
    if (!error.isEmpty())
        return failure(Error::UpgradeFailed, tr("The tables of “%1” cannot be read: %2").arg(displayName(m_path), error));

    const int coreVersion = stored.value(QStringLiteral("core"), 1);
    bool needed = !entityStatements.isEmpty() || coreVersion < CoreSchemaVersion;
    for (const ModuleSchema &module : modules) {
        if (module.moduleId == QLatin1String("core"))
            continue;
        if (!stored.contains(module.moduleId) || stored.value(module.moduleId) < module.latestVersion()
            || storedModuleVersions.value(module.moduleId) != module.moduleVersion)
            needed = true;
    }
    if (!needed)
        return {};

    // Foreign keys are off while steps run: SQLite's way to change a table
    // (create new, copy, drop old, rename) would otherwise let DROP TABLE
    // cascade into the rows that refer to it. The pragma has no effect inside
    // a transaction, so it is set around it; foreign_key_check below makes
    // sure the steps left every reference intact before anything commits.
    // (PostgreSQL changes tables in place, and checks references at commit.)
    const bool sqlite = m_database->dialect().kind() == SqlDialect::Kind::Sqlite;
    if (sqlite)
        m_database->exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    auto foreignKeysBackOn = qScopeGuard([this, sqlite] {
        if (sqlite)
            m_database->exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    });

    // All modules upgrade in one transaction: either the whole company moves
    // to the new schema or it stays exactly as it was.
    WriteTransaction transaction(*m_database);
    if (!transaction.isActive())
        return failure(Error::UpgradeFailed, tr("“%1” cannot be updated: %2")
                                                 .arg(displayName(m_path), transaction.errorString()));
    for (const CoreStep &step : kCoreSteps) {
        if (step.version <= coreVersion)
            continue;
        if (!step.apply(*m_database, &error))
            return failure(Error::UpgradeFailed, tr("Updating Backroom's own tables to version %1 failed: %2. The "
                                                    "company file was not changed.").arg(step.version).arg(error));
    }
    if (coreVersion < CoreSchemaVersion
        && ((sqlite && !m_database->exec(QStringLiteral("PRAGMA user_version = %1").arg(CoreSchemaVersion), {}, &error))
            || !writeModuleRow(*m_database, QStringLiteral("core"), CoreSchemaVersion,
                               QStringLiteral(BACKROOM_VERSION_STRING), &error)))
        return failure(Error::UpgradeFailed, tr("Updating Backroom's own tables failed: %1. The company file was "
                                                "not changed.").arg(error));
    const auto runSteps = [&](SchemaStep::Phase phase) -> Status {
        for (const ModuleSchema &module : modules) {
            if (module.moduleId == QLatin1String("core"))
                continue;
            const int from = stored.value(module.moduleId, 0);
            for (const SchemaStep &step : module.steps) {
                if (step.version <= from || step.phase != phase)
                    continue;
                QString error;
                if (!step.apply(*m_database, &error))
                    return failure(Error::UpgradeFailed,
                                   tr("Updating the “%1” tables to version %2 (%3) failed: %4. The company file "
                                      "was not changed.")
                                       .arg(module.moduleId).arg(step.version).arg(step.description, error));
            }
        }
        return {};
    };
    if (const Status steps = runSteps(SchemaStep::Phase::BeforeTables); !steps.ok())
        return steps;
    // Declared entities after the numbered steps: a step may have prepared
    // what a new field's column needs. Recomputed now that the write lock is
    // held and the steps have run.
    error.clear();
    const QStringList statements = EntitySchema::pendingStatements(*m_database, entities, &error);
    if (!error.isEmpty())
        return failure(Error::UpgradeFailed, tr("The tables of “%1” cannot be read: %2").arg(displayName(m_path), error));
    for (const QString &statement : statements)
        if (!m_database->exec(statement, {}, &error))
            return failure(Error::UpgradeFailed, tr("Adding tables and columns for new fields failed: %1. The "
                                                    "company file was not changed.").arg(error));
    if (const Status steps = runSteps(SchemaStep::Phase::AfterTables); !steps.ok())
        return steps;
    for (const ModuleSchema &module : modules) {
        if (module.moduleId == QLatin1String("core"))
            continue;
        const int from = stored.value(module.moduleId, 0);
        if (!writeModuleRow(*m_database, module.moduleId, std::max(from, module.latestVersion()),
                            module.moduleVersion, &error))
            return failure(Error::UpgradeFailed, tr("Recording the “%1” module's version failed: %2")
                                                     .arg(module.moduleId, error));
    }
    if (m_database->dialect().kind() == SqlDialect::Kind::Sqlite) {
        const auto broken = m_database->scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"), {}, &error);
        if (!broken || broken->toLongLong() > 0)
            return failure(Error::UpgradeFailed,
                           tr("Updating the tables would leave %1 records referring to records that do not exist. "
                              "The company file was not changed.").arg(broken ? broken->toLongLong() : -1));
    }
    if (!transaction.commit())
        return failure(Error::UpgradeFailed, tr("“%1” could not be updated: %2. It was not changed.")
                                                 .arg(displayName(m_path), transaction.errorString()));
    return {};
}

std::unique_ptr<CompanyFile> CompanyFile::create(const QString &path, const NewCompany &company,
                                                 const QList<ModuleSchema> &modules,
                                                 const QList<DemoPopulator> &demoData, Status *status,
                                                 const QString &serverPassword)
{
    Status local;
    Status &result = status ? *status : local;
    if (isServerLocation(path))
        return createOnServer(path, company, modules, demoData, result, serverPassword);
    const QFileInfo target(path);
    if (target.exists()) {
        result = failure(Error::AlreadyExists, tr("“%1” already exists. Choose another name, or open it instead.")
                                                   .arg(displayName(path)));
        return nullptr;
    }
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir() || !folder.isWritable()) {
        result = failure(Error::ReadOnly, tr("Cannot create a company file in “%1”: the folder does not exist or "
                                             "is read-only.").arg(QDir::toNativeSeparators(folder.absoluteFilePath())));
        return nullptr;
    }
    if (isOnNetworkShare(target.absoluteFilePath())) {
        result = failure(Error::NetworkShare,
                         tr("“%1” would be on a network share, where SQLite's locking is unreliable and the books "
                            "could be damaged. Create it on a local disk, or use a PostgreSQL server.")
                             .arg(displayName(path)));
        return nullptr;
    }
    if (company.name.trimmed().isEmpty()) {
        result = failure(Error::IoError, tr("A company needs a name."));
        return nullptr;
    }

    // Build under a temporary name so a crash or a failure never leaves a
    // half-made company under the real name.
    const QString partial = QStringLiteral("%1.%2.partial").arg(target.absoluteFilePath())
                                .arg(QCoreApplication::applicationPid());
    QFile::remove(partial);
    auto removePartial = qScopeGuard([&] {
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-journal"));
    });

    QString error;
    {
        // Salaries, ID numbers and bank accounts: readable by its owner only
        // (0600 on Unix), from the first byte on; SQLite gives its journal
        // files the same permissions.
        QFile placeholder(partial);
        if (!placeholder.open(QIODevice::WriteOnly)
            || !placeholder.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            result = failure(Error::IoError, tr("Cannot create “%1”: %2").arg(displayName(path), placeholder.errorString()));
            return nullptr;
        }
        placeholder.close();
        std::unique_ptr<Database> db = Database::openSqlite(partial, false, &error);
        if (!db) {
            result = failure(Error::IoError, tr("Cannot create “%1”: %2").arg(displayName(path), error));
            return nullptr;
        }
        WriteTransaction transaction(*db);
        bool ok = transaction.isActive()
               && db->exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId), {}, &error)
               && db->exec(QStringLiteral("PRAGMA user_version = %1").arg(CoreSchemaVersion), {}, &error)
               && initialise(*db, company, modules, demoData, &error);
        if (!transaction.isActive() && error.isEmpty())
            error = transaction.errorString();
        if (ok && !transaction.commit()) {
            ok = false;
            error = transaction.errorString();
        }
        if (!ok) {
            result = failure(Error::IoError, tr("Cannot create “%1”: %2").arg(displayName(path), error));
            return nullptr;
        }
    }
    // rename() refuses to replace an existing file, so a file created by
    // someone else meanwhile is never overwritten.
    if (!QFile::rename(partial, target.absoluteFilePath())) {
        result = failure(Error::IoError, tr("Cannot create “%1”: the finished file could not be moved into place.")
                                             .arg(displayName(path)));
        return nullptr;
    }
    removePartial.dismiss();
    auto opened = open(path, modules, status);
    if (!opened && status)
        status->message = tr("“%1” was created but cannot be opened: %2").arg(displayName(path), status->message);
    return opened;
}

bool CompanyFile::createTables(Database &db, const QList<ModuleSchema> &modules, QString *errorString, bool withGuards)
{
    QString error;
    bool ok = std::all_of(std::begin(kCoreSteps), std::end(kCoreSteps),
                          [&](const CoreStep &step) { return step.apply(db, &error); });
    const auto runSteps = [&](SchemaStep::Phase phase) {
        for (const ModuleSchema &module : modules) {
            if (module.moduleId == QLatin1String("core"))
                continue; // core tables are made by its own steps above
            for (const SchemaStep &step : module.steps) {
                if (!ok)
                    return;
                if (step.phase != phase)
                    continue;
                ok = step.apply(db, &error);
                if (!ok)
                    error = tr("the “%1” tables (step %2): %3").arg(module.moduleId).arg(step.version).arg(error);
            }
        }
    };
    runSteps(SchemaStep::Phase::BeforeTables);
    if (ok) {
        QList<Entity> entities;
        for (const ModuleSchema &module : modules)
            entities += module.entities;
        for (const QString &statement : EntitySchema::pendingStatements(db, entities, &error)) {
            ok = db.exec(statement, {}, &error);
            if (!ok) {
                error = tr("the declared tables: %1").arg(error);
                break;
            }
        }
    }
    if (withGuards)
        runSteps(SchemaStep::Phase::AfterTables);
    if (!ok && errorString)
        *errorString = error;
    return ok;
}

bool CompanyFile::applyAfterTablesSteps(Database &db, const QList<ModuleSchema> &modules, QString *errorString)
{
    for (const ModuleSchema &module : modules)
        for (const SchemaStep &step : module.steps)
            if (module.moduleId != QLatin1String("core") && step.phase == SchemaStep::Phase::AfterTables
                && !step.apply(db, errorString)) {
                if (errorString)
                    *errorString = tr("the “%1” tables (step %2): %3").arg(module.moduleId).arg(step.version).arg(*errorString);
                return false;
            }
    return true;
}

bool CompanyFile::initialise(Database &db, const NewCompany &company, const QList<ModuleSchema> &modules,
                             const QList<DemoPopulator> &demoData, QString *errorString)
{
    QString error;
    bool ok = createTables(db, modules, &error)
           && writeModuleRow(db, QStringLiteral("core"), CoreSchemaVersion, QStringLiteral(BACKROOM_VERSION_STRING), &error)
           && writeMeta(db, QStringLiteral("company_name"), company.name.trimmed(), &error)
           && writeMeta(db, QStringLiteral("company_id"), QUuid::createUuid().toString(QUuid::WithoutBraces), &error)
           && writeMeta(db, QStringLiteral("language"), company.language, &error)
           && writeMeta(db, QStringLiteral("demo"), company.demo ? QStringLiteral("1") : QStringLiteral("0"), &error)
           && writeMeta(db, QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate), &error)
           && writeMeta(db, QStringLiteral("created_with"), QStringLiteral(BACKROOM_VERSION_STRING), &error);
    // Before the setups, which read them (storedChoice).
    for (auto choice = company.choices.cbegin(); ok && choice != company.choices.cend(); ++choice)
        ok = writeMeta(db, choiceKey(choice.key()), choice.value(), &error);
    for (const ModuleSchema &module : modules) {
        if (!ok)
            break;
        if (module.moduleId != QLatin1String("core"))
            ok = writeModuleRow(db, module.moduleId, module.latestVersion(), module.moduleVersion, &error);
    }
    // The roles, and the administrator who signs in first: a company never
    // exists without someone who may administer it (unless the caller gave
    // no administrator; the first open then asks).
    ok = ok && Roles(db).ensureShipped(&error);
    if (ok && !company.administrator.login.isEmpty()) {
        const UserAccounts::Result created =
            UserAccounts(db).createUser(company.administrator.login, company.administrator.displayName,
                                        company.administrator.password, {QStringLiteral("administrator")});
        ok = created.ok;
        if (!ok)
            error = created.message;
    }
    // The caller chose what fills the company: modules' setup always, demo
    // records for a demo company (Suite::demoPopulators).
    for (const DemoPopulator &populate : demoData) {
        if (!ok)
            break;
        ok = populate(db, company.language, &error);
    }
    if (!ok && errorString)
        *errorString = error;
    return ok;
}

QString CompanyFile::storedChoice(Database &db, const QString &choiceId)
{
    const auto value = db.scalar(QStringLiteral("SELECT value FROM backroom_meta WHERE key = ?"), {choiceKey(choiceId)});
    return value ? value->toString() : QString();
}

CompanyFile::Status CompanyFile::checkServerContent(Database &db, const QString &url)
{
    QString error;
    const std::optional<QStringList> tables = db.tables(&error);
    if (!tables)
        return failure(Error::IoError, tr("“%1” cannot be read: %2").arg(displayName(url), error));
    if (tables->isEmpty())
        return failure(Error::NotFound, tr("“%1” holds no Backroom company yet. Create one there with New Company "
                                           "(or backroom-cli init).").arg(displayName(url)));
    if (!db.tableExists(QStringLiteral("backroom_meta")) || !db.tableExists(QStringLiteral("backroom_module_schema")))
        return failure(Error::NotACompanyFile, tr("“%1” holds the tables of another program, not a Backroom company.")
                                                   .arg(displayName(url)));
    const auto core = db.scalar(QStringLiteral("SELECT schema_version FROM backroom_module_schema WHERE module = 'core'"),
                                {}, &error);
    if (!core)
        return failure(Error::Corrupt, tr("“%1” is damaged (its Backroom tables are incomplete).").arg(displayName(url)));
    if (core->toInt() > CoreSchemaVersion)
        return failure(Error::NewerVersion,
                       tr("“%1” was saved by a newer version of Backroom (file format %2; this version reads "
                          "up to %3). Install the newer version to open it.")
                           .arg(displayName(url)).arg(core->toInt()).arg(CoreSchemaVersion));
    return {};
}

std::unique_ptr<CompanyFile> CompanyFile::openOnServer(const QString &url, const QList<ModuleSchema> &modules,
                                                       Status &result, const QString &serverPassword, bool readOnly)
{
    QString error;
    std::unique_ptr<CompanyFile> company(new CompanyFile);
    company->m_path = url;
    company->m_database = Database::openPostgres(url, &error, serverPassword, readOnly);
    if (!company->m_database) {
        result = failure(Error::IoError, tr("Cannot connect to “%1”: %2").arg(displayName(url), error));
        return nullptr;
    }
    if (readOnly) {
        result = checkServerContent(*company->m_database, url);
        if (!result.ok())
            return nullptr;
    } else {
        // Several clerks share a server: the first to open a company with a
        // newer build upgrades it while the others wait here, then find it
        // upgraded. The lock is the session's, released right after; the
        // content is checked under it.
        const QString lock = QStringLiteral("SELECT pg_advisory_lock(%1, hashtext(current_schema()))").arg(ApplicationId);
        if (!company->m_database->scalar(lock, {}, &error)) {
            result = failure(Error::IoError, tr("“%1” cannot be prepared for writing: %2").arg(displayName(url), error));
            return nullptr;
        }
        auto unlock = qScopeGuard([&] {
            company->m_database->scalar(QStringLiteral("SELECT pg_advisory_unlock(%1, hashtext(current_schema()))")
                                            .arg(ApplicationId));
        });
        result = checkServerContent(*company->m_database, url);
        if (!result.ok())
            return nullptr;
        result = company->upgrade(modules);
        if (result.ok())
            result = shipRoles(company->database(), url);
        if (!result.ok())
            return nullptr;
        sealQueuedAudit(company->database());
    }
    if (!company->loadMeta(&error)) {
        result = failure(Error::Corrupt, tr("“%1” cannot be read: %2").arg(displayName(url), error));
        return nullptr;
    }
    return company;
}

std::unique_ptr<CompanyFile> CompanyFile::createOnServer(const QString &url, const NewCompany &company,
                                                         const QList<ModuleSchema> &modules,
                                                         const QList<DemoPopulator> &demoData, Status &result,
                                                         const QString &serverPassword)
{
    if (company.name.trimmed().isEmpty()) {
        result = failure(Error::IoError, tr("A company needs a name."));
        return nullptr;
    }
    QString error;
    {
        std::unique_ptr<Database> db = Database::openPostgres(url, &error, serverPassword);
        if (!db) {
            result = failure(Error::IoError, tr("Cannot connect to “%1”: %2").arg(displayName(url), error));
            return nullptr;
        }
        // PostgreSQL changes its schema inside a transaction: a failure
        // anywhere leaves the database exactly as empty as it was.
        WriteTransaction transaction(*db);
        if (!transaction.isActive()) {
            result = failure(Error::IoError, tr("Cannot create “%1”: %2").arg(displayName(url), transaction.errorString()));
            return nullptr;
        }
        std::optional<QStringList> tables;
        if (!db->createNamedSchema(&error) || !(tables = db->tables(&error))) {
            result = failure(Error::IoError, tr("Cannot create “%1”: %2").arg(displayName(url), error));
            return nullptr;
        }
        if (!tables->isEmpty()) {
            result = failure(Error::AlreadyExists,
                             tr("“%1” already holds tables; a new company needs an empty database (or schema). Open "
                                "it instead, or name another one.").arg(displayName(url)));
            return nullptr;
        }
        if (!initialise(*db, company, modules, demoData, &error) || !transaction.commit()) {
            if (error.isEmpty())
                error = transaction.errorString();
            result = failure(Error::IoError, tr("Cannot create “%1”: %2").arg(displayName(url), error));
            return nullptr;
        }
    }
    auto opened = openOnServer(url, modules, result, serverPassword, false);
    if (!opened)
        result.message = tr("“%1” was created but cannot be opened: %2").arg(displayName(url), result.message);
    return opened;
}

bool CompanyFile::applyCoreSteps(Database &db, int fromVersion, QString *errorString)
{
    for (const CoreStep &step : kCoreSteps) {
        if (step.version <= fromVersion)
            continue;
        QString error;
        if (!step.apply(db, &error)) {
            if (errorString)
                *errorString = tr("Backroom's own tables (step %1): %2").arg(step.version).arg(error);
            return false;
        }
    }
    return true;
}

bool CompanyFile::loadMeta(QString *errorString)
{
    m_meta.clear();
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT key, value FROM backroom_meta"))) {
        if (errorString)
            *errorString = query.lastError().text();
        return false;
    }
    while (query.next())
        m_meta.insert(query.value(0).toString(), query.value(1).toString());
    query.finish();
    return true;
}

bool CompanyFile::setMeta(const QString &key, const QString &value, QString *errorString)
{
    WriteTransaction transaction(*m_database);
    if (!transaction.isActive() || !writeMeta(*m_database, key, value, errorString)) {
        if (errorString && errorString->isEmpty())
            *errorString = transaction.errorString();
        return false;
    }
    if (!transaction.commit()) {
        if (errorString)
            *errorString = transaction.errorString();
        return false;
    }
    m_meta.insert(key, value);
    return true;
}

bool CompanyFile::isServerLocation(const QString &path)
{
    return Database::isPostgresUrl(path);
}

QString CompanyFile::displayLocation(const QString &path)
{
    return displayName(path);
}

bool CompanyFile::isOnServer() const
{
    return m_database->dialect().kind() == SqlDialect::Kind::Postgres;
}

bool CompanyFile::isReadOnly() const
{
    return m_database->isReadOnly();
}

QDateTime CompanyFile::createdAt() const
{
    return QDateTime::fromString(meta(QStringLiteral("created_at")), Qt::ISODate);
}

QMap<QString, int> CompanyFile::moduleSchemaVersions() const
{
    QMap<QString, int> versions;
    readModuleRows(*m_database, &versions, nullptr, nullptr);
    return versions;
}

QMap<QString, QString> CompanyFile::moduleVersions() const
{
    QMap<QString, QString> versions;
    readModuleRows(*m_database, nullptr, &versions, nullptr);
    return versions;
}

CompanyFile::Status CompanyFile::backUpTo(const QString &target)
{
    if (isOnServer())
        return failure(Error::IoError, tr("A company on a PostgreSQL server is copied into a file with "
                                          "“backroom-cli migrate”; the server's own backups (pg_dump) keep it too."));
    const QFileInfo targetInfo(target);
    if (targetInfo.exists() && targetInfo.canonicalFilePath() == QFileInfo(m_path).canonicalFilePath())
        return failure(Error::AlreadyExists, tr("A company cannot be backed up onto itself; choose another file."));
    // The target may be another company someone has open: take its lock for
    // the whole backup, so nobody writes it while it is replaced.
    CompanyLock targetLock(targetInfo.absoluteFilePath());
    switch (targetLock.tryLock()) {
    case CompanyLock::Result::Acquired:
        break;
    case CompanyLock::Result::HeldByOther:
        return failure(Error::Locked, tr("“%1” is open in Backroom by %2; it cannot be replaced by a backup.")
                                          .arg(displayName(target), targetLock.otherHolder().describe()));
    case CompanyLock::Result::Failed:
        return failure(Error::IoError, tr("The backup could not be written to “%1”: %2")
                                           .arg(displayName(target), targetLock.errorString()));
    }

    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    auto removePartial = qScopeGuard([&] { QFile::remove(partial); });
    QString error;
    if (!m_database->exec(QStringLiteral("VACUUM INTO ?"), {partial}, &error))
        return failure(Error::IoError, tr("The backup could not be written to “%1”: %2")
                                           .arg(displayName(target), error));
    {
        auto copy = Database::openSqliteUnchanging(partial, &error);   // our own, unfinished copy
        if (!copy)
            return failure(Error::IoError, tr("The backup could not be checked: %1").arg(error));
        const auto integrity = copy->scalar(QStringLiteral("PRAGMA integrity_check(1)"), {}, &error);
        const auto applicationId = copy->scalar(QStringLiteral("PRAGMA application_id"), {}, &error);
        if (!integrity || integrity->toString() != QLatin1String("ok") || !applicationId
            || applicationId->toLongLong() != qint64(ApplicationId))
            return failure(Error::Corrupt, tr("The backup failed its integrity check and was discarded: %1")
                                               .arg(integrity ? integrity->toString() : error));
    }
    // VACUUM INTO does not sync its output: make the bytes durable before the
    // backup is called done (a USB stick pulled right after must hold it).
    if (!syncToDisk(partial))
        return failure(Error::IoError, tr("The backup could not be written to disk at “%1”.").arg(displayName(target)));
    // Journal files of a file being replaced would be replayed into the
    // backup the next time it is opened.
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(target + QLatin1String(suffix));
    std::error_code code;
    std::filesystem::rename(std::filesystem::path(partial.toStdU16String()),
                            std::filesystem::path(target.toStdU16String()), code);
    if (code)
        return failure(Error::IoError, tr("The backup could not be moved into place as “%1”: %2")
                                           .arg(displayName(target), QString::fromLocal8Bit(code.message().c_str())));
    removePartial.dismiss();
    syncToDisk(targetInfo.absolutePath());
    return {};
}

bool CompanyFile::syncToDisk(const QString &path)
{
#ifdef Q_OS_WIN
    const QFileInfo info(path);
    if (info.isDir())
        return true; // Windows makes renames durable with the file system journal
    HANDLE handle = ::CreateFileW(reinterpret_cast<LPCWSTR>(path.utf16()), GENERIC_WRITE, FILE_SHARE_READ, nullptr,
                                  OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE)
        return false;
    const bool ok = ::FlushFileBuffers(handle);
    ::CloseHandle(handle);
    return ok;
#else
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#endif
}

QString CompanyFile::quickCheck()
{
    if (isOnServer()) {
        QString error;
        const auto rows = m_database->scalar(QStringLiteral("SELECT count(*) FROM backroom_meta"), {}, &error);
        return rows ? QStringLiteral("ok") : error;
    }
    return quickCheckProblems(*m_database).join(QStringLiteral("; "));
}

} // namespace Backroom
