#pragma once

#include "coreglobal.h"
#include "entity.h"
#include "record.h"
#include "recordhook.h"
#include "recordquery.h"
#include "registry.h"

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
    QString userName() const { return m_user; }
    // Hooks run in the order added; not owned.
    void addHook(RecordHook *hook) { m_hooks.append(hook); }

    Result create(const QString &entityId, const QVariantMap &values);
    Result update(const QString &entityId, qint64 id, qint64 expectedVersion, const QVariantMap &changes);
    Result setArchived(const QString &entityId, qint64 id, qint64 expectedVersion, bool archived);
    Result remove(const QString &entityId, qint64 id, qint64 expectedVersion);

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

signals:
    void changed(const QString &entityId, qint64 id);

private:
    Result validate(const Entity &entity, qint64 id, const QVariantMap &input, bool creating, QVariantMap *typed) const;
    Result write(const Entity &entity, RecordHook::Action action, qint64 id, qint64 expectedVersion,
                 const QVariantMap &changes);
    Result conflictOrMissing(const Entity &entity, qint64 id) const;
    Record fromQuery(const Entity &entity, const QSqlQuery &query) const;
    QStringList selectColumns(const Entity &entity) const;

    Database &m_db;
    const Registry<Entity> &m_entities;
    QString m_user;
    QList<RecordHook *> m_hooks;
};

} // namespace Backroom
