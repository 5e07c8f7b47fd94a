#include "reportcommand.h"

#include "recordquery.h"

#include "auditlog.h"
#include "companyfile.h"
#include "csvtablewriter.h"
#include "records.h"
#include "reportdefinition.h"
#include "reportpdfwriter.h"
#include "reportresult.h"
#include "reportrunner.h"
#include "suite.h"
#include "writetransaction.h"
#include "xlsxtablewriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace Backroom::Internal {

namespace {
enum ExitCode { Ok = 0, Failure = 1 };
}

ReportCommand::ReportCommand(QTextStream &out, QTextStream &err, Suite &suite, UsageError usageError,
                             CompanyOpener open)
    : m_out(out)
    , m_err(err)
    , m_suite(suite)
    , m_usageError(std::move(usageError))
    , m_open(std::move(open))
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
    const SignedInCompany company = m_open(positional.at(0));
    if (!company)
        return Failure;
    // Only reports of modules whose tables this company has, and that the
    // user may read.
    const QStringList present = company.company->moduleSchemaVersions().keys();
    for (const auto &entry : m_suite.registries().reports.entries()) {
        const ReportDefinition &report = entry.item;
        if (entry.moduleId != QLatin1String("core") && !present.contains(entry.moduleId))
            continue;
        if (!company.session->access().allows(QStringLiteral("read"), report.moduleId()))
            continue;
        m_out << report.id().leftJustified(28) << report.title() << '\n';
        for (const ReportDefinition::Parameter &parameter : report.parameters()) {
            QString line = QStringLiteral("    --param %1=…").arg(parameter.key).leftJustified(28)
                           + (ReportDefinition::typeDescription(parameter) + QStringLiteral("  ")).leftJustified(34)
                           + parameter.labelText();
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

std::optional<qint64> ReportCommand::recordNamed(const Records &records, const QString &entityId, const QString &text)
{
    const Entity *entity = records.entity(entityId);
    if (!entity)
        return std::nullopt;
    // Its unique fields first (a code), then its display name; exactly one
    // match counts.
    QStringList fields;
    for (const Field &field : entity->fields())
        if (field.isUnique() && field.type() == Field::Type::Text)
            fields.append(field.name());
    if (!fields.contains(entity->displayFieldName()))
        fields.append(entity->displayFieldName());
    for (const QString &field : std::as_const(fields)) {
        QuerySpec spec;
        spec.filter = Filter::where(field, Filter::Op::Equal, text);
        spec.limit = 2;
        const QList<Record> found = records.select(entityId, spec);
        if (found.size() == 1)
            return found.constFirst().id;
    }
    return std::nullopt;
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
    // A record is named as a clerk knows it — an account by its code, a
    // partner by its name — or as #number; those are looked up once the
    // company is open, a placeholder standing in meanwhile.
    QMap<QString, QString> named;
    for (const ReportDefinition::Parameter &parameter : report->parameters()) {
        if (parameter.type != ReportDefinition::Parameter::Type::Reference || !texts.contains(parameter.key))
            continue;
        const QString text = texts.value(parameter.key).trimmed();
        if (text.startsWith(QLatin1Char('#'))) {
            texts.insert(parameter.key, text.mid(1));
        } else if (!text.isEmpty()) {
            named.insert(parameter.key, text);
            texts.insert(parameter.key, QStringLiteral("1"));
        }
    }
    QVariantMap values;
    QString error;
    if (!report->resolveParameters(texts, &values, &error))
        return m_usageError(error);

    const SignedInCompany company = m_open(positional.at(0));
    if (!company)
        return Failure;
    Records &records = company.session->records();
    for (auto it = named.cbegin(); it != named.cend(); ++it) {
        const ReportDefinition::Parameter *parameter = report->parameter(it.key());
        const std::optional<qint64> id = recordNamed(records, parameter->entityId, it.value());
        if (!id)
            return m_usageError(tr("no %1 is known as “%2” (give its code or name, or #number)")
                                    .arg(parameter->entityId, it.value()));
        values.insert(it.key(), *id);
        texts.insert(it.key(), it.value());
    }
    // A PDF is a print of the report, a CSV or XLSX file an export of it.
    const QString action = pdf.isEmpty() ? QStringLiteral("export") : QStringLiteral("print");
    if (!records.access().allows(action, report->moduleId())) {
        records.logRefusal(action, report->id());
        return failure(records.access().refusal(action, report->title()));
    }
    const std::optional<ReportResult> result = ReportRunner::run(*report, values, records, {}, {}, &error);
    if (!result)
        return failure(error);
    const QString output = pdf.isEmpty() ? (csv.isEmpty() ? xlsx : csv) : pdf;
    // Logged first; committed only once the file is written.
    WriteTransaction logged(company.company->database());
    QJsonObject detail{{QStringLiteral("destination"), QDir::toNativeSeparators(QFileInfo(output).absoluteFilePath())},
                       {QStringLiteral("rows"), result->rowCount()},
                       {QStringLiteral("format"), QFileInfo(output).suffix().toLower()}};
    QJsonObject given;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        given.insert(it.key(), it.value());
    detail.insert(QStringLiteral("parameters"), given);
    if (!logged.isActive()
        || !records.audit(QString::fromLatin1(pdf.isEmpty() ? AuditLog::Action::Export : AuditLog::Action::Print),
                          report->id(), 0, detail, &error))
        return failure(error.isEmpty() ? logged.errorString() : error);
    const auto kept = [&]() {
        if (logged.commit())
            return true;
        QFile::remove(output);
        error = tr("The report could not be recorded in the audit log, so the file was not kept: %1")
                    .arg(logged.errorString());
        return false;
    };

    if (!pdf.isEmpty()) {
        PageFurniture furniture;
        furniture.setCompany(company.company->companyName());
        furniture.setPrinted(records.userName(), QDateTime::currentDateTime());
        ReportPdfWriter writer;
        writer.setFurniture(furniture);
        if (writer.exportPdf(*result, pdf) != ReportPdfWriter::Code::Success)
            return failure(writer.errorString());
        if (!kept())
            return failure(error);
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
    if (!kept())
        return failure(error);
    m_out << tr("Wrote “%1” (%2 rows) to %3.").arg(result->title()).arg(result->rowCount())
                 .arg(QDir::toNativeSeparators(csv.isEmpty() ? xlsx : csv))
          << '\n';
    m_out.flush();
    return Ok;
}

} // namespace Backroom::Internal
