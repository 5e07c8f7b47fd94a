#include "receivablereports.h"

#include "database.h"
#include "financeentities.h"
#include "records.h"
#include "reportquery.h"
#include "reportcontext.h"
#include "sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Backroom::Finance {

namespace {

using Column = ReportDefinition::Column;
using Parameter = ReportDefinition::Parameter;
using Side = ReceivablesEntities::Side;

const Side &sideParameter(const ReportContext &context)
{
    return context.parameter(QStringLiteral("ledger")).toString() == QLatin1String("payables")
               ? ReceivablesEntities::purchases()
               : ReceivablesEntities::sales();
}

Parameter ledgerParameter()
{
    return Parameter::choice(QStringLiteral("ledger"), [] { return ReceivableReports::tr("Ledger"); },
                             {{QStringLiteral("receivables"), [] { return ReceivableReports::tr("Receivables (customers)"); }},
                              {QStringLiteral("payables"), [] { return ReceivableReports::tr("Payables (suppliers)"); }}})
        .setDefault(QStringLiteral("receivables"));
}

bool canRead(ReportContext &context, const Side &side, QString *errorString)
{
    return context.records().check(QStringLiteral("read"), side.invoice, errorString)
           && context.records().check(QStringLiteral("read"), side.payment, errorString);
}

QVariant amountIn(int bucket, const ReceivableReports::AgeingRow &row)
{
    return row.bucket == bucket ? QVariant(row.amount) : QVariant();
}

bool runAgeing(ReportContext &context, QString *errorString)
{
    const Side &side = sideParameter(context);
    if (!canRead(context, side, errorString))
        return false;
    QDate asOf = context.parameter(QStringLiteral("as_of")).toDate();
    if (!asOf.isValid())
        asOf = QDate::currentDate();
    const auto rows = ReceivableReports::ageingRows(context.database(), side, asOf,
                                                    context.parameter(QStringLiteral("partner")).toLongLong(), errorString);
    if (!rows)
        return false;
    for (const ReceivableReports::AgeingRow &row : *rows) {
        const bool credit = row.bucket < 0;
        if (!context.addRow({row.partnerName, row.number, row.date, credit ? QVariant() : QVariant(row.dueDate),
                             credit || row.daysOverdue <= 0 ? QVariant() : QVariant(row.daysOverdue),
                             credit ? QVariant(row.amount) : QVariant(), amountIn(0, row), amountIn(1, row),
                             amountIn(2, row), amountIn(3, row), amountIn(4, row), row.amount},
                            row.entity, row.id))
            return false;
    }
    return true;
}

bool runStatement(ReportContext &context, QString *errorString)
{
    const Side &side = sideParameter(context);
    if (!canRead(context, side, errorString))
        return false;
    const qint64 partner = context.parameter(QStringLiteral("partner")).toLongLong();
    if (!partner)
        return ReportQuery::fail(errorString, ReceivableReports::tr("Choose the partner whose statement to show."));
    const QDate today = QDate::currentDate();
    QDate from = context.parameter(QStringLiteral("from")).toDate();
    QDate to = context.parameter(QStringLiteral("to")).toDate();
    if (!from.isValid())
        from = QDate(today.year(), 1, 1);
    if (!to.isValid())
        to = today;
    if (to < from)
        return ReportQuery::fail(errorString, ReceivableReports::tr("The end of the range comes before its start."));
    const auto rows = ReceivableReports::statementRows(context.database(), side, partner, from, to, errorString);
    if (!rows)
        return false;
    using Kind = ReceivableReports::StatementRow::Kind;
    for (const ReceivableReports::StatementRow &row : *rows) {
        const bool total = row.kind == Kind::Opening || row.kind == Kind::Closing;
        if (!context.addRow({row.date, row.number, row.summary, row.dueDate.isValid() ? QVariant(row.dueDate) : QVariant(),
                             total || !row.invoiced ? QVariant() : QVariant(row.invoiced),
                             total || !row.settled ? QVariant() : QVariant(row.settled), row.balance},
                            row.entity, row.id))
            return false;
    }
    return true;
}

} // namespace

int ReceivableReports::bucketOf(qint64 daysOverdue)
{
    if (daysOverdue <= 0)
        return 0;
    if (daysOverdue <= 30)
        return 1;
    if (daysOverdue <= 60)
        return 2;
    if (daysOverdue <= 90)
        return 3;
    return 4;
}

