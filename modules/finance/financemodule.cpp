#include "financemodule.h"

#include "accountchart.h"
#include "bankentities.h"
#include "bankreconciliationpage.h"
#include "bankstatementcommand.h"
#include "budgetpage.h"
#include "financechecks.h"
#include "financedemo.h"
#include "financeentities.h"
#include "financeoverview.h"
#include "financereports.h"
#include "companysession.h"
#include "financeschema.h"
#include "invoiceedit.h"
#include "paymentedit.h"
#include "receivablesentities.h"
#include "modulecontext.h"
#include "modulespec.h"
#include "openingbalancespage.h"
#include "periodspage.h"
#include "vouchertemplates.h"
#include "voucheredit.h"
#include "voucherimport.h"
#include "accountimport.h"
#include "ledgerjournal.h"
#include "voucherpostingservice.h"
#include "voucherprint.h"

namespace Backroom::Finance {

bool FinanceModule::initialize(ModuleContext &context, QString *)
{
    // The voucher prints with data of its own (VoucherPrint) through every
    // print path; its templates are the library's resources.
    for (const Entity &entity : FinanceEntities::declarations())
        context.addEntity(VoucherPrint::withDocumentData(entity));
    for (const SchemaStep &step : FinanceSchema::steps())
        context.addSchemaStep(step.version, step.description, step.apply, step.phase);
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
    // Receivables and payables: invoices and bills on their own screen
    // (lines, tax, totals, Post), receipts and payments with their
    // allocation to open items; both post through the posting service.
    const ExtensionRegistries *registries = &context.registries();
    int order = 11;
    for (const ReceivablesEntities::Side &side : ReceivablesEntities::sides()) {
        const ReceivablesEntities::Direction direction = side.direction;
        context.addEntityPage(side.invoice, order++);
        context.addEntityView({side.invoice, {}, [registries, direction](Records &records, QWidget *parent) -> RecordEditor * {
                                   return new InvoiceEdit(records, VoucherPosting(*registries), direction, parent);
                               }});
        context.addEntityPage(side.payment, order++);
        context.addEntityView({side.payment, {}, [registries, direction](Records &records, QWidget *parent) -> RecordEditor * {
                                   return new PaymentEdit(records, VoucherPosting(*registries), direction, parent);
                               }});
    }
    // 常用凭证: the templates the voucher screen keeps, listed to rename or
    // delete (the generic list and form).
    context.addEntityPage(VoucherTemplates::entity(), 19);
    context.addEntityPage(FinanceEntities::account(), 20);
    // 外币核算: the currencies and their rates, beside the chart whose
    // accounts are kept in them (the generic list and form).
    context.addEntityPage(FinanceEntities::currency(), 21);
    context.addEntityPage(FinanceEntities::exchangeRate(), 22);
    PageContribution opening;
    opening.id = QStringLiteral("finance/opening");
    opening.order = 30;
    opening.title = [] { return OpeningBalancesPage::tr("Opening balances"); };
    opening.create = [](CompanySession *session, QWidget *parent) -> QWidget * {
        return session ? new OpeningBalancesPage(session->records(), parent) : nullptr;
    };
    context.addPage(std::move(opening));
    PageContribution periods;
    periods.id = QStringLiteral("finance/periods");
    periods.order = 40;
    periods.title = [] { return PeriodsPage::tr("Period close"); };
    periods.create = [](CompanySession *session, QWidget *parent) -> QWidget * {
        return session ? new PeriodsPage(session->records(), parent) : nullptr;
    };
    context.addPage(std::move(periods));
    // The cashier's bank reconciliation (银行对账): statements, matching,
    // the reconciliation statement.
    PageContribution bank;
    bank.id = QStringLiteral("finance/bank");
    bank.order = 35;
    bank.title = [] { return BankReconciliationPage::tr("Bank reconciliation"); };
    bank.create = [](CompanySession *session, QWidget *parent) -> QWidget * {
        return session ? new BankReconciliationPage(session->records(), parent) : nullptr;
    };
    context.addPage(std::move(bank));
    PageContribution budgets;
    budgets.id = QStringLiteral("finance/budgets");
    budgets.order = 50;
    budgets.title = [] { return BudgetPage::tr("Budgets"); };
    budgets.create = [](CompanySession *session, QWidget *parent) -> QWidget * {
        return session ? new BudgetPage(session->records(), parent) : nullptr;
    };
    context.addPage(std::move(budgets));
    for (ReportDefinition report : FinanceReports::declarations())
        context.addReport(std::move(report));
    context.addImporter({FinanceEntities::voucher(), &VoucherImport::run, {}, {}});
    context.addImporter({FinanceEntities::account(), &AccountImport::run, {}, {}});
    // A statement belongs to the bank account named on the command line.
    context.addImporter({BankEntities::statement(), {}, BankStatementCommand::settings(), &BankStatementCommand::run});
    context.addExporter({{}, FinanceEntities::voucher(), QStringLiteral("ledger"), &LedgerJournal::write});
    // Other modules make their vouchers through this (VoucherPosting).
    context.addVoucherPosting(VoucherPostingService::contribution());
    for (VerifierContribution verifier : FinanceChecks::verifiers())
        context.addVerifier(std::move(verifier));
    const Registry<Entity> *entities = &context.registries().entities;
    context.addCompanyChoice(AccountChart::companyChoice());
    context.addCompanySetup([entities](Database &db, const QString &language, QString *error) {
        return FinanceDemo::setUpCompany(db, *entities, language, error);
    });
    context.addDemoData([entities](Database &db, const QString &language, QString *error) {
        return FinanceDemo::populate(db, *entities, language, error);
    });
    return true;
}

} // namespace Backroom::Finance
