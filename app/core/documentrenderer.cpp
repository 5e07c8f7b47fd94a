#include "documentrenderer.h"

#include "barcodeimage.h"
#include "checkedsave.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>
#include <QXmlStreamReader>

namespace Backroom {

namespace Internal {

// Images a template may use: generated codes (qr:VALUE, code128:VALUE), the
// company logo (logo:), and files in the user's templates folder. Anything
// else, and anything that fails to load, is collected as an error rather
// than printed as a broken-image box.
class TemplateImages
{
public:
    TemplateImages(const QImage &logo, const QString &folder) : m_logo(logo), m_folder(folder) {}

    QImage load(const QString &source)
    {
        const qsizetype colon = source.indexOf(QLatin1Char(':'));
        const QString scheme = colon > 0 ? source.left(colon).toLower() : QString();
        const QString payload = QUrl::fromPercentEncoding(source.mid(colon + 1).toUtf8());
        QString error;
        QImage image;
        if (scheme == QLatin1String("qr")) {
            image = BarcodeImage::qrCode(payload, 4, &error);
        } else if (scheme == QLatin1String("code128")) {
            image = BarcodeImage::code128(payload, 60, 2, &error);
        } else if (scheme == QLatin1String("logo")) {
            image = m_logo;
            if (image.isNull())
                error = DocumentRenderer::tr("The company profile has no logo.");
        } else if (colon < 0 || colon == 1 /* C:\… */) {
            const QString path = QDir(m_folder).absoluteFilePath(source);
            if (m_folder.isEmpty() || !image.load(path))
                error = DocumentRenderer::tr("The file cannot be read as an image.");
        } else {
            error = DocumentRenderer::tr("Templates can use qr:, code128:, logo: and image files next to the template.");
        }
        if (source.trimmed().isEmpty())
            // Usually a value that was empty: <img src="{{signature}}">.
            m_errors.append(DocumentRenderer::tr("An image has no source; is the value it names empty?"));
        else if (image.isNull())
            m_errors.append(DocumentRenderer::tr("The image “%1” cannot be loaded: %2").arg(source, error));
        return image;
    }

    QStringList errors() const { return m_errors; }

private:
    QImage m_logo;
    QString m_folder;
    QStringList m_errors;
};

class TemplateTextDocument : public QTextDocument
{
public:
    explicit TemplateTextDocument(TemplateImages *images) : m_images(images) {}

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        if (type != QTextDocument::ImageResource)
            return QVariant();
        const QImage image = m_images->load(name.toString());
        return image.isNull() ? QVariant() : QVariant(image);
    }

private:
    TemplateImages *m_images;
};

} // namespace Internal

namespace {

qreal mmToPixels(qreal millimetres, int dpi)
{
    return PageFurniture::millimetresToPixels(millimetres, dpi);
}

// A comfortable default for forms; templates override it with CSS.
const char *const documentStyleSheet = R"(
body { font-size: 10pt; }
h1 { font-size: 16pt; font-weight: bold; text-align: center; margin-bottom: 8px; }
h2 { font-size: 12pt; font-weight: bold; margin-top: 10px; margin-bottom: 4px; }
table { border-collapse: collapse; }
th { background-color: #eeeeee; font-weight: bold; }
td.number, th.number { text-align: right; }
)";

} // namespace

DocumentRenderer::DocumentRenderer(const PageFurniture &furniture) : m_furniture(furniture) {}

DocumentRenderer::Result DocumentRenderer::fail(Result result, const QString &message)
{
    m_error = message;
    return result;
}

