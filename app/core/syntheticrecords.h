#pragma once

#include "coreglobal.h"

#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QVariantMap>

namespace Backroom {

class Database;
class Entity;
template <typename T> class Registry;

// Valid made-up records of any declared entity, for `backroom-cli generate`,
// the benchmarks and the conformance test: every stored field filled the way
// its type and attributes allow (unique texts numbered, ranges respected,
// references to existing records, some optional fields left empty as in
// real data). The same seed gives the same records.
class BACKROOM_CORE_EXPORT SyntheticRecords
{
public:
    using Targets = QHash<QString, QList<qint64>>;   // referenced entity → ids

    // Up to `limit` ids of each entity the given one refers to.
    static Targets referenceTargets(Database &db, const Entity &entity, const Registry<Entity> &entities,
                                    int limit = 10000);
    // The values of synthetic record number n.
    static QVariantMap values(const Entity &entity, qint64 n, QRandomGenerator &random, const Targets &targets);
};

} // namespace Backroom
