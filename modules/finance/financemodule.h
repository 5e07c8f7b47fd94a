#pragma once

#include "imodule.h"

#include <QObject>

namespace Backroom::Finance {

// The finance plugin: a thin shell that registers what the finance library
// declares (entities, guards, reports, checks, the chart a new company
// starts with, demo vouchers).
class FinanceModule : public QObject, public IModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID BACKROOM_MODULE_IID FILE "finance.json")
    Q_INTERFACES(Backroom::IModule)

public:
    bool initialize(ModuleContext &context, QString *errorString) override;
};

} // namespace Backroom::Finance
