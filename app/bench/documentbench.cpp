#include "documentbench.h"

#include "bench.h"
#include "companyfile.h"
#include "documentservice.h"
#include "records.h"
#include "suite.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>

namespace Backroom::Internal {

DocumentBench::DocumentBench(QTextStream &out, int runs) : m_out(out), m_runs(std::clamp(runs, 1, 51)) {}

bool DocumentBench::run()
{
    QTemporaryDir sandbox;
    const QString path = sandbox.filePath(QStringLiteral("demo.backroom"));
    QProcess init;
    init.setProcessEnvironment(benchEnvironment());
    init.start(benchExecutable(QStringLiteral("backroom-cli")),
               {QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("init"), path, QStringLiteral("--demo")});
    if (!init.waitForFinished(120000) || init.exitCode() != 0) {
        m_error = QStringLiteral("backroom-cli init failed: %1").arg(QString::fromLocal8Bit(init.readAllStandardError()));
        return false;
    }
    Suite suite{QStringList{}};
    CompanyFile::Status status;
    auto company = suite.openCompany(path, &status);
    if (!company) {
        m_error = status.message;
        return false;
    }
    Records records(company->database(), suite.registries().entities, QStringLiteral("bench"));
    DocumentService service(records, sandbox.filePath(QStringLiteral("templates")));

    // One partner, from reading the record to a closed PDF file. The first
    // print of a session also loads the fonts; it is reported on its own.
    auto printOne = [&](const QString &pdf) {
        QElapsedTimer timer;
        timer.start();
        QString error;
        const QList<PrintDocument> documents = service.recordDocuments(QStringLiteral("core.partner"), {1}, {}, false, &error);
        if (error.isEmpty() && service.exportPdf(documents, pdf, &error) != DocumentRenderer::Result::Success)
            m_error = error;
        if (!error.isEmpty())
            m_error = error;
        return double(timer.nsecsElapsed()) / 1e6;
    };
    const double first = printOne(sandbox.filePath(QStringLiteral("first.pdf")));
    if (!m_error.isEmpty())
        return false;
    QList<double> times;
    for (int i = 0; i < m_runs; ++i)
        times.append(printOne(sandbox.filePath(QStringLiteral("form-%1.pdf").arg(i))));
    std::sort(times.begin(), times.end());
    m_out << "document_form_pdf_first_print: " << QString::number(first, 'f', 1) << " ms (fonts loaded)\n";
    m_out << "document_form_pdf: " << QString::number(times.at(times.size() / 2), 'f', 1) << " ms (median of "
          << times.size() << ", min " << QString::number(times.constFirst(), 'f', 1) << ")\n";

    // A batch from a list: every partner of the demo company, one PDF.
    QList<qint64> ids;
    for (const Record &record : records.select(QStringLiteral("core.partner"), QuerySpec()))
        ids.append(record.id);
    QList<PrintDocument> batch;
    QString error;
    for (int round = 0; round < 10; ++round)
        batch += service.recordDocuments(QStringLiteral("core.partner"), ids, {}, false, &error);
    QElapsedTimer timer;
    timer.start();
    if (!error.isEmpty()
        || service.exportPdf(batch, sandbox.filePath(QStringLiteral("batch.pdf")), &error) != DocumentRenderer::Result::Success) {
        m_error = error;
        return false;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    m_out << "document_batch_pdf_pages: " << batch.size() << " pages\n";
    m_out << "document_batch_pdf_pages_per_second: " << QString::number(batch.size() / seconds, 'f', 0) << " pages/s\n";
    return true;
}

} // namespace Backroom::Internal
