#include "journal.h"

#include "accountledger.h"
#include "database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace Backroom::Finance {

bool Journal::forEachLine(Database &db, const Options &options, const std::function<bool(const Line &)> &visit,
                          QString *errorString)
{
    // Vouchers in the range first (their date index), then each one's lines
    // (the lines' voucher index).
    QStringList conditions{QStringLiteral("l.voucher = v.id"), AccountLedger::stateCondition(options.includeUnposted)};
    if (options.from.isValid())
        conditions.append(QStringLiteral("v.date >= ?"));
    if (options.to.isValid())
        conditions.append(QStringLiteral("v.date <= ?"));
    QSqlQuery &query = db.prepared(
        QStringLiteral("SELECT v.date, v.id, v.reference, l.line_no, l.summary, a.id, a.code, a.name, l.debit, l.credit "
                       "FROM finance_voucher v CROSS JOIN finance_voucher_line l "
                       "JOIN finance_account a ON a.id = l.account WHERE %1 "
                       "ORDER BY v.date, %2, v.number, v.id, l.line_no, l.id")
            .arg(conditions.join(QStringLiteral(" AND ")), AccountLedger::wordRank()));
    int at = 0;
    if (options.from.isValid())
        query.bindValue(at++, options.from);
    if (options.to.isValid())
        query.bindValue(at++, options.to);
    if (!query.exec()) {
        if (errorString)
            *errorString = query.lastError().text();
        return false;
    }
    Line line;
    while (query.next()) {
        line.date = query.value(0).toDate();
        line.voucherId = query.value(1).toLongLong();
        line.reference = query.value(2).toString();
        line.lineNo = query.value(3).toInt();
        line.summary = query.value(4).toString();
        line.accountId = query.value(5).toLongLong();
        line.code = query.value(6).toString();
        line.name = query.value(7).toString();
        line.debit = query.value(8).toLongLong();
        line.credit = query.value(9).toLongLong();
        if (!visit(line))
            break;
    }
    query.finish();
    return true;
}

std::optional<QList<Journal::Line>> Journal::lines(Database &db, const Options &options, QString *errorString)
{
    QList<Line> list;
    if (!forEachLine(db, options, [&](const Line &line) { list.append(line); return true; }, errorString))
        return std::nullopt;
    return list;
}

} // namespace Backroom::Finance
