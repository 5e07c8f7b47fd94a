#include "entityschema.h"

#include "database.h"
#include "workflow.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Backroom {

QString EntitySchema::columnType(const Field &field, const SqlDialect &dialect)
{
    switch (field.type()) {
    case Field::Type::Text:
    case Field::Type::LongText:
    case Field::Type::Choice:
        return dialect.textType();
    case Field::Type::Date:
        return dialect.dateType();
    case Field::Type::DateTime:
        return dialect.timestampType();
    case Field::Type::Integer:
    case Field::Type::Money:      // integer minor units, never REAL/NUMERIC
    case Field::Type::Quantity:   // integer scaled by 10^scale
    case Field::Type::Boolean:
    case Field::Type::Reference:
    case Field::Type::Attachment:
        return dialect.integerType();
    case Field::Type::ChildLines:
        return QString();
    }
    return QString();
}

QString EntitySchema::referenceStatement(const Entity &entity, const Field &field)
{
    // Deferrable, so a company copied in (backroom-cli migrate) can check
    // its references once all rows are there.
    return QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %1_%2_fkey FOREIGN KEY (%2) REFERENCES %3 (id) ON DELETE RESTRICT "
                          "DEFERRABLE INITIALLY IMMEDIATE")
        .arg(entity.tableName(), field.name(), QString(field.referencedEntity()).replace(QLatin1Char('.'), QLatin1Char('_')));
}

QString EntitySchema::columnDefinition(const Field &field, const SqlDialect &dialect, bool inlineReference)
{
    QString definition = field.name() + QLatin1Char(' ') + columnType(field, dialect);
    if (field.type() == Field::Type::Boolean)
        definition += QStringLiteral(" CHECK (%1 IN (0, 1))").arg(field.name());
    if (field.type() == Field::Type::Reference && inlineReference)
        definition += QStringLiteral(" REFERENCES %1 (id) ON DELETE RESTRICT")
                          .arg(QString(field.referencedEntity()).replace(QLatin1Char('.'), QLatin1Char('_')));
    // NOT NULL stays in the records service: a column added to a table that
    // already has rows could not be NOT NULL without inventing values.
    return definition;
}

QStringList EntitySchema::indexStatements(const Entity &entity, const SqlDialect &dialect)
{
    QStringList statements;
    const QString table = entity.tableName();
    for (const Field &field : entity.fields()) {
        if (!field.isStored())
            continue;
        if (field.isUnique())
            statements.append(QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS %1_%2_unique ON %1 (%3)")
                                  .arg(table, field.name(), dialect.uniqueIndexColumn(field.name())));
        else if (field.type() == Field::Type::Reference || field.isSearchable()
                 || field.type() == Field::Type::Date || isSortIndexed(field))
            // The (column, id) order the list pages by, NULL first.
            statements.append(QStringLiteral("CREATE INDEX IF NOT EXISTS %1_%2_index ON %1 (%3)")
                                  .arg(table, field.name(), dialect.sortIndexColumns(field.name())));
    }
    return statements;
}

bool EntitySchema::isSortIndexed(const Field &field)
{
    if (!field.isStored() || field.isSensitive())
        return false;
    switch (field.type()) {
    case Field::Type::Integer:
    case Field::Type::Money:
    case Field::Type::Quantity:
    case Field::Type::Date:
    case Field::Type::DateTime:
    case Field::Type::Choice:
    case Field::Type::Reference:
        return true;
    case Field::Type::Text:
        // Names and codes are searchable or unique and indexed for that;
        // other one-line text (contact, phone, bank) is rarely what a list
        // is ordered by, and each index costs a microsecond or two per
        // imported row (see docs/benchmarks.md, "list").
        return false;
    case Field::Type::LongText:
    case Field::Type::Boolean:
    case Field::Type::Attachment:
    case Field::Type::ChildLines:
        return false;
    }
    return false;
}

QStringList EntitySchema::searchFields(const Entity &entity)
{
    QStringList fields;
    for (const Field &field : entity.fields())
        if (field.isSearchable() && field.isStored()
            && (field.type() == Field::Type::Text || field.type() == Field::Type::LongText))
            fields.append(field.name());
    return fields;
}

QString EntitySchema::searchTableName(const Entity &entity)
{
    return entity.tableName() + QStringLiteral("_fts");
}

