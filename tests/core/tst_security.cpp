// Users, passwords, roles and the permission check in the records service.
#include "accesshook.h"
#include "auditlog.h"
#include "companyfile.h"
#include "database.h"
#include "entity.h"
#include "passwordhasher.h"
#include "records.h"
#include "roles.h"
#include "testsupport.h"
#include "useraccounts.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QTemporaryDir>

#include <algorithm>

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

TEST_CASE("Passwords are kept as Argon2id hashes and rehashed when the limits change", "[security][backends]")
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

TEST_CASE("Logging in: wrong passwords lock the user out with a growing delay", "[security][backends]")
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

TEST_CASE("Passwords: policy, change, reset by an administrator, rehash on login", "[security][backends]")
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

TEST_CASE("Disabled users cannot log in; the last administrator stays", "[security][backends]")
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

TEST_CASE("Shipped roles stay as shipped; copies can change", "[security][backends]")
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

TEST_CASE("Role × action matrix: the records service allows exactly what the roles grant", "[security][backends]")
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

namespace {

QList<AuditLog::Entry> auditEntries(Database &db, const char *action)
{
    AuditLog::Filter filter;
    filter.action = QString::fromLatin1(action);
    filter.limit = 1000;
    QList<AuditLog::Entry> entries = AuditLog(db).query(filter);
    std::reverse(entries.begin(), entries.end());   // oldest first
    return entries;
}

QStringList strings(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &item : value.toArray())
        result.append(item.toString());
    return result;
}

} // namespace

