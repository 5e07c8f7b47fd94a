#pragma once

#include "coreglobal.h"
#include "roles.h"

#include <QString>

#include <functional>

#include <memory>

namespace Backroom {

class AccessHook;
class AuditHook;
class ChangeNotifier;
class CompanyFile;
class ExtensionRegistries;
class Records;

// What a page (or a backroom-cli command) needs to work: the open company,
// who is signed in and what they may do, and the registries. One session per
// signed-in user and company; pages are created for it and destroyed with it.
// Its records service checks the user's permissions on every read and write
// and audits every change.
class BACKROOM_CORE_EXPORT CompanySession
{
public:
    CompanySession(CompanyFile &company, const ExtensionRegistries &registries, const AccessControl &access);
    ~CompanySession();

    CompanyFile &company() const { return m_company; }
    const ExtensionRegistries &registries() const { return m_registries; }
    QString userName() const { return m_access.userName(); }
    const AccessControl &access() const { return m_access; }
    // One records service per session, so a save in one page refreshes
    // the lists open in every other page.
    Records &records() const { return *m_records; }

    // How pages reach each other: the shell sets it to its showPage(), so
    // a report row can open the record behind it ("core/core.partner#12").
    void setPageOpener(std::function<bool(const QString &target)> opener) { m_pageOpener = std::move(opener); }
    bool openPage(const QString &target) const { return m_pageOpener && m_pageOpener(target); }
    // Opens the record on the page that lists its entity; false when no
    // page does or the shell set no opener.
    bool openRecord(const QString &entityId, qint64 id) const;

private:
    CompanyFile &m_company;
    const ExtensionRegistries &m_registries;
    AccessControl m_access;
    std::unique_ptr<AccessHook> m_accessHook;   // before m_records, which uses them
    std::unique_ptr<AuditHook> m_auditHook;
    std::unique_ptr<ChangeNotifier> m_changeNotifier;
    std::unique_ptr<Records> m_records;
    std::function<bool(const QString &)> m_pageOpener;
};

} // namespace Backroom
