#include "records.h"

#include "auditlog.h"
#include "database.h"
#include "fieldcodec.h"
#include "quicksearch.h"
#include "sequences.h"
#include "writetransaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Backroom {

namespace {

// Invalid, its message every field's in turn, when any field failed.
Records::Result invalidUnlessEmpty(Records::Result result)
{
    if (result.fieldErrors.isEmpty())
        return result;
    result.code = Records::Result::Code::Invalid;
    QStringList messages;
    for (const Records::FieldError &error : std::as_const(result.fieldErrors))
        messages.append(error.message);
    result.message = messages.join(QLatin1Char(' '));
    return result;
}
using Code = Records::Result::Code;

Records::Result failed(Code code, const QString &message)
{
    Records::Result result;
    result.code = code;
    result.message = message;
    return result;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
} // namespace

Records::Records(Database &db, const Registry<Entity> &entities, const QString &userName, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_entities(entities)
    , m_user(userName)
    , m_access(AccessControl::unrestricted(userName))
{
}

QString Records::refusal(const QString &action, const QString &entityId) const
{
    const Entity *declared = entity(entityId);
    return m_access.refusal(action, declared ? declared->pluralLabel() : entityId);
}

const Entity *Records::entity(const QString &entityId) const
{
    return m_entities.find(entityId);
}

QStringList Records::selectColumns(const Entity &entity) const
{
    QStringList columns = Entity::systemColumns();
    for (const Field &field : entity.fields())
        if (field.isStored())
            columns.append(field.name());
    return columns;
}

Record Records::fromQuery(const Entity &entity, const QSqlQuery &query) const
{
    Record record;
    record.id = query.value(0).toLongLong();
    record.version = query.value(1).toLongLong();
    record.archived = query.value(2).toLongLong() != 0;
    record.system.insert(QStringLiteral("created_at"), SqlDialect::timestampText(query.value(3)));
    record.system.insert(QStringLiteral("created_by"), query.value(4));
    record.system.insert(QStringLiteral("updated_at"), SqlDialect::timestampText(query.value(5)));
    record.system.insert(QStringLiteral("updated_by"), query.value(6));
    int column = 7;
    for (const Field &field : entity.fields())
        if (field.isStored())
            record.values.insert(field.name(), FieldCodec::fromStorage(field, query.value(column++)));
    for (const Field &field : entity.fields())
        if (field.isComputed())
            record.values.insert(field.name(), field.compute(record.values));
    return record;
}

bool Records::audit(const QString &action, const QString &entityId, qint64 recordId, const QJsonObject &detail,
                    QString *errorString) const
{
    AuditLog::Entry entry;
    entry.user = m_user;
    entry.action = action;
    entry.entity = entityId;
    entry.recordId = recordId;
    entry.detail = detail;
    QString error;
    if (AuditLog(m_db).append(entry, &error).id != 0)
        return true;
    if (errorString)
        *errorString = tr("The audit log could not be written, so nothing was done: %1").arg(error);
    return false;
}

void Records::logRefusal(const QString &action, const QString &entityId, qint64 recordId) const
{
    // A refused read once per entity: a list or a type-ahead asks again on
    // every page and keystroke.
    if (action == QLatin1String("read")) {
        if (m_readRefusalsLogged.contains(entityId))
            return;
        m_readRefusalsLogged.insert(entityId);
    }
    AuditLog(m_db).appendRefusal(m_user, action, entityId, recordId);
}

bool Records::check(const QString &action, const QString &entityId, QString *refusalText, qint64 recordId) const
{
    if (m_access.allows(action, entityId))
        return true;
    logRefusal(action, entityId, recordId);
    if (refusalText)
        *refusalText = refusal(action, entityId);
    return false;
}

bool Records::unmask(const QString &entityId, qint64 recordId, const QStringList &fields, QString *refusalText) const
{
    if (!check(QStringLiteral("unmask"), entityId, refusalText, recordId))
        return false;
    return audit(QString::fromLatin1(AuditLog::Action::Unmask), entityId, recordId,
                 {{QStringLiteral("fields"), QJsonArray::fromStringList(fields)}}, refusalText);
}

std::optional<Record> Records::read(const QString &entityId, qint64 id) const
{
    const Entity *declared = entity(entityId);
    if (!declared || !check(QStringLiteral("read"), entityId, nullptr))
        return std::nullopt;
    return readUnchecked(*declared, id);
}

std::optional<Record> Records::readUnchecked(const Entity &entity, qint64 id) const
{
    const Entity *declared = &entity;
    const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                            .arg(selectColumns(*declared).join(QStringLiteral(", ")), declared->tableName());
    QSqlQuery *query = &m_db.prepared(sql);
    query->bindValue(0, id);
    bool ran = query->exec();
    // A dropped server connection is not a missing record: connected again
    // (outside a transaction), the form opens what it was asked for.
    if (!ran && m_db.transactionDepth() == 0 && m_db.connectionLost() && m_db.reconnect()) {
        query = &m_db.prepared(sql);
        query->bindValue(0, id);
        ran = query->exec();
    }
    if (!ran || !query->next()) {
        query->finish();
        return std::nullopt;
    }
    Record record = fromQuery(*declared, *query);
    query->finish();
    return record;
}

bool Records::whereClause(const Entity &declared, const QuerySpec &spec, QString *sql, QVariantList *values,
                          QString *errorString) const
{
    QString error;
    *sql += spec.includeArchived ? QStringLiteral("1 = 1") : QStringLiteral("archived = 0");
    if (!spec.filter.isEmpty()) {
        *sql += QStringLiteral(" AND ");
        if (!spec.filter.toSql(declared, m_db.dialect(), sql, values, &error)) {
            if (errorString)
                *errorString = error;
            return false;
        }
    }
    const QString search = spec.search.trimmed();
    if (!search.isEmpty()) {
        // Every word somewhere in the searchable fields, through the FTS
        // index where that is faster.
        *sql += QStringLiteral(" AND ");
        if (!QuickSearch(m_db).appendCondition(declared, search, sql, values, &error)) {
            if (errorString)
                *errorString = error;
            return false;
        }
    }
    return true;
}

QList<Record> Records::select(const QString &entityId, const QuerySpec &spec, QString *errorString) const
{
    QList<Record> records;
    const Entity *declared = entity(entityId);
    if (!declared) {
        if (errorString)
            *errorString = QStringLiteral("unknown entity '%1'").arg(entityId);
        return records;
    }
    if (!check(QStringLiteral("read"), entityId, errorString))
        return records;
    QString where;
    QVariantList values;
    if (!whereClause(*declared, spec, &where, &values, errorString))
        return records;
    QStringList order;
    for (const SortKey &key : spec.sort) {
        const Field *field = declared->field(key.field);
        const bool system = Entity::systemColumns().contains(key.field);
        if ((!field || !field->isStored()) && !system) {
            if (errorString)
                *errorString = QStringLiteral("%1 cannot be sorted by '%2'").arg(entityId, key.field);
            return records;
        }
        // The system columns are never NULL: ordered plainly, so a server
        // walks the primary key (or a sort index's trailing id) instead of
        // sorting every row for "id ASC NULLS FIRST", which no index has.
        order.append(system ? key.field + (key.order == Qt::AscendingOrder ? QStringLiteral(" ASC")
                                                                           : QStringLiteral(" DESC"))
                            : m_db.dialect().orderTerm(key.field, key.order));
    }
    if (spec.sort.isEmpty() || spec.sort.constLast().field != QLatin1String("id"))
        order.append(QStringLiteral("id ASC")); // a stable order for paging
    const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4 LIMIT ? OFFSET ?")
                            .arg(selectColumns(*declared).join(QStringLiteral(", ")), declared->tableName(), where,
                                 order.join(QStringLiteral(", ")));
    const auto run = [&](QSqlQuery &query) {
        query.setForwardOnly(true);
        query.prepare(sql);
        for (const QVariant &value : std::as_const(values))
            query.addBindValue(value);
        query.addBindValue(spec.limit);
        query.addBindValue(spec.offset);
        return query.exec();
    };
    QSqlQuery query(m_db.connection());
    bool ran = run(query);
    // A list open while the server restarted, or the network dropped: the
    // clerk's F5 (or the next page) reads again on a new connection instead
    // of failing until the company is opened again.
    if (!ran && m_db.transactionDepth() == 0 && m_db.connectionLost() && m_db.reconnect()) {
        query = QSqlQuery(m_db.connection());
        ran = run(query);
    }
    if (!ran) {
        if (errorString)
            *errorString = query.lastError().text();
        return records;
    }
    while (query.next())
        records.append(fromQuery(*declared, query));
    query.finish();
    return records;
}

std::optional<qint64> Records::count(const QString &entityId, const QuerySpec &spec, QString *errorString) const
{
    const Entity *declared = entity(entityId);
    if (!declared)
        return std::nullopt;
    if (!check(QStringLiteral("read"), entityId, errorString))
        return std::nullopt;
    QString where;
    QVariantList values;
    if (!whereClause(*declared, spec, &where, &values, errorString))
        return std::nullopt;
    const auto value = m_db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(declared->tableName(), where),
                                   values, errorString);
    if (!value)
        return std::nullopt;
    return value->toLongLong();
}

QString Records::displayName(const QString &entityId, qint64 id) const
{
    const Entity *declared = entity(entityId);
    if (!declared)
        return QString();
    const QString field = declared->displayFieldName();
    const auto value = m_db.scalar(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(field, declared->tableName()),
                                   {id});
    return value ? value->toString() : QString();
}

Records::Result Records::validate(const Entity &declared, qint64 id, const QVariantMap &input, bool creating,
                                  QVariantMap *typed) const
{
    Result result;
    for (auto it = input.cbegin(); it != input.cend(); ++it) {
        const Field *field = declared.field(it.key());
        if (!field || !field->isStored()) {
            result.fieldErrors.append({it.key(), tr("%1 has no field “%2” that can be written.")
                                                     .arg(declared.label(), it.key())});
        }
    }
    for (const Field &field : declared.fields()) {
        if (!field.isStored())
            continue;
        const bool given = input.contains(field.name());
        if (!creating && !given)
            continue;
        QVariant value;
        bool store = false;
        const QString error = checkField(declared, field, id, creating, given, input.value(field.name()),
                                         input.value(field.numberDateField()), &value, &store);
        if (!error.isEmpty())
            result.fieldErrors.append({field.name(), error});
        else if (store)
            typed->insert(field.name(), value);
    }
    return invalidUnlessEmpty(std::move(result));
}

Records::Lookups::~Lookups() = default;

QString Records::checkField(const Entity &declared, const Field &field, qint64 id, bool creating, bool given,
                            const QVariant &input, const QVariant &numberDate, QVariant *typed, bool *store,
                            Lookups *lookups) const
{
    *store = false;
    if (declared.workflow() && field.name() == Workflow::stateField()) {
        // Only transitions move a record on; a form that sends the state
        // back unchanged is harmless.
        const Workflow &flow = *declared.workflow();
        QString current = flow.initialStateKey();
        if (!creating) {
            const auto stored = m_db.scalar(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                                                .arg(field.name(), declared.tableName()),
                                            {id});
            if (stored && !stored->toString().isEmpty())
                current = stored->toString();
        }
        const QString wanted = input.toString();
        if (given && !wanted.isEmpty() && wanted != current)
            return tr("%1 cannot be edited; it changes only through the actions of the %2's workflow.")
                .arg(field.label(), declared.label());
        *typed = current;
        *store = creating;
        return QString();
    }
    QVariant raw = given ? input : field.defaultValue();
    QString error;
    if (creating && field.isNumbered() && FieldCodec::isEmpty(raw)) {
        // Taken inside this write transaction: if anything below fails,
        // the rollback returns the number and the sequence stays gap-free.
        QDate date = QDate::currentDate();
        if (!field.numberDateField().isEmpty()) {
            QString ignored;
            const QVariant given = FieldCodec::normalize(*declared.field(field.numberDateField()), numberDate, &ignored);
            if (given.isValid())
                date = given.toDate();
        }
        const auto number = Sequences::next(m_db, declared.id() + QLatin1Char('.') + field.name(),
                                            field.numberPattern(), date, &error);
        if (!number)
            return tr("%1 could not be numbered: %2").arg(field.label(), error);
        raw = *number;
    }
    const QVariant value = FieldCodec::normalize(field, raw, &error);
    if (!error.isEmpty())
        return error;
    if (field.isRequired() && FieldCodec::isEmpty(value))
        return tr("%1 is required.").arg(field.label());
    if (!FieldCodec::isEmpty(value)) {
        auto exists = [&](const QString &table) {
            return lookups ? lookups->exists(table, value.toLongLong())
                           : m_db.scalar(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), {value}).has_value();
        };
        if (field.type() == Field::Type::Reference) {
            const Entity *target = entity(field.referencedEntity());
            const QString table = target ? target->tableName()
                                         : QString(field.referencedEntity()).replace(QLatin1Char('.'), QLatin1Char('_'));
            if (!exists(table))
                return tr("%1 refers to a record that does not exist (id %2).").arg(field.label()).arg(value.toLongLong());
        }
        if (field.type() == Field::Type::Attachment && !exists(QStringLiteral("backroom_attachment")))
            return tr("%1 refers to an attachment that does not exist (id %2).").arg(field.label()).arg(value.toLongLong());
        if (field.isUnique()) {
            const QVariant stored = FieldCodec::toStorage(field, value);
            const bool taken = lookups ? lookups->taken(declared, field, stored, id)
                                       : m_db.scalar(QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ? AND id <> ?")
                                                         .arg(declared.tableName(), field.name()),
                                                     {stored, id}).has_value();
            if (taken)
                return tr("%1 “%2” is already used by another record.").arg(field.label(), value.toString());
        }
        if (field.customValidator()) {
            const QString message = field.customValidator()(value);
            if (!message.isEmpty())
                return message;
        }
    }
    *typed = value;
    *store = true;
    return QString();
}

