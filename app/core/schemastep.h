#pragma once

#include <QString>

#include <functional>

namespace Backroom {

class Database;

// One numbered migration of one module's tables. Shipped steps are never
// edited: a change is a new step with the next version.
struct SchemaStep
{
    QString id;                          // "<module>:<version>", filled by the context
    QString moduleId;
    int version = 0;
    QString description;
    std::function<bool(Database &db, QString *errorString)> apply;
    // BeforeTables steps prepare what the declared tables need (a rebuilt
    // table, a renamed column); AfterTables steps run once the declared
    // tables and columns exist, for what is built on them: triggers that
    // guard invariants, rows a module cannot work without.
    enum class Phase { BeforeTables, AfterTables };
    Phase phase = Phase::BeforeTables;
};

} // namespace Backroom
