#include "companysession.h"

namespace Backroom {

CompanySession::CompanySession(CompanyFile &company, const ExtensionRegistries &registries,
                               const QString &userName)
    : m_company(company)
    , m_registries(registries)
    , m_userName(userName)
{
}

} // namespace Backroom
