#include "vatsummary.h"

#include "arapaccounts.h"
#include "database.h"
#include "financeentities.h"
#include "receivablesentities.h"
#include "records.h"
#include "reportcontext.h"
#include "sqldialect.h"
#include "vatsplit.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>

namespace Backroom::Finance {

namespace {

bool fail(QString *errorString, const QString &message)
{
    if (errorString)
        *errorString = message;
    return false;
}

bool readInvoices(Database &db, const ReceivablesEntities::Side &side, const QDate &from, const QDate &to,
                  VatSummary::Side *result, QString *errorString)
{
    const SqlDialect &dialect = db.dialect();
    QSqlQuery &query = db.prepared(
        QStringLiteral("SELECT l.rate, %1, %2, count(DISTINCT d.id) FROM %3 d CROSS JOIN %4 l "
                       "WHERE l.invoice = d.id AND d.state = 'posted' AND d.date >= ? AND d.date <= ? GROUP BY l.rate")
            .arg(dialect.integerSum(QStringLiteral("l.net")), dialect.integerSum(QStringLiteral("l.tax")),
                 side.invoiceTable(), side.lineTable()));
    query.bindValue(0, from);
    query.bindValue(1, to);
    if (!query.exec()) {
        fail(errorString, query.lastError().text());
        query.finish();
        return false;
    }
    for (const VatSplit::Rate &rate : VatSplit::rates())
        result->rates.append({rate.key, 0, 0, 0});
    while (query.next()) {
        const QString rate = query.value(0).toString();
        auto found = std::find_if(result->rates.begin(), result->rates.end(),
                                  [&](const VatSummary::RateRow &row) { return row.rate == rate; });
        if (found == result->rates.end()) {
            result->rates.append(VatSummary::RateRow{rate, 0, 0, 0});
            found = std::prev(result->rates.end());
        }
        found->net += query.value(1).toLongLong();
        found->tax += query.value(2).toLongLong();
        found->documents += query.value(3).toLongLong();
        result->net += query.value(1).toLongLong();
        result->tax += query.value(2).toLongLong();
    }
    query.finish();
    return true;
}

// The posted movement of the account and its sub-accounts in the periods,
// debit less credit.
std::optional<qint64> movement(Database &db, const QString &code, const QString &fromPeriod, const QString &toPeriod,
                               QString *errorString)
{
    const SqlDialect &dialect = db.dialect();
    QSqlQuery &query = db.prepared(
        QStringLiteral("SELECT %1 FROM finance_balance b JOIN finance_account a ON a.id = b.account "
                       "WHERE (a.code = ? OR a.code LIKE ?) AND b.period >= ? AND b.period <= ? "
                       "AND b.kind <> 'opening' AND b.kind <> 'closing'")
            .arg(dialect.integerSum(QStringLiteral("b.debit - b.credit"))));
    const QVariantList values{code, code + QLatin1Char('%'), fromPeriod, toPeriod};
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec() || !query.next()) {
        fail(errorString, query.lastError().text());
        query.finish();
        return std::nullopt;
    }
    const qint64 value = query.value(0).toLongLong();
    query.finish();
    return value;
}

QString periodText(const QVariant &value, const QDate &fallback)
{
    const QDate date = value.toDate();
    return FinanceEntities::periodOf(date.isValid() ? date : fallback);
}

bool run(ReportContext &context, QString *errorString)
{
    Records &records = context.records();
    for (const ReceivablesEntities::Side &side : ReceivablesEntities::sides())
        if (!records.check(QStringLiteral("read"), side.invoice, errorString))
            return false;
    const QDate today = QDate::currentDate();
    const QString fromPeriod = periodText(context.parameter(QStringLiteral("from")), today);
    const QString toPeriod = periodText(context.parameter(QStringLiteral("to")), today);
    if (toPeriod < fromPeriod)
        return fail(errorString, VatSummary::tr("The last period comes before the first."));
    const std::optional<VatSummary::Result> result = VatSummary::compute(
        context.database(), FinanceEntities::firstDay(fromPeriod), FinanceEntities::lastDay(toPeriod), errorString);
    if (!result)
        return false;
    const auto amount = [](qint64 value) { return value ? QVariant(value) : QVariant(); };
    const auto heading = [&](const QString &text) { return context.addRow({text, QVariant(), QVariant(), QVariant(), QVariant()}); };
    const auto side = [&](const VatSummary::Side &taxSide, const QString &title, const QString &total) {
        if (!heading(title))
            return false;
        for (const VatSummary::RateRow &row : taxSide.rates)
            if (!context.addRow({QStringLiteral("    ") + VatSplit::label(row.rate), amount(row.documents),
                                 amount(row.net), amount(row.tax), amount(row.gross())}))
                return false;
        return context.addRow({total, QVariant(), taxSide.net, taxSide.tax, taxSide.gross()});
    };
    if (!side(result->output, VatSummary::tr("Output tax (sales invoices)"), VatSummary::tr("Total output tax"))
        || !side(result->input, VatSummary::tr("Input tax (supplier bills)"), VatSummary::tr("Total input tax")))
        return false;
    if (!context.addRow({VatSummary::tr("Tax payable (output less input)"), QVariant(), QVariant(),
                         result->payable(), QVariant()})
        || !context.addRow({VatSummary::tr("Input tax carried forward"), QVariant(), QVariant(),
                            amount(result->carriedForward()), QVariant()}))
        return false;
    // The books beside the invoices: a difference means a voucher entered by
    // hand (or an invoice not yet posted in its month) touched the account.
    if (!heading(VatSummary::tr("Check against the books")))
        return false;
    for (const auto &[sideOf, label] : {std::pair{&result->output, VatSummary::tr("Output tax")},
                                        std::pair{&result->input, VatSummary::tr("Input tax")}}) {
        if (sideOf->account.isEmpty())
            continue;
        if (!context.addRow({QStringLiteral("    ") + VatSummary::tr("%1 posted to %2").arg(label, sideOf->account),
                             QVariant(), QVariant(), sideOf->ledgerTax, QVariant()})
            || !context.addRow({QStringLiteral("    ") + (sideOf->difference() == 0
                                                              ? VatSummary::tr("Difference (books less invoices): none")
                                                              : VatSummary::tr("DIFFERENCE (books less invoices)")),
                                QVariant(), QVariant(), sideOf->difference(), QVariant()}))
            return false;
    }
    return true;
}

} // namespace

