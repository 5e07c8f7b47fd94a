// Signing in to the desktop application: the first administrator of a
// company without users, the administrator chosen in New Company, the
// headless sign-in with --user, and the lock after idle time.
#include "changepassworddialog.h"
#include "companyfile.h"
#include "firstadministratordialog.h"
#include "idlewatcher.h"
#include "localization.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "newcompanydialog.h"
#include "passwordhasher.h"
#include "roles.h"
#include "suite.h"
#include "testsupport.h"
#include "useraccounts.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Backroom;
using namespace Backroom::Internal;

namespace {

struct FastHashes
{
    FastHashes() { PasswordHasher::setLimitsForTesting({1, 8 * 1024}); }
    ~FastHashes() { PasswordHasher::setLimitsForTesting({0, 0}); }
};

QString plainCompany(const QTemporaryDir &dir, Suite &suite, const QString &administrator = {})
{
    const QString path = dir.filePath(QStringLiteral("company.backroom"));
    CompanyFile::NewCompany company;
    company.name = QStringLiteral("示范商贸有限公司");
    company.administrator.login = administrator;
    company.administrator.password = QStringLiteral("Ledger-2026");
    CompanyFile::Status status;
    REQUIRE(suite.createCompany(path, company, &status));
    return path;
}

} // namespace

