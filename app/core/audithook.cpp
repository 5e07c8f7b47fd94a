#include "audithook.h"

#include "auditlog.h"
#include "entity.h"
#include "fieldcodec.h"
#include "workflow.h"

namespace Backroom {

namespace {

QJsonValue storedJson(const Field &field, const QVariant &typed)
{
    if (FieldCodec::isEmpty(typed))
        return QJsonValue(QJsonValue::Null);
    const QVariant stored = FieldCodec::toStorage(field, typed);
    switch (stored.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return QJsonValue(stored.toLongLong());
    case QMetaType::Double:
        return QJsonValue(stored.toDouble());
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return QJsonValue(QJsonValue::Null);
    default:
        return stored.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(stored.toString());
    }
}

} // namespace

QString AuditHook::actionName(Action action)
{
    switch (action) {
    case Action::Create: return QString::fromLatin1(AuditLog::Action::Create);
    case Action::Update: return QString::fromLatin1(AuditLog::Action::Update);
    case Action::Archive: return QString::fromLatin1(AuditLog::Action::Archive);
    case Action::Restore: return QString::fromLatin1(AuditLog::Action::Restore);
    case Action::Delete: return QString::fromLatin1(AuditLog::Action::Delete);
    case Action::Transition: return QString::fromLatin1(AuditLog::Action::Transition);
    }
    return QString();
}

QJsonValue AuditHook::loggedValue(const Field &field, const QVariant &typed)
{
    const QJsonValue value = storedJson(field, typed);
    // Only that it was set: a salary or an ID number never enters the log.
    if (field.isSensitive() && !value.isNull())
        return AuditLog::maskedValue();
    return value;
}

QJsonObject AuditHook::detail(const Change &change)
{
    QJsonObject detail;
    switch (change.action) {
    case Action::Create:
    case Action::Delete: {
        const QVariantMap &values = change.action == Action::Create ? change.after : change.before;
        QJsonObject fields;
        for (const Field &field : change.entity.fields()) {
            if (!field.isStored())
                continue;
            const QJsonValue value = loggedValue(field, values.value(field.name()));
            if (!value.isNull())
                fields.insert(field.name(), value);
        }
        detail.insert(QStringLiteral("fields"), fields);
        break;
    }
    case Action::Update: {
        QJsonObject fields;
        for (const Field &field : change.entity.fields()) {
            if (!field.isStored())
                continue;
            // Compared unmasked, so a changed salary is logged as changed.
            const QJsonValue before = storedJson(field, change.before.value(field.name()));
            const QJsonValue after = storedJson(field, change.after.value(field.name()));
            if (before == after)
                continue;
            fields.insert(field.name(),
                          QJsonObject{{QStringLiteral("before"), loggedValue(field, change.before.value(field.name()))},
                                      {QStringLiteral("after"), loggedValue(field, change.after.value(field.name()))}});
        }
        detail.insert(QStringLiteral("fields"), fields);
        break;
    }
    case Action::Transition:
        detail.insert(QStringLiteral("transition"), change.transition);
        detail.insert(QStringLiteral("from"), change.before.value(Workflow::stateField()).toString());
        detail.insert(QStringLiteral("to"), change.after.value(Workflow::stateField()).toString());
        if (!change.permission.isEmpty())
            detail.insert(QStringLiteral("permission"), change.permission);
        if (!change.comment.isEmpty())
            detail.insert(QStringLiteral("comment"), change.comment);
        break;
    case Action::Archive:
    case Action::Restore:
        break;
    }
    return detail;
}

AuditHook::AuditHook() = default;
AuditHook::~AuditHook() = default;

void AuditHook::bulkStarted(Database &db)
{
    m_batch = std::make_unique<AuditLog::Batch>(db);
}

bool AuditHook::bulkFinished(Database &, bool ok, QString *reason)
{
    const std::unique_ptr<AuditLog::Batch> batch = std::move(m_batch);
    QString error;
    if (!ok || !batch || batch->finish(&error))
        return true;
    if (reason)
        *reason = tr("The change could not be recorded in the audit log: %1").arg(error);
    return false;
}

bool AuditHook::after(Database &db, const Change &change, QString *reason)
{
    AuditLog::Entry entry;
    entry.user = change.user;
    entry.action = actionName(change.action);
    entry.entity = change.entity.id();
    entry.recordId = change.id;
    entry.detail = detail(change);
    if (m_batch) {
        m_batch->append(entry);
        return true;
    }
    QString error;
    if (AuditLog(db).append(entry, &error).id == 0) {
        if (reason)
            *reason = tr("The change could not be recorded in the audit log: %1").arg(error);
        return false;
    }
    return true;
}

} // namespace Backroom
