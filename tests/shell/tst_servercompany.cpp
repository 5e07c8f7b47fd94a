// File → Open Server Company: the form that names a company on a PostgreSQL
// server, and the window opening one with the password typed there.
#include "companyfile.h"
#include "companysession.h"
#include "recordlistmodel.h"
#include "records.h"
#include "roles.h"
#include "database.h"
#include "localization.h"
#include "mainwindow.h"
#include "passwordhasher.h"
#include "servercompanydialog.h"
#include "suite.h"
#include "whoisworkingpage.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace Backroom;
using namespace Backroom::Internal;

namespace {

QPushButton *openButton(ServerCompanyDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

void saveShot(QWidget &widget, const QString &name)
{
    if (!qEnvironmentVariableIsEmpty("BACKROOM_SHOTS"))
        widget.grab().save(QStringLiteral("/tmp/%1.png").arg(name));
}

// 服务器上的公司 at `location`, its administrator wangfang (王芳).
void createServerCompany(Suite &suite, const QString &location)
{
    CompanyFile::NewCompany company;
    company.name = QStringLiteral("服务器上的公司");
    company.administrator = {QStringLiteral("wangfang"), QStringLiteral("王芳"), QStringLiteral("Ledger-2026")};
    CompanyFile::Status status;
    INFO(status.message.toStdString());
    REQUIRE(suite.createCompany(location, company, &status));
}

} // namespace

TEST_CASE("Open Server Company: the form makes the address, never with the password", "[server][dialog]")
{
    Localization::apply(QStringLiteral("en"));
    ServerCompanyDialog dialog;
    dialog.show();
    CHECK_FALSE(openButton(dialog)->isEnabled());
    CHECK(dialog.problem() == QStringLiteral("Name the server (or a service)."));
    dialog.hostEdit()->setText(QStringLiteral("db.office.lan"));
    CHECK(dialog.problem() == QStringLiteral("Name the database (or a service)."));
    dialog.databaseEdit()->setText(QStringLiteral("books"));
    dialog.userEdit()->setText(QStringLiteral("wang"));
    dialog.passwordEdit()->setText(QStringLiteral("Secret-1"));
    CHECK(openButton(dialog)->isEnabled());
    CHECK(dialog.url() == QStringLiteral("postgresql://wang@db.office.lan/books"));
    dialog.schemaEdit()->setText(QStringLiteral("Shop 1"));
    CHECK_FALSE(openButton(dialog)->isEnabled());
    dialog.schemaEdit()->setText(QStringLiteral("shop_1"));
    dialog.tlsCombo()->setCurrentIndex(dialog.tlsCombo()->findData(QStringLiteral("require")));
    const QString url = dialog.url();
    CHECK(url == QStringLiteral("postgresql://wang@db.office.lan/books?sslmode=require&schema=shop_1"));
    CHECK_FALSE(url.contains(QStringLiteral("Secret")));
    CHECK(dialog.password() == QStringLiteral("Secret-1"));
    saveShot(dialog, QStringLiteral("server-dialog-en"));

    // A recent company fills the form back; only the password is asked.
    ServerCompanyDialog again;
    again.setUrl(QStringLiteral("postgresql://li@10.0.0.5:6543/ledger?sslmode=verify-full&schema=hq"));
    CHECK(again.hostEdit()->text() == QStringLiteral("10.0.0.5"));
    CHECK(again.databaseEdit()->text() == QStringLiteral("ledger"));
    CHECK(again.schemaEdit()->text() == QStringLiteral("hq"));
    CHECK(again.userEdit()->text() == QStringLiteral("li"));
    CHECK(again.tlsCombo()->currentData().toString() == QStringLiteral("verify-full"));
    CHECK(again.passwordEdit()->text().isEmpty());
    CHECK(again.url() == QStringLiteral("postgresql://li@10.0.0.5:6543/ledger?sslmode=verify-full&schema=hq"));

    Localization::apply(QStringLiteral("zh_CN"));
    ServerCompanyDialog chinese;
    chinese.show();
    CHECK(chinese.windowTitle() == QStringLiteral("打开服务器账套"));
    CHECK(chinese.problem() == QStringLiteral("请填写服务器（或服务名）。"));
    chinese.setUrl(url);
    saveShot(chinese, QStringLiteral("server-dialog-zh"));
    Localization::apply(QStringLiteral("en"));
}

TEST_CASE("The window opens a company on the server with the password typed for it", "[server][postgres]")
{
    Localization::apply(QStringLiteral("en"));
    PasswordHasher::setLimitsForTesting({1, 8 * 1024});
    auto restoreHasher = qScopeGuard([] { PasswordHasher::setLimitsForTesting({0, 0}); });
    const QString location = BackroomTests::freshServerCompany(QStringLiteral("gui"));
    Suite suite{QStringList{}};
    createServerCompany(suite, location);
    // The password the clerk typed, not the environment's.
    const QByteArray serverPassword = qgetenv("PGPASSWORD");
    qunsetenv("PGPASSWORD");
    auto restorePassword = qScopeGuard([&] { qputenv("PGPASSWORD", serverPassword); });

    MainWindow window(suite);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.setSignIn(QStringLiteral("wangfang"), QStringLiteral("Ledger-2026"));
    QString error;
    CHECK_FALSE(window.openCompany(location, &error, true, QStringLiteral("not-the-password")));
    CHECK(error.startsWith(QStringLiteral("Cannot connect to")));
    CHECK_FALSE(window.company());
    INFO(error.toStdString());
    REQUIRE(window.openCompany(location, &error, true, QString::fromLocal8Bit(serverPassword)));
    REQUIRE(window.company());
    CHECK(window.company()->isOnServer());
    CHECK(window.company()->companyName() == QStringLiteral("服务器上的公司"));
    CHECK(window.company()->path() == location);
    // Reports and counts on worker threads reach the server with it too.
    CHECK(window.company()->database().connectionInfo().password == QString::fromLocal8Bit(serverPassword));
    REQUIRE(window.showPage(QStringLiteral("core/core.partner")));
    saveShot(window, QStringLiteral("server-window"));
}

TEST_CASE("A change another clerk commits on the server refreshes this clerk's list", "[server][postgres]")
{
    PasswordHasher::setLimitsForTesting({1, 8 * 1024});
    auto restoreHasher = qScopeGuard([] { PasswordHasher::setLimitsForTesting({0, 0}); });
    const QString location = BackroomTests::freshServerCompany(QStringLiteral("notify"));
    Suite suite{QStringList{}};
    CompanyFile::NewCompany company;
    company.name = QStringLiteral("Shared");
    CompanyFile::Status status;
    auto mine = suite.createCompany(location, company, &status);
    INFO(status.message.toStdString());
    REQUIRE(mine);
    auto theirs = suite.openCompany(location, &status);
    REQUIRE(theirs);
    CompanySession mySession(*mine, suite.registries(), AccessControl::unrestricted(QStringLiteral("wang")));
    CompanySession theirSession(*theirs, suite.registries(), AccessControl::unrestricted(QStringLiteral("li")));

    RecordListModel list(mySession.records(), QStringLiteral("core.partner"));
    CHECK(list.rowCount() == 0);
    QSignalSpy changed(&mySession.records(), &Records::changed);
    QSignalSpy refreshed(&list, &RecordListModel::refreshed);
    // Li's change, on Li's connection: Wang hears of it once it commits.
    const auto created = theirSession.records().create(QStringLiteral("core.partner"),
                                                       {{QStringLiteral("name"), QStringLiteral("华联超市")},
                                                        {QStringLiteral("kind"), QStringLiteral("customer")}});
    REQUIRE(created.ok());
    REQUIRE(changed.wait(5000));
    CHECK(changed.constFirst().at(0).toString() == QStringLiteral("core.partner"));
    REQUIRE(refreshed.wait(5000));
    CHECK(list.rowCount() == 1);
    // Wang's own change is announced once, by his own session, not again by the server.
    changed.clear();
    REQUIRE(mySession.records().create(QStringLiteral("core.partner"), {{QStringLiteral("name"), QStringLiteral("Acme")},
                                                                        {QStringLiteral("kind"), QStringLiteral("supplier")}})
                .ok());
    CHECK(changed.size() == 1);
    QTest::qWait(300);
    CHECK(changed.size() == 1);

    // One transaction of Li's that changes two entities is one notice that
    // names both, after its commit; one that rolls back announces nothing.
    changed.clear();
    Records &li = theirSession.records();
    const auto both = li.inTransaction(
        [&] {
            const auto tag = li.create(QStringLiteral("core.tag"), {{QStringLiteral("name"), QStringLiteral("重点")}});
            if (!tag.ok())
                return tag;
            return li.create(QStringLiteral("core.department"), {{QStringLiteral("name"), QStringLiteral("财务部")}});
        },
        QStringLiteral("%1"));
    REQUIRE(both.ok());
    QTest::qWait(300);
    QStringList heard;
    for (const auto &signal : std::as_const(changed))
        heard.append(signal.at(0).toString());
    heard.sort();
    CHECK(heard == QStringList{QStringLiteral("core.department"), QStringLiteral("core.tag")});
    changed.clear();
    const auto undone = li.inTransaction(
        [&] {
            const auto tag = li.create(QStringLiteral("core.tag"), {{QStringLiteral("name"), QStringLiteral("作废")}});
            if (!tag.ok())
                return tag;
            Records::Result changedMyMind;
            changedMyMind.code = Records::Result::Code::Invalid;
            changedMyMind.message = QStringLiteral("changed my mind");
            return changedMyMind;
        },
        QStringLiteral("%1"));
    CHECK_FALSE(undone.ok());
    // The next commit does not announce the rolled-back change with its own.
    REQUIRE(li.create(QStringLiteral("core.partner"), {{QStringLiteral("name"), QStringLiteral("新华书店")},
                                                       {QStringLiteral("kind"), QStringLiteral("customer")}})
                .ok());
    REQUIRE(changed.wait(5000));
    QTest::qWait(300);
    REQUIRE(changed.size() == 1);
    CHECK(changed.constFirst().at(0).toString() == QStringLiteral("core.partner"));
}

TEST_CASE("The administrator sees who is working in a server company from the window", "[server][postgres][who]")
{
    PasswordHasher::setLimitsForTesting({1, 8 * 1024});
    auto restoreHasher = qScopeGuard([] { PasswordHasher::setLimitsForTesting({0, 0}); });
    auto restoreLanguage = qScopeGuard([] { Localization::apply(QStringLiteral("en")); });
    Database::setDefaultPurpose(QStringLiteral("main"));
    const QString location = BackroomTests::freshServerCompany(QStringLiteral("whowin"));
    Suite suite{QStringList{}};
    createServerCompany(suite, location);
    // Two clerks at other desks: one idle with a report running, one in
    // the middle of unfinished work.
    QString error;
    const auto clerk = [&](const QString &name, const QString &purpose) {
        return BackroomTests::clerkConnection(location, name, purpose);
    };
    const std::unique_ptr<Database> cashier = clerk(QStringLiteral("qianli"), QStringLiteral("main"));
    const std::unique_ptr<Database> report = clerk(QStringLiteral("qianli"), QStringLiteral("report"));
    const std::unique_ptr<Database> accountant = clerk(QStringLiteral("lihua"), QStringLiteral("main"));
    REQUIRE(accountant->exec(QStringLiteral("BEGIN")));
    REQUIRE(accountant->scalar(QStringLiteral("SELECT count(*) FROM backroom_user")));

    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        INFO(language.toStdString());
        Localization::apply(language);
        MainWindow window(suite);
        window.resize(1100, 520);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.setSignIn(QStringLiteral("wangfang"), QStringLiteral("Ledger-2026"));
        REQUIRE(window.openCompany(location, &error, true));
        REQUIRE(window.showPage(QStringLiteral("administration/who")));
        auto *page = window.findChild<WhoIsWorkingPage *>();
        REQUIRE(page);
        auto *table = page->findChild<QTableWidget *>(QStringLiteral("connections"));
        REQUIRE(table);
        REQUIRE(table->rowCount() == 4);
        CHECK(table->item(0, WhoIsWorkingPage::ClerkColumn)->text() == QStringLiteral("lihua"));
        CHECK(table->item(1, WhoIsWorkingPage::ClerkColumn)->text() == QStringLiteral("qianli"));
        CHECK(table->item(2, WhoIsWorkingPage::ClerkColumn)->text() == QStringLiteral("qianli"));
        CHECK(table->item(3, WhoIsWorkingPage::ClerkColumn)->text().startsWith(QStringLiteral("wangfang")));
        CHECK(table->item(3, WhoIsWorkingPage::ClerkColumn)->font().bold());
        if (language == QLatin1String("en")) {
            CHECK(table->item(0, WhoIsWorkingPage::StateColumn)->text().startsWith(
                QStringLiteral("Idle in an open transaction (for ")));
            CHECK(table->item(2, WhoIsWorkingPage::KindColumn)->text() == QStringLiteral("Report"));
            CHECK(table->item(3, WhoIsWorkingPage::ClerkColumn)->text() == QStringLiteral("wangfang (this window)"));
        } else {
            CHECK(table->item(0, WhoIsWorkingPage::StateColumn)->text().startsWith(QString::fromUtf8("事务未结束")));
            CHECK(table->item(2, WhoIsWorkingPage::KindColumn)->text() == QString::fromUtf8("报表"));
        }
        saveShot(window, QStringLiteral("who-is-working-") + language);
    }
    REQUIRE(accountant->exec(QStringLiteral("ROLLBACK")));
}
