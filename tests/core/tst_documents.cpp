// The document service: templates, rendering to PDF (checked with
// poppler-utils), page furniture, positioned forms, the template store and
// the default print layout of a record.

#include "documentrenderer.h"
#include "documentservice.h"
#include "documenttemplate.h"
#include "entity.h"
#include "localization.h"
#include "recorddocument.h"
#include "records.h"
#include "templatestore.h"
#include "testsupport.h"
#include "workflow.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Backroom;

namespace {

Field::Label label(const char *text)
{
    return [text] { return QString::fromUtf8(text); };
}

using BackroomTests::pdfFontsEmbedded;
using BackroomTests::pdfPageCount;
using BackroomTests::pdfRawText;
using BackroomTests::pdfText;

DocumentTemplate parsed(const QString &text)
{
    DocumentTemplate::Problem problem;
    const DocumentTemplate result = DocumentTemplate::parse(QStringLiteral("test.form"), text, &problem);
    INFO(problem.toString().toStdString());
    REQUIRE(result.isValid());
    return result;
}

PrintDocument document(const QString &text, const QVariantMap &data)
{
    PrintDocument doc;
    doc.documentTemplate = parsed(text);
    doc.data = data;
    doc.title = QStringLiteral("Test");
    return doc;
}

struct ChineseLanguage
{
    ChineseLanguage() { Localization::apply(QStringLiteral("zh_CN")); }
    ~ChineseLanguage() { Localization::apply(QStringLiteral("en")); }
};

} // namespace

TEST_CASE("A template header sets the page and what the data must hold", "[documents][backends]")
{
    const DocumentTemplate form = parsed(QStringLiteral("<!--backroom\n"
                                                        "{\"title\": {\"en\": \"Order\", \"zh_CN\": \"订单\"},\n"
                                                        " \"paper\": \"A5\", \"orientation\": \"landscape\",\n"
                                                        " \"margins\": [10, 12, 14, 16], \"expects\": [\"number\"]}\n"
                                                        "-->\n<p>{{number}}</p>"));
    CHECK(form.title() == QStringLiteral("Order"));
    CHECK(form.pageSetup().pageSize().id() == QPageSize::A5);
    CHECK(form.pageSetup().orientation() == QPageLayout::Landscape);
    CHECK(form.pageSetup().margins() == QMarginsF(16, 10, 12, 14));
    CHECK(form.expects() == QStringList{QStringLiteral("number")});
    CHECK(form.kind() == DocumentTemplate::Kind::Flow);
    CHECK(form.wantsLetterhead());

    const DocumentTemplate custom = parsed(QStringLiteral("<!--backroom {\"paper\": [210, 99], \"kind\": \"positioned\"} -->"));
    CHECK(custom.pageSetup().pageSize().size(QPageSize::Millimeter) == QSizeF(210, 99));
    CHECK(custom.kind() == DocumentTemplate::Kind::Positioned);
    CHECK_FALSE(custom.wantsLetterhead());   // stationery has its own

    DocumentTemplate::Problem problem;
    DocumentTemplate::Problem none;
    CHECK(DocumentTemplate::parse(QStringLiteral("x"), QStringLiteral("<p>{{a}}</p>"), &none).isValid());
    CHECK(none.message.isEmpty());
}

TEST_CASE("A broken template is reported with its line and a readable message", "[documents][backends]")
{
    struct Case
    {
        const char *text;
        int line;
        const char *words;
    };
    const Case cases[] = {
        {"<!--backroom\n{\"paper\": \"A4\",\n \"margins\": 10,,\n}\n-->\n<p></p>", 3, "not valid JSON"},
        {"<!--backroom {\"papr\": \"A4\"} -->", 1, "Unknown key “papr”"},
        {"<!--backroom {\"paper\": \"A9\"} -->", 1, "Unknown paper “A9”"},
        {"<!--backroom {\"orientation\": \"sideways\"} -->", 1, "portrait or landscape"},
        {"<!--backroom {\"margins\": 200} -->", 1, "no room"},
        {"<!--backroom {\"title\": \"x\"}", 1, "never closed"},
        {"<!--backroom {} -->\n<p>\n{{#lines}}\n<td>{{item}}</td>\n</p>", 3, "“lines” is never closed"},
        {"<p>\n{{/lines}}</p>", 2, "never opened"},
        {"<p>{{#a}}{{#b}}\n{{/a}}{{/b}}</p>", 2, "closes “b”, opened on line 1"},
        {"<p>\n\n{{{raw}}}</p>", 3, "{{{…}}}"},
        {"<p>{{&raw}}</p>", 1, "{{&…}}"},
        {"<p>{{>other}}</p>", 1, "Partials"},
        {"<p>{{=<% %>=}}</p>", 1, "delimiters"},
        {"<p>{{two words}}</p>", 1, "is not a name"},
        {"<p>\n{{open</p>", 2, "never closed"},
    };
    for (const Case &c : cases) {
        DocumentTemplate::Problem problem;
        const DocumentTemplate result = DocumentTemplate::parse(QStringLiteral("bad"), QString::fromUtf8(c.text), &problem);
        INFO(c.text);
        INFO(problem.toString().toStdString());
        CHECK_FALSE(result.isValid());
        CHECK(problem.line == c.line);
        CHECK(problem.message.contains(QString::fromUtf8(c.words)));
        CHECK(problem.toString().startsWith(QStringLiteral("Line %1: ").arg(c.line)));
    }
}

