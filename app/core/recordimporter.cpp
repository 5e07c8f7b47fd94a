#include "recordimporter.h"

#include "bulkinsert.h"
#include "database.h"
#include "entity.h"
#include "entityschema.h"
#include "fieldcodec.h"
#include "records.h"
#include "writetransaction.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVarLengthArray>

namespace Backroom {

namespace {

// Answers the questions checking a field asks the database from what the
// import has already read: a query per value costs more than the insert.
class ImportLookups final : public Records::Lookups
{
public:
    explicit ImportLookups(Database &db)
        : m_db(db)
    {
    }

    // Reads the values a unique field already has when the table is no
    // larger than the file (memory stays proportional to the file);
    // otherwise each value is looked up through the field's unique index.
    bool prepareUnique(const Entity &entity, const Field &field, qint64 fileRows, QString *errorString)
    {
        Unique &unique = m_unique[&field];
        unique.inFile.reserve(fileRows); // no rehashing while the rows go by
        const auto existing = m_db.scalar(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 LIMIT ?) AS probe")
                                              .arg(entity.tableName()),
                                          {fileRows + 1}, errorString);
        if (!existing)
            return false;
        if (existing->toLongLong() > fileRows)
            return true;
        unique.loaded = true;
        if (existing->toLongLong() == 0)
            return true;
        QSqlQuery query(m_db.connection());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %1 IS NOT NULL").arg(field.name(), entity.tableName()))) {
            *errorString = query.lastError().text();
            return false;
        }
        while (query.next())
            unique.existing.insert(key(field, FieldCodec::toStorage(field, FieldCodec::fromStorage(field, query.value(0)))));
        query.finish();
        return true;
    }

    bool exists(const QString &table, qint64 id) override
    {
        QSet<qint64> &known = m_known[table];
        if (known.contains(id))
            return true;
        if (!m_db.scalar(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), {id}))
            return false;
        known.insert(id);
        return true;
    }

    void knownToExist(const QString &table, qint64 id) { m_known[table].insert(id); }

    bool taken(const Entity &entity, const Field &field, const QVariant &stored, qint64 id) override
    {
        const auto it = m_unique.find(&field);
        if (it == m_unique.end()) // not prepared: ask the index
            return m_db.scalar(QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ? AND id <> ?").arg(entity.tableName(), field.name()),
                               {stored, id}).has_value();
        const QString value = key(field, stored);
        if (it->inFile.contains(value))
            return true;
        if (it->loaded)
            return it->existing.contains(value);
        return m_db.scalar(QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ? AND id <> ?").arg(entity.tableName(), field.name()),
                           {stored, id}).has_value();
    }

    // A row passed: later rows of the file must not repeat its values.
    void remember(const Field &field, const QVariant &stored)
    {
        const auto it = m_unique.find(&field);
        if (it != m_unique.end())
            it->inFile.insert(key(field, stored));
    }

private:
    struct Unique
    {
        bool loaded = false;      // existing holds every value in the table
        QSet<QString> existing;
        QSet<QString> inFile;     // values of the rows that passed so far
    };

    static QString key(const Field &, const QVariant &stored) { return stored.toString(); }

    Database &m_db;
    QHash<const Field *, Unique> m_unique;
    QHash<QString, QSet<qint64>> m_known;
};

// created_at/updated_at as Records::create writes them (UTC, ISO 8601 with
// milliseconds), formatted again only when the millisecond changes.
class Stamp
{
public:
    const QString &now()
    {
        const qint64 ms = QDateTime::currentMSecsSinceEpoch();
        if (ms != m_ms) {
            m_ms = ms;
            m_text = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
        }
        return m_text;
    }

private:
    qint64 m_ms = -1;
    QString m_text;
};

