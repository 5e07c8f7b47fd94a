#include "reportquery.h"

#include <QSqlError>

namespace Backroom::Finance {

bool ReportQuery::fail(QString *errorString, const QString &message)
{
    if (errorString)
        *errorString = message;
    return false;
}

bool ReportQuery::run(QSqlQuery &query, const QVariantList &values, QString *errorString)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (query.exec())
        return true;
    fail(errorString, query.lastError().text());
    query.finish();
    return false;
}

} // namespace Backroom::Finance
