// Fuzz target for DocumentTemplate (the printable forms users edit in their
// templates folder), the PageSetup of its header, and DocumentRenderer
// painting the filled-in form into a PDF. Built two ways (see
// CMakeLists.txt): with libFuzzer, which supplies main(), and as
// fuzz_documenttemplate_replay, whose main() in fuzzreplay.cpp replays the
// corpus and a bounded, deterministic set of mutations of it.
//
// Invariants, besides no crash, no hang and no sanitizer report:
// - a refused template has a message and a line between 0 and the number of
//   lines of the text + 1; an accepted one has no message and a page setup
//   that passes the page checks below;
// - rendering an accepted template gives HTML and no message, or nothing and
//   a message with such a line;
// - every value of the data comes out HTML-escaped and as text: "<evil>" only
//   as "&lt;evil&gt;", "{{number}}" in the data as those very characters,
//   never as markup and never run as template code;
// - a page setup read from JSON without error has a positive paper size,
//   non-negative margins that leave room on the paper, and reads back the
//   same from its own toJson();
// - the renderer paints at least one page (at most MaxPages, then the
//   progress callback cancels) into a PDF, or refuses with a message: a
//   template error only for a positioned form, or an image error; never a
//   print or file error.

#include "documentrenderer.h"
#include "documenttemplate.h"
#include "fuzzreplay.h"
#include "pagefurniture.h"
#include "pagesetup.h"
#include "printdocument.h"

#include <QBuffer>
#include <QByteArray>
#include <QDateTime>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QPdfWriter>
#include <QPointF>
#include <QString>
#include <QTextFormat>
#include <QVariantMap>

#include <cstdint>
#include <cstdlib>

using Backroom::DocumentRenderer;
using Backroom::DocumentTemplate;
using Backroom::PageFurniture;
using Backroom::PageSetup;
using Backroom::PrintDocument;

