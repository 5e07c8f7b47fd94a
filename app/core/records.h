#pragma once

#include "coreglobal.h"
#include "entity.h"
#include "record.h"
#include "recordhook.h"
#include "recordquery.h"
#include "registry.h"
#include "roles.h"
#include "workflow.h"

#include <QJsonObject>
#include <QObject>

class QSqlQuery;

#include <functional>
#include <optional>

namespace Backroom {

class Database;

// Create, read, update, archive and delete records of declared entities.
// Every write is one BEGIN IMMEDIATE transaction that validates all fields
// (naming each one that fails), runs the hooks (permissions, audit), and
// uses the row version for optimistic locking: a record changed by someone
// else since it was read is never overwritten.
class BACKROOM_CORE_EXPORT Records : public QObject
{
    Q_OBJECT

public:
    struct FieldError
    {
        QString field;
        QString message;
    };

    struct Result
    {
        enum class Code { Ok, Invalid, Conflict, NotFound, Refused, Referenced, Failed };
        Code code = Code::Ok;
        QString message;              // one translated sentence
        QList<FieldError> fieldErrors;
        qint64 id = 0;
        qint64 version = 0;
        bool ok() const { return code == Code::Ok; }
    };

    Records(Database &db, const Registry<Entity> &entities, const QString &userName, QObject *parent = nullptr);

    const Entity *entity(const QString &entityId) const;
    Database &database() const { return m_db; }
    // Every declared entity; a report run on another thread makes a Records
    // of its own over the same declarations.
    const Registry<Entity> &entityRegistry() const { return m_entities; }
    QString userName() const { return m_user; }
    // Hooks run in the order added; not owned.
    void addHook(RecordHook *hook) { m_hooks.append(hook); }

    // What the user may do. Unrestricted until set (the company's own work,
    // tests); a session sets the signed-in user's. Reads (read, select,
    // count, the list model) need "read" on the entity; writes are checked
    // by the AccessHook the session adds. Display names of referenced
    // records stay readable: a voucher shows its partner's name to a clerk
    // who may not open partners.
    void setAccess(const AccessControl &access) { m_access = access; }
    const AccessControl &access() const { return m_access; }
    bool allows(const QString &action, const QString &entityId) const { return m_access.allows(action, entityId); }
    // The clerk's sentence for a refused action.
    QString refusal(const QString &action, const QString &entityId) const;
    // For what is not a record write (print, export, unmask, a refusal):
    // one audit entry by this user, in its own transaction unless one is
    // open. False, with the reason, when the log could not be written; the
    // caller then does not go ahead.
    bool audit(const QString &action, const QString &entityId, qint64 recordId, const QJsonObject &detail,
               QString *errorString = nullptr) const;
    // Checks that the action is allowed; when it is not, audits the refusal
    // and gives the clerk's sentence.
    bool check(const QString &action, const QString &entityId, QString *refusalText, qint64 recordId = 0) const;
    // Audits a refusal found elsewhere (the access hook, a report's
    // permission) by this user; a refused read only once per entity.
    void logRefusal(const QString &action, const QString &entityId, qint64 recordId = 0) const;
    // Showing a sensitive value in clear: allowed with "unmask" on the
    // entity, and audited either way (the field, or "denied").
    bool unmask(const QString &entityId, qint64 recordId, const QStringList &fields, QString *refusalText) const;
    const QList<RecordHook *> &hooks() const { return m_hooks; }

    Result create(const QString &entityId, const QVariantMap &values);
    Result update(const QString &entityId, qint64 id, qint64 expectedVersion, const QVariantMap &changes);
    Result setArchived(const QString &entityId, qint64 id, qint64 expectedVersion, bool archived);
    Result remove(const QString &entityId, qint64 id, qint64 expectedVersion);
    // Takes one workflow step: checks the record's state, the transition's
    // check and the hooks (permission), then changes the state, records the
    // step in the history and bumps the version, all in one transaction.
    Result transition(const QString &entityId, qint64 id, qint64 expectedVersion, const QString &transitionKey,
                      const QString &comment = QString());
    // The steps the record's state allows (checks and permissions not run).
    QList<const Workflow::Transition *> availableTransitions(const Entity &entity, const Record &record) const;
    // Oldest first.
    QList<Workflow::HistoryEntry> transitionHistory(const QString &entityId, qint64 id) const;

