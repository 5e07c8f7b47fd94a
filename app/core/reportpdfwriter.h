#pragma once

#include "coreglobal.h"
#include "pagefurniture.h"
#include "pagesetup.h"
#include "reportdefinition.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

class QPagedPaintDevice;

namespace Backroom {

class ReportResult;

// Paints a report result page by page with QPainter onto any paged device:
// QPdfWriter for PDF files, QPrinter for paper and for the print preview.
// Every page gets the company letterhead and the "Page 1 of N" footer from
// PageFurniture, the column headers again, and a "(continued)" line for the
// group it resumes; the first page carries the title and the parameters.
// Money and quantities are right-aligned as MoneyFormat writes them.
//
// All lines are one row high, so pages are counted by arithmetic before the
// first is painted (the footer needs N) and a 1,000-page report never sits in
// memory: each finished page goes out to the device. Like QGIS's exporters it
// returns a code and keeps a message, and it can be canceled between pages.
class BACKROOM_CORE_EXPORT ReportPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::ReportPdfWriter)

public:
    enum class Code {
        Success,
        Canceled,     // the cancel check said so; no file was left behind
        FileError,    // the file could not be written (folder missing, disk full…)
        DeviceError,  // the printer or device refused to paint
    };
    using CancelCheck = std::function<bool()>;
    using Progress = std::function<void(int page, int pageCount)>;

    // The two blocks of a report that declares them
    // (ReportDefinition::twoBlocks), checked against the result's rows;
    // nullopt: print it as a plain list.
    static std::optional<ReportDefinition::TwoBlocks> twoBlocksOf(const ReportResult &result);
    static QString carriedForwardText();
    static QString broughtForwardText();

    ReportPdfWriter();

    PageSetup pageSetup() const { return m_pageSetup; }
    void setPageSetup(const PageSetup &setup) { m_pageSetup = setup; }
    // On (the default): a report whose columns do not fit across the
    // portrait page is laid out landscape.
    void setAutoOrientation(bool on) { m_autoOrientation = on; }
    PageFurniture furniture() const { return m_furniture; }
    void setFurniture(const PageFurniture &furniture) { m_furniture = furniture; }
    // Adds a page with the report's chart, when it declares one (default on).
    void setIncludeChart(bool on) { m_includeChart = on; }
    void setCancelCheck(CancelCheck isCanceled) { m_isCanceled = std::move(isCanceled); }
    // Called after each page is painted.
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // The page setup the result is laid out on: the configured one, turned
    // landscape when the columns need it.
    PageSetup effectivePageSetup(const ReportResult &result) const;

    // Paints every page onto a device whose page layout is already set (use
    // effectivePageSetup()). The painter is begun and ended here.
    Code paint(const ReportResult &result, QPagedPaintDevice *device);
    // Writes a PDF through QSaveFile: the file appears only when complete;
    // on failure or cancellation nothing is left and an existing file at
    // path is untouched.
    Code exportPdf(const ReportResult &result, const QString &path);

    QString errorString() const { return m_error; }
    // Pages of the last paint, chart page included.
    int pageCount() const { return m_pageCount; }

private:
    PageSetup m_pageSetup;
    bool m_autoOrientation = true;
    PageFurniture m_furniture;
    bool m_includeChart = true;
    CancelCheck m_isCanceled;
    Progress m_progress;
    QString m_error;
    int m_pageCount = 0;
};

} // namespace Backroom
