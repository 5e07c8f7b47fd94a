// Vouchers on paper (记账凭证): the data the templates are filled with, the
// sheets of a long voucher, the signatures, the pre-printed paper's
// positions, and real PDFs read back with pdftotext. The company is a real
// one with the Chinese chart; the voucher entity carries its print data as
// the finance module registers it.
#include "database.h"
#include "documentrenderer.h"
#include "documentservice.h"
#include "financebooks.h"
#include "financeentities.h"
#include "localization.h"
#include "records.h"
#include "testsupport.h"
#include "voucherbook.h"
#include "voucheredit.h"
#include "voucherprint.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QMenu>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Backroom;
using namespace Backroom::Finance;

namespace {

// The books of tst_finance, with the voucher declared as FinanceModule
// declares it (print data attached), the company's profile and language,
// and the two clerks' names as the users table knows them.
struct PrintBooks : FinanceTests::Books
{
    QTemporaryDir templates;   // an empty folder: the shipped templates are used

    explicit PrintBooks(const QString &language = QStringLiteral("zh_CN"))
        : Books(language)
    {
        entities.removeModule(QStringLiteral("finance"));
        for (const Entity &entity : FinanceEntities::declarations())
            REQUIRE(entities.add(QStringLiteral("finance"), VoucherPrint::withDocumentData(entity)));
        QString error;
        REQUIRE(company->setMeta(QStringLiteral("language"), language, &error));
        const bool chinese = language.startsWith(QLatin1String("zh"));
        REQUIRE(manager->create(QStringLiteral("core.company"),
                                {{QStringLiteral("name"), chinese ? QStringLiteral("上海启明贸易有限公司")
                                                                  : QStringLiteral("Northwind Trading Ltd.")}})
                    .ok());
        for (const auto &[login, name] : {std::pair{"lina", chinese ? "李娜" : "Lina Li"},
                                          std::pair{"wangfang", chinese ? "王芳" : "Fang Wang"}}) {
            REQUIRE(db().exec(QStringLiteral("INSERT INTO backroom_user (login, display_name, password_hash, created_at) "
                                             "VALUES (?, ?, 'x', '2026-01-01T00:00:00Z')"),
                              {QString::fromLatin1(login), QString::fromUtf8(name)}, &error));
        }
    }

    DocumentService service() { return DocumentService(*accountant, templates.path()); }

    QList<PrintDocument> documents(qint64 id, const QString &templateName = {})
    {
        QString error;
        const QList<PrintDocument> printed = service().recordDocuments(FinanceEntities::voucher(), {id}, templateName,
                                                                       false, &error);
        INFO(error.toStdString());
        REQUIRE(printed.size() == 1);
        return printed;
    }

