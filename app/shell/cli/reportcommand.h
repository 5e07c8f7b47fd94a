#pragma once

#include "signedincompany.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

namespace Backroom {

class Records;
class Suite;

namespace Internal {

// backroom-cli's `reports` and `report` commands: list the declared reports
// with their parameters, and run one into a PDF, CSV or XLSX file. Usage
// mistakes (an unknown report, a bad parameter) go through usageError and
// exit with 2; a file that cannot be written exits with 1.
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Internal::ReportCommand)

public:
    using UsageError = std::function<int(const QString &message)>;

    ReportCommand(QTextStream &out, QTextStream &err, Suite &suite, UsageError usageError, CompanyOpener open);

    int list(const QStringList &positional);
    // params: "key=value" as given to --param; exactly one of the outputs.
    int run(const QStringList &positional, const QStringList &params, const QString &pdf, const QString &csv,
            const QString &xlsx);

private:
    int failure(const QString &message);
    // The record of entityId with this code (a unique field) or name.
    static std::optional<qint64> recordNamed(const Records &records, const QString &entityId, const QString &text);

    QTextStream &m_out;
    QTextStream &m_err;
    Suite &m_suite;
    UsageError m_usageError;
    CompanyOpener m_open;
};

} // namespace Internal
} // namespace Backroom
