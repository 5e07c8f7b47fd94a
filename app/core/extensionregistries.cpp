#include "extensionregistries.h"

#include <QStringList>

#include <algorithm>

namespace Backroom {

void ExtensionRegistries::removeModule(const QString &moduleId)
{
    pages.removeModule(moduleId);
    actions.removeModule(moduleId);
    settingsPages.removeModule(moduleId);
    schemaSteps.removeModule(moduleId);
    demoData.removeModule(moduleId);
    companyChoices.removeModule(moduleId);
    entities.removeModule(moduleId);
    entityViews.removeModule(moduleId);
    reports.removeModule(moduleId);
    verifiers.removeModule(moduleId);
    importers.removeModule(moduleId);
    exporters.removeModule(moduleId);
    voucherPosting.removeModule(moduleId);
}

int ExtensionRegistries::latestSchemaVersion(const QString &moduleId) const
{
    int latest = 0;
    for (const SchemaStep &step : schemaSteps.items())
        if (step.moduleId == moduleId)
            latest = std::max(latest, step.version);
    return latest;
}

QList<SchemaStep> ExtensionRegistries::schemaStepsOf(const QString &moduleId) const
{
    QList<SchemaStep> steps;
    for (const SchemaStep &step : schemaSteps.items())
        if (step.moduleId == moduleId)
            steps.append(step);
    std::sort(steps.begin(), steps.end(),
              [](const SchemaStep &a, const SchemaStep &b) { return a.version < b.version; });
    return steps;
}

QStringList ExtensionRegistries::modulesWithSchema() const
{
    QStringList ids;
    for (const SchemaStep &step : schemaSteps.items())
        if (!ids.contains(step.moduleId))
            ids.append(step.moduleId);
    return ids;
}

} // namespace Backroom
