// The report on screen: parameters, the run on its worker thread, groups
// in the tree, sorting within groups, drill-down into the shell, and what
// the view looks like in English and Chinese.
#include "testsupport.h"
#include "companyfile.h"
#include "companysession.h"
#include "localization.h"
#include "mainwindow.h"
#include "records.h"
#include "reportresult.h"
#include "reportspage.h"
#include "reporttreemodel.h"
#include "reportview.h"
#include "suite.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QHeaderView>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Backroom;
using Backroom::Internal::MainWindow;

namespace {

struct Demo
{
    QTemporaryDir dir;
    Suite suite{QStringList{}};
    std::unique_ptr<CompanyFile> company;
    std::unique_ptr<Records> records;

    explicit Demo(const QString &language)
    {
        Localization::apply(language);
        CompanyFile::NewCompany demo;
        demo.name = Suite::demoCompanyName(language);
        demo.language = language;
        demo.demo = true;
        CompanyFile::Status status;
        const QString path = BackroomTests::companyLocation(dir.filePath(QStringLiteral("demo.backroom")));
        REQUIRE(suite.createCompany(path, demo, &status));
        company = suite.openCompany(path, &status);
        REQUIRE(company);
        records = std::make_unique<Records>(company->database(), suite.registries().entities, QStringLiteral("tester"));
    }
    ~Demo() { Localization::apply(QStringLiteral("en")); }
    const ReportDefinition &byKind() const { return *suite.registries().reports.find(QStringLiteral("core.partners_by_kind")); }
};

void runAndWait(ReportView &view)
{
    QSignalSpy ended(&view, &ReportView::runEnded);
    view.run();
    CHECK(view.cancelButton()->isVisibleTo(&view));
    CHECK_FALSE(view.runButton()->isEnabled());
    REQUIRE(ended.wait(20000));
    CHECK_FALSE(view.cancelButton()->isVisibleTo(&view));
    CHECK(view.runButton()->isEnabled());
}

} // namespace

TEST_CASE("The report view runs, groups, sorts within groups and drills down", "[reportview][backends]")
{
    Demo demo(QStringLiteral("en"));
    ReportView view(*demo.records, demo.byKind());
    view.resize(900, 600);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    CHECK(view.findChild<QComboBox *>(QStringLiteral("parameter-kind")));
    runAndWait(view);
    const auto result = view.result();
    REQUIRE(result);
    ReportTreeModel *model = view.model();
    // Three kinds and the grand total at the top; groups bold and expanded.
    REQUIRE(model->rowCount() == 4);
    CHECK(model->kind(model->index(3, 0)) == ReportTreeModel::NodeKind::GrandTotal);
    CHECK(model->data(model->index(3, 0)).toString() == QStringLiteral("Grand total"));
    const QModelIndex customers = model->index(1, 0);
    CHECK(model->data(customers).toString() == QStringLiteral("Customer (3)"));
    CHECK(model->data(customers, Qt::FontRole).value<QFont>().bold());
    CHECK(view.treeView()->isExpanded(customers));
    CHECK(model->rowCount(customers) == 3);
    const int limit = int(model->shownColumns().indexOf(result->columns().size() - 1));
    CHECK(model->data(model->index(1, limit)).toString() == QStringLiteral("1,320,000.00"));
    CHECK(model->data(model->index(3, limit)).toString() == QStringLiteral("1,420,000.00"));
    CHECK(view.tabs()->isTabVisible(1)); // the chart

    // Sorting by credit limit, descending: within each group only.
    view.treeView()->header()->setSortIndicator(limit, Qt::DescendingOrder);
    QStringList limits;
    for (int row = 0; row < model->rowCount(customers); ++row)
        limits.append(model->data(model->index(row, limit, customers)).toString());
    CHECK(limits == QStringList{QStringLiteral("800,000.00"), QStringLiteral("500,000.00"), QStringLiteral("20,000.00")});
    CHECK(model->data(model->index(3, limit)).toString() == QStringLiteral("1,420,000.00"));

    // A double click on a row asks for the partner behind it.
    QSignalSpy drill(&view, &ReportView::drillDownRequested);
    const QModelIndex first = model->index(0, 0, customers);
    emit view.treeView()->doubleClicked(first);
    REQUIRE(drill.size() == 1);
    CHECK(drill.first().at(0).toString() == QStringLiteral("core.partner"));
    const qint64 id = drill.first().at(1).toLongLong();
    CHECK(demo.records->read(QStringLiteral("core.partner"), id)->value(QStringLiteral("code")) == QStringLiteral("C002"));

    // Exports from the view: a CSV and a PDF, nothing left for a missing folder.
    QTemporaryDir out;
    QString error;
    CHECK(view.exportTo(out.filePath(QStringLiteral("r.csv")), ReportView::Format::Csv, &error));
    CHECK(view.exportTo(out.filePath(QStringLiteral("r.pdf")), ReportView::Format::Pdf, &error));
    CHECK_FALSE(view.exportTo(out.filePath(QStringLiteral("none/r.pdf")), ReportView::Format::Pdf, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(QDir(out.path()).entryList(QDir::Files).size() == 2);
}

TEST_CASE("The report view looks right in English and Chinese", "[reportview][backends]")
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        Demo demo(language);
        ReportsPage page(*demo.records, demo.suite.registries(), QStringLiteral("core"));
        page.resize(1100, 650);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        ReportView *view = page.currentView();
        REQUIRE(view);
        runAndWait(*view);
        QApplication::processEvents();
        const QImage shot = page.grab().toImage();
        CHECK(shot.width() > 0);
        const QString file = QDir(QStringLiteral(BACKROOM_BUILD_BIN_DIR "/..")).absoluteFilePath(
            QStringLiteral("tests/reportview-%1.png").arg(language));
        CHECK(shot.save(file));
        view->tabs()->setCurrentIndex(1);
        QApplication::processEvents();
        page.grab().save(QDir(QStringLiteral(BACKROOM_BUILD_BIN_DIR "/..")).absoluteFilePath(
            QStringLiteral("tests/reportchart-%1.png").arg(language)));
    }
}

TEST_CASE("A report row opens its record in the shell", "[reportview][backends]")
{
    Localization::apply(QStringLiteral("en"));
    Suite suite{QStringList{}};
    QTemporaryDir dir;
    const QString path = BackroomTests::companyLocation(dir.filePath(QStringLiteral("demo.backroom")));
    CompanyFile::NewCompany company;
    company.name = QStringLiteral("Demo");
    company.demo = true;
    CompanyFile::Status status;
    REQUIRE(suite.createCompany(path, company, &status));
    MainWindow window(suite);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QString error;
    REQUIRE(window.openCompany(path, &error, true));
    REQUIRE(window.showPage(QStringLiteral("core/reports")));
    auto *page = window.findChild<ReportsPage *>();
    REQUIRE(page);
    ReportView *view = page->currentView();
    REQUIRE(view);
    runAndWait(*view);
    const QModelIndex group = view->model()->index(0, 0);
    emit view->treeView()->doubleClicked(view->model()->index(0, 0, group));
    CHECK(window.currentPageId() == QStringLiteral("core/core.partner"));
}
