#include "changenotifier.h"

#include "database.h"
#include "entity.h"
#include "records.h"

#include <QSqlDriver>

namespace Backroom {

bool ChangeNotifier::notify(Database &db, const QString &entityId, QString *reason)
{
    if (db.dialect().kind() != SqlDialect::Kind::Postgres)
        return true;
    return db.scalar(QStringLiteral("SELECT pg_notify(?, ?)"), {QString::fromLatin1(Channel), entityId}, reason)
        .has_value();
}

bool ChangeNotifier::after(Database &db, const Change &change, QString *reason)
{
    // An import's thousands of rows make one notice per entity, at its end.
    if (m_bulk) {
        m_bulkEntities.insert(change.entity.id());
        return true;
    }
    return notify(db, change.entity.id(), reason);
}

void ChangeNotifier::bulkStarted(Database &)
{
    m_bulk = true;
    m_bulkEntities.clear();
}

bool ChangeNotifier::bulkFinished(Database &db, bool ok, QString *reason)
{
    m_bulk = false;
    const QSet<QString> entities = std::exchange(m_bulkEntities, {});
    if (!ok)
        return true;
    for (const QString &entityId : entities)
        if (!notify(db, entityId, reason))
            return false;
    return true;
}

bool ChangeNotifier::listen(Records &records)
{
    Database &db = records.database();
    if (db.dialect().kind() != SqlDialect::Kind::Postgres)
        return true;
    QSqlDriver *driver = db.connection().driver();
    if (!driver->subscribeToNotification(QString::fromLatin1(Channel)))
        return false;
    QObject::connect(driver, &QSqlDriver::notification, &records,
                     [&records](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                         // Our own changes were announced in this process already.
                         if (name == QLatin1String(Channel) && source == QSqlDriver::OtherSource)
                             records.notifyChanged(payload.toString());
                     });
    return true;
}

} // namespace Backroom
