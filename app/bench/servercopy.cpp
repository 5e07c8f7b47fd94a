#include "servercopy.h"

#include "companycopier.h"
#include "companyfile.h"
#include "database.h"
#include "suite.h"

#include <QElapsedTimer>

#include <algorithm>

namespace Backroom::Internal {

QString ServerCopy::prepared(QTextStream &out, const QString &server, const QString &schema, const QString &file,
                             const QString &timingName, QString *errorString)
{
    const QString location = Database::withPostgresSchema(server, schema);
    Suite suite;
    suite.loadModules();
    CompanyFile::Status status;
    if (suite.openCompany(location, &status))
        return location;
    if (status.code != CompanyFile::Error::NotFound) {
        *errorString = status.message;
        return QString();
    }
    QElapsedTimer timer;
    timer.start();
    auto source = suite.openCompany(file, &status);
    if (!source) {
        *errorString = status.message;
        return QString();
    }
    // Every check but the receivables': the synthetic books post to the
    // control accounts (1122, 2202) without partners, which that check
    // rightly calls wrong in real books; the rows are compared all the same.
    QList<VerifierContribution> checks = suite.registries().verifiers.items();
    checks.erase(std::remove_if(checks.begin(), checks.end(),
                                [](const VerifierContribution &check) {
                                    return check.id == QLatin1String("finance.receivables_payables");
                                }),
                 checks.end());
    const CompanyCopier::Result copied = CompanyCopier(*source, suite.schemas(), checks).copyTo(location);
    if (!copied.ok) {
        *errorString = copied.message + QLatin1Char(' ') + copied.problems.join(QLatin1Char(' '));
        return QString();
    }
    out << timingName << ": " << QString::number(double(timer.elapsed()) / 1000.0, 'f', 1) << " s\n";
    out.flush();
    return location;
}

} // namespace Backroom::Internal