    std::optional<Record> read(const QString &entityId, qint64 id) const;
    QList<Record> select(const QString &entityId, const QuerySpec &spec, QString *errorString = nullptr) const;
    std::optional<qint64> count(const QString &entityId, const QuerySpec &spec, QString *errorString = nullptr) const;
    // The text that stands for a record elsewhere (its display field).
    QString displayName(const QString &entityId, qint64 id) const;

    // The WHERE clause and values for a query (without ORDER/LIMIT); public
    // so the list model pages with exactly the same conditions.
    bool whereClause(const Entity &entity, const QuerySpec &spec, QString *sql, QVariantList *values,
                     QString *errorString) const;

    // A module's own write of several records as one: `body` runs in a
    // write transaction (a savepoint inside an open one) that commits when
    // it returns an ok result and rolls back otherwise; on a server the
    // whole of it runs again after a deadlock or serialization failure. A
    // transaction that cannot begin is a Failed result naming why; one that
    // cannot commit is a Failed result with `commitFailure` (a translated
    // sentence with %1 for the database's reason). Notifying views is the
    // caller's, when transactionDepth() is 0 afterwards.
    Result inTransaction(const std::function<Result()> &body, const QString &commitFailure);

    // For the owner of an outer transaction, after it committed: id 0 means
    // "many records of this entity changed".
    void notifyChanged(const QString &entityId, qint64 id = 0) { emit changed(entityId, id); }

    // What checking a field asks the database. Without Lookups each question
    // is one query; the bulk import answers from what it has already read.
    class BACKROOM_CORE_EXPORT Lookups
    {
    public:
        virtual ~Lookups();
        // A row with this id exists in the table (references, attachments).
        virtual bool exists(const QString &table, qint64 id) = 0;
        // A record other than `id` already holds this stored value of a
        // unique field.
        virtual bool taken(const Entity &entity, const Field &field, const QVariant &stored, qint64 id) = 0;
    };
    // One stored field of a record being created or changed, checked by
    // exactly the rules create() and update() apply (workflow state,
    // numbering, conversion, required, references, attachments, uniqueness,
    // the field's validator), so a bulk writer cannot drift from them.
    // `input` is what the caller gave for the field (`given` false: nothing),
    // `numberDate` what it gave for the field's number date field. Numbers are
    // taken from Sequences, so call it inside the write transaction. Returns
    // the translated problem, or an empty string with *typed set and *store
    // saying whether the field is written.
    QString checkField(const Entity &entity, const Field &field, qint64 id, bool creating, bool given,
                       const QVariant &input, const QVariant &numberDate, QVariant *typed, bool *store,
                       Lookups *lookups = nullptr) const;

signals:
    void changed(const QString &entityId, qint64 id);

private:
    Result validate(const Entity &entity, qint64 id, const QVariantMap &input, bool creating, QVariantMap *typed) const;
    Result write(const Entity &entity, RecordHook::Action action, qint64 id, qint64 expectedVersion,
                 const QVariantMap &changes);
    Result writeInTransaction(const Entity &entity, RecordHook::Action action, qint64 id, qint64 expectedVersion,
                              const QVariantMap &changes);
    Result transitionInTransaction(const Entity &entity, qint64 id, qint64 expectedVersion,
                                   const QString &transitionKey, const QString &comment);
    void notifyFinished();
    std::optional<Record> readUnchecked(const Entity &entity, qint64 id) const;
    Result conflictOrMissing(const Entity &entity, qint64 id) const;
    // Why a line cannot be written because its parent's workflow state is
    // final; empty when it can.
    QString lockedParent(const Entity &child, const QVariantMap &before, const QVariantMap &after) const;
    enum class Phase { Before, After };
    bool runHooks(Phase phase, const RecordHook::Change &change, QString *reason);
    Record fromQuery(const Entity &entity, const QSqlQuery &query) const;
    QStringList selectColumns(const Entity &entity) const;

    Database &m_db;
    const Registry<Entity> &m_entities;
    QString m_user;
    QList<RecordHook *> m_hooks;
    AccessControl m_access;
    mutable QSet<QString> m_readRefusalsLogged;   // see logRefusal()
};

} // namespace Backroom
