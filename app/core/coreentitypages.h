#pragma once

#include "coreglobal.h"
#include "pagecontribution.h"

#include <QCoreApplication>
#include <QList>

#include <memory>

namespace Backroom {

class ExtensionRegistries;
class ModuleSpec;

// The core entities' place in the shell: "Basic Data" (基础资料), with the
// company profile and the lists every department shares — departments,
// people, partners, tags — as Kingdee and Yonyou clerks expect them in one
// place rather than scattered over departments.
class BACKROOM_CORE_EXPORT CoreEntityPages
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::CoreEntityPages)

public:
    // The area's identity in the department bar, as if it were a module.
    static std::unique_ptr<ModuleSpec> spec();
    static QList<PageContribution> pages(const ExtensionRegistries &registries);
};

} // namespace Backroom
