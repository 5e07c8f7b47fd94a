#pragma once

#include "coreglobal.h"
#include "printdocument.h"
#include "record.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace Backroom {

class Entity;
class Records;
class TemplateStore;

// A record as a document: the data a template is filled with, and the
// default layout every entity gets.
//
// The data holds every field by name as the clerk reads it (amounts grouped,
// choices and references by their names, sensitive values masked unless
// unmasked), child lines as lists of such maps with "line_number", and:
//   labels.<field>, line_labels.<lines field>.<column>   translated labels
//   <money field>_in_words       amount in words for the company's currency
//   <money field>_capital        Chinese capital form (大写金额)
//   <lines field>_totals.<column>  sums of money and quantity columns
//   doc.title, doc.name, doc.id, doc.state, doc.printed_by, doc.printed_at
//   company.name, company.address, company.tax_id, company.phone
class BACKROOM_CORE_EXPORT RecordDocument
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::RecordDocument)

public:
    // The company profile as documents show it, and its currency for
    // amounts in words.
    struct CompanyData
    {
        QVariantMap fields;
        QString currency = QStringLiteral("CNY");
    };
    static CompanyData companyData(const Records &records);

    struct Options
    {
        bool unmasked = false;     // the caller checked the unmask permission
        QString printedBy;
        std::optional<CompanyData> company;   // read once for a batch; read per call when unset
    };

    static QVariantMap data(const Records &records, const Entity &entity, const Record &record, const Options &options,
                            bool *showsSensitive = nullptr);
    // The generated template of an entity; child entities' labels come from
    // `records`' registry.
    static QString defaultTemplate(const Records &records, const Entity &entity);

    // The document for one record with the named template (default: the
    // entity's own). `error` says what is wrong when the result has no template.
    static PrintDocument build(const Records &records, const TemplateStore &store, const QString &entityId, qint64 id,
                               const QString &templateName, const Options &options, QString *error);
};

} // namespace Backroom
