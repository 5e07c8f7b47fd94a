#include "extensionregistries.h"
#include "modulemanager.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using Backroom::ExtensionRegistries;
using Backroom::ModuleManager;
using Backroom::ModuleSpec;

namespace {

// A spec from in-memory metadata: id, version, and "dep" or "dep?" (optional)
// with an optional "@version".
std::unique_ptr<ModuleSpec> spec(const QString &id, const QStringList &dependencies = {},
                                 const QString &version = QStringLiteral("1.0.0"))
{
    QJsonArray deps;
    for (QString dependency : dependencies) {
        const bool optional = dependency.endsWith(QLatin1Char('?'));
        if (optional)
            dependency.chop(1);
        const QString depVersion = dependency.contains(QLatin1Char('@')) ? dependency.section(QLatin1Char('@'), 1)
                                                                          : QStringLiteral("1.0");
        deps.append(QJsonObject{{QStringLiteral("id"), dependency.section(QLatin1Char('@'), 0, 0)},
                                {QStringLiteral("version"), depVersion},
                                {QStringLiteral("type"), optional ? QStringLiteral("optional") : QStringLiteral("required")}});
    }
    const QJsonObject manifest{{QStringLiteral("id"), id},
                               {QStringLiteral("name"), id},
                               {QStringLiteral("version"), version},
                               {QStringLiteral("dependencies"), deps}};
    return ModuleSpec::fromPluginMetaData(
        QJsonObject{{QStringLiteral("IID"), QStringLiteral("org.backroom.Module/1")}, {QStringLiteral("MetaData"), manifest}},
        QStringLiteral("/memory/%1").arg(id));
}

QStringList ids(const QList<ModuleSpec *> &specs, bool validOnly = true)
{
    QStringList result;
    for (ModuleSpec *s : specs)
        if (!validOnly || !s->hasError())
            result.append(s->id());
    return result;
}

} // namespace

TEST_CASE("Modules are ordered with dependencies first", "[modulemanager]")
{
    ExtensionRegistries registries;
    ModuleManager manager(registries);
    manager.setModulePaths({});
    manager.addSpec(spec(QStringLiteral("payroll"), {QStringLiteral("hr"), QStringLiteral("finance")}));
    manager.addSpec(spec(QStringLiteral("hr"), {QStringLiteral("finance?")}));
    manager.addSpec(spec(QStringLiteral("finance")));
    manager.resolve();
    CHECK(ids(manager.loadOrder()) == QStringList{QStringLiteral("finance"), QStringLiteral("hr"), QStringLiteral("payroll")});
    for (ModuleSpec *s : manager.loadOrder())
        CHECK(s->state() == ModuleSpec::State::Resolved);
}

TEST_CASE("A dependency cycle is named in full and spares the others", "[modulemanager]")
{
    ExtensionRegistries registries;
    ModuleManager manager(registries);
    manager.setModulePaths({});
    manager.addSpec(spec(QStringLiteral("a"), {QStringLiteral("b")}));
    manager.addSpec(spec(QStringLiteral("b"), {QStringLiteral("c")}));
    manager.addSpec(spec(QStringLiteral("c"), {QStringLiteral("a")}));
    manager.addSpec(spec(QStringLiteral("d"), {QStringLiteral("a")}));
    manager.addSpec(spec(QStringLiteral("e")));
    manager.resolve();
    for (const char *id : {"a", "b", "c"}) {
        ModuleSpec *s = manager.module(QString::fromLatin1(id));
        REQUIRE(s->state() == ModuleSpec::State::Failed);
        CHECK(s->errorString() == QStringLiteral("Circular dependency: a → b → c → a."));
    }
    ModuleSpec *d = manager.module(QStringLiteral("d"));
    CHECK(d->state() == ModuleSpec::State::Failed);
    CHECK(d->errorString().startsWith(QStringLiteral("\"d\" requires \"a\", which cannot be used: Circular dependency")));
    CHECK(manager.module(QStringLiteral("e"))->state() == ModuleSpec::State::Resolved);
}

TEST_CASE("Missing and incompatible dependencies are reported in words", "[modulemanager]")
{
    ExtensionRegistries registries;
    ModuleManager manager(registries);
    manager.setModulePaths({});
    manager.addSpec(spec(QStringLiteral("finance"), {}, QStringLiteral("1.5.0")));
    manager.addSpec(spec(QStringLiteral("hr"), {QStringLiteral("payroll")}));
    manager.addSpec(spec(QStringLiteral("stores"), {QStringLiteral("finance@2.0")}));
    manager.addSpec(spec(QStringLiteral("crm"), {QStringLiteral("nowhere?"), QStringLiteral("finance@9.0?")}));
    manager.addSpec(spec(QStringLiteral("bonus"), {QStringLiteral("hr")}));
    manager.resolve();
    CHECK(manager.module(QStringLiteral("hr"))->errorString()
          == QStringLiteral("\"hr\" requires \"payroll\" (version 1.0), which is not installed."));
    CHECK(manager.module(QStringLiteral("stores"))->errorString()
          == QStringLiteral("\"stores\" requires \"finance\" version 2.0, but the installed \"finance\" is version "
                            "1.5.0 (compatible back to 1.5.0)."));
    CHECK(manager.module(QStringLiteral("bonus"))->errorString()
          == QStringLiteral("\"bonus\" requires \"hr\", which cannot be used: \"hr\" requires \"payroll\" (version "
                            "1.0), which is not installed."));
    // Optional dependencies that are absent or incompatible do not matter.
    CHECK(manager.module(QStringLiteral("crm"))->state() == ModuleSpec::State::Resolved);
    CHECK(manager.module(QStringLiteral("finance"))->state() == ModuleSpec::State::Resolved);
}

