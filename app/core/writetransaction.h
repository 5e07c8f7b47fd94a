#pragma once

#include "coreglobal.h"

#include <QString>

namespace Backroom {

class Database;

// A write transaction that starts with the dialect's write BEGIN (BEGIN
// IMMEDIATE on SQLite) and rolls back unless commit() succeeds. A failed
// COMMIT leaves SQLite's transaction open, so commit() rolls back itself.
// Opened while another is active on the same connection (a service called
// from inside another's transaction, demo data written through the records
// service) it becomes a savepoint: its commit is final only when the
// outermost transaction commits, its rollback undoes only its own work.
class BACKROOM_CORE_EXPORT WriteTransaction
{
public:
    explicit WriteTransaction(Database &database);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool isActive() const { return m_active; }
    QString errorString() const { return m_error; }

    bool commit();
    void rollback();

private:
    Database &m_database;
    bool m_active = false;
    QString m_savepoint;   // empty for the outermost transaction
    QString m_error;
};

} // namespace Backroom
