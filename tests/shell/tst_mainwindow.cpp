// The shell with every real module: each page opens; shortcuts switch
// modules; failed modules are shown with their error; Chinese is complete.
#include "companyfile.h"
#include "emptystatewidget.h"
#include "localization.h"
#include "mainwindow.h"
#include "suite.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QSet>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Backroom;
using Backroom::Internal::MainWindow;

namespace {
QString createDemo(const QTemporaryDir &dir, Suite &suite)
{
    const QString path = dir.filePath(QStringLiteral("demo.backroom"));
    CompanyFile::NewCompany company;
    company.name = Suite::demoCompanyName(Localization::currentLanguage());
    company.language = Localization::currentLanguage();
    company.demo = true;
    CompanyFile::Status status;
    REQUIRE(suite.createCompany(path, company, &status));
    return path;
}
} // namespace

TEST_CASE("The shell opens every page of every module", "[shell]")
{
    Localization::apply(QStringLiteral("en"));
    Suite suite({QStringLiteral(BACKROOM_BUILD_MODULE_DIR)});
    suite.loadModules();
    REQUIRE(suite.modules().runningModules().size() == 10);
    REQUIRE_FALSE(suite.modules().hasFailures());

    QTemporaryDir dir;
    const QString path = createDemo(dir, suite);
    MainWindow window(suite);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.currentPageId() == QStringLiteral("welcome"));
    // Modules cannot be entered without a company.
    CHECK_FALSE(window.showPage(QStringLiteral("finance")));

    QString error;
    REQUIRE(window.openCompany(path, &error, true));
    CHECK(window.currentPageId() == QStringLiteral("home"));
    CHECK(window.windowTitle().startsWith(QStringLiteral("Demo Trading Co., Ltd.")));

    const QStringList pages = window.pageIds();
    // Home; Basic Data and its six pages (reports too); each module and its
    // overview page, finance with its vouchers, customer invoices, receipts,
    // supplier bills, payments, voucher templates, chart of accounts,
    // currencies, exchange rates, opening balances, bank reconciliation,
    // period close, budgets and reports too; System Administration and its
    // users, roles, audit log and who is working.
    CHECK(pages.size() == 1 + (1 + 6) + 2 * 9 + (1 + 15) + (1 + 4));
    for (const char *page : {"finance/finance.sales_invoice", "finance/finance.receipt", "finance/finance.purchase_bill",
                             "finance/finance.payment"})
        CHECK(pages.contains(QString::fromLatin1(page)));
    CHECK(pages.contains(QStringLiteral("finance/finance.voucher")));
    CHECK(pages.contains(QStringLiteral("finance/finance.account")));
    CHECK(pages.contains(QStringLiteral("finance/finance.currency")));
    CHECK(pages.contains(QStringLiteral("finance/finance.exchange_rate")));
    CHECK(pages.contains(QStringLiteral("finance/finance.voucher_template")));
    CHECK(pages.contains(QStringLiteral("finance/reports")));
    CHECK(pages.contains(QStringLiteral("finance/opening")));
    CHECK(pages.contains(QStringLiteral("finance/periods")));
    CHECK(pages.contains(QStringLiteral("finance/bank")));
    CHECK(pages.contains(QStringLiteral("finance/budgets")));
    CHECK(pages.contains(QStringLiteral("administration/users")));
    CHECK(pages.contains(QStringLiteral("administration/audit")));
    CHECK(pages.contains(QStringLiteral("core/reports")));
    CHECK(pages.contains(QStringLiteral("core/core.partner")));
    CHECK(pages.contains(QStringLiteral("core/core.company")));
    for (const QString &page : pages) {
        INFO(page.toStdString());
        REQUIRE(window.showPage(page));
        QTest::qWait(1);
        const QString current = window.currentPageId();
        CHECK((current == page || current.startsWith(page + QLatin1Char('/'))));
        auto *stack = window.findChild<QStackedWidget *>();
        REQUIRE(stack);
        QWidget *shown = stack->currentWidget();
        REQUIRE(shown);
        CHECK(shown->isVisible());
        CHECK_FALSE(shown->grab().isNull());
        // A department page names the department and the company.
        if (page.endsWith(QStringLiteral("/overview"))) {
            auto *empty = shown->findChild<EmptyStateWidget *>();
            REQUIRE(empty);
            CHECK_FALSE(empty->title().isEmpty());
            CHECK(empty->text().contains(QStringLiteral("Demo Trading Co., Ltd.")));
        }
    }
    CHECK_FALSE(window.showPage(QStringLiteral("nonexistent")));
    CHECK_FALSE(window.showPage(QStringLiteral("finance/nonexistent")));
}

