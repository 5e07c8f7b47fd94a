#pragma once

#include "reportdefinition.h"

#include <QCoreApplication>
#include <QList>

namespace Backroom::Finance {

// The books as reports (总账, 明细账, 序时账, 现金日记账, 银行日记账) through
// the shared report service: on screen, printed, PDF, CSV/XLSX and
// `backroom-cli report`. The figures come from GeneralLedger,
// AccountLedger and Journal; this only declares them and lays them out.
class LedgerReports
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Finance::LedgerReports)

public:
    static QList<ReportDefinition> declarations();

    // The module's reports with the ledgers after them, and a double click
    // on an account in the trial balance opening its account ledger for
    // the same periods.
    static QList<ReportDefinition> withLedgers(QList<ReportDefinition> reports);

    static QString generalLedger() { return QStringLiteral("finance.general_ledger"); }
    static QString accountLedger() { return QStringLiteral("finance.account_ledger"); }
    // 外币金额式明细账: a foreign-currency account's ledger with the
    // original amounts and rates beside the local ones.
    static QString foreignLedger() { return QStringLiteral("finance.foreign_ledger"); }
    static QString journal() { return QStringLiteral("finance.journal"); }
    static QString cashJournal() { return QStringLiteral("finance.cash_journal"); }
    static QString bankJournal() { return QStringLiteral("finance.bank_journal"); }
};

} // namespace Backroom::Finance