TEST_CASE("Administering users is audited and refused to non-administrators", "[security][audit][backends]")
{
    FastHashes fast;
    Company company;
    UserAccounts system(company.db());
    REQUIRE(system.createUser(QStringLiteral("admin"), QStringLiteral("管理员"), QStringLiteral("Admin-pass-1"),
                              {QStringLiteral("administrator")})
                .ok);
    const qint64 cashierId = system.createUser(QStringLiteral("qianli"), {}, QStringLiteral("Cash-pass-1"),
                                               {QStringLiteral("cashier")}).userId;
    REQUIRE(cashierId);
    const AccessControl admin = AccessControl::forUser(company.db(), system.user(QStringLiteral("admin"))->id,
                                                       QStringLiteral("admin"));
    UserAccounts accounts(company.db(), admin);

    SECTION("each change names the administrator and what changed, never a password")
    {
        REQUIRE(accounts.createUser(QStringLiteral("lihua"), QStringLiteral("李华"), QStringLiteral("Temp-pass-1"),
                                    {QStringLiteral("hr_officer")}, true)
                    .ok);
        REQUIRE(accounts.resetPassword(QStringLiteral("lihua"), QStringLiteral("Temp-pass-2")).ok);
        REQUIRE(accounts.setRoles(QStringLiteral("lihua"), {QStringLiteral("manager"), QStringLiteral("hr_officer")}).ok);
        REQUIRE(accounts.setDisabled(QStringLiteral("lihua"), true).ok);
        REQUIRE(accounts.setDisabled(QStringLiteral("lihua"), false).ok);

        const QList<AuditLog::Entry> changes = auditEntries(company.db(), AuditLog::Action::PermissionChange);
        // The system's two users first, then the administrator's five changes.
        REQUIRE(changes.size() == 7);
        CHECK(changes.at(0).user == QStringLiteral("system"));
        QStringList kinds;
        for (qsizetype i = 2; i < changes.size(); ++i) {
            const AuditLog::Entry &entry = changes.at(i);
            CHECK(entry.user == QStringLiteral("admin"));
            CHECK(entry.entity == QStringLiteral("security"));
            CHECK(entry.detail.value(QStringLiteral("login")).toString() == QStringLiteral("lihua"));
            CHECK_FALSE(entry.detailText.contains(QStringLiteral("Temp-pass")));
            CHECK_FALSE(entry.detailText.contains(QStringLiteral("argon2")));
            kinds.append(entry.detail.value(QStringLiteral("change")).toString());
        }
        CHECK(kinds == QStringList{QStringLiteral("create_user"), QStringLiteral("reset_password"), QStringLiteral("set_roles"),
                                   QStringLiteral("disable"), QStringLiteral("enable")});
        const AuditLog::Entry &created = changes.at(2);
        CHECK(strings(created.detail.value(QStringLiteral("roles"))) == QStringList{QStringLiteral("hr_officer")});
        CHECK(created.detail.value(QStringLiteral("must_change_password")).toBool());
        CHECK(created.recordId == accounts.user(QStringLiteral("lihua"))->id);
        const AuditLog::Entry &roles = changes.at(4);
        CHECK(strings(roles.detail.value(QStringLiteral("before"))) == QStringList{QStringLiteral("hr_officer")});
        CHECK(strings(roles.detail.value(QStringLiteral("after")))
              == QStringList{QStringLiteral("hr_officer"), QStringLiteral("manager")});
        CHECK(AuditLog(company.db()).verify().ok);
    }

    SECTION("a cashier may not create users or change roles; each refusal is on record")
    {
        const AccessControl cashier = AccessControl::forUser(company.db(), cashierId, QStringLiteral("qianli"));
        UserAccounts refused(company.db(), cashier);
        const auto create = refused.createUser(QStringLiteral("friend"), {}, QStringLiteral("Friend-pass-1"),
                                               {QStringLiteral("administrator")});
        CHECK_FALSE(create.ok);
        CHECK(create.message.contains(QStringLiteral("qianli may not administer")));
        CHECK_FALSE(refused.user(QStringLiteral("friend")));
        const auto roles = refused.setRoles(QStringLiteral("qianli"), {QStringLiteral("administrator")});
        CHECK_FALSE(roles.ok);
        CHECK(refused.user(QStringLiteral("qianli"))->roles == QStringList{QStringLiteral("cashier")});
        CHECK_FALSE(refused.resetPassword(QStringLiteral("admin"), QStringLiteral("Stolen-pass-1")).ok);
        CHECK_FALSE(refused.setDisabled(QStringLiteral("admin"), true).ok);
        QString error;
        Roles cashierRoles(company.db(), cashier);
        CHECK_FALSE(cashierRoles.copy(QStringLiteral("cashier"), QStringLiteral("super_cashier"), QStringLiteral("x"), &error));
        CHECK(error.contains(QStringLiteral("qianli may not administer")));

        const QList<AuditLog::Entry> denied = auditEntries(company.db(), AuditLog::Action::Denied);
        REQUIRE(denied.size() == 5);
        for (const AuditLog::Entry &entry : denied) {
            CHECK(entry.user == QStringLiteral("qianli"));
            CHECK(entry.detail == QJsonObject{{QStringLiteral("action"), QStringLiteral("administer")}});
        }
        // Nothing changed, so nothing but the system's two users is recorded as a change.
        CHECK(auditEntries(company.db(), AuditLog::Action::PermissionChange).size() == 2);
    }

    SECTION("the last administrator keeps a role that administers")
    {
        const auto refused = accounts.setRoles(QStringLiteral("admin"), {QStringLiteral("manager")});
        CHECK_FALSE(refused.ok);
        CHECK(refused.message.contains(QStringLiteral("last administrator")));
        CHECK(accounts.user(QStringLiteral("admin"))->roles == QStringList{QStringLiteral("administrator")});
        CHECK(auditEntries(company.db(), AuditLog::Action::PermissionChange).size() == 2);
    }
}