// SQLite keeps a table's indexes and its search index up to date row by
// row; for thousands of rows that costs several times the rows themselves
// (the search index's trigger even flushes it at every statement). Inside
// the import's transaction the upkeep is taken out of the row loop and done
// once before the commit: the search index filled for the new rows in one
// statement, and, when the table was empty, its indexes dropped and built
// again by sorting. A rollback brings all of it back as it was.
class DeferredUpkeep
{
public:
    bool begin(Database &db, const Entity &entity, bool rebuildIndexes, QString *error)
    {
        if (db.dialect().kind() != SqlDialect::Kind::Sqlite)
            return true;
        const QString table = entity.tableName();
        // The search trigger is replaced only when it is exactly the one
        // EntitySchema makes, whose work its populate statement repeats.
        const QStringList search = EntitySchema::searchStatements(entity, db.dialect(), false);
        const QStringList populate = EntitySchema::searchStatements(entity, db.dialect(), true);
        const QString trigger = EntitySchema::searchTableName(entity) + QStringLiteral("_ai");
        if (search.size() > 2 && populate.size() == search.size() + 1
            && populate.constLast().endsWith(QStringLiteral(" FROM ") + table)) {
            const auto stored = db.scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"),
                                          {trigger});
            if (stored && stored->toString() == search.at(2)) {
                const auto last = db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(table), {}, error);
                if (!last || !db.exec(QStringLiteral("DROP TRIGGER %1").arg(trigger), {}, error))
                    return false;
                m_lastId = last->toLongLong();
                m_triggerSql = stored->toString();
                m_populate = populate.constLast() + QStringLiteral(" WHERE id > ?");
            }
        }
        if (!rebuildIndexes)
            return true;
        QSqlQuery query(db.connection());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                                     "AND sql IS NOT NULL"));
        query.addBindValue(table);
        if (!query.exec()) {
            *error = query.lastError().text();
            return false;
        }
        QStringList names;
        while (query.next()) {
            names.append(query.value(0).toString());
            m_indexSql.append(query.value(1).toString());
        }
        query.finish();
        for (const QString &name : std::as_const(names))
            if (!db.exec(QStringLiteral("DROP INDEX %1").arg(name), {}, error))
                return false;
        return true;
    }

    // Before the commit. A unique index that cannot be built again means a
    // duplicate got past the checks: the import then fails as a whole.
    bool finish(Database &db, QString *error)
    {
        for (const QString &sql : std::as_const(m_indexSql))
            if (!db.exec(sql, {}, error))
                return false;
        if (!m_triggerSql.isEmpty()
            && (!db.exec(m_populate, {m_lastId}, error) || !db.exec(m_triggerSql, {}, error)))
            return false;
        return true;
    }

private:
    QStringList m_indexSql;
    QString m_triggerSql;
    QString m_populate;
    qint64 m_lastId = 0;
};

} // namespace

RecordImporter::RecordImporter(Records &records, const Entity &entity)
    : m_records(records)
    , m_entity(entity)
{
}

QMap<QString, QString> RecordImporter::defaultMapping(const QStringList &header) const
{
    QMap<QString, QString> mapping;
    for (const QString &column : header) {
        const QString wanted = column.trimmed();
        for (const Field &field : m_entity.fields()) {
            if (!field.isStored() || field.isReadOnly())
                continue;
            if (wanted.compare(field.name(), Qt::CaseInsensitive) == 0
                || wanted.compare(field.label(), Qt::CaseInsensitive) == 0) {
                mapping.insert(column, field.name());
                break;
            }
        }
    }
    return mapping;
}

RecordImporter::Result RecordImporter::import(const CsvReader &reader, const QMap<QString, QString> &mapping,
                                              const Progress &progress)
{
    // Another clerk's write may make the server give up on this one (a
    // deadlock, a unique value taken meanwhile): validated and written anew.
    return m_records.database().retrying([&] { return importOnce(reader, mapping, progress); },
                                         [](const Result &result) { return !result.ok; });
}

