#pragma once

#include "recordimporter.h"

#include <QString>

#include <functional>

namespace Backroom {

class CsvReader;
class Records;

// A module's own reader of CSV files for one of its entities, used by
// `backroom-cli import` instead of the row-per-record importer where one
// record is not one row (a voucher is a group of lines). Same contract as
// RecordImporter: every row checked first, problems named by line and
// column, then all rows in one transaction or none.
struct ImporterContribution
{
    struct Options
    {
        bool post = false;   // `--post`: take the records' final step too
        QString source;      // the file's name, for the audit log
    };

    QString id;              // the entity's id ("finance.voucher")
    std::function<RecordImporter::Result(Records &records, const CsvReader &reader, const Options &options)> import;
};

} // namespace Backroom