TEST_CASE("The first administrator of a company without users is set up in a dialog", "[signin]")
{
    FastHashes fast;
    Localization::apply(QStringLiteral("zh_CN"));
    Suite suite{QStringList{}};
    QTemporaryDir dir;
    CompanyFile::Status status;
    auto company = suite.openCompany(plainCompany(dir, suite), &status);
    REQUIRE(company);
    UserAccounts accounts(company->database());
    REQUIRE_FALSE(accounts.hasUsers());

    FirstAdministratorDialog dialog(accounts, company->companyName());
    dialog.show();
    CHECK(dialog.loginEdit()->text() == QStringLiteral("admin"));
    dialog.passwordEdit()->setText(QStringLiteral("Ledger-2026"));
    dialog.repeatEdit()->setText(QStringLiteral("Ledger-2027"));
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(dialog.message() == QStringLiteral("两次输入的密码不一致。"));
    CHECK_FALSE(accounts.hasUsers());
    dialog.passwordEdit()->setText(QStringLiteral("short"));
    dialog.repeatEdit()->setText(QStringLiteral("short"));
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK_FALSE(accounts.hasUsers());
    if (!qEnvironmentVariableIsEmpty("BACKROOM_SHOTS"))
        dialog.grab().save(QStringLiteral("/tmp/first-administrator.png"));
    dialog.passwordEdit()->setText(QStringLiteral("Ledger-2026"));
    dialog.repeatEdit()->setText(QStringLiteral("Ledger-2026"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    const auto admin = accounts.user(QStringLiteral("admin"));
    REQUIRE(admin);
    CHECK(admin->roles == QStringList{QStringLiteral("administrator")});
    CHECK(AccessControl::forUser(company->database(), dialog.userId(), dialog.login())
              .allows(QStringLiteral("administer"), QStringLiteral("security")));
    Localization::apply(QStringLiteral("en"));
}

TEST_CASE("New Company asks the modules' questions with the language's defaults", "[signin]")
{
    Localization::apply(QStringLiteral("en"));
    CompanyChoiceContribution chart;
    chart.id = QStringLiteral("finance.chart");
    chart.label = [] { return QStringLiteral("Chart of accounts"); };
    chart.options = {{QStringLiteral("cn"), [] { return QStringLiteral("Chinese chart"); }},
                     {QStringLiteral("generic"), [] { return QStringLiteral("Generic chart"); }}};
    chart.defaultFor = [](const QString &language) {
        return language.startsWith(QLatin1String("zh")) ? QStringLiteral("cn") : QStringLiteral("generic");
    };
    QTemporaryDir dir;
    NewCompanyDialog dialog(dir.path(), {chart});
    QComboBox *box = dialog.choiceBox(QStringLiteral("finance.chart"));
    REQUIRE(box);
    CHECK(box->count() == 2);
    CHECK(dialog.choices() == QMap<QString, QString>{{QStringLiteral("finance.chart"), QStringLiteral("generic")}});
    bool labelled = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        labelled = labelled || label->text() == QStringLiteral("Chart of accounts:");
    CHECK(labelled);

    // Changing the language moves an untouched answer to that language's default…
    auto *language = dialog.findChildren<QComboBox *>().constFirst();
    REQUIRE(language != box);
    language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
    CHECK(dialog.choices().value(QStringLiteral("finance.chart")) == QStringLiteral("cn"));
    // …but not one the clerk picked.
    box->setCurrentIndex(box->findData(QStringLiteral("generic")));
    emit box->activated(box->currentIndex());
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
    CHECK(dialog.choices().value(QStringLiteral("finance.chart")) == QStringLiteral("generic"));
    if (!qEnvironmentVariableIsEmpty("BACKROOM_SHOTS")) {
        dialog.show();
        dialog.grab().save(QStringLiteral("/tmp/new-company-choice.png"));
    }
}

TEST_CASE("New Company asks for the administrator and accepts only a usable password", "[signin]")
{
    Localization::apply(QStringLiteral("en"));
    QTemporaryDir dir;
    NewCompanyDialog dialog(dir.path());
    dialog.show();
    QPushButton *create = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    dialog.nameEdit()->setText(QStringLiteral("North Wind Trading"));
    CHECK_FALSE(create->isEnabled()); // no password yet
    dialog.passwordEdit()->setText(QStringLiteral("Ledger-2026"));
    dialog.repeatEdit()->setText(QStringLiteral("Ledger-202"));
    CHECK_FALSE(create->isEnabled());
    CHECK(dialog.problem() == QStringLiteral("The two passwords differ."));
    dialog.repeatEdit()->setText(QStringLiteral("Ledger-2026"));
    CHECK(create->isEnabled());
    CHECK(dialog.administratorLogin() == QStringLiteral("admin"));
    CHECK(dialog.administratorPassword() == QStringLiteral("Ledger-2026"));
    dialog.passwordEdit()->setText(QStringLiteral("admin"));
    dialog.repeatEdit()->setText(QStringLiteral("admin"));
    CHECK_FALSE(create->isEnabled());
    if (!qEnvironmentVariableIsEmpty("BACKROOM_SHOTS"))
        dialog.grab().save(QStringLiteral("/tmp/new-company.png"));

    // On a Server…: the company goes to the address chosen there, with the
    // password typed there; typing a path again leaves the server.
    dialog.passwordEdit()->setText(QStringLiteral("Ledger-2026"));
    dialog.repeatEdit()->setText(QStringLiteral("Ledger-2026"));
    const QString server = QStringLiteral("postgresql://wang@db.office.lan/books?schema=north_wind");
    dialog.setServer(server, QStringLiteral("Server-pass-1"));
    CHECK(dialog.filePath() == server);
    CHECK(dialog.serverPassword() == QStringLiteral("Server-pass-1"));
    CHECK(create->isEnabled());
    bool labelSaysServer = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        labelSaysServer = labelSaysServer || label->text() == QStringLiteral("&Database:");
    CHECK(labelSaysServer);
    if (!qEnvironmentVariableIsEmpty("BACKROOM_SHOTS"))
        dialog.grab().save(QStringLiteral("/tmp/new-company-server.png"));
    const QString file = dir.filePath(QStringLiteral("north.backroom"));
    QLineEdit *path = nullptr;
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>())
        if (edit->text() == server)
            path = edit;
    REQUIRE(path);
    path->selectAll();
    QTest::keyClicks(path, file);
    CHECK(dialog.filePath() == file);
    CHECK(dialog.serverPassword().isEmpty());
}

TEST_CASE("The window signs in with --user, refuses a wrong password and locks when idle", "[signin]")
{
    FastHashes fast;
    Localization::apply(QStringLiteral("en"));
    Suite suite{QStringList{}};
    QTemporaryDir dir;
    const QString path = plainCompany(dir, suite, QStringLiteral("wangfang"));

    MainWindow window(suite);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QString error;
    // Headless without a user: refused with a message, nothing opened.
    CHECK_FALSE(window.openCompany(path, &error, true));
    CHECK(error.contains(QStringLiteral("BACKROOM_PASSWORD")));
    CHECK_FALSE(window.company());
    window.setSignIn(QStringLiteral("wangfang"), QStringLiteral("wrong-password"));
    CHECK_FALSE(window.openCompany(path, &error, true));
    CHECK(error == QStringLiteral("The user name or the password is wrong."));
    CHECK_FALSE(window.company());
    window.setSignIn(QStringLiteral("wangfang"), QStringLiteral("Ledger-2026"));
    REQUIRE(window.openCompany(path, &error, true));
    REQUIRE(window.company());

    // Idle: the pages disappear behind the unlock dialog; the right
    // password brings them back.
    bool sawLocked = false;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = qobject_cast<LoginDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        sawLocked = window.isLocked() && !window.centralWidget()->isVisible();
        CHECK(dialog->loginEdit()->text() == QStringLiteral("wangfang"));
        CHECK(dialog->loginEdit()->isReadOnly());
        if (!qEnvironmentVariableIsEmpty("BACKROOM_SHOTS"))
            window.grab().save(QStringLiteral("/tmp/locked-window.png"));
        dialog->passwordEdit()->setText(QStringLiteral("Ledger-2026"));
        dialog->accept();
    });
    window.lockSession();
    CHECK(sawLocked);
    CHECK_FALSE(window.isLocked());
    CHECK(window.centralWidget()->isVisible());
    CHECK(window.company());

    // The watcher triggers it by itself after the idle time.
    bool locked = false;
    QObject::connect(window.idleWatcher(), &IdleWatcher::idle, &window, [&] { locked = true; },
                     Qt::DirectConnection);
    // Intercept the dialog the lock opens: cancel = Close Company.
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &window, [] {
        if (auto *dialog = qobject_cast<LoginDialog *>(QApplication::activeModalWidget()))
            dialog->reject();
    });
    poll.start(20);
    window.idleWatcher()->setTimeoutMsecsForTesting(50);
    QTRY_VERIFY_WITH_TIMEOUT(locked, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!window.company(), 5000);
    CHECK_FALSE(window.isLocked());
}

