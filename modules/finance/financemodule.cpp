#include "financemodule.h"

#include "financechecks.h"
#include "financedemo.h"
#include "financeentities.h"
#include "financeoverview.h"
#include "financereports.h"
#include "financeschema.h"
#include "modulecontext.h"
#include "modulespec.h"
#include "voucheredit.h"

namespace Backroom::Finance {

bool FinanceModule::initialize(ModuleContext &context, QString *)
{
    for (const Entity &entity : FinanceEntities::declarations())
        context.addEntity(entity);
    context.addSchemaStep(1, QStringLiteral("guards: posted vouchers are final, balanced and numbered"),
                          &FinanceSchema::installGuards, SchemaStep::Phase::AfterTables);
    PageContribution overview;
    overview.id = QStringLiteral("finance/overview");
    overview.title = [] { return QCoreApplication::translate("Backroom::DepartmentModule", "Overview"); };
    const ModuleSpec *spec = &context.spec();
    overview.create = [spec](CompanySession *session, QWidget *parent) -> QWidget * {
        return new FinanceOverview(session, spec->displayName(), spec->iconPath(), parent);
    };
    context.addPage(std::move(overview));
    context.addEntityPage(FinanceEntities::voucher(), 10);
    // Vouchers are entered on their own keyboard-first screen (记账凭证录入);
    // the list stays the generic one.
    context.addEntityView({FinanceEntities::voucher(), {}, [](Records &records, QWidget *parent) -> RecordEditor * {
                               return new VoucherEdit(records, parent);
                           }});
    context.addEntityPage(FinanceEntities::account(), 20);
    for (ReportDefinition report : FinanceReports::declarations())
        context.addReport(std::move(report));
    for (VerifierContribution verifier : FinanceChecks::verifiers())
        context.addVerifier(std::move(verifier));
    const Registry<Entity> *entities = &context.registries().entities;
    context.addCompanySetup([entities](Database &db, const QString &language, QString *error) {
        return FinanceDemo::setUpCompany(db, *entities, language, error);
    });
    context.addDemoData([entities](Database &db, const QString &language, QString *error) {
        return FinanceDemo::populate(db, *entities, language, error);
    });
    return true;
}

} // namespace Backroom::Finance
