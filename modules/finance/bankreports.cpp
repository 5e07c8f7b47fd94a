#include "bankreports.h"

#include "bankentities.h"
#include "bankreconciliation.h"
#include "financeentities.h"
#include "records.h"
#include "reportcontext.h"

namespace Backroom::Finance {

namespace {

using Column = ReportDefinition::Column;
using Parameter = ReportDefinition::Parameter;

bool run(ReportContext &context, QString *errorString)
{
    Records &records = context.records();
    if (!records.check(QStringLiteral("read"), BankEntities::statement(), errorString)
        || !records.check(QStringLiteral("read"), FinanceEntities::voucher(), errorString))
        return false;
    qint64 statement = context.parameter(QStringLiteral("statement")).toLongLong();
    if (!statement)
        statement = BankReconciliation::latestStatement(context.database(),
                                                        context.parameter(QStringLiteral("account")).toLongLong());
    if (!statement) {
        if (errorString)
            *errorString = BankReports::tr("There is no bank statement to reconcile with: import one first.");
        return false;
    }
    const std::optional<BankReconciliation> r = BankReconciliation::compute(context.database(), statement, errorString);
    if (!r)
        return false;
    using Item = BankReconciliation::Item;
    const auto heading = [&](const QString &text, qint64 amount) {
        return context.addRow({text, r->asOf, QString(), QString(), amount});
    };
    const auto section = [&](const QString &text, const QList<Item> &items) {
        if (!context.addRow({text, QVariant(), QString(), QString(), BankReconciliation::total(items)}))
            return false;
        for (const Item &item : items)
            if (!context.addRow({QString(), item.date, item.document, item.summary, item.amount},
                                item.bank ? BankEntities::statementLine() : FinanceEntities::voucher(), item.id))
                return false;
        return true;
    };
    const QString indent = QStringLiteral("    ");
    // Which account and statement, whichever way they were chosen.
    const QString title = records.displayName(BankEntities::statement(), statement);
    return context.addRow({BankReports::tr("Bank account"), QVariant(), QString(),
                           r->accountText + QStringLiteral(" · ") + title.section(QLatin1Char(' '), 1), QVariant()},
                          BankEntities::statement(), statement)
           && heading(BankReports::tr("Balance per books"), r->bookBalance)
           && section(indent + BankReports::tr("Add: received by the bank, not yet in the books"),
                      r->bankReceived)
           && section(indent + BankReports::tr("Less: paid by the bank, not yet in the books"),
                      r->bankPaid)
           && heading(BankReports::tr("Adjusted balance per books"), r->adjustedBook())
           && heading(BankReports::tr("Balance per bank statement"), r->bankBalance)
           && section(indent + BankReports::tr("Add: received in the books, not yet by the bank"),
                      r->bookReceived)
           && section(indent + BankReports::tr("Less: paid in the books, not yet by the bank"),
                      r->bookPaid)
           && heading(BankReports::tr("Adjusted balance per bank"), r->adjustedBank())
           && context.addRow({r->agrees() ? BankReports::tr("Difference: none, the balances agree")
                                          : BankReports::tr("Difference: the balances do not agree"),
                              QVariant(), QString(), QString(), r->adjustedBook() - r->adjustedBank()});
}

} // namespace

QList<ReportDefinition> BankReports::declarations()
{
    ReportDefinition report(reconciliation(), [] { return tr("Bank reconciliation statement"); });
    report
        .description([] {
            return tr("The books' and the bank's balance of a bank account on a statement's date, the items one has "
                      "and the other not yet, and the two adjusted balances, which agree (银行存款余额调节表).");
        })
        .addParameter(Parameter::reference(QStringLiteral("statement"), [] { return tr("Bank statement"); },
                                           BankEntities::statement()))
        .addParameter(Parameter::reference(QStringLiteral("account"), [] { return tr("Bank account"); },
                                           FinanceEntities::account()))
        .addColumn(Column::text(QStringLiteral("item"), [] { return tr("Item"); }))
        .addColumn(Column::date(QStringLiteral("date"), [] { return tr("Date"); }))
        .addColumn(Column::text(QStringLiteral("document"), [] { return tr("Reference"); }))
        .addColumn(Column::text(QStringLiteral("summary"), [] { return tr("Summary"); }))
        .addColumn(Column::money(QStringLiteral("amount"), [] { return tr("Amount"); }, Column::Total::None))
        .grandTotal(false)
        .query(run);
    return {report};
}

} // namespace Backroom::Finance
