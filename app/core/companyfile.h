#pragma once

#include "coreglobal.h"
#include "moduleschema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>

#include <memory>

namespace Backroom {

class CompanyLock;
class Database;

// One company (账套) in one SQLite file. Opening checks, before anything is
// written, that the file is a Backroom company of a version this build
// understands, writable, intact and not in use by another process; then it
// applies the pending schema steps of the running modules.
class BACKROOM_CORE_EXPORT CompanyFile
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::CompanyFile)

public:
    // "BKRM": SQLite's header field that says which program owns the file.
    static constexpr quint32 ApplicationId = 0x424B524D;
    // Version of the core's own tables (backroom_meta, backroom_module_schema,
    // backroom_sequence).
    static constexpr int CoreSchemaVersion = 6;

    enum class Error {
        None,
        NotFound,
        AlreadyExists,
        NotACompanyFile,
        NewerVersion,
        ReadOnly,
        NetworkShare,
        Corrupt,
        Locked,
        UpgradeFailed,
        IoError,
    };

    struct Status
    {
        Error code = Error::None;
        QString message;
        bool ok() const { return code == Error::None; }
    };

    struct NewCompany
    {
        QString name;
        QString language = QStringLiteral("en");
        bool demo = false;
        // The first user, with the administrator role. Empty login: none
        // (the first open asks for one).
        struct Administrator
        {
            QString login;
            QString displayName;
            QString password;
        } administrator;
    };

    using DemoPopulator = std::function<bool(Database &, const QString &language, QString *error)>;

    ~CompanyFile();
    CompanyFile(const CompanyFile &) = delete;
    CompanyFile &operator=(const CompanyFile &) = delete;

    // Creates a new company file; the file appears under its name only once
    // it is complete (built under a temporary name, then renamed).
    static std::unique_ptr<CompanyFile> create(const QString &path, const NewCompany &company,
                                               const QList<ModuleSchema> &modules,
                                               const QList<DemoPopulator> &demoData, Status *status);
    // Opens for work: locked against other processes, upgraded to the
    // running modules' schema.
    static std::unique_ptr<CompanyFile> open(const QString &path, const QList<ModuleSchema> &modules,
                                             Status *status);
    // Opens for inspection only (backroom-cli info): nothing is written and
    // no lock is taken.
    static std::unique_ptr<CompanyFile> openReadOnly(const QString &path, Status *status);

    // Cheap checks on the file's bytes, before SQLite touches it.
    static Status inspect(const QString &path);

    // The core's own tables, steps after `fromVersion` up to
    // CoreSchemaVersion, in the caller's transaction; for either dialect.
    static bool applyCoreSteps(Database &db, int fromVersion, QString *errorString);

    QString path() const { return m_path; }
    bool isReadOnly() const;
    Database &database() { return *m_database; }

    QString companyName() const { return meta(QStringLiteral("company_name")); }
    QString language() const { return meta(QStringLiteral("language")); }
    bool isDemo() const { return meta(QStringLiteral("demo")) == QLatin1String("1"); }
    QDateTime createdAt() const;
    QString createdWith() const { return meta(QStringLiteral("created_with")); }
    QString meta(const QString &key) const { return m_meta.value(key); }
    bool setMeta(const QString &key, const QString &value, QString *errorString);

    // Schema version per module, "core" included, as stored in the file.
    QMap<QString, int> moduleSchemaVersions() const;
    QMap<QString, QString> moduleVersions() const;
    // Modules that have tables in this file but are not running now; their
    // data is kept untouched.
    QStringList absentModules() const { return m_absentModules; }
    // SQLite's quick_check: "ok", or the problems it found.
    QString quickCheck();
    // A consistent, verified copy of the company (VACUUM INTO a temporary
    // file, integrity check, then rename): never a half-written backup under
    // the final name.
    Status backUpTo(const QString &target);
    // Set when opening took over a lock left behind by a crashed session.
    QString lockNotice() const { return m_lockNotice; }

    // fsync for a file or (POSIX) a folder, so a rename inside it is durable.
    static bool syncToDisk(const QString &path);

private:
    CompanyFile() = default;
    bool loadMeta(QString *errorString);
    static Status checkWritable(const QString &path);
    static Status checkContent(Database &db, const QString &path);
    Status upgrade(const QList<ModuleSchema> &modules);

    QString m_path;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CompanyLock> m_lock;
    QMap<QString, QString> m_meta;
    QStringList m_absentModules;
    QString m_lockNotice;
};

} // namespace Backroom
