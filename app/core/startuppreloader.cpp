#include "startuppreloader.h"

#include "imodule.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>
#include <QLibraryInfo>
#include <QPluginLoader>

#ifdef BACKROOM_HAVE_FONTCONFIG
#  include <fontconfig/fontconfig.h>
#endif

namespace Backroom {

StartupPreloader::StartupPreloader()
{
#ifdef BACKROOM_HAVE_FONTCONFIG
    // fontconfig initialises its global configuration atomically, so Qt's
    // own FcInit() on the main thread either finds it done or waits for it.
    m_fonts = std::thread([] { FcInit(); });
#endif
}

StartupPreloader::~StartupPreloader()
{
    if (m_fonts.joinable())
        m_fonts.join();
    if (m_libraries.joinable())
        m_libraries.join();
}

QStringList StartupPreloader::sqliteDriverFiles()
{
    QStringList files;
    const QDir drivers(QLibraryInfo::path(QLibraryInfo::PluginsPath) + QStringLiteral("/sqldrivers"));
    for (const QString &entry : drivers.entryList({QStringLiteral("*qsqlite*")}, QDir::Files))
        if (QLibrary::isLibrary(entry))
            files.append(drivers.absoluteFilePath(entry));
    return files;
}

void StartupPreloader::preloadLibraries(const QStringList &moduleDirectories)
{
    if (m_libraries.joinable() || !QCoreApplication::instance())
        return;
    // Paths are worked out here, on the main thread, after QApplication:
    // QLibraryInfo must not be first asked from another thread.
    QStringList modules;
    for (const QString &path : moduleDirectories) {
        const QDir dir(path);
        for (const QString &entry : dir.entryList(QDir::Files, QDir::Name))
            if (QLibrary::isLibrary(entry))
                modules.append(dir.absoluteFilePath(entry));
    }
    const QStringList drivers = sqliteDriverFiles();
    m_libraries = std::thread([modules, drivers] {
        for (const QString &path : drivers) {
            QLibrary library(path);
            library.load(); // never unloaded: the main thread finds it loaded
        }
        for (const QString &path : modules) {
            // Only libraries that declare themselves Backroom modules: others
            // are for the module manager to report, not for us to run.
            QPluginLoader probe(path);
            if (probe.metaData().value(QStringLiteral("IID")).toString() != QLatin1String(BACKROOM_MODULE_IID))
                continue;
            QLibrary library(path);
            library.load();
        }
    });
}

} // namespace Backroom
