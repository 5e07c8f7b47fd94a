#pragma once

#include "coreglobal.h"

#include <QString>

namespace Backroom {

// The operating-system account running Backroom. Until company users exist
// it names who works; afterwards it still names who holds a file's lock.
class BACKROOM_CORE_EXPORT SystemAccount
{
public:
    static QString userName();
};

} // namespace Backroom
