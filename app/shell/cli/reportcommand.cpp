#include "reportcommand.h"

#include "companyfile.h"
#include "csvtablewriter.h"
#include "records.h"
#include "reportdefinition.h"
#include "reportpdfwriter.h"
#include "reportresult.h"
#include "reportrunner.h"
#include "suite.h"
#include "systemaccount.h"
#include "xlsxtablewriter.h"

#include <QDir>

namespace Backroom::Internal {

namespace {
enum ExitCode { Ok = 0, Failure = 1 };
}

ReportCommand::ReportCommand(QTextStream &out, QTextStream &err, Suite &suite, UsageError usageError)
    : m_out(out)
    , m_err(err)
    , m_suite(suite)
    , m_usageError(std::move(usageError))
{
}

int ReportCommand::failure(const QString &message)
{
    m_err << message << '\n';
    m_err.flush();
    return Failure;
}

int ReportCommand::list(const QStringList &positional)
{
    if (positional.size() != 1)
        return m_usageError(tr("reports needs exactly one FILE"));
    CompanyFile::Status status;
    auto company = CompanyFile::openReadOnly(positional.at(0), &status);
    if (!company)
        return failure(status.message);
    // Only reports of modules whose tables this company has.
    const QStringList present = company->moduleSchemaVersions().keys();
    for (const auto &entry : m_suite.registries().reports.entries()) {
        const ReportDefinition &report = entry.item;
        if (entry.moduleId != QLatin1String("core") && !present.contains(entry.moduleId))
            continue;
        m_out << report.id().leftJustified(28) << report.title() << '\n';
        for (const ReportDefinition::Parameter &parameter : report.parameters()) {
            QString line = QStringLiteral("    --param %1=…").arg(parameter.key).leftJustified(28)
                           + ReportDefinition::typeDescription(parameter).leftJustified(34) + parameter.labelText();
            if (parameter.required)
                line += tr(" (required)");
            else if (parameter.defaultValue.isValid())
                line += tr(" (default %1)").arg(ReportDefinition::valueText(parameter, parameter.defaultValue));
            m_out << line << '\n';
        }
    }
    m_out.flush();
    return Ok;
}

int ReportCommand::run(const QStringList &positional, const QStringList &params, const QString &pdf,
                       const QString &csv, const QString &xlsx)
{
    if (positional.size() != 2)
        return m_usageError(tr("report needs FILE and REPORT-ID"));
    const int outputs = int(!pdf.isEmpty()) + int(!csv.isEmpty()) + int(!xlsx.isEmpty());
    if (outputs != 1)
        return m_usageError(tr("report needs exactly one of --pdf OUT, --csv OUT or --xlsx OUT"));
    const ReportDefinition *report = m_suite.registries().reports.find(positional.at(1));
    if (!report)
        return m_usageError(tr("there is no report “%1”; “backroom-cli reports FILE” lists them").arg(positional.at(1)));
    QMap<QString, QString> texts;
    for (const QString &param : params) {
        const qsizetype equals = param.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return m_usageError(tr("--param takes key=value, not “%1”").arg(param));
        texts.insert(param.left(equals).trimmed(), param.mid(equals + 1));
    }
    QVariantMap values;
    QString error;
    if (!report->resolveParameters(texts, &values, &error))
        return m_usageError(error);

    CompanyFile::Status status;
    auto company = CompanyFile::openReadOnly(positional.at(0), &status);
    if (!company)
        return failure(status.message);
    Records records(company->database(), m_suite.registries().entities, SystemAccount::userName());
    const std::optional<ReportResult> result = ReportRunner::run(*report, values, records, {}, {}, &error);
    if (!result)
        return failure(error);

    if (!pdf.isEmpty()) {
        PageFurniture furniture;
        furniture.setCompany(company->companyName());
        furniture.setPrinted(SystemAccount::userName(), QDateTime::currentDateTime());
        ReportPdfWriter writer;
        writer.setFurniture(furniture);
        if (writer.exportPdf(*result, pdf) != ReportPdfWriter::Code::Success)
            return failure(writer.errorString());
        m_out << tr("Wrote “%1” (%2 rows) to %3.").arg(result->title()).arg(result->rowCount())
                     .arg(QDir::toNativeSeparators(pdf))
              << '\n';
        m_out.flush();
        return Ok;
    }
    const TableExport table = result->toTable();
    const TableExport::Result written = csv.isEmpty() ? XlsxTableWriter().write(table, xlsx) : CsvTableWriter().write(table, csv);
    if (!written.ok())
        return failure(written.errorString);
    m_out << tr("Wrote “%1” (%2 rows) to %3.").arg(result->title()).arg(result->rowCount())
                 .arg(QDir::toNativeSeparators(csv.isEmpty() ? xlsx : csv))
          << '\n';
    m_out.flush();
    return Ok;
}

} // namespace Backroom::Internal
