#include "writetransaction.h"

#include "database.h"
#include "databaseerror.h"

#include <QCoreApplication>
#include <QFileInfo>
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
        if (!m_active && m_database.connectionLost() && m_database.reconnect(&m_error))
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
    m_database.transactionEnded(true);
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
    m_database.transactionEnded(false);
}

} // namespace Backroom
