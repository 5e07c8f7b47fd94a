#pragma once

#include "coreglobal.h"
#include "modulespec.h"

#include <QCoreApplication>
#include <QStringList>

#include <map>
#include <memory>
#include <vector>

namespace Backroom {

class ExtensionRegistries;
class ModuleContext;

// Finds module plugins, reads their manifests without loading them, orders
// them by dependency, and drives the three-phase lifecycle. A module that
// fails keeps its error; modules that do not need it keep working.
class BACKROOM_CORE_EXPORT ModuleManager
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::ModuleManager)

public:
    explicit ModuleManager(ExtensionRegistries &registries);
    ~ModuleManager();
    ModuleManager(const ModuleManager &) = delete;
    ModuleManager &operator=(const ModuleManager &) = delete;

    // Where modules live: BACKROOM_MODULE_PATH (separated like PATH)
    // when set, else the module folder next to the executable.
    static QStringList defaultModulePaths();

    void setModulePaths(const QStringList &paths) { m_paths = paths; }
    QStringList modulePaths() const { return m_paths; }

    // Reads every plugin's manifest in the module paths (nothing is loaded).
    void readModules();
    // For tests and tools: add a spec built from in-memory metadata.
    ModuleSpec *addSpec(std::unique_ptr<ModuleSpec> spec);

    // Checks dependencies and computes the load order; failing modules get
    // an error naming the missing dependency or the cycle.
    void resolve();
    // resolve() if needed, then load, initialize and extensionsInitialized.
    void loadModules();
    // aboutToShutdown() in reverse load order. Safe to call twice.
    void shutdown();

    // Every module found, valid or not, in load order then the others.
    QList<ModuleSpec *> modules() const;
    QList<ModuleSpec *> loadOrder() const { return m_loadOrder; }
    QList<ModuleSpec *> runningModules() const;
    ModuleSpec *module(const QString &id) const;
    bool hasFailures() const;

private:
    void visit(ModuleSpec *spec, QList<ModuleSpec *> &stack, QSet<ModuleSpec *> &done);
    ModuleSpec *provider(const ModuleDependency &dependency) const;
    bool requiredDependenciesAlive(ModuleSpec *spec);
    void loadLibrary(ModuleSpec *spec);
    void initialize(ModuleSpec *spec);

    ExtensionRegistries &m_registries;
    QStringList m_paths;
    std::vector<std::unique_ptr<ModuleSpec>> m_specs;
    QList<ModuleSpec *> m_loadOrder;
    std::map<ModuleSpec *, std::unique_ptr<ModuleContext>> m_contexts;
    bool m_resolved = false;
    bool m_shutDown = false;
};

} // namespace Backroom
