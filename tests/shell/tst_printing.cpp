// Printing as a clerk and a script do it: backroom-cli print on a demo
// company, and the list's and form's print actions with the real dialogs.
#include "auditlog.h"
#include "calibrationdialog.h"
#include "companyfile.h"
#include "documentprinter.h"
#include "documentservice.h"
#include "entitypage.h"
#include "localization.h"
#include "recordformview.h"
#include "recordlistview.h"
#include "records.h"
#include "suite.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

using namespace Backroom;
using BackroomTests::runCli;

namespace {

QString demoCompany(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("demo.backroom"));
    const auto init = runCli({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("init"), path,
                              QStringLiteral("--demo")});
    INFO(init.err.toStdString());
    REQUIRE(init.code == 0);
    return path;
}

// Runs `act` on the next modal dialog of type T once it is shown.
template<typename T>
void whenShown(std::function<void(T *)> act)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
        }
    });
    timer->start();
}

} // namespace

TEST_CASE("backroom-cli print writes a record to PDF by id or by its number", "[cli][print]")
{
    QTemporaryDir dir;
    const QString company = demoCompany(dir);
    const QString pdf = dir.filePath(QStringLiteral("partner.pdf"));

    const auto byCode = runCli({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("print"), company,
                                QStringLiteral("core.partner"), QStringLiteral("C002"), QStringLiteral("--pdf"), pdf});
    INFO(byCode.err.toStdString());
    REQUIRE(byCode.code == 0);
    CHECK(byCode.out.contains(QStringLiteral("partner.pdf")));
    CHECK(BackroomTests::pdfPageCount(pdf) == 1);
    CHECK(BackroomTests::pdfFontsEmbedded(pdf));
    const QString text = BackroomTests::pdfText(pdf);
    CHECK(text.contains(QStringLiteral("示范商贸有限公司")));   // letterhead from the company profile
    CHECK(text.contains(QStringLiteral("往来单位")));
    CHECK(text.contains(QStringLiteral("北京京东世纪贸易有限公司")));
    CHECK(text.contains(QStringLiteral("捌拾万元整")));          // credit limit 800,000.00 in words
    CHECK(BackroomTests::pdfRawText(pdf).contains(QStringLiteral("第1页共1页")));
    // The bank account is masked down to its last four digits.
    CHECK(text.contains(QStringLiteral("9935")));
    CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("\\d{6,}9935"))));

    const QString byIdPdf = dir.filePath(QStringLiteral("by-id.pdf"));
    const auto byId = runCli({QStringLiteral("print"), company, QStringLiteral("core.partner"), QStringLiteral("2"),
                              QStringLiteral("--pdf"), byIdPdf});
    REQUIRE(byId.code == 0);
    CHECK(BackroomTests::pdfText(byIdPdf).contains(QStringLiteral("北京京东世纪贸易有限公司")));

    SECTION("bad input: a clear message, exit code, no file")
    {
        const QString none = dir.filePath(QStringLiteral("none.pdf"));
        const auto missing = runCli({QStringLiteral("print"), company, QStringLiteral("core.partner"),
                                     QStringLiteral("NOPE"), QStringLiteral("--pdf"), none});
        CHECK(missing.code == 1);
        CHECK(missing.err.contains(QStringLiteral("NOPE")));
        const auto noPdf = runCli({QStringLiteral("print"), company, QStringLiteral("core.partner"), QStringLiteral("1")});
        CHECK(noPdf.code == 2);
        const auto badTemplate = runCli({QStringLiteral("print"), company, QStringLiteral("core.partner"), QStringLiteral("1"),
                                         QStringLiteral("--pdf"), none, QStringLiteral("--template"),
                                         QStringLiteral("core.partner.nothing")});
        CHECK(badTemplate.code == 1);
        CHECK(badTemplate.err.contains(QStringLiteral("core.partner.nothing")));
        const auto badFolder = runCli({QStringLiteral("print"), company, QStringLiteral("core.partner"), QStringLiteral("1"),
                                       QStringLiteral("--pdf"), dir.filePath(QStringLiteral("no/such/folder.pdf"))});
        CHECK(badFolder.code == 1);
        CHECK(badFolder.err.contains(QStringLiteral("folder.pdf")));
        CHECK_FALSE(QFileInfo::exists(none));
        const auto templateElsewhere = runCli({QStringLiteral("export"), company, QStringLiteral("core.partner"),
                                               QStringLiteral("-o"), none, QStringLiteral("--template"), QStringLiteral("x")});
        CHECK(templateElsewhere.code == 2);
    }
    SECTION("a PDF that cannot be written: a clear message, no file, and no print in the audit log")
    {
        // A print is recorded in the audit log in the same step as the file
        // is written; a file that cannot be written leaves no entry behind.
        // (A full disk cannot be staged with ulimit here any more: the audit
        // entry needs the company's write-ahead log to grow by more than the
        // PDF does.)
        const auto printsLogged = [&] {
            CompanyFile::Status status;
            auto opened = CompanyFile::openReadOnly(company, &status);
            REQUIRE(opened);
            REQUIRE(AuditLog(opened->database()).verify().ok);
            AuditLog::Filter prints;
            prints.action = QStringLiteral("print");
            return AuditLog(opened->database()).query(prints).size();
        };
        const auto before = printsLogged();
        CHECK(before >= 1); // the prints above
        const QString nowhere = dir.filePath(QStringLiteral("no-such-folder/out.pdf"));
        const auto print = runCli({QStringLiteral("print"), company, QStringLiteral("core.partner"), QStringLiteral("1"),
                                   QStringLiteral("--pdf"), nowhere});
        CHECK(print.code == 1);
        CHECK(print.err.contains(QStringLiteral("out.pdf")));
        const auto report = runCli({QStringLiteral("report"), company, QStringLiteral("core.partners_by_kind"),
                                    QStringLiteral("--pdf"), nowhere});
        CHECK(report.code == 1);
        CHECK_FALSE(QFileInfo::exists(nowhere));
        CHECK(printsLogged() == before);
    }
    SECTION("templates lists what is in use")
    {
        const auto list = runCli({QStringLiteral("templates"), company, QStringLiteral("core.partner")});
        REQUIRE(list.code == 0);
        CHECK(list.out == QStringLiteral("core.partner\tDefault layout\tok\n"));
    }
}

