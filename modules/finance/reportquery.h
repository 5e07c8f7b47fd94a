#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace Backroom::Finance {

// What the finance reports do with each prepared query: bind the values in
// order and run it, the driver's message in *errorString when it fails.
class ReportQuery
{
public:
    static bool run(QSqlQuery &query, const QVariantList &values, QString *errorString);
    // Sets *errorString (when given) and returns false, for `return fail(…)`.
    static bool fail(QString *errorString, const QString &message);
};

} // namespace Backroom::Finance
