#pragma once

#include "coreglobal.h"
#include "pagefurniture.h"
#include "pagesetup.h"

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

    // 过次页 / 承前页: a report printed over several pages may carry running
    // figures over each page break, as Chinese books are printed: each page
    // but the last ends with a "Carried forward" line and the next starts
    // with a "Brought forward" line with the same figures. The report says
    // which columns carry and computes their values itself (which rows count
    // towards a running total is the report's business, not the page's).
    struct CarryForward
    {
        QString labelColumn;    // the column the line's label is written in (摘要)
        QStringList columns;    // the carried columns' keys
        // The carried values, one per column in order, for a break after
        // row `lastRow` and before row `nextRow`; an empty list when nothing
        // carries over that break (say, a new account starts on the page).
        std::function<QVariantList(const ReportResult &result, int lastRow, int nextRow)> values;
    };
    // Declared once per report id, usually when the module registers its
    // reports; every PDF and print of that report then carries.
    static void declareCarryForward(const QString &reportId, const CarryForward &carry);
    static std::optional<CarryForward> carryForwardOf(const QString &reportId);
    // Two blocks side by side, as the official 资产负债表 puts 资产 on the
    // left and 负债和所有者权益 on the right: rows [leftStart, rightStart)
    // on the left, [rightStart, end) on the right, each block with the
    // report's columns and the last rows of both (their totals) on one
    // line; rows before leftStart and from end span the page above and
    // below. Such a report is laid out landscape. The split is asked of
    // the result (nullopt: print it as a plain list, as for another form).
    struct TwoBlocks
    {
        int leftStart = 0;
        int rightStart = 0;
        int end = 0;
    };
    using TwoBlockSplit = std::function<std::optional<TwoBlocks>(const ReportResult &result)>;
    static void declareTwoBlocks(const QString &reportId, const TwoBlockSplit &split);
    static std::optional<TwoBlocks> twoBlocksOf(const ReportResult &result);
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
