#pragma once

#include "coreglobal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace Backroom {

class BulkInsert;
class Database;

// The tamper-evident audit log (backroom_audit): who did what to which
// record, when, with before and after values. Entries form a hash chain:
// each entry's hash is SHA-256 over its own content and the previous
// entry's hash, so editing, inserting or removing an entry behind the
// application's back (the sqlite3 shell) breaks the chain at that entry.
//
// What verify() can and cannot detect:
// - altered content of any entry (its hash no longer matches);
// - an entry removed from the middle or inserted between two others (the
//   next entry's prev_hash no longer names its predecessor; ids are covered
//   by the hash, so renumbering breaks it too);
// - entries removed from the end or appended at the end: the chain alone
//   stays valid, so the head (last id and hash) is also kept in backroom_meta
//   and compared. Whoever rewrites the head as well (or recomputes the whole
//   chain: the hash is public, not keyed) is not detectable from inside the
//   file; only a head recorded elsewhere (printed on period-close reports,
//   noted by the auditor from `backroom-cli verify`) can prove that.
//
// On a server, where clerks write side by side, a clerk's transaction that
// finds the chain's lock free takes it and chains its entries there, as
// SQLite's one writer does; one that finds it taken does not wait: its
// entries are queued (backroom_audit_pending), committing with the change
// they record, and whoever holds the lock seals them into the chain (ids,
// hashes, recorded head) right after its own commit, in a short transaction
// of its own. Waiting for the lock from the entry to the commit queued every
// clerk's commit, flush to disk included, behind the others'. An entry left
// queued by a program that stopped between the two is sealed by the next
// write or at the next open, and named by verify after a few minutes.
class BACKROOM_CORE_EXPORT AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::AuditLog)

