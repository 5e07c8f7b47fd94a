#pragma once

#include "entity.h"
#include "schemastep.h"

#include <QList>
#include <QString>

namespace Backroom {

// The schema a running module expects in a company file: its version, its
// numbered steps and its declared entities. Built by the module manager from what modules registered.
struct ModuleSchema
{
    QString moduleId;
    QString moduleVersion;
    QList<SchemaStep> steps;
    // Declared entities: their tables and new columns are applied on open.
    QList<Entity> entities;

    int latestVersion() const { return steps.isEmpty() ? 0 : steps.constLast().version; }
};

} // namespace Backroom
