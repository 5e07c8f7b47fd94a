#pragma once

#include "recordimporter.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace Backroom {

class CsvReader;
class Records;

// A module's own importer for one of its entities, used by `backroom-cli
// import` instead of the row-per-record importer. Same contract as
// RecordImporter: every row checked first, problems named by line and
// column, then all rows in one transaction or none. It is one of two kinds:
//
// - `import` reads the CSV the command line opened, where one record is
//   not one row (a voucher is a group of lines);
// - `importFile` reads the file itself and takes settings from the command
//   line that the file does not say: a bank statement belongs to a bank
//   account it may not name (`backroom-cli import FILE
//   finance.bank_statement CSV --account 100201 [--match]`). `settings`
//   names the ones it takes; any other is refused before the file is read.
struct ImporterContribution
{
    struct Options
    {
        bool post = false;   // `--post`: take the records' final step too
        QString source;      // the file's name, for the audit log
    };

    struct FileRequest
    {
        QString path;                      // the file
        QString encoding;                  // --encoding; empty: detected
        QMap<QString, QString> settings;   // "account" → "100201", "match" → "yes", as given
    };

    struct FileOutcome
    {
        RecordImporter::Result result;
        QString summary;        // one translated sentence on success
        QStringList notes;      // what was left out or done besides, one sentence each
        // The import was committed, but what was asked after it (--match)
        // failed: said, and the command fails without "Nothing was imported".
        QString followUpError;
    };

    QString id;              // the entity's id ("finance.voucher")
    std::function<RecordImporter::Result(Records &records, const CsvReader &reader, const Options &options)> import;
    QStringList settings;
    std::function<FileOutcome(Records &records, const FileRequest &request)> importFile;
};

} // namespace Backroom
