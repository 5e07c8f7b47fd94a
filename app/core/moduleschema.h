#pragma once

#include "schemastep.h"

#include <QList>
#include <QString>

namespace Backroom {

// The schema a running module expects in a company file: its version and its
// numbered steps. Built by the module manager from what modules registered.
struct ModuleSchema
{
    QString moduleId;
    QString moduleVersion;
    QList<SchemaStep> steps;

    int latestVersion() const { return steps.isEmpty() ? 0 : steps.constLast().version; }
};

} // namespace Backroom