QString EntitySchema::searchVocabularyName(const Entity &entity)
{
    return entity.tableName() + QStringLiteral("_fts_vocab");
}

QString EntitySchema::searchDocument(const Entity &entity, const QString &row)
{
    // char(31) (unit separator) never comes from a clerk's input, and the
    // search strips control characters from terms, so no term can match
    // across two fields.
    const QString prefix = row.isEmpty() ? QString() : row + QLatin1Char('.');
    QStringList parts;
    for (const QString &field : searchFields(entity))
        parts.append(QStringLiteral("coalesce(%1%2, '') || char(31, 31)").arg(prefix, field));
    return parts.join(QStringLiteral(" || "));
}

QStringList EntitySchema::dropSearchStatements(const Entity &entity)
{
    const QString table = entity.tableName();
    const QString fts = searchTableName(entity);
    return {
        QStringLiteral("DROP TRIGGER IF EXISTS %1_ai").arg(fts),
        QStringLiteral("DROP TRIGGER IF EXISTS %1_ad").arg(fts),
        QStringLiteral("DROP TRIGGER IF EXISTS %1_au").arg(fts),
        QStringLiteral("DROP TABLE IF EXISTS %1").arg(searchVocabularyName(entity)),
        QStringLiteral("DROP TABLE IF EXISTS %1").arg(fts),
    };
}

QStringList EntitySchema::postgresSearchFunctions()
{
    // No '?' or ':' in the bodies: Qt would take them for placeholders.
    // IMMUTABLE, as an index expression must be; lower() follows the
    // database's collation like ILIKE does, which is what pg_trgm relies on
    // too.
    return {
        QStringLiteral("CREATE OR REPLACE FUNCTION backroom_search_grams(fields text[]) RETURNS text[] "
                       "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ "
                       "SELECT coalesce(array_agg(DISTINCT substr(f, i, n)), '{}') "
                       "FROM (SELECT lower(u.f) AS f FROM unnest(fields) AS u(f) WHERE u.f <> '') AS t, "
                       "generate_series(1, 3) AS n, generate_series(1, length(f) - n + 1) AS i $$"),
        QStringLiteral("CREATE OR REPLACE FUNCTION backroom_search_keys(term text) RETURNS text[] "
                       "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ "
                       "SELECT array_agg(DISTINCT substr(t, i, least(3, length(t)))) "
                       "FROM (SELECT lower(term) AS t) AS l, generate_series(1, greatest(length(t) - 2, 1)) AS i $$"),
    };
}

QString EntitySchema::searchGramsExpression(const Entity &entity)
{
    return QStringLiteral("backroom_search_grams(ARRAY[%1])").arg(searchFields(entity).join(QStringLiteral(", ")));
}

QString EntitySchema::searchIndexName(const Entity &entity)
{
    const QByteArray fields = searchFields(entity).join(QLatin1Char(',')).toUtf8();
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(fields, QCryptographicHash::Md5).toHex().left(8));
    return entity.tableName() + QStringLiteral("_grams_") + hash;
}

QStringList EntitySchema::searchStatements(const Entity &entity, const SqlDialect &dialect, bool populate)
{
    const QStringList fields = searchFields(entity);
    if (fields.isEmpty())
        return {};
    if (dialect.kind() == SqlDialect::Kind::Postgres)
        return postgresSearchFunctions()
               + QStringList{QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2 USING gin (%3)")
                                 .arg(searchIndexName(entity), entity.tableName(), searchGramsExpression(entity))};
    if (dialect.kind() != SqlDialect::Kind::Sqlite)
        return {};
    const QString table = entity.tableName();
    const QString fts = searchTableName(entity);
    // detail=full: a term of four or more characters is a phrase of
    // trigrams, which needs positions. columnsize=0: nothing is ranked.
    QStringList statements{
        QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(doc, content='', tokenize='trigram', columnsize=0)").arg(fts),
        QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5vocab(%2, 'row')").arg(searchVocabularyName(entity), fts),
        QStringLiteral("CREATE TRIGGER %1_ai AFTER INSERT ON %2 BEGIN INSERT INTO %1 (rowid, doc) VALUES (new.id, %3); END")
            .arg(fts, table, searchDocument(entity, QStringLiteral("new"))),
        // A contentless table forgets a row only when told its old text.
        QStringLiteral("CREATE TRIGGER %1_ad AFTER DELETE ON %2 BEGIN INSERT INTO %1 (%1, rowid, doc) "
                       "VALUES ('delete', old.id, %3); END")
            .arg(fts, table, searchDocument(entity, QStringLiteral("old"))),
        // Only when a searchable field is written: archiving or a change of
        // amount leaves the index alone.
        QStringLiteral("CREATE TRIGGER %1_au AFTER UPDATE OF %2 ON %3 BEGIN INSERT INTO %1 (%1, rowid, doc) "
                       "VALUES ('delete', old.id, %4); INSERT INTO %1 (rowid, doc) VALUES (new.id, %5); END")
            .arg(fts, fields.join(QStringLiteral(", ")), table, searchDocument(entity, QStringLiteral("old")),
                 searchDocument(entity, QStringLiteral("new"))),
    };
    if (populate)
        statements.append(QStringLiteral("INSERT INTO %1 (rowid, doc) SELECT id, %2 FROM %3")
                              .arg(fts, searchDocument(entity), table));
    return statements;
}

