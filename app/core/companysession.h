#pragma once

#include "coreglobal.h"

#include <QString>

#include <memory>

namespace Backroom {

class CompanyFile;
class ExtensionRegistries;
class Records;

// What a page needs to work: the open company, who is working, and the
// registries. One session per opened company; pages are created for it and
// destroyed with it.
class BACKROOM_CORE_EXPORT CompanySession
{
public:
    CompanySession(CompanyFile &company, const ExtensionRegistries &registries, const QString &userName);
    ~CompanySession();

    CompanyFile &company() const { return m_company; }
    const ExtensionRegistries &registries() const { return m_registries; }
    QString userName() const { return m_userName; }
    // One records service per session, so a save in one page refreshes
    // the lists open in every other page.
    Records &records() const { return *m_records; }

private:
    CompanyFile &m_company;
    const ExtensionRegistries &m_registries;
    QString m_userName;
    std::unique_ptr<Records> m_records;
};

} // namespace Backroom