DocumentRenderer::Result DocumentRenderer::render(QPagedPaintDevice *device, const QList<PrintDocument> &documents,
                                                  const Progress &progress, int copies)
{
    m_error.clear();
    m_pages = 0;
    if (documents.isEmpty())
        return fail(Result::TemplateError, tr("There is nothing to print."));

    // Everything is filled in and laid out before the first page is painted,
    // so a broken template never leaves half a print job behind.
    struct Prepared
    {
        const PrintDocument *document;
        QString content;
        std::unique_ptr<Internal::TemplateTextDocument> text;
        std::unique_ptr<Internal::TemplateImages> images;
        PageFurniture furniture;
        QRectF body;
        int pages = 1;
    };
    std::vector<Prepared> prepared;
    prepared.reserve(documents.size());
    for (const PrintDocument &document : documents) {
        Prepared item;
        item.document = &document;
        const DocumentTemplate &documentTemplate = document.documentTemplate;
        DocumentTemplate::Problem problem;
        item.content = documentTemplate.render(document.data, &problem);
        if (!problem.message.isEmpty())
            return fail(Result::TemplateError,
                        tr("The template “%1” cannot be used: %2").arg(documentTemplate.name(), problem.toString()));
        item.furniture = m_furniture;
        item.furniture.setLetterhead(documentTemplate.wantsLetterhead());
        item.furniture.setFooter(documentTemplate.wantsFooter());
        if (document.confidential)
            item.furniture.setWatermark(PageFurniture::confidentialWatermark(
                m_furniture.printedBy(), m_furniture.printedAt().isValid() ? m_furniture.printedAt() : QDateTime::currentDateTime()));
        else if (document.draft)
            item.furniture.setWatermark(PageFurniture::draftWatermark());
        item.images = std::make_unique<Internal::TemplateImages>(m_furniture.logo(), m_imageFolder);
        prepared.push_back(std::move(item));
    }

    const int dpi = device->logicalDpiY();
    auto pageRect = [dpi](const PageSetup &setup) {
        return QRectF(QPointF(0, 0), setup.pageLayout().paintRectPixels(dpi).size());
    };
    for (Prepared &item : prepared) {
        const DocumentTemplate &documentTemplate = item.document->documentTemplate;
        if (documentTemplate.kind() != DocumentTemplate::Kind::Flow)
            continue;
        const QRectF page = pageRect(documentTemplate.pageSetup());
        const qreal header = item.furniture.headerHeight(dpi);
        const qreal footer = item.furniture.footerHeight(dpi);
        item.body = page.adjusted(0, header, 0, -footer);
        item.text = std::make_unique<Internal::TemplateTextDocument>(item.images.get());
        item.text->documentLayout()->setPaintDevice(device);
        item.text->setDocumentMargin(0);
        QFont font(PageFurniture::documentFontFamily());
        font.setPointSizeF(10);
        item.text->setDefaultFont(font);
        item.text->setDefaultStyleSheet(QString::fromLatin1(documentStyleSheet));
        item.text->setHtml(item.content);
        item.text->setPageSize(item.body.size());
        // A form of nothing but empty images lays out to no page at all; it
        // still gets its one page, with letterhead and footer.
        item.pages = std::max(1, item.text->pageCount());
        if (!item.images->errors().isEmpty())
            return fail(Result::ImageError, tr("“%1”: %2").arg(documentTemplate.name(), item.images->errors().constFirst()));
    }
    // Positioned forms are read now too, so their mistakes also stop the job
    // before it starts.
    struct Placed
    {
        enum Kind { Text, Image } kind;
        QRectF millimetres;
        QString text;
        QImage image;
        qreal pointSize = 10;
        bool bold = false;
        Qt::Alignment alignment = Qt::AlignLeft;
        int page = -1;   // -1: on every page
    };
    std::vector<std::vector<Placed>> placedItems(prepared.size());
    for (size_t index = 0; index < prepared.size(); ++index) {
        Prepared &item = prepared[index];
        const DocumentTemplate &documentTemplate = item.document->documentTemplate;
        if (documentTemplate.kind() != DocumentTemplate::Kind::Positioned)
            continue;
        QXmlStreamReader xml(QStringLiteral("<form>") + item.content + QStringLiteral("</form>"));
        xml.readNextStartElement();
        auto number = [&xml](const char *name, qreal fallback) {
            const QStringView value = xml.attributes().value(QLatin1String(name));
            bool ok = false;
            const qreal parsed = value.toDouble(&ok);
            return ok ? parsed : fallback;
        };
        // A form longer than one sheet (a voucher of many lines) puts each
        // sheet's items in a <page>; items outside any <page> are printed on
        // every sheet.
        int pages = 0;
        int page = -1;
        while (true) {
            if (!xml.readNextStartElement()) {
                if (page < 0 || xml.hasError())
                    break;
                page = -1;   // the </page> just read
                continue;
            }
            Placed placed;
            const QString element = xml.name().toString();
            if (element == QLatin1String("page") && page < 0) {
                page = pages++;
                continue;
            }
            placed.page = page;
            placed.millimetres = QRectF(number("x", 0), number("y", 0), number("width", 60), number("height", 0));
            if (element == QLatin1String("text")) {
                placed.kind = Placed::Text;
                placed.pointSize = number("size", 10);
                placed.bold = xml.attributes().value(QLatin1String("bold")) == QLatin1String("true");
                const QStringView align = xml.attributes().value(QLatin1String("align"));
                placed.alignment = align == QLatin1String("right")    ? Qt::AlignRight
                                   : align == QLatin1String("center") ? Qt::AlignHCenter
                                                                      : Qt::AlignLeft;
                if (placed.millimetres.height() <= 0)
                    placed.millimetres.setHeight(placed.pointSize * 0.3528 * 1.5);
                placed.text = xml.readElementText(QXmlStreamReader::SkipChildElements).simplified();
            } else if (element == QLatin1String("image")) {
                placed.kind = Placed::Image;
                placed.image = item.images->load(xml.attributes().value(QLatin1String("src")).toString());
                if (placed.millimetres.height() <= 0)
                    placed.millimetres.setHeight(placed.millimetres.width());
                xml.skipCurrentElement();
            } else {
                return fail(Result::TemplateError,
                            tr("The template “%1” cannot be used: a positioned form holds only <text>, <image> and "
                               "<page>, not <%2>.")
                                .arg(documentTemplate.name(), element));
            }
            placedItems[index].push_back(std::move(placed));
        }
        item.pages = std::max(1, pages);
        if (xml.hasError())
            return fail(Result::TemplateError, tr("The template “%1” cannot be used: near line %2 of its form: %3")
                                                   .arg(documentTemplate.name())
                                                   .arg(xml.lineNumber())
                                                   .arg(xml.errorString()));
        if (!item.images->errors().isEmpty())
            return fail(Result::ImageError, tr("“%1”: %2").arg(documentTemplate.name(), item.images->errors().constFirst()));
    }

    if (!device->setPageLayout(prepared.front().document->documentTemplate.pageSetup().pageLayout()))
        return fail(Result::PrintError, tr("The printer does not accept the page setup of “%1”.")
                                            .arg(prepared.front().document->documentTemplate.name()));
    QPainter painter;
    if (!painter.begin(device))
        return fail(Result::PrintError, tr("The printer or file cannot be opened for printing."));
    bool first = true;
    for (int copy = 0; copy < std::max(1, copies); ++copy) {
        for (size_t index = 0; index < prepared.size(); ++index) {
            const Prepared &item = prepared[index];
            const DocumentTemplate &documentTemplate = item.document->documentTemplate;
            const QPageLayout layout = documentTemplate.pageSetup().pageLayout();
            const QRectF page = pageRect(documentTemplate.pageSetup());
            for (int p = 0; p < item.pages; ++p) {
                if (!first) {
                    // Printers refuse a new layout while printing; only a
                    // batch of mixed templates needs one.
                    if (!device->pageLayout().isEquivalentTo(layout))
                        device->setPageLayout(layout);
                    if (!device->newPage()) {
                        painter.end();
                        return fail(Result::PrintError, tr("The printer stopped accepting pages."));
                    }
                }
                first = false;
                item.furniture.paintHeader(painter, page, dpi);
                item.furniture.paintFooter(painter, page, dpi, p + 1, item.pages);
                if (item.text) {
                    painter.save();
                    const QRectF clip(0, p * item.body.height(), item.body.width(), item.body.height());
                    painter.translate(item.body.left(), item.body.top() - clip.top());
                    painter.setClipRect(clip);
                    QAbstractTextDocumentLayout::PaintContext context;
                    context.clip = clip;
                    context.palette.setColor(QPalette::Text, Qt::black);
                    item.text->documentLayout()->draw(&painter, context);
                    painter.restore();
                } else {
                    // Stationery positions are measured from the paper's edge,
                    // the painter's origin is the margin's corner.
                    const QMarginsF margins = layout.margins(QPageLayout::Millimeter);
                    const QPointF origin(m_offset.x() - margins.left(), m_offset.y() - margins.top());
                    for (const Placed &placed : placedItems[index]) {
                        if (placed.page >= 0 && placed.page != p)
                            continue;
                        const QRectF mm = placed.millimetres.translated(origin);
                        const QRectF rect(mmToPixels(mm.x(), dpi), mmToPixels(mm.y(), dpi), mmToPixels(mm.width(), dpi),
                                          mmToPixels(mm.height(), dpi));
                        if (placed.kind == Placed::Image) {
                            const QSizeF size = QSizeF(placed.image.size()).scaled(rect.size(), Qt::KeepAspectRatio);
                            painter.drawImage(QRectF(rect.topLeft(), size), placed.image);
                            continue;
                        }
                        QFont font = PageFurniture::documentFont(placed.pointSize, placed.bold);
                        // A figure on a cheque must not wrap or run over the
                        // next box: shrink it to fit instead.
                        const qreal advance = QFontMetricsF(font, device).horizontalAdvance(placed.text);
                        if (advance > rect.width() && advance > 0)
                            font.setPointSizeF(std::max(4.0, placed.pointSize * rect.width() / advance));
                        painter.setFont(font);
                        painter.setPen(Qt::black);
                        painter.drawText(rect, int(placed.alignment) | Qt::AlignVCenter | Qt::TextSingleLine, placed.text);
                    }
                }
                item.furniture.paintWatermark(painter, page);
                ++m_pages;
                if (progress && !progress(m_pages)) {
                    painter.end();
                    return fail(Result::Canceled, tr("Printing was cancelled."));
                }
            }
        }
    }
    if (!painter.end())
        return fail(Result::PrintError, tr("The printer or file did not accept the pages."));
    return Result::Success;
}