namespace {

// Every text value of the data is wrapped in these two characters, so each
// piece of the output that came from the data can be found and checked.
const QChar DataOpen(0x2983);    // ⦃
const QChar DataClose(0x2984);   // ⦄

// What the values say inside the markers: markup, entities, quotes and
// template code, none of which may ever take effect.
const char *const DataTexts[] = {
    "PO-2026-0042",
    "<evil>",
    "a & b &amp; 'single' \"double\"",
    "{{number}}",
    "}} {{#lines}}{{item}}{{/lines}} {{{evil}}} {{&evil}} {{>number}} {{=<% %>=}} <%number%>",
    "<script>alert(1)</script><img src=\"qr:x\">",
    "A4 paper <80 g/m²>",
    "Pens & \"gel\" {{^empty}}",
    "<x>{{company.name}}",
    "示范商贸有限公司 <Co> & 'Sons'",
    "{{company.name}}",
    "<acct>{{!comment}}",
    "<a>",
    "{{b}}",
    "2026-11-26",
};

QString wrapped(int index)
{
    return DataOpen + QString::fromUtf8(DataTexts[index]) + DataClose;
}

// The data every accepted template is rendered with: the names the seeds
// use, with strings, numbers, booleans, null, a list of maps ("lines"), a
// list of strings ("tags") and nested maps ("company").
QVariantMap fuzzData()
{
    QVariantMap first{{QStringLiteral("item"), wrapped(6)},
                      {QStringLiteral("qty"), 2},
                      {QStringLiteral("amount"), QStringLiteral("10.00")},
                      {QStringLiteral("note"), wrapped(3)}};
    QVariantMap second{{QStringLiteral("item"), wrapped(7)},
                       {QStringLiteral("qty"), 0},
                       {QStringLiteral("amount"), QString()},
                       {QStringLiteral("sub"), QVariantMap{{QStringLiteral("code"), wrapped(8)}}}};
    QVariantMap company{{QStringLiteral("name"), wrapped(9)},
                        {QStringLiteral("address"), wrapped(10)},
                        {QStringLiteral("bank"), QVariantMap{{QStringLiteral("account"), wrapped(11)}}}};
    // The number is plain ASCII with nothing to escape and no markers, so
    // code128:{{number}} can draw it.
    return {{QStringLiteral("number"), QString::fromUtf8(DataTexts[0])},
            {QStringLiteral("evil"), wrapped(1)},
            {QStringLiteral("name"), wrapped(2)},
            {QStringLiteral("trap"), wrapped(3)},
            {QStringLiteral("note"), wrapped(4)},
            {QStringLiteral("html"), wrapped(5)},
            {QStringLiteral("date"), wrapped(14)},
            {QStringLiteral("empty"), QString()},
            {QStringLiteral("remark"), QVariant()},
            {QStringLiteral("flag"), true},
            {QStringLiteral("count"), 3},
            {QStringLiteral("total"), 12.5},
            {QStringLiteral("lines"), QVariantList{first, second}},
            {QStringLiteral("tags"), QStringList{wrapped(12), wrapped(13)}},
            {QStringLiteral("company"), company}};
}

QString unescapeHtml(QString text)
{
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&apos;"), QLatin1String("'"));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

// Each piece of the output between the markers is one of the data's texts,
// escaped: no raw <, >, quotes, and exactly the text once unescaped.
void checkDataIsText(const QString &output)
{
    static const QStringList texts = [] {
        QStringList list;
        for (const char *text : DataTexts)
            list.append(QString::fromUtf8(text));
        return list;
    }();
    qsizetype from = 0;
    while (true) {
        const qsizetype open = output.indexOf(DataOpen, from);
        if (open < 0) {
            FUZZ_CHECK(output.indexOf(DataClose, from) < 0);
            return;
        }
        const qsizetype close = output.indexOf(DataClose, open + 1);
        FUZZ_CHECK(close > open);
        const QString inner = output.mid(open + 1, close - open - 1);
        FUZZ_CHECK(!inner.contains(DataOpen));
        for (const QChar raw : {QLatin1Char('<'), QLatin1Char('>'), QLatin1Char('"'), QLatin1Char('\'')})
            FUZZ_CHECK(!inner.contains(raw));
        FUZZ_CHECK(texts.contains(unescapeHtml(inner)));
        from = close + 1;
    }
}

void checkLine(const DocumentTemplate::Problem &problem, const QString &text)
{
    FUZZ_CHECK(!problem.message.isEmpty());
    FUZZ_CHECK(problem.line >= 0);
    FUZZ_CHECK(problem.line <= text.count(QLatin1Char('\n')) + 2);   // lines of the text + 1
    FUZZ_CHECK(!problem.toString().isEmpty());
}

// A page setup that fromJson accepted.
void checkPage(const PageSetup &setup)
{
    const QPageLayout layout = setup.pageLayout();
    FUZZ_CHECK(layout.isValid());
    const QSizeF paper = layout.fullRect(QPageLayout::Millimeter).size();
    FUZZ_CHECK(paper.width() > 0 && paper.height() > 0);
    const QMarginsF margins = setup.margins();
    FUZZ_CHECK(margins.left() >= 0 && margins.top() >= 0 && margins.right() >= 0 && margins.bottom() >= 0);
    FUZZ_CHECK(margins.left() + margins.right() < paper.width());
    FUZZ_CHECK(margins.top() + margins.bottom() < paper.height());
    FUZZ_CHECK(!layout.paintRect(QPageLayout::Millimeter).isEmpty());

    QString error;
    const PageSetup again = PageSetup::fromJson(setup.toJson(), &error);
    FUZZ_CHECK(error.isEmpty());
    FUZZ_CHECK(again == setup);
}

void checkPageJson(const QJsonObject &json)
{
    QString error = QStringLiteral("not cleared");
    const PageSetup setup = PageSetup::fromJson(json, &error);
    if (error.isEmpty())
        checkPage(setup);
    else
        FUZZ_CHECK(setup == PageSetup());
}

// PageSetup::fromJson on whatever JSON the input holds: an object as it is,
// anything else as the value of each page key.
void fuzzPageSetup(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return;
    if (doc.isObject()) {
        checkPageJson(doc.object());
        return;
    }
    if (!doc.isArray())
        return;
    const QJsonValue value(doc.array());
    for (const char *key : {"paper", "margins", "orientation"})
        checkPageJson(QJsonObject{{QLatin1String(key), value}});
}

// The header a template starts with, read as the parser reads it.
void fuzzHeader(const QString &text)
{
    const qsizetype start = text.indexOf(QLatin1String("<!--backroom"));
    if (start < 0)
        return;
    const qsizetype end = text.indexOf(QLatin1String("-->"), start);
    if (end < 0)
        return;
    const QJsonDocument doc = QJsonDocument::fromJson(text.mid(start + 12, end - start - 12).toUtf8());
    if (doc.isObject())
        checkPageJson(doc.object());
}

// Pages a single input may paint; a template that repeats a long list or
// many breaks is cancelled there, which keeps every input well under a second.
constexpr int MaxPages = 8;

// BACKROOM_FUZZ_VERBOSE=1: Qt's warnings, and what became of each input
// and of the whole run, on stderr.
struct Outcomes
{
    long refused = 0, accepted = 0, filledIn = 0, painted = 0, canceled = 0, templateErrors = 0, imageErrors = 0;
    ~Outcomes()
    {
        if (verbose())
            std::fprintf(stderr, "templates: %ld refused, %ld accepted, %ld filled in; PDF: %ld painted, %ld over %d pages, "
                         "%ld template errors, %ld image errors\n",
                         refused, accepted, filledIn, painted, canceled, MaxPages, templateErrors, imageErrors);
    }
    static bool verbose()
    {
        static const bool on = !qEnvironmentVariableIsEmpty("BACKROOM_FUZZ_VERBOSE");
        return on;
    }
    void note(const char *what, const QString &detail = {})
    {
        if (verbose())
            std::fprintf(stderr, "  %s %s\n", what, qPrintable(detail.left(2000)));
    }
} outcomes;

QGuiApplication *application()
{
    static QGuiApplication *app = [] {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Out-of-range font sizes and the like warn on every input; only the
        // invariants matter here.
        if (!Outcomes::verbose())
            qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
                if (type == QtFatalMsg) {
                    std::fprintf(stderr, "%s\n", qPrintable(message));
                    std::abort();
                }
            });
        static int argc = 1;
        static char name[] = "fuzz_documenttemplate";
        static char *argv[] = {name, nullptr};
        return new QGuiApplication(argc, argv);
    }();
    return app;
}