RecordImporter::Result RecordImporter::importOnce(const CsvReader &reader, const QMap<QString, QString> &mapping,
                                                  const Progress &progress)
{
    Result result;
    auto problem = [&](qint64 line, const QString &column, const QString &message) {
        if (result.problems.size() < MaxProblems)
            result.problems.append({line, column, message});
    };
    if (const auto error = reader.error()) {
        problem(error->line, QString(), error->message);
        return result;
    }

    // The mapping first: every column must name a writable field, and every
    // required field without a default or a number must have a column.
    const QStringList header = reader.header();
    QList<int> columnIndex;
    QList<const Field *> columnField;
    QStringList mappedFields;
    for (int i = 0; i < header.size(); ++i) {
        const QString target = mapping.value(header.at(i));
        if (target.isEmpty())
            continue;
        const Field *field = m_entity.field(target);
        if (!field || !field->isStored() || field->isReadOnly()) {
            problem(0, header.at(i), tr("Column “%1” is mapped to “%2”, which %3 cannot import.")
                                         .arg(header.at(i), target, m_entity.label()));
            continue;
        }
        if (mappedFields.contains(target)) {
            problem(0, header.at(i), tr("Two columns are mapped to %1.").arg(field->label()));
            continue;
        }
        mappedFields.append(target);
        columnIndex.append(i);
        columnField.append(field);
    }
    for (const Field &field : m_entity.fields())
        if (field.isStored() && field.isRequired() && !field.defaultValue().isValid() && !field.isNumbered()
            && !mappedFields.contains(field.name()))
            problem(0, QString(), tr("No column is mapped to %1, which is required.").arg(field.label()));
    if (!result.problems.isEmpty())
        return result;

    // Every stored field, in declaration order (the order Records checks
    // them in), with the column it comes from and its number date's slot.
    struct Target
    {
        const Field *field = nullptr;
        QString column;          // empty when no column is mapped to it
        int numberDate = -1;     // slot of the field that dates its number
    };
    QList<Target> targets;
    QHash<const Field *, int> slotOf;
    for (const Field &field : m_entity.fields()) {
        if (!field.isStored())
            continue;
        slotOf.insert(&field, int(targets.size()));
        targets.append({&field, QString(), -1});
    }
    for (qsizetype c = 0; c < columnIndex.size(); ++c)
        targets[slotOf.value(columnField.at(c))].column = header.at(columnIndex.at(c));
    for (Target &slot : targets)
        if (slot.field->isNumbered() && !slot.field->numberDateField().isEmpty())
            if (const Field *dateField = m_entity.field(slot.field->numberDateField()))
                slot.numberDate = slotOf.value(dateField, -1);
    QList<int> columnSlot;
    for (const Field *field : std::as_const(columnField))
        columnSlot.append(slotOf.value(field));

    Database &db = m_records.database();
    // Declared before the transaction, so it runs after the transaction
    // ended: hooks then write what must outlive a rollback.
    struct FinishedHooks
    {
        const Records &records;
        Database &db;
        ~FinishedHooks()
        {
            for (RecordHook *hook : records.hooks())
                hook->finished(db);
        }
    } finishedHooks{m_records, db};
    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        problem(0, QString(), tr("The company file cannot be written now: %1").arg(transaction.errorString()));
        return result;
    }
    const QList<CsvReader::Row> rows = reader.rows();
    const qint64 total = rows.size();

    ImportLookups lookups(db);
    for (const Target &slot : std::as_const(targets)) {
        if (!slot.field->isUnique())
            continue;
        QString error;
        if (!lookups.prepareUnique(m_entity, *slot.field, total, &error)) {
            problem(0, QString(), tr("The company file cannot be read: %1").arg(error));
            return result;
        }
    }

    // Indexes are built again afterwards only for an empty table, and not
    // when rows refer to their own kind (each name would then be looked up
    // without an index).
    bool selfReference = false;
    for (const Field *field : std::as_const(columnField))
        selfReference = selfReference
                        || (field->type() == Field::Type::Reference && field->referencedEntity() == m_entity.id());
    DeferredUpkeep upkeep;
    {
        QString error;
        const auto any = db.scalar(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(m_entity.tableName()));
        if (!upkeep.begin(db, m_entity, !any && !selfReference && total > 0, &error)) {
            problem(0, QString(), tr("The %1 records could not be saved: %2").arg(m_entity.label(), error));
            return result;
        }
    }

    // The same row Records::create writes: system columns, then every stored
    // field (null when empty).
    QStringList columns{QStringLiteral("version"), QStringLiteral("archived"), QStringLiteral("created_at"),
                        QStringLiteral("created_by"), QStringLiteral("updated_at"), QStringLiteral("updated_by")};
    constexpr int SystemColumns = 6;
    for (const Target &slot : std::as_const(targets))
        columns.append(slot.field->name());
    BulkInsert insert(db, m_entity.tableName(), columns);
    if (!insert.isValid()) {
        problem(0, QString(), tr("The %1 records could not be saved: %2").arg(m_entity.label(), insert.errorString()));
        return result;
    }
    const QList<RecordHook *> hooks = m_records.hooks();
    // Hooks may batch their own writes (the audit log's) for the whole
    // import; every path that does not reach the commit tells them it gave up.
    struct BulkHooks
    {
        const QList<RecordHook *> &hooks;
        Database &db;
        bool finished = false;
        ~BulkHooks()
        {
            if (!finished)
                for (RecordHook *hook : hooks)
                    hook->bulkFinished(db, false, nullptr);
        }
    } bulkHooks{hooks, db};
    for (RecordHook *hook : hooks)
        hook->bulkStarted(db);
    const QString user = m_records.userName();
    Stamp stamp;

    // Display name → id per referenced entity, looked up once per distinct text.
    QHash<QString, QHash<QString, qint64>> referenceCache;
    auto resolveReference = [&](const Field &field, const QString &text, QString *error) -> QVariant {
        const Entity *target = m_records.entity(field.referencedEntity());
        if (!target) {
            *error = tr("%1 refers to an unknown kind of record.").arg(field.label());
            return {};
        }
        QHash<QString, qint64> &cache = referenceCache[target->id()];
        if (const auto it = cache.constFind(text); it != cache.cend())
            return *it;
        auto id = db.scalar(QStringLiteral("SELECT id FROM %1 WHERE %2 = ? ORDER BY archived, id LIMIT 1")
                                .arg(target->tableName(), target->displayFieldName()),
                            {text});
        // "#12": the record with id 12, as the exporter names a record whose
        // display text is empty.
        static const QRegularExpression byId(QStringLiteral("^#([0-9]{1,18})$"));
        if (const QRegularExpressionMatch match = byId.match(text); !id && match.hasMatch())
            id = db.scalar(QStringLiteral("SELECT id FROM %1 WHERE id = ?").arg(target->tableName()),
                           {match.captured(1).toLongLong()});
        if (!id) {
            *error = tr("There is no %1 “%2”.").arg(target->label(), text);
            return {};
        }
        cache.insert(text, id->toLongLong());
        lookups.knownToExist(target->tableName(), id->toLongLong());
        return id->toLongLong();
    };

    const qsizetype slotCount = targets.size();
    QVarLengthArray<QVariant, 32> input(slotCount);
    QVarLengthArray<bool, 32> given(slotCount);
    QVarLengthArray<QVariant, 32> typed(slotCount);
    QVarLengthArray<bool, 32> store(slotCount);
    QVarLengthArray<QVariant, 40> values(SystemColumns + slotCount);
    values[0] = qint64(1);
    values[1] = qint64(0);
    values[3] = user;
    values[5] = user;
    // Writing stops at the first problem (everything rolls back anyway);
    // checking goes on so the report names every bad row.
    bool writing = true;
    bool cancelled = false;
    qint64 done = 0;
    for (const CsvReader::Row &row : rows) {
        if (result.problems.size() >= MaxProblems)
            break;
        if (progress && done % 500 == 0 && done > 0 && !progress(done, total)) {
            cancelled = true;
            break;
        }
        ++done;
        if (row.fields.size() != header.size()) {
            problem(row.line, QString(), tr("Line %1 has %2 fields; the header has %3.")
                                             .arg(row.line).arg(row.fields.size()).arg(header.size()));
            writing = false;
            continue;
        }
        for (qsizetype i = 0; i < slotCount; ++i) {
            input[i] = QVariant();
            given[i] = false;
        }
        bool rowOk = true;
        for (qsizetype c = 0; c < columnIndex.size(); ++c) {
            const Field &field = *columnField.at(c);
            const QString &text = row.fields.at(columnIndex.at(c));
            const QString trimmed = text.trimmed();
            if (trimmed.isEmpty())
                continue; // empty cells leave defaults and numbering alone
            const int slot = columnSlot.at(c);
            if (field.type() == Field::Type::Reference) {
                QString error;
                const QVariant id = resolveReference(field, trimmed, &error);
                if (!id.isValid()) {
                    problem(row.line, targets.at(slot).column, error);
                    rowOk = false;
                    continue;
                }
                input[slot] = id;
            } else if (field.type() == Field::Type::Money || field.type() == Field::Type::Quantity) {
                // Amounts in files are written as a clerk reads them (1,234.50
                // yuan), not in minor units.
                const int scale = field.type() == Field::Type::Money ? 2 : field.scale();
                const auto value = FieldCodec::parseDecimal(text, scale);
                if (!value) {
                    problem(row.line, targets.at(slot).column, tr("%1 “%2” is not an amount with at most %3 decimals.")
                                                                 .arg(field.label(), trimmed)
                                                                 .arg(scale));
                    rowOk = false;
                    continue;
                }
                input[slot] = *value;
            } else {
                input[slot] = text;
            }
            given[slot] = true;
        }
        if (!rowOk) {
            writing = false;
            continue;
        }

        // Every field by the records service's own rules, as create() would.
        for (qsizetype i = 0; i < slotCount; ++i) {
            const Target &slot = targets.at(i);
            const QString error = m_records.checkField(m_entity, *slot.field, 0, true, given[i], input[i],
                                                       slot.numberDate >= 0 ? input[slot.numberDate] : QVariant(),
                                                       &typed[i], &store[i], &lookups);
            if (!error.isEmpty()) {
                problem(row.line, slot.column, error);
                rowOk = false;
            }
        }
        if (!rowOk) {
            writing = false;
            continue;
        }
        for (qsizetype i = 0; i < slotCount; ++i) {
            const QVariant stored = store[i] ? FieldCodec::toStorage(*targets.at(i).field, typed[i])
                                             : QVariant(QMetaType::fromType<QString>());
            if (targets.at(i).field->isUnique() && !stored.isNull())
                lookups.remember(*targets.at(i).field, stored);
            values[SystemColumns + i] = stored;
        }

        QVariantMap after;
        if (!hooks.isEmpty()) {
            for (qsizetype i = 0; i < slotCount; ++i)
                if (store[i])
                    after.insert(targets.at(i).field->name(), typed[i]);
            const RecordHook::Change change{m_entity, RecordHook::Action::Create, 0, {}, after, user};
            bool allowed = true;
            for (RecordHook *hook : hooks) {
                QString reason;
                if (!hook->before(db, change, &reason)) {
                    problem(row.line, QString(), reason);
                    allowed = false;
                    break;
                }
            }
            if (!allowed) {
                writing = false;
                continue;
            }
        }
        if (!writing)
            continue;
        const QString &now = stamp.now();
        values[2] = now;
        values[4] = now;
        const auto id = insert.insert(values.constData());
        if (!id) {
            problem(row.line, QString(), tr("The %1 could not be saved: %2").arg(m_entity.label(), insert.errorString()));
            writing = false;
            continue;
        }
        ++result.imported;
        if (!hooks.isEmpty()) {
            const RecordHook::Change created{m_entity, RecordHook::Action::Create, *id, {}, after, user};
            for (RecordHook *hook : hooks) {
                QString reason;
                if (!hook->after(db, created, &reason)) {
                    problem(row.line, QString(), reason);
                    writing = false;
                    break;
                }
            }
        }
    }
    if (cancelled) {
        result.imported = 0;
        result.problems.append({0, QString(), tr("The import was cancelled; nothing was saved.")});
        return result;
    }
    if (!result.problems.isEmpty()) {
        result.imported = 0; // the transaction rolls back: nothing was written
        return result;
    }
    if (progress && !progress(total, total)) {
        result.imported = 0;
        result.problems.append({0, QString(), tr("The import was cancelled; nothing was saved.")});
        return result;
    }
    for (RecordHook *hook : hooks) {
        if (QString reason; !hook->bulkFinished(db, true, &reason)) {
            result.imported = 0;
            problem(0, QString(), reason);
            return result;
        }
    }
    bulkHooks.finished = true;
    if (QString error; !upkeep.finish(db, &error)) {
        result.imported = 0;
        problem(0, QString(), tr("The %1 records could not be saved: %2").arg(m_entity.label(), error));
        return result;
    }
    if (!transaction.commit()) {
        result.imported = 0;
        problem(0, QString(), tr("The import could not be saved: %1").arg(transaction.errorString()));
        return result;
    }
    result.ok = true;
    // Inside someone else's transaction nothing is final yet: whoever
    // commits it announces the change.
    if (db.transactionDepth() == 0)
        m_records.notifyChanged(m_entity.id());
    return result;
}

} // namespace Backroom