TEST_CASE("The list prints the selected records in one job; the form prints its record", "[print]")
{
    QTemporaryDir dir;
    const QString path = demoCompany(dir);
    Suite suite{QStringList{}};
    CompanyFile::Status status;
    auto company = suite.openCompany(path, &status);
    INFO(status.message.toStdString());
    REQUIRE(company);
    Records records(company->database(), suite.registries().entities, QStringLiteral("lihua"));
    EntityPage page(records, QStringLiteral("core.partner"));
    page.resize(1200, 700);
    page.show();
    REQUIRE(page.printPreviewAction());
    // Ctrl+P is the shell's File → Print…, which finds the page's action by name.
    CHECK(page.printAction()->shortcut().isEmpty());
    CHECK(page.findChild<QAction *>(QStringLiteral("backroom-print")) == page.printAction());
    CHECK(page.printPreviewAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));

    SECTION("preview of three selected partners")
    {
        page.listView()->selectIds({1, 2, 3});
        int pages = 0;
        QString title;
        whenShown<QPrintPreviewDialog>([&](QPrintPreviewDialog *dialog) {
            title = dialog->windowTitle();
            if (auto *preview = dialog->findChild<QPrintPreviewWidget *>())
                pages = preview->pageCount();
            if (!qEnvironmentVariableIsEmpty("BACKROOM_SHOTS"))
                dialog->grab().save(QStringLiteral("/tmp/print-preview.png"));
            dialog->reject();
        });
        page.printPreviewAction()->trigger();
        CHECK(pages == 3);
        CHECK(title.contains(QStringLiteral("3")));
    }
    SECTION("save the open record as PDF")
    {
        page.openRecord(2);
        REQUIRE(page.isEditing());
        // The dialog opens in the folder used last, named after the record;
        // the clerk just confirms.
        QSettings().setValue(QStringLiteral("printing/pdfFolder"), dir.path());
        const QString pdf = dir.filePath(QStringLiteral("Partner 北京京东世纪贸易有限公司.pdf"));
        QString offered;
        whenShown<QFileDialog>([&](QFileDialog *dialog) {
            offered = dialog->selectedFiles().value(0);
            static_cast<QDialog *>(dialog)->accept();
        });
        page.pdfAction()->trigger();
        INFO(BackroomTests::folderEntries(dir.path()).join(QLatin1Char(' ')).toStdString());
        CHECK(offered == pdf);
        REQUIRE(QFileInfo::exists(pdf));
        CHECK(BackroomTests::pdfText(pdf).contains(QStringLiteral("北京京东世纪贸易有限公司")));
        CHECK(BackroomTests::pdfText(pdf).contains(QStringLiteral("Printed by lihua")));
        // The folder is remembered for the next PDF.
        CHECK(QSettings().value(QStringLiteral("printing/pdfFolder")).toString() == QFileInfo(pdf).absolutePath());
    }
}