TEST_CASE("Roles: copies and grant changes are audited with before and after", "[security][audit][backends]")
{
    Company company;
    const AccessControl admin = AccessControl::unrestricted(QStringLiteral("boss"));
    Roles roles(company.db(), admin);
    QString error;
    REQUIRE(roles.copy(QStringLiteral("cashier"), QStringLiteral("head_cashier"), QStringLiteral("Head cashier"), &error));
    CHECK_FALSE(roles.copy(QStringLiteral("cashier"), QStringLiteral("Bad Key"), QStringLiteral("x"), &error));
    REQUIRE(roles.setGrants(QStringLiteral("head_cashier"),
                            {{QStringLiteral("finance"), {QStringLiteral("read"), QStringLiteral("approve")}}}, &error));
    const QList<AuditLog::Entry> changes = auditEntries(company.db(), AuditLog::Action::PermissionChange);
    REQUIRE(changes.size() == 2);
    CHECK(changes.at(0).user == QStringLiteral("boss"));
    CHECK(changes.at(0).detail.value(QStringLiteral("change")).toString() == QStringLiteral("copy_role"));
    CHECK(changes.at(0).detail.value(QStringLiteral("from")).toString() == QStringLiteral("cashier"));
    const QJsonObject set = changes.at(1).detail;
    CHECK(set.value(QStringLiteral("change")).toString() == QStringLiteral("set_grants"));
    CHECK(set.value(QStringLiteral("role")).toString() == QStringLiteral("head_cashier"));
    CHECK(strings(set.value(QStringLiteral("before")).toObject().value(QStringLiteral("finance")))
          == QStringList{QStringLiteral("create"), QStringLiteral("print"), QStringLiteral("read"), QStringLiteral("update")});
    CHECK(set.value(QStringLiteral("after")).toObject()
          == QJsonObject{{QStringLiteral("finance"), QJsonArray{QStringLiteral("approve"), QStringLiteral("read")}}});
}

TEST_CASE("Logins, failed logins and password changes are audited", "[security][audit][backends]")
{
    FastHashes fast;
    Company company;
    UserAccounts accounts(company.db());
    REQUIRE(accounts.createUser(QStringLiteral("wangfang"), {}, QStringLiteral("Ledger-2026"), {QStringLiteral("accountant")}).ok);
    const QDateTime now(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
    REQUIRE(accounts.authenticate(QStringLiteral("wangfang"), QStringLiteral("Ledger-2026"), now).ok);
    for (int attempt = 0; attempt < 5; ++attempt)
        CHECK_FALSE(accounts.authenticate(QStringLiteral("wangfang"), QStringLiteral("guess"), now).ok);
    CHECK_FALSE(accounts.authenticate(QStringLiteral("wangfang"), QStringLiteral("Ledger-2026"), now.addSecs(5)).ok);
    CHECK_FALSE(accounts.authenticate(QStringLiteral("mallory"), QStringLiteral("guess"), now).ok);
    REQUIRE(accounts.changePassword(QStringLiteral("wangfang"), QStringLiteral("Ledger-2026"), QStringLiteral("Ledger-2027")).ok);
    REQUIRE(accounts.setDisabled(QStringLiteral("wangfang"), true).ok);
    CHECK_FALSE(accounts.authenticate(QStringLiteral("wangfang"), QStringLiteral("Ledger-2027"), now.addSecs(3600)).ok);

    const auto logins = auditEntries(company.db(), AuditLog::Action::Login);
    REQUIRE(logins.size() == 1);
    CHECK(logins.at(0).user == QStringLiteral("wangfang"));

    const auto failed = auditEntries(company.db(), AuditLog::Action::LoginFailed);
    REQUIRE(failed.size() == 8);
    QStringList reasons;
    for (const AuditLog::Entry &entry : failed) {
        reasons.append(entry.user + QLatin1Char(':') + entry.detail.value(QStringLiteral("reason")).toString());
        CHECK(entry.detail.value(QStringLiteral("login")).toString() == entry.user);
        CHECK_FALSE(entry.detailText.contains(QStringLiteral("guess")));
    }
    CHECK(reasons
          == QStringList{QStringLiteral("wangfang:password"), QStringLiteral("wangfang:password"),
                         QStringLiteral("wangfang:password"), QStringLiteral("wangfang:password"),
                         QStringLiteral("wangfang:password"), QStringLiteral("wangfang:locked"),
                         QStringLiteral("mallory:unknown"), QStringLiteral("wangfang:disabled")});
    // The failure counter and the log agree: five wrong passwords counted.
    CHECK(accounts.user(QStringLiteral("wangfang"))->failedLogins == 5);

    const auto changed = auditEntries(company.db(), AuditLog::Action::PasswordChange);
    REQUIRE(changed.size() == 1);
    CHECK(changed.at(0).user == QStringLiteral("wangfang"));
    CHECK_FALSE(changed.at(0).detailText.contains(QStringLiteral("Ledger")));
    CHECK(AuditLog(company.db()).verify().ok);
}