TEST_CASE("Two modules with one id: the second is refused", "[modulemanager]")
{
    ExtensionRegistries registries;
    ModuleManager manager(registries);
    manager.setModulePaths({});
    manager.addSpec(spec(QStringLiteral("finance")));
    ModuleSpec *second = manager.addSpec(spec(QStringLiteral("finance")));
    CHECK(second->state() == ModuleSpec::State::Invalid);
    CHECK(second->errorString().contains(QStringLiteral("already installed")));
}

TEST_CASE("Fixture plugins: good ones run, broken ones fail with their reason", "[modulemanager][fixtures]")
{
    QTemporaryDir scratch;
    const QString logPath = scratch.filePath(QStringLiteral("lifecycle.log"));
    qputenv("BACKROOM_FIXTURE_LOG", QFile::encodeName(logPath));

    ExtensionRegistries registries;
    {
        ModuleManager manager(registries);
        manager.setModulePaths({QStringLiteral(BACKROOM_FIXTURE_MODULE_DIR)});
        manager.readModules();
        manager.loadModules();

        auto byFile = [&](const QString &fragment) -> ModuleSpec * {
            for (ModuleSpec *s : manager.modules())
                if (s->filePath().contains(fragment))
                    return s;
            return nullptr;
        };
        auto state = [&](const char *id) { return manager.module(QString::fromLatin1(id))->state(); };
        auto error = [&](const char *id) { return manager.module(QString::fromLatin1(id))->errorString(); };

        CHECK(state("good") == ModuleSpec::State::Running);
        CHECK(state("dependent") == ModuleSpec::State::Running);

        ModuleSpec *notAPlugin = byFile(QStringLiteral("fixture-notaplugin"));
        REQUIRE(notAPlugin);
        CHECK(notAPlugin->state() == ModuleSpec::State::Invalid);
        CHECK(notAPlugin->errorString().contains(QStringLiteral("no plugin manifest")));

        ModuleSpec *wrongIid = byFile(QStringLiteral("fixture-wrongiid"));
        REQUIRE(wrongIid);
        CHECK(wrongIid->state() == ModuleSpec::State::Invalid);
        CHECK(wrongIid->errorString().contains(QStringLiteral("org.example.NotBackroom/1")));

        ModuleSpec *badManifest = byFile(QStringLiteral("fixture-badmanifest"));
        REQUIRE(badManifest);
        CHECK(badManifest->state() == ModuleSpec::State::Invalid);
        CHECK(badManifest->errorString().contains(QStringLiteral("not a list")));

        ModuleSpec *noId = byFile(QStringLiteral("fixture-noid"));
        REQUIRE(noId);
        CHECK(noId->state() == ModuleSpec::State::Invalid);

        ModuleSpec *badJson = byFile(QStringLiteral("fixture-badjson"));
        REQUIRE(badJson);
        CHECK(badJson->state() == ModuleSpec::State::Invalid);
        CHECK(badJson->errorString().contains(QStringLiteral("no plugin manifest")));

        CHECK(error("cyclea") == QStringLiteral("Circular dependency: cyclea → cycleb → cyclea."));
        CHECK(error("cycleb") == QStringLiteral("Circular dependency: cyclea → cycleb → cyclea."));
        CHECK(error("missingdep") == QStringLiteral("\"missingdep\" requires \"nowhere\" (version 1.0), which is not installed."));
        CHECK(error("incompatible").contains(QStringLiteral("requires \"good\" version 2.0")));
        CHECK(state("failinit") == ModuleSpec::State::Failed);
        CHECK(error("failinit") == QStringLiteral("The module \"failinit\" failed to initialize: the fixture refuses to start"));
        CHECK(state("needsfailinit") == ModuleSpec::State::Failed);
        CHECK(error("needsfailinit").contains(QStringLiteral("requires \"failinit\", which failed to start")));

        // What the failed module registered before failing is withdrawn;
        // what the good ones registered stays.
        CHECK(registries.pages.contains(QStringLiteral("good/main")));
        CHECK(registries.pages.contains(QStringLiteral("dependent/main")));
        CHECK_FALSE(registries.pages.contains(QStringLiteral("failinit/main")));
        CHECK(registries.latestSchemaVersion(QStringLiteral("good")) == 1);
        CHECK(registries.latestSchemaVersion(QStringLiteral("failinit")) == 0);
        CHECK(manager.hasFailures());
        manager.shutdown();
    }
    qunsetenv("BACKROOM_FIXTURE_LOG");

    QFile log(logPath);
    REQUIRE(log.open(QIODevice::ReadOnly));
    QStringList events = QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // Only modules whose dependencies are satisfied start; initialize in
    // dependency order, the other two phases in reverse.
    auto position = [&](const char *event) { return events.indexOf(QString::fromLatin1(event)); };
    REQUIRE(position("good:initialize") >= 0);
    CHECK(position("good:initialize") < position("dependent:initialize"));
    CHECK(position("dependent:extensionsInitialized") < position("good:extensionsInitialized"));
    CHECK(position("dependent:aboutToShutdown") < position("good:aboutToShutdown"));
    CHECK(position("failinit:initialize") >= 0);
    CHECK(position("failinit:extensionsInitialized") == -1);
    CHECK(position("failinit:aboutToShutdown") == -1);
    CHECK(position("needsfailinit:initialize") == -1);
    CHECK(position("cyclea:initialize") == -1);
}
