#pragma once

#include "coreglobal.h"
#include "reportdefinition.h"

#include <QCoreApplication>
#include <QList>

namespace Backroom {

// The reports the core itself declares over its shared entities, shown on
// the "Reports" page of Basic Data: partners by kind, with their credit
// limits summed per kind.
class BACKROOM_CORE_EXPORT CoreReports
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::CoreReports)

public:
    static QList<ReportDefinition> declarations();
};

} // namespace Backroom
