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

// One company (账套) in one SQLite file, or in a PostgreSQL database (a
// postgresql:// URL where a path is expected) for offices where several
// clerks work at once. Opening checks, before anything is written, that it
// is a Backroom company of a version this build understands, writable,
// intact and (a file) not in use by another process; then it applies the
// pending schema steps of the running modules.
class BACKROOM_CORE_EXPORT CompanyFile
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::CompanyFile)

public:
    // "BKRM": SQLite's header field that says which program owns the file.
    static constexpr quint32 ApplicationId = 0x424B524D;
    // Version of the core's own tables (backroom_meta, backroom_module_schema,
    // backroom_sequence).
    static constexpr int CoreSchemaVersion = 7;

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
        // NewCompany asked for something no module offers (an unknown chart).
        InvalidChoice,
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
        // Answers to the modules' creation questions (CompanyChoiceContribution),
        // by choice id; Suite::createCompany fills in the defaults.
        QMap<QString, QString> choices;
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
    // On PostgreSQL the database must exist and hold no tables (in the
    // URL's schema, created when missing); everything is made in one
    // transaction.
    static std::unique_ptr<CompanyFile> create(const QString &path, const NewCompany &company,
                                               const QList<ModuleSchema> &modules,
                                               const QList<DemoPopulator> &demoData, Status *status,
                                               const QString &serverPassword = {});
    // Opens for work: upgraded to the running modules' schema; a file is
    // locked against other processes (a server is shared by design).
    // serverPassword: for a PostgreSQL company when neither PGPASSWORD nor
    // ~/.pgpass has it.
    static std::unique_ptr<CompanyFile> open(const QString &path, const QList<ModuleSchema> &modules,
                                             Status *status, const QString &serverPassword = {});
    // Opens for inspection only (backroom-cli info): nothing is written and
    // no lock is taken.
    static std::unique_ptr<CompanyFile> openReadOnly(const QString &path, Status *status,
                                                     const QString &serverPassword = {});
    static bool isServerLocation(const QString &path);
    // A location as a clerk reads it: a file's full native path, a server's URL.
    static QString displayLocation(const QString &path);

    // Cheap checks on the file's bytes, before SQLite touches it.
    static Status inspect(const QString &path);

    // Every table of a new company, empty: the core's, the modules' numbered
    // steps and the declared entities (no rows, not even the versions).
    // withGuards false leaves out the modules' AfterTables steps (the
    // triggers that refuse changes to posted entries), for a copy that must
    // write such rows first and adds them with applyAfterTablesSteps().
    static bool createTables(Database &db, const QList<ModuleSchema> &modules, QString *errorString,
                             bool withGuards = true);
    static bool applyAfterTablesSteps(Database &db, const QList<ModuleSchema> &modules, QString *errorString);
    // The core's own tables, steps after `fromVersion` up to
    // CoreSchemaVersion, in the caller's transaction; for either dialect.
    static bool applyCoreSteps(Database &db, int fromVersion, QString *errorString);

    // The file's path, or the server's URL (never with a password).
    QString path() const { return m_path; }
    bool isOnServer() const;
    bool isReadOnly() const;
    Database &database() { return *m_database; }

    QString companyName() const { return meta(QStringLiteral("company_name")); }
    QString language() const { return meta(QStringLiteral("language")); }
    bool isDemo() const { return meta(QStringLiteral("demo")) == QLatin1String("1"); }
    QDateTime createdAt() const;
    QString createdWith() const { return meta(QStringLiteral("created_with")); }
    QString meta(const QString &key) const { return m_meta.value(key); }
    // The answer given to a creation question ("finance.chart"), empty for
    // a company made before the question existed.
    QString choice(const QString &choiceId) const { return meta(choiceKey(choiceId)); }
    // The same, read from a company being created (a module's setup).
    static QString storedChoice(Database &db, const QString &choiceId);
    static QString choiceKey(const QString &choiceId) { return QStringLiteral("choice.") + choiceId; }
    bool setMeta(const QString &key, const QString &value, QString *errorString);

    // Schema version per module, "core" included, as stored in the file.
    QMap<QString, int> moduleSchemaVersions() const;
    QMap<QString, QString> moduleVersions() const;
    // Modules that have tables in this file but are not running now; their
    // data is kept untouched.
    QStringList absentModules() const { return m_absentModules; }
    // SQLite's quick_check: "ok", or the problems it found. On a server,
    // whether the company's tables can be read (the server keeps its own
    // pages intact).
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
    static Status checkServerContent(Database &db, const QString &url);
    static bool initialise(Database &db, const NewCompany &company, const QList<ModuleSchema> &modules,
                           const QList<DemoPopulator> &demoData, QString *error);
    static std::unique_ptr<CompanyFile> createOnServer(const QString &url, const NewCompany &company,
                                                       const QList<ModuleSchema> &modules,
                                                       const QList<DemoPopulator> &demoData, Status &result,
                                                       const QString &serverPassword);
    static std::unique_ptr<CompanyFile> openOnServer(const QString &url, const QList<ModuleSchema> &modules,
                                                     Status &result, const QString &serverPassword, bool readOnly);
    Status upgrade(const QList<ModuleSchema> &modules);

    QString m_path;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CompanyLock> m_lock;
    QMap<QString, QString> m_meta;
    QStringList m_absentModules;
    QString m_lockNotice;
};

} // namespace Backroom
