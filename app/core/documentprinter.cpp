#include "documentprinter.h"

#include "documentrenderer.h"
#include "documentservice.h"
#include "entity.h"
#include "records.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>

namespace Backroom {

namespace {

QString documentKey(const QString &documentType)
{
    return QStringLiteral("printing/documents/") + QString(documentType).replace(QLatin1Char('/'), QLatin1Char('_'));
}

QString fileNameFor(const QString &title)
{
    QString name = title.simplified();
    static const QString forbidden = QStringLiteral("\\/:*?\"<>|");
    for (QChar &c : name) {
        if (forbidden.contains(c))
            c = QLatin1Char('_');
    }
    return name.isEmpty() ? QStringLiteral("document") : name;
}

} // namespace

DocumentPrinter::DocumentPrinter(DocumentService &service, QWidget *parent)
    : QObject(parent), m_service(service), m_parent(parent)
{
}

QString DocumentPrinter::restoreSettings(QPrinter &printer, const QString &documentType)
{
    QSettings settings;
    settings.beginGroup(documentKey(documentType));
    const QString printerName = settings.value(QStringLiteral("printer")).toString();
    QString note;
    if (!printerName.isEmpty()) {
        if (QPrinterInfo::availablePrinterNames().contains(printerName))
            printer.setPrinterName(printerName);
        else
            note = DocumentPrinter::tr("The printer “%1” used last time is not available; choose another.").arg(printerName);
    }
    printer.setCopyCount(std::max(1, settings.value(QStringLiteral("copies"), 1).toInt()));
    printer.setDuplex(QPrinter::DuplexMode(settings.value(QStringLiteral("duplex"), int(QPrinter::DuplexNone)).toInt()));
    printer.setColorMode(QPrinter::ColorMode(settings.value(QStringLiteral("color"), int(QPrinter::GrayScale)).toInt()));
    return note;
}

void DocumentPrinter::saveSettings(const QPrinter &printer, const QString &documentType)
{
    QSettings settings;
    settings.beginGroup(documentKey(documentType));
    if (printer.outputFormat() == QPrinter::NativeFormat)
        settings.setValue(QStringLiteral("printer"), printer.printerName());
    settings.setValue(QStringLiteral("copies"), printer.copyCount());
    settings.setValue(QStringLiteral("duplex"), int(printer.duplex()));
    settings.setValue(QStringLiteral("color"), int(printer.colorMode()));
}

void DocumentPrinter::showError(const QString &message)
{
    m_error = message;
    QMessageBox::warning(m_parent, tr("Printing"), message);
}

bool DocumentPrinter::renderTo(QPrinter *printer, const QList<PrintDocument> &documents)
{
    if (!printer->isValid()) {
        m_error = tr("The printer “%1” is not available.").arg(printer->printerName());
        return false;
    }
    DocumentRenderer renderer(m_service.furniture());
    renderer.setImageFolder(m_service.templates().userFolder());
    if (documents.size() == 1 && documents.constFirst().documentTemplate.kind() == DocumentTemplate::Kind::Positioned)
        renderer.setCalibrationOffset(DocumentService::calibrationOffset(printer->printerName()));
    // Drivers that collate copies themselves get the count; the others, and
    // batches (where every document must come out whole), get the pages repeated.
    const int copies = printer->copyCount();
    const bool byRenderer = copies > 1 && (!printer->supportsMultipleCopies() || documents.size() > 1);
    if (byRenderer)
        printer->setCopyCount(1);
    std::unique_ptr<QProgressDialog> progress;
    if (documents.size() > 3) {
        progress = std::make_unique<QProgressDialog>(tr("Printing…"), tr("Cancel"), 0, 0, m_parent);
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(300);
    }
    const DocumentRenderer::Result result = renderer.render(
        printer, documents,
        [&progress](int pages) {
            if (!progress)
                return true;
            progress->setLabelText(tr("Printing… %1 pages").arg(pages));
            QApplication::processEvents();
            return !progress->wasCanceled();
        },
        byRenderer ? copies : 1);
    if (byRenderer)
        printer->setCopyCount(copies);
    if (result != DocumentRenderer::Result::Success && result != DocumentRenderer::Result::Canceled) {
        m_error = renderer.errorString();
        return false;
    }
    return result == DocumentRenderer::Result::Success;
}

void DocumentPrinter::preview(const QList<PrintDocument> &documents, const QString &documentType)
{
    m_error.clear();
    QPrinter printer(QPrinter::HighResolution);
    const QString note = restoreSettings(printer, documentType);
    QPrintPreviewDialog dialog(&printer, m_parent);
    dialog.setWindowTitle(documents.size() == 1 ? tr("Print Preview — %1").arg(documents.constFirst().title)
                                                : tr("Print Preview — %n documents", nullptr, int(documents.size())));
    dialog.resize(1000, 800);
    QString failure;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *target) {
        if (!renderTo(target, documents) && failure.isEmpty())
            failure = m_error;
    });
    if (!note.isEmpty())
        QMessageBox::information(m_parent, tr("Printing"), note);
    // Accepted: printed from the preview.
    if (dialog.exec() == QDialog::Accepted && failure.isEmpty()) {
        saveSettings(printer, documentType);
        m_service.recordPrinted(documents, printerName(printer), &failure);
    }
    if (!failure.isEmpty())
        showError(failure);
}