QString Records::lockedParent(const Entity &child, const QVariantMap &before, const QVariantMap &after) const
{
    for (const Entity &parent : m_entities.items()) {
        const Workflow *flow = parent.workflow();
        if (!flow)
            continue;
        for (const Field &field : parent.fields()) {
            if (field.type() != Field::Type::ChildLines || field.childEntity() != child.id())
                continue;
            for (const QVariantMap *values : {&before, &after}) {
                const qint64 parentId = values->value(field.childParentField()).toLongLong();
                if (parentId == 0)
                    continue;
                const std::optional<Record> record = readUnchecked(parent, parentId);
                if (record && !flow->isEditable(flow->stateOf(*record)))
                    return tr("This %1 is “%2”; its %3 can no longer be changed.")
                        .arg(parent.label(), flow->stateLabel(flow->stateOf(*record)), field.label().toLower());
            }
        }
    }
    return QString();
}

bool Records::runHooks(Phase phase, const RecordHook::Change &change, QString *reason)
{
    // In order; the first refusal stops the write and gives its reason.
    for (RecordHook *hook : std::as_const(m_hooks))
        if (!(phase == Phase::Before ? hook->before(m_db, change, reason) : hook->after(m_db, change, reason)))
            return false;
    return true;
}

Records::Result Records::conflictOrMissing(const Entity &declared, qint64 id) const
{
    const std::optional<Record> current = readUnchecked(declared, id);
    if (!current)
        return failed(Code::NotFound, tr("This %1 no longer exists; someone deleted it.").arg(declared.label()));
    const QDateTime when = QDateTime::fromString(current->system.value(QStringLiteral("updated_at")).toString(),
                                                 Qt::ISODateWithMs);
    Result result = failed(Code::Conflict,
                           tr("%1 changed this %2 at %3 since you opened it. Nothing was saved; reload to see "
                              "their changes.")
                               .arg(current->system.value(QStringLiteral("updated_by")).toString(), declared.label(),
                                    QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)));
    result.id = id;
    result.version = current->version;
    return result;
}