    // A voucher of `count` lines: cash in from sales, in pairs.
    qint64 longVoucher(int count, const QDate &date)
    {
        Voucher voucher;
        voucher.date = date;
        voucher.attachments = 5;
        for (int i = 0; i < count / 2; ++i) {
            const qint64 amount = 10000 * (i + 1);
            voucher.lines.append(VoucherLine{0, QStringLiteral("收到货款 第%1笔").arg(i + 1), account("1001"), amount, 0});
            voucher.lines.append(VoucherLine{0, QStringLiteral("收到货款 第%1笔").arg(i + 1), account("5001"), 0, amount});
        }
        return save(voucher).id;
    }
};

QVariantMap voucherData(const PrintDocument &document)
{
    return document.data.value(QStringLiteral("voucher")).toMap();
}

QVariantList pagesOf(const PrintDocument &document)
{
    return voucherData(document).value(QStringLiteral("pages")).toList();
}

QVariantMap rowOf(const PrintDocument &document, int page, int row)
{
    return pagesOf(document).at(page).toMap().value(QStringLiteral("rows")).toList().at(row).toMap();
}

QString signatureOf(const PrintDocument &document, const QString &label)
{
    for (const QVariant &item : voucherData(document).value(QStringLiteral("signatures")).toList()) {
        if (item.toMap().value(QStringLiteral("label")).toString() == label)
            return item.toMap().value(QStringLiteral("name")).toString();
    }
    FAIL("no signature box " << label.toStdString());
    return QString();
}

// The PDF's text as pdftotext reads it (empty when it is not installed:
// the caller then skips the text checks, never passes them silently).
QString pdfText(const QString &path)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        return QString();
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPages(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {path});
    REQUIRE(process.waitForFinished(30000));
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(process.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// PDFs to look at: BACKROOM_SHOTS=1 keeps them as /tmp/voucherprint_<name>.pdf.
QString pdfPath(const QTemporaryDir &dir, const QString &name)
{
    if (qEnvironmentVariable("BACKROOM_SHOTS") == QLatin1String("1"))
        return QStringLiteral("/tmp/voucherprint_%1.pdf").arg(name);
    return dir.filePath(name + QStringLiteral(".pdf"));
}

} // namespace

TEST_CASE("Voucher print: the data of a posted voucher", "[finance][voucherprint]")
{
    PrintBooks books;
    const qint64 id = books.post(books.voucher(QDate(2026, 11, 27), "100201", "1001", 1234567, QStringLiteral("提现备用")));
    const PrintDocument document = books.documents(id).constFirst();
    const QVariantMap voucher = voucherData(document);

    CHECK(document.documentTemplate.name() == VoucherPrint::plainTemplate());
    CHECK(document.documentTemplate.pageSetup().pageSize().size(QPageSize::Millimeter) == QSizeF(240, 140));
    CHECK_FALSE(document.documentTemplate.wantsLetterhead());
    CHECK_FALSE(document.draft);   // posted: no 草稿 watermark
    CHECK(voucher.value(QStringLiteral("title")).toString() == QStringLiteral("记账凭证"));
    CHECK(voucher.value(QStringLiteral("company")).toString() == QStringLiteral("上海启明贸易有限公司"));
    CHECK(voucher.value(QStringLiteral("date")).toString() == QStringLiteral("2026年11月27日"));
    CHECK(voucher.value(QStringLiteral("number_text")).toString() == QStringLiteral("记 字 第 0001 号"));
    CHECK(voucher.value(QStringLiteral("attachments_text")).toString() == QStringLiteral("附单据 0 张"));
    CHECK(voucher.value(QStringLiteral("total_words")).toString() == QStringLiteral("人民币壹万贰仟叁佰肆拾伍元陆角柒分"));
    CHECK(voucher.value(QStringLiteral("total_debit")).toString() == QStringLiteral("12,345.67"));
    CHECK(voucher.value(QStringLiteral("total_credit")).toString() == QStringLiteral("12,345.67"));

    // One sheet of six rows: the two lines, then blank rows.
    REQUIRE(pagesOf(document).size() == 1);
    CHECK(pagesOf(document).constFirst().toMap().value(QStringLiteral("rows")).toList().size() == VoucherPrint::RowsPerPage);
    CHECK(rowOf(document, 0, 0).value(QStringLiteral("summary")).toString() == QStringLiteral("提现备用"));
    CHECK(rowOf(document, 0, 0).value(QStringLiteral("account")).toString() == QStringLiteral("100201 银行存款 / 基本存款账户"));
    CHECK(rowOf(document, 0, 0).value(QStringLiteral("debit")).toString() == QStringLiteral("12,345.67"));
    CHECK(rowOf(document, 0, 0).value(QStringLiteral("credit")).toString().isEmpty());
    CHECK(rowOf(document, 0, 1).value(QStringLiteral("account")).toString() == QStringLiteral("1001 库存现金"));
    CHECK(rowOf(document, 0, 1).value(QStringLiteral("credit")).toString() == QStringLiteral("12,345.67"));
    CHECK(rowOf(document, 0, 2).value(QStringLiteral("summary")).toString().isEmpty());
    const QVariantMap sheet = pagesOf(document).constFirst().toMap();
    CHECK(sheet.value(QStringLiteral("total_label")).toString() == QStringLiteral("合计"));
    CHECK(sheet.value(QStringLiteral("total_words")).toString() == QStringLiteral("人民币壹万贰仟叁佰肆拾伍元陆角柒分"));
    CHECK(sheet.value(QStringLiteral("row2")).toMap().value(QStringLiteral("account")).toString()
          == QStringLiteral("1001 库存现金"));

    // 制单 the accountant, 审核 and 记账 the manager, by their names.
    CHECK(signatureOf(document, QStringLiteral("制单：")) == QStringLiteral("李娜"));
    CHECK(signatureOf(document, QStringLiteral("审核：")) == QStringLiteral("王芳"));
    CHECK(signatureOf(document, QStringLiteral("记账：")) == QStringLiteral("王芳"));
    CHECK(signatureOf(document, QStringLiteral("会计主管：")).isEmpty());
    CHECK(signatureOf(document, QStringLiteral("出纳：")).isEmpty());
}

TEST_CASE("Voucher print: title by voucher word, dimensions under the account, drafts and cancelled reviews",
          "[finance][voucherprint]")
{
    PrintBooks books;
    const qint64 department = books.manager->create(QStringLiteral("core.department"),
                                                    {{QStringLiteral("name"), QStringLiteral("销售部")}}).id;
    const qint64 partner = books.manager->create(QStringLiteral("core.partner"),
                                                 {{QStringLiteral("name"), QStringLiteral("华东五金有限公司")}}).id;
    Voucher receipt;
    receipt.word = QStringLiteral("收");
    receipt.date = QDate(2026, 11, 3);
    receipt.attachments = 3;
    receipt.lines = {VoucherLine{0, QStringLiteral("收回货款"), books.account("100201"), 500000, 0},
                     VoucherLine{0, QStringLiteral("收回货款"), books.account("1122"), 0, 500000, department, partner}};
    const qint64 id = books.save(receipt).id;
    PrintDocument document = books.documents(id).constFirst();
    QVariantMap voucher = voucherData(document);
    CHECK(document.draft);   // 草稿 across the sheet
    CHECK(voucher.value(QStringLiteral("title")).toString() == QStringLiteral("收款凭证"));
    CHECK(voucher.value(QStringLiteral("number_text")).toString() == QStringLiteral("收 字 第 0001 号"));
    CHECK(voucher.value(QStringLiteral("attachments_text")).toString() == QStringLiteral("附单据 3 张"));
    CHECK(rowOf(document, 0, 1).value(QStringLiteral("account")).toString() == QStringLiteral("1122 应收账款"));
    CHECK(rowOf(document, 0, 1).value(QStringLiteral("dimensions")).toString()
          == QStringLiteral("部门：销售部；往来单位：华东五金有限公司"));
    CHECK(rowOf(document, 0, 0).value(QStringLiteral("dimensions")).toString().isEmpty());
    CHECK(voucher.value(QStringLiteral("total_words")).toString() == QStringLiteral("人民币伍仟元整"));
    CHECK(signatureOf(document, QStringLiteral("制单：")) == QStringLiteral("李娜"));
    CHECK(signatureOf(document, QStringLiteral("审核：")).isEmpty());

    // Reviewed, then the review cancelled: nobody has reviewed it any more.
    VoucherBook book(*books.manager);
    Records::Result result = book.review(id, book.load(id)->version);
    REQUIRE(result.ok());
    document = books.documents(id).constFirst();
    CHECK_FALSE(document.draft);
    CHECK(signatureOf(document, QStringLiteral("审核：")) == QStringLiteral("王芳"));
    result = book.cancelReview(id, result.version);
    REQUIRE(result.ok());
    document = books.documents(id).constFirst();
    CHECK(document.draft);
    CHECK(signatureOf(document, QStringLiteral("审核：")).isEmpty());
}

TEST_CASE("Voucher print: a voucher of 12 lines goes on two sheets, 1/2 and 2/2", "[finance][voucherprint]")
{
    PrintBooks books;
    books.post(books.voucher(QDate(2026, 11, 2), "100201", "1001", 100));
    const qint64 id = books.longVoucher(12, QDate(2026, 11, 27));
    const PrintDocument document = books.documents(id).constFirst();
    const QVariantList pages = pagesOf(document);
    REQUIRE(pages.size() == 2);
    const QVariantMap first = pages.at(0).toMap();
    const QVariantMap second = pages.at(1).toMap();
    CHECK(first.value(QStringLiteral("number_text")).toString() == QStringLiteral("记 字 第 0002-1/2 号"));
    CHECK(second.value(QStringLiteral("number_text")).toString() == QStringLiteral("记 字 第 0002-2/2 号"));
    CHECK(first.value(QStringLiteral("page_text")).toString() == QStringLiteral("1/2"));
    CHECK_FALSE(first.value(QStringLiteral("continued")).toBool());
    CHECK(second.value(QStringLiteral("continued")).toBool());
    // Lines 1–6 and 7–12, each sheet full.
    CHECK(rowOf(document, 0, 0).value(QStringLiteral("line_number")).toString() == QStringLiteral("1"));
    CHECK(rowOf(document, 0, 5).value(QStringLiteral("line_number")).toString() == QStringLiteral("6"));
    CHECK(rowOf(document, 1, 0).value(QStringLiteral("line_number")).toString() == QStringLiteral("7"));
    CHECK(rowOf(document, 1, 0).value(QStringLiteral("summary")).toString() == QStringLiteral("收到货款 第4笔"));
    CHECK(rowOf(document, 1, 5).value(QStringLiteral("line_number")).toString() == QStringLiteral("12"));
    // 过次页 carries what the first sheet adds up to (100 + 200 + 300 元);
    // the second totals the voucher and writes it out.
    CHECK(first.value(QStringLiteral("total_label")).toString() == QStringLiteral("过次页"));
    CHECK(first.value(QStringLiteral("debit_total")).toString() == QStringLiteral("600.00"));
    CHECK(first.value(QStringLiteral("total_words")).toString().isEmpty());
    CHECK(second.value(QStringLiteral("total_label")).toString() == QStringLiteral("合计"));
    CHECK(second.value(QStringLiteral("debit_total")).toString() == QStringLiteral("2,100.00"));
    CHECK(second.value(QStringLiteral("credit_total")).toString() == QStringLiteral("2,100.00"));
    CHECK(second.value(QStringLiteral("total_words")).toString() == QStringLiteral("人民币贰仟壹佰元整"));

    // Fourteen lines: a third sheet with two, and four blank rows.
    const qint64 fourteen = books.longVoucher(14, QDate(2026, 11, 28));
    const PrintDocument longer = books.documents(fourteen).constFirst();
    CHECK(pagesOf(longer).size() == 3);
    CHECK(rowOf(longer, 2, 1).value(QStringLiteral("line_number")).toString() == QStringLiteral("14"));
    CHECK(rowOf(longer, 2, 2).value(QStringLiteral("summary")).toString().isEmpty());
    CHECK(pagesOf(longer).at(2).toMap().value(QStringLiteral("number_text")).toString()
          == QStringLiteral("记 字 第 0003-3/3 号"));

    // On paper: two sheets in one PDF, 过次页 on the first, the words on the second.
    QTemporaryDir dir;
    const QString pdf = pdfPath(dir, QStringLiteral("multipage"));
    QString error;
    REQUIRE(books.service().exportPdf({document}, pdf, &error) == DocumentRenderer::Result::Success);
    CHECK(pdfPages(pdf) == 2);
    const QString text = pdfText(pdf);
    if (!text.isEmpty()) {
        const QStringList sheets = text.split(QLatin1Char('\f'));
        REQUIRE(sheets.size() >= 2);
        CHECK(sheets.at(0).contains(QStringLiteral("0002-1/2")));
        CHECK(sheets.at(0).contains(QStringLiteral("过次页")));
        CHECK(sheets.at(1).contains(QStringLiteral("0002-2/2")));
        CHECK(sheets.at(1).contains(QStringLiteral("人民币贰仟壹佰元整")));
    }
}

TEST_CASE("Voucher print: a PDF on plain paper reads back as the voucher", "[finance][voucherprint]")
{
    PrintBooks books;
    Voucher voucher = books.voucher(QDate(2026, 11, 27), "100201", "1001", 1234567, QStringLiteral("提现备用"));
    voucher.attachments = 3;
    const qint64 posted = books.post(voucher);
    QTemporaryDir dir;
    const QString pdf = pdfPath(dir, QStringLiteral("plain"));
    QString error;
    REQUIRE(books.service().exportPdf(books.documents(posted), pdf, &error) == DocumentRenderer::Result::Success);
    INFO(error.toStdString());
    REQUIRE(QFileInfo(pdf).size() > 1000);
    CHECK(pdfPages(pdf) == 1);
    const QString text = pdfText(pdf);
    if (text.isEmpty()) {
        WARN("pdftotext is not installed; the PDF's text is not checked");
        return;
    }
    const QString flat = QString(text).remove(QRegularExpression(QStringLiteral("\\s")));
    CHECK(flat.contains(QStringLiteral("记账凭证")));
    CHECK(flat.contains(QStringLiteral("人民币壹万贰仟叁佰肆拾伍元陆角柒分")));
    CHECK(text.contains(QStringLiteral("12,345.67")));
    CHECK(text.contains(QStringLiteral("上海启明贸易有限公司")));
    CHECK(text.contains(QStringLiteral("2026年11月27日")));
    CHECK(text.contains(QStringLiteral("记 字 第 0001 号")));
    CHECK(text.contains(QStringLiteral("附单据 3 张")));
    CHECK(text.contains(QStringLiteral("100201 银行存款 / 基本存款账户")));
    CHECK(flat.contains(QStringLiteral("制单：李娜")));
    CHECK(flat.contains(QStringLiteral("审核：王芳")));

    // A draft says so across the sheet.
    const qint64 draft = books.save(books.voucher(QDate(2026, 11, 28), "1001", "100201", 5000)).id;
    const QList<PrintDocument> drafts = books.documents(draft);
    CHECK(drafts.constFirst().draft);
    const QString draftPdf = pdfPath(dir, QStringLiteral("draft"));
    REQUIRE(books.service().exportPdf(drafts, draftPdf, &error) == DocumentRenderer::Result::Success);
    // The watermark (草稿 / DRAFT, the service's) is pale ink across the
    // sheet; pdftotext reads rotated text letter by letter, so look at it.
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty()) {
        auto paleInk = [&dir](const QString &pdf) {
            const QString prefix = dir.filePath(QFileInfo(pdf).baseName());
            QProcess::execute(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"),
                                                           QStringLiteral("50"), pdf, prefix});
            const QImage image(prefix + QStringLiteral("-1.png"));
            int pale = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    pale += qGray(image.pixel(x, y)) > 190 && qGray(image.pixel(x, y)) < 240;
            return pale;
        };
        CHECK(paleInk(draftPdf) > paleInk(pdf) + 1000);
    }
}

