#include "reportbench.h"

#include "bench.h"

#include "companyfile.h"
#include "records.h"
#include "reportdefinition.h"
#include "reportpdfwriter.h"
#include "reportresult.h"
#include "reportrunner.h"
#include "suite.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/resource.h>

namespace Backroom::Internal {

namespace {

using Column = ReportDefinition::Column;

qint64 peakRssMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024; // kilobytes on Linux
}

ReportDefinition syntheticDefinition()
{
    ReportDefinition report(QStringLiteral("bench.stock_moves"), [] { return QStringLiteral("Stock movements 库存变动"); });
    report.addColumn(Column::text(QStringLiteral("warehouse"), [] { return QStringLiteral("Warehouse"); }))
        .addColumn(Column::text(QStringLiteral("code"), [] { return QStringLiteral("Code"); }))
        .addColumn(Column::text(QStringLiteral("item"), [] { return QStringLiteral("Item"); }))
        .addColumn(Column::date(QStringLiteral("day"), [] { return QStringLiteral("Date"); }))
        .addColumn(Column::quantity(QStringLiteral("qty"), [] { return QStringLiteral("Quantity"); }, 3))
        .addColumn(Column::money(QStringLiteral("amount"), [] { return QStringLiteral("Amount"); }))
        .groupBy({QStringLiteral("warehouse")})
        .chart(ReportDefinition::Chart::Kind::Bar, QStringLiteral("warehouse"), QStringLiteral("amount"))
        .query([](ReportContext &, QString *) { return true; });
    return report;
}

} // namespace

ReportBench::ReportBench(QTextStream &out, int rows)
    : m_out(out)
    , m_rows(rows)
{
}

bool ReportBench::run()
{
    return pdf() && query();
}

bool ReportBench::pdf()
{
    QTemporaryDir dir;
    QElapsedTimer timer;
    timer.start();
    ReportResult result(syntheticDefinition());
    result.reserve(m_rows);
    const int groups = std::max(1, m_rows / 100);
    const QDate first(2024, 1, 1);
    for (int row = 0; row < m_rows; ++row) {
        const int group = row % groups; // interleaved: finish() must bring the groups together
        result.addRow({QStringLiteral("仓库 %1 Warehouse").arg(group, 3, 10, QLatin1Char('0')),
                       QStringLiteral("IT-%1").arg(row, 6, 10, QLatin1Char('0')),
                       row % 3 ? QStringLiteral("Hex bolt M%1 × %2 mm").arg(4 + row % 20).arg(10 + row % 90)
                               : QStringLiteral("六角螺栓 M%1 镀锌").arg(4 + row % 20),
                       first.addDays(row % 365), qint64(row % 997) * 250, qint64(row % 100000) * 37 - 50000},
                      QStringLiteral("bench.item"), row + 1);
    }
    result.finish();
    m_out << "report_build_ms: " << timer.elapsed() << '\n';

    PageFurniture furniture;
    furniture.setCompany(Suite::demoCompanyName(QStringLiteral("zh_CN")));
    furniture.setPrinted(QStringLiteral("bench"), QDateTime::currentDateTime());
    ReportPdfWriter writer;
    writer.setFurniture(furniture);
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    timer.restart();
    if (writer.exportPdf(result, path) != ReportPdfWriter::Code::Success) {
        m_error = writer.errorString();
        return false;
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    m_out << "report_pdf_rows: " << m_rows << '\n'
          << "report_pdf_pages: " << writer.pageCount() << '\n'
          << "report_pdf_seconds: " << QString::number(seconds, 'f', 2) << '\n'
          << "report_pdf_pages_per_second: " << QString::number(writer.pageCount() / seconds, 'f', 1) << '\n'
          << "report_pdf_bytes: " << QFileInfo(path).size() << '\n'
          << "report_pdf_peak_rss: " << peakRssMegabytes() << " MB\n";
    m_out.flush();
    return true;
}

bool ReportBench::query()
{
    // The core report over generated partners, run as the CLI runs it.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("report.backroom"));
    Suite suite{QStringList{}};
    CompanyFile::Status status;
    CompanyFile::NewCompany company;
    company.name = QStringLiteral("Bench");
    if (!suite.createCompany(file, company, &status)) {
        m_error = status.message;
        return false;
    }
    QProcess generate;
    generate.setProcessEnvironment(benchEnvironment());
    generate.start(QCoreApplication::applicationDirPath() + QStringLiteral("/backroom-cli"),
                   {QStringLiteral("generate"), file, QStringLiteral("core.partner"), QString::number(m_rows)});
    if (!generate.waitForFinished(600000) || generate.exitCode() != 0) {
        m_error = QStringLiteral("backroom-cli generate failed: ") + QString::fromUtf8(generate.readAllStandardError());
        return false;
    }
    auto opened = suite.openCompany(file, &status);
    if (!opened) {
        m_error = status.message;
        return false;
    }
    Records records(opened->database(), suite.registries().entities, QStringLiteral("bench"));
    const ReportDefinition *byKind = suite.registries().reports.find(QStringLiteral("core.partners_by_kind"));
    QElapsedTimer timer;
    timer.start();
    QString error;
    const auto result = ReportRunner::run(*byKind, {}, records, {}, {}, &error);
    if (!result) {
        m_error = error;
        return false;
    }
    m_out << "report_query_rows: " << result->rowCount() << '\n'
          << "report_query_ms: " << timer.elapsed() << '\n';
    m_out.flush();
    return true;
}

} // namespace Backroom::Internal
