#include "recordexporter.h"

#include "auditlog.h"
#include "entity.h"
#include "records.h"

#include <QHash>
#include <QJsonObject>

namespace Backroom {

QString RecordExporter::masked(const QString &text)
{
    return Field::maskedText(text);
}

TableExport RecordExporter::table(const Records &records, const Entity &entity, const QuerySpec &spec,
                                  const QStringList &fields, QString *errorString, bool unmasked)
{
    TableExport table(entity.pluralLabel(), TableExport::columnsFor(entity, fields));
    if (!records.check(QStringLiteral("export"), entity.id(), errorString)
        || (unmasked && !records.check(QStringLiteral("unmask"), entity.id(), errorString)))
        return table;
    QHash<QString, QHash<qint64, QString>> names; // referenced entity → id → display name
    QuerySpec page = spec;
    page.limit = 5000;
    page.offset = 0;
    for (;;) {
        QString error;
        const QList<Record> batch = records.select(entity.id(), page, &error);
        if (!error.isEmpty()) {
            if (errorString)
                *errorString = error;
            return table;
        }
        for (const Record &record : batch) {
            QVariantList row;
            for (const TableExport::Column &column : table.columns()) {
                const Field *field = entity.field(column.name);
                QVariant value = record.value(column.name);
                if (field && !value.isNull()) {
                    if (field->type() == Field::Type::Choice) {
                        value = field->choiceLabel(value.toString());
                    } else if (field->type() == Field::Type::Reference) {
                        QHash<qint64, QString> &cache = names[field->referencedEntity()];
                        const qint64 id = value.toLongLong();
                        // A record without a display text (not yet numbered)
                        // is named by its id, which the importer reads back.
                        if (!cache.contains(id)) {
                            const QString name = records.displayName(field->referencedEntity(), id);
                            cache.insert(id, name.isEmpty() ? QStringLiteral("#%1").arg(id) : name);
                        }
                        value = cache.value(id);
                    } else if (field->type() == Field::Type::Attachment) {
                        value = QString::number(value.toLongLong());
                    }
                    if (field->isSensitive() && !unmasked)
                        value = masked(value.toString());
                }
                row.append(value);
            }
            table.addRow(row);
        }
        if (batch.size() < page.limit)
            break;
        page.offset += page.limit;
    }
    return table;
}

bool RecordExporter::recordExported(const Records &records, const Entity &entity, const QuerySpec &spec, qint64 rows,
                                    const QString &destination, const QString &format, bool unmasked,
                                    QString *errorString)
{
    QJsonObject detail{{QStringLiteral("rows"), rows},
                       {QStringLiteral("destination"), destination},
                       {QStringLiteral("format"), format},
                       {QStringLiteral("unmasked"), unmasked}};
    if (!spec.search.trimmed().isEmpty())
        detail.insert(QStringLiteral("search"), spec.search.trimmed());
    if (!spec.filter.isEmpty())
        detail.insert(QStringLiteral("filtered"), true);
    return records.audit(QString::fromLatin1(AuditLog::Action::Export), entity.id(), 0, detail, errorString);
}

} // namespace Backroom
