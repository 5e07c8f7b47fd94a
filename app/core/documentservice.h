#pragma once

#include "coreglobal.h"
#include "documentrenderer.h"
#include "recorddocument.h"
#include "templatestore.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QString>

namespace Backroom {

class Records;

// The one place modules, the shell and backroom-cli go to print records:
// templates (the clerk's copy, the shipped one or the default layout), data
// from the records service, the company letterhead from the company profile,
// and the renderer. It runs without widgets.
class BACKROOM_CORE_EXPORT DocumentService
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::DocumentService)

public:
    explicit DocumentService(Records &records, const QString &templateFolder = TemplateStore::defaultUserFolder());

    const TemplateStore &templates() const { return m_store; }
    Records &records() const { return m_records; }

    // Letterhead and footer for prints made now by the records' user.
    PageFurniture furniture() const;

    // One document per record; stops at the first record that cannot be
    // printed and names it in `error`. Needs "print" on the entity, and
    // "unmask" for sensitive values in clear; a refusal is audited.
    QList<PrintDocument> recordDocuments(const QString &entityId, const QList<qint64> &ids, const QString &templateName,
                                         bool unmasked, QString *error) const;

    // Writes the PDF, then records the print in the audit log.
    DocumentRenderer::Result exportPdf(const QList<PrintDocument> &documents, const QString &path, QString *error,
                                       const DocumentRenderer::Progress &progress = {}) const;
    // One audit entry "print" per record document that went out, saying
    // where (a printer's name, a PDF's path) and whether sensitive values
    // were in clear. False when the log could not be written.
    bool recordPrinted(const QList<PrintDocument> &documents, const QString &destination, QString *error) const;

    // Per-printer calibration of positioned forms (millimetres), kept in the
    // application settings under the printer's name.
    static QPointF calibrationOffset(const QString &printerName);
    static void setCalibrationOffset(const QString &printerName, const QPointF &millimetres);

private:
    Records &m_records;
    TemplateStore m_store;
};

} // namespace Backroom
