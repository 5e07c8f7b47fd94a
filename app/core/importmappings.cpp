#include "importmappings.h"

#include "database.h"
#include "entity.h"
#include "records.h"
#include "writetransaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Backroom {

ImportMappings::ImportMappings(Records &records)
    : m_records(records)
{
}

QString ImportMappings::normalizedColumn(const QString &column)
{
    // NFKC folds full-width letters and digits (common in Chinese
    // spreadsheets) into their ordinary forms.
    return column.normalized(QString::NormalizationForm_KC).simplified().toCaseFolded();
}

QString ImportMappings::headerKey(const QStringList &header)
{
    QStringList names;
    for (const QString &column : header)
        names.append(normalizedColumn(column));
    names.sort();
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(names)).toJson(QJsonDocument::Compact));
}

std::optional<QMap<QString, QString>> ImportMappings::find(const QString &entityId, const QStringList &header) const
{
    const Entity *entity = m_records.entity(entityId);
    if (!entity || header.isEmpty())
        return std::nullopt;
    const std::optional<QVariant> stored = m_records.database().scalar(
        QStringLiteral("SELECT mapping FROM backroom_import_mapping WHERE entity = ? AND headers = ?"),
        {entityId, headerKey(header)});
    if (!stored)
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(stored->toString().toUtf8());
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject columns = document.object();
    QMap<QString, QString> mapping;
    QStringList used;
    for (const QString &column : header) {
        const QString name = columns.value(normalizedColumn(column)).toString();
        const Field *field = entity->field(name);
        // The entity may have changed since: only what can still be imported.
        if (!field || !field->isStored() || field->isReadOnly() || used.contains(name))
            continue;
        used.append(name);
        mapping.insert(column, name);
    }
    return mapping;
}

bool ImportMappings::remember(const QString &entityId, const QStringList &header,
                              const QMap<QString, QString> &mapping, QString *errorString)
{
    QJsonObject columns;
    for (const QString &column : header)
        columns.insert(normalizedColumn(column), mapping.value(column));   // "" is "ignored"
    WriteTransaction transaction(m_records.database());
    QString error = transaction.isActive() ? QString() : transaction.errorString();
    const bool ok = error.isEmpty() && m_records.database().exec(
        QStringLiteral("INSERT INTO backroom_import_mapping (entity, headers, mapping, updated_at) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (entity, headers) DO UPDATE SET mapping = excluded.mapping, "
                       "updated_at = excluded.updated_at"),
        {entityId, headerKey(header), QString::fromUtf8(QJsonDocument(columns).toJson(QJsonDocument::Compact)),
         QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        &error);
    if (ok && transaction.commit())
        return true;
    if (errorString)
        *errorString = tr("The column mapping could not be remembered: %1")
                           .arg(error.isEmpty() ? transaction.errorString() : error);
    return false;
}

bool ImportMappings::forget(const QString &entityId, const QStringList &header, QString *errorString)
{
    WriteTransaction transaction(m_records.database());
    QString error = transaction.isActive() ? QString() : transaction.errorString();
    const bool ok = error.isEmpty()
                    && m_records.database().exec(
                        QStringLiteral("DELETE FROM backroom_import_mapping WHERE entity = ? AND headers = ?"),
                        {entityId, headerKey(header)}, &error);
    if (ok && transaction.commit())
        return true;
    if (errorString)
        *errorString = tr("The column mapping could not be forgotten: %1")
                           .arg(error.isEmpty() ? transaction.errorString() : error);
    return false;
}

} // namespace Backroom
