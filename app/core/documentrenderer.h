#pragma once

#include "coreglobal.h"
#include "pagefurniture.h"
#include "printdocument.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QString>

#include <functional>

class QPagedPaintDevice;

namespace Backroom {

// Lays documents out and paints them, with their page furniture, on any paged
// device: a QPdfWriter (headless, tests, `backroom-cli print`) or a QPrinter.
// Like QGIS's layout exporter it returns a result code with a message and
// accepts cancellation; a PDF is written through QSaveFile, so a cancelled
// or failed export never leaves a file that looks complete.
class BACKROOM_CORE_EXPORT DocumentRenderer
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::DocumentRenderer)

public:
    enum class Result { Success, Canceled, TemplateError, ImageError, FileError, PrintError };

    // Called after each page; return false to cancel.
    using Progress = std::function<bool(int pagesDone)>;

    explicit DocumentRenderer(const PageFurniture &furniture = {});

    // Positioned forms only: where this printer really puts (0, 0), in
    // millimetres, from the calibration page.
    void setCalibrationOffset(const QPointF &millimetres) { m_offset = millimetres; }
    // Folder for images a user's template names by relative path (a stamp, a
    // signature): the user's templates folder.
    void setImageFolder(const QString &folder) { m_imageFolder = folder; }

    // Each document starts on a new page with its own page setup and page
    // numbers; `copies` repeats the whole set (collated), for PDFs and for
    // printers that cannot make copies themselves.
    Result render(QPagedPaintDevice *device, const QList<PrintDocument> &documents, const Progress &progress = {},
                  int copies = 1);
    Result exportPdf(const QList<PrintDocument> &documents, const QString &path, const Progress &progress = {});

    // A page to print on plain paper and hold over the stationery: crosses at
    // known distances from the paper's edges, with the offset now applied.
    Result renderCalibrationPage(QPagedPaintDevice *device, const PageSetup &page);

    QString errorString() const { return m_error; }
    int pageCount() const { return m_pages; }   // pages painted by the last call

private:
    Result fail(Result result, const QString &message);

    PageFurniture m_furniture;
    QPointF m_offset;
    QString m_imageFolder;
    QString m_error;
    int m_pages = 0;
};

} // namespace Backroom
