#pragma once

#include "reportdefinition.h"

#include <QCoreApplication>
#include <QList>

namespace Backroom::Finance {

// The bank reconciliation statement (银行存款余额调节表,
// finance.bank_reconciliation) through the shared report service: on
// screen, printed, as PDF and CSV/XLSX, and from `backroom-cli report`.
class BankReports
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Finance::BankReports)

public:
    static QString reconciliation() { return QStringLiteral("finance.bank_reconciliation"); }
    static QList<ReportDefinition> declarations();
};

} // namespace Backroom::Finance
