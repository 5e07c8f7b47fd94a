#include "reportpdfwriter.h"

#include "checkedsave.h"
#include "reportchart.h"
#include "reportresult.h"
#include "xlsxtablewriter.h"

#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Backroom {

namespace {

using Column = ReportDefinition::Column;
using Line = ReportResult::Line;

constexpr qreal kBodyPoints = 8.5;
constexpr qreal kTitlePoints = 15;

qreal mm(qreal millimetres, int dpi)
{
    return PageFurniture::millimetresToPixels(millimetres, dpi);
}

QFont documentFont(qreal points, bool bold = false)
{
    return PageFurniture::documentFont(points, bold);
}

bool rightAligned(const Column &column)
{
    return column.isNumber();
}

// Where each shown column sits across the page, in device units.
struct ColumnLayout
{
    QList<int> columns;   // result columns, in order
    QList<qreal> left;
    QList<qreal> width;
    qreal padding = 0;
};

// The widths the columns would like: their header or their widest value,
// whichever is wider. Text is measured only for the widest few values by
// character width (wide CJK characters count two), not for every row.
QList<qreal> naturalWidths(const ReportResult &result, const QList<int> &columns, const QFontMetricsF &body,
                           const QFontMetricsF &bold, qreal padding)
{
    QList<qreal> widths;
    for (int column : columns) {
        const Column &spec = result.columns().at(column);
        qreal widest = bold.horizontalAdvance(spec.labelText());
        if (spec.isNumber()) {
            QString longest;
            for (int row = 0; row < result.rowCount(); ++row) {
                const QString text = result.text(row, column);
                if (text.size() > longest.size())
                    longest = text;
            }
            widest = std::max(widest, body.horizontalAdvance(longest));
            if (spec.isSummed()) {
                widest = std::max(widest, bold.horizontalAdvance(ReportResult::valueText(spec, result.total(column))));
                for (const ReportResult::Group &group : result.groups())
                    widest = std::max(widest, bold.horizontalAdvance(ReportResult::valueText(spec, group.totals.at(column))));
            }
        } else {
            QList<QPair<int, int>> candidates; // (display width, row)
            int threshold = 0;
            for (int row = 0; row < result.rowCount(); ++row) {
                const QVariant &value = result.value(row, column);
                if (value.isNull())
                    continue;
                const int width = spec.type == Column::Type::Date ? 10 : XlsxTableWriter::displayWidth(value.toString());
                if (width < threshold)
                    continue;
                candidates.append({width, row});
                if (candidates.size() > 64) {
                    std::sort(candidates.begin(), candidates.end(), std::greater<>());
                    candidates.resize(8);
                    threshold = candidates.constLast().first;
                }
            }
            std::sort(candidates.begin(), candidates.end(), std::greater<>());
            for (int i = 0; i < std::min<qsizetype>(8, candidates.size()); ++i)
                widest = std::max(widest, body.horizontalAdvance(result.text(candidates.at(i).second, column)));
        }
        widths.append(widest + 2 * padding);
    }
    return widths;
}

QList<int> shownColumns(const ReportResult &result)
{
    QList<int> columns = result.detailColumns();
    if (columns.isEmpty())
        for (int column = 0; column < result.columnCount(); ++column)
            columns.append(column);
    return columns;
}

// 300 dpi, like a page, for deciding the orientation before any device exists.
const QPaintDevice *measuringDevice()
{
    static QImage image = [] {
        QImage i(1, 1, QImage::Format_Mono);
        i.setDotsPerMeterX(11811);
        i.setDotsPerMeterY(11811);
        return i;
    }();
    return &image;
}

qreal naturalTableWidth(const ReportResult &result, const QPaintDevice *device)
{
    const int dpi = device->logicalDpiX();
    const QFontMetricsF body(documentFont(kBodyPoints), device);
    const QFontMetricsF bold(documentFont(kBodyPoints, true), device);
    const QList<qreal> widths = naturalWidths(result, shownColumns(result), body, bold, mm(1.5, dpi));
    return std::accumulate(widths.cbegin(), widths.cend(), qreal(0));
}

ColumnLayout layoutColumns(const ReportResult &result, qreal available, const QFontMetricsF &body,
                           const QFontMetricsF &bold, int dpi)
{
    ColumnLayout layout;
    layout.columns = shownColumns(result);
    layout.padding = mm(1.5, dpi);
    QList<qreal> widths = naturalWidths(result, layout.columns, body, bold, layout.padding);
    const qreal total = std::accumulate(widths.cbegin(), widths.cend(), qreal(0));
    qreal textTotal = 0;
    for (int i = 0; i < layout.columns.size(); ++i)
        if (!rightAligned(result.columns().at(layout.columns.at(i))))
            textTotal += widths.at(i);
    if (total > available && textTotal > 0) {
        // Too wide: text columns give up room (their values are elided),
        // never below a minimum; figures keep their full width.
        const qreal minimum = mm(14, dpi);
        qreal shrinkable = 0;
        for (int i = 0; i < widths.size(); ++i)
            if (!rightAligned(result.columns().at(layout.columns.at(i))))
                shrinkable += std::max<qreal>(0, widths.at(i) - minimum);
        const qreal excess = total - available;
        const qreal factor = shrinkable > 0 ? std::min<qreal>(1, excess / shrinkable) : 0;
        for (int i = 0; i < widths.size(); ++i)
            if (!rightAligned(result.columns().at(layout.columns.at(i))))
                widths[i] -= std::max<qreal>(0, widths.at(i) - minimum) * factor;
    } else if (total < available && textTotal > 0) {
        // Room to spare goes to the text columns, so the table spans the page.
        const qreal extra = available - total;
        for (int i = 0; i < widths.size(); ++i)
            if (!rightAligned(result.columns().at(layout.columns.at(i))))
                widths[i] += extra * widths.at(i) / textTotal;
    }
    const qreal sum = std::accumulate(widths.cbegin(), widths.cend(), qreal(0));
    // Only a real overflow: the room shared out above adds up to `available`
    // give or take a rounding error, and scaling by 0.9999… would make every
    // figure a hair too narrow for itself and elide it ("500,000.…").
    if (sum > available + 0.5) {
        for (qreal &width : widths)
            width *= available / sum;
    }
    qreal x = 0;
    for (qreal width : std::as_const(widths)) {
        layout.left.append(x);
        layout.width.append(width);
        x += width;
    }
    return layout;
}

} // namespace

