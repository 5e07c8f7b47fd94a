#include "companysession.h"

#include "audithook.h"
#include "companyfile.h"
#include "extensionregistries.h"
#include "records.h"

namespace Backroom {

CompanySession::CompanySession(CompanyFile &company, const ExtensionRegistries &registries,
                               const QString &userName)
    : m_company(company)
    , m_registries(registries)
    , m_userName(userName)
    , m_auditHook(std::make_unique<AuditHook>())
    , m_records(std::make_unique<Records>(company.database(), registries.entities, userName))
{
    // Every change made in a session is audited, in the change's own
    // transaction (AuditHook writes in after()).
    m_records->addHook(m_auditHook.get());
}

CompanySession::~CompanySession() = default;

bool CompanySession::openRecord(const QString &entityId, qint64 id) const
{
    // Entity pages are "<module>/<entity id>"; the entity's own module's
    // page first, then any other module's that shows it.
    QString target;
    for (const auto &entry : m_registries.pages.entries()) {
        if (entry.item.id.section(QLatin1Char('/'), 1) != entityId)
            continue;
        if (target.isEmpty() || entry.moduleId == entityId.section(QLatin1Char('.'), 0, 0))
            target = entry.item.id;
    }
    return !target.isEmpty() && openPage(target + QLatin1Char('#') + QString::number(id));
}

} // namespace Backroom
