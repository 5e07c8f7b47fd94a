#pragma once

#include "entity.h"
#include "registry.h"

#include <QString>

namespace Backroom {
class Database;
}

namespace Backroom::Finance {

// The demo company's bank statement for its bank account (100201): the
// last sixty days as the bank exported them, imported and matched
// automatically, leaving what a cashier meets every month — a bank fee and
// interest the books do not have yet, a customer's transfer not yet
// entered, and a receipt the bank has not shown yet.
class BankDemo
{
public:
    static bool populate(Database &db, const Registry<Entity> &entities, const QString &language, QString *errorString);
};

} // namespace Backroom::Finance
