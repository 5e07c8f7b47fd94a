#pragma once

#include "importercontribution.h"

#include <QCoreApplication>

namespace Backroom::Finance {

// A bank statement CSV imported from the command line:
// `backroom-cli import FILE finance.bank_statement CSV --account 100201
// [--opening AMOUNT | --closing AMOUNT] [--match]`. The account is named by
// its code and must be one of the bank accounts the reconciliation screen
// offers; the file is read and stored as the screen's import does
// (BankStatementImport: the whole file or nothing, lines imported before
// left out, a file with nothing new refused); --match then runs the
// automatic matcher (BankMatcher::autoMatch) on the new statement, and is
// checked to be allowed before anything is imported.
class BankStatementCommand
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Finance::BankStatementCommand)

public:
    static QStringList settings();
    static ImporterContribution::FileOutcome run(Records &records, const ImporterContribution::FileRequest &request);
};

} // namespace Backroom::Finance
