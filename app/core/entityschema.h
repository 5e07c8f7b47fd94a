#pragma once

#include "coreglobal.h"
#include "entity.h"
#include "sqldialect.h"

#include <QStringList>

namespace Backroom {

class Database;

// Tables from declarations. New entities get their tables and new fields
// their columns automatically when a company is opened; anything else (a
// renamed or retyped field) is an explicit numbered schema step.
class BACKROOM_CORE_EXPORT EntitySchema
{
public:
    static QString columnType(const Field &field, const SqlDialect &dialect);
    // inlineReference false: a reference column without its REFERENCES
    // clause, which referenceStatement() adds afterwards.
    static QString columnDefinition(const Field &field, const SqlDialect &dialect, bool inlineReference = true);
    // CREATE TABLE and its indexes.
    static QStringList createStatements(const Entity &entity, const SqlDialect &dialect, bool inlineReferences = true);
    // ALTER TABLE … ADD FOREIGN KEY for a reference field: PostgreSQL checks
    // a REFERENCES target when the table is created, so tables that refer
    // to each other (departments and people) get their keys after all of
    // them exist.
    static QString referenceStatement(const Entity &entity, const Field &field);
    static QStringList indexStatements(const Entity &entity, const SqlDialect &dialect);

    // The statements that bring the database up to the declarations: tables
    // for new entities (in reference order), columns for new fields, missing
    // indexes. Empty when nothing is to do. Reads only.
    static QStringList pendingStatements(Database &db, const QList<Entity> &entities, QString *errorString);
    static QStringList existingColumns(Database &db, const QString &table, QString *errorString = nullptr);

    // Columns the list is likely sorted or filtered on get an index of their
    // own (money, quantities, numbers, dates, datetimes, choices,
    // references), so a sort walks an index instead of sorting a million
    // rows; searchable and unique text is indexed already. Other text,
    // yes/no, attachments and sensitive fields are not: an index costs every
    // insert, and those are not what a clerk orders a list by.
    static bool isSortIndexed(const Field &field);

    // Quick search on SQLite: a contentless FTS5 table per entity with
    // searchable text (trigram tokenizer, which handles Chinese), fed by
    // triggers with one document per row: every searchable field followed by
    // two separator characters, so that every character of the text starts a
    // trigram and one- and two-character terms can be found through the
    // index vocabulary too. Contentless rather than external-content over a
    // view: a view on the table would make SQLite refuse the "create new,
    // copy, drop old, rename" table rebuild of a numbered schema step.
    static QStringList searchFields(const Entity &entity);
    static QString searchTableName(const Entity &entity);      // <table>_fts
    static QString searchVocabularyName(const Entity &entity); // <table>_fts_vocab (fts5vocab 'row')
    // The document of the row; row is "new", "old" or empty (the table's own columns).
    static QString searchDocument(const Entity &entity, const QString &row = QString());
    // Creates the table, vocabulary and triggers; populate fills it from the
    // rows already there. Empty when the entity has nothing searchable or the
    // dialect has no FTS5.
    static QStringList searchStatements(const Entity &entity, const SqlDialect &dialect, bool populate);
    static QStringList dropSearchStatements(const Entity &entity);

    // Quick search on PostgreSQL, which has no FTS5 and whose pg_trgm may
    // not be installable by the company's owner: a GIN index over an
    // expression, the set of every one-, two- and three-character piece of
    // each searchable field (lower case). A word of three or more characters
    // is looked up by its trigrams, a shorter one (张, 张伟) as itself; the
    // ILIKE beside it removes rows that have the pieces but not the word.
    // Both functions live in the company's schema and use only built-ins.
    static QStringList postgresSearchFunctions();
    // backroom_search_grams(ARRAY[field, …]): the indexed expression, which
    // a query must repeat exactly for the planner to use the index.
    static QString searchGramsExpression(const Entity &entity);
    // <table>_grams_<hash of the searchable fields>: a change of fields
    // shows as a missing index.
    static QString searchIndexName(const Entity &entity);
};

} // namespace Backroom
