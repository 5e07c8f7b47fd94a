#include "recordimporter.h"

#include "database.h"
#include "entity.h"
#include "fieldcodec.h"
#include "records.h"
#include "writetransaction.h"

#include <QHash>

namespace Backroom {

RecordImporter::RecordImporter(Records &records, const Entity &entity)
    : m_records(records)
    , m_entity(entity)
{
}

QMap<QString, QString> RecordImporter::defaultMapping(const QStringList &header) const
{
    QMap<QString, QString> mapping;
    for (const QString &column : header) {
        const QString wanted = column.trimmed();
        for (const Field &field : m_entity.fields()) {
            if (!field.isStored() || field.isReadOnly())
                continue;
            if (wanted.compare(field.name(), Qt::CaseInsensitive) == 0
                || wanted.compare(field.label(), Qt::CaseInsensitive) == 0) {
                mapping.insert(column, field.name());
                break;
            }
        }
    }
    return mapping;
}

RecordImporter::Result RecordImporter::import(const CsvReader &reader, const QMap<QString, QString> &mapping)
{
    Result result;
    auto problem = [&](qint64 line, const QString &column, const QString &message) {
        if (result.problems.size() < MaxProblems)
            result.problems.append({line, column, message});
    };
    if (const auto error = reader.error()) {
        problem(error->line, QString(), error->message);
        return result;
    }

    // The mapping first: every column must name a writable field, and every
    // required field without a default or a number must have a column.
    const QStringList header = reader.header();
    QList<int> columnIndex;
    QList<const Field *> columnField;
    QStringList mappedFields;
    for (int i = 0; i < header.size(); ++i) {
        const QString target = mapping.value(header.at(i));
        if (target.isEmpty())
            continue;
        const Field *field = m_entity.field(target);
        if (!field || !field->isStored() || field->isReadOnly()) {
            problem(0, header.at(i), tr("Column “%1” is mapped to “%2”, which %3 cannot import.")
                                         .arg(header.at(i), target, m_entity.label()));
            continue;
        }
        if (mappedFields.contains(target)) {
            problem(0, header.at(i), tr("Two columns are mapped to %1.").arg(field->label()));
            continue;
        }
        mappedFields.append(target);
        columnIndex.append(i);
        columnField.append(field);
    }
    for (const Field &field : m_entity.fields())
        if (field.isStored() && field.isRequired() && !field.defaultValue().isValid() && !field.isNumbered()
            && !mappedFields.contains(field.name()))
            problem(0, QString(), tr("No column is mapped to %1, which is required.").arg(field.label()));
    if (!result.problems.isEmpty())
        return result;

    Database &db = m_records.database();
    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        problem(0, QString(), tr("The company file cannot be written now: %1").arg(transaction.errorString()));
        return result;
    }
    // Display name → id per referenced entity, looked up once per distinct text.
    QHash<QString, QHash<QString, qint64>> referenceCache;
    auto resolveReference = [&](const Field &field, const QString &text, QString *error) -> QVariant {
        const Entity *target = m_records.entity(field.referencedEntity());
        if (!target) {
            *error = tr("%1 refers to an unknown kind of record.").arg(field.label());
            return {};
        }
        QHash<QString, qint64> &cache = referenceCache[target->id()];
        if (const auto it = cache.constFind(text); it != cache.cend())
            return *it;
        const auto id = db.scalar(QStringLiteral("SELECT id FROM %1 WHERE %2 = ? ORDER BY archived, id LIMIT 1")
                                      .arg(target->tableName(), target->displayFieldName()),
                                  {text});
        if (!id) {
            *error = tr("There is no %1 “%2”.").arg(target->label(), text);
            return {};
        }
        cache.insert(text, id->toLongLong());
        return id->toLongLong();
    };

    for (const CsvReader::Row &row : reader.rows()) {
        if (result.problems.size() >= MaxProblems)
            break;
        if (row.fields.size() != header.size()) {
            problem(row.line, QString(), tr("Line %1 has %2 fields; the header has %3.")
                                             .arg(row.line).arg(row.fields.size()).arg(header.size()));
            continue;
        }
        QVariantMap values;
        QMap<QString, QString> columnOf;
        bool rowOk = true;
        for (qsizetype c = 0; c < columnIndex.size(); ++c) {
            const Field &field = *columnField.at(c);
            const QString text = row.fields.at(columnIndex.at(c));
            const QString column = header.at(columnIndex.at(c));
            columnOf.insert(field.name(), column);
            if (text.trimmed().isEmpty())
                continue; // empty cells leave defaults and numbering alone
            if (field.type() == Field::Type::Reference) {
                QString error;
                const QVariant id = resolveReference(field, text.trimmed(), &error);
                if (!id.isValid()) {
                    problem(row.line, column, error);
                    rowOk = false;
                    continue;
                }
                values.insert(field.name(), id);
            } else if (field.type() == Field::Type::Money || field.type() == Field::Type::Quantity) {
                // Amounts in files are written as a clerk reads them (1,234.50
                // yuan), not in minor units.
                const int scale = field.type() == Field::Type::Money ? 2 : field.scale();
                const auto value = FieldCodec::parseDecimal(text, scale);
                if (!value) {
                    problem(row.line, column, tr("%1 “%2” is not an amount with at most %3 decimals.")
                                                  .arg(field.label(), text.trimmed())
                                                  .arg(scale));
                    rowOk = false;
                    continue;
                }
                values.insert(field.name(), *value);
            } else {
                values.insert(field.name(), text);
            }
        }
        if (!rowOk)
            continue;
        // Each row in a savepoint: a row that fails leaves the others, and
        // later rows see earlier ones (a duplicate inside the file is caught).
        const Records::Result created = m_records.create(m_entity.id(), values);
        if (!created.ok()) {
            if (created.fieldErrors.isEmpty())
                problem(row.line, QString(), created.message);
            for (const Records::FieldError &error : created.fieldErrors)
                problem(row.line, columnOf.value(error.field), error.message);
            continue;
        }
        ++result.imported;
    }
    if (!result.problems.isEmpty()) {
        result.imported = 0; // the transaction rolls back: nothing was written
        return result;
    }
    if (!transaction.commit()) {
        result.imported = 0;
        problem(0, QString(), tr("The import could not be saved: %1").arg(transaction.errorString()));
        return result;
    }
    result.ok = true;
    m_records.notifyChanged(m_entity.id());
    return result;
}

} // namespace Backroom
