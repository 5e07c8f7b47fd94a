#include "localization.h"
#include "modulespec.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonObject>

using Backroom::ModuleSpec;

namespace {
QJsonObject pluginMeta(const QJsonObject &manifest, const QString &iid = QStringLiteral("org.backroom.Module/1"))
{
    return QJsonObject{{QStringLiteral("IID"), iid}, {QStringLiteral("MetaData"), manifest}};
}

QJsonObject manifest()
{
    return QJsonObject{{QStringLiteral("id"), QStringLiteral("finance")},
                       {QStringLiteral("name"), QStringLiteral("Finance")},
                       {QStringLiteral("name[zh_CN]"), QStringLiteral("财务")},
                       {QStringLiteral("version"), QStringLiteral("1.2.0")},
                       {QStringLiteral("compatVersion"), QStringLiteral("1.0.0")},
                       {QStringLiteral("description"), QStringLiteral("Books")},
                       {QStringLiteral("dependencies"),
                        QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("core")},
                                               {QStringLiteral("version"), QStringLiteral("1.0")}},
                                   QJsonObject{{QStringLiteral("id"), QStringLiteral("hr")},
                                               {QStringLiteral("version"), QStringLiteral("0.5")},
                                               {QStringLiteral("type"), QStringLiteral("optional")}}}}};
}
} // namespace

TEST_CASE("A valid manifest is read with its dependencies", "[modulespec]")
{
    auto spec = ModuleSpec::fromPluginMetaData(pluginMeta(manifest()), QStringLiteral("/x/finance.so"));
    REQUIRE(spec->state() == ModuleSpec::State::Read);
    CHECK(spec->id() == QStringLiteral("finance"));
    CHECK(spec->version() == QStringLiteral("1.2.0"));
    CHECK(spec->compatVersion() == QStringLiteral("1.0.0"));
    REQUIRE(spec->dependencies().size() == 2);
    CHECK(spec->dependencies().at(0).id == QStringLiteral("core"));
    CHECK(spec->dependencies().at(0).kind == Backroom::ModuleDependency::Kind::Required);
    CHECK(spec->dependencies().at(1).kind == Backroom::ModuleDependency::Kind::Optional);
    CHECK(spec->localizedValue(QStringLiteral("name"), QStringLiteral("zh_CN")) == QStringLiteral("财务"));
    CHECK(spec->localizedValue(QStringLiteral("name"), QStringLiteral("en")) == QStringLiteral("Finance"));
    CHECK(spec->localizedValue(QStringLiteral("description"), QStringLiteral("zh_CN")) == QStringLiteral("Books"));
}

TEST_CASE("Bad manifests are refused with a reason", "[modulespec]")
{
    SECTION("wrong interface id")
    {
        auto spec = ModuleSpec::fromPluginMetaData(pluginMeta(manifest(), QStringLiteral("org.example.Other")), {});
        CHECK(spec->state() == ModuleSpec::State::Invalid);
        CHECK(spec->errorString().contains(QStringLiteral("org.example.Other")));
    }
    SECTION("missing id")
    {
        QJsonObject m = manifest();
        m.remove(QStringLiteral("id"));
        auto spec = ModuleSpec::fromPluginMetaData(pluginMeta(m), {});
        CHECK(spec->state() == ModuleSpec::State::Invalid);
        CHECK(spec->errorString().contains(QStringLiteral("\"id\"")));
    }
    SECTION("bad version")
    {
        QJsonObject m = manifest();
        m.insert(QStringLiteral("version"), QStringLiteral("one"));
        auto spec = ModuleSpec::fromPluginMetaData(pluginMeta(m), {});
        CHECK(spec->state() == ModuleSpec::State::Invalid);
        CHECK(spec->errorString().contains(QStringLiteral("version")));
    }
    SECTION("compatVersion newer than version")
    {
        QJsonObject m = manifest();
        m.insert(QStringLiteral("compatVersion"), QStringLiteral("2.0"));
        CHECK(ModuleSpec::fromPluginMetaData(pluginMeta(m), {})->state() == ModuleSpec::State::Invalid);
    }
    SECTION("dependencies not a list")
    {
        QJsonObject m = manifest();
        m.insert(QStringLiteral("dependencies"), QStringLiteral("core"));
        CHECK(ModuleSpec::fromPluginMetaData(pluginMeta(m), {})->state() == ModuleSpec::State::Invalid);
    }
    SECTION("dependency of an unknown type")
    {
        QJsonObject m = manifest();
        m.insert(QStringLiteral("dependencies"),
                 QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("core")},
                                        {QStringLiteral("version"), QStringLiteral("1.0")},
                                        {QStringLiteral("type"), QStringLiteral("sometimes")}}});
        CHECK(ModuleSpec::fromPluginMetaData(pluginMeta(m), {})->state() == ModuleSpec::State::Invalid);
    }
    SECTION("no manifest at all")
    {
        QJsonObject meta{{QStringLiteral("IID"), QStringLiteral("org.backroom.Module/1")}};
        CHECK(ModuleSpec::fromPluginMetaData(meta, {})->state() == ModuleSpec::State::Invalid);
    }
}

TEST_CASE("Versions compare numerically and compatibility is a range", "[modulespec]")
{
    CHECK(ModuleSpec::compareVersions(QStringLiteral("1.10"), QStringLiteral("1.9")) == 1);
    CHECK(ModuleSpec::compareVersions(QStringLiteral("1.0"), QStringLiteral("1.0.0")) == 0);
    CHECK(ModuleSpec::compareVersions(QStringLiteral("0.9.9"), QStringLiteral("1")) == -1);
    CHECK_FALSE(ModuleSpec::isValidVersion(QStringLiteral("1.x")));
    CHECK_FALSE(ModuleSpec::isValidVersion(QString()));

    auto spec = ModuleSpec::fromPluginMetaData(pluginMeta(manifest()), {});
    CHECK(spec->provides(QStringLiteral("finance"), QStringLiteral("1.0")));
    CHECK(spec->provides(QStringLiteral("finance"), QStringLiteral("1.2.0")));
    CHECK_FALSE(spec->provides(QStringLiteral("finance"), QStringLiteral("1.3")));
    CHECK_FALSE(spec->provides(QStringLiteral("finance"), QStringLiteral("0.9")));
    CHECK_FALSE(spec->provides(QStringLiteral("hr"), QStringLiteral("1.0")));
}
