#pragma once

#include <QVariantMap>

namespace Backroom {

// One row of a declared entity, with values in their C++ form: QString,
// qint64 (integers, money in minor units, scaled quantities, references),
// bool, QDate, QDateTime (UTC). Missing values are null QVariants.
struct Record
{
    qint64 id = 0;
    qint64 version = 0;
    bool archived = false;
    QVariantMap values;
    QVariantMap system;   // created_at, created_by, updated_at, updated_by

    QVariant value(const QString &field) const { return values.value(field); }
};

} // namespace Backroom
