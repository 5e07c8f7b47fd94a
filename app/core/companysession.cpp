#include "companysession.h"

#include "companyfile.h"
#include "extensionregistries.h"
#include "records.h"

namespace Backroom {

CompanySession::CompanySession(CompanyFile &company, const ExtensionRegistries &registries,
                               const QString &userName)
    : m_company(company)
    , m_registries(registries)
    , m_userName(userName)
    , m_records(std::make_unique<Records>(company.database(), registries.entities, userName))
{
}

CompanySession::~CompanySession() = default;

} // namespace Backroom
