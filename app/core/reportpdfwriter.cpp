#include "reportpdfwriter.h"

#include "checkedsave.h"
#include "reportchart.h"
#include "reportresult.h"
#include "xlsxtablewriter.h"

#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QHash>
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

std::optional<ReportDefinition::TwoBlocks> ReportPdfWriter::twoBlocksOf(const ReportResult &result)
{
    const ReportDefinition::TwoBlockSplit &split = result.twoBlockSplit();
    if (!split || !result.groupColumns().isEmpty())
        return std::nullopt;
    const std::optional<ReportDefinition::TwoBlocks> blocks = split(result);
    if (!blocks || blocks->leftStart < 0 || blocks->leftStart >= blocks->rightStart || blocks->rightStart >= blocks->end
        || blocks->end > result.rowCount())
        return std::nullopt;
    return blocks;
}

QString ReportPdfWriter::carriedForwardText()
{
    return tr("Carried forward");
}

QString ReportPdfWriter::broughtForwardText()
{
    return tr("Brought forward");
}

ReportPdfWriter::ReportPdfWriter() = default;

PageSetup ReportPdfWriter::effectivePageSetup(const ReportResult &result) const
{
    PageSetup setup = m_pageSetup;
    if (!m_autoOrientation || setup.orientation() == QPageLayout::Landscape)
        return setup;
    if (twoBlocksOf(result)) {
        setup.setOrientation(QPageLayout::Landscape);
        return setup;
    }
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

    const QFont titleFont = documentFont(kTitlePoints, true);
    const QFontMetricsF title(titleFont, device);
    // The page's bands: letterhead, (title on page 1), column headers,
    // lines, footer.
    const qreal headerHeight = m_furniture.headerHeight(dpi);
    const qreal top = headerHeight > 0 ? headerHeight + mm(1, dpi) : 0;
    const qreal bottom = page.height() - m_furniture.footerHeight(dpi) - mm(1, dpi);
    const QStringList parameterLines = result.parameterLines();
    // Two blocks side by side: each gets half the page less a gutter. Such
    // a form keeps to one landscape page as the paper form does: its lines
    // are set closer, and its type smaller when the letterhead leaves too
    // little room (down to 6.5 points; below that it takes a second page).
    const std::optional<ReportDefinition::TwoBlocks> blocks = twoBlocksOf(result);
    const qreal lineSpacing = blocks ? 1.1 : 1.45;
    qreal bodyPoints = kBodyPoints;
    if (blocks) {
        const int needed = blocks->leftStart
                           + std::max(blocks->rightStart - blocks->leftStart, blocks->end - blocks->rightStart)
                           + (result.rowCount() - blocks->end);
        for (; bodyPoints > 6.5; bodyPoints -= 0.25) {
            const QFontMetricsF trial(documentFont(bodyPoints), device);
            const qreal row = std::ceil(trial.height() * lineSpacing);
            const qreal room = bottom - top - title.height() * 1.3 - parameterLines.size() * trial.height() * 1.25
                               - mm(3, dpi) - row * 1.15;
            if (room / row >= needed)
                break;
        }
    }
    const QFont bodyFont = documentFont(bodyPoints);
    const QFont boldFont = documentFont(bodyPoints, true);
    const QFontMetricsF body(bodyFont, device);
    const QFontMetricsF bold(boldFont, device);
    const qreal gutter = blocks ? mm(4, dpi) : 0;
    const qreal blockWidth = blocks ? (page.width() - gutter) / 2 : page.width();
    const ColumnLayout columns = layoutColumns(result, blockWidth, body, bold, dpi);
    const qreal rowHeight = std::ceil(body.height() * lineSpacing);
    const qreal baseline = (rowHeight - body.height()) / 2 + body.ascent();
    const qreal indentStep = mm(3, dpi);

    const qreal titleBlock = title.height() * 1.3 + parameterLines.size() * body.height() * 1.25 + mm(3, dpi);
    const qreal headerRow = rowHeight * 1.15;
    const int firstCapacity = std::max(1, int((bottom - top - titleBlock - headerRow) / rowHeight));
    const int capacity = std::max(1, int((bottom - top - headerRow) / rowHeight));

    // The carried columns, as indexes into the shown ones (-1: not shown).
    const std::optional<ReportDefinition::CarryForward> &carry = result.carryForward();
    QList<int> carryShown;
    int carryLabel = -1;
    if (carry && carry->values) {
        for (const QString &key : carry->columns) {
            int shown = -1;
            for (int i = 0; i < columns.columns.size(); ++i)
                if (result.columns().at(columns.columns.at(i)).key == key)
                    shown = i;
            carryShown.append(shown);
        }
        for (int i = 0; i < columns.columns.size(); ++i)
            if (result.columns().at(columns.columns.at(i)).key == carry->labelColumn)
                carryLabel = i;
    }
    const bool carrying = !carryShown.isEmpty();

    // Page breaks, by arithmetic: where each page's lines start. A carrying
    // report keeps a line at the foot of each page for 过次页 and one at the
    // head of each following page for 承前页.
    const QList<Line> &lines = result.lines();
    QList<int> starts;
    for (int next = 0; next < lines.size() || starts.isEmpty();) {
        starts.append(next);
        int room = starts.size() == 1 ? firstCapacity : capacity;
        if (carrying)
            room = std::max(1, room - (starts.size() == 1 ? 1 : 2));
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
    // Two blocks: one printed line per pair of rows (a row number, or -1 for
    // none on that side; a spanning row has no right one and `span` set).
    struct Pair
    {
        int left = -1;
        int right = -1;
        bool span = false;
    };
    QList<Pair> pairs;
    if (blocks) {
        for (int row = 0; row < blocks->leftStart; ++row)
            pairs.append({row, -1, true});
        const int leftCount = blocks->rightStart - blocks->leftStart;
        const int rightCount = blocks->end - blocks->rightStart;
        const int count = std::max(leftCount, rightCount);
        // The shorter side's last row (its total) moves down to the last line.
        for (int i = 0; i < count; ++i) {
            Pair pair;
            if (i < leftCount - 1)
                pair.left = blocks->leftStart + i;
            else if (i == count - 1)
                pair.left = blocks->rightStart - 1;
            if (i < rightCount - 1)
                pair.right = blocks->rightStart + i;
            else if (i == count - 1)
                pair.right = blocks->end - 1;
            pairs.append(pair);
        }
        for (int row = blocks->end; row < result.rowCount(); ++row)
            pairs.append({row, -1, true});
        starts.clear();
        for (int next = 0; next < pairs.size() || starts.isEmpty();) {
            starts.append(next);
            next += starts.size() == 1 ? firstCapacity : capacity;
            if (pairs.isEmpty())
                break;
        }
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
    // The last detail row before line `end` and the first from it.
    auto detailRow = [&](int from, int step) {
        for (int index = from; index >= 0 && index < lines.size(); index += step)
            if (lines.at(index).kind == Line::Kind::Detail)
                return lines.at(index).index;
        return -1;
    };
    auto carriedValues = [&](int boundary) -> QVariantList {
        if (!carrying || boundary <= 0 || boundary >= lines.size())
            return {};
        const int last = detailRow(boundary - 1, -1);
        const int next = detailRow(boundary, 1);
        if (last < 0 || next < 0)
            return {};
        return carry->values(result, last, next);
    };
    auto drawCarried = [&](qreal y, const QString &label, const QVariantList &values) {
        useFont(boldFont);
        metrics = &bold;
        qreal until = page.width();
        for (int i : carryShown)
            if (i >= 0 && i > carryLabel)
                until = std::min(until, columns.left.at(i));
        const qreal x = (carryLabel >= 0 ? columns.left.at(carryLabel) : 0) + columns.padding;
        drawSpanning(x, until, y, label);
        for (int k = 0; k < carryShown.size() && k < values.size(); ++k) {
            const int i = carryShown.at(k);
            if (i < 0)
                continue;
            const Column &column = result.columns().at(columns.columns.at(i));
            drawCell(i, y, ReportResult::valueText(column, values.at(k)), rightAligned(column));
        }
        painter.setPen(rulePen);
        painter.drawLine(QPointF(0, y), QPointF(columns.left.constLast() + columns.width.constLast(), y));
        painter.setPen(textPen);
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
        // Column headers, on every page (over each block).
        const int pageFirst = starts.at(pageIndex);
        const int pageEnd = pageIndex + 1 < tablePages ? starts.at(pageIndex + 1) : int(blocks ? pairs.size() : lines.size());
        // A two-block page starts with the spanning rows above the blocks.
        int pairIndex = pageFirst;
        if (blocks) {
            useFont(boldFont);
            metrics = &bold;
            for (; pairIndex < pageEnd && pairs.at(pairIndex).span && pairs.at(pairIndex).left < blocks->leftStart;
                 ++pairIndex) {
                drawSpanning(columns.padding, page.width(), y, result.text(pairs.at(pairIndex).left, columns.columns.at(0)));
                y += rowHeight;
            }
        }
        for (int block = 0; block < (blocks ? 2 : 1); ++block) {
            const qreal offset = block * (blockWidth + gutter);
            painter.translate(offset, 0);
            painter.fillRect(QRectF(0, y, columns.left.constLast() + columns.width.constLast(), headerRow), headerFill);
            useFont(boldFont);
            metrics = &bold;
            for (int i = 0; i < columns.columns.size(); ++i) {
                const Column &column = result.columns().at(columns.columns.at(i));
                drawCell(i, y + (headerRow - rowHeight) / 2, column.labelText(), rightAligned(column));
            }
            painter.translate(-offset, 0);
        }
        y += headerRow;

        if (blocks) {
            useFont(bodyFont);
            metrics = &body;
            const qreal blocksTop = y;
            auto drawRow = [&](int row) {
                for (int i = 0; i < columns.columns.size(); ++i) {
                    const int column = columns.columns.at(i);
                    drawCell(i, y, result.text(row, column), rightAligned(result.columns().at(column)));
                }
            };
            for (; pairIndex < pageEnd; ++pairIndex) {
                const Pair &pair = pairs.at(pairIndex);
                if (pair.span) {
                    // Below the blocks: the label runs across the page up
                    // to the first figure, which keeps its column.
                    qreal until = page.width();
                    for (int i = 1; i < columns.columns.size(); ++i) {
                        const int column = columns.columns.at(i);
                        if (!result.value(pair.left, column).isNull()) {
                            until = std::min(until, columns.left.at(i));
                            drawCell(i, y, result.text(pair.left, column), rightAligned(result.columns().at(column)));
                        }
                    }
                    drawSpanning(columns.padding, until, y, result.text(pair.left, columns.columns.at(0)));
                    y += rowHeight;
                    continue;
                }
                const bool last = pairIndex + 1 == int(pairs.size()) || pairs.at(pairIndex + 1).span;
                if (last) {
                    // The totals' line: ruled above, in bold, on both sides.
                    painter.setPen(rulePen);
                    painter.drawLine(QPointF(0, y), QPointF(page.width(), y));
                    painter.setPen(textPen);
                    useFont(boldFont);
                    metrics = &bold;
                }
                if (pair.left >= 0)
                    drawRow(pair.left);
                if (pair.right >= 0) {
                    painter.translate(blockWidth + gutter, 0);
                    drawRow(pair.right);
                    painter.translate(-(blockWidth + gutter), 0);
                }
                y += rowHeight;
                if (last) {
                    painter.setPen(rulePen);
                    painter.drawLine(QPointF(0, y), QPointF(page.width(), y));
                    painter.setPen(textPen);
                    useFont(bodyFont);
                    metrics = &body;
                    // The rule between the blocks, down to the totals.
                    painter.setPen(rulePen);
                    painter.drawLine(QPointF(blockWidth + gutter / 2, blocksTop), QPointF(blockWidth + gutter / 2, y));
                    painter.setPen(textPen);
                }
            }
            m_furniture.paintFooter(painter, page, dpi, pageIndex + 1, m_pageCount);
            if (m_progress)
                m_progress(pageIndex + 1, m_pageCount);
            continue;
        }

        const int first = starts.at(pageIndex);
        const int end = pageIndex + 1 < tablePages ? starts.at(pageIndex + 1) : int(lines.size());
        if (const QVariantList brought = carriedValues(first); !brought.isEmpty()) {
            drawCarried(y, broughtForwardText(), brought);
            y += rowHeight;
        }
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
        if (const QVariantList carried = carriedValues(end); !carried.isEmpty())
            drawCarried(y, carriedForwardText(), carried);
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
