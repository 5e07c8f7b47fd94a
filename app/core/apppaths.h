#pragma once

#include "coreglobal.h"

#include <QString>

namespace Backroom {

// Where Backroom finds its parts and keeps the user's files. Everything is
// relative to the executable, so the build tree and an installed tree behave
// the same and no environment variable is needed to run either.
class BACKROOM_CORE_EXPORT AppPaths
{
public:
    static QString moduleDirectory();
    // The folder of the running executable; works before QCoreApplication exists.
    static QString executableDirectory();
    // The user's Backroom folder: BACKROOM_DATA_DIR when set (tests), else the
    // platform's per-user data location. Created when missing.
    static QString dataDirectory();
    static QString demoCompanyPath();
    static QString companyFileSuffix() { return QStringLiteral("backroom"); }
};

} // namespace Backroom