TEST_CASE("Data is printed as text, never as markup or template code", "[documents][backends]")
{
    const DocumentTemplate form = parsed(QStringLiteral("<p>{{name}}</p><p>{{note}}</p>{{#lines}}<i>{{item}}</i>{{/lines}}"
                                                        "{{^empty}}<b>none</b>{{/empty}}{{#remark}}<u>{{remark}}</u>{{/remark}}"));
    const QVariantMap data{{QStringLiteral("name"), QStringLiteral("<script>alert('x')</script> & Co")},
                           {QStringLiteral("note"), QStringLiteral("{{name}} {{#x}}")},
                           {QStringLiteral("lines"), QVariantList{QVariantMap{{QStringLiteral("item"), QStringLiteral("<b>A</b>")}},
                                                                  QVariantMap{{QStringLiteral("item"), QStringLiteral("B")}}}},
                           {QStringLiteral("empty"), QVariantList{}},
                           {QStringLiteral("remark"), QString()}};
    DocumentTemplate::Problem problem;
    const QString html = form.render(data, &problem);
    INFO(problem.toString().toStdString());
    REQUIRE(problem.message.isEmpty());
    CHECK(html == QStringLiteral("<p>&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; Co</p>"
                                 "<p>{{name}} {{#x}}</p><i>&lt;b&gt;A&lt;/b&gt;</i><i>B</i><b>none</b>"));
}

TEST_CASE("A name the data lacks is reported with its line instead of printing a gap", "[documents][backends]")
{
    const DocumentTemplate form = parsed(QStringLiteral("<!--backroom {\"expects\": [\"number\", \"lines\"]} -->\n"
                                                        "<p>{{number}}</p>\n{{#lines}}\n<td>{{item}}</td><td>{{price}}</td>\n"
                                                        "<td>{{number}}</td>{{/lines}}\n<p>{{company.name}}</p>"));
    const QVariantMap line{{QStringLiteral("item"), QStringLiteral("Paper")}};
    QVariantMap data{{QStringLiteral("number"), QStringLiteral("PO-1")},
                     {QStringLiteral("lines"), QVariantList{line}},
                     {QStringLiteral("company"), QVariantMap{{QStringLiteral("name"), QStringLiteral("Co")}}}};
    DocumentTemplate::Problem problem;
    CHECK(form.render(data, &problem).isEmpty());
    CHECK(problem.line == 4);
    CHECK(problem.message.contains(QStringLiteral("“price”")));
    CHECK(problem.message.contains(QStringLiteral("item")));   // names what there is

    QVariantMap priced = line;
    priced.insert(QStringLiteral("price"), QStringLiteral("1.00"));
    data.insert(QStringLiteral("lines"), QVariantList{priced});
    CHECK(form.render(data, &problem).contains(QStringLiteral("<td>PO-1</td>")));   // outer names inside a section
    CHECK(problem.message.isEmpty());

    data.remove(QStringLiteral("lines"));
    CHECK(form.render(data, &problem).isEmpty());
    CHECK(problem.message.contains(QStringLiteral("expects “lines”")));

    data.insert(QStringLiteral("lines"), QVariantList{priced});
    data.insert(QStringLiteral("company"), QVariantMap{});
    CHECK(form.render(data, &problem).isEmpty());
    CHECK(problem.line == 6);
    CHECK(problem.message.contains(QStringLiteral("“company.name”")));
}