Records::Result Records::create(const QString &entityId, const QVariantMap &values)
{
    const Entity *declared = entity(entityId);
    if (!declared)
        return failed(Code::Failed, QStringLiteral("unknown entity '%1'").arg(entityId));
    return write(*declared, RecordHook::Action::Create, 0, 0, values);
}

Records::Result Records::update(const QString &entityId, qint64 id, qint64 expectedVersion, const QVariantMap &changes)
{
    const Entity *declared = entity(entityId);
    if (!declared)
        return failed(Code::Failed, QStringLiteral("unknown entity '%1'").arg(entityId));
    return write(*declared, RecordHook::Action::Update, id, expectedVersion, changes);
}

Records::Result Records::setArchived(const QString &entityId, qint64 id, qint64 expectedVersion, bool archived)
{
    const Entity *declared = entity(entityId);
    if (!declared)
        return failed(Code::Failed, QStringLiteral("unknown entity '%1'").arg(entityId));
    if (!declared->isArchivable())
        return failed(Code::Refused, tr("%1 records cannot be archived.").arg(declared->label()));
    return write(*declared, archived ? RecordHook::Action::Archive : RecordHook::Action::Restore, id, expectedVersion, {});
}

Records::Result Records::remove(const QString &entityId, qint64 id, qint64 expectedVersion)
{
    const Entity *declared = entity(entityId);
    if (!declared)
        return failed(Code::Failed, QStringLiteral("unknown entity '%1'").arg(entityId));
    return write(*declared, RecordHook::Action::Delete, id, expectedVersion, {});
}

