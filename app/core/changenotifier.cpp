#include "changenotifier.h"

#include "database.h"
#include "entity.h"
#include "records.h"

#include <QSqlDriver>

#include <algorithm>

namespace Backroom {

bool ChangeNotifier::after(Database &db, const Change &change, QString *)
{
    // An import's thousands of rows make one notice per entity, at its end.
    if (m_bulk)
        m_bulkEntities.insert(change.entity.id());
    else
        changed(db, change.entity.id());
    return true;
}

void ChangeNotifier::bulkStarted(Database &)
{
    m_bulk = true;
    m_bulkEntities.clear();
}

bool ChangeNotifier::bulkFinished(Database &db, bool ok, QString *)
{
    m_bulk = false;
    const QSet<QString> entities = std::exchange(m_bulkEntities, {});
    if (ok) {
        for (const QString &entityId : entities)
            changed(db, entityId);
    }
    return true;
}

void ChangeNotifier::changed(Database &db, const QString &entityId)
{
    if (db.dialect().kind() != SqlDialect::Kind::Postgres)
        return;
    if (const std::shared_ptr<QSet<QString>> open = m_open.lock()) {
        open->insert(entityId);
        return;
    }
    const auto open = std::make_shared<QSet<QString>>(QSet<QString>{entityId});
    m_open = open;
    // Keyed by this notifier: another session's on the same connection queues its own.
    db.afterCommit(QString::fromLatin1(Channel) + QString::number(quintptr(this), 16),
                   [open](Database &committed) { announce(committed, *open); });
}

void ChangeNotifier::announce(Database &db, const QSet<QString> &entities)
{
    QStringList names(entities.cbegin(), entities.cend());
    std::sort(names.begin(), names.end());
    QString error;
    if (!db.scalar(QStringLiteral("SELECT set_config('synchronous_commit', 'off', true), pg_notify(?, ?)"),
                   {QString::fromLatin1(Channel), names.join(QLatin1Char(' '))}, &error))
        qWarning("Backroom: the other clerks' lists were not told of this change: %s", qPrintable(error));
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
                         if (name != QLatin1String(Channel) || source != QSqlDriver::OtherSource)
                             return;
                         const QStringList entities = payload.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
                         for (const QString &entityId : entities)
                             records.notifyChanged(entityId);
                     });
    return true;
}

} // namespace Backroom
