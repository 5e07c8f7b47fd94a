#pragma once

#include "coreglobal.h"

#include <QString>

namespace Backroom {

class CompanyFile;
class ExtensionRegistries;

// What a page needs to work: the open company, who is working, and the
// registries. One session per opened company; pages are created for it and
// destroyed with it.
class BACKROOM_CORE_EXPORT CompanySession
{
public:
    CompanySession(CompanyFile &company, const ExtensionRegistries &registries, const QString &userName);

    CompanyFile &company() const { return m_company; }
    const ExtensionRegistries &registries() const { return m_registries; }
    QString userName() const { return m_userName; }

private:
    CompanyFile &m_company;
    const ExtensionRegistries &m_registries;
    QString m_userName;
};

} // namespace Backroom