Records::Result Records::transition(const QString &entityId, qint64 id, qint64 expectedVersion,
                                   const QString &transitionKey, const QString &comment)
{
    const Entity *declared = entity(entityId);
    if (!declared)
        return failed(Code::Failed, QStringLiteral("unknown entity '%1'").arg(entityId));
    const Workflow *flow = declared->workflow();
    if (!flow)
        return failed(Code::Failed, QStringLiteral("%1 has no workflow").arg(entityId));
    const Workflow::Transition *step = flow->findTransition(transitionKey);
    if (!step)
        return failed(Code::Failed, QStringLiteral("%1 has no transition '%2'").arg(entityId, transitionKey));
    const Result result = m_db.retrying(
        [&] { return transitionInTransaction(*declared, id, expectedVersion, transitionKey, comment); },
        [](const Result &attempt) { return !attempt.ok(); });
    notifyFinished();
    return result;
}

Records::Result Records::transitionInTransaction(const Entity &entity, qint64 id, qint64 expectedVersion,
                                                 const QString &transitionKey, const QString &comment)
{
    const Entity *declared = &entity;
    const QString &entityId = entity.id();
    const Workflow *flow = declared->workflow();
    const Workflow::Transition *step = flow->findTransition(transitionKey);
    const QString stepLabel = flow->transitionLabel(transitionKey);

    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return failed(Code::Failed, tr("The company file cannot be written now: %1").arg(transaction.errorString()));
    const std::optional<Record> before = readUnchecked(*declared, id);
    if (!before || before->version != expectedVersion)
        return conflictOrMissing(*declared, id);
    const QString from = flow->stateOf(*before);
    if (!step->from.contains(from))
        return failed(Code::Refused, tr("“%1” is not possible while this %2 is “%3”.")
                                         .arg(stepLabel, declared->label(), flow->stateLabel(from)));
    const QString note = comment.trimmed();
    if (step->comment == Workflow::Comment::Required && note.isEmpty()) {
        Result result = failed(Code::Invalid, tr("“%1” needs a comment saying why.").arg(stepLabel));
        result.id = id;
        return result;
    }
    if (step->check) {
        const QString refusal = step->check(*before);
        if (!refusal.isEmpty())
            return failed(Code::Refused, refusal);
    }

    QVariantMap after = before->values;
    after.insert(Workflow::stateField(), step->to);
    const RecordHook::Change change{*declared,       RecordHook::Action::Transition, id, before->values, after, m_user,
                                    transitionKey, step->permission,                note};
    if (QString reason; !runHooks(Phase::Before, change, &reason))
        return failed(Code::Refused, reason);
    // After the permission check: a clerk who may not take the step hears
    // that, not what else is wrong with the record.
    if (step->guard) {
        const QString refusal = step->guard(m_db, *before, m_user);
        if (!refusal.isEmpty())
            return failed(Code::Refused, refusal);
    }
    QString error;
    const QString stamp = now();
    const auto rows = m_db.execAffected(QStringLiteral("UPDATE %1 SET %2 = ?, version = version + 1, updated_at = ?, "
                                                       "updated_by = ? WHERE id = ? AND version = ?")
                                            .arg(declared->tableName(), Workflow::stateField()),
                                        {step->to, stamp, m_user, id, expectedVersion}, &error);
    if (!rows)
        return failed(Code::Failed, tr("The %1 could not be saved: %2").arg(declared->label(), error));
    if (*rows == 0)
        return conflictOrMissing(*declared, id);
    if (!m_db.exec(QStringLiteral("INSERT INTO backroom_transition (entity, record_id, transition, from_state, "
                                  "to_state, user_name, at, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                   {entityId, id, transitionKey, from, step->to, m_user, stamp,
                    note.isNull() ? QStringLiteral("") : note}, &error)) // a null QString binds as NULL
        return failed(Code::Failed, tr("The %1 could not be saved: %2").arg(declared->label(), error));
    if (QString reason; !runHooks(Phase::After, change, &reason))
        return failed(Code::Refused, reason);
    if (!transaction.commit())
        return failed(Code::Failed, tr("The %1 could not be saved: %2").arg(declared->label(), transaction.errorString()));

    Result result;
    result.id = id;
    result.version = expectedVersion + 1;
    if (m_db.transactionDepth() == 0)
        emit changed(entityId, id);
    return result;
}

