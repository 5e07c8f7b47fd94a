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
    static QString columnDefinition(const Field &field, const SqlDialect &dialect);
    // CREATE TABLE and its indexes.
    static QStringList createStatements(const Entity &entity, const SqlDialect &dialect);
    static QStringList indexStatements(const Entity &entity, const SqlDialect &dialect);

    // The statements that bring the database up to the declarations: tables
    // for new entities (in reference order), columns for new fields, missing
    // indexes. Empty when nothing is to do. Reads only.
    static QStringList pendingStatements(Database &db, const QList<Entity> &entities, QString *errorString);
    static QStringList existingColumns(Database &db, const QString &table, QString *errorString = nullptr);
};

} // namespace Backroom
