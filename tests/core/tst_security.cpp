// Users, passwords, roles and the permission check in the records service.
#include "accesshook.h"
#include "companyfile.h"
#include "database.h"
#include "entity.h"
#include "passwordhasher.h"
#include "records.h"
#include "roles.h"
#include "testsupport.h"
#include "useraccounts.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace Backroom;

namespace {

Field::Label label(const char *text)
{
    return [text] { return QString::fromUtf8(text); };
}

// Fast hashes for the tests that are not about the limits themselves.
struct FastHashes
{
    FastHashes() { PasswordHasher::setLimitsForTesting({1, 8 * 1024}); }
    ~FastHashes() { PasswordHasher::setLimitsForTesting({0, 0}); }
};

Entity thing(const char *id)
{
    Entity entity(QString::fromLatin1(id), label("Thing"), label("Things"));
    entity.add(Field::text(QStringLiteral("name"), label("Name")).required());
    return entity;
}

struct Company
{
    QTemporaryDir dir;
    Registry<Entity> entities;
    std::unique_ptr<CompanyFile> file;

    Company()
    {
        file = BackroomTests::openCompanyWith(dir.filePath(QStringLiteral("security.backroom")), QStringLiteral("hr"),
                                              {thing("hr.employee"), thing("hr.payslip"), thing("finance.voucher")},
                                              &entities);
        Roles roles(db());
        QString error;
        const bool shipped = roles.ensureShipped(&error);
        INFO(error.toStdString());
        REQUIRE(shipped);
    }
    Database &db() { return file->database(); }
};

} // namespace

