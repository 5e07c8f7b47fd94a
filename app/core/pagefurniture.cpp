#include "pagefurniture.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>

namespace Backroom {

namespace {

qreal mm(qreal millimetres, int dpi)
{
    return PageFurniture::millimetresToPixels(millimetres, dpi);
}

} // namespace

void PageFurniture::setCompany(const QString &name, const QString &details, const QImage &logo)
{
    m_company = name;
    m_details = details;
    m_logo = logo;
}

void PageFurniture::setPrinted(const QString &by, const QDateTime &at)
{
    m_printedBy = by;
    m_printedAt = at;
}

QString PageFurniture::draftWatermark()
{
    return tr("DRAFT");
}

QString PageFurniture::confidentialWatermark(const QString &user, const QDateTime &at)
{
    return tr("CONFIDENTIAL") + QLatin1Char('\n') + user + QLatin1Char(' ')
           + at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString PageFurniture::pageNumberText(int page, int pageCount)
{
    return tr("Page %1 of %2").arg(page).arg(pageCount);
}

QString PageFurniture::documentFontFamily()
{
    // WenQuanYi Micro Hei first: Qt's PDF writer maps each glyph back to the
    // first code point that uses it, and Noto Sans CJK shares its ideograph
    // glyphs with the Kangxi radicals, so text searched or copied from the
    // PDF would read ⽰ for 示 and ⼾ for 户. Micro Hei has no such sharing.
    static const QString family = [] {
        const QStringList chinese = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
        for (const char *preferred : {"WenQuanYi Micro Hei", "Microsoft YaHei", "SimSun", "Noto Sans CJK SC", "Source Han Sans SC"}) {
            if (chinese.contains(QLatin1String(preferred)))
                return QString::fromLatin1(preferred);
        }
        return chinese.isEmpty() ? QString() : chinese.constFirst();
    }();
    return family;
}

QFont PageFurniture::documentFont(qreal points, bool bold)
{
    QFont font(documentFontFamily());
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

qreal PageFurniture::headerHeight(int dpi) const
{
    return m_letterhead && !m_company.isEmpty() ? mm(18, dpi) : 0;
}

qreal PageFurniture::footerHeight(int dpi) const
{
    return m_footer ? mm(9, dpi) : 0;
}

void PageFurniture::paintHeader(QPainter &painter, const QRectF &page, int dpi) const
{
    if (headerHeight(dpi) <= 0)
        return;
    painter.save();
    const qreal logoHeight = mm(12, dpi);
    qreal textLeft = page.left();
    if (!m_logo.isNull()) {
        const QSizeF size = QSizeF(m_logo.size()).scaled(QSizeF(mm(40, dpi), logoHeight), Qt::KeepAspectRatio);
        painter.drawImage(QRectF(page.topLeft(), size), m_logo);
        textLeft += size.width() + mm(3, dpi);
    }
    const QRectF textArea(textLeft, page.top(), page.right() - textLeft, logoHeight);
    painter.setPen(Qt::black);
    painter.setFont(documentFont(13, true));
    const qreal nameHeight = QFontMetricsF(painter.font(), painter.device()).height();
    painter.drawText(QRectF(textArea.left(), textArea.top(), textArea.width(), nameHeight),
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, m_company);
    if (!m_details.isEmpty()) {
        painter.setFont(documentFont(8));
        painter.setPen(QColor(80, 80, 80));
        painter.drawText(QRectF(textArea.left(), textArea.top() + nameHeight, textArea.width(), textArea.height() - nameHeight),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_details);
    }
    QPen rule(QColor(60, 60, 60));
    rule.setWidthF(mm(0.3, dpi));
    painter.setPen(rule);
    const qreal y = page.top() + mm(14, dpi);
    painter.drawLine(QPointF(page.left(), y), QPointF(page.right(), y));
    painter.restore();
}

void PageFurniture::paintFooter(QPainter &painter, const QRectF &page, int dpi, int pageNumber, int pageCount) const
{
    if (!m_footer)
        return;
    painter.save();
    const QRectF area(page.left(), page.bottom() - footerHeight(dpi), page.width(), footerHeight(dpi));
    QPen rule(QColor(120, 120, 120));
    rule.setWidthF(mm(0.2, dpi));
    painter.setPen(rule);
    const qreal ruleY = area.top() + mm(3, dpi);
    painter.drawLine(QPointF(area.left(), ruleY), QPointF(area.right(), ruleY));
    painter.setFont(documentFont(8));
    painter.setPen(QColor(60, 60, 60));
    const QRectF text(area.left(), ruleY + mm(1, dpi), area.width(), area.bottom() - ruleY - mm(1, dpi));
    if (!m_printedBy.isEmpty() || m_printedAt.isValid()) {
        const QString at = m_printedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        const QString printed = m_printedBy.isEmpty() ? tr("Printed %1").arg(at) : tr("Printed by %1 at %2").arg(m_printedBy, at);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, printed);
    }
    painter.drawText(text, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine, pageNumberText(pageNumber, pageCount));
    painter.restore();
}

void PageFurniture::paintWatermark(QPainter &painter, const QRectF &page) const
{
    if (m_watermark.isEmpty())
        return;
    painter.save();
    // Large, pale and diagonal: readable on every page, never hiding a figure.
    const QStringList lines = m_watermark.split(QLatin1Char('\n'));
    QFont font = documentFont(60, true);
    const qreal diagonal = std::hypot(page.width(), page.height());
    QFontMetricsF metrics(font, painter.device());
    qreal widest = 1;
    for (const QString &line : lines)
        widest = std::max(widest, metrics.horizontalAdvance(line));
    const qreal firstLineScale = std::min(1.0, diagonal * 0.55 / widest);
    font.setPointSizeF(font.pointSizeF() * firstLineScale);
    painter.translate(page.center());
    painter.rotate(-std::atan2(page.height(), page.width()) * 180 / M_PI);
    painter.setPen(QColor(160, 160, 160, 90));
    painter.setFont(font);
    metrics = QFontMetricsF(font, painter.device());
    const qreal lineHeight = metrics.height();
    qreal y = -lineHeight * lines.size() / 2;
    for (int i = 0; i < lines.size(); ++i) {
        if (i == 1) {
            // The user and time under CONFIDENTIAL are smaller.
            QFont small = font;
            small.setPointSizeF(font.pointSizeF() * 0.4);
            painter.setFont(small);
        }
        const QFontMetricsF current(painter.font(), painter.device());
        const qreal height = i == 0 ? lineHeight : current.height();
        painter.drawText(QRectF(-diagonal / 2, y, diagonal, height), Qt::AlignCenter | Qt::TextSingleLine, lines.at(i));
        y += height;
    }
    painter.restore();
}

} // namespace Backroom
