#pragma once

#include "coreglobal.h"

#include <QtPlugin>
#include <QString>

namespace Backroom {

class ModuleContext;

// The interface every department module implements. The three phases follow
// Qt Creator's plugin lifecycle: initialize() registers what the module
// provides, extensionsInitialized() (called in reverse dependency order)
// uses what the modules it depends on provided, aboutToShutdown() releases
// resources while every module is still loaded.
class BACKROOM_CORE_EXPORT IModule
{
public:
    virtual ~IModule();

    virtual bool initialize(ModuleContext &context, QString *errorString) = 0;
    virtual void extensionsInitialized(ModuleContext &context);
    virtual void aboutToShutdown();
};

} // namespace Backroom

#define BACKROOM_MODULE_IID "org.backroom.Module/1"
Q_DECLARE_INTERFACE(Backroom::IModule, BACKROOM_MODULE_IID)