TEST_CASE("Documents go to PDF with embedded Chinese fonts, page numbers and furniture", "[documents][pdf][backends]")
{
    ChineseLanguage chinese;
    QTemporaryDir dir;
    QString rows;
    QVariantList lines;
    for (int i = 1; i <= 120; ++i)
        lines.append(QVariantMap{{QStringLiteral("item"), QStringLiteral("复印纸 A4 第%1箱").arg(i)},
                                 {QStringLiteral("amount"), QStringLiteral("%1.00").arg(i * 10)}});
    const QString text = QStringLiteral(
        "<!--backroom {\"paper\": \"A4\"} -->\n<h1>采购订单 {{number}}</h1>\n"
        "<table width=\"100%\" border=\"1\" cellspacing=\"0\"><thead><tr><th>品名</th><th>金额</th></tr></thead>\n"
        "{{#lines}}<tr><td>{{item}}</td><td class=\"number\">{{amount}}</td></tr>{{/lines}}</table>\n"
        "<p><img src=\"qr:{{number}}\" width=\"60\" height=\"60\"> <img src=\"code128:{{number}}\" height=\"30\"></p>");
    PrintDocument order = document(text, {{QStringLiteral("number"), QStringLiteral("PO-2026-0042")},
                                          {QStringLiteral("lines"), lines}});
    order.draft = true;
    PageFurniture furniture;
    furniture.setCompany(QStringLiteral("示范商贸有限公司"), QStringLiteral("上海市浦东新区张江路 88 号"));
    furniture.setPrinted(QStringLiteral("李华"), QDateTime(QDate(2026, 11, 26), QTime(9, 30)));
    DocumentRenderer renderer(furniture);
    const QString path = dir.filePath(QStringLiteral("order.pdf"));
    int progressCalls = 0;
    const auto result = renderer.exportPdf({order}, path, [&progressCalls](int) {
        ++progressCalls;
        return true;
    });
    INFO(renderer.errorString().toStdString());
    REQUIRE(result == DocumentRenderer::Result::Success);
    const int pages = pdfPageCount(path);
    CHECK(pages >= 3);
    CHECK(renderer.pageCount() == pages);
    CHECK(progressCalls == pages);
    CHECK(pdfFontsEmbedded(path));
    const QString content = pdfText(path);
    CHECK(content.contains(QStringLiteral("示范商贸有限公司")));
    CHECK(content.contains(QStringLiteral("复印纸 A4 第120箱")));
    const QString raw = pdfRawText(path);
    CHECK(raw.contains(QStringLiteral("第1页共%1页").arg(pages)));
    CHECK(raw.contains(QStringLiteral("第%1页共%1页").arg(pages)));
    CHECK(content.contains(QStringLiteral("李华")));
    CHECK(pdfRawText(path).contains(QStringLiteral("草稿")));
    // The column headings come again on every page.
    CHECK(content.count(QStringLiteral("品名")) == pages);
    // The letterhead too.
    CHECK(content.count(QStringLiteral("示范商贸有限公司")) == pages);
}

TEST_CASE("A confidential print carries the user and time across every page", "[documents][pdf][backends]")
{
    QTemporaryDir dir;
    PrintDocument payslip = document(QStringLiteral("<p>{{name}}: {{salary}}</p>"),
                                     {{QStringLiteral("name"), QStringLiteral("Wang Fang")},
                                      {QStringLiteral("salary"), QStringLiteral("12,345.67")}});
    payslip.confidential = true;
    PageFurniture furniture;
    furniture.setPrinted(QStringLiteral("payroll1"), QDateTime(QDate(2026, 11, 26), QTime(14, 5)));
    DocumentRenderer renderer(furniture);
    const QString path = dir.filePath(QStringLiteral("payslip.pdf"));
    REQUIRE(renderer.exportPdf({payslip}, path) == DocumentRenderer::Result::Success);
    const QString content = pdfText(path);
    CHECK(pdfRawText(path).contains(QStringLiteral("CONFIDENTIALpayroll12026-11-2614:05")));
    CHECK(content.contains(QStringLiteral("12,345.67")));
}