void fuzzPdf(const DocumentTemplate &form, const QVariantMap &data, uint8_t control)
{
    PageFurniture furniture;
    static const QImage logo = [] {
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::darkBlue);
        return image;
    }();
    furniture.setCompany(QStringLiteral("示范商贸有限公司 <Co>"), QStringLiteral("上海市 & {{x}}"), logo);
    furniture.setPrinted(QStringLiteral("李华"), QDateTime(QDate(2026, 11, 26), QTime(9, 30)));
    PrintDocument document{form, data, QStringLiteral("fuzz"), (control & 1) != 0, (control & 2) != 0};

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    DocumentRenderer renderer(furniture);
    renderer.setCalibrationOffset(QPointF((control & 4) ? -3.5 : 0, (control & 8) ? 2 : 0));
    DocumentRenderer::Result result;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        result = renderer.render(&writer, {document}, [](int pages) { return pages < MaxPages; });
    }
    outcomes.note("pdf:", renderer.errorString().isEmpty() ? QString::number(renderer.pageCount()) + QStringLiteral(" pages")
                                                            : renderer.errorString());
    switch (result) {
    case DocumentRenderer::Result::Success:
        ++outcomes.painted;
        FUZZ_CHECK(renderer.errorString().isEmpty());
        FUZZ_CHECK(renderer.pageCount() < MaxPages);
        FUZZ_CHECK(renderer.pageCount() >= 1);
        FUZZ_CHECK(buffer.data().startsWith("%PDF-"));
        break;
    case DocumentRenderer::Result::Canceled:
        ++outcomes.canceled;
        FUZZ_CHECK(renderer.pageCount() == MaxPages);
        break;
    case DocumentRenderer::Result::TemplateError:
        ++outcomes.templateErrors;
        // Only a positioned form can be refused after rendering: for
        // anything but <text> and <image>, or XML that does not parse.
        FUZZ_CHECK(!renderer.errorString().isEmpty());
        FUZZ_CHECK(form.kind() == DocumentTemplate::Kind::Positioned);
        break;
    case DocumentRenderer::Result::ImageError:
        ++outcomes.imageErrors;
        FUZZ_CHECK(!renderer.errorString().isEmpty());
        break;
    case DocumentRenderer::Result::FileError:
    case DocumentRenderer::Result::PrintError:
        std::fprintf(stderr, "%s\n", qPrintable(renderer.errorString()));
        FUZZ_CHECK(!"printing into a PDF in memory failed");
        break;
    }
}

} // namespace

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
// The libFuzzer build: fontconfig keeps its font cache for the life of the
// process (as does the QGuiApplication above), which LeakSanitizer would
// report as leaked at exit.
extern "C" const char *__lsan_default_suppressions()
{
    return "leak:libfontconfig.so\n";
}
#endif
#endif

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);
    application();

    fuzzPageSetup(bytes);
    fuzzHeader(text);

    DocumentTemplate::Problem problem{-7, QStringLiteral("stale")};
    const DocumentTemplate form = DocumentTemplate::parse(QStringLiteral("fuzz"), text, &problem);
    if (!form.isValid()) {
        ++outcomes.refused;
        outcomes.note("refused:", problem.toString());
        checkLine(problem, text);
        FUZZ_CHECK(form.body().isEmpty() && form.source().isEmpty());
        return 0;
    }
    ++outcomes.accepted;
    FUZZ_CHECK(problem.message.isEmpty() && problem.line == 0);
    FUZZ_CHECK(form.source() == text);
    FUZZ_CHECK(text.endsWith(form.body()));
    FUZZ_CHECK(form.name() == QLatin1String("fuzz"));
    checkPage(form.pageSetup());
    (void)form.title();

    static const QVariantMap fuzzMap = fuzzData();
    const bool markersInTemplate = text.contains(DataOpen) || text.contains(DataClose);
    // With the data, and with none (every name missing).
    bool fillsIn = false;
    for (const bool withData : {true, false}) {
        DocumentTemplate::Problem renderProblem{-7, QStringLiteral("stale")};
        const QString output = form.render(withData ? fuzzMap : QVariantMap(), &renderProblem);
        if (!renderProblem.message.isEmpty()) {
            FUZZ_CHECK(output.isEmpty());
            checkLine(renderProblem, text);
            if (withData)
                outcomes.note("not filled in:", renderProblem.toString());
        } else {
            FUZZ_CHECK(renderProblem.line == 0);
            if (!markersInTemplate)
                checkDataIsText(output);
            if (withData) {
                fillsIn = true;
                outcomes.note("filled in:", output);
            }
        }
    }

    // Painting is the slow part; only forms that fill in get that far (the
    // renderer stops the others at the same check as above).
    if (fillsIn) {
        ++outcomes.filledIn;
        fuzzPdf(form, fuzzMap, size > 0 ? data[size - 1] : 0);
    }
    return 0;
}

