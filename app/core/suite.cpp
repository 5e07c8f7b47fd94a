#include "suite.h"

#include "administrationpages.h"
#include "coreentities.h"
#include "coreentitypages.h"
#include "corereports.h"
#include "modulespec.h"
#include "reportspage.h"
#include "version.h"

#include <algorithm>

namespace Backroom {

Suite::Suite(const QStringList &modulePaths)
    : m_manager(m_registries)
{
    m_manager.setModulePaths(modulePaths);
    // The core's own entities, which every module may refer to.
    for (const Entity &entity : CoreEntities::declarations())
        m_registries.entities.add(QStringLiteral("core"), entity);
    m_coreSpec = CoreEntityPages::spec();
    for (const PageContribution &page : CoreEntityPages::pages(m_registries))
        m_registries.pages.add(QStringLiteral("core"), page);
    for (const ReportDefinition &report : CoreReports::declarations())
        m_registries.reports.add(QStringLiteral("core"), report);
    m_registries.pages.add(QStringLiteral("core"), ReportsPage::contribution(QStringLiteral("core"), m_registries));
    m_administrationSpec = AdministrationPages::spec();
    for (const PageContribution &page :
         AdministrationPages::pages([this](const QString &moduleId) { return moduleDisplayName(moduleId); }))
        m_registries.pages.add(QStringLiteral("administration"), page);
}

QString Suite::moduleDisplayName(const QString &moduleId) const
{
    if (moduleId == m_coreSpec->id())
        return m_coreSpec->displayName();
    for (const ModuleSpec *spec : m_manager.modules())
        if (spec->id() == moduleId)
            return spec->displayName();
    return QString();
}

Suite::~Suite()
{
    m_manager.shutdown();
}

void Suite::loadModules()
{
    m_manager.readModules();
    m_manager.loadModules();
}

void Suite::shutdown()
{
    m_manager.shutdown();
}

QList<ModuleSchema> Suite::schemas() const
{
    // The core first: modules' tables may refer to core.person, core.partner…
    ModuleSchema core;
    core.moduleId = QStringLiteral("core");
    core.moduleVersion = QStringLiteral(BACKROOM_VERSION_STRING);
    core.entities = m_registries.entities.itemsOf(QStringLiteral("core"));
    QList<ModuleSchema> result{core};
    for (ModuleSpec *spec : m_manager.runningModules()) {
        ModuleSchema schema;
        schema.moduleId = spec->id();
        schema.moduleVersion = spec->version();
        schema.steps = m_registries.schemaStepsOf(spec->id());
        schema.entities = m_registries.entities.itemsOf(spec->id());
        result.append(schema);
    }
    return result;
}

QList<CompanyFile::DemoPopulator> Suite::demoPopulators(bool demo) const
{
    QList<CompanyFile::DemoPopulator> result;
    // In load order, so a module's records can refer to those of the
    // modules it depends on; every module's setup before any demo records.
    for (ModuleSpec *spec : m_manager.runningModules())
        for (const DemoDataContribution &setup : m_registries.demoData.itemsOf(spec->id()))
            if (setup.everyCompany)
                result.append(setup.populate);
    if (!demo)
        return result;
    const QList<Entity> coreEntities = m_registries.entities.itemsOf(QStringLiteral("core"));
    result.append([coreEntities](Database &db, const QString &language, QString *error) {
        return CoreEntities::populateDemo(db, coreEntities, language, error);
    });
    for (ModuleSpec *spec : m_manager.runningModules())
        for (const DemoDataContribution &records : m_registries.demoData.itemsOf(spec->id()))
            if (!records.everyCompany)
                result.append(records.populate);
    return result;
}

std::unique_ptr<CompanyFile> Suite::openCompany(const QString &path, CompanyFile::Status *status,
                                                const QString &serverPassword) const
{
    return CompanyFile::open(path, schemas(), status, serverPassword);
}

QList<CompanyChoiceContribution> Suite::companyChoices() const
{
    QList<CompanyChoiceContribution> result;
    for (ModuleSpec *spec : m_manager.runningModules())
        result += m_registries.companyChoices.itemsOf(spec->id());
    return result;
}

std::optional<QMap<QString, QString>> Suite::resolveChoices(const QMap<QString, QString> &given,
                                                            const QString &language, QString *errorString) const
{
    const QList<CompanyChoiceContribution> choices = companyChoices();
    const auto fail = [&](const QString &message) {
        if (errorString)
            *errorString = message;
        return std::nullopt;
    };
    for (auto answer = given.cbegin(); answer != given.cend(); ++answer) {
        const auto choice = std::find_if(choices.cbegin(), choices.cend(),
                                         [&](const CompanyChoiceContribution &c) { return c.id == answer.key(); });
        QStringList ids;
        for (const CompanyChoiceContribution &c : choices)
            ids.append(c.id);
        if (choice == choices.cend())
            return fail(tr("There is no question “%1” for a new company; the installed modules ask: %2.")
                            .arg(answer.key(), ids.isEmpty() ? tr("nothing") : ids.join(QStringLiteral(", "))));
        if (!choice->hasOption(answer.value())) {
            QStringList values;
            for (const CompanyChoiceContribution::Option &option : choice->options)
                values.append(option.value);
            return fail(tr("“%1” is not an answer to “%2” (%3); choose one of: %4.")
                            .arg(answer.value(), choice->label(), choice->id, values.join(QStringLiteral(", "))));
        }
    }
    QMap<QString, QString> resolved = given;
    for (const CompanyChoiceContribution &choice : choices)
        if (!resolved.contains(choice.id))
            resolved.insert(choice.id, choice.defaultFor(language));
    return resolved;
}

std::unique_ptr<CompanyFile> Suite::createCompany(const QString &path, const CompanyFile::NewCompany &company,
                                                  CompanyFile::Status *status, const QString &serverPassword) const
{
    QString error;
    const std::optional<QMap<QString, QString>> choices = resolveChoices(company.choices, company.language, &error);
    if (!choices) {
        if (status)
            *status = {CompanyFile::Error::InvalidChoice, error};
        return nullptr;
    }
    CompanyFile::NewCompany answered = company;
    answered.choices = *choices;
    return CompanyFile::create(path, answered, schemas(), demoPopulators(company.demo), status, serverPassword);
}

QString Suite::demoCompanyName(const QString &language)
{
    return language == QLatin1String("zh_CN") ? QStringLiteral("示范商贸有限公司")
                                              : QStringLiteral("Demo Trading Co., Ltd.");
}

} // namespace Backroom