QList<const Workflow::Transition *> Records::availableTransitions(const Entity &declared, const Record &record) const
{
    return declared.workflow() ? declared.workflow()->available(record) : QList<const Workflow::Transition *>();
}

QList<Workflow::HistoryEntry> Records::transitionHistory(const QString &entityId, qint64 id) const
{
    QList<Workflow::HistoryEntry> entries;
    QSqlQuery &query = m_db.prepared(QStringLiteral("SELECT id, transition, from_state, to_state, user_name, at, comment "
                                                    "FROM backroom_transition WHERE entity = ? AND record_id = ? "
                                                    "ORDER BY id"));
    query.bindValue(0, entityId);
    query.bindValue(1, id);
    if (!query.exec())
        return entries;
    while (query.next()) {
        Workflow::HistoryEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.transition = query.value(1).toString();
        entry.fromState = query.value(2).toString();
        entry.toState = query.value(3).toString();
        entry.user = query.value(4).toString();
        const QVariant at = query.value(5);
        entry.at = at.typeId() == QMetaType::QDateTime ? at.toDateTime().toUTC()
                                                         : QDateTime::fromString(at.toString(), Qt::ISODateWithMs).toUTC();
        entry.comment = query.value(6).toString();
        entries.append(entry);
    }
    query.finish();
    return entries;
}

