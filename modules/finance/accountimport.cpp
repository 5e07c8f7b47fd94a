#include "accountimport.h"

#include "accountchart.h"
#include "csvreader.h"
#include "database.h"
#include "financeentities.h"
#include "foreigncurrency.h"
#include "importcolumns.h"
#include "records.h"
#include "writetransaction.h"

#include <QHash>
#include <QSet>

namespace Backroom::Finance {

QString AccountImport::usualSide(const QString &category)
{
    return category == QLatin1String("asset") || category == QLatin1String("cost") || category == QLatin1String("expense")
               ? QStringLiteral("debit")
               : QStringLiteral("credit");
}

RecordImporter::Result AccountImport::run(Records &records, const CsvReader &reader,
                                          const ImporterContribution::Options &options)
{
    Q_UNUSED(options);
    RecordImporter::Result result;
    const auto problem = [&](qint64 line, const QString &column, const QString &message) {
        result.problems.append({line, column, message});
    };
    if (const std::optional<CsvReader::Error> error = reader.error()) {
        problem(error->line, {}, error->message);
        return result;
    }
    static const QHash<QString, QString> names{
        {QStringLiteral("code"), QStringLiteral("code")},         {QStringLiteral("科目编码"), QStringLiteral("code")},
        {QStringLiteral("name"), QStringLiteral("name")},         {QStringLiteral("科目名称"), QStringLiteral("name")},
        {QStringLiteral("category"), QStringLiteral("category")}, {QStringLiteral("类别"), QStringLiteral("category")},
        {QStringLiteral("parent"), QStringLiteral("parent")},     {QStringLiteral("上级科目"), QStringLiteral("parent")},
        {QStringLiteral("side"), QStringLiteral("side")},         {QStringLiteral("余额方向"), QStringLiteral("side")},
        {QStringLiteral("currency"), QStringLiteral("currency")}, {QStringLiteral("币种"), QStringLiteral("currency")},
        {QStringLiteral("币别"), QStringLiteral("currency")},
        {QStringLiteral("needs_department"), QStringLiteral("needs_department")},
        {QStringLiteral("needs_partner"), QStringLiteral("needs_partner")},
        {QStringLiteral("needs_person"), QStringLiteral("needs_person")},
    };
    const ImportColumns columns(reader.header(), names);
    const QHash<QString, QString> &heading = columns.headings();
    const QStringList missing =
        columns.missing({QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("category")});
    if (!missing.isEmpty()) {
        problem(0, {}, tr("The file needs the columns code, name and category; these are missing: %1.")
                           .arg(missing.join(QStringLiteral(", "))));
        return result;
    }
    const auto cell = [&](const CsvReader::Row &row, const QString &name) { return columns.cell(row, name); };

    // Parents before their children, whatever the file's order.
    QList<CsvReader::Row> rows;
    for (const CsvReader::Row &row : reader.rows())
        if (!std::all_of(row.fields.cbegin(), row.fields.cend(), [](const QString &f) { return f.trimmed().isEmpty(); }))
            rows.append(row);
    std::stable_sort(rows.begin(), rows.end(), [&](const CsvReader::Row &a, const CsvReader::Row &b) {
        return cell(a, QStringLiteral("code")).size() < cell(b, QStringLiteral("code")).size();
    });
    if (rows.isEmpty()) {
        problem(0, {}, tr("The file has no accounts."));
        return result;
    }

    Database &db = records.database();
    const auto work = [&]() -> RecordImporter::Result {
        RecordImporter::Result attempt;
        const auto failed = [&](qint64 line, const QString &columnName, const QString &message) {
            attempt.problems.append({line, columnName, message});
        };
        WriteTransaction transaction(db);
        if (!transaction.isActive()) {
            failed(0, {}, tr("The company file cannot be written now: %1").arg(transaction.errorString()));
            return attempt;
        }
        QSet<QString> inFile;
        const QString companyCurrency = ForeignCurrency::companyCurrency(db);
        // Every row is tried, so the report names them all; the
        // transaction is rolled back unless none failed.
        for (const CsvReader::Row &row : std::as_const(rows)) {
            const QString code = cell(row, QStringLiteral("code"));
            const QString category = cell(row, QStringLiteral("category")).toLower();
            const QString parent = cell(row, QStringLiteral("parent"));
            const QString expected = AccountChart::parentCode(code);
            if (!parent.isEmpty() && parent != expected) {
                failed(row.line, heading.value(QStringLiteral("parent")),
                       expected.isEmpty() ? tr("%1 is a first-level account and has no parent.").arg(code)
                                          : tr("The parent of %1 is %2 (its code without the last two digits), not %3.")
                                                .arg(code, expected, parent));
                continue;
            }
            if (!expected.isEmpty() && !inFile.contains(expected)) {
                const auto found = db.scalar(QStringLiteral("SELECT count(*) FROM finance_account WHERE code = ?"), {expected});
                if (!found || found->toLongLong() == 0) {
                    failed(row.line, heading.value(QStringLiteral("code")),
                           tr("%1 belongs under %2, which is neither in the chart nor in the file.").arg(code, expected));
                    continue;
                }
            }
            QVariantMap values{{QStringLiteral("code"), code},
                               {QStringLiteral("name"), cell(row, QStringLiteral("name"))},
                               {QStringLiteral("category"), category}};
            const QString side = cell(row, QStringLiteral("side")).toLower();
            values.insert(QStringLiteral("side"), side.isEmpty() ? usualSide(category) : side);
            for (const char *flag : {"needs_department", "needs_partner", "needs_person"})
                if (columns.has(QString::fromLatin1(flag)))
                    values.insert(QString::fromLatin1(flag), cell(row, QString::fromLatin1(flag)));
            // 外币核算: the ISO code of a currency the company keeps; its own
            // currency (a chart exported with 人民币 on every line) is none.
            const QString currencyCode = cell(row, QStringLiteral("currency")).toUpper();
            if (!currencyCode.isEmpty() && currencyCode != companyCurrency) {
                const std::optional<ForeignCurrency::Currency> currency = ForeignCurrency::byCode(db, currencyCode);
                if (!currency || !currency->active) {
                    failed(row.line, heading.value(QStringLiteral("currency")),
                           (currency ? tr("The currency %1 is no longer in use.")
                                     : tr("The company keeps no currency “%1”; add it under Currencies first, or "
                                          "leave the column empty for an account in the company's own currency."))
                               .arg(currencyCode));
                    continue;
                }
                values.insert(QStringLiteral("currency"), currency->id);
            }
            const Records::Result created = records.create(FinanceEntities::account(), values);
            if (!created.ok()) {
                if (created.fieldErrors.isEmpty())
                    failed(row.line, {}, created.message);
                for (const Records::FieldError &error : created.fieldErrors)
                    failed(row.line, heading.value(error.field, error.field), error.message);
                continue;
            }
            inFile.insert(code);
        }
        if (!attempt.problems.isEmpty())
            return attempt;   // rolled back
        if (!transaction.commit()) {
            failed(0, {}, tr("Nothing was imported: %1").arg(transaction.errorString()));
            return attempt;
        }
        attempt.ok = true;
        attempt.imported = rows.size();
        return attempt;
    };
    // Retried only for what a retry can change (a deadlock on a server):
    // a row's own problem fails the same way again.
    result = db.retrying(work, [](const RecordImporter::Result &r) { return !r.ok; });
    if (result.ok && db.transactionDepth() == 0)
        records.notifyChanged(FinanceEntities::account());
    return result;
}

} // namespace Backroom::Finance
