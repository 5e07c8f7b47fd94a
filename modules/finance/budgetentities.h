#pragma once

#include "entity.h"

#include <QCoreApplication>
#include <QList>

namespace Backroom::Finance {

// Budgets (预算): a budget per year — named, optionally for one department,
// draft until approved — and its lines, one per account with the twelve
// months' amounts in minor units (m01 … m12) and their total. BudgetBook is
// the one writer; the budget screen and the budget-vs-actual report read
// them.
class BudgetEntities
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Finance::BudgetEntities)

public:
    static QList<Entity> declarations();

    static QString budget() { return QStringLiteral("finance.budget"); }
    static QString budgetLine() { return QStringLiteral("finance.budget_line"); }
    static QString draft() { return QStringLiteral("draft"); }
    static QString approved() { return QStringLiteral("approved"); }
    // "m01" … "m12": the stored column of a month (1–12).
    static QString monthField(int month);
};

} // namespace Backroom::Finance
