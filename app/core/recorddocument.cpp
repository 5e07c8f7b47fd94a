#include "recorddocument.h"

#include "amountinwords.h"
#include "entity.h"
#include "recordexporter.h"
#include "recordlistmodel.h"
#include "records.h"
#include "templatestore.h"
#include "workflow.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Backroom {

namespace {

// Keys the data reserves for itself; a field of the same name is still
// reachable through the record's own map under "fields".
bool isTotalled(const Field &field)
{
    return field.type() == Field::Type::Money || field.type() == Field::Type::Quantity;
}

class ValueText
{
public:
    explicit ValueText(const Records &records) : m_records(records) {}

    QString text(const Field &field, const QVariant &value)
    {
        if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty()))
            return QString();
        switch (field.type()) {
        case Field::Type::LongText:
            return value.toString();   // the whole text; the list shows one line
        case Field::Type::Reference: {
            const qint64 id = value.toLongLong();
            const QString key = field.referencedEntity() + QLatin1Char('#') + QString::number(id);
            auto found = m_names.constFind(key);
            if (found == m_names.constEnd())
                found = m_names.insert(key, m_records.displayName(field.referencedEntity(), id));
            return *found;
        }
        default:
            return RecordListModel::displayText(field, value);
        }
    }

    // As printed: sensitive values masked unless the caller may unmask them,
    // and `shown` set when a sensitive value goes out in clear.
    QString printed(const Field &field, const QVariant &value, bool unmasked, bool *shown)
    {
        const QString plain = text(field, value);
        if (!field.isSensitive() || plain.isEmpty())
            return plain;
        if (unmasked) {
            *shown = true;
            return plain;
        }
        const bool textual = field.type() == Field::Type::Text || field.type() == Field::Type::LongText;
        return RecordExporter::masked(textual ? plain : QString());
    }

private:
    const Records &m_records;
    QHash<QString, QString> m_names;
};

QVariant valueOf(const Field &field, const QVariantMap &values)
{
    return field.isComputed() ? field.compute(values) : values.value(field.name());
}

} // namespace

RecordDocument::CompanyData RecordDocument::companyData(const Records &records)
{
    CompanyData company;
    QuerySpec spec;
    spec.limit = 1;
    const QList<Record> profiles = records.select(QStringLiteral("core.company"), spec);
    const Entity *companyEntity = records.entity(QStringLiteral("core.company"));
    ValueText values(records);
    for (const QString &key : {QStringLiteral("name"), QStringLiteral("short_name"), QStringLiteral("address"),
                               QStringLiteral("tax_id"), QStringLiteral("phone")}) {
        const Field *field = companyEntity ? companyEntity->field(key) : nullptr;
        company.fields.insert(key, field && !profiles.isEmpty() ? values.text(*field, profiles.constFirst().value(key))
                                                                : QString());
    }
    if (companyEntity && !profiles.isEmpty())
        company.currency = profiles.constFirst().value(QStringLiteral("currency")).toString();
    return company;
}

