#include "entityschema.h"

#include "database.h"

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

QString EntitySchema::columnDefinition(const Field &field, const SqlDialect &dialect)
{
    QString definition = field.name() + QLatin1Char(' ') + columnType(field, dialect);
    if (field.type() == Field::Type::Boolean)
        definition += QStringLiteral(" CHECK (%1 IN (0, 1))").arg(field.name());
    if (field.type() == Field::Type::Reference)
        definition += QStringLiteral(" REFERENCES %1 (id) ON DELETE RESTRICT")
                          .arg(QString(field.referencedEntity()).replace(QLatin1Char('.'), QLatin1Char('_')));
    // NOT NULL stays in the records service: a column added to a table that
    // already has rows could not be NOT NULL without inventing values.
    return definition;
}

QStringList EntitySchema::indexStatements(const Entity &entity, const SqlDialect &)
{
    QStringList statements;
    const QString table = entity.tableName();
    for (const Field &field : entity.fields()) {
        if (!field.isStored())
            continue;
        if (field.isUnique())
            statements.append(QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS %1_%2_unique ON %1 (%2)")
                                  .arg(table, field.name()));
        else if (field.type() == Field::Type::Reference || field.isSearchable()
                 || field.type() == Field::Type::Date)
            statements.append(QStringLiteral("CREATE INDEX IF NOT EXISTS %1_%2_index ON %1 (%2)").arg(table, field.name()));
    }
    return statements;
}

QStringList EntitySchema::createStatements(const Entity &entity, const SqlDialect &dialect)
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
            columns.append(columnDefinition(field, dialect));
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
            statements += createStatements(entity, db.dialect());
            continue;
        }
        for (const Field &field : entity.fields())
            if (field.isStored() && !existing.contains(field.name()))
                statements.append(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2")
                                      .arg(entity.tableName(), columnDefinition(field, db.dialect())));
        // IF NOT EXISTS makes these cheap no-ops for indexes that exist, but
        // they still take the write lock: only list ones that are missing.
        for (const QString &index : indexStatements(entity, db.dialect())) {
            const QString name = index.section(QLatin1Char(' '), -4, -4);
            if (!db.scalar(db.dialect().indexExistsQuery(), {name}))
                statements.append(index);
        }
    }
    return statements;
}

} // namespace Backroom
