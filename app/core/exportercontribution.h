#pragma once

#include <QString>

#include <functional>
#include <optional>

class QIODevice;

namespace Backroom {

class Records;

// A module's own export format for one of its entities beside CSV and XLSX
// (`backroom-cli export FILE ENTITY --format NAME`): the posted journal in
// ledger's plain-text format, for instance. The service writes to a device
// the caller has made safe (a QSaveFile, or standard output) and audits it
// like any export.
struct ExporterContribution
{
    QString id;          // "<entity>:<format>", e.g. "finance.voucher:ledger"
    QString entityId;
    QString format;      // what --format names
    // Writes the export; how many records went out, or nullopt with the
    // reason. Checks the user's permissions itself.
    std::function<std::optional<qint64>(const Records &records, QIODevice &out, QString *errorString)> write;
};

} // namespace Backroom
