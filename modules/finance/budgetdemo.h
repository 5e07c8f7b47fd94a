#pragma once

#include "entity.h"
#include "registry.h"

#include <QString>

namespace Backroom {
class Database;
}

namespace Backroom::Finance {

// The demo company's budget for the current year, approved, so the budget
// screen and the budget-vs-actual report have something to show.
class BudgetDemo
{
public:
    static bool populate(Database &db, const Registry<Entity> &entities, const QString &language, QString *errorString);
};

} // namespace Backroom::Finance
