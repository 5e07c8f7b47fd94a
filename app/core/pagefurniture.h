#pragma once

#include "coreglobal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QImage>
#include <QRectF>
#include <QString>

class QPainter;

namespace Backroom {

// What the document service puts on every page so templates and reports do
// not each draw it: the company letterhead (logo, name, address) on top, a
// footer with who printed it, when, and "第 1 页 共 3 页", and a watermark
// (草稿 on drafts, CONFIDENTIAL with user and time on sensitive prints).
//
// Sizes are in device pixels of the painter's device; the caller reserves
// headerHeight() and footerHeight() of its page and paints the rest.
class BACKROOM_CORE_EXPORT PageFurniture
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::PageFurniture)

public:
    PageFurniture() = default;

    void setCompany(const QString &name, const QString &details = {}, const QImage &logo = {});
    QString companyName() const { return m_company; }
    QImage logo() const { return m_logo; }
    void setPrinted(const QString &by, const QDateTime &at);
    QString printedBy() const { return m_printedBy; }
    QDateTime printedAt() const { return m_printedAt; }
    void setWatermark(const QString &text) { m_watermark = text; }
    QString watermark() const { return m_watermark; }
    void setLetterhead(bool on) { m_letterhead = on; }
    bool hasLetterhead() const { return m_letterhead; }
    void setFooter(bool on) { m_footer = on; }
    bool hasFooter() const { return m_footer; }

    static QString draftWatermark();
    static QString confidentialWatermark(const QString &user, const QDateTime &at);
    // "Page 1 of 3" / "第 1 页 共 3 页"
    static QString pageNumberText(int page, int pageCount);
    // A family that has Chinese glyphs, so a PDF never shows empty boxes and
    // its text can be searched and copied; empty when none is installed.
    static QString documentFontFamily();
    // That family at a size, unhinted: glyphs placed as designed, not
    // snapped to a screen's pixels.
    static QFont documentFont(qreal points, bool bold = false);
    static qreal millimetresToPixels(qreal millimetres, int dpi) { return millimetres * dpi / 25.4; }

    qreal headerHeight(int dpi) const;
    qreal footerHeight(int dpi) const;
    // `page` is the printable area of the page in the painter's coordinates.
    void paintHeader(QPainter &painter, const QRectF &page, int dpi) const;
    void paintFooter(QPainter &painter, const QRectF &page, int dpi, int pageNumber, int pageCount) const;
    void paintWatermark(QPainter &painter, const QRectF &page) const;

private:
    QString m_company;
    QString m_details;
    QImage m_logo;
    QString m_printedBy;
    QDateTime m_printedAt;
    QString m_watermark;
    bool m_letterhead = true;
    bool m_footer = true;
};

} // namespace Backroom
