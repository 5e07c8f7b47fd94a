#include "budgetentities.h"

#include "financeentities.h"
#include "workflow.h"

#include <QLocale>

namespace Backroom::Finance {

QString BudgetEntities::monthField(int month)
{
    return QStringLiteral("m%1").arg(month, 2, 10, QLatin1Char('0'));
}

QList<Entity> BudgetEntities::declarations()
{
    // Approving freezes the figures the report compares with; taking the
    // approval back (to correct them) is its own step, also audited.
    Workflow flow;
    flow.state(draft(), [] { return tr("Draft"); }, true, Workflow::Tone::Neutral)
        .state(approved(), [] { return tr("Approved"); }, false, Workflow::Tone::Success);
    flow.addTransition({QStringLiteral("approve"), [] { return tr("Approve"); }, {draft()}, approved(),
                        QStringLiteral("approve"), {}, false, Workflow::Comment::None});
    flow.addTransition({QStringLiteral("reopen"), [] { return tr("Back to Draft"); }, {approved()}, draft(),
                        QStringLiteral("approve"), {}, false, Workflow::Comment::Optional});

    Entity budget(BudgetEntities::budget(), [] { return tr("Budget"); }, [] { return tr("Budgets"); });
    budget.add(Field::text(QStringLiteral("name"), [] { return tr("Name"); }, 100).required().searchable())
        .add(Field::integer(QStringLiteral("year"), [] { return tr("Year"); }).required().range(1900, 9999))
        .add(Field::reference(QStringLiteral("department"), [] { return tr("Department"); },
                              QStringLiteral("core.department"))
                 .help([] { return tr("Empty for the whole company; a department's budget is compared with the "
                                      "postings that name the department."); }))
        .add(Field::money(QStringLiteral("total"), [] { return tr("Total"); }).readOnly())
        .add(Field::text(QStringLiteral("notes"), [] { return tr("Notes"); }, 200))
        .add(Field::childLines(QStringLiteral("lines"), [] { return tr("Lines"); }, budgetLine(), QStringLiteral("budget"))
                 .orderedBy(QStringLiteral("line_no")))
        .displayField(QStringLiteral("name"))
        .archivable(false)
        .workflow(flow);

    Entity line(budgetLine(), [] { return tr("Budget line"); }, [] { return tr("Budget lines"); });
    line.add(Field::reference(QStringLiteral("budget"), [] { return tr("Budget"); }, BudgetEntities::budget()).required())
        .add(Field::integer(QStringLiteral("line_no"), [] { return tr("Line"); }))
        .add(Field::reference(QStringLiteral("account"), [] { return tr("Account"); }, FinanceEntities::account())
                 .required());
    for (int month = 1; month <= 12; ++month)
        line.add(Field::money(monthField(month), [month] {
                     return QLocale().monthName(month, QLocale::ShortFormat);
                 }).defaultValue(0));
    line.add(Field::money(QStringLiteral("total"), [] { return tr("Total"); }).readOnly())
        .displayField(QStringLiteral("account"))
        .archivable(false);
    return {budget, line};
}

} // namespace Backroom::Finance