TEST_CASE("Ctrl+1 … switch departments, Ctrl+B opens Basic Data, Alt+Home returns to My Work", "[shell]")
{
    Localization::apply(QStringLiteral("en"));
    Suite suite({QStringLiteral(BACKROOM_BUILD_MODULE_DIR)});
    suite.loadModules();
    QTemporaryDir dir;
    const QString path = createDemo(dir, suite);
    MainWindow window(suite);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openCompany(path, nullptr, true));
    QApplication::setActiveWindow(&window);

    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    CHECK(window.currentPageId() == QStringLiteral("finance/overview"));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    CHECK(window.currentPageId() == QStringLiteral("hr/overview"));
    QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
    CHECK(window.currentPageId() == QStringLiteral("operations/overview"));
    QTest::keyClick(&window, Qt::Key_B, Qt::ControlModifier);
    CHECK(window.currentPageId() == QStringLiteral("core/core.partner"));
    QTest::keyClick(&window, Qt::Key_Home, Qt::AltModifier);
    CHECK(window.currentPageId() == QStringLiteral("home"));

    window.closeCompany();
    CHECK(window.currentPageId() == QStringLiteral("welcome"));
}

TEST_CASE("Failed modules are shown with their error; the others work", "[shell]")
{
    Localization::apply(QStringLiteral("en"));
    Suite suite({QStringLiteral(BACKROOM_BUILD_MODULE_DIR), QStringLiteral(BACKROOM_FIXTURE_MODULE_DIR)});
    suite.loadModules();
    REQUIRE(suite.modules().hasFailures());
    QTemporaryDir dir;
    const QString path = createDemo(dir, suite);
    MainWindow window(suite);
    window.show();
    REQUIRE(window.openCompany(path, nullptr, true));

    REQUIRE(window.showPage(QStringLiteral("failinit")));
    auto *stack = window.findChild<QStackedWidget *>();
    auto *empty = stack->currentWidget()->findChild<EmptyStateWidget *>();
    REQUIRE(empty);
    CHECK(empty->text().contains(QStringLiteral("the fixture refuses to start")));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("Module Status")));

    // The good fixture and the real departments still open.
    CHECK(window.showPage(QStringLiteral("good/main")));
    CHECK(window.currentPageId() == QStringLiteral("good/main"));
    CHECK(window.showPage(QStringLiteral("finance/overview")));
}

TEST_CASE("In Chinese, the shell's menus and pages are translated", "[shell][i18n]")
{
    REQUIRE(Localization::apply(QStringLiteral("zh_CN")));
    Suite suite({QStringLiteral(BACKROOM_BUILD_MODULE_DIR)});
    suite.loadModules();
    QTemporaryDir dir;
    const QString path = createDemo(dir, suite);
    MainWindow window(suite);
    window.show();
    REQUIRE(window.openCompany(path, nullptr, true));

    QStringList menuTitles;
    for (QAction *action : window.menuBar()->actions())
        menuTitles.append(action->text());
    CHECK(menuTitles.constFirst().contains(QStringLiteral("文件")));
    for (const QString &title : std::as_const(menuTitles)) {
        INFO(title.toStdString());
        // Every top-level menu title carries Chinese characters.
        CHECK(std::any_of(title.cbegin(), title.cend(), [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; }));
    }
    auto *switcher = window.findChild<QListWidget *>(QStringLiteral("moduleSwitcher"));
    REQUIRE(switcher);
    CHECK(switcher->item(0)->text() == QStringLiteral("我的工作"));
    CHECK(switcher->item(1)->text() == QStringLiteral("基础资料"));
    CHECK(switcher->item(2)->text() == QStringLiteral("财务"));
    CHECK(window.windowTitle().contains(QStringLiteral("示范商贸有限公司")));
    Localization::apply(QStringLiteral("en"));
}

TEST_CASE("Every department module is complete in both languages", "[shell][modules]")
{
    Suite suite({QStringLiteral(BACKROOM_BUILD_MODULE_DIR)});
    suite.loadModules();
    QStringList orders;
    for (ModuleSpec *spec : suite.modules().modules()) {
        INFO(spec->id().toStdString());
        CHECK(spec->state() == ModuleSpec::State::Running);
        const QString name = spec->localizedValue(QStringLiteral("name"), QStringLiteral("en"));
        const QString chineseName = spec->localizedValue(QStringLiteral("name"), QStringLiteral("zh_CN"));
        CHECK_FALSE(name.isEmpty());
        CHECK(chineseName != name);
        CHECK(spec->localizedValue(QStringLiteral("description"), QStringLiteral("zh_CN"))
              != spec->localizedValue(QStringLiteral("description"), QStringLiteral("en")));
        CHECK(QFile::exists(spec->iconPath()));
        CHECK(suite.registries().pages.contains(spec->id() + QStringLiteral("/overview")));
        orders.append(QString::number(spec->order()));
    }
    // Each department has its own place in the department bar.
    CHECK(QSet<QString>(orders.cbegin(), orders.cend()).size() == orders.size());
}