TEST_CASE("Print settings are remembered per document type; a vanished printer is named", "[print]")
{
    QSettings().remove(QStringLiteral("printing"));
    QPrinter printer;
    printer.setCopyCount(3);
    printer.setColorMode(QPrinter::Color);
    DocumentPrinter::saveSettings(printer, QStringLiteral("finance.voucher"));

    QPrinter again;
    CHECK(DocumentPrinter::restoreSettings(again, QStringLiteral("finance.voucher")).isEmpty());
    CHECK(again.copyCount() == 3);
    // (Duplex sticks only on a real printer that has it; none here.)
    CHECK(again.colorMode() == QPrinter::Color);

    QPrinter other;
    DocumentPrinter::restoreSettings(other, QStringLiteral("hr.payslip"));
    CHECK(other.copyCount() == 1);

    QSettings().setValue(QStringLiteral("printing/documents/finance.voucher/printer"), QStringLiteral("Gone LaserJet"));
    QPrinter gone;
    const QString note = DocumentPrinter::restoreSettings(gone, QStringLiteral("finance.voucher"));
    CHECK(note.contains(QStringLiteral("Gone LaserJet")));
    CHECK(gone.printerName() != QStringLiteral("Gone LaserJet"));

    DocumentService::setCalibrationOffset(QStringLiteral("Office/Epson LQ-630K"), QPointF(1.5, -0.8));
    CHECK(DocumentService::calibrationOffset(QStringLiteral("Office/Epson LQ-630K")) == QPointF(1.5, -0.8));
    CHECK(DocumentService::calibrationOffset(QStringLiteral("Other")) == QPointF());
}

TEST_CASE("The calibration dialog keeps an offset per printer", "[print]")
{
    QSettings().remove(QStringLiteral("printing"));
    CalibrationDialog dialog;
    dialog.setPrinterName(QStringLiteral("Counter Epson LQ-630K"));
    CHECK(dialog.offset() == QPointF());
    dialog.setOffset(QPointF(2.5, -1));
    dialog.accept();
    CHECK(DocumentService::calibrationOffset(QStringLiteral("Counter Epson LQ-630K")) == QPointF(2.5, -1));

    CalibrationDialog again;
    again.setPrinterName(QStringLiteral("Counter Epson LQ-630K"));
    CHECK(again.offset() == QPointF(2.5, -1));
    again.setPrinterName(QStringLiteral("Another"));
    CHECK(again.offset() == QPointF());
    if (!qEnvironmentVariableIsEmpty("BACKROOM_SHOTS")) {
        again.show();
        again.grab().save(QStringLiteral("/tmp/calibration-dialog.png"));
    }
}
