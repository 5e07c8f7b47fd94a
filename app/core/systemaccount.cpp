#include "systemaccount.h"

#ifdef Q_OS_WIN
#  include <qt_windows.h>
#  include <lmcons.h>
#else
#  include <pwd.h>
#  include <unistd.h>
#endif

namespace Backroom {

QString SystemAccount::userName()
{
#ifdef Q_OS_WIN
    wchar_t buffer[UNLEN + 1];
    DWORD size = UNLEN + 1;
    if (::GetUserNameW(buffer, &size) && size > 0)
        return QString::fromWCharArray(buffer, int(size) - 1);
    return qEnvironmentVariable("USERNAME");
#else
    // The password database, not $USER: environments such as services,
    // containers and xvfb-run often leave $USER unset.
    if (const passwd *entry = ::getpwuid(::geteuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    const QString fromEnvironment = qEnvironmentVariable("USER");
    return fromEnvironment.isEmpty() ? QString::number(::geteuid()) : fromEnvironment;
#endif
}

} // namespace Backroom
