#pragma once

#include "registry.h"
#include "entity.h"

#include <QString>

namespace Backroom {
class Database;
}

namespace Backroom::Finance {

// What a new company gets from finance: the chart of accounts for its
// language; and for the demo company, a month of vouchers in each state,
// and invoices, bills and payments of the last months.
class FinanceDemo
{
public:
    static bool setUpCompany(Database &db, const Registry<Entity> &entities, const QString &language,
                             QString *errorString);
    static bool populate(Database &db, const Registry<Entity> &entities, const QString &language, QString *errorString);
    // Customer invoices and supplier bills of the last months, some paid
    // in part, one receipt not yet applied: the ageing has every column.
    static bool populateReceivables(Database &db, const Registry<Entity> &entities, const QString &language,
                                    QString *errorString);
};

} // namespace Backroom::Finance