QStringList EntitySchema::createStatements(const Entity &entity, const SqlDialect &dialect, bool inlineReferences)
{
    QStringList columns{
        QStringLiteral("id ") + dialect.primaryKeyColumn(),
        QStringLiteral("version %1 NOT NULL DEFAULT 1").arg(dialect.integerType()),
        QStringLiteral("archived %1 NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))").arg(dialect.integerType()),
        QStringLiteral("created_at %1 NOT NULL").arg(dialect.timestampType()),
        QStringLiteral("created_by %1 NOT NULL").arg(dialect.textType()),
        QStringLiteral("updated_at %1 NOT NULL").arg(dialect.timestampType()),
        QStringLiteral("updated_by %1 NOT NULL").arg(dialect.textType()),
    };
    for (const Field &field : entity.fields())
        if (field.isStored())
            columns.append(columnDefinition(field, dialect, inlineReferences));
    QStringList statements{QStringLiteral("CREATE TABLE %1 (\n    %2\n)")
                               .arg(entity.tableName(), columns.join(QStringLiteral(",\n    ")))};
    statements += indexStatements(entity, dialect);
    return statements;
}

QStringList EntitySchema::existingColumns(Database &db, const QString &table, QString *errorString)
{
    QStringList columns;
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(db.dialect().columnsQuery());
    query.addBindValue(table);
    if (!query.exec()) {
        if (errorString)
            *errorString = query.lastError().text();
        return columns;
    }
    while (query.next())
        columns.append(query.value(0).toString());
    query.finish();
    return columns;
}

namespace {
// The search index of an existing table, made again from its rows when it is
// missing, incomplete (a table rebuilt by a schema step loses its triggers)
// or made for another set of searchable fields.
QStringList pendingPostgresSearchStatements(Database &db, const Entity &entity)
{
    // Indexes of this table made for another set of searchable fields go;
    // the wanted one is made when missing.
    const QString wanted = EntitySchema::searchFields(entity).isEmpty() ? QString()
                                                                         : EntitySchema::searchIndexName(entity);
    QStringList statements;
    bool present = false;
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() "
                                 "AND tablename = ? AND indexname LIKE ?"));
    query.addBindValue(entity.tableName());
    QString pattern = entity.tableName() + QStringLiteral("_grams_");
    pattern.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    query.addBindValue(pattern + QLatin1Char('%'));
    if (query.exec())
        while (query.next()) {
            const QString name = query.value(0).toString();
            if (name == wanted)
                present = true;
            else
                statements.append(QStringLiteral("DROP INDEX IF EXISTS %1").arg(name));
        }
    query.finish();
    if (!present)
        statements += EntitySchema::searchStatements(entity, db.dialect(), true);
    return statements;
}

