#pragma once

#include "coreglobal.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

class QPluginLoader;

namespace Backroom {

class IModule;

struct ModuleDependency
{
    enum class Kind { Required, Optional };
    QString id;
    QString version;   // lowest version of the dependency this module works with
    Kind kind = Kind::Required;
};

// The metadata of one module, read from its plugin's embedded JSON without
// loading the library, plus where it is in its lifecycle and why it failed.
class BACKROOM_CORE_EXPORT ModuleSpec
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::ModuleSpec)

public:
    enum class State {
        Invalid,        // metadata could not be read or is wrong
        Read,           // metadata read, dependencies not yet resolved
        Resolved,       // dependencies found and compatible
        Loaded,         // library loaded, instance created
        Initialized,    // initialize() succeeded
        Running,        // extensionsInitialized() done
        Stopped,        // aboutToShutdown() done
        Failed,         // see errorString()
    };

    ModuleSpec();
    ~ModuleSpec();
    ModuleSpec(const ModuleSpec &) = delete;
    ModuleSpec &operator=(const ModuleSpec &) = delete;

    // Reads the "MetaData" object of a plugin's metadata (as returned by
    // QPluginLoader::metaData()). Sets state Invalid with an error when the
    // IID is not a Backroom module or a required field is missing.
    static std::unique_ptr<ModuleSpec> fromPluginMetaData(const QJsonObject &pluginMetaData,
                                                          const QString &filePath);
    static std::unique_ptr<ModuleSpec> fromPlugin(const QString &filePath);

    QString id() const { return m_id; }
    QString name() const { return m_name; }
    // Name and description in the UI language when the manifest has them
    // ("name[zh_CN]"), else the English ones.
    QString displayName() const;
    QString displayDescription() const;
    QString version() const { return m_version; }
    QString compatVersion() const { return m_compatVersion; }
    QString description() const { return m_description; }
    QString iconPath() const { return m_iconPath; }
    // Position in the department bar (manifest "order"); lower comes first.
    int order() const { return m_order; }
    QString filePath() const { return m_filePath; }
    QList<ModuleDependency> dependencies() const { return m_dependencies; }
    QString localizedValue(const QString &key, const QString &language) const;

    State state() const { return m_state; }
    static QString stateName(State state);
    bool hasError() const { return m_state == State::Failed || m_state == State::Invalid; }
    QString errorString() const { return m_errorString; }

    // True when this module can stand in for a dependency asking for
    // `version`: compatVersion <= version <= this version.
    bool provides(const QString &id, const QString &version) const;
    static int compareVersions(const QString &a, const QString &b);
    static bool isValidVersion(const QString &version);

    IModule *instance() const { return m_instance; }

    void setState(State state) { m_state = state; }
    void fail(const QString &errorString);
    void invalidate(const QString &errorString);
    void setInstance(IModule *instance, QPluginLoader *loader);
    QPluginLoader *loader() const { return m_loader.get(); }

private:
    QString m_id;
    QString m_name;
    QString m_version;
    QString m_compatVersion;
    QString m_description;
    QString m_iconPath;
    int m_order = 1000;
    QString m_filePath;
    QJsonObject m_metaData;
    QList<ModuleDependency> m_dependencies;
    State m_state = State::Invalid;
    QString m_errorString;
    IModule *m_instance = nullptr;
    std::unique_ptr<QPluginLoader> m_loader;
};

} // namespace Backroom
