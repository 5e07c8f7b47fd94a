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

void RecordHook::bulkStarted(Database &)
{
}

bool RecordHook::bulkFinished(Database &, bool, QString *)
{
    return true;
}

void RecordHook::finished(Database &)
{
}

} // namespace Backroom
