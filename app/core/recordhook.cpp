#include "recordhook.h"

namespace Backroom {

RecordHook::~RecordHook() = default;

bool RecordHook::before(Database &, const Change &, QString *)
{
    return true;
}

bool RecordHook::after(Database &, const Change &, QString *)
{
    return true;
}

} // namespace Backroom
