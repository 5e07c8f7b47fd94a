#include "apppaths.h"

#include "version.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#ifdef Q_OS_WIN
#  include <qt_windows.h>
#endif

namespace Backroom {

QString AppPaths::executableDirectory()
{
    if (QCoreApplication::instance())
        return QCoreApplication::applicationDirPath();
#if defined(Q_OS_LINUX)
    return QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath().section(QLatin1Char('/'), 0, -2);
#elif defined(Q_OS_WIN)
    wchar_t buffer[MAX_PATH];
    const DWORD length = ::GetModuleFileNameW(nullptr, buffer, MAX_PATH);
    return QFileInfo(QString::fromWCharArray(buffer, int(length))).absolutePath();
#else
    return QString();
#endif
}

QString AppPaths::moduleDirectory()
{
    return QDir::cleanPath(executableDirectory() + QLatin1Char('/') + QLatin1String(BACKROOM_MODULE_DIR_RELATIVE));
}

QString AppPaths::dataDirectory()
{
    QString path = qEnvironmentVariable("BACKROOM_DATA_DIR");
    if (path.isEmpty())
        path = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
               + QStringLiteral("/backroom");
    QDir().mkpath(path);
    return QDir::cleanPath(path);
}

QString AppPaths::demoCompanyPath()
{
    return dataDirectory() + QStringLiteral("/demo.") + companyFileSuffix();
}

} // namespace Backroom