Records::Result Records::write(const Entity &declared, RecordHook::Action action, qint64 id, qint64 expectedVersion,
                               const QVariantMap &changes)
{
    // A deadlock or a unique value another clerk took meanwhile fails the
    // attempt on the server: it is run again, and then validation says what
    // is wrong in the clerk's words.
    const Result result = m_db.retrying([&] { return writeInTransaction(declared, action, id, expectedVersion, changes); },
                                        [](const Result &attempt) { return !attempt.ok(); });
    notifyFinished();
    return result;
}

void Records::notifyFinished()
{
    // After the transaction ended, committed or rolled back: a hook may
    // write on its own now (the audit of a refused write would otherwise be
    // rolled back with it).
    for (RecordHook *hook : std::as_const(m_hooks))
        hook->finished(m_db);
}

Records::Result Records::inTransaction(const std::function<Result()> &body, const QString &commitFailure)
{
    return m_db.retrying(
        [&]() -> Result {
            WriteTransaction transaction(m_db);
            if (!transaction.isActive())
                return failed(Code::Failed,
                              tr("The company file cannot be written now: %1").arg(transaction.errorString()));
            Result result = body();
            if (!result.ok())
                return result;
            if (!transaction.commit())
                return failed(Code::Failed, commitFailure.arg(transaction.errorString()));
            return result;
        },
        [](const Result &result) { return !result.ok(); });
}

