#pragma once

#include <QString>
#include <QTextStream>

namespace Backroom::Internal {

// A benchmark's company copied to the PostgreSQL server once and kept in a
// schema of its own, so later runs measure without copying again.
class ServerCopy
{
public:
    // The server location of `file`'s copy in `schema` (made now when
    // missing, its time printed as "<timingName>: N s"); empty with
    // *errorString set on failure.
    static QString prepared(QTextStream &out, const QString &server, const QString &schema, const QString &file,
                            const QString &timingName, QString *errorString);
};

} // namespace Backroom::Internal