DocumentRenderer::Result DocumentRenderer::exportPdf(const QList<PrintDocument> &documents, const QString &path,
                                                     const Progress &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Result::FileError, tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    Result result;
    {
        QPdfWriter writer(&file);
        writer.setCreator(QStringLiteral("Backroom"));
        if (!documents.isEmpty())
            writer.setTitle(documents.constFirst().title);
        writer.setResolution(600);
        result = render(&writer, documents, progress);
    }
    if (result != Result::Success) {
        file.cancelWriting();
        return result;
    }
    QString error;
    if (!CheckedSave::commit(file, path, &error))
        return fail(Result::FileError, error);
    return Result::Success;
}

DocumentRenderer::Result DocumentRenderer::renderCalibrationPage(QPagedPaintDevice *device, const PageSetup &page)
{
    m_error.clear();
    m_pages = 0;
    const QPageLayout layout = page.pageLayout();
    if (!device->setPageLayout(layout))
        return fail(Result::PrintError, tr("The printer does not accept this paper."));
    QPainter painter;
    if (!painter.begin(device))
        return fail(Result::PrintError, tr("The printer or file cannot be opened for printing."));
    const int dpi = device->logicalDpiY();
    const QMarginsF margins = layout.margins(QPageLayout::Millimeter);
    const QSizeF paper = layout.fullRect(QPageLayout::Millimeter).size();
    // Everything below is in millimetres from the paper's edge, shifted like
    // a positioned form.
    auto at = [&](qreal x, qreal y) {
        return QPointF(mmToPixels(x + m_offset.x() - margins.left(), dpi), mmToPixels(y + m_offset.y() - margins.top(), dpi));
    };
    QPen pen(Qt::black);
    pen.setWidthF(mmToPixels(0.2, dpi));
    painter.setPen(pen);
    QFont font(PageFurniture::documentFontFamily());
    font.setPointSizeF(7);
    painter.setFont(font);
    const qreal inset = 20;
    for (const QPointF &cross : {QPointF(inset, inset), QPointF(paper.width() - inset, inset),
                                  QPointF(inset, paper.height() - inset), QPointF(paper.width() - inset, paper.height() - inset)}) {
        painter.drawLine(at(cross.x() - 6, cross.y()), at(cross.x() + 6, cross.y()));
        painter.drawLine(at(cross.x(), cross.y() - 6), at(cross.x(), cross.y() + 6));
        painter.drawEllipse(at(cross.x(), cross.y()), mmToPixels(2, dpi), mmToPixels(2, dpi));
    }
    // Rulers along the top and left, one tick a millimetre, numbered every centimetre.
    for (int x = 10; x < paper.width() - 10; ++x) {
        const qreal length = x % 10 == 0 ? 4 : (x % 5 == 0 ? 3 : 1.5);
        painter.drawLine(at(x, inset + 15), at(x, inset + 15 + length));
        if (x % 10 == 0)
            painter.drawText(at(x - 2, inset + 23), QString::number(x));
    }
    for (int y = 40; y < paper.height() - 30; ++y) {
        const qreal length = y % 10 == 0 ? 4 : (y % 5 == 0 ? 3 : 1.5);
        painter.drawLine(at(inset + 15, y), at(inset + 15 + length, y));
        if (y % 10 == 0)
            painter.drawText(at(inset + 21, y + 1), QString::number(y));
    }
    font.setPointSizeF(10);
    painter.setFont(font);
    const QString help =
        tr("Calibration page. Each cross should be exactly 20 mm from the two nearest edges of the paper. "
           "Measure how far the crosses are from where they should be and enter it as the offset "
           "(to the right and down are positive). Offset applied now: %1 mm across, %2 mm down.")
            .arg(m_offset.x(), 0, 'f', 1)
            .arg(m_offset.y(), 0, 'f', 1);
    const QPointF topLeft = at(50, 60);
    painter.drawText(QRectF(topLeft, QSizeF(mmToPixels(paper.width() - 100, dpi), mmToPixels(60, dpi))),
                     Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, help);
    m_pages = 1;
    if (!painter.end())
        return fail(Result::PrintError, tr("The printer or file did not accept the page."));
    return Result::Success;
}

} // namespace Backroom