bool DocumentPrinter::print(const QList<PrintDocument> &documents, const QString &documentType)
{
    m_error.clear();
    QPrinter printer(QPrinter::HighResolution);
    const QString note = restoreSettings(printer, documentType);
    if (!note.isEmpty())
        QMessageBox::information(m_parent, tr("Printing"), note);
    QPrintDialog dialog(&printer, m_parent);
    dialog.setWindowTitle(tr("Print"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    saveSettings(printer, documentType);
    if (!renderTo(&printer, documents)) {
        if (!m_error.isEmpty())
            showError(m_error);
        return false;
    }
    if (!m_service.recordPrinted(documents, printerName(printer), &m_error)) {
        showError(m_error);
        return false;
    }
    return true;
}

QString DocumentPrinter::printerName(const QPrinter &printer)
{
    // "Print to file" from the print dialog names the file instead.
    return printer.outputFileName().isEmpty() ? printer.printerName()
                                              : QDir::toNativeSeparators(printer.outputFileName());
}

bool DocumentPrinter::savePdf(const QList<PrintDocument> &documents, const QString &suggestedName)
{
    m_error.clear();
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("printing/pdfFolder"),
                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .toString();
    QFileDialog dialog(m_parent, tr("Save as PDF"), folder, tr("PDF files (*.pdf)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("pdf"));
    dialog.selectFile(fileNameFor(suggestedName) + QStringLiteral(".pdf"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return false;
    const QString path = dialog.selectedFiles().constFirst();
    settings.setValue(QStringLiteral("printing/pdfFolder"), QFileInfo(path).absolutePath());
    QProgressDialog progress(tr("Writing PDF…"), tr("Cancel"), 0, 0, m_parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QString error;
    const DocumentRenderer::Result result = m_service.exportPdf(documents, path, &error, [&progress](int pages) {
        progress.setLabelText(tr("Writing PDF… %1 pages").arg(pages));
        QApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.reset();
    if (result == DocumentRenderer::Result::Canceled)
        return false;
    if (result != DocumentRenderer::Result::Success) {
        showError(error);
        return false;
    }
    return true;
}

bool DocumentPrinter::printRecords(const QString &entityId, const QList<qint64> &ids, Output output,
                                   const QString &templateName, bool unmasked)
{
    if (ids.isEmpty())
        return false;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QList<PrintDocument> documents = m_service.recordDocuments(entityId, ids, templateName, unmasked, &error);
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty()) {
        showError(error);
        return false;
    }
    const QString type = templateName.isEmpty() ? entityId : templateName;
    const Entity *entity = m_service.records().entity(entityId);
    const QString name = documents.size() == 1 ? documents.constFirst().title
                                                : (entity ? entity->pluralLabel() : entityId);
    switch (output) {
    case Output::Preview:
        preview(documents, type);
        return m_error.isEmpty();
    case Output::Printer:
        return print(documents, type);
    case Output::Pdf:
        return savePdf(documents, name);
    }
    return false;
}

} // namespace Backroom