TEST_CASE("Voucher print: English books print a journal voucher in English", "[finance][voucherprint]")
{
    PrintBooks books(QStringLiteral("en"));
    const qint64 id = books.post(books.voucher(QDate(2026, 11, 27), "1001", "100201", 1234567,
                                                   QStringLiteral("Cash withdrawal")));
    const PrintDocument document = books.documents(id).constFirst();
    const QVariantMap voucher = voucherData(document);
    CHECK(voucher.value(QStringLiteral("title")).toString() == QStringLiteral("Journal Voucher"));
    CHECK(voucher.value(QStringLiteral("number_text")).toString() == QStringLiteral("No. 记-0001"));
    CHECK(voucher.value(QStringLiteral("date")).toString() == QStringLiteral("27 November 2026"));
    CHECK(voucher.value(QStringLiteral("labels")).toMap().value(QStringLiteral("debit")).toString() == QStringLiteral("Debit"));
    CHECK(voucher.value(QStringLiteral("total_words")).toString()
          == QStringLiteral("Twelve thousand three hundred forty-five and 67/100 yuan"));
    CHECK(signatureOf(document, QStringLiteral("Prepared by:")) == QStringLiteral("Lina Li"));
    CHECK(signatureOf(document, QStringLiteral("Reviewed by:")) == QStringLiteral("Fang Wang"));
    CHECK(signatureOf(document, QStringLiteral("Posted by:")) == QStringLiteral("Fang Wang"));
    CHECK(signatureOf(document, QStringLiteral("Approved by:")).isEmpty());
    CHECK(rowOf(document, 0, 1).value(QStringLiteral("account")).toString()
          == QStringLiteral("100201 Bank accounts / Checking account"));

    QTemporaryDir dir;
    const QString pdf = pdfPath(dir, QStringLiteral("english"));
    QString error;
    REQUIRE(books.service().exportPdf({document}, pdf, &error) == DocumentRenderer::Result::Success);
    const QString text = pdfText(pdf);
    if (!text.isEmpty()) {
        CHECK(text.contains(QStringLiteral("Northwind Trading Ltd.")));
        CHECK(text.contains(QStringLiteral("No. 记-0001")));
        CHECK(text.contains(QStringLiteral("12,345.67")));
        CHECK(text.contains(QStringLiteral("Prepared by:")));
    }
}

