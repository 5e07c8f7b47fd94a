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
// referenced records' names, sensitive values masked.
class BACKROOM_CORE_EXPORT RecordExporter
{
public:
    static TableExport table(const Records &records, const Entity &entity, const QuerySpec &spec,
                             const QStringList &fields = {}, QString *errorString = nullptr);
    // "6222 0210 0112 3456" → "••••3456": only the last four characters show.
    static QString masked(const QString &text);
};

} // namespace Backroom