Records::Result Records::writeInTransaction(const Entity &declared, RecordHook::Action action, qint64 id,
                                            qint64 expectedVersion, const QVariantMap &changes)
{
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return failed(Code::Failed, tr("The company file cannot be written now: %1").arg(transaction.errorString()));

    std::optional<Record> before;
    if (action != RecordHook::Action::Create) {
        before = readUnchecked(declared, id);
        if (!before || before->version != expectedVersion)
            return conflictOrMissing(declared, id);
        const Workflow *flow = declared.workflow();
        if (flow && (action == RecordHook::Action::Update || action == RecordHook::Action::Delete)
            && !flow->isEditable(flow->stateOf(*before))) {
            const QString state = flow->stateLabel(flow->stateOf(*before));
            return failed(Code::Refused, action == RecordHook::Action::Update
                                             ? tr("This %1 is “%2” and can no longer be changed.").arg(declared.label(), state)
                                             : tr("This %1 is “%2” and cannot be deleted.").arg(declared.label(), state));
        }
    }

    QVariantMap typed;
    if (action == RecordHook::Action::Create || action == RecordHook::Action::Update) {
        Result check = validate(declared, id, changes, action == RecordHook::Action::Create, &typed);
        if (!check.ok())
            return check;
    }

    QVariantMap after;
    if (action != RecordHook::Action::Delete) {
        after = before ? before->values : QVariantMap();
        for (auto it = typed.cbegin(); it != typed.cend(); ++it)
            after.insert(it.key(), it.value());
    }
    // The lines of an approved order are as final as the order.
    if (action != RecordHook::Action::Archive && action != RecordHook::Action::Restore)
        if (const QString locked = lockedParent(declared, before ? before->values : QVariantMap(), after);
            !locked.isEmpty())
            return failed(Code::Refused, locked);

    if (action == RecordHook::Action::Create || action == RecordHook::Action::Update) {
        Result broken;
        for (const Entity::Rule &rule : declared.rules()) {
            const Entity::RuleBreach breach = rule(m_db, id, before ? before->values : QVariantMap(), after);
            if (!breach.message.isEmpty())
                broken.fieldErrors.append({breach.field, breach.message});
        }
        if (!broken.fieldErrors.isEmpty())
            return invalidUnlessEmpty(std::move(broken));
    }

    const RecordHook::Change change{declared, action, id, before ? before->values : QVariantMap(), after, m_user};
    if (QString reason; !runHooks(Phase::Before, change, &reason))
        return failed(Code::Refused, reason);

    QString error;
    const QString stamp = now();
    qint64 newId = id;
    qint64 newVersion = expectedVersion + 1;
    switch (action) {
    case RecordHook::Action::Create: {
        QStringList columns{QStringLiteral("version"), QStringLiteral("archived"), QStringLiteral("created_at"),
                            QStringLiteral("created_by"), QStringLiteral("updated_at"), QStringLiteral("updated_by")};
        QVariantList values{qint64(1), qint64(0), stamp, m_user, stamp, m_user};
        for (auto it = typed.cbegin(); it != typed.cend(); ++it) {
            columns.append(it.key());
            values.append(FieldCodec::toStorage(*declared.field(it.key()), it.value()));
        }
        QStringList marks(columns.size(), QStringLiteral("?"));
        QSqlQuery &insert = m_db.prepared(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                                              .arg(declared.tableName(), columns.join(QStringLiteral(", ")),
                                                   marks.join(QStringLiteral(", "))),
                                          &error);
        for (int i = 0; i < values.size(); ++i)
            insert.bindValue(i, values.at(i));
        if (!insert.exec() || !insert.next()) {
            m_db.noteFailure(insert.lastError());
            const QString reason = error.isEmpty() ? insert.lastError().text() : error;
            insert.finish();
            return failed(Code::Failed, tr("The %1 could not be saved: %2").arg(declared.label(), reason));
        }
        newId = insert.value(0).toLongLong();
        insert.finish();
        newVersion = 1;
        break;
    }
    case RecordHook::Action::Update:
    case RecordHook::Action::Archive:
    case RecordHook::Action::Restore: {
        QStringList assignments{QStringLiteral("version = version + 1"), QStringLiteral("updated_at = ?"),
                                QStringLiteral("updated_by = ?")};
        QVariantList values{stamp, m_user};
        if (action == RecordHook::Action::Update) {
            for (auto it = typed.cbegin(); it != typed.cend(); ++it) {
                assignments.append(it.key() + QStringLiteral(" = ?"));
                values.append(FieldCodec::toStorage(*declared.field(it.key()), it.value()));
            }
        } else {
            assignments.append(QStringLiteral("archived = ?"));
            values.append(action == RecordHook::Action::Archive ? qint64(1) : qint64(0));
        }
        values.append(id);
        values.append(expectedVersion);
        const auto rows = m_db.execAffected(QStringLiteral("UPDATE %1 SET %2 WHERE id = ? AND version = ?")
                                                .arg(declared.tableName(), assignments.join(QStringLiteral(", "))),
                                            values, &error);
        if (!rows)
            return failed(Code::Failed, tr("The %1 could not be saved: %2").arg(declared.label(), error));
        if (*rows == 0)
            return conflictOrMissing(declared, id);
        break;
    }
    case RecordHook::Action::Delete: {
        // Child lines belong to their parent and go with it; a line another
        // record refers to (a voucher line matched with the bank) keeps the
        // parent, as a reference to the parent itself would.
        for (const Field &field : declared.fields()) {
            if (field.type() != Field::Type::ChildLines)
                continue;
            const Entity *child = entity(field.childEntity());
            if (child && !m_db.exec(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(child->tableName(), field.childParentField()),
                                    {id}, &error))
                return failed(error.contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive) ? Code::Referenced : Code::Failed,
                              error.contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive)
                                  ? tr("This %1 cannot be deleted because other records refer to its lines.")
                                        .arg(declared.label())
                                  : tr("The %1 could not be deleted: %2").arg(declared.label(), error));
        }
        const auto rows = m_db.execAffected(QStringLiteral("DELETE FROM %1 WHERE id = ? AND version = ?").arg(declared.tableName()),
                                            {id, expectedVersion}, &error);
        if (!rows) {
            if (error.contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive))
                return failed(Code::Referenced,
                              declared.isArchivable()
                                  ? tr("This %1 cannot be deleted because other records refer to it. Archive it "
                                       "instead.").arg(declared.label())
                                  : tr("This %1 cannot be deleted because other records refer to it.").arg(declared.label()));
            return failed(Code::Failed, tr("The %1 could not be deleted: %2").arg(declared.label(), error));
        }
        if (*rows == 0)
            return conflictOrMissing(declared, id);
        // SQLite may give the id to the next record: its attachments and
        // workflow history go with it (the audit log keeps what happened).
        // Bytes another attachment shares stay.
        QStringList hashes;
        QSqlQuery &attached = m_db.prepared(QStringLiteral("SELECT DISTINCT sha256 FROM backroom_attachment "
                                                           "WHERE entity = ? AND record_id = ?"));
        attached.bindValue(0, declared.id());
        attached.bindValue(1, id);
        if (attached.exec())
            while (attached.next())
                hashes.append(attached.value(0).toString());
        attached.finish();
        bool cleaned = m_db.exec(QStringLiteral("DELETE FROM backroom_transition WHERE entity = ? AND record_id = ?"),
                                 {declared.id(), id}, &error)
                       && m_db.exec(QStringLiteral("DELETE FROM backroom_attachment WHERE entity = ? AND record_id = ?"),
                                    {declared.id(), id}, &error);
        for (const QString &hash : std::as_const(hashes))
            cleaned = cleaned
                      && m_db.exec(QStringLiteral("DELETE FROM backroom_blob WHERE sha256 = ? AND NOT EXISTS "
                                                  "(SELECT 1 FROM backroom_attachment WHERE sha256 = ?)"),
                                   {hash, hash}, &error);
        if (!cleaned)
            return failed(Code::Failed, tr("The %1 could not be deleted: %2").arg(declared.label(), error));
        newVersion = 0;
        break;
    }
    case RecordHook::Action::Transition: // only through transition()
        return failed(Code::Failed, QStringLiteral("transitions are taken with Records::transition"));
    }

    const RecordHook::Change done{declared, action, newId, change.before, change.after, m_user};
    if (QString reason; !runHooks(Phase::After, done, &reason))
        return failed(Code::Refused, reason);
    if (!transaction.commit())
        return failed(Code::Failed, tr("The %1 could not be saved: %2").arg(declared.label(), transaction.errorString()));

    Result result;
    result.id = newId;
    result.version = newVersion;
    // Inside someone else's transaction (an import, a posting) the change
    // is not final yet: whoever commits the outer transaction announces it.
    if (m_db.transactionDepth() == 0)
        emit changed(declared.id(), newId);
    return result;
}

} // namespace Backroom
