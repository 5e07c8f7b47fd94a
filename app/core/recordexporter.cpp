#include "recordexporter.h"

#include "entity.h"
#include "records.h"

#include <QHash>

namespace Backroom {

QString RecordExporter::masked(const QString &text)
{
    if (text.isEmpty())
        return text;
    const qsizetype shown = std::min<qsizetype>(4, text.size() / 2);
    return QString(4, QChar(0x2022)) + text.right(shown);
}

TableExport RecordExporter::table(const Records &records, const Entity &entity, const QuerySpec &spec,
                                  const QStringList &fields, QString *errorString)
{
    TableExport table(entity.pluralLabel(), TableExport::columnsFor(entity, fields));
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
                        if (!cache.contains(id))
                            cache.insert(id, records.displayName(field->referencedEntity(), id));
                        value = cache.value(id);
                    } else if (field->type() == Field::Type::Attachment) {
                        value = QString::number(value.toLongLong());
                    }
                    // Sensitive values leave only masked until the security
                    // layer lets a user with "unmask" export them in full.
                    if (field->isSensitive())
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

} // namespace Backroom
