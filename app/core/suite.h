#pragma once

#include "companyfile.h"
#include "coreglobal.h"
#include "extensionregistries.h"
#include "modulemanager.h"

#include <QCoreApplication>

#include <memory>

namespace Backroom {

// The modules and everything they registered, as one object the GUI, the
// CLI and the benchmark own. Opening or creating a company through it
// applies the running modules' schemas.
class BACKROOM_CORE_EXPORT Suite
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Suite)

public:
    explicit Suite(const QStringList &modulePaths = ModuleManager::defaultModulePaths());
    ~Suite();
    Suite(const Suite &) = delete;
    Suite &operator=(const Suite &) = delete;

    void loadModules();
    void shutdown();

    ModuleManager &modules() { return m_manager; }
    const ModuleManager &modules() const { return m_manager; }
    ExtensionRegistries &registries() { return m_registries; }
    const ExtensionRegistries &registries() const { return m_registries; }

    // The shell's "Basic Data" area for the core entities, shown like a module.
    const ModuleSpec &coreSpec() const { return *m_coreSpec; }
    // The shell's "System Administration" area: users, roles, audit log.
    const ModuleSpec &administrationSpec() const { return *m_administrationSpec; }
    // A module's display name by id ("core" and running modules); empty when unknown.
    QString moduleDisplayName(const QString &moduleId) const;

    QList<ModuleSchema> schemas() const;
    // What fills a new company: every module's setup, and with demo the
    // sample records too.
    QList<CompanyFile::DemoPopulator> demoPopulators(bool demo = true) const;

    // The questions the running modules ask when a company is created, in
    // load order.
    QList<CompanyChoiceContribution> companyChoices() const;
    // The answers a new company gets: the given ones, checked, and each
    // unanswered question's default for the language; nullopt with
    // *errorString naming the bad id or value and what is allowed.
    std::optional<QMap<QString, QString>> resolveChoices(const QMap<QString, QString> &given, const QString &language,
                                                         QString *errorString = nullptr) const;

    // serverPassword: for a company on a server, what the clerk typed.
    std::unique_ptr<CompanyFile> openCompany(const QString &path, CompanyFile::Status *status,
                                             const QString &serverPassword = {}) const;
    std::unique_ptr<CompanyFile> createCompany(const QString &path, const CompanyFile::NewCompany &company,
                                               CompanyFile::Status *status, const QString &serverPassword = {}) const;
    // The demo company's name in the company's language.
    static QString demoCompanyName(const QString &language);

private:
    ExtensionRegistries m_registries; // declared first: outlives the manager
    ModuleManager m_manager;
    std::unique_ptr<ModuleSpec> m_coreSpec;
    std::unique_ptr<ModuleSpec> m_administrationSpec;
};

} // namespace Backroom
