#include "importersettings.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace Backroom {

namespace {

struct Declarations
{
    QMutex mutex;
    QHash<QString, ImporterSettings::Declaration> byEntity;
};

Declarations &declarations()
{
    static Declarations known;
    return known;
}

} // namespace

void ImporterSettings::declare(const QString &entityId, const QStringList &settings, const Import &import)
{
    Declarations &known = declarations();
    QMutexLocker locker(&known.mutex);
    known.byEntity.insert(entityId, {settings, import});
}

std::optional<ImporterSettings::Declaration> ImporterSettings::find(const QString &entityId)
{
    Declarations &known = declarations();
    QMutexLocker locker(&known.mutex);
    const auto found = known.byEntity.constFind(entityId);
    if (found == known.byEntity.cend())
        return std::nullopt;
    return *found;
}

} // namespace Backroom
