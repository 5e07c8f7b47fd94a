#include "writetransaction.h"

#include "database.h"

namespace Backroom {

WriteTransaction::WriteTransaction(Database &database)
    : m_database(database)
{
    if (m_database.m_transactionDepth > 0) {
        m_savepoint = QStringLiteral("backroom_sp%1").arg(m_database.m_transactionDepth);
        m_active = m_database.exec(QStringLiteral("SAVEPOINT ") + m_savepoint, {}, &m_error);
    } else {
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
        rollback();
        return false;
    }
    m_active = false;
    --m_database.m_transactionDepth;
    return true;
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    QString ignored;
    if (m_savepoint.isEmpty()) {
        m_database.exec(m_database.dialect().rollback(), {}, &ignored);
    } else {
        m_database.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + m_savepoint, {}, &ignored);
        m_database.exec(QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint, {}, &ignored);
    }
    m_active = false;
    --m_database.m_transactionDepth;
}

} // namespace Backroom
