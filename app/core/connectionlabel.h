#pragma once

#include "coreglobal.h"

#include <QString>

#include <optional>

namespace Backroom {

// The name a server connection gives itself (PostgreSQL's application_name),
// so that pg_stat_activity tells which Backroom connections work on which
// company, for which clerk, from which computer and what for:
//
//     backroom SCHEMA CLERK@HOST PURPOSE
//
// e.g. "backroom acme %E5%BC%A0%E4%B8%89@desk7 main". Fields are separated
// by single spaces; CLERK, HOST and PURPOSE are percent-encoded (UTF-8), as
// the server keeps only printable ASCII; "-" stands for no schema (the
// server's default) or no clerk (not signed in yet). The server keeps 63
// bytes: the schema stays whole (it is what the list is filtered by), the
// host is cut first (to its first label, then shorter), then the clerk; a
// field that was cut ends in "*" (which the encoding never leaves bare).
// Never anything secret: no password, no address options.
class BACKROOM_CORE_EXPORT ConnectionLabel
{
public:
    static constexpr int MaxBytes = 63;
    static constexpr const char *Prefix = "backroom";

    QString schema;    // empty: the server's default
    QString clerk;     // empty: nobody signed in
    QString host;
    QString purpose;   // "main", "report", "count", "cli-COMMAND"
    bool clerkCut = false;
    bool hostCut = false;

    QString toString() const;
    // nullopt when it is not a Backroom connection's name.
    static std::optional<ConnectionLabel> parse(const QString &applicationName);
};

} // namespace Backroom
