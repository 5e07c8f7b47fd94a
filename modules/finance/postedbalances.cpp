#include "postedbalances.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Backroom::Finance {

QStringList PostedBalances::sources(bool includeUnposted)
{
    QStringList sources{QStringLiteral("finance_balance")};
    if (includeUnposted)
        // The state as two ranges, so its index finds the few vouchers not
        // posted (<> would read every voucher).
        sources.append(QStringLiteral(
            "(SELECT l.account AS account, coalesce(l.partner, 0) AS partner, v.period AS period, "
            "coalesce(v.kind, 'entry') AS kind, l.debit AS debit, l.credit AS credit, 1 AS lines "
            "FROM finance_voucher v CROSS JOIN finance_voucher_line l "
            "WHERE l.voucher = v.id AND (v.state < 'posted' OR v.state > 'posted')) unposted"));
    return sources;
}

bool PostedBalances::read(Database &db, const QString &statement, bool includeUnposted, const QVariantList &values,
                          const std::function<void(const QSqlQuery &)> &take, QString *errorString)
{
    for (const QString &source : sources(includeUnposted)) {
        QSqlQuery &query = db.prepared(QString(statement).replace(QStringLiteral("{source}"), source));
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (!query.exec()) {
            if (errorString)
                *errorString = query.lastError().text();
            return false;
        }
        while (query.next())
            take(query);
        query.finish();
    }
    return true;
}

} // namespace Backroom::Finance