TEST_CASE("A failed or cancelled export leaves no file behind", "[documents][pdf][backends]")
{
    QTemporaryDir dir;
    const PrintDocument good = document(QStringLiteral("<p>{{a}}</p>"), {{QStringLiteral("a"), QStringLiteral("x")}});
    DocumentRenderer renderer;

    SECTION("cancelled")
    {
        QVariantList many;
        for (int i = 0; i < 200; ++i)
            many.append(QVariantMap{{QStringLiteral("a"), QString::number(i)}});
        const PrintDocument longOne =
            document(QStringLiteral("{{#rows}}<p>{{a}}</p>{{/rows}}"), {{QStringLiteral("rows"), many}});
        const QString path = dir.filePath(QStringLiteral("cancelled.pdf"));
        CHECK(renderer.exportPdf({longOne}, path, [](int pages) { return pages < 2; })
              == DocumentRenderer::Result::Canceled);
        CHECK_FALSE(QFileInfo::exists(path));
        CHECK(BackroomTests::folderEntries(dir.path()).isEmpty());
    }
    SECTION("no such folder")
    {
        const QString path = dir.filePath(QStringLiteral("missing/out.pdf"));
        CHECK(renderer.exportPdf({good}, path) == DocumentRenderer::Result::FileError);
        CHECK(renderer.errorString().contains(QStringLiteral("out.pdf")));
        CHECK_FALSE(QFileInfo::exists(path));
    }
    SECTION("an image that cannot load")
    {
        const PrintDocument broken = document(QStringLiteral("<p><img src=\"stamp.png\"></p>"), {});
        const QString path = dir.filePath(QStringLiteral("image.pdf"));
        CHECK(renderer.exportPdf({broken}, path) == DocumentRenderer::Result::ImageError);
        CHECK(renderer.errorString().contains(QStringLiteral("stamp.png")));
        CHECK_FALSE(QFileInfo::exists(path));
    }
    SECTION("a value Code 128 cannot encode")
    {
        const PrintDocument broken =
            document(QStringLiteral("<p><img src=\"code128:{{a}}\"></p>"), {{QStringLiteral("a"), QStringLiteral("订单")}});
        CHECK(renderer.exportPdf({broken}, dir.filePath(QStringLiteral("code.pdf"))) == DocumentRenderer::Result::ImageError);
        CHECK(BackroomTests::folderEntries(dir.path()).isEmpty());
    }
    SECTION("an image whose value is empty")
    {
        const PrintDocument empty = document(QStringLiteral("<p>Signed: <img src=\"{{signature}}\" width=\"40\"></p>"),
                                             {{QStringLiteral("signature"), QString()}});
        CHECK(renderer.exportPdf({empty}, dir.filePath(QStringLiteral("sig.pdf"))) == DocumentRenderer::Result::ImageError);
        CHECK(renderer.errorString().contains(QStringLiteral("no source")));
        CHECK(BackroomTests::folderEntries(dir.path()).isEmpty());
    }
    SECTION("data the template needs is missing")
    {
        const PrintDocument missing = document(QStringLiteral("<p>{{b}}</p>"), {{QStringLiteral("a"), QStringLiteral("x")}});
        CHECK(renderer.exportPdf({good, missing}, dir.filePath(QStringLiteral("t.pdf")))
              == DocumentRenderer::Result::TemplateError);
        CHECK(renderer.errorString().contains(QStringLiteral("“b”")));
        CHECK(BackroomTests::folderEntries(dir.path()).isEmpty());
    }
}

TEST_CASE("Sections of lists nested too deep are refused before they are filled in", "[documents][backends]")
{
    QString text;
    for (int depth = 0; depth < 24; ++depth)
        text += QStringLiteral("{{#lines}}x");
    for (int depth = 0; depth < 24; ++depth)
        text += QStringLiteral("{{/lines}}");
    const DocumentTemplate nested = parsed(text);
    const QVariantList two{QVariantMap{{QStringLiteral("a"), QStringLiteral("1")}},
                           QVariantMap{{QStringLiteral("a"), QStringLiteral("2")}}};
    DocumentTemplate::Problem problem;
    QElapsedTimer timer;
    timer.start();
    CHECK(nested.render({{QStringLiteral("lines"), two}}, &problem).isEmpty());
    CHECK(timer.elapsed() < 1000);
    CHECK(problem.message.contains(QStringLiteral("never finish")));
    // Two levels of a real document's lines are fine.
    const DocumentTemplate twice = parsed(QStringLiteral("{{#lines}}{{#lines}}{{a}}{{/lines}}{{/lines}}"));
    CHECK(twice.render({{QStringLiteral("lines"), two}}, &problem) == QStringLiteral("1212"));
}

TEST_CASE("A batch prints each document on its own pages with its own page numbers", "[documents][pdf][backends]")
{
    QTemporaryDir dir;
    const QString text = QStringLiteral("<!--backroom {\"paper\": \"A5\", \"orientation\": \"landscape\"} -->\n"
                                        "<h1>Slip {{n}}</h1>");
    QList<PrintDocument> slips;
    for (int i = 1; i <= 3; ++i)
        slips.append(document(text, {{QStringLiteral("n"), QString::number(i)}}));
    DocumentRenderer renderer;
    const QString path = dir.filePath(QStringLiteral("slips.pdf"));
    REQUIRE(renderer.exportPdf(slips, path) == DocumentRenderer::Result::Success);
    CHECK(pdfPageCount(path) == 3);
    const QString info = BackroomTests::toolOutput(QStringLiteral("pdfinfo"), {path});
    CHECK(info.contains(QStringLiteral("595 x 420 pts (A5)")));   // landscape
    const QString content = pdfText(path);
    CHECK(content.count(QStringLiteral("Page 1 of 1")) == 3);
    CHECK(content.indexOf(QStringLiteral("Slip 1")) < content.indexOf(QStringLiteral("Slip 3")));
}

