#include "administrationpages.h"

#include "auditlogpage.h"
#include "companysession.h"
#include "imodule.h"
#include "modulespec.h"
#include "roles.h"
#include "rolespage.h"
#include "useraccounts.h"
#include "userspage.h"
#include "whoisworkingpage.h"

#include <QJsonObject>

namespace Backroom {

std::unique_ptr<ModuleSpec> AdministrationPages::spec()
{
    // "System Administration" rather than "Administration": that is the
    // admin department's name (行政) in English.
    const QJsonObject manifest{
        {QStringLiteral("id"), QStringLiteral("administration")},
        {QStringLiteral("name"), QStringLiteral("System Administration")},
        {QStringLiteral("name[zh_CN]"), QString::fromUtf8("系统管理")},
        {QStringLiteral("version"), QStringLiteral("1.0.0")},
        {QStringLiteral("description"), QStringLiteral("Users, roles and the audit log of the company.")},
        {QStringLiteral("description[zh_CN]"), QString::fromUtf8("本账套的用户、角色与审计日志。")},
        {QStringLiteral("icon"), QStringLiteral(":/backroom/icons/modules/administration.svg")},
        {QStringLiteral("order"), 1000},
    };
    const QJsonObject metaData{{QStringLiteral("IID"), QLatin1String(BACKROOM_MODULE_IID)},
                               {QStringLiteral("MetaData"), manifest}};
    return ModuleSpec::fromPluginMetaData(metaData, QString());
}

bool AdministrationPages::mayAdminister(const AccessControl &access)
{
    return access.allows(UserAccounts::administerAction(), UserAccounts::securityScope());
}

bool AdministrationPages::mayReadAudit(const AccessControl &access)
{
    return access.allows(QStringLiteral("read"), QStringLiteral("audit"));
}

QList<PageContribution> AdministrationPages::pages(ModuleName moduleName)
{
    PageContribution users;
    users.id = QStringLiteral("administration/users");
    users.order = 10;
    users.title = [] { return tr("Users"); };
    users.create = [](CompanySession *session, QWidget *parent) -> QWidget * { return new UsersPage(*session, parent); };
    users.available = &AdministrationPages::mayAdminister;

    PageContribution roles;
    roles.id = QStringLiteral("administration/roles");
    roles.order = 20;
    roles.title = [] { return tr("Roles"); };
    roles.create = [moduleName](CompanySession *session, QWidget *parent) -> QWidget * {
        return new RolesPage(*session, moduleName, parent);
    };
    roles.available = &AdministrationPages::mayAdminister;
    roles.canClose = [](QWidget *page) {
        auto *rolesPage = qobject_cast<RolesPage *>(page);
        return !rolesPage || rolesPage->canClose();
    };

    PageContribution audit;
    audit.id = QStringLiteral("administration/audit");
    audit.order = 30;
    audit.title = [] { return tr("Audit Log"); };
    audit.create = [](CompanySession *session, QWidget *parent) -> QWidget * {
        return new AuditLogPage(*session, parent);
    };
    audit.available = &AdministrationPages::mayReadAudit;

    // Before an upgrade, a restore or a backup drill: who is connected now.
    PageContribution who;
    who.id = QStringLiteral("administration/who");
    who.order = 40;
    who.title = [] { return tr("Who Is Working"); };
    who.create = [](CompanySession *session, QWidget *parent) -> QWidget * {
        return new WhoIsWorkingPage(*session, parent);
    };
    who.available = &AdministrationPages::mayAdminister;

    return {users, roles, audit, who};
}

} // namespace Backroom
