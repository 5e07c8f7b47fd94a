#pragma once

#include "coreglobal.h"
#include "printdocument.h"

#include <QList>
#include <QObject>
#include <QString>

class QPrinter;
class QWidget;

namespace Backroom {

class DocumentService;

// The printing dialogs around DocumentRenderer: preview, print to a chosen
// printer, save as PDF. The printer, copies, duplex and colour chosen for a
// document type are remembered for the next print of that type; a printer
// that has gone away is said so, not silently replaced.
class BACKROOM_CORE_EXPORT DocumentPrinter : public QObject
{
    Q_OBJECT

public:
    DocumentPrinter(DocumentService &service, QWidget *parent);

    // `documentType` keys the remembered settings: the template's name.
    void preview(const QList<PrintDocument> &documents, const QString &documentType);
    bool print(const QList<PrintDocument> &documents, const QString &documentType);
    bool savePdf(const QList<PrintDocument> &documents, const QString &suggestedName);

    // The records of an entity, each as one document, with the entity's
    // template or the named one; a problem is shown to the clerk.
    enum class Output { Preview, Printer, Pdf };
    // `unmasked`: sensitive values in clear (needs "unmask"; audited, and
    // the pages say CONFIDENTIAL).
    bool printRecords(const QString &entityId, const QList<qint64> &ids, Output output, const QString &templateName = {},
                      bool unmasked = false);

    // Applies and keeps what the clerk chose for a document type.
    static QString restoreSettings(QPrinter &printer, const QString &documentType);
    static void saveSettings(const QPrinter &printer, const QString &documentType);

    QString lastError() const { return m_error; }

private:
    static QString printerName(const QPrinter &printer);
    bool renderTo(QPrinter *printer, const QList<PrintDocument> &documents);
    void showError(const QString &message);

    DocumentService &m_service;
    QWidget *m_parent;
    QString m_error;
};

} // namespace Backroom
