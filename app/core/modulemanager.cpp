#include "modulemanager.h"

#include "apppaths.h"
#include "extensionregistries.h"
#include "imodule.h"
#include "modulecontext.h"

#include <QDir>
#include <QLibrary>
#include <QPluginLoader>
#include <QRegularExpression>
#include <QSet>

namespace Backroom {

ModuleManager::ModuleManager(ExtensionRegistries &registries)
    : m_registries(registries)
    , m_paths(defaultModulePaths())
{
}

ModuleManager::~ModuleManager()
{
    shutdown();
}

QStringList ModuleManager::defaultModulePaths()
{
    const QString fromEnvironment = qEnvironmentVariable("BACKROOM_MODULE_PATH");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment.split(QDir::listSeparator(), Qt::SkipEmptyParts);
    return {AppPaths::moduleDirectory()};
}

void ModuleManager::readModules()
{
    for (const QString &path : std::as_const(m_paths)) {
        const QDir dir(path);
        const QStringList entries = dir.entryList(QDir::Files, QDir::Name);
        for (const QString &entry : entries) {
            const QString filePath = dir.absoluteFilePath(entry);
            if (!QLibrary::isLibrary(filePath))
                continue;
            addSpec(ModuleSpec::fromPlugin(filePath));
        }
    }
}

ModuleSpec *ModuleManager::addSpec(std::unique_ptr<ModuleSpec> spec)
{
    if (spec->state() == ModuleSpec::State::Read) {
        if (ModuleSpec *existing = module(spec->id()))
            spec->invalidate(tr("Another module with the id \"%1\" is already installed (%2).")
                                 .arg(spec->id(), existing->filePath()));
    }
    m_specs.push_back(std::move(spec));
    m_resolved = false;
    return m_specs.back().get();
}

ModuleSpec *ModuleManager::module(const QString &id) const
{
    for (const auto &spec : m_specs)
        if (spec->id() == id && spec->state() != ModuleSpec::State::Invalid)
            return spec.get();
    return nullptr;
}

ModuleSpec *ModuleManager::provider(const ModuleDependency &dependency) const
{
    ModuleSpec *candidate = module(dependency.id);
    return candidate && candidate->provides(dependency.id, dependency.version) ? candidate : nullptr;
}

QList<ModuleSpec *> ModuleManager::modules() const
{
    QList<ModuleSpec *> result = m_loadOrder;
    for (const auto &spec : m_specs)
        if (!result.contains(spec.get()))
            result.append(spec.get());
    return result;
}

QList<ModuleSpec *> ModuleManager::runningModules() const
{
    QList<ModuleSpec *> result;
    for (ModuleSpec *spec : m_loadOrder)
        if (spec->state() == ModuleSpec::State::Running)
            result.append(spec);
    return result;
}

bool ModuleManager::hasFailures() const
{
    for (const auto &spec : m_specs)
        if (spec->hasError())
            return true;
    return false;
}

void ModuleManager::resolve()
{
    m_loadOrder.clear();
    // First pass: every required dependency must exist in a compatible version.
    for (const auto &spec : m_specs) {
        if (spec->state() != ModuleSpec::State::Read && spec->state() != ModuleSpec::State::Resolved)
            continue;
        spec->setState(ModuleSpec::State::Read);
        for (const ModuleDependency &dependency : spec->dependencies()) {
            if (dependency.kind != ModuleDependency::Kind::Required)
                continue;
            ModuleSpec *installed = module(dependency.id);
            if (!installed) {
                spec->fail(tr("\"%1\" requires \"%2\" (version %3), which is not installed.")
                               .arg(spec->id(), dependency.id, dependency.version));
                break;
            }
            if (!installed->provides(dependency.id, dependency.version)) {
                spec->fail(tr("\"%1\" requires \"%2\" version %3, but the installed \"%2\" is version %4 "
                              "(compatible back to %5).")
                               .arg(spec->id(), dependency.id, dependency.version,
                                    installed->version(), installed->compatVersion()));
                break;
            }
        }
    }
    // Second pass: depth-first, dependencies before dependents; a cycle is
    // reported with its whole chain.
    QSet<ModuleSpec *> done;
    for (const auto &spec : m_specs) {
        QList<ModuleSpec *> stack;
        visit(spec.get(), stack, done);
    }
    m_resolved = true;
}

void ModuleManager::visit(ModuleSpec *spec, QList<ModuleSpec *> &stack, QSet<ModuleSpec *> &done)
{
    if (done.contains(spec) || spec->state() == ModuleSpec::State::Invalid)
        return;
    if (const qsizetype at = stack.indexOf(spec); at >= 0) {
        QStringList chain;
        for (qsizetype i = at; i < stack.size(); ++i)
            chain.append(stack.at(i)->id());
        chain.append(spec->id());
        const QString message = tr("Circular dependency: %1.").arg(chain.join(QStringLiteral(" → ")));
        for (qsizetype i = at; i < stack.size(); ++i)
            stack.at(i)->fail(message);
        return;
    }
    stack.append(spec);
    for (const ModuleDependency &dependency : spec->dependencies()) {
        ModuleSpec *dependencySpec = module(dependency.id);
        if (!dependencySpec)
            continue;
        visit(dependencySpec, stack, done);
        if (spec->hasError())
            break; // part of a cycle found below
        if (dependency.kind == ModuleDependency::Kind::Required && dependencySpec->hasError()) {
            spec->fail(tr("\"%1\" requires \"%2\", which cannot be used: %3")
                           .arg(spec->id(), dependency.id, dependencySpec->errorString()));
            break;
        }
    }
    stack.removeLast();
    done.insert(spec);
    if (!spec->hasError())
        spec->setState(ModuleSpec::State::Resolved);
    m_loadOrder.append(spec);
}

bool ModuleManager::requiredDependenciesAlive(ModuleSpec *spec)
{
    for (const ModuleDependency &dependency : spec->dependencies()) {
        if (dependency.kind != ModuleDependency::Kind::Required)
            continue;
        ModuleSpec *dependencySpec = provider(dependency);
        if (!dependencySpec || dependencySpec->hasError()) {
            spec->fail(tr("\"%1\" requires \"%2\", which failed to start: %3")
                           .arg(spec->id(), dependency.id,
                                dependencySpec ? dependencySpec->errorString() : tr("not installed")));
            return false;
        }
    }
    return true;
}

void ModuleManager::loadLibrary(ModuleSpec *spec)
{
    if (spec->hasError() || !requiredDependenciesAlive(spec))
        return;
    auto loader = std::make_unique<QPluginLoader>(spec->filePath());
    QObject *root = loader->instance();
    if (!root) {
        spec->fail(tr("The module \"%1\" could not be loaded: %2").arg(spec->id(), loader->errorString()));
        return;
    }
    auto *module = qobject_cast<IModule *>(root);
    if (!module) {
        spec->fail(tr("The module \"%1\" does not implement the Backroom module interface.").arg(spec->id()));
        return;
    }
    spec->setInstance(module, loader.release());
    spec->setState(ModuleSpec::State::Loaded);
}

void ModuleManager::initialize(ModuleSpec *spec)
{
    if (spec->state() != ModuleSpec::State::Loaded || !requiredDependenciesAlive(spec))
        return;
    auto context = std::make_unique<ModuleContext>(*spec, m_registries);
    QString error;
    const bool ok = spec->instance()->initialize(*context, &error);
    if (!ok || !context->errors().isEmpty()) {
        const QString reason = !ok ? (error.isEmpty() ? tr("no reason given") : error)
                                   : context->errors().join(QStringLiteral("; "));
        spec->fail(tr("The module \"%1\" failed to initialize: %2").arg(spec->id(), reason));
        m_registries.removeModule(spec->id());
        return;
    }
    spec->setState(ModuleSpec::State::Initialized);
    m_contexts[spec] = std::move(context);
}

void ModuleManager::loadModules()
{
    if (!m_resolved)
        resolve();
    for (ModuleSpec *spec : std::as_const(m_loadOrder))
        loadLibrary(spec);
    for (ModuleSpec *spec : std::as_const(m_loadOrder))
        initialize(spec);
    for (auto it = m_loadOrder.crbegin(); it != m_loadOrder.crend(); ++it) {
        ModuleSpec *spec = *it;
        if (spec->state() != ModuleSpec::State::Initialized)
            continue;
        ModuleContext &context = *m_contexts.at(spec);
        const qsizetype errorsBefore = context.errors().size();
        spec->instance()->extensionsInitialized(context);
        if (context.errors().size() > errorsBefore) {
            spec->fail(tr("The module \"%1\" failed to initialize: %2")
                           .arg(spec->id(), context.errors().mid(errorsBefore).join(QStringLiteral("; "))));
            m_registries.removeModule(spec->id());
            continue;
        }
        spec->setState(ModuleSpec::State::Running);
    }
}

void ModuleManager::shutdown()
{
    if (m_shutDown)
        return;
    m_shutDown = true;
    for (auto it = m_loadOrder.crbegin(); it != m_loadOrder.crend(); ++it) {
        ModuleSpec *spec = *it;
        if (spec->state() != ModuleSpec::State::Running && spec->state() != ModuleSpec::State::Initialized)
            continue;
        spec->instance()->aboutToShutdown();
        spec->setState(ModuleSpec::State::Stopped);
    }
    // Libraries stay loaded until the process ends: widgets and callbacks
    // created by a module may still be referenced while Qt tears down.
}

} // namespace Backroom
