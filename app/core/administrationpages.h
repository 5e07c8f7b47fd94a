#pragma once

#include "coreglobal.h"
#include "pagecontribution.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <memory>

namespace Backroom {

class AccessControl;
class ModuleSpec;

// The shell's "System Administration" area (系统管理), shown like a module
// after the departments: users, roles and the audit log. Only those who
// administer users and roles ("administer" on "security") get Users and
// Roles; the audit log needs "read" on "audit", which auditors hold too.
class BACKROOM_CORE_EXPORT AdministrationPages
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::AdministrationPages)

public:
    // A module id's display name; empty when unknown.
    using ModuleName = std::function<QString(const QString &moduleId)>;

    // The area's identity in the department bar, as if it were a module.
    static std::unique_ptr<ModuleSpec> spec();
    static QList<PageContribution> pages(ModuleName moduleName);

    static bool mayAdminister(const AccessControl &access);
    static bool mayReadAudit(const AccessControl &access);
};

} // namespace Backroom