TEST_CASE("Change Password needs the current password and a usable new one", "[signin]")
{
    FastHashes fast;
    Localization::apply(QStringLiteral("en"));
    Suite suite{QStringList{}};
    QTemporaryDir dir;
    CompanyFile::Status status;
    auto company = suite.openCompany(plainCompany(dir, suite, QStringLiteral("wangfang")), &status);
    REQUIRE(company);
    UserAccounts accounts(company->database());
    ChangePasswordDialog dialog(accounts, QStringLiteral("wangfang"));
    dialog.show();
    dialog.currentEdit()->setText(QStringLiteral("not-my-password"));
    dialog.newEdit()->setText(QStringLiteral("Journal-2027"));
    dialog.repeatEdit()->setText(QStringLiteral("Journal-2027"));
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(dialog.message() == QStringLiteral("The current password is wrong."));
    dialog.currentEdit()->setText(QStringLiteral("Ledger-2026"));
    dialog.repeatEdit()->setText(QStringLiteral("Journal-2028"));
    dialog.accept();
    CHECK(dialog.message() == QStringLiteral("The two new passwords differ."));
    dialog.repeatEdit()->setText(QStringLiteral("Journal-2027"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(accounts.authenticate(QStringLiteral("wangfang"), QStringLiteral("Ledger-2026")).ok);
    CHECK(accounts.authenticate(QStringLiteral("wangfang"), QStringLiteral("Journal-2027")).ok);
}