QVariantMap RecordDocument::data(const Records &records, const Entity &entity, const Record &record, const Options &options,
                                 bool *showsSensitive)
{
    ValueText values(records);
    bool sensitiveShown = false;
    QVariantMap data;
    QVariantMap labels;
    QVariantMap lineLabels;

    // A batch reads the company once (DocumentService); a single call reads it here.
    const CompanyData company = options.company ? *options.company : companyData(records);
    const QString &currency = company.currency;

    for (const Field &field : entity.fields()) {
        labels.insert(field.name(), field.label());
        if (field.type() == Field::Type::ChildLines) {
            const Entity *child = records.entity(field.childEntity());
            QVariantList lines;
            QVariantMap childLabels;
            QHash<QString, qint64> totals;
            if (child) {
                for (const Field &column : child->fields()) {
                    if (column.name() != field.childParentField() && column.name() != field.lineOrderField())
                        childLabels.insert(column.name(), column.label());
                }
                QuerySpec spec;
                spec.filter = Filter::where(field.childParentField(), Filter::Op::Equal, record.id);
                spec.includeArchived = true;
                spec.limit = 100000;
                if (!field.lineOrderField().isEmpty())
                    spec.sort = {SortKey{field.lineOrderField(), Qt::AscendingOrder}};
                int number = 0;
                for (const Record &lineRecord : records.select(child->id(), spec)) {
                    QVariantMap line;
                    line.insert(QStringLiteral("line_number"), QString::number(++number));
                    for (const Field &column : child->fields()) {
                        if (column.type() == Field::Type::ChildLines)
                            continue;
                        const QVariant value = valueOf(column, lineRecord.values);
                        line.insert(column.name(), values.printed(column, value, options.unmasked, &sensitiveShown));
                        if (isTotalled(column) && !value.isNull())
                            totals[column.name()] += value.toLongLong();
                    }
                    lines.append(line);
                }
                QVariantMap totalTexts;
                for (const Field &column : child->fields()) {
                    if (!isTotalled(column))
                        continue;
                    const qint64 sum = totals.value(column.name());
                    // A sum of hidden amounts is as secret as the amounts.
                    const bool hidden = column.isSensitive() && !options.unmasked;
                    totalTexts.insert(column.name(), values.printed(column, sum, options.unmasked, &sensitiveShown));
                    if (column.type() == Field::Type::Money) {
                        const QString inWords = hidden ? QString() : AmountInWords::inWords(sum, currency, QLocale());
                        totalTexts.insert(column.name() + QStringLiteral("_in_words"), inWords);
                        totalTexts.insert(column.name() + QStringLiteral("_capital"),
                                          hidden ? QString() : AmountInWords::chineseCapital(sum));
                    }
                }
                data.insert(field.name() + QStringLiteral("_totals"), totalTexts);
            }
            data.insert(field.name(), lines);
            lineLabels.insert(field.name(), childLabels);
            continue;
        }
        const QVariant value = valueOf(field, record.values);
        data.insert(field.name(), values.printed(field, value, options.unmasked, &sensitiveShown));
        if (field.type() == Field::Type::Money) {
            const bool hidden = field.isSensitive() && !options.unmasked;
            const qint64 amount = value.toLongLong();
            data.insert(field.name() + QStringLiteral("_in_words"),
                        hidden || value.isNull() ? QString() : AmountInWords::inWords(amount, currency, QLocale()));
            data.insert(field.name() + QStringLiteral("_capital"),
                        hidden || value.isNull() ? QString() : AmountInWords::chineseCapital(amount));
        }
    }
    labels.insert(QStringLiteral("in_words"), tr("In words"));
    labels.insert(QStringLiteral("total"), tr("Total"));
    labels.insert(QStringLiteral("prepared_by"), tr("Prepared by"));
    labels.insert(QStringLiteral("checked_by"), tr("Checked by"));
    labels.insert(QStringLiteral("approved_by"), tr("Approved by"));
    labels.insert(QStringLiteral("state"), tr("State"));
    data.insert(QStringLiteral("labels"), labels);
    data.insert(QStringLiteral("line_labels"), lineLabels);
    data.insert(QStringLiteral("company"), company.fields);

    QVariantMap doc;
    doc.insert(QStringLiteral("title"), entity.label());
    doc.insert(QStringLiteral("name"), records.displayName(entity.id(), record.id));
    doc.insert(QStringLiteral("id"), QString::number(record.id));
    doc.insert(QStringLiteral("state"), entity.workflow() ? entity.workflow()->stateLabel(entity.workflow()->stateOf(record))
                                                          : QString());
    doc.insert(QStringLiteral("printed_by"), options.printedBy);
    doc.insert(QStringLiteral("printed_at"), QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    doc.insert(QStringLiteral("created_by"), record.system.value(QStringLiteral("created_by")).toString());
    data.insert(QStringLiteral("doc"), doc);
    if (const Entity::DocumentData &add = entity.documentData())
        add(records, record, &data);
    if (showsSensitive)
        *showsSensitive = sensitiveShown;
    return data;
}

QString RecordDocument::defaultTemplate(const Records &records, const Entity &entity)
{
    // Field names are identifiers (checked when declared), so they can go into
    // the template text as they are.
    QString body;
    body += QStringLiteral("<h1>{{doc.title}}</h1>\n");
    body += QStringLiteral("<p align=\"right\">{{doc.name}}{{#doc.state}} · {{doc.state}}{{/doc.state}}</p>\n");

    QList<const Field *> shortFields;
    QList<const Field *> longFields;
    QList<const Field *> lineFields;
    QList<const Field *> moneyFields;
    for (const Field &field : entity.fields()) {
        if (field.type() == Field::Type::ChildLines)
            lineFields.append(&field);
        else if (field.type() == Field::Type::LongText)
            longFields.append(&field);
        else if (field.name() != QLatin1String("state"))
            shortFields.append(&field);
        if (field.type() == Field::Type::Money)
            moneyFields.append(&field);
    }
    body += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">\n");
    for (qsizetype i = 0; i < shortFields.size(); i += 2) {
        body += QStringLiteral("<tr>");
        for (qsizetype j = i; j < i + 2; ++j) {
            if (j < shortFields.size()) {
                const QString name = shortFields.at(j)->name();
                body += QStringLiteral("<td width=\"17%\" style=\"color: #555555;\">{{labels.%1}}</td>"
                                       "<td width=\"33%\">{{%1}}</td>")
                            .arg(name);
            } else {
                body += QStringLiteral("<td width=\"17%\"></td><td width=\"33%\"></td>");
            }
        }
        body += QStringLiteral("</tr>\n");
    }
    for (const Field *field : longFields)
        body += QStringLiteral("<tr><td style=\"color: #555555;\">{{labels.%1}}</td>"
                               "<td colspan=\"3\" style=\"white-space: pre-wrap;\">{{%1}}</td></tr>\n")
                    .arg(field->name());
    for (const Field *field : moneyFields)
        body += QStringLiteral("{{#%1_in_words}}<tr><td style=\"color: #555555;\">{{labels.%1}} ({{labels.in_words}})</td>"
                               "<td colspan=\"3\">{{%1_in_words}}</td></tr>{{/%1_in_words}}\n")
                    .arg(field->name());
    body += QStringLiteral("</table>\n");

    for (const Field *field : lineFields) {
        const Entity *child = records.entity(field->childEntity());
        if (!child)
            continue;
        QList<const Field *> columns;
        for (const Field &column : child->fields()) {
            if (column.name() != field->childParentField() && column.name() != field->lineOrderField()
                && column.type() != Field::Type::ChildLines && column.type() != Field::Type::Attachment)
                columns.append(&column);
        }
        const QString name = field->name();
        body += QStringLiteral("<h2>{{labels.%1}}</h2>\n").arg(name);
        body += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                               "style=\"border-color: #777777;\">\n<thead><tr><th width=\"5%\">#</th>");
        for (const Field *column : columns)
            body += QStringLiteral("<th%2>{{line_labels.%1.%3}}</th>")
                        .arg(name, isTotalled(*column) ? QStringLiteral(" class=\"number\"") : QString(), column->name());
        body += QStringLiteral("</tr></thead>\n{{#%1}}<tr><td>{{line_number}}</td>").arg(name);
        for (const Field *column : columns)
            body += QStringLiteral("<td%1>{{%2}}</td>")
                        .arg(isTotalled(*column) || column->type() == Field::Type::Integer ? QStringLiteral(" class=\"number\"")
                                                                                         : QString(),
                             column->name());
        body += QStringLiteral("</tr>{{/%1}}\n").arg(name);
        bool anyTotal = false;
        for (const Field *column : columns)
            anyTotal = anyTotal || column->type() == Field::Type::Money;
        if (anyTotal) {
            body += QStringLiteral("<tr><td></td>");
            bool labelled = false;
            for (const Field *column : columns) {
                if (column->type() == Field::Type::Money) {
                    body += QStringLiteral("<td class=\"number\"><b>{{%1_totals.%2}}</b></td>").arg(name, column->name());
                } else if (!labelled) {
                    body += QStringLiteral("<td><b>{{labels.total}}</b></td>");
                    labelled = true;
                } else {
                    body += QStringLiteral("<td></td>");
                }
            }
            body += QStringLiteral("</tr>\n");
        }
        body += QStringLiteral("</table>\n");
        for (const Field *column : columns) {
            if (column->type() == Field::Type::Money)
                body += QStringLiteral("<p>{{line_labels.%1.%2}} {{labels.total}} ({{labels.in_words}}): "
                                       "{{%1_totals.%2_in_words}}</p>\n")
                            .arg(name, column->name());
        }
    }
    body += QStringLiteral("<p></p><table width=\"100%\" cellpadding=\"4\"><tr>"
                           "<td width=\"33%\">{{labels.prepared_by}}: {{doc.created_by}}</td>"
                           "<td width=\"33%\">{{labels.checked_by}}:</td>"
                           "<td width=\"34%\">{{labels.approved_by}}:</td></tr></table>\n");

    QJsonObject header;
    header.insert(QStringLiteral("paper"), QStringLiteral("A4"));
    header.insert(QStringLiteral("orientation"), QStringLiteral("portrait"));
    header.insert(QStringLiteral("margins"), QJsonArray{15, 15, 15, 15});
    header.insert(QStringLiteral("expects"), QJsonArray{QStringLiteral("doc"), QStringLiteral("labels")});
    return QStringLiteral("<!--backroom\n") + QString::fromUtf8(QJsonDocument(header).toJson(QJsonDocument::Indented))
           + QStringLiteral("-->\n") + body;
}

PrintDocument RecordDocument::build(const Records &records, const TemplateStore &store, const QString &entityId, qint64 id,
                                    const QString &templateName, const Options &options, QString *error)
{
    PrintDocument document;
    const Entity *entity = records.entity(entityId);
    if (!entity) {
        *error = tr("There is no entity “%1”.").arg(entityId);
        return document;
    }
    const std::optional<Record> record = records.read(entityId, id);
    if (!record) {
        *error = tr("%1 #%2 does not exist.").arg(entity->label()).arg(id);
        return document;
    }
    const QString name = templateName.isEmpty() ? entityId : templateName;
    DocumentTemplate::Problem problem;
    document.documentTemplate = store.load(name, &problem);
    if (!document.documentTemplate.isValid()) {
        *error = problem.toString();
        return document;
    }
    bool sensitive = false;
    document.data = data(records, *entity, *record, options, &sensitive);
    document.confidential = sensitive;
    if (const Workflow *flow = entity->workflow())
        document.draft = flow->isEditable(flow->stateOf(*record));
    document.title = entity->label() + QStringLiteral(" ") + records.displayName(entityId, id);
    error->clear();
    return document;
}

} // namespace Backroom