std::optional<QList<ReceivableReports::AgeingRow>> ReceivableReports::ageingRows(Database &db, const Side &side,
                                                                                  const QDate &asOf, qint64 partner,
                                                                                  QString *errorString)
{
    const QString sum = db.dialect().integerSum(QStringLiteral("a.amount"));
    const QString partnerCondition = partner ? QStringLiteral(" AND d.partner = ?") : QString();
    QList<AgeingRow> rows;
    // Invoices open on the day: less what payments made by then settle.
    QSqlQuery &invoices = db.prepared(
        QStringLiteral("SELECT d.partner, p.name, d.id, d.number, d.date, d.due_date, d.total - coalesce((SELECT %1 "
                       "FROM %2 a JOIN %3 m ON m.id = a.payment WHERE a.invoice = d.id AND m.state = 'posted' "
                       "AND m.date <= ?), 0) FROM %4 d JOIN core_partner p ON p.id = d.partner "
                       "WHERE d.state = 'posted' AND d.date <= ?%5")
            .arg(sum, side.allocationTable(), side.paymentTable(), side.invoiceTable(), partnerCondition));
    QVariantList values{asOf, asOf};
    if (partner)
        values.append(partner);
    if (!ReportQuery::run(invoices, values, errorString))
        return std::nullopt;
    while (invoices.next()) {
        AgeingRow row;
        row.amount = invoices.value(6).toLongLong();
        if (row.amount == 0)
            continue;
        row.partner = invoices.value(0).toLongLong();
        row.partnerName = invoices.value(1).toString();
        row.entity = side.invoice;
        row.id = invoices.value(2).toLongLong();
        row.number = invoices.value(3).toString();
        row.date = invoices.value(4).toDate();
        row.dueDate = invoices.value(5).toDate();
        if (!row.dueDate.isValid())
            row.dueDate = row.date;
        row.daysOverdue = row.dueDate.daysTo(asOf);
        row.bucket = bucketOf(row.daysOverdue);
        rows.append(row);
    }
    invoices.finish();
    // Money received (or paid) by then and not applied to invoices of then.
    QSqlQuery &payments = db.prepared(
        QStringLiteral("SELECT d.partner, p.name, d.id, d.number, d.date, d.amount - coalesce((SELECT %1 "
                       "FROM %2 a JOIN %3 i ON i.id = a.invoice WHERE a.payment = d.id AND i.date <= ?), 0) "
                       "FROM %4 d JOIN core_partner p ON p.id = d.partner WHERE d.state = 'posted' AND d.date <= ?%5")
            .arg(sum, side.allocationTable(), side.invoiceTable(), side.paymentTable(), partnerCondition));
    if (!ReportQuery::run(payments, values, errorString))
        return std::nullopt;
    while (payments.next()) {
        AgeingRow row;
        row.amount = -payments.value(5).toLongLong();
        if (row.amount == 0)
            continue;
        row.partner = payments.value(0).toLongLong();
        row.partnerName = payments.value(1).toString();
        row.entity = side.payment;
        row.id = payments.value(2).toLongLong();
        row.number = payments.value(3).toString();
        row.date = payments.value(4).toDate();
        row.bucket = -1;
        rows.append(row);
    }
    payments.finish();
    std::stable_sort(rows.begin(), rows.end(), [](const AgeingRow &a, const AgeingRow &b) {
        if (a.partnerName != b.partnerName)
            return a.partnerName < b.partnerName;
        if ((a.bucket < 0) != (b.bucket < 0))
            return a.bucket >= 0;
        const QDate ka = a.bucket < 0 ? a.date : a.dueDate;
        const QDate kb = b.bucket < 0 ? b.date : b.dueDate;
        return ka != kb ? ka < kb : a.id < b.id;
    });
    return rows;
}

std::optional<QList<ReceivableReports::StatementRow>> ReceivableReports::statementRows(Database &db, const Side &side,
                                                                                        qint64 partner, const QDate &from,
                                                                                        const QDate &to,
                                                                                        QString *errorString)
{
    using Kind = StatementRow::Kind;
    const auto before = [&](const QString &table, const QString &column) -> std::optional<qint64> {
        const auto value = db.scalar(QStringLiteral("SELECT %1 FROM %2 WHERE partner = ? AND state = 'posted' AND date < ?")
                                         .arg(db.dialect().integerSum(column), table),
                                     {partner, from}, errorString);
        if (!value)
            return std::nullopt;
        return value->toLongLong();
    };
    const std::optional<qint64> invoicedBefore = before(side.invoiceTable(), QStringLiteral("total"));
    const std::optional<qint64> settledBefore = before(side.paymentTable(), QStringLiteral("amount"));
    if (!invoicedBefore || !settledBefore)
        return std::nullopt;
    QList<StatementRow> rows;
    StatementRow opening;
    opening.kind = Kind::Opening;
    opening.date = from;
    opening.summary = tr("Balance brought forward");
    opening.balance = *invoicedBefore - *settledBefore;
    rows.append(opening);
    // Invoices before payments on the same day, as the partner's own
    // statement reads.
    QSqlQuery &query = db.prepared(
        QStringLiteral("SELECT 0, id, date, number, summary, due_date, total FROM %1 WHERE partner = ? AND state = 'posted' "
                       "AND date >= ? AND date <= ? UNION ALL "
                       "SELECT 1, id, date, number, summary, NULL, amount FROM %2 WHERE partner = ? AND state = 'posted' "
                       "AND date >= ? AND date <= ? ORDER BY 3, 1, 4")
            .arg(side.invoiceTable(), side.paymentTable()));
    if (!ReportQuery::run(query, {partner, from, to, partner, from, to}, errorString))
        return std::nullopt;
    qint64 balance = opening.balance;
    while (query.next()) {
        StatementRow row;
        const bool invoice = query.value(0).toInt() == 0;
        row.kind = invoice ? Kind::Invoice : Kind::Payment;
        row.entity = invoice ? side.invoice : side.payment;
        row.id = query.value(1).toLongLong();
        row.date = query.value(2).toDate();
        row.number = query.value(3).toString();
        row.summary = query.value(4).toString();
        if (row.summary.isEmpty())
            row.summary = invoice ? (side.sales() ? tr("Invoice") : tr("Bill"))
                                  : (side.sales() ? tr("Received") : tr("Paid"));
        row.dueDate = query.value(5).toDate();
        (invoice ? row.invoiced : row.settled) = query.value(6).toLongLong();
        balance += row.invoiced - row.settled;
        row.balance = balance;
        rows.append(row);
    }
    query.finish();
    StatementRow closing;
    closing.kind = Kind::Closing;
    closing.date = to;
    closing.summary = tr("Closing balance");
    closing.balance = balance;
    for (const StatementRow &row : std::as_const(rows)) {
        closing.invoiced += row.invoiced;
        closing.settled += row.settled;
    }
    rows.append(closing);
    return rows;
}