TEST_CASE("Voucher print: the pre-printed paper gets the values at their places, with the printer's offset",
          "[finance][voucherprint]")
{
    PrintBooks books;
    books.post(books.voucher(QDate(2026, 11, 2), "100201", "1001", 100));
    const qint64 id = books.longVoucher(8, QDate(2026, 11, 27));
    const QList<PrintDocument> documents = books.documents(id, VoucherPrint::positionedTemplate());
    const DocumentTemplate &form = documents.constFirst().documentTemplate;
    CHECK(form.kind() == DocumentTemplate::Kind::Positioned);
    CHECK_FALSE(form.wantsLetterhead());
    CHECK_FALSE(form.wantsFooter());
    CHECK(form.pageSetup().pageSize().size(QPageSize::Millimeter) == QSizeF(240, 140));
    // The body places the first line's debit at 152 mm across, 39.5 mm down,
    // right-aligned in a 32 mm box, with only the values: no grid.
    const QString body = form.render(documents.constFirst().data);
    CHECK(body.contains(QStringLiteral("<text x=\"152\" y=\"39.5\" width=\"32\" size=\"10\" align=\"right\">100.00</text>")));
    CHECK(body.contains(QStringLiteral("<text x=\"16\" y=\"39.5\" width=\"52\" size=\"9\">收到货款 第1笔</text>")));
    CHECK(body.contains(QStringLiteral("<text x=\"190\" y=\"118\" width=\"26\" size=\"9\">李娜</text>")));
    CHECK(body.count(QStringLiteral("<page>")) == 2);
    CHECK_FALSE(body.contains(QStringLiteral("<table")));

    // Two sheets; the date and the signatures on both. With a calibration
    // offset the values move by it: compare where ink lands on the pages.
    QTemporaryDir dir;
    auto render = [&](const QPointF &offset, const QString &name) {
        DocumentRenderer renderer(books.service().furniture());
        renderer.setCalibrationOffset(offset);
        const QString pdf = pdfPath(dir, name);
        REQUIRE(renderer.exportPdf(documents, pdf) == DocumentRenderer::Result::Success);
        return pdf;
    };
    const QString plain = render({}, QStringLiteral("positioned"));
    const QString moved = render({3, 2}, QStringLiteral("positioned_offset"));
    CHECK(pdfPages(plain) == 2);
    const QString text = pdfText(plain);
    if (!text.isEmpty()) {
        const QStringList sheets = text.split(QLatin1Char('\f'));
        REQUIRE(sheets.size() >= 2);
        CHECK(sheets.at(0).contains(QStringLiteral("0002")));
        CHECK(sheets.at(0).contains(QStringLiteral("1/2")));
        CHECK(sheets.at(1).contains(QStringLiteral("2/2")));
        CHECK(sheets.at(1).contains(QStringLiteral("人民币壹仟元整")));
        CHECK(sheets.at(1).contains(QStringLiteral("李娜")));
        CHECK_FALSE(text.contains(QStringLiteral("摘要")));   // the paper has the labels
    }
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty()) {
        // The first inked column from the left, in pixels at 100 dpi: 3 mm
        // to the right is about 12 pixels.
        auto firstInk = [&](const QString &pdf) {
            const QString prefix = dir.filePath(QFileInfo(pdf).baseName());
            QProcess::execute(QStringLiteral("pdftoppm"),
                              {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-f"),
                               QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdf, prefix});
            QImage image(prefix + QStringLiteral("-1.png"));
            REQUIRE_FALSE(image.isNull());
            for (int x = 0; x < image.width(); ++x)
                for (int y = 0; y < image.height(); ++y)
                    if (qGray(image.pixel(x, y)) < 128)
                        return x;
            return -1;
        };
        const int before = firstInk(plain);
        const int after = firstInk(moved);
        CHECK(before > 0);
        CHECK(after - before >= 10);
        CHECK(after - before <= 14);
    }
}

