#pragma once

#include "coreglobal.h"
#include "recordquery.h"
#include "tableexport.h"

#include <QStringList>

namespace Backroom {

class Entity;
class Records;

// Turns the records of a list (its filter, its columns) into a TableExport
// for the CSV and XLSX writers: choices as their labels, references as the
// referenced records' names, sensitive values masked unless `unmasked`.
// Exporting needs "export" on the entity (and "unmask" for values in
// clear); a refusal is audited and comes back in *errorString with an empty
// table. Once the file is written, recordExported() logs it.
class BACKROOM_CORE_EXPORT RecordExporter
{
public:
    static TableExport table(const Records &records, const Entity &entity, const QuerySpec &spec,
                             const QStringList &fields = {}, QString *errorString = nullptr, bool unmasked = false);
    // One audit entry "export": how many rows went where, in which format,
    // with which filter, and whether sensitive values were in clear.
    static bool recordExported(const Records &records, const Entity &entity, const QuerySpec &spec, qint64 rows,
                               const QString &destination, const QString &format, bool unmasked,
                               QString *errorString = nullptr);
    // "6222 0210 0112 3456" → "••••3456": only the last four characters show.
    static QString masked(const QString &text);
};

} // namespace Backroom
