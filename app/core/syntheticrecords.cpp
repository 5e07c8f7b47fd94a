#include "syntheticrecords.h"

#include "database.h"
#include "entity.h"
#include "registry.h"

#include <QDateTime>
#include <QSqlQuery>

#include <algorithm>

namespace Backroom {

SyntheticRecords::Targets SyntheticRecords::referenceTargets(Database &db, const Entity &entity,
                                                             const Registry<Entity> &entities, int limit)
{
    Targets targets;
    for (const Field &field : entity.fields()) {
        if (field.type() != Field::Type::Reference || targets.contains(field.referencedEntity()))
            continue;
        QList<qint64> ids;
        if (const Entity *target = entities.find(field.referencedEntity())) {
            QSqlQuery query(db.connection());
            query.setForwardOnly(true);
            query.prepare(QStringLiteral("SELECT id FROM %1 WHERE archived = 0 ORDER BY id LIMIT ?").arg(target->tableName()));
            query.addBindValue(limit);
            if (query.exec())
                while (query.next())
                    ids.append(query.value(0).toLongLong());
        }
        targets.insert(field.referencedEntity(), ids);
    }
    return targets;
}

QVariantMap SyntheticRecords::values(const Entity &entity, qint64 n, QRandomGenerator &random, const Targets &targets)
{
    QVariantMap values;
    for (const Field &field : entity.fields()) {
        if (!field.isStored() || field.isReadOnly() || field.isNumbered())
            continue;
        const bool optional = !field.isRequired() && !field.isUnique();
        if (optional && random.bounded(10) == 0)
            continue; // some empty optional fields, as in real data
        if (field.hasSample()) {
            values.insert(field.name(), field.sampleValue(n));
            continue;
        }
        switch (field.type()) {
        case Field::Type::Text:
            // A validated text (a colour, a code pattern) keeps its default,
            // which the declaration promises is valid.
            if (field.customValidator()) {
                if (field.defaultValue().isValid())
                    values.insert(field.name(), field.defaultValue());
            } else {
                values.insert(field.name(), QStringLiteral("%1 %2").arg(field.label()).arg(n).left(
                                                field.maxLength() > 0 ? field.maxLength() : 200));
            }
            break;
        case Field::Type::LongText:
            values.insert(field.name(), QStringLiteral("%1 %2").arg(field.label()).arg(n));
            break;
        case Field::Type::Integer:
            values.insert(field.name(), std::clamp<qint64>(qint64(random.bounded(1000)), field.minimum(), field.maximum()));
            break;
        case Field::Type::Money:
        case Field::Type::Quantity:
            values.insert(field.name(),
                          std::clamp<qint64>(qint64(random.bounded(10000000)), field.minimum(), field.maximum()));
            break;
        case Field::Type::Date:
            values.insert(field.name(), QDate(2020, 1, 1).addDays(random.bounded(2500)));
            break;
        case Field::Type::DateTime:
            values.insert(field.name(), QDateTime(QDate(2020, 1, 1).addDays(random.bounded(2500)), QTime(9, 0), Qt::UTC));
            break;
        case Field::Type::Boolean:
            values.insert(field.name(), random.bounded(2) == 1);
            break;
        case Field::Type::Choice:
            if (!field.choices().isEmpty())
                values.insert(field.name(), field.choices().at(random.bounded(int(field.choices().size()))).key);
            break;
        case Field::Type::Reference: {
            const QList<qint64> ids = targets.value(field.referencedEntity());
            if (!ids.isEmpty())
                values.insert(field.name(), ids.at(random.bounded(int(ids.size()))));
            break;
        }
        case Field::Type::ChildLines:
        case Field::Type::Attachment:
            break;
        }
    }
    return values;
}

} // namespace Backroom
