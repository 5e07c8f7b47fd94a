#include "companysession.h"

#include "accesshook.h"
#include "audithook.h"
#include "changenotifier.h"
#include "companyfile.h"
#include "database.h"
#include "extensionregistries.h"
#include "records.h"

namespace Backroom {

CompanySession::CompanySession(CompanyFile &company, const ExtensionRegistries &registries,
                               const AccessControl &access)
    : m_company(company)
    , m_registries(registries)
    , m_access(access)
    , m_records(std::make_unique<Records>(company.database(), registries.entities, access.userName()))
{
    // On a server, the administrator's list of who is working names this
    // clerk's connection (and the report and count connections opened
    // from it) from now on.
    company.database().setClerk(access.userName());
    m_records->setAccess(access);
    // Refused writes are audited once their transaction has rolled back.
    Records *records = m_records.get();
    m_accessHook = std::make_unique<AccessHook>(access, [records](Database &, const QString &entityId, qint64 recordId,
                                                                  const QString &action) {
        records->logRefusal(action, entityId, recordId);
    });
    m_auditHook = std::make_unique<AuditHook>();
    // The permission check first: a refused change writes nothing, not even
    // its audit entry. Every change made is audited in its own transaction
    // (AuditHook writes in after()).
    m_records->addHook(m_accessHook.get());
    m_records->addHook(m_auditHook.get());
    // On a server, the other clerks' lists refresh when this one's changes
    // commit, and this one's when theirs do.
    m_changeNotifier = std::make_unique<ChangeNotifier>();
    m_records->addHook(m_changeNotifier.get());
    ChangeNotifier::listen(*m_records);
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
