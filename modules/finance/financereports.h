#pragma once

#include "reportdefinition.h"

#include <QCoreApplication>
#include <QList>

namespace Backroom::Finance {

// The finance module's reports through the shared report service (screen,
// print, PDF, CSV/XLSX, `backroom-cli report`).
class FinanceReports
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Finance::FinanceReports)

public:
    static QList<ReportDefinition> declarations();
};

} // namespace Backroom::Finance
