#include "modulecontext.h"

#include "entitypage.h"
#include "modulespec.h"
#include "reportspage.h"

namespace Backroom {

ModuleContext::ModuleContext(const ModuleSpec &spec, ExtensionRegistries &registries)
    : m_spec(spec)
    , m_registries(registries)
{
}

QString ModuleContext::moduleId() const
{
    return m_spec.id();
}

void ModuleContext::addPage(PageContribution page)
{
    QString error;
    if (!page.create)
        m_errors.append(QStringLiteral("page '%1' has no factory").arg(page.id));
    else if (!m_registries.pages.add(moduleId(), std::move(page), &error))
        m_errors.append(error);
}

void ModuleContext::addAction(ActionContribution action)
{
    QString error;
    if (!m_registries.actions.add(moduleId(), std::move(action), &error))
        m_errors.append(error);
}

void ModuleContext::addSettingsPage(SettingsPageContribution page)
{
    QString error;
    if (!m_registries.settingsPages.add(moduleId(), std::move(page), &error))
        m_errors.append(error);
}

void ModuleContext::addSchemaStep(int version, const QString &description,
                                  std::function<bool(Database &, QString *)> apply, SchemaStep::Phase phase)
{
    if (version < 1) {
        m_errors.append(QStringLiteral("schema step versions start at 1, got %1").arg(version));
        return;
    }
    const int latest = m_registries.latestSchemaVersion(moduleId());
    if (version != latest + 1) {
        m_errors.append(QStringLiteral("schema step %1 registered after %2: steps must be consecutive")
                            .arg(version)
                            .arg(latest));
        return;
    }
    SchemaStep step;
    step.id = QStringLiteral("%1:%2").arg(moduleId()).arg(version);
    step.moduleId = moduleId();
    step.version = version;
    step.description = description;
    step.apply = std::move(apply);
    step.phase = phase;
    QString error;
    if (!m_registries.schemaSteps.add(moduleId(), std::move(step), &error))
        m_errors.append(error);
}

void ModuleContext::addEntityPage(const QString &entityId, int order)
{
    addPage(EntityPage::contribution(moduleId(), entityId, m_registries, order));
}

void ModuleContext::addEntityView(EntityViewContribution view)
{
    if (!view.id.startsWith(moduleId() + QLatin1Char('.'))) {
        m_errors.append(QStringLiteral("entity view '%1' must be for an entity of '%2'").arg(view.id, moduleId()));
        return;
    }
    QString error;
    if (!m_registries.entityViews.add(moduleId(), std::move(view), &error))
        m_errors.append(error);
}

void ModuleContext::addEntity(Entity entity)
{
    const QStringList problems = entity.declarationErrors();
    if (!problems.isEmpty()) {
        m_errors += problems;
        return;
    }
    if (entity.moduleId() != moduleId()) {
        m_errors.append(QStringLiteral("entity '%1' must be named '%2.…'").arg(entity.id(), moduleId()));
        return;
    }
    QString error;
    if (!m_registries.entities.add(moduleId(), std::move(entity), &error))
        m_errors.append(error);
}

void ModuleContext::addCompanyChoice(CompanyChoiceContribution choice)
{
    if (!choice.id.startsWith(moduleId() + QLatin1Char('.'))) {
        m_errors.append(QStringLiteral("company choice '%1' must be named '%2.…'").arg(choice.id, moduleId()));
        return;
    }
    if (choice.options.isEmpty() || !choice.label || !choice.defaultFor) {
        m_errors.append(QStringLiteral("company choice '%1' needs a label, options and a default").arg(choice.id));
        return;
    }
    QString error;
    if (!m_registries.companyChoices.add(moduleId(), std::move(choice), &error))
        m_errors.append(error);
}

void ModuleContext::addReport(ReportDefinition report)
{
    const QStringList problems = report.declarationErrors();
    if (!problems.isEmpty()) {
        m_errors += problems;
        return;
    }
    if (report.moduleId() != moduleId()) {
        m_errors.append(QStringLiteral("report '%1' must be named '%2.…'").arg(report.id(), moduleId()));
        return;
    }
    const bool first = m_registries.reports.itemsOf(moduleId()).isEmpty();
    QString error;
    if (!m_registries.reports.add(moduleId(), std::move(report), &error)) {
        m_errors.append(error);
        return;
    }
    if (first)
        addPage(ReportsPage::contribution(moduleId(), m_registries));
}

void ModuleContext::addDemoData(std::function<bool(Database &, const QString &, QString *)> populate)
{
    DemoDataContribution demo;
    demo.id = moduleId();
    demo.populate = std::move(populate);
    QString error;
    if (!m_registries.demoData.add(moduleId(), std::move(demo), &error))
        m_errors.append(error);
}

void ModuleContext::addCompanySetup(std::function<bool(Database &, const QString &, QString *)> populate)
{
    DemoDataContribution setup;
    setup.id = moduleId() + QStringLiteral("/setup");
    setup.everyCompany = true;
    setup.populate = std::move(populate);
    QString error;
    if (!m_registries.demoData.add(moduleId(), std::move(setup), &error))
        m_errors.append(error);
}

void ModuleContext::addImporter(ImporterContribution importer)
{
    if (!importer.id.startsWith(moduleId() + QLatin1Char('.'))) {
        m_errors.append(QStringLiteral("importer '%1' must be for an entity of '%2'").arg(importer.id, moduleId()));
        return;
    }
    if (bool(importer.import) == bool(importer.importFile) || (!importer.importFile && !importer.settings.isEmpty())) {
        m_errors.append(QStringLiteral("importer '%1' must read either the CSV (import) or the file with its "
                                       "settings (importFile)")
                            .arg(importer.id));
        return;
    }
    QString error;
    if (!m_registries.importers.add(moduleId(), std::move(importer), &error))
        m_errors.append(error);
}

void ModuleContext::addExporter(ExporterContribution exporter)
{
    if (!exporter.entityId.startsWith(moduleId() + QLatin1Char('.')) || exporter.format.isEmpty()) {
        m_errors.append(QStringLiteral("exporter '%1' must be for an entity of '%2', with a format")
                            .arg(exporter.entityId, moduleId()));
        return;
    }
    exporter.id = exporter.entityId + QLatin1Char(':') + exporter.format;
    QString error;
    if (!m_registries.exporters.add(moduleId(), std::move(exporter), &error))
        m_errors.append(error);
}

void ModuleContext::addVoucherPosting(VoucherPostingContribution posting)
{
    if (!posting.post) {
        m_errors.append(QStringLiteral("voucher posting without a post function"));
        return;
    }
    posting.id = VoucherPosting::contributionKey();
    QString error;
    if (!m_registries.voucherPosting.add(moduleId(), std::move(posting), &error))
        m_errors.append(error);
}

void ModuleContext::addVerifier(VerifierContribution verifier)
{
    if (!verifier.id.startsWith(moduleId() + QLatin1Char('.'))) {
        m_errors.append(QStringLiteral("verifier '%1' must be named '%2.…'").arg(verifier.id, moduleId()));
        return;
    }
    QString error;
    if (!m_registries.verifiers.add(moduleId(), std::move(verifier), &error))
        m_errors.append(error);
}

} // namespace Backroom
