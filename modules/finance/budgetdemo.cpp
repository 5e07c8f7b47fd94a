#include "budgetdemo.h"

#include "accountchart.h"
#include "audithook.h"
#include "budgetbook.h"
#include "budgetentities.h"
#include "database.h"
#include "records.h"

#include <QDate>

namespace Backroom::Finance {

bool BudgetDemo::populate(Database &db, const Registry<Entity> &entities, const QString &language, QString *errorString)
{
    const bool chinese = language.startsWith(QLatin1String("zh"));
    Records manager(db, entities, chinese ? QStringLiteral("王芳") : QStringLiteral("Wang Fang"));
    AuditHook audit;
    manager.addHook(&audit);
    // Sales, sales salaries, office supplies and utilities, as the chart
    // the company got names them, on the scale of the demo's invoices.
    struct Line { const char *cn, *generic; qint64 annual; };
    const Line lines[] = {
        {"5001", "5001", 96'000'00}, {"560101", "5601", 36'000'00}, {"560201", "5605", 2'400'00},
        {"560207", "5604", 6'000'00},
    };
    const bool chineseChart = AccountChart::templateOf(db, language) == QLatin1String("cn-small-enterprise");
    const int year = QDate::currentDate().year();
    Budget budget;
    budget.year = year;
    budget.name = chinese ? QStringLiteral("%1年度预算").arg(year) : QStringLiteral("Budget %1").arg(year);
    for (const Line &line : lines) {
        const qint64 account = db.scalar(QStringLiteral("SELECT id FROM finance_account WHERE code = ?"),
                                         {QString::fromLatin1(chineseChart ? line.cn : line.generic)})
                                   .value_or(QVariant())
                                   .toLongLong();
        if (!account)
            continue;
        BudgetLine budgetLine;
        budgetLine.account = account;
        budgetLine.fillEvenly(line.annual);
        budget.lines.append(budgetLine);
    }
    BudgetBook book(manager);
    Records::Result saved = book.save(budget);
    if (saved.ok())
        saved = manager.transition(BudgetEntities::budget(), saved.id, saved.version, QStringLiteral("approve"));
    if (!saved.ok() && errorString)
        *errorString = saved.message;
    return saved.ok();
}

} // namespace Backroom::Finance
