#include "extensionregistries.h"
#include "imodule.h"
#include "importercontribution.h"
#include "modulecontext.h"
#include "modulespec.h"

#include <catch2/catch.hpp>

#include <QJsonObject>

using namespace Backroom;

namespace {
std::unique_ptr<ModuleSpec> specFor(const QString &id)
{
    const QJsonObject manifest{{QStringLiteral("id"), id},
                               {QStringLiteral("name"), id},
                               {QStringLiteral("version"), QStringLiteral("1.0")}};
    return ModuleSpec::fromPluginMetaData(
        QJsonObject{{QStringLiteral("IID"), QStringLiteral(BACKROOM_MODULE_IID)}, {QStringLiteral("MetaData"), manifest}}, {});
}

PageContribution page(const QString &id)
{
    PageContribution p;
    p.id = id;
    p.create = [](CompanySession *, QWidget *) -> QWidget * { return nullptr; };
    return p;
}
} // namespace

TEST_CASE("Registries keep ids unique and know who contributed what", "[registry]")
{
    ExtensionRegistries registries;
    auto finance = specFor(QStringLiteral("finance"));
    auto hr = specFor(QStringLiteral("hr"));
    ModuleContext financeContext(*finance, registries);
    ModuleContext hrContext(*hr, registries);

    financeContext.addPage(page(QStringLiteral("finance/vouchers")));
    financeContext.addPage(page(QStringLiteral("finance/ledger")));
    hrContext.addPage(page(QStringLiteral("finance/vouchers")));
    CHECK(financeContext.errors().isEmpty());
    REQUIRE(hrContext.errors().size() == 1);
    CHECK(hrContext.errors().constFirst().contains(QStringLiteral("already registered by module 'finance'")));
    CHECK(registries.pages.size() == 2);
    CHECK(registries.pages.entry(QStringLiteral("finance/vouchers"))->moduleId == QStringLiteral("finance"));

    PageContribution noFactory;
    noFactory.id = QStringLiteral("hr/none");
    hrContext.addPage(noFactory);
    CHECK(hrContext.errors().size() == 2);

    registries.removeModule(QStringLiteral("finance"));
    CHECK(registries.pages.size() == 0);
}

TEST_CASE("Schema steps are numbered consecutively from 1", "[registry]")
{
    ExtensionRegistries registries;
    auto finance = specFor(QStringLiteral("finance"));
    ModuleContext context(*finance, registries);
    auto noop = [](Database &, QString *) { return true; };
    context.addSchemaStep(1, QStringLiteral("accounts"), noop);
    context.addSchemaStep(2, QStringLiteral("vouchers"), noop);
    CHECK(context.errors().isEmpty());
    context.addSchemaStep(4, QStringLiteral("gap"), noop);
    context.addSchemaStep(2, QStringLiteral("again"), noop);
    context.addSchemaStep(0, QStringLiteral("zero"), noop);
    CHECK(context.errors().size() == 3);
    CHECK(registries.latestSchemaVersion(QStringLiteral("finance")) == 2);
    const QList<SchemaStep> steps = registries.schemaStepsOf(QStringLiteral("finance"));
    REQUIRE(steps.size() == 2);
    CHECK(steps.at(0).id == QStringLiteral("finance:1"));
    CHECK(steps.at(1).description == QStringLiteral("vouchers"));
}

TEST_CASE("An importer reads either the CSV or the file with its settings", "[registry]")
{
    ExtensionRegistries registries;
    auto finance = specFor(QStringLiteral("finance"));
    ModuleContext context(*finance, registries);
    const auto readsCsv = [](Records &, const CsvReader &, const ImporterContribution::Options &) {
        return RecordImporter::Result();
    };
    const auto readsFile = [](Records &, const ImporterContribution::FileRequest &) {
        return ImporterContribution::FileOutcome();
    };
    context.addImporter({QStringLiteral("finance.voucher"), readsCsv, {}, {}});
    context.addImporter({QStringLiteral("finance.bank_statement"), {}, {QStringLiteral("account")}, readsFile});
    CHECK(context.errors().isEmpty());
    CHECK(registries.importers.size() == 2);
    REQUIRE(registries.importers.find(QStringLiteral("finance.bank_statement")));
    CHECK(registries.importers.find(QStringLiteral("finance.bank_statement"))->settings
          == QStringList{QStringLiteral("account")});

    context.addImporter({QStringLiteral("finance.both"), readsCsv, {}, readsFile});
    context.addImporter({QStringLiteral("finance.neither"), {}, {}, {}});
    context.addImporter({QStringLiteral("finance.settings_without_file"), readsCsv, {QStringLiteral("account")}, {}});
    context.addImporter({QStringLiteral("hr.employee"), readsCsv, {}, {}});
    REQUIRE(context.errors().size() == 4);
    CHECK(context.errors().at(0).contains(QStringLiteral("either the CSV")));
    CHECK(context.errors().at(3).contains(QStringLiteral("must be for an entity of 'finance'")));
    CHECK(registries.importers.size() == 2);
}