public:
    // Stable action names; modules may use free-form names of their own
    // ("finance.close_period").
    struct Action
    {
        static constexpr const char *Create = "create";
        static constexpr const char *Update = "update";
        static constexpr const char *Archive = "archive";
        static constexpr const char *Restore = "restore";
        static constexpr const char *Delete = "delete";
        static constexpr const char *Transition = "transition";
        static constexpr const char *Post = "post";
        static constexpr const char *Login = "login";
        static constexpr const char *LoginFailed = "login_failed";
        static constexpr const char *PasswordChange = "password_change";
        static constexpr const char *Logout = "logout";
        static constexpr const char *PermissionChange = "permission_change";
        static constexpr const char *Print = "print";
        static constexpr const char *Export = "export";
        static constexpr const char *Unmask = "unmask";
        static constexpr const char *Import = "import";
        // The whole company copied elsewhere (backroom-cli migrate): detail {"target"}.
        static constexpr const char *Migrate = "migrate";
        // A backup file made of the whole company: detail {"target"}.
        static constexpr const char *Backup = "backup";
        // The company restored from a backup file (the entry is the first
        // one after the backup's own): detail {"backup", "backup_created_at",
        // "backup_app_version"}.
        static constexpr const char *RestoreBackup = "restore_backup";
        // An action refused for want of permission: detail {"action"}.
        static constexpr const char *Denied = "denied";
    };

    // What a sensitive field's value is replaced by in the log.
    static QString maskedValue() { return QStringLiteral("***"); }

    struct Entry
    {
        qint64 id = 0;          // given by append()
        QDateTime at;           // given by append() (UTC, milliseconds)
        QString user;
        QString action;
        QString entity;         // empty when the entry is about no entity (login)
        qint64 recordId = 0;    // 0: no record
        QJsonObject detail;
        QString detailText;     // the stored detail (compact JSON, sorted keys)
        QString prevHash;
        QString hash;
    };

    struct Head
    {
        qint64 id = 0;
        QString hash;           // 64 zeros when the log is empty
    };

    struct Problem
    {
        enum class Kind {
            None,
            Altered,       // the entry's content no longer matches its hash
            Removed,       // entries before this one are missing
            Inserted,      // the entry does not follow its predecessor
            Truncated,     // entries after the last one are missing (head says so)
            Appended,      // entries after the recorded head (added outside the application)
            HeadMissing,   // the log has entries but no recorded head
            Unreadable,    // the log could not be read
            Unsealed,      // committed entries were left queued, not chained
        };
        Kind kind = Kind::None;
        qint64 entryId = 0;
        QDateTime at;
        QString user;
        QString action;
        QString message;        // translated, one sentence naming the entry
    };

    struct Verification
    {
        bool ok = true;
        qint64 checked = 0;
        Head head;              // the chain's actual last entry
        Head recordedHead;      // what backroom_meta says
        qint64 pending = 0;     // committed entries queued, not yet chained
        Problem problem;        // the first problem found
    };

    struct Filter
    {
        QString user;
        QString action;
        QString entity;
        qint64 recordId = 0;    // 0: any
        QDateTime from;         // inclusive; invalid: open
        QDateTime to;           // exclusive; invalid: open
        int limit = 200;
        int offset = 0;
    };

    // Many entries in the caller's open write transaction (an import):
    // collected by append(), then chained, inserted through BulkInsert and
    // the head written once by finish(), which must come before the commit.
    // The chain is taken last, after the rows and their numbers: on a server
    // another clerk holding a counter while waiting for the chain would
    // otherwise deadlock with this one. Nothing else may append between
    // finish() and the commit.
    class BACKROOM_CORE_EXPORT Batch
    {
    public:
        explicit Batch(Database &db);
        ~Batch();
        Batch(const Batch &) = delete;
        Batch &operator=(const Batch &) = delete;
        void append(const Entry &entry);
        bool finish(QString *errorString = nullptr);

    private:
        Database &m_db;
        QList<Entry> m_pending;
    };

    explicit AuditLog(Database &db);

    // Appends one entry, chained to the last one, and moves the recorded
    // head. Contract: called inside an open WriteTransaction it writes in
    // that transaction (so the entry commits or rolls back with the change
    // it records) and never commits; called with none open it commits a
    // transaction of its own. Returns the new entry (id, at, hashes set), or
    // an entry with id 0 and *errorString set. On a server inside a
    // transaction the entry is queued: its id is then its place in the
    // queue, its hashes empty, and it is chained right after the commit.
    Entry append(const Entry &entry, QString *errorString = nullptr);
    // Chains every committed entry waiting in the queue, oldest first, in a
    // transaction of its own; how many, or -1 and *errorString.
    qint64 seal(QString *errorString = nullptr);
    qint64 pendingCount() const;
    // The one shape of a refusal: action "denied", detail {"action"}. Best
    // effort: the refusal stands whether or not the entry could be written.
    void appendRefusal(const QString &user, const QString &refusedAction, const QString &entity, qint64 recordId = 0);

    Verification verify() const;
    Head head() const;
    Head recordedHead() const;
    // Newest first.
    QList<Entry> query(const Filter &filter, QString *errorString = nullptr) const;

    // The hash an entry must carry: SHA-256 (lower-case hex) of the UTF-8
    // compact JSON array [id, at, user, action, entity, record_id or null,
    // detail text, prev_hash], with `at` as stored (ISO 8601 UTC, ms).
    static QString hashOf(qint64 id, const QString &at, const QString &user, const QString &action,
                          const QString &entity, qint64 recordId, const QString &detailText, const QString &prevHash);
    // Compact JSON with keys sorted (QJsonObject keeps them sorted).
    static QString detailText(const QJsonObject &detail);
    static QString genesisHash() { return QString(64, QLatin1Char('0')); }
    static QString atText(const QDateTime &at);
    static QString problemKindName(Problem::Kind kind);

private:
    // The entry as it is stored after `last`: id, time and hashes set.
    static Entry chained(const Entry &entry, const Head &last, const QDateTime &at);
    static bool writeHead(Database &db, const Head &head, QString *errorString);
    // withHead (PostgreSQL only): the recorded head moves in the same statement.
    static bool insertChained(Database &db, const Entry &written, QString *errorString, bool withHead);
    Entry appendOnce(const Entry &entry, QString *errorString);
    Entry enqueue(const Entry &entry, QString *errorString);
    // wait: for the chain's lock; else 0 when another connection holds it
    // (and will seal after its commit).
    qint64 sealOnce(QString *errorString, bool wait);
    // After the commit, seal what waits (see the class comment).
    static void sealAfterCommit(Database &db);

    Database &m_db;
};

} // namespace Backroom
