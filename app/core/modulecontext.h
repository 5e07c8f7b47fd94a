#pragma once

#include "coreglobal.h"
#include "extensionregistries.h"

#include <QStringList>

namespace Backroom {

class ModuleSpec;

// What one module sees of the suite while it starts: its own metadata and
// the typed registries. Registrations are tagged with the module's id so a
// failing module's contributions can be withdrawn.
class BACKROOM_CORE_EXPORT ModuleContext
{
public:
    ModuleContext(const ModuleSpec &spec, ExtensionRegistries &registries);

    QString moduleId() const;
    const ModuleSpec &spec() const { return m_spec; }
    const ExtensionRegistries &registries() const { return m_registries; }

    void addPage(PageContribution page);
    void addAction(ActionContribution action);
    void addSettingsPage(SettingsPageContribution page);
    void addSchemaStep(int version, const QString &description,
                       std::function<bool(Database &, QString *)> apply,
                       SchemaStep::Phase phase = SchemaStep::Phase::BeforeTables);
    // Declares an entity; its id must start with the module's id ("hr.…").
    void addEntity(Entity entity);
    // A page with the list and form of an entity (its own or the core's),
    // titled with the entity's plural label.
    void addEntityPage(const QString &entityId, int order = 0);
    // Replaces the generic list or form of one of the module's entities.
    void addEntityView(EntityViewContribution view);
    // Declares a report; its id must start with the module's id ("hr.…").
    // The module's area gets a "Reports" page listing its reports.
    void addReport(ReportDefinition report);
    void addDemoData(std::function<bool(Database &, const QString &, QString *)> populate);
    // What every new company gets from the module (its chart of accounts),
    // demo or not; in the creation transaction, with the company's language.
    void addCompanySetup(std::function<bool(Database &, const QString &, QString *)> populate);
    // A question asked when a company is created (which chart of accounts);
    // its id must start with the module's id. The answer is in the company
    // before the setup runs (CompanyFile::storedChoice).
    void addCompanyChoice(CompanyChoiceContribution choice);
    // An invariant `backroom-cli verify` and the copy's proof check.
    void addVerifier(VerifierContribution verifier);
    // A CSV importer of its own for one of the module's entities.
    void addImporter(ImporterContribution importer);
    // An export format of its own for one of the module's entities.
    void addExporter(ExporterContribution exporter);
    // The journal-posting service other modules make vouchers through
    // (VoucherPosting); one module provides it.
    void addVoucherPosting(VoucherPostingContribution posting);

    // Registration problems (duplicate ids, bad versions) collected while
    // initialize() runs; the module manager fails the module if any exist.
    QStringList errors() const { return m_errors; }

private:
    const ModuleSpec &m_spec;
    ExtensionRegistries &m_registries;
    QStringList m_errors;
};

} // namespace Backroom
