#pragma once

#include "entity.h"
#include "registry.h"

#include <QString>

namespace Backroom {
class Database;
}

namespace Backroom::Finance {

// The demo company's foreign-currency books (外币核算): US dollars, euros
// and yen with three months of rates, a US-dollar bank account (100202
// 银行存款—美元户) and its vouchers — dollars paid in as capital, some
// sold to the bank, and a fee paid in dollars still a draft — in the
// Chinese and the generic chart alike.
class ForeignCurrencyDemo
{
public:
    static bool populate(Database &db, const Registry<Entity> &entities, const QString &language, QString *errorString);
};

} // namespace Backroom::Finance
