#pragma once

#include "coreglobal.h"

#include <QStringList>

#include <thread>

namespace Backroom {

// Uses the second processor core while the main thread builds the window:
// loads the font configuration, the SQLite driver and the module libraries
// in the background, so that when the main thread needs them they are ready
// (the operating system shares one loaded library between threads). It only
// loads; all Qt objects are still created by the main thread.
class BACKROOM_CORE_EXPORT StartupPreloader
{
public:
    // Safe to create before QApplication.
    StartupPreloader();
    ~StartupPreloader();
    StartupPreloader(const StartupPreloader &) = delete;
    StartupPreloader &operator=(const StartupPreloader &) = delete;

    // What the background thread loads, in order.
    static QStringList libraries(const QString &executableDirectory);

private:
    std::thread m_thread;
};

} // namespace Backroom