TEST_CASE("A positioned form puts each value at its millimetres, shifted by the calibration", "[documents][pdf][backends]")
{
    QTemporaryDir dir;
    const QString text = QStringLiteral("<!--backroom {\"kind\": \"positioned\", \"paper\": [240, 140], \"margins\": 0} -->\n"
                                        "<text x=\"30\" y=\"20\" width=\"80\" size=\"12\">{{payee}}</text>\n"
                                        "<text x=\"150\" y=\"40\" width=\"60\" align=\"right\">{{amount}}</text>\n"
                                        "<image x=\"200\" y=\"90\" width=\"25\" src=\"qr:{{payee}}\"/>");
    const PrintDocument cheque = document(text, {{QStringLiteral("payee"), QStringLiteral("Acme&Sons")},
                                                 {QStringLiteral("amount"), QStringLiteral("1,234.50")}});
    const auto wordX = [](const QString &path, const QString &word) {
        const QString bbox = BackroomTests::toolOutput(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
        const QRegularExpression pattern(QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\"[^>]*>%1</word>")
                                             .arg(QRegularExpression::escape(word)));
        const QRegularExpressionMatch match = pattern.match(bbox);
        REQUIRE(match.hasMatch());
        return QPointF(match.captured(1).toDouble() * 25.4 / 72, match.captured(2).toDouble() * 25.4 / 72);
    };
    DocumentRenderer renderer;
    const QString plain = dir.filePath(QStringLiteral("plain.pdf"));
    REQUIRE(renderer.exportPdf({cheque}, plain) == DocumentRenderer::Result::Success);
    const QPointF payee = wordX(plain, QStringLiteral("Acme&amp;Sons"));
    CHECK(payee.x() == Approx(30).margin(0.6));
    CHECK(payee.y() == Approx(20).margin(2.5));
    // Right-aligned: the amount ends at 150 + 60 mm.
    const QPointF amount = wordX(plain, QStringLiteral("1,234.50"));
    CHECK(amount.x() > 190);
    CHECK(amount.x() < 210);
    CHECK(pdfText(plain).count(QStringLiteral("Page 1 of")) == 0);   // no footer on stationery

    renderer.setCalibrationOffset(QPointF(3.5, -2));
    const QString shifted = dir.filePath(QStringLiteral("shifted.pdf"));
    REQUIRE(renderer.exportPdf({cheque}, shifted) == DocumentRenderer::Result::Success);
    const QPointF moved = wordX(shifted, QStringLiteral("Acme&amp;Sons"));
    CHECK(moved.x() - payee.x() == Approx(3.5).margin(0.1));
    CHECK(moved.y() - payee.y() == Approx(-2).margin(0.1));

    SECTION("markup a positioned form cannot hold")
    {
        const PrintDocument bad = document(QStringLiteral("<!--backroom {\"kind\": \"positioned\"} -->\n<div>x</div>"), {});
        CHECK(renderer.exportPdf({bad}, dir.filePath(QStringLiteral("bad.pdf"))) == DocumentRenderer::Result::TemplateError);
        CHECK(renderer.errorString().contains(QStringLiteral("<div>")));
    }
    SECTION("the calibration page shows the offset it applies")
    {
        const QString path = dir.filePath(QStringLiteral("calibration.pdf"));
        {
            QPdfWriter writer(path);
            REQUIRE(renderer.renderCalibrationPage(&writer, cheque.documentTemplate.pageSetup())
                    == DocumentRenderer::Result::Success);
        }
        const QString content = pdfRawText(path);
        CHECK(content.contains(QStringLiteral("20mm")));
        CHECK(content.contains(QStringLiteral("3.5mmacross,-2.0mmdown")));
    }
}

