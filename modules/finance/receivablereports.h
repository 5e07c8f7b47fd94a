#pragma once

#include "receivablesentities.h"
#include "reportdefinition.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace Backroom {
class Database;
}

namespace Backroom::Finance {

// The receivables and payables reports through the shared report service:
// the ageing (账龄分析, finance.ageing) and the partner statement (往来对账单,
// finance.partner_statement), both printable and exportable, each row
// opening its invoice or payment.
class ReceivableReports
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Finance::ReceivableReports)

public:
    static QString ageing() { return QStringLiteral("finance.ageing"); }
    static QString statement() { return QStringLiteral("finance.partner_statement"); }
    static QList<ReportDefinition> declarations();

    // Ageing buckets by whole days past the due date on the as-of date:
    // 0 not yet due (due that day or later), 1: 1–30 days overdue,
    // 2: 31–60, 3: 61–90, 4: more than 90.
    static int bucketOf(qint64 daysOverdue);

    struct AgeingRow
    {
        qint64 partner = 0;
        QString partnerName;
        QString entity;         // the invoice's or the payment's
        qint64 id = 0;
        QString number;
        QDate date;
        QDate dueDate;
        qint64 daysOverdue = 0;
        qint64 amount = 0;      // open on the as-of date; unapplied money negative
        int bucket = 0;         // bucketOf(); -1 for unapplied money
    };
    // Open invoices on `asOf` (posted, dated up to it, less the allocations
    // of payments dated up to it) and the money received or paid up to it
    // and not allocated to them; of one partner when `partner` is set.
    // Partners by name, their invoices by due date.
    static std::optional<QList<AgeingRow>> ageingRows(Database &db, const ReceivablesEntities::Side &side,
                                                      const QDate &asOf, qint64 partner, QString *errorString);

    struct StatementRow
    {
        enum class Kind { Opening, Invoice, Payment, Closing };
        Kind kind = Kind::Opening;
        QString entity;
        qint64 id = 0;
        QDate date;
        QString number;
        QString summary;
        QDate dueDate;
        qint64 invoiced = 0;
        qint64 settled = 0;
        qint64 balance = 0;     // after the row
    };
    // The partner's posted invoices and payments from `from` to `to` in date
    // order after the balance brought forward, and the closing balance.
    static std::optional<QList<StatementRow>> statementRows(Database &db, const ReceivablesEntities::Side &side,
                                                            qint64 partner, const QDate &from, const QDate &to,
                                                            QString *errorString);
};

} // namespace Backroom::Finance
