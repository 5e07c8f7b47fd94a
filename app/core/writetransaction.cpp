#include "writetransaction.h"

#include "database.h"
#include "databaseerror.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QStorageInfo>

namespace Backroom {

namespace {

// SQLite undoes a whole transaction by itself when the disk fills up (or
// memory runs out) in the middle of it; the statement that ran into it may
// be one whose failure looked harmless. What the clerk then hears about is
// the end of the transaction: "no such savepoint", "no transaction is
// active". Say what happened instead.
QString lostTransaction(const Database &database, const QString &driverText)
{
    const Database::ConnectionInfo info = database.connectionInfo();
    if (info.kind == SqlDialect::Kind::Sqlite) {
        const QStorageInfo storage(QFileInfo(info.location).absolutePath());
        if (storage.isValid() && storage.bytesAvailable() < 4 * 1024 * 1024)
            return DatabaseError::sentence(DatabaseError::Kind::DiskFull, info.location);
    }
    return QCoreApplication::translate("Backroom::WriteTransaction",
                                       "The database undid this work after an error; nothing of it was saved. Try "
                                       "again. (Details: %1)").arg(driverText);
}

bool transactionWasLost(const QString &error)
{
    return error.contains(QLatin1String("no such savepoint"))
           || error.contains(QLatin1String("no transaction is active"));
}

// Whether the connection itself is gone, rather than the statement refused.
bool connectionLost(const Database &database)
{
    // The driver closes its side itself when it sees the connection broken.
    if (!database.connection().isOpen())
        return true;
    QSqlQuery probe(database.connection());
    return !probe.exec(QStringLiteral("SELECT 1"))
           && DatabaseError::kind(probe.lastError()) == DatabaseError::Kind::Unreachable;
}

// What a server session is set up with after connecting, as
// Database::openPostgres does it.
QStringList sessionSetup(const Database &database)
{
    QStringList setup = database.dialect().connectionSetup();
    const QString schema = Database::postgresSchema(database.connectionInfo().location);
    if (!schema.isEmpty())   // a checked identifier: the database was opened with it
        setup.append(QStringLiteral("SET search_path TO %1").arg(schema));
    if (database.isReadOnly())
        setup.append(QStringLiteral("SET default_transaction_read_only = on"));
    return setup;
}

} // namespace

WriteTransaction::WriteTransaction(Database &database)
    : m_database(database)
{
    if (m_database.m_transactionDepth > 0) {
        m_savepoint = QStringLiteral("backroom_sp%1").arg(m_database.m_transactionDepth);
        m_active = m_database.exec(QStringLiteral("SAVEPOINT ") + m_savepoint, {}, &m_error);
    } else {
        m_active = m_database.exec(m_database.dialect().beginWriteTransaction(), {}, &m_error);
        // A server connection lost since the last write (the server
        // restarted, the network dropped for a moment): with nothing open on
        // it, connecting again loses nothing, and the clerk's Try Again works.
        const auto reconnect = [this] {
            QSqlDatabase connection = m_database.connection();
            QSqlDriver *driver = connection.driver();
            const QStringList channels = driver->subscribedToNotifications();
            m_database.m_statements.reset();   // prepared in the lost session
            connection.close();
            if (!connection.open()) {
                m_error = DatabaseError::text(connection.lastError(), m_database.connectionInfo().location);
                return false;
            }
            for (const QString &statement : sessionSetup(m_database))
                if (!m_database.exec(statement, {}, &m_error))
                    return false;
            // The same driver object: whoever listens to it keeps hearing.
            for (const QString &channel : channels)
                driver->subscribeToNotification(channel);
            return true;
        };
        if (!m_active && m_database.dialect().kind() == SqlDialect::Kind::Postgres && connectionLost(m_database)
            && reconnect())
            m_active = m_database.exec(m_database.dialect().beginWriteTransaction(), {}, &m_error);
    }
    if (m_active)
        ++m_database.m_transactionDepth;
}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

bool WriteTransaction::commit()
{
    if (!m_active) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("no transaction is active");
        return false;
    }
    const QString statement = m_savepoint.isEmpty() ? m_database.dialect().commit()
                                                    : QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint;
    if (!m_database.exec(statement, {}, &m_error)) {
        if (transactionWasLost(m_error))
            m_error = lostTransaction(m_database, m_error);
        rollback();
        return false;
    }
    m_active = false;
    --m_database.m_transactionDepth;
    if (m_savepoint.isEmpty())
        m_database.runAfterCommit();
    return true;
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    QString ignored;
    if (m_savepoint.isEmpty()) {
        m_database.exec(m_database.dialect().rollback(), {}, &ignored);
        m_database.m_afterCommit.clear();
    } else {
        m_database.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + m_savepoint, {}, &ignored);
        m_database.exec(QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint, {}, &ignored);
    }
    m_active = false;
    --m_database.m_transactionDepth;
}

} // namespace Backroom