TEST_CASE("The clerk's copy of a template wins, and resetting keeps it aside", "[documents][backends]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("templates"));
    TemplateStore store(folder, [](const QString &name) {
        return name == QLatin1String("test.thing") ? QStringLiteral("<p>generated {{a}}</p>") : QString();
    });
    CHECK(store.origin(QStringLiteral("test.thing")) == TemplateStore::Origin::Generated);
    CHECK(store.origin(QStringLiteral("test.other")) == TemplateStore::Origin::Missing);
    CHECK(store.origin(QStringLiteral("../etc/passwd")) == TemplateStore::Origin::Missing);
    DocumentTemplate::Problem problem;
    CHECK_FALSE(store.load(QStringLiteral("test.other"), &problem).isValid());
    CHECK(problem.message.contains(QStringLiteral("test.other")));

    const QString path = store.customize(QStringLiteral("test.thing"));
    REQUIRE(path == QDir(folder).filePath(QStringLiteral("test.thing.html")));
    CHECK(store.origin(QStringLiteral("test.thing")) == TemplateStore::Origin::User);
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("<p>mine {{a}}</p>\n{{#a}}\n");
    }
    // A broken copy is reported, with its path and line, not replaced silently.
    CHECK_FALSE(store.load(QStringLiteral("test.thing"), &problem).isValid());
    CHECK(problem.line == 2);
    CHECK(problem.message.contains(QStringLiteral("test.thing.html")));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("<p>mine {{a}}</p>");
    }
    CHECK(store.load(QStringLiteral("test.thing")).render({{QStringLiteral("a"), QStringLiteral("1")}})
          == QStringLiteral("<p>mine 1</p>"));
    CHECK(store.namesFor(QStringLiteral("test.thing")) == QStringList{QStringLiteral("test.thing")});

    QString keptAs;
    REQUIRE(store.resetToShipped(QStringLiteral("test.thing"), &keptAs));
    CHECK(store.origin(QStringLiteral("test.thing")) == TemplateStore::Origin::Generated);
    CHECK(QFileInfo::exists(keptAs));
    CHECK(store.load(QStringLiteral("test.thing")).render({{QStringLiteral("a"), QStringLiteral("1")}})
          == QStringLiteral("<p>generated 1</p>"));
}

TEST_CASE("A module's shipped template is used until the clerk makes a copy", "[documents][backends]")
{
    QTemporaryDir dir;
    TemplateStore store(dir.filePath(QStringLiteral("templates")));
    CHECK(store.origin(QStringLiteral("test.shipped")) == TemplateStore::Origin::Shipped);
    CHECK(store.names().contains(QStringLiteral("test.shipped")));
    CHECK(store.namesFor(QStringLiteral("test")) == QStringList{QStringLiteral("test.shipped")});
    const DocumentTemplate shipped = store.load(QStringLiteral("test.shipped"));
    REQUIRE(shipped.isValid());
    CHECK(shipped.title() == QStringLiteral("Shipped slip"));
    CHECK(shipped.pageSetup().pageSize().id() == QPageSize::A5);
    CHECK(shipped.render({{QStringLiteral("a"), QStringLiteral("1")}}) == QStringLiteral("\n<h1>shipped 1</h1>\n"));

    const QString copy = store.customize(QStringLiteral("test.shipped"));
    REQUIRE(!copy.isEmpty());
    {
        QFile file(copy);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("<p>mine {{a}}</p>");
    }
    CHECK(store.origin(QStringLiteral("test.shipped")) == TemplateStore::Origin::User);
    CHECK(store.load(QStringLiteral("test.shipped")).render({{QStringLiteral("a"), QStringLiteral("1")}})
          == QStringLiteral("<p>mine 1</p>"));
    REQUIRE(store.resetToShipped(QStringLiteral("test.shipped")));
    CHECK(store.origin(QStringLiteral("test.shipped")) == TemplateStore::Origin::Shipped);
}

namespace {

Entity orderEntity()
{
    Workflow flow;
    flow.state(QStringLiteral("draft"), label("Draft"))
        .state(QStringLiteral("approved"), label("Approved"), false)
        .transition(QStringLiteral("approve"), label("Approve"), {QStringLiteral("draft")}, QStringLiteral("approved"),
                    QStringLiteral("approve"));
    Entity entity(QStringLiteral("test.order"), label("Purchase order"), label("Purchase orders"));
    entity.add(Field::text(QStringLiteral("number"), label("Number")).unique())
        .add(Field::text(QStringLiteral("supplier"), label("Supplier")))
        .add(Field::text(QStringLiteral("bank_account"), label("Bank account")).sensitive())
        .add(Field::money(QStringLiteral("deposit"), label("Deposit")))
        .add(Field::longText(QStringLiteral("remark"), label("Remark")))
        .add(Field::childLines(QStringLiteral("lines"), label("Lines"), QStringLiteral("test.order_line"),
                               QStringLiteral("order_id"))
                 .orderedBy(QStringLiteral("position")))
        .displayField(QStringLiteral("number"))
        .workflow(flow);
    return entity;
}

Entity orderLineEntity()
{
    Entity entity(QStringLiteral("test.order_line"), label("Order line"), label("Order lines"));
    entity.add(Field::reference(QStringLiteral("order_id"), label("Order"), QStringLiteral("test.order")).required())
        .add(Field::integer(QStringLiteral("position"), label("Position")))
        .add(Field::text(QStringLiteral("item"), label("Item")).required())
        .add(Field::quantity(QStringLiteral("quantity"), label("Quantity"), 2))
        .add(Field::money(QStringLiteral("price"), label("Price")))
        .add(Field::money(QStringLiteral("amount"), label("Amount")).computed([](const QVariantMap &line) {
            return QVariant(line.value(QStringLiteral("quantity")).toLongLong() * line.value(QStringLiteral("price")).toLongLong()
                            / 100);
        }))
        .archivable(false);
    return entity;
}

} // namespace

