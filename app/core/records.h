#pragma once

#include "coreglobal.h"
#include "entity.h"
#include "record.h"
#include "recordhook.h"
#include "recordquery.h"
#include "registry.h"
#include "workflow.h"

#include <QObject>

class QSqlQuery;

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
};

} // namespace Backroom
