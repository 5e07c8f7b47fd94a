#pragma once

#include "coreglobal.h"

#include <QStringList>

#include <thread>

namespace Backroom {

// Uses the second processor core while the main thread builds the window.
// It only loads: all Qt objects are still created by the main thread.
//  1. From construction (before QApplication exists; no Qt involved): the
//     font configuration, the largest single cost of a Qt start-up on Linux.
//  2. From preloadLibraries() (after QApplication exists): the SQLite driver
//     and the module libraries whose manifests name Backroom's interface, so
//     the main thread's QPluginLoader finds them already in memory.
class BACKROOM_CORE_EXPORT StartupPreloader
{
public:
    StartupPreloader();
    ~StartupPreloader();
    StartupPreloader(const StartupPreloader &) = delete;
    StartupPreloader &operator=(const StartupPreloader &) = delete;

    void preloadLibraries(const QStringList &moduleDirectories);

    // The SQLite driver plugin files in Qt's plugin folder.
    static QStringList sqliteDriverFiles();

private:
    std::thread m_fonts;
    std::thread m_libraries;
};

} // namespace Backroom
