#pragma once

#include "reportdefinition.h"

#include <QCoreApplication>
#include <QList>

namespace Backroom::Finance {

// The balance sheet (finance.balance_sheet, 资产负债表) and the income
// statement (finance.income_statement, 利润表) through the shared report
// service: one row per line of the layout, with 行次 and two amount
// columns, then the checks (balanced; accounts no line takes in).
class StatementReports
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Finance::StatementReports)

public:
    static QList<ReportDefinition> declarations();
};

} // namespace Backroom::Finance
