#pragma once

#include "actioncontribution.h"
#include "companychoicecontribution.h"
#include "coreglobal.h"
#include "demodatacontribution.h"
#include "entity.h"
#include "entityviewcontribution.h"
#include "exportercontribution.h"
#include "importercontribution.h"
#include "pagecontribution.h"
#include "registry.h"
#include "reportdefinition.h"
#include "schemastep.h"
#include "settingspagecontribution.h"
#include "verifiercontribution.h"
#include "voucherposting.h"

namespace Backroom {

// Everything modules contribute, by kind. Passed to modules through their
// ModuleContext instead of a global object pool, so every consumer names the
// type it wants and the shell owns the lifetime.
class BACKROOM_CORE_EXPORT ExtensionRegistries
{
public:
    Registry<PageContribution> pages;
    Registry<ActionContribution> actions;
    Registry<SettingsPageContribution> settingsPages;
    Registry<SchemaStep> schemaSteps;
    Registry<DemoDataContribution> demoData;
    Registry<CompanyChoiceContribution> companyChoices;
    Registry<Entity> entities;
    Registry<EntityViewContribution> entityViews;
    Registry<ReportDefinition> reports;
    Registry<VerifierContribution> verifiers;
    Registry<ImporterContribution> importers;
    Registry<ExporterContribution> exporters;
    // At most one provider: the finance module (see VoucherPosting).
    Registry<VoucherPostingContribution> voucherPosting;

    void removeModule(const QString &moduleId);

    // Highest schema version any step of moduleId declares, 0 when none.
    int latestSchemaVersion(const QString &moduleId) const;
    QList<SchemaStep> schemaStepsOf(const QString &moduleId) const;
    QStringList modulesWithSchema() const;
};

} // namespace Backroom
