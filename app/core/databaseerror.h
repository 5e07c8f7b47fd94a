#pragma once

#include "coreglobal.h"

#include <QCoreApplication>
#include <QString>

class QSqlError;

namespace Backroom {

// What a failed database statement means for a clerk. SQLite and
// PostgreSQL report a full disk, a read-only file, a damaged file, a lock
// held too long, a deadlock, a lost server or a disk error in their own words ("database or disk is
// full", SQLSTATE 53100); these become one translated sentence naming the
// file and what to do, with the driver's text appended for support. Errors
// of any other kind (a constraint, a trigger's refusal) keep the driver's
// text as it is: the code that ran the statement explains those.
class BACKROOM_CORE_EXPORT DatabaseError
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::DatabaseError)

public:
    // Contention: a deadlock or serialization failure (SQLSTATE 40P01,
    // 40001) that stayed after the bounded retries. Unreachable: the server
    // refused the connection or dropped it.
    enum class Kind { Other, DiskFull, ReadOnly, Corrupt, Busy, IoError, Contention, Unreachable };

    static Kind kind(const QSqlError &error);
    // `location`: the file (or server address) the statement worked on;
    // empty: "the company file".
    static QString text(const QSqlError &error, const QString &location = {});
    // The sentence for a kind, without the driver's text.
    static QString sentence(Kind kind, const QString &location);
};

} // namespace Backroom
