#include "modulespec.h"

#include "imodule.h"
#include "localization.h"

#include <QJsonArray>
#include <QPluginLoader>
#include <QRegularExpression>

namespace Backroom {

ModuleSpec::ModuleSpec() = default;
ModuleSpec::~ModuleSpec() = default;

static QString jsonString(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : QString();
}

std::unique_ptr<ModuleSpec> ModuleSpec::fromPlugin(const QString &filePath)
{
    QPluginLoader loader(filePath);
    const QJsonObject metaData = loader.metaData();
    if (metaData.isEmpty()) {
        auto spec = std::make_unique<ModuleSpec>();
        spec->m_filePath = filePath;
        // Also what a module built with a malformed JSON manifest looks like:
        // moc drops invalid metadata, leaving a library without any.
        spec->invalidate(tr("The file is not a Backroom module: it carries no plugin manifest (%1).")
                             .arg(loader.errorString()));
        return spec;
    }
    return fromPluginMetaData(metaData, filePath);
}

std::unique_ptr<ModuleSpec> ModuleSpec::fromPluginMetaData(const QJsonObject &pluginMetaData,
                                                           const QString &filePath)
{
    auto spec = std::make_unique<ModuleSpec>();
    spec->m_filePath = filePath;

    const QString iid = pluginMetaData.value(QStringLiteral("IID")).toString();
    if (iid != QLatin1String(BACKROOM_MODULE_IID)) {
        spec->invalidate(tr("The plugin's interface is \"%1\", not a Backroom module (\"%2\").")
                             .arg(iid, QLatin1String(BACKROOM_MODULE_IID)));
        return spec;
    }
    const QJsonValue metaValue = pluginMetaData.value(QStringLiteral("MetaData"));
    if (!metaValue.isObject()) {
        spec->invalidate(tr("The module has no manifest (its JSON metadata is missing or not an object)."));
        return spec;
    }
    const QJsonObject meta = metaValue.toObject();
    spec->m_metaData = meta;
    spec->m_id = jsonString(meta, QStringLiteral("id"));
    spec->m_name = jsonString(meta, QStringLiteral("name"));
    spec->m_version = jsonString(meta, QStringLiteral("version"));
    spec->m_compatVersion = jsonString(meta, QStringLiteral("compatVersion"));
    spec->m_description = jsonString(meta, QStringLiteral("description"));
    spec->m_iconPath = jsonString(meta, QStringLiteral("icon"));
    spec->m_order = meta.value(QStringLiteral("order")).toInt(1000);
    if (spec->m_compatVersion.isEmpty())
        spec->m_compatVersion = spec->m_version;

    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    if (!idPattern.match(spec->m_id).hasMatch()) {
        spec->invalidate(tr("The manifest's \"id\" is missing or invalid (lower-case letters, digits and _)."));
        return spec;
    }
    if (spec->m_name.isEmpty()) {
        spec->invalidate(tr("The manifest of \"%1\" has no \"name\".").arg(spec->m_id));
        return spec;
    }
    if (!isValidVersion(spec->m_version) || !isValidVersion(spec->m_compatVersion)) {
        spec->invalidate(tr("The manifest of \"%1\" has an invalid \"version\" or \"compatVersion\" "
                            "(expected numbers such as 1.2.0).").arg(spec->m_id));
        return spec;
    }
    if (compareVersions(spec->m_compatVersion, spec->m_version) > 0) {
        spec->invalidate(tr("The manifest of \"%1\" has a compatVersion newer than its version.")
                             .arg(spec->m_id));
        return spec;
    }

    const QJsonValue deps = meta.value(QStringLiteral("dependencies"));
    if (!deps.isUndefined() && !deps.isArray()) {
        spec->invalidate(tr("The manifest of \"%1\" has \"dependencies\" that are not a list.")
                             .arg(spec->m_id));
        return spec;
    }
    for (const QJsonValue &value : deps.toArray()) {
        const QJsonObject object = value.toObject();
        ModuleDependency dependency;
        dependency.id = jsonString(object, QStringLiteral("id"));
        dependency.version = jsonString(object, QStringLiteral("version"));
        const QString type = object.value(QStringLiteral("type")).toString(QStringLiteral("required"));
        if (dependency.id.isEmpty() || !isValidVersion(dependency.version)
            || (type != QLatin1String("required") && type != QLatin1String("optional"))) {
            spec->invalidate(tr("The manifest of \"%1\" has an invalid dependency entry "
                                "(each needs an id, a version and type required or optional).")
                                 .arg(spec->m_id));
            return spec;
        }
        dependency.kind = type == QLatin1String("optional") ? ModuleDependency::Kind::Optional
                                                            : ModuleDependency::Kind::Required;
        spec->m_dependencies.append(dependency);
    }
    spec->m_state = State::Read;
    return spec;
}

QString ModuleSpec::localizedValue(const QString &key, const QString &language) const
{
    const QString localized = jsonString(m_metaData, QStringLiteral("%1[%2]").arg(key, language));
    if (!localized.isEmpty())
        return localized;
    const QString shortLanguage = language.section(QLatin1Char('_'), 0, 0);
    const QString byLanguage = jsonString(m_metaData, QStringLiteral("%1[%2]").arg(key, shortLanguage));
    return byLanguage.isEmpty() ? jsonString(m_metaData, key) : byLanguage;
}

QString ModuleSpec::displayName() const
{
    const QString name = localizedValue(QStringLiteral("name"), Localization::currentLanguage());
    return name.isEmpty() ? (m_id.isEmpty() ? m_filePath : m_id) : name;
}

QString ModuleSpec::displayDescription() const
{
    return localizedValue(QStringLiteral("description"), Localization::currentLanguage());
}

QString ModuleSpec::stateName(State state)
{
    switch (state) {
    case State::Invalid: return tr("Invalid");
    case State::Read: return tr("Read");
    case State::Resolved: return tr("Resolved");
    case State::Loaded: return tr("Loaded");
    case State::Initialized: return tr("Initialized");
    case State::Running: return tr("Running");
    case State::Stopped: return tr("Stopped");
    case State::Failed: return tr("Failed");
    }
    return QString();
}

void ModuleSpec::fail(const QString &errorString)
{
    m_state = State::Failed;
    m_errorString = errorString;
}

void ModuleSpec::invalidate(const QString &errorString)
{
    m_state = State::Invalid;
    m_errorString = errorString;
}

void ModuleSpec::setInstance(IModule *instance, QPluginLoader *loader)
{
    m_instance = instance;
    m_loader.reset(loader);
}

bool ModuleSpec::isValidVersion(const QString &version)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d+(\\.\\d+){0,3}$"));
    return pattern.match(version).hasMatch();
}

int ModuleSpec::compareVersions(const QString &a, const QString &b)
{
    const QStringList left = a.split(QLatin1Char('.'));
    const QStringList right = b.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < std::max(left.size(), right.size()); ++i) {
        const int l = i < left.size() ? left.at(i).toInt() : 0;
        const int r = i < right.size() ? right.at(i).toInt() : 0;
        if (l != r)
            return l < r ? -1 : 1;
    }
    return 0;
}

bool ModuleSpec::provides(const QString &id, const QString &version) const
{
    if (id != m_id)
        return false;
    return compareVersions(m_compatVersion, version) <= 0 && compareVersions(version, m_version) <= 0;
}

} // namespace Backroom