// For the replay driver: the characters of tags, headers and markup.
QByteArray fuzzInterestingBytes()
{
    static const char bytes[] = {'{', '{', '}', '}', '#', '^', '/', '!', '>', '&', '=', '.', '<', '"', ':', ',',
                                 '[', ']', '\n', ' ', '-', '1', '\x00', '\xE2', '\xA6', '\x83', '\xEF', '\xBB'};
    return QByteArray(bytes, sizeof bytes);
}

// Tags over the data's names, header keys and values, and positioned markup.
QList<QByteArray> fuzzInterestingTokens()
{
    return {"{{", "}}", "{{{", "}}}", "{{#lines}}", "{{/lines}}", "{{^empty}}", "{{/empty}}", "{{#company}}",
            "{{/company}}", "{{#tags}}{{.}}{{/tags}}", "{{number}}", "{{evil}}", "{{note}}", "{{trap}}", "{{item}}",
            "{{company.name}}", "{{company.bank.account}}", "{{sub.code}}", "{{! a comment }}", "{{>part}}",
            "{{&evil}}", "{{>trap}}", "{{=<% %>=}}", "{{missing}}", "<!--backroom", "-->", "{\"paper\": \"A5\"}",
            "\"paper\": [20, 2000]", "\"margins\": [0, 0, 0, 0]", "\"margins\": 1e308", "\"orientation\": \"landscape\"",
            "\"kind\": \"positioned\"", "\"expects\": [\"lines\"]", "\"title\": {\"en\": \"x\"}", "<text x=\"10\" y=\"10\">",
            "</text>", "<image x=\"1\" y=\"1\" width=\"20\" src=\"qr:{{number}}\"/>", "<img src=\"code128:{{number}}\">",
            "<img src=\"logo:\">", " size=\"1e9\"", " width=\"-5\"", "<p style=\"page-break-after: always\">",
            "<table><tr><td>", "</td></tr></table>"};
}