std::optional<VatSummary::Result> VatSummary::compute(Database &db, const QDate &from, const QDate &to,
                                                      QString *errorString)
{
    Result result;
    if (!readInvoices(db, ReceivablesEntities::sales(), from, to, &result.output, errorString)
        || !readInvoices(db, ReceivablesEntities::purchases(), from, to, &result.input, errorString))
        return std::nullopt;
    const std::optional<ArApAccounts> accounts = ArApAccounts::of(db);
    if (!accounts)
        return result;
    const QString fromPeriod = FinanceEntities::periodOf(from);
    const QString toPeriod = FinanceEntities::periodOf(to);
    for (const auto &[side, code, sign] : {std::tuple{&result.output, accounts->outputVat, -1},
                                          std::tuple{&result.input, accounts->inputVat, 1}}) {
        if (code.isEmpty() || ArApAccounts::accountId(db, code) == 0)
            continue;
        const std::optional<qint64> posted = movement(db, code, fromPeriod, toPeriod, errorString);
        if (!posted)
            return std::nullopt;
        side->account = code;
        side->ledgerTax = sign * *posted;
    }
    return result;
}

ReportDefinition VatSummary::report()
{
    using Column = ReportDefinition::Column;
    using Parameter = ReportDefinition::Parameter;
    const QDate month(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    ReportDefinition report(reportId(), [] { return tr("VAT summary"); });
    report
        .description([] {
            return tr("Output tax from posted customer invoices and input tax from posted supplier bills by rate, "
                      "the tax payable or the input tax carried forward, and the VAT accounts' posted figures beside "
                      "them (增值税汇总). A quarter is its first to its last month.");
        })
        .addParameter(Parameter::period(QStringLiteral("from"), [] { return tr("From period"); }).setDefault(month))
        .addParameter(Parameter::period(QStringLiteral("to"), [] { return tr("To period"); }).setDefault(month))
        .addColumn(Column::text(QStringLiteral("item"), [] { return tr("Item"); }))
        .addColumn(Column::integer(QStringLiteral("documents"), [] { return tr("Invoices"); }))
        .addColumn(Column::money(QStringLiteral("net"), [] { return tr("Amount without tax"); }, Column::Total::None))
        .addColumn(Column::money(QStringLiteral("tax"), [] { return tr("Tax"); }, Column::Total::None))
        .addColumn(Column::money(QStringLiteral("gross"), [] { return tr("Amount with tax"); }, Column::Total::None))
        .grandTotal(false)
        .query(run);
    return report;
}

} // namespace Backroom::Finance