QList<ReportDefinition> ReceivableReports::declarations()
{
    ReportDefinition ages(ageing(), [] { return tr("Ageing"); });
    ages.description([] {
            return tr("Open invoices on a day by how long they are overdue — not yet due, 1–30, 31–60, 61–90 and "
                      "more than 90 days past the due date — and money received or paid but not yet allocated, "
                      "per partner (账龄分析).");
        })
        .addParameter(Parameter::date(QStringLiteral("as_of"), [] { return tr("As of"); }).setDefault(QDate::currentDate()))
        .addParameter(ledgerParameter())
        .addParameter(Parameter::reference(QStringLiteral("partner"), [] { return tr("Partner"); },
                                           QStringLiteral("core.partner")))
        .addColumn(Column::text(QStringLiteral("partner"), [] { return tr("Partner"); }))
        .addColumn(Column::text(QStringLiteral("document"), [] { return tr("Document"); }))
        .addColumn(Column::date(QStringLiteral("date"), [] { return tr("Date"); }))
        .addColumn(Column::date(QStringLiteral("due_date"), [] { return tr("Due date"); }))
        .addColumn(Column::integer(QStringLiteral("days"), [] { return tr("Days overdue"); }))
        .addColumn(Column::money(QStringLiteral("unapplied"), [] { return tr("Unapplied"); }))
        .addColumn(Column::money(QStringLiteral("current"), [] { return tr("Not yet due"); }))
        .addColumn(Column::money(QStringLiteral("days_30"), [] { return tr("1–30 days"); }))
        .addColumn(Column::money(QStringLiteral("days_60"), [] { return tr("31–60 days"); }))
        .addColumn(Column::money(QStringLiteral("days_90"), [] { return tr("61–90 days"); }))
        .addColumn(Column::money(QStringLiteral("over_90"), [] { return tr("Over 90 days"); }))
        .addColumn(Column::money(QStringLiteral("total"), [] { return tr("Open"); }))
        .groupBy({QStringLiteral("partner")})
        .chart(ReportDefinition::Chart::Kind::Bar, QStringLiteral("partner"), QStringLiteral("total"))
        .query(runAgeing);

    ReportDefinition account(statement(), [] { return tr("Partner statement"); });
    const QDate today = QDate::currentDate();
    account
        .description([] {
            return tr("One partner's invoices and payments in a date range after the balance brought forward, with "
                      "the running balance and the closing balance (往来对账单).");
        })
        .addParameter(Parameter::reference(QStringLiteral("partner"), [] { return tr("Partner"); },
                                           QStringLiteral("core.partner"))
                          .setRequired())
        .addParameter(ledgerParameter())
        .addParameter(Parameter::date(QStringLiteral("from"), [] { return tr("From date"); })
                          .setDefault(QDate(today.year(), 1, 1)))
        .addParameter(Parameter::date(QStringLiteral("to"), [] { return tr("To date"); }).setDefault(today))
        .addColumn(Column::date(QStringLiteral("date"), [] { return tr("Date"); }))
        .addColumn(Column::text(QStringLiteral("document"), [] { return tr("Document"); }))
        .addColumn(Column::text(QStringLiteral("summary"), [] { return tr("Summary"); }))
        .addColumn(Column::date(QStringLiteral("due_date"), [] { return tr("Due date"); }))
        .addColumn(Column::money(QStringLiteral("invoiced"), [] { return tr("Invoiced"); }, Column::Total::None))
        .addColumn(Column::money(QStringLiteral("settled"), [] { return tr("Settled"); }, Column::Total::None))
        .addColumn(Column::money(QStringLiteral("balance"), [] { return tr("Balance"); }, Column::Total::None))
        .grandTotal(false)
        .query(runStatement);
    return {ages, account};
}

} // namespace Backroom::Finance
