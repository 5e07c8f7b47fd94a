#include "startuppreloader.h"

#include "apppaths.h"
#include "version.h"

#include <QDir>
#include <QLibrary>
#include <QLibraryInfo>
#include <QRegularExpression>

#ifdef BACKROOM_HAVE_FONTCONFIG
#  include <fontconfig/fontconfig.h>
#endif

namespace Backroom {

QStringList StartupPreloader::libraries(const QString &executableDirectory)
{
    QStringList result;
    const QDir drivers(QLibraryInfo::path(QLibraryInfo::PluginsPath) + QStringLiteral("/sqldrivers"));
    for (const QString &entry : drivers.entryList({QStringLiteral("*qsqlite*")}, QDir::Files))
        if (QLibrary::isLibrary(entry))
            result.append(drivers.absoluteFilePath(entry));
    const QString moduleEnvironment = qEnvironmentVariable("BACKROOM_MODULE_PATH");
    const QStringList moduleDirs = moduleEnvironment.isEmpty()
        ? QStringList{QDir::cleanPath(executableDirectory + QLatin1Char('/') + QLatin1String(BACKROOM_MODULE_DIR_RELATIVE))}
        : moduleEnvironment.split(QDir::listSeparator(), Qt::SkipEmptyParts);
    for (const QString &path : moduleDirs) {
        const QDir dir(path);
        for (const QString &entry : dir.entryList(QDir::Files, QDir::Name))
            if (QLibrary::isLibrary(entry))
                result.append(dir.absoluteFilePath(entry));
    }
    return result;
}

StartupPreloader::StartupPreloader()
{
    const QString executableDirectory = AppPaths::executableDirectory();
    m_thread = std::thread([executableDirectory] {
#ifdef BACKROOM_HAVE_FONTCONFIG
        // Reading the font configuration and cache is the largest single
        // cost of a Qt start-up on Linux; fontconfig is thread-safe and Qt's
        // own FcInit() later finds it done.
        FcInit();
#endif
        for (const QString &path : libraries(executableDirectory)) {
            // Loaded and deliberately never unloaded: the main thread's
            // QPluginLoader then finds the library already in memory.
            QLibrary library(path);
            library.load();
        }
    });
}

StartupPreloader::~StartupPreloader()
{
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace Backroom
