#pragma once

#include "importercontribution.h"
#include "recordimporter.h"

#include <QCoreApplication>

namespace Backroom {
class CsvReader;
class Records;
}

namespace Backroom::Finance {

// Vouchers from a CSV file, one row per line: date, voucher (a key that
// groups the rows of one voucher), summary, account (its code), debit,
// credit — amounts with up to two decimals — and optionally word,
// department, partner and person (by name, or #id). Every voucher is
// checked as VoucherBook checks one entered on screen, each problem named by
// the file's line and column; then all are saved in one transaction (each
// numbered in its month) or none. With `post`, they are posted as well —
// they were reviewed where they came from — which needs both "approve" and
// "post" on vouchers.
class VoucherImport
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Finance::VoucherImport)

public:
    static RecordImporter::Result run(Records &records, const CsvReader &reader,
                                      const ImporterContribution::Options &options);
};

} // namespace Backroom::Finance
