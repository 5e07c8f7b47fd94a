// The login dialog over real user accounts: wrong passwords, the lockout
// countdown, and replacing a temporary password.
#include "companyfile.h"
#include "logindialog.h"
#include "passwordhasher.h"
#include "roles.h"
#include "testsupport.h"
#include "useraccounts.h"

#include <catch2/catch.hpp>

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>

using namespace Backroom;

namespace {

struct Accounts
{
    QTemporaryDir dir;
    Registry<Entity> entities;
    std::unique_ptr<CompanyFile> file;
    std::unique_ptr<UserAccounts> accounts;

    Accounts()
    {
        PasswordHasher::setLimitsForTesting({1, 8 * 1024});
        file = BackroomTests::openCompanyWith(dir.filePath(QStringLiteral("login.backroom")), QStringLiteral("test"), {},
                                              &entities);
        QString error;
        REQUIRE(Roles(file->database()).ensureShipped(&error));
        accounts = std::make_unique<UserAccounts>(file->database());
        REQUIRE(accounts->createUser(QStringLiteral("wangfang"), QStringLiteral("王芳"), QStringLiteral("Ledger-2026"),
                                     {QStringLiteral("accountant")})
                    .ok);
    }
    ~Accounts() { PasswordHasher::setLimitsForTesting({0, 0}); }
};

QPushButton *okButton(LoginDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

TEST_CASE("Login dialog: a wrong password keeps it open, five lock the button", "[login][backends]")
{
    Accounts company;
    LoginDialog dialog(*company.accounts, QStringLiteral("示范商贸有限公司"));
    dialog.show();
    dialog.setLogin(QStringLiteral("wangfang"));
    for (int attempt = 1; attempt <= 5; ++attempt) {
        dialog.passwordEdit()->setText(QStringLiteral("guess"));
        dialog.accept();
        CHECK(dialog.isVisible());
        CHECK(dialog.passwordEdit()->text().isEmpty());
    }
    CHECK(dialog.message().contains(QStringLiteral("30 seconds")));
    CHECK_FALSE(okButton(dialog)->isEnabled());
    CHECK(okButton(dialog)->text() == QStringLiteral("Wait 30 s"));
    if (!qEnvironmentVariableIsEmpty("BACKROOM_SHOTS"))
        dialog.grab().save(QStringLiteral("/tmp/login-locked.png"));
    CHECK(dialog.userId() == 0);
}

TEST_CASE("Login dialog: the right password logs in; a temporary one must be replaced", "[login][backends]")
{
    Accounts company;
    {
        LoginDialog dialog(*company.accounts, QStringLiteral("Demo"));
        dialog.show();
        dialog.setLogin(QStringLiteral("wangfang"));
        dialog.passwordEdit()->setText(QStringLiteral("Ledger-2026"));
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.userId() == company.accounts->user(QStringLiteral("wangfang"))->id);
    }
    REQUIRE(company.accounts->resetPassword(QStringLiteral("wangfang"), QStringLiteral("Temporary-1")).ok);
    LoginDialog dialog(*company.accounts, QStringLiteral("Demo"));
    dialog.show();
    dialog.setLogin(QStringLiteral("wangfang"));
    dialog.passwordEdit()->setText(QStringLiteral("Temporary-1"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.message().contains(QStringLiteral("Choose your own")));
    auto edits = dialog.findChildren<QLineEdit *>();
    QLineEdit *newPassword = nullptr;
    QLineEdit *repeat = nullptr;
    for (QLineEdit *edit : edits) {
        if (edit != dialog.loginEdit() && edit != dialog.passwordEdit() && edit->isVisible())
            (newPassword ? repeat : newPassword) = edit;
    }
    REQUIRE(newPassword);
    REQUIRE(repeat);
    newPassword->setText(QStringLiteral("My-own-pass-2"));
    repeat->setText(QStringLiteral("My-own-pass-3"));
    dialog.accept();
    CHECK(dialog.message().contains(QStringLiteral("differ")));
    repeat->setText(QStringLiteral("My-own-pass-2"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(company.accounts->authenticate(QStringLiteral("wangfang"), QStringLiteral("My-own-pass-2")).ok);
    CHECK_FALSE(company.accounts->user(QStringLiteral("wangfang"))->mustChangePassword);
}