TEST_CASE("Passwords are kept as Argon2id hashes and rehashed when the limits change", "[security]")
{
    const QString hashed = PasswordHasher::hash(QStringLiteral("密码Secret-2026"));
    CHECK(hashed.startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(hashed.contains(QStringLiteral("Secret")));
    // At least libsodium's interactive limits: 64 MiB, 2 passes.
    CHECK(hashed.contains(QStringLiteral("m=65536,t=2")));
    CHECK(PasswordHasher::verify(hashed, QStringLiteral("密码Secret-2026")));
    CHECK_FALSE(PasswordHasher::verify(hashed, QStringLiteral("密码Secret-2027")));
    CHECK_FALSE(PasswordHasher::verify(QStringLiteral("garbage"), QStringLiteral("x")));
    CHECK_FALSE(PasswordHasher::needsRehash(hashed));
    CHECK(PasswordHasher::hash(QStringLiteral("same")) != PasswordHasher::hash(QStringLiteral("same")));   // salted
    {
        FastHashes fast;
        CHECK(PasswordHasher::needsRehash(hashed));
    }
}

TEST_CASE("Logging in: wrong passwords lock the user out with a growing delay", "[security]")
{
    FastHashes fast;
    Company company;
    UserAccounts accounts(company.db());
    CHECK_FALSE(accounts.hasUsers());
    REQUIRE(accounts.createUser(QStringLiteral("wangfang"), QStringLiteral("王芳"), QStringLiteral("Ledger-2026"),
                                {QStringLiteral("accountant")})
                .ok);
    CHECK(accounts.hasUsers());
    QDateTime now(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);

    const auto good = accounts.authenticate(QStringLiteral("wangfang"), QStringLiteral("Ledger-2026"), now);
    CHECK(good.ok);
    CHECK_FALSE(good.mustChangePassword);
    CHECK(accounts.user(QStringLiteral("wangfang"))->lastLogin == now);

    for (int attempt = 1; attempt <= 4; ++attempt) {
        const auto wrong = accounts.authenticate(QStringLiteral("wangfang"), QStringLiteral("guess"), now);
        CHECK_FALSE(wrong.ok);
        CHECK(wrong.retryAfterSeconds == 0);
        CHECK(wrong.message == QStringLiteral("The user name or the password is wrong."));
    }
    // The fifth wrong password starts the delay.
    const auto fifth = accounts.authenticate(QStringLiteral("wangfang"), QStringLiteral("guess"), now);
    CHECK(fifth.retryAfterSeconds == 30);
    CHECK(fifth.message.contains(QStringLiteral("30 seconds")));
    // While locked even the right password is refused, without being checked.
    const auto locked = accounts.authenticate(QStringLiteral("wangfang"), QStringLiteral("Ledger-2026"), now.addSecs(10));
    CHECK_FALSE(locked.ok);
    CHECK(locked.retryAfterSeconds == 20);
    // After the delay, another wrong one doubles it.
    const auto sixth = accounts.authenticate(QStringLiteral("wangfang"), QStringLiteral("guess"), now.addSecs(31));
    CHECK(sixth.retryAfterSeconds == 60);
    CHECK(UserAccounts::delayAfter(20) == UserAccounts::MaxDelaySeconds);
    // The right password after the delay lets in and forgets the failures.
    const auto back = accounts.authenticate(QStringLiteral("wangfang"), QStringLiteral("Ledger-2026"), now.addSecs(92));
    CHECK(back.ok);
    CHECK(accounts.user(QStringLiteral("wangfang"))->failedLogins == 0);

    // An unknown user gets the same words as a wrong password.
    CHECK(accounts.authenticate(QStringLiteral("nobody"), QStringLiteral("x"), now).message
          == QStringLiteral("The user name or the password is wrong."));
}

TEST_CASE("Passwords: policy, change, reset by an administrator, rehash on login", "[security]")
{
    FastHashes fast;
    Company company;
    UserAccounts accounts(company.db());
    CHECK_FALSE(accounts.createUser(QStringLiteral("li"), {}, QStringLiteral("short"), {}).ok);
    CHECK_FALSE(accounts.createUser(QStringLiteral("lihua"), {}, QStringLiteral("lihua"), {}).ok);
    CHECK_FALSE(accounts.createUser(QStringLiteral("lihua"), {}, QStringLiteral("aaaaaaaaaa"), {}).ok);
    CHECK_FALSE(accounts.createUser(QStringLiteral("li hua"), {}, QStringLiteral("Good-pass-1"), {}).ok);
    CHECK_FALSE(accounts.createUser(QStringLiteral("lihua"), {}, QStringLiteral("Good-pass-1"), {QStringLiteral("pilot")}).ok);
    CHECK_FALSE(accounts.user(QStringLiteral("lihua")));   // the failed create left nothing
    REQUIRE(accounts.createUser(QStringLiteral("lihua"), QStringLiteral("李华"), QStringLiteral("Good-pass-1"),
                                {QStringLiteral("hr_officer"), QStringLiteral("manager")})
                .ok);
    CHECK(accounts.user(QStringLiteral("lihua"))->roles == QStringList{QStringLiteral("hr_officer"), QStringLiteral("manager")});
    CHECK_FALSE(accounts.createUser(QStringLiteral("lihua"), {}, QStringLiteral("Good-pass-2"), {}).ok);

    CHECK_FALSE(accounts.changePassword(QStringLiteral("lihua"), QStringLiteral("wrong-old"), QStringLiteral("Newer-pass-2")).ok);
    CHECK(accounts.changePassword(QStringLiteral("lihua"), QStringLiteral("Good-pass-1"), QStringLiteral("Newer-pass-2")).ok);
    CHECK(accounts.authenticate(QStringLiteral("lihua"), QStringLiteral("Newer-pass-2")).ok);

    REQUIRE(accounts.resetPassword(QStringLiteral("lihua"), QStringLiteral("Temporary-9")).ok);
    const auto temporary = accounts.authenticate(QStringLiteral("lihua"), QStringLiteral("Temporary-9"));
    CHECK(temporary.ok);
    CHECK(temporary.mustChangePassword);
    REQUIRE(accounts.changePassword(QStringLiteral("lihua"), QStringLiteral("Temporary-9"), QStringLiteral("Mine-again-3")).ok);
    CHECK_FALSE(accounts.user(QStringLiteral("lihua"))->mustChangePassword);

    // Hashed with other limits: the next good login stores a new hash.
    const QString before =
        company.db().scalar(QStringLiteral("SELECT password_hash FROM backroom_user WHERE login = 'lihua'"))->toString();
    PasswordHasher::setLimitsForTesting({2, 16 * 1024});
    CHECK(accounts.authenticate(QStringLiteral("lihua"), QStringLiteral("Mine-again-3")).ok);
    const QString after =
        company.db().scalar(QStringLiteral("SELECT password_hash FROM backroom_user WHERE login = 'lihua'"))->toString();
    CHECK(after != before);
    CHECK(after.contains(QStringLiteral("m=16,t=2")));
    CHECK(accounts.authenticate(QStringLiteral("lihua"), QStringLiteral("Mine-again-3")).ok);
}

TEST_CASE("Disabled users cannot log in; the last administrator stays", "[security]")
{
    FastHashes fast;
    Company company;
    UserAccounts accounts(company.db());
    REQUIRE(accounts.createUser(QStringLiteral("admin"), {}, QStringLiteral("Admin-pass-1"), {QStringLiteral("administrator")}).ok);
    REQUIRE(accounts.createUser(QStringLiteral("zhaolei"), {}, QStringLiteral("Store-pass-1"), {QStringLiteral("storekeeper")}).ok);
    const auto refused = accounts.setDisabled(QStringLiteral("admin"), true);
    CHECK_FALSE(refused.ok);
    CHECK(refused.message.contains(QStringLiteral("last administrator")));
    REQUIRE(accounts.setDisabled(QStringLiteral("zhaolei"), true).ok);
    const auto login = accounts.authenticate(QStringLiteral("zhaolei"), QStringLiteral("Store-pass-1"));
    CHECK_FALSE(login.ok);
    CHECK(login.message.contains(QStringLiteral("disabled")));
    // Disabled, not deleted: still there for the history that names them.
    CHECK(accounts.users().size() == 2);
    CHECK(AccessControl::forUser(company.db(), login.userId, QStringLiteral("zhaolei")).allows(QStringLiteral("read"),
                                                                                                QStringLiteral("inventory.item"))
          == false);
    REQUIRE(accounts.setDisabled(QStringLiteral("zhaolei"), false).ok);
    CHECK(accounts.authenticate(QStringLiteral("zhaolei"), QStringLiteral("Store-pass-1")).ok);
}

TEST_CASE("Shipped roles stay as shipped; copies can change", "[security]")
{
    Company company;
    Roles roles(company.db());
    QString error;
    const int shipped = int(Roles::shipped().size());
    CHECK(roles.roles().size() == shipped);
    REQUIRE(roles.ensureShipped(&error));   // idempotent
    CHECK(roles.roles().size() == shipped);

    // Tampered with behind the application's back: put back on the next open.
    REQUIRE(company.db().exec(QStringLiteral("DELETE FROM backroom_role_permission WHERE action = 'unmask' AND role_id = "
                                             "(SELECT id FROM backroom_role WHERE role_key = 'payroll_officer')")));
    REQUIRE(roles.ensureShipped(&error));
    const auto payroll = roles.role(QStringLiteral("payroll_officer"));
    REQUIRE(payroll);
    CHECK(payroll->shipped);
    CHECK(payroll->name == QStringLiteral("Payroll officer"));
    bool unmask = false;
    for (const Roles::Grant &grant : payroll->grants)
        unmask = unmask || (grant.scope == QLatin1String("hr") && grant.actions.contains(QStringLiteral("unmask")));
    CHECK(unmask);

    CHECK_FALSE(roles.setGrants(QStringLiteral("payroll_officer"), {}, &error));
    CHECK(error.contains(QStringLiteral("copy")));
    REQUIRE(roles.copy(QStringLiteral("payroll_officer"), QStringLiteral("payroll_lead"), QStringLiteral("Payroll lead"), &error));
    CHECK_FALSE(roles.copy(QStringLiteral("payroll_officer"), QStringLiteral("payroll_lead"), QStringLiteral("x"), &error));
    REQUIRE(roles.setGrants(QStringLiteral("payroll_lead"),
                            {{QStringLiteral("hr"), {QStringLiteral("read"), QStringLiteral("approve")}}}, &error));
    const auto lead = roles.role(QStringLiteral("payroll_lead"));
    REQUIRE(lead);
    CHECK_FALSE(lead->shipped);
    CHECK(lead->copiedFrom == QStringLiteral("payroll_officer"));
    REQUIRE(lead->grants.size() == 1);
    CHECK(lead->grants.constFirst().actions == QStringList{QStringLiteral("approve"), QStringLiteral("read")});
}

TEST_CASE("Role × action matrix: the records service allows exactly what the roles grant", "[security]")
{
    FastHashes fast;
    Company company;
    UserAccounts accounts(company.db());
    const QStringList entityIds{QStringLiteral("hr.employee"), QStringLiteral("hr.payslip"), QStringLiteral("finance.voucher")};
    int checked = 0;
    for (const Roles::Definition &role : Roles::shipped()) {
        const QString login = QStringLiteral("user_") + role.key;
        const auto created = accounts.createUser(login, {}, QStringLiteral("Matrix-pass-1"), {role.key});
        REQUIRE(created.ok);
        const AccessControl access = AccessControl::forUser(company.db(), created.userId, login);
        QStringList denied;
        AccessHook hook(access, [&denied](Database &db, const QString &entityId, qint64, const QString &action) {
            // Reported after the refused write rolled back: nothing is open.
            CHECK(db.transactionDepth() == 0);
            denied.append(entityId + QLatin1Char(':') + action);
        });
        // An unrestricted service to set up rows, the user's to try.
        Records setup(company.db(), company.entities, QStringLiteral("setup"));
        Records records(company.db(), company.entities, login);
        records.addHook(&hook);
        for (const QString &entityId : entityIds) {
            INFO(role.key.toStdString() << " on " << entityId.toStdString());
            const bool mayCreate = access.allows(QStringLiteral("create"), entityId);
            const bool mayUpdate = access.allows(QStringLiteral("update"), entityId);
            const bool mayDelete = access.allows(QStringLiteral("delete"), entityId);
            const auto create = records.create(entityId, {{QStringLiteral("name"), QStringLiteral("created")}});
            CHECK(create.ok() == mayCreate);
            if (!mayCreate)
                CHECK(create.message.contains(login));
            const auto row = setup.create(entityId, {{QStringLiteral("name"), QStringLiteral("row")}});
            REQUIRE(row.ok());
            const auto update = records.update(entityId, row.id, 1, {{QStringLiteral("name"), QStringLiteral("changed")}});
            CHECK(update.ok() == mayUpdate);
            const qint64 version = records.read(entityId, row.id)->version;
            CHECK(records.setArchived(entityId, row.id, version, true).ok() == mayDelete);
            CHECK(denied.contains(entityId + QStringLiteral(":create")) == !mayCreate);
            checked += 3;
        }
    }
    CHECK(checked == int(Roles::shipped().size()) * 9);

    // Spot checks of the shipped roles against what their names promise.
    auto access = [&](const char *login) {
        return AccessControl::forUser(company.db(), accounts.user(QString::fromLatin1(login))->id, QString::fromLatin1(login));
    };
    CHECK(access("user_payroll_officer").allows(QStringLiteral("unmask"), QStringLiteral("hr.payslip")));
    CHECK_FALSE(access("user_hr_officer").allows(QStringLiteral("unmask"), QStringLiteral("hr.payslip")));
    CHECK(access("user_accountant").allows(QStringLiteral("post"), QStringLiteral("finance.voucher")));
    CHECK_FALSE(access("user_accountant").allows(QStringLiteral("read"), QStringLiteral("hr.payslip")));
    CHECK(access("user_auditor").allows(QStringLiteral("read"), QStringLiteral("hr.payslip")));
    CHECK_FALSE(access("user_auditor").allows(QStringLiteral("update"), QStringLiteral("finance.voucher")));
    CHECK_FALSE(access("user_auditor").allows(QStringLiteral("unmask"), QStringLiteral("hr.payslip")));
    CHECK(access("user_administrator").allows(QStringLiteral("administer"), QStringLiteral("*")));
    CHECK_FALSE(access("user_manager").allows(QStringLiteral("administer"), QStringLiteral("*")));
}
