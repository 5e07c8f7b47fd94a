#pragma once

#include "registry.h"
#include "entity.h"

#include <QString>

namespace Backroom {
class Database;
}

namespace Backroom::Finance {

// What a new company gets from finance: the chart of accounts for its
// language; and for the demo company, a month of vouchers in each state.
class FinanceDemo
{
public:
    static bool setUpCompany(Database &db, const Registry<Entity> &entities, const QString &language,
                             QString *errorString);
    static bool populate(Database &db, const Registry<Entity> &entities, const QString &language, QString *errorString);
};

} // namespace Backroom::Finance
