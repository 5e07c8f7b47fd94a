#include "imodule.h"

namespace Backroom {

IModule::~IModule() = default;

void IModule::extensionsInitialized(ModuleContext &)
{
}

void IModule::aboutToShutdown()
{
}

} // namespace Backroom