TEST_CASE("Any record prints with the default layout: fields, lines, totals, amounts in words", "[documents][pdf][backends]")
{
    ChineseLanguage chinese;
    QTemporaryDir dir;
    Registry<Entity> entities;
    auto company = BackroomTests::openCompanyWith(dir.filePath(QStringLiteral("orders.backroom")), QStringLiteral("test"),
                                                  {orderEntity(), orderLineEntity()}, &entities);
    Records records(company->database(), entities, QStringLiteral("lihua"));
    const auto order = records.create(QStringLiteral("test.order"),
                                      {{QStringLiteral("number"), QStringLiteral("PO-7")},
                                       {QStringLiteral("supplier"), QStringLiteral("<Acme> & {{Sons}}")},
                                       {QStringLiteral("bank_account"), QStringLiteral("6222021001123456")},
                                       {QStringLiteral("deposit"), 1234567},
                                       {QStringLiteral("remark"), QStringLiteral("first line\nsecond line")}});
    REQUIRE(order.ok());
    const QList<std::tuple<int, const char *, qint64, qint64>> lines{{2, "打印纸", 250, 2400}, {1, "墨盒", 100, 35050}};
    for (const auto &[position, item, quantity, price] : lines)
        REQUIRE(records.create(QStringLiteral("test.order_line"), {{QStringLiteral("order_id"), order.id},
                                                                   {QStringLiteral("position"), position},
                                                                   {QStringLiteral("item"), QString::fromUtf8(item)},
                                                                   {QStringLiteral("quantity"), quantity},
                                                                   {QStringLiteral("price"), price}})
                    .ok());

    DocumentService service(records, dir.filePath(QStringLiteral("templates")));
    CHECK(service.templates().origin(QStringLiteral("test.order")) == TemplateStore::Origin::Generated);
    CHECK(service.templates().origin(QStringLiteral("test.nothing")) == TemplateStore::Origin::Missing);

    QString error;
    QList<PrintDocument> documents = service.recordDocuments(QStringLiteral("test.order"), {order.id}, {}, false, &error);
    INFO(error.toStdString());
    REQUIRE(documents.size() == 1);
    const QVariantMap &data = documents.constFirst().data;
    CHECK(data.value(QStringLiteral("deposit")).toString() == QStringLiteral("12,345.67"));
    CHECK(data.value(QStringLiteral("deposit_capital")).toString() == QStringLiteral("壹万贰仟叁佰肆拾伍元陆角柒分"));
    CHECK(data.value(QStringLiteral("bank_account")).toString() == QStringLiteral("•••• 3456"));
    const QVariantList printedLines = data.value(QStringLiteral("lines")).toList();
    REQUIRE(printedLines.size() == 2);
    CHECK(printedLines.at(0).toMap().value(QStringLiteral("item")).toString() == QStringLiteral("墨盒"));   // by position
    CHECK(printedLines.at(0).toMap().value(QStringLiteral("amount")).toString() == QStringLiteral("350.50"));
    CHECK(printedLines.at(1).toMap().value(QStringLiteral("line_number")).toString() == QStringLiteral("2"));
    const QVariantMap totals = data.value(QStringLiteral("lines_totals")).toMap();
    CHECK(totals.value(QStringLiteral("amount")).toString() == QStringLiteral("410.50"));
    CHECK(totals.value(QStringLiteral("quantity")).toString() == QStringLiteral("3.50"));
    CHECK(totals.value(QStringLiteral("amount_capital")).toString().toStdString() == "肆佰壹拾元零伍角整");
    CHECK(documents.constFirst().draft);
    CHECK_FALSE(documents.constFirst().confidential);

    const QString path = dir.filePath(QStringLiteral("po.pdf"));
    REQUIRE(service.exportPdf(documents, path, &error) == DocumentRenderer::Result::Success);
    CHECK(pdfPageCount(path) == 1);
    CHECK(pdfFontsEmbedded(path));
    const QString content = pdfText(path);
    for (const QString &expected :
         {QStringLiteral("Purchase order"), QStringLiteral("PO-7"), QStringLiteral("<Acme> & {{Sons}}"),
          QStringLiteral("•••• 3456"), QStringLiteral("打印纸"), QStringLiteral("墨盒"), QStringLiteral("410.50"),
          QStringLiteral("壹万贰仟叁佰肆拾伍元陆角柒分"), QStringLiteral("second line")})
        CHECK(content.contains(expected));
    CHECK(pdfRawText(path).contains(QStringLiteral("草稿")));
    CHECK_FALSE(content.contains(QStringLiteral("6222021001123456")));

    // Unmasked, the account shows and the print is marked confidential.
    documents = service.recordDocuments(QStringLiteral("test.order"), {order.id}, {}, true, &error);
    REQUIRE(documents.size() == 1);
    CHECK(documents.constFirst().confidential);
    REQUIRE(service.exportPdf(documents, path, &error) == DocumentRenderer::Result::Success);
    CHECK(pdfText(path).contains(QStringLiteral("6222021001123456")));

    // Approved, it is no longer a draft.
    const Record saved = *records.read(QStringLiteral("test.order"), order.id);
    REQUIRE(records.transition(QStringLiteral("test.order"), order.id, saved.version, QStringLiteral("approve")).ok());
    documents = service.recordDocuments(QStringLiteral("test.order"), {order.id}, {}, false, &error);
    CHECK_FALSE(documents.constFirst().draft);

    // A missing record is named.
    CHECK(service.recordDocuments(QStringLiteral("test.order"), {order.id, 999}, {}, false, &error).isEmpty());
    CHECK(error.contains(QStringLiteral("#999")));
}

