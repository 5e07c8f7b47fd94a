#pragma once

#include "coreglobal.h"
#include "recordimporter.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Backroom {

class Records;

// A module's importer for a file that does not say everything about
// itself: a bank statement belongs to a bank account the file may not name
// (`backroom-cli import FILE finance.bank_statement CSV --account 100201
// [--match]`). The module declares which of the command line's import
// settings it takes — account, opening, closing, match — and reads the file
// itself, with the same contract as ImporterContribution: everything
// checked first, then all of it in one transaction or nothing.
//
// Declared by entity id, as ReportPdfWriter::declareTwoBlocks is, so that
// adding it changed no header every module includes; it belongs in
// ImporterContribution the next time that header changes anyway.
class BACKROOM_CORE_EXPORT ImporterSettings
{
public:
    struct Request
    {
        QString path;                      // the file
        QString encoding;                  // --encoding; empty: detected
        QMap<QString, QString> settings;   // "account" → "100201", "match" → "yes", as given
    };

    struct Outcome
    {
        RecordImporter::Result result;
        QString summary;        // one translated sentence on success
        QStringList notes;      // what was left out or done besides, one sentence each
        // The import was committed, but what was asked after it (--match)
        // failed: said, and the command fails without "Nothing was imported".
        QString followUpError;
    };

    using Import = std::function<Outcome(Records &records, const Request &request)>;

    struct Declaration
    {
        QStringList settings;   // the settings it takes
        Import import;
    };

    static void declare(const QString &entityId, const QStringList &settings, const Import &import);
    static std::optional<Declaration> find(const QString &entityId);
};

} // namespace Backroom
