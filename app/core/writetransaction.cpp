#include "writetransaction.h"

#include "database.h"

namespace Backroom {

WriteTransaction::WriteTransaction(Database &database)
    : m_database(database)
{
    m_active = m_database.exec(m_database.dialect().beginWriteTransaction(), {}, &m_error);
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
    if (!m_database.exec(m_database.dialect().commit(), {}, &m_error)) {
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    QString ignored;
    m_database.exec(m_database.dialect().rollback(), {}, &ignored);
    m_active = false;
}

} // namespace Backroom
