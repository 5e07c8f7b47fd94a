#include "corereports.h"

#include "coreentities.h"
#include "records.h"
#include "reportcontext.h"

namespace Backroom {

namespace {

Field::Choice kindChoice(const char *key, const char *label)
{
    // The same keys and labels as core.partner's kind field.
    return {QString::fromLatin1(key), [label] { return CoreEntities::tr(label); }};
}

bool partnersByKind(ReportContext &context, QString *errorString)
{
    const QString entityId = QStringLiteral("core.partner");
    const Entity *partner = context.records().entity(entityId);
    const Field *kind = partner ? partner->field(QStringLiteral("kind")) : nullptr;
    if (!kind) {
        if (errorString)
            *errorString = CoreReports::tr("This company has no partners list.");
        return false;
    }
    QuerySpec spec;
    const QVariant wanted = context.parameter(QStringLiteral("kind"));
    if (!wanted.isNull() && wanted.isValid())
        spec.filter = Filter::where(QStringLiteral("kind"), Filter::Op::Equal, wanted);
    // The groups come in the order of the kinds' keys, partners by code.
    spec.sort = {SortKey{QStringLiteral("kind")}, SortKey{QStringLiteral("code")}};
    return context.forEachRecord(
        entityId, spec,
        [&](const Record &record) {
            return context.addRow({kind->choiceLabel(record.value(QStringLiteral("kind")).toString()),
                                   record.value(QStringLiteral("code")), record.value(QStringLiteral("name")),
                                   record.value(QStringLiteral("tax_id")),
                                   record.value(QStringLiteral("credit_limit"))},
                                  entityId, record.id);
        },
        errorString);
}

} // namespace

QList<ReportDefinition> CoreReports::declarations()
{
    using Column = ReportDefinition::Column;
    using Parameter = ReportDefinition::Parameter;
    ReportDefinition byKind(QStringLiteral("core.partners_by_kind"), [] { return tr("Partners by kind"); });
    byKind.description([] { return tr("Customers and suppliers grouped by kind, with their credit limits summed."); })
        .addParameter(Parameter::choice(QStringLiteral("kind"), [] { return tr("Kind"); },
                                        {kindChoice("customer", QT_TRANSLATE_NOOP("Backroom::CoreEntities", "Customer")),
                                         kindChoice("supplier", QT_TRANSLATE_NOOP("Backroom::CoreEntities", "Supplier")),
                                         kindChoice("both", QT_TRANSLATE_NOOP("Backroom::CoreEntities",
                                                                              "Customer and supplier"))}))
        .addColumn(Column::text(QStringLiteral("kind"), [] { return tr("Kind"); }))
        .addColumn(Column::text(QStringLiteral("code"), [] { return tr("Code"); }))
        .addColumn(Column::text(QStringLiteral("name"), [] { return tr("Name"); }))
        .addColumn(Column::text(QStringLiteral("tax_id"), [] { return tr("Taxpayer ID"); }))
        .addColumn(Column::money(QStringLiteral("credit_limit"), [] { return tr("Credit limit"); }))
        .groupBy({QStringLiteral("kind")})
        .chart(ReportDefinition::Chart::Kind::Bar, QStringLiteral("kind"), QStringLiteral("credit_limit"))
        .query(partnersByKind);
    return {byKind};
}

} // namespace Backroom