QStringList pendingSearchStatements(Database &db, const Entity &entity)
{
    if (db.dialect().kind() == SqlDialect::Kind::Postgres)
        return pendingPostgresSearchStatements(db, entity);
    if (db.dialect().kind() != SqlDialect::Kind::Sqlite)
        return {};
    const QStringList wanted = EntitySchema::searchStatements(entity, db.dialect(), true);
    const QString fts = EntitySchema::searchTableName(entity);
    const QStringList names{fts, EntitySchema::searchVocabularyName(entity), fts + QStringLiteral("_ai"),
                            fts + QStringLiteral("_ad"), fts + QStringLiteral("_au")};
    QStringList stored;
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE name IN (?, ?, ?, ?, ?) ORDER BY name"));
    for (const QString &name : names)
        query.addBindValue(name);
    QHash<QString, QString> sql;
    if (query.exec())
        while (query.next())
            sql.insert(query.value(0).toString(), query.value(1).toString());
    query.finish();
    if (wanted.isEmpty())
        return sql.isEmpty() ? QStringList() : EntitySchema::dropSearchStatements(entity);
    // The statements are compared as written: SQLite keeps them verbatim.
    bool same = sql.size() == names.size();
    for (qsizetype i = 0; same && i < names.size(); ++i)
        same = sql.value(names.at(i)) == wanted.at(i);
    if (same)
        return {};
    return EntitySchema::dropSearchStatements(entity) + wanted;
}
} // namespace

QStringList EntitySchema::pendingStatements(Database &db, const QList<Entity> &entities, QString *errorString)
{
    // Referenced tables first (PostgreSQL checks REFERENCES at CREATE time).
    QList<Entity> ordered;
    QSet<QString> placed;
    QList<Entity> remaining = entities;
    while (!remaining.isEmpty()) {
        bool progress = false;
        for (qsizetype i = 0; i < remaining.size(); ++i) {
            const Entity &entity = remaining.at(i);
            bool ready = true;
            for (const Field &field : entity.fields()) {
                const QString target = field.referencedEntity();
                if (field.type() == Field::Type::Reference && target != entity.id() && !placed.contains(target)) {
                    const bool declaredHere = std::any_of(remaining.cbegin(), remaining.cend(),
                                                          [&](const Entity &e) { return e.id() == target; });
                    if (declaredHere)
                        ready = false;
                }
            }
            if (ready) {
                placed.insert(entity.id());
                ordered.append(entity);
                remaining.removeAt(i);
                progress = true;
                break;
            }
        }
        if (!progress) { // a reference cycle: SQLite accepts it in any order
            ordered += remaining;
            break;
        }
    }

    // PostgreSQL: foreign keys once every table exists (see referenceStatement).
    const bool deferReferences = db.dialect().kind() == SqlDialect::Kind::Postgres;
    QStringList references;
    QStringList statements;
    for (const Entity &entity : std::as_const(ordered)) {
        QString error;
        const QStringList existing = existingColumns(db, entity.tableName(), &error);
        if (!error.isEmpty()) {
            if (errorString)
                *errorString = error;
            return {};
        }
        if (existing.isEmpty()) {
            statements += createStatements(entity, db.dialect(), !deferReferences);
            if (deferReferences)
                for (const Field &field : entity.fields())
                    if (field.isStored() && field.type() == Field::Type::Reference)
                        references.append(referenceStatement(entity, field));
            statements += searchStatements(entity, db.dialect(), false);
            continue;
        }
        for (const Field &field : entity.fields())
            if (field.isStored() && !existing.contains(field.name())) {
                statements.append(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2")
                                      .arg(entity.tableName(), columnDefinition(field, db.dialect(), !deferReferences)));
                if (deferReferences && field.type() == Field::Type::Reference)
                    references.append(referenceStatement(entity, field));
                // A workflow declared for an entity that already has rows:
                // they start in the initial state (an identifier, checked by
                // declarationErrors, so safe as SQL text).
                if (entity.workflow() && field.name() == Workflow::stateField())
                    statements.append(QStringLiteral("UPDATE %1 SET %2 = '%3' WHERE %2 IS NULL")
                                          .arg(entity.tableName(), field.name(), entity.workflow()->initialStateKey()));
            }
        // IF NOT EXISTS makes these cheap no-ops for indexes that exist, but
        // they still take the write lock: only list ones that are missing.
        for (const QString &index : indexStatements(entity, db.dialect())) {
            static const QRegularExpression indexName(QStringLiteral("INDEX IF NOT EXISTS (\\S+) ON "));
            const QString name = indexName.match(index).captured(1);
            if (!db.scalar(db.dialect().indexExistsQuery(), {name}))
                statements.append(index);
        }
        statements += pendingSearchStatements(db, entity);
    }
    // The search functions are the same for every entity: made once.
    QStringList once;
    const QStringList functions = postgresSearchFunctions();
    for (const QString &statement : std::as_const(statements))
        if (!functions.contains(statement) || !once.contains(statement))
            once.append(statement);
    return once + references;
}

} // namespace Backroom
