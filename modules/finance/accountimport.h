#pragma once

#include "importercontribution.h"
#include "recordimporter.h"

#include <QCoreApplication>

namespace Backroom {
class CsvReader;
class Records;
}

namespace Backroom::Finance {

// Accounts from a CSV file: code, name, category and optionally parent (the
// parent's code, which must be the code's first digits and exist in the
// chart or the file), side (else the category's usual side: debit for
// assets, costs and expenses, credit for the rest), the dimension flags and
// currency (币种: the ISO code of a currency in finance.currency for an
// account kept in it — 外币核算 —, empty or the company's own for the rest).
// Rows are taken parents first; every problem is reported by line and
// column, and nothing is written unless every row is right.
class AccountImport
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Finance::AccountImport)

public:
    static RecordImporter::Result run(Records &records, const CsvReader &reader,
                                      const ImporterContribution::Options &options);
    // The side an account of this category normally has its balance on.
    static QString usualSide(const QString &category);
};

} // namespace Backroom::Finance