TEST_CASE("Voucher print: the entry screen prints the saved voucher with its template", "[finance][voucherprint][voucheredit]")
{
    PrintBooks books;
    QSettings().remove(QStringLiteral("finance/voucherPrintTemplate"));
    const qint64 id = books.post(books.voucher(QDate(2026, 11, 27), "100201", "1001", 880000));
    VoucherEdit edit(*books.accountant);
    QString error;
    CHECK(edit.printDocuments(&error).isEmpty());   // a new voucher: nothing saved to print
    CHECK_FALSE(error.isEmpty());
    REQUIRE(edit.openRecord(id));
    for (const char *name : {"preview", "print", "pdf"}) {
        QAction *action = edit.action(QString::fromLatin1(name));
        REQUIRE(action);
        CHECK(action->isEnabled());
    }
    CHECK(edit.action(QStringLiteral("print"))->shortcut() == QKeySequence(QKeySequence::Print));
    CHECK(edit.action(QStringLiteral("preview"))->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    auto *button = edit.findChild<QToolButton *>(QStringLiteral("voucherPrint"));
    REQUIRE(button);
    CHECK(button->defaultAction() == edit.action(QStringLiteral("preview")));

    CHECK(edit.printTemplate() == VoucherPrint::plainTemplate());
    QList<PrintDocument> documents = edit.printDocuments(&error);
    REQUIRE(documents.size() == 1);
    CHECK(voucherData(documents.constFirst()).value(QStringLiteral("total_words")).toString()
          == QStringLiteral("人民币捌仟捌佰元整"));
    edit.setPrintTemplate(VoucherPrint::positionedTemplate());
    documents = edit.printDocuments(&error);
    REQUIRE(documents.size() == 1);
    CHECK(documents.constFirst().documentTemplate.kind() == DocumentTemplate::Kind::Positioned);
    // Remembered for the next voucher screen.
    VoucherEdit next(*books.accountant);
    CHECK(next.printTemplate() == VoucherPrint::positionedTemplate());
    edit.setPrintTemplate(QString());
    CHECK(edit.printTemplate() == VoucherPrint::plainTemplate());

    if (qEnvironmentVariable("BACKROOM_SHOTS") == QLatin1String("1")) {
        edit.resize(1060, 700);
        edit.show();
        REQUIRE(QTest::qWaitForWindowExposed(&edit));
        edit.grab().save(QStringLiteral("/tmp/voucheredit_print.png"));
        // The Print menu and its templates, as the clerk opens them.
        button->menu()->popup(button->mapToGlobal(QPoint(0, button->height())));
        QTest::qWait(50);
        button->menu()->grab().save(QStringLiteral("/tmp/voucheredit_printmenu.png"));
        button->menu()->hide();
        auto *templates = edit.findChild<QMenu *>(QStringLiteral("voucherPrintTemplates"));
        REQUIRE(templates);
        emit templates->aboutToShow();
        templates->popup(QPoint(0, 0));
        QTest::qWait(50);
        templates->grab().save(QStringLiteral("/tmp/voucheredit_printtemplates.png"));
        templates->hide();
    }
    // The Template menu offers the plain and the pre-printed paper's forms.
    auto *templates = edit.findChild<QMenu *>(QStringLiteral("voucherPrintTemplates"));
    REQUIRE(templates);
    emit templates->aboutToShow();
    REQUIRE(templates->actions().size() == 2);
    CHECK(templates->actions().at(0)->text().startsWith(QStringLiteral("Voucher (plain paper)")));
    CHECK(templates->actions().at(0)->isChecked());
    CHECK(templates->actions().at(1)->text().startsWith(QStringLiteral("Voucher on pre-printed voucher paper")));
    templates->actions().at(1)->trigger();
    CHECK(edit.printTemplate() == VoucherPrint::positionedTemplate());
    edit.setPrintTemplate(QString());
}