// Not run by default: writes sample PDFs to look at (pdftoppm -png -r 70).
TEST_CASE("Document samples for a person to look at", "[.shots][backends]")
{
    ChineseLanguage chinese;
    const QString folder = QStringLiteral("/tmp/documents-shots");
    QDir().mkpath(folder);
    QVariantList lines;
    for (int i = 1; i <= 40; ++i)
        lines.append(QVariantMap{{QStringLiteral("item"), QStringLiteral("复印纸 A4 70g 第%1箱").arg(i)},
                                 {QStringLiteral("amount"), QStringLiteral("%1.00").arg(i * 10)}});
    PrintDocument order = document(
        QStringLiteral("<!--backroom {\"paper\": \"A4\"} -->\n<h1>采购订单</h1>\n"
                       "<table width=\"100%\"><tr><td>单号：{{number}}</td><td align=\"right\">"
                       "<img src=\"qr:{{number}}\" width=\"70\" height=\"70\"><br><img src=\"code128:{{number}}\" height=\"36\">"
                       "</td></tr></table>\n"
                       "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr><th>品名</th>"
                       "<th class=\"number\">金额</th></tr></thead>\n"
                       "{{#lines}}<tr><td>{{item}}</td><td class=\"number\">{{amount}}</td></tr>{{/lines}}</table>"),
        {{QStringLiteral("number"), QStringLiteral("PO-2026-0042")}, {QStringLiteral("lines"), lines}});
    order.draft = true;
    PageFurniture furniture;
    furniture.setCompany(QStringLiteral("示范商贸有限公司"), QStringLiteral("上海市浦东新区张江路 88 号  ·  纳税人识别号 91310115MA1K4DEMO8"));
    furniture.setPrinted(QStringLiteral("李华"), QDateTime::currentDateTime());
    DocumentRenderer renderer(furniture);
    REQUIRE(renderer.exportPdf({order}, folder + QStringLiteral("/order.pdf")) == DocumentRenderer::Result::Success);

    const PrintDocument cheque = document(
        QStringLiteral("<!--backroom {\"kind\": \"positioned\", \"paper\": [240, 100], \"margins\": 0} -->\n"
                       "<text x=\"20\" y=\"15\" width=\"70\" size=\"12\">{{date}}</text>\n"
                       "<text x=\"20\" y=\"30\" width=\"120\" size=\"12\">{{payee}}</text>\n"
                       "<text x=\"20\" y=\"45\" width=\"150\" size=\"12\">{{words}}</text>\n"
                       "<text x=\"170\" y=\"45\" width=\"50\" size=\"12\" align=\"right\">{{amount}}</text>\n"
                       "<image x=\"200\" y=\"65\" width=\"22\" src=\"qr:{{number}}\"/>"),
        {{QStringLiteral("date"), QStringLiteral("2026 年 11 月 26 日")},
         {QStringLiteral("payee"), QStringLiteral("上海华联超市有限公司")},
         {QStringLiteral("words"), QStringLiteral("壹万贰仟叁佰肆拾伍元陆角柒分")},
         {QStringLiteral("amount"), QStringLiteral("¥12,345.67")},
         {QStringLiteral("number"), QStringLiteral("ZP-0001")}});
    REQUIRE(renderer.exportPdf({cheque}, folder + QStringLiteral("/cheque.pdf")) == DocumentRenderer::Result::Success);
    QPdfWriter writer(folder + QStringLiteral("/calibration.pdf"));
    renderer.setCalibrationOffset(QPointF(1.5, -0.5));
    REQUIRE(renderer.renderCalibrationPage(&writer, PageSetup()) == DocumentRenderer::Result::Success);
}