ReportPdfWriter::ReportPdfWriter() = default;

PageSetup ReportPdfWriter::effectivePageSetup(const ReportResult &result) const
{
    PageSetup setup = m_pageSetup;
    if (!m_autoOrientation || setup.orientation() == QPageLayout::Landscape)
        return setup;
    const QPaintDevice *device = measuringDevice();
    const qreal available = setup.pageLayout().paintRectPixels(device->logicalDpiX()).width();
    if (naturalTableWidth(result, device) > available)
        setup.setOrientation(QPageLayout::Landscape);
    return setup;
}

ReportPdfWriter::Code ReportPdfWriter::paint(const ReportResult &result, QPagedPaintDevice *device)
{
    m_error.clear();
    m_pageCount = 0;
    auto *printer = dynamic_cast<QPrinter *>(device);
    QPainter painter;
    if (!painter.begin(device)) {
        m_error = printer && !printer->printerName().isEmpty()
                      ? tr("The printer “%1” is not available.").arg(printer->printerName())
                      : tr("The report could not be painted onto the page.");
        return Code::DeviceError;
    }
    const int dpi = device->logicalDpiY();
    const QRectF page(QPointF(0, 0), device->pageLayout().paintRectPixels(dpi).size());

    const QFont bodyFont = documentFont(kBodyPoints);
    const QFont boldFont = documentFont(kBodyPoints, true);
    const QFont titleFont = documentFont(kTitlePoints, true);
    const QFontMetricsF body(bodyFont, device);
    const QFontMetricsF bold(boldFont, device);
    const QFontMetricsF title(titleFont, device);
    const ColumnLayout columns = layoutColumns(result, page.width(), body, bold, dpi);
    const qreal rowHeight = std::ceil(body.height() * 1.45);
    const qreal baseline = (rowHeight - body.height()) / 2 + body.ascent();
    const qreal indentStep = mm(3, dpi);

    // The page's bands: letterhead, (title on page 1), column headers,
    // lines, footer.
    const qreal headerHeight = m_furniture.headerHeight(dpi);
    const qreal top = headerHeight > 0 ? headerHeight + mm(1, dpi) : 0;
    const qreal bottom = page.height() - m_furniture.footerHeight(dpi) - mm(1, dpi);
    const QStringList parameterLines = result.parameterLines();
    const qreal titleBlock = title.height() * 1.3 + parameterLines.size() * body.height() * 1.25 + mm(3, dpi);
    const qreal headerRow = rowHeight * 1.15;
    const int firstCapacity = std::max(1, int((bottom - top - titleBlock - headerRow) / rowHeight));
    const int capacity = std::max(1, int((bottom - top - headerRow) / rowHeight));

    // Page breaks, by arithmetic: where each page's lines start.
    const QList<Line> &lines = result.lines();
    QList<int> starts;
    for (int next = 0; next < lines.size() || starts.isEmpty();) {
        starts.append(next);
        int room = starts.size() == 1 ? firstCapacity : capacity;
        const bool continued = next < lines.size() && next > 0 && lines.at(next).group >= 0
                               && lines.at(next).kind != Line::Kind::GroupHeader;
        if (continued)
            room = std::max(1, room - 1);
        int taken = std::min<int>(room, int(lines.size()) - next);
        // A group header never ends a page: it moves over with its rows.
        while (taken > 1 && next + taken < lines.size() && lines.at(next + taken - 1).kind == Line::Kind::GroupHeader)
            --taken;
        next += std::max(1, taken);
        if (lines.isEmpty())
            break;
    }
    const bool chartPage = m_includeChart && ReportChart::canPaint()
                           && result.chart().kind != ReportDefinition::Chart::Kind::None && !result.chartData().isEmpty();
    const int tablePages = int(starts.size());
    m_pageCount = tablePages + (chartPage ? 1 : 0);

    auto fail = [&](Code code, const QString &message) {
        if (printer && code == Code::Canceled)
            printer->abort();
        painter.end();
        m_error = message;
        return code;
    };
    auto canceled = [&] { return m_isCanceled && m_isCanceled(); };

    const QColor headerFill(228, 232, 238);
    const QColor groupFill(242, 244, 247);
    const QColor rule(110, 110, 110);
    QPen rulePen(rule);
    rulePen.setWidthF(mm(0.2, dpi));
    QPen textPen(Qt::black);
    const QFont *currentFont = nullptr;
    auto useFont = [&](const QFont &font) {
        if (currentFont != &font) {
            painter.setFont(font);
            currentFont = &font;
        }
    };
    const QFontMetricsF *metrics = &body;
    auto drawCell = [&](int i, qreal y, const QString &text, bool right, qreal indent = 0) {
        if (text.isEmpty())
            return;
        const qreal left = columns.left.at(i) + columns.padding + indent;
        const qreal room = columns.width.at(i) - 2 * columns.padding - indent;
        qreal width = metrics->horizontalAdvance(text);
        QString shown = text;
        if (width > room) {
            shown = metrics->elidedText(text, Qt::ElideRight, room);
            width = metrics->horizontalAdvance(shown);
        }
        painter.drawText(QPointF(right ? left + room - width : left, y + baseline), shown);
    };
    // A label that may run over the cells to its right (up to `until`).
    auto drawSpanning = [&](qreal x, qreal until, qreal y, const QString &text) {
        QString shown = text;
        if (metrics->horizontalAdvance(text) > until - x)
            shown = metrics->elidedText(text, Qt::ElideRight, until - x);
        painter.drawText(QPointF(x, y + baseline), shown);
    };
    int firstSummed = int(columns.columns.size());
    for (int i = 0; i < columns.columns.size(); ++i)
        if (result.columns().at(columns.columns.at(i)).isSummed()) {
            firstSummed = i;
            break;
        }
    const qreal labelLimit = firstSummed < columns.columns.size() ? columns.left.at(firstSummed) : page.width();
    auto drawTotals = [&](qreal y, const QList<qint64> &totals, bool grand) {
        painter.setPen(rulePen);
        for (int i = 0; i < columns.columns.size(); ++i) {
            const int column = columns.columns.at(i);
            if (!result.columns().at(column).isSummed())
                continue;
            const qreal x1 = columns.left.at(i) + columns.padding;
            const qreal x2 = columns.left.at(i) + columns.width.at(i) - columns.padding;
            painter.drawLine(QPointF(x1, y + mm(0.3, dpi)), QPointF(x2, y + mm(0.3, dpi)));
            if (grand)
                painter.drawLine(QPointF(x1, y + mm(0.8, dpi)), QPointF(x2, y + mm(0.8, dpi)));
        }
        painter.setPen(textPen);
        for (int i = 0; i < columns.columns.size(); ++i) {
            const int column = columns.columns.at(i);
            if (result.columns().at(column).isSummed())
                drawCell(i, y, ReportResult::valueText(result.columns().at(column), totals.at(column)), true);
        }
    };
    QList<qint64> grandTotals;
    for (int column = 0; column < result.columnCount(); ++column)
        grandTotals.append(result.total(column));

    for (int pageIndex = 0; pageIndex < tablePages; ++pageIndex) {
        if (canceled())
            return fail(Code::Canceled, tr("The report was canceled."));
        if (pageIndex > 0 && !device->newPage())
            return fail(Code::DeviceError, tr("The printer stopped accepting pages."));
        currentFont = nullptr;
        m_furniture.paintWatermark(painter, page);
        m_furniture.paintHeader(painter, page, dpi);
        qreal y = top;
        painter.setPen(textPen);
        if (pageIndex == 0) {
            useFont(titleFont);
            painter.drawText(QPointF(0, y + title.ascent()), result.title());
            y += title.height() * 1.3;
            useFont(bodyFont);
            for (const QString &line : parameterLines) {
                // The value drawn on its own: Noto CJK shapes digits inside
                // Latin text with glyphs that Qt's PDF text map does not
                // know, so "2024-03" after "Period: " would not copy or
                // search. Alone it is shaped with the plain digits.
                const qsizetype colon = line.indexOf(QLatin1String(": "));
                if (colon > 0) {
                    const QString label = line.left(colon + 2);
                    painter.drawText(QPointF(0, y + body.ascent()), label);
                    painter.drawText(QPointF(body.horizontalAdvance(label), y + body.ascent()), line.mid(colon + 2));
                } else {
                    painter.drawText(QPointF(0, y + body.ascent()), line);
                }
                y += body.height() * 1.25;
            }
            y += mm(3, dpi);
        }
        // Column headers, on every page.
        painter.fillRect(QRectF(0, y, columns.left.constLast() + columns.width.constLast(), headerRow), headerFill);
        useFont(boldFont);
        metrics = &bold;
        for (int i = 0; i < columns.columns.size(); ++i) {
            const Column &column = result.columns().at(columns.columns.at(i));
            drawCell(i, y + (headerRow - rowHeight) / 2, column.labelText(), rightAligned(column));
        }
        y += headerRow;

        const int first = starts.at(pageIndex);
        const int end = pageIndex + 1 < tablePages ? starts.at(pageIndex + 1) : int(lines.size());
        if (first < end && first > 0 && lines.at(first).group >= 0 && lines.at(first).kind != Line::Kind::GroupHeader) {
            const int group = lines.at(first).group;
            useFont(boldFont);
            metrics = &bold;
            const qreal indent = result.groups().at(group).level * indentStep;
            painter.setPen(QColor(90, 90, 90));
            drawSpanning(indent + columns.padding, page.width(), y, tr("%1 (continued)").arg(result.groupHeaderText(group)));
            painter.setPen(textPen);
            y += rowHeight;
        }
        for (int index = first; index < end; ++index) {
            const Line &line = lines.at(index);
            switch (line.kind) {
            case Line::Kind::Detail:
                useFont(bodyFont);
                metrics = &body;
                for (int i = 0; i < columns.columns.size(); ++i) {
                    const int column = columns.columns.at(i);
                    drawCell(i, y, result.text(line.index, column), rightAligned(result.columns().at(column)));
                }
                break;
            case Line::Kind::GroupHeader: {
                const qreal indent = result.groups().at(line.index).level * indentStep;
                painter.fillRect(QRectF(indent, y, page.width() - indent, rowHeight), groupFill);
                useFont(boldFont);
                metrics = &bold;
                drawSpanning(indent + columns.padding, page.width(), y, result.groupHeaderText(line.index));
                break;
            }
            case Line::Kind::Subtotal: {
                const ReportResult::Group &group = result.groups().at(line.index);
                useFont(boldFont);
                metrics = &bold;
                const qreal indent = group.level * indentStep;
                drawSpanning(indent + columns.padding, labelLimit, y, result.subtotalText(line.index));
                drawTotals(y, group.totals, false);
                break;
            }
            case Line::Kind::GrandTotal:
                useFont(boldFont);
                metrics = &bold;
                drawSpanning(columns.padding, labelLimit, y, ReportResult::grandTotalText());
                drawTotals(y, grandTotals, true);
                break;
            }
            y += rowHeight;
        }
        if (lines.isEmpty()) {
            useFont(bodyFont);
            painter.drawText(QPointF(columns.padding, y + baseline), tr("No rows match the parameters."));
        }
        m_furniture.paintFooter(painter, page, dpi, pageIndex + 1, m_pageCount);
        if (m_progress)
            m_progress(pageIndex + 1, m_pageCount);
    }

    if (chartPage) {
        if (canceled())
            return fail(Code::Canceled, tr("The report was canceled."));
        if (!device->newPage())
            return fail(Code::DeviceError, tr("The printer stopped accepting pages."));
        m_furniture.paintWatermark(painter, page);
        m_furniture.paintHeader(painter, page, dpi);
        painter.setFont(titleFont);
        painter.setPen(textPen);
        painter.drawText(QPointF(0, top + title.ascent()), result.title());
        const qreal chartTop = top + title.height() * 1.6;
        // Wider than tall, as on screen, however long the page is.
        const qreal chartHeight = std::min(bottom - chartTop, page.width() * 0.75);
        ReportChart::paint(result, painter, QRectF(0, chartTop, page.width(), chartHeight));
        m_furniture.paintFooter(painter, page, dpi, m_pageCount, m_pageCount);
        if (m_progress)
            m_progress(m_pageCount, m_pageCount);
    }
    if (!painter.end()) {
        m_error = tr("The report could not be finished on the device.");
        return Code::DeviceError;
    }
    return Code::Success;
}

ReportPdfWriter::Code ReportPdfWriter::exportPdf(const ReportResult &result, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = tr("Cannot write “%1”: %2").arg(shown, file.errorString());
        return Code::FileError;
    }
    Code code = Code::Success;
    {
        QPdfWriter writer(&file);
        writer.setTitle(result.title());
        writer.setCreator(QStringLiteral("Backroom"));
        writer.setResolution(600);
        writer.setPageLayout(effectivePageSetup(result).pageLayout());
        code = paint(result, &writer);
    }
    if (code != Code::Success) {
        file.cancelWriting();
        return code;
    }
    if (!CheckedSave::commit(file, path, &m_error))
        return Code::FileError;
    return Code::Success;
}

} // namespace Backroom
