// System administration: the users, roles and audit log pages over a real
// company file, who gets them, and what they look like in Chinese.
#include "testsupport.h"
#include "administrationpages.h"
#include "auditlogpage.h"
#include "companyfile.h"
#include "companysession.h"
#include "copyroledialog.h"
#include "database.h"
#include "dateedit.h"
#include "localization.h"
#include "newuserdialog.h"
#include "passwordhasher.h"
#include "rolechecklist.h"
#include "roles.h"
#include "rolespage.h"
#include "suite.h"
#include "useraccounts.h"
#include "userrolesdialog.h"
#include "userspage.h"
#include "emptystatewidget.h"
#include "whoisworking.h"
#include "whoisworkingpage.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QSysInfo>
#include <QTest>

using namespace Backroom;

namespace {

struct FastHashes
{
    FastHashes() { PasswordHasher::setLimitsForTesting({1, 8 * 1024}); }
    ~FastHashes() { PasswordHasher::setLimitsForTesting({0, 0}); }
};

// A company with an administrator, a cashier, an auditor, a disabled
// storekeeper and a locked-out accountant.
struct Office
{
    FastHashes fast;
    QTemporaryDir dir;
    Suite suite{QStringList{}};
    std::unique_ptr<CompanyFile> company;
    std::unique_ptr<CompanySession> session;

    explicit Office(const QString &language = QStringLiteral("en"))
    {
        Localization::apply(language);
        CompanyFile::NewCompany office;
        office.name = QStringLiteral("Test Co.");
        office.language = language;
        CompanyFile::Status status;
        const QString path = BackroomTests::companyLocation(dir.filePath(QStringLiteral("office.backroom")));
        REQUIRE(suite.createCompany(path, office, &status));
        company = suite.openCompany(path, &status);
        REQUIRE(company);
        QString error;
        REQUIRE(Roles(db()).ensureShipped(&error));
        UserAccounts system(db());
        REQUIRE(system.createUser(QStringLiteral("admin"), QString::fromUtf8("张管理"), QStringLiteral("Admin-pass-1"),
                                  {QStringLiteral("administrator")})
                    .ok);
        REQUIRE(system.createUser(QStringLiteral("qianli"), QString::fromUtf8("钱丽"), QStringLiteral("Cash-pass-1"),
                                  {QStringLiteral("cashier")})
                    .ok);
        REQUIRE(system.createUser(QStringLiteral("sunwei"), QString::fromUtf8("孙伟"), QStringLiteral("Audit-pass-1"),
                                  {QStringLiteral("auditor")}, true)
                    .ok);
        REQUIRE(system.createUser(QStringLiteral("zhaolei"), QString::fromUtf8("赵磊"), QStringLiteral("Store-pass-1"),
                                  {QStringLiteral("storekeeper")})
                    .ok);
        REQUIRE(system.createUser(QStringLiteral("wangfang"), QString::fromUtf8("王芳"), QStringLiteral("Ledger-pass-1"),
                                  {QStringLiteral("accountant"), QStringLiteral("cashier")})
                    .ok);
        REQUIRE(system.setDisabled(QStringLiteral("zhaolei"), true).ok);
        REQUIRE(system.authenticate(QStringLiteral("admin"), QStringLiteral("Admin-pass-1")).ok);
        for (int attempt = 0; attempt < 5; ++attempt)
            REQUIRE_FALSE(system.authenticate(QStringLiteral("wangfang"), QStringLiteral("guess")).ok);
        session = sessionOf(QStringLiteral("admin"));
    }
    ~Office() { Localization::apply(QStringLiteral("en")); }

    Database &db() { return company->database(); }
    AccessControl accessOf(const QString &login)
    {
        return AccessControl::forUser(db(), UserAccounts(db()).user(login)->id, login);
    }
    std::unique_ptr<CompanySession> sessionOf(const QString &login)
    {
        return std::make_unique<CompanySession>(*company, suite.registries(), accessOf(login));
    }
    QList<AuditLog::Entry> audit(const char *action)
    {
        AuditLog::Filter filter;
        filter.action = QString::fromLatin1(action);
        return AuditLog(db()).query(filter);
    }
    const PageContribution *page(const char *id) const
    {
        return suite.registries().pages.find(QString::fromLatin1(id));
    }
};

QString cell(QTableWidget *table, int row, int column)
{
    return table->item(row, column) ? table->item(row, column)->text() : QString();
}

} // namespace

TEST_CASE("System administration: only those it concerns get its pages", "[adminpages][backends]")
{
    Office office;
    const QList<PageContribution> pages = office.suite.registries().pages.itemsOf(QStringLiteral("administration"));
    REQUIRE(pages.size() == 4);
    CHECK(office.suite.administrationSpec().id() == QStringLiteral("administration"));
    CHECK_FALSE(office.suite.administrationSpec().iconPath().isEmpty());
    CHECK(QFile::exists(office.suite.administrationSpec().iconPath()));
    const AccessControl admin = office.accessOf(QStringLiteral("admin"));
    const AccessControl cashier = office.accessOf(QStringLiteral("qianli"));
    const AccessControl auditor = office.accessOf(QStringLiteral("sunwei"));
    for (const PageContribution &page : pages) {
        INFO(page.id.toStdString());
        REQUIRE(page.available);
        CHECK(page.available(admin));
        CHECK_FALSE(page.available(cashier));
        CHECK(page.available(auditor) == (page.id == QLatin1String("administration/audit")));
    }
}

TEST_CASE("Users page: lists users with their state and administers them through the service", "[adminpages][backends]")
{
    Office office;
    UsersPage page(*office.session);
    QTableWidget *table = page.table();
    REQUIRE(table->rowCount() == 5);
    const int admin = page.rowOf(QStringLiteral("admin"));
    const int auditor = page.rowOf(QStringLiteral("sunwei"));
    const int disabled = page.rowOf(QStringLiteral("zhaolei"));
    const int locked = page.rowOf(QStringLiteral("wangfang"));
    CHECK(cell(table, admin, UsersPage::NameColumn) == QString::fromUtf8("张管理"));
    CHECK(cell(table, admin, UsersPage::RolesColumn) == QStringLiteral("Administrator"));
    CHECK(cell(table, admin, UsersPage::StatusColumn) == QStringLiteral("Active"));
    CHECK(cell(table, admin, UsersPage::LastLoginColumn).startsWith(QDate::currentDate().toString(Qt::ISODate).left(4)));
    CHECK(cell(table, auditor, UsersPage::MustChangeColumn) == QStringLiteral("Yes"));
    CHECK(cell(table, auditor, UsersPage::RolesColumn) == QStringLiteral("Auditor (read-only)"));
    CHECK(cell(table, auditor, UsersPage::LastLoginColumn) == QStringLiteral("Never"));
    CHECK(cell(table, disabled, UsersPage::StatusColumn) == QStringLiteral("Disabled"));
    CHECK(cell(table, locked, UsersPage::StatusColumn).startsWith(QStringLiteral("Locked until ")));
    CHECK(cell(table, locked, UsersPage::RolesColumn) == QStringLiteral("Accountant and Cashier"));

    SECTION("New User: the dialog shows the service's refusals and creates nothing until all is right")
    {
        int shown = 0;
        QStringList messages;
        page.setDialogRunner([&](QDialog *dialog) {
            ++shown;
            auto *newUser = qobject_cast<NewUserDialog *>(dialog);
            REQUIRE(newUser);
            newUser->loginEdit()->setText(QStringLiteral("lihua"));
            newUser->displayNameEdit()->setText(QString::fromUtf8("李华"));
            newUser->passwordEdit()->setText(QStringLiteral("First-pass-1"));
            newUser->repeatEdit()->setText(QStringLiteral("First-pass-2"));
            newUser->roleList()->setChecked(QStringLiteral("hr_officer"), true);
            newUser->accept();
            messages.append(newUser->message());
            newUser->repeatEdit()->setText(QStringLiteral("First-pass-1"));
            newUser->loginEdit()->setText(QStringLiteral("qianli"));   // taken
            newUser->accept();
            messages.append(newUser->message());
            newUser->loginEdit()->setText(QStringLiteral("lihua"));
            newUser->accept();
            return newUser->result();
        });
        page.newUserAction()->trigger();
        CHECK(shown == 1);
        REQUIRE(messages.size() == 2);
        CHECK(messages.at(0).contains(QStringLiteral("differ")));
        CHECK(messages.at(1) == QString::fromUtf8("There is already a user “qianli”."));
        REQUIRE(table->rowCount() == 6);
        CHECK(page.selectedLogin() == QStringLiteral("lihua"));
        const int row = page.rowOf(QStringLiteral("lihua"));
        CHECK(cell(table, row, UsersPage::RolesColumn) == QStringLiteral("HR officer"));
        CHECK(cell(table, row, UsersPage::MustChangeColumn) == QStringLiteral("Yes"));
        const auto created = UserAccounts(office.db()).user(QStringLiteral("lihua"));
        REQUIRE(created);
        CHECK(created->mustChangePassword);
        const auto changes = office.audit(AuditLog::Action::PermissionChange);
        CHECK(changes.first().user == QStringLiteral("admin"));
        CHECK(changes.first().detail.value(QStringLiteral("change")).toString() == QStringLiteral("create_user"));
    }

    SECTION("Disable: asks first; the last administrator is refused with the service's message")
    {
        QStringList questions;
        QStringList notices;
        page.setConfirmation([&](const QString &, const QString &text) {
            questions.append(text);
            return true;
        });
        page.setNotification([&](const QString &, const QString &text) { notices.append(text); });
        REQUIRE(page.selectLogin(QStringLiteral("admin")));
        CHECK(page.disableAction()->text() == QStringLiteral("&Disable"));
        page.disableAction()->trigger();
        REQUIRE(notices.size() == 1);
        CHECK(notices.at(0) == QString::fromUtf8("“admin” is the last administrator and cannot be disabled."));
        CHECK(cell(table, page.rowOf(QStringLiteral("admin")), UsersPage::StatusColumn) == QStringLiteral("Active"));

        REQUIRE(page.selectLogin(QStringLiteral("zhaolei")));
        CHECK(page.disableAction()->text() == QStringLiteral("&Enable"));
        page.disableAction()->trigger();
        CHECK(questions.size() == 2);
        CHECK(notices.size() == 1);
        CHECK(cell(table, page.rowOf(QStringLiteral("zhaolei")), UsersPage::StatusColumn) == QStringLiteral("Active"));
    }

    SECTION("Roles…: the checklist shows the user's roles and stores the new choice")
    {
        REQUIRE(page.selectLogin(QStringLiteral("qianli")));
        QStringList before;
        page.setDialogRunner([&](QDialog *dialog) {
            auto *roles = qobject_cast<UserRolesDialog *>(dialog);
            REQUIRE(roles);
            before = roles->roleList()->checkedKeys();
            roles->roleList()->setChecked(QStringLiteral("accountant"), true);
            roles->accept();
            return roles->result();
        });
        page.rolesAction()->trigger();
        CHECK(before == QStringList{QStringLiteral("cashier")});
        CHECK(cell(table, page.rowOf(QStringLiteral("qianli")), UsersPage::RolesColumn)
              == QStringLiteral("Accountant and Cashier"));
    }
}

TEST_CASE("Roles page: shipped roles read-only, a copy editable and saved", "[adminpages][backends]")
{
    Office office;
    RolesPage page(*office.session, [&office](const QString &id) { return office.suite.moduleDisplayName(id); });
    REQUIRE(page.roleList()->count() == int(Roles::shipped().size()));
    REQUIRE(page.selectRole(QStringLiteral("cashier")));
    CHECK_FALSE(page.isEditable());
    CHECK(page.note()->text().contains(QStringLiteral("copy it to change it")));
    CHECK(page.grid()->columnCount() == int(Roles::actions().size()));
    CHECK(page.grid()->horizontalHeaderItem(int(Roles::actions().indexOf(QStringLiteral("update"))))->text()
          == QStringLiteral("change"));
    REQUIRE(page.rowOf(QStringLiteral("finance")) >= 0);
    REQUIRE(page.rowOf(QStringLiteral("core")) >= 0);
    CHECK(page.grid()->verticalHeaderItem(page.rowOf(QStringLiteral("core")))->text() == QStringLiteral("Basic Data"));
    CHECK(page.isGranted(QStringLiteral("finance"), QStringLiteral("create")));
    CHECK_FALSE(page.isGranted(QStringLiteral("finance"), QStringLiteral("approve")));
    CHECK_FALSE(page.setGranted(QStringLiteral("finance"), QStringLiteral("approve"), true));
    CHECK_FALSE(page.grid()->item(0, 0)->flags().testFlag(Qt::ItemIsUserCheckable));
    CHECK_FALSE(page.saveButton()->isEnabled());
    CHECK_FALSE(page.addScopeButton()->isEnabled());

    REQUIRE(page.selectRole(QStringLiteral("administrator")));
    CHECK(page.grid()->verticalHeaderItem(0)->text() == QStringLiteral("All modules"));
    REQUIRE(page.selectRole(QStringLiteral("auditor")));
    CHECK(page.grid()->verticalHeaderItem(page.rowOf(QStringLiteral("audit")))->text() == QStringLiteral("Audit log"));

    REQUIRE(page.selectRole(QStringLiteral("cashier")));
    page.setDialogRunner([](QDialog *dialog) {
        auto *copy = qobject_cast<CopyRoleDialog *>(dialog);
        REQUIRE(copy);
        CHECK(copy->keyEdit()->text() == QStringLiteral("cashier_copy"));
        copy->keyEdit()->setText(QStringLiteral("head_cashier"));
        copy->nameEdit()->setText(QStringLiteral("Head cashier"));
        copy->accept();
        return copy->result();
    });
    page.copyButton()->click();
    CHECK(page.currentKey() == QStringLiteral("head_cashier"));
    CHECK(page.isEditable());
    CHECK(page.roleList()->currentItem()->text() == QStringLiteral("Head cashier — copy of Cashier"));
    CHECK(page.addScopeButton()->isEnabled());
    CHECK(page.isGranted(QStringLiteral("finance"), QStringLiteral("create")));
    bool partners = false;
    for (const auto &choice : page.scopeChoices())
        partners = partners || (choice.first == QLatin1String("core.partner") && choice.second.startsWith(QStringLiteral("Partners")));
    CHECK(partners);
    REQUIRE(page.addScope(QStringLiteral("core.partner")));
    CHECK(page.grid()->verticalHeaderItem(page.rowOf(QStringLiteral("core.partner")))->text() == QStringLiteral("Partners"));
    REQUIRE(page.setGranted(QStringLiteral("core.partner"), QStringLiteral("export"), true));
    REQUIRE(page.setGranted(QStringLiteral("finance"), QStringLiteral("approve"), true));
    REQUIRE(page.setGranted(QStringLiteral("finance"), QStringLiteral("create"), false));
    CHECK(page.isModified());
    CHECK(page.saveButton()->isEnabled());
    REQUIRE(page.save());
    CHECK_FALSE(page.isModified());

    const auto saved = Roles(office.db()).role(QStringLiteral("head_cashier"));
    REQUIRE(saved);
    QMap<QString, QStringList> grants;
    for (const Roles::Grant &grant : saved->grants)
        grants.insert(grant.scope, grant.actions);
    CHECK(grants.value(QStringLiteral("core.partner")) == QStringList{QStringLiteral("export")});
    CHECK(grants.value(QStringLiteral("finance"))
          == QStringList{QStringLiteral("approve"), QStringLiteral("print"), QStringLiteral("read"), QStringLiteral("update")});
    const auto changes = office.audit(AuditLog::Action::PermissionChange);
    CHECK(changes.first().user == QStringLiteral("admin"));
    CHECK(changes.first().detail.value(QStringLiteral("change")).toString() == QStringLiteral("set_grants"));
    CHECK(changes.at(1).detail.value(QStringLiteral("change")).toString() == QStringLiteral("copy_role"));
}

TEST_CASE("Audit log page: lists, filters, pages, verifies and exports", "[adminpages][backends]")
{
    Office office;
    AuditLogPage page(*office.session);
    QTableWidget *table = page.table();
    // 5 users created, one disabled, one login, five failed logins.
    REQUIRE(table->rowCount() == 12);
    CHECK(cell(table, 0, AuditLogPage::UserColumn) == QStringLiteral("wangfang"));
    CHECK(cell(table, 0, AuditLogPage::ActionColumn) == QStringLiteral("Login failed"));
    CHECK(cell(table, 0, AuditLogPage::SummaryColumn) == QStringLiteral("wangfang: wrong password"));
    CHECK(cell(table, 11, AuditLogPage::ActionColumn) == QStringLiteral("Users and roles changed"));
    CHECK(cell(table, 11, AuditLogPage::EntityColumn) == QStringLiteral("Users and roles"));
    CHECK(cell(table, 11, AuditLogPage::SummaryColumn) == QStringLiteral("New user: admin"));
    CHECK_FALSE(page.loadMoreButton()->isEnabled());
    table->selectRow(11);
    CHECK(page.detailView()->toPlainText().contains(QStringLiteral("\"roles\": [")));
    CHECK(page.detailView()->toPlainText().contains(QStringLiteral("Hash: ")));

    SECTION("filters by user, action and dates")
    {
        page.userEdit()->setText(QStringLiteral("system"));
        page.applyFilter();
        CHECK(table->rowCount() == 6);
        page.userEdit()->clear();
        page.actionCombo()->setCurrentIndex(page.actionCombo()->findData(QStringLiteral("login")));
        page.applyFilter();
        REQUIRE(table->rowCount() == 1);
        CHECK(cell(table, 0, AuditLogPage::UserColumn) == QStringLiteral("admin"));
        page.clearFilter();
        page.fromEdit()->setValue(QDate::currentDate().addDays(1));
        page.applyFilter();
        CHECK(table->rowCount() == 0);
        page.fromEdit()->setValue(QDate::currentDate());
        page.toEdit()->setValue(QDate::currentDate());
        page.applyFilter();
        CHECK(table->rowCount() == 12);
    }

    SECTION("pages through a long log")
    {
        {
            AuditLog log(office.db());
            for (int i = 0; i < 250; ++i) {
                AuditLog::Entry entry;
                entry.user = QStringLiteral("batch");
                entry.action = QStringLiteral("print");
                entry.entity = QStringLiteral("core.partner");
                entry.recordId = i + 1;
                REQUIRE(log.append(entry).id != 0);
            }
        }
        page.applyFilter();
        CHECK(table->rowCount() == AuditLogPage::PageSize);
        CHECK(page.loadMoreButton()->isEnabled());
        CHECK(cell(table, 0, AuditLogPage::EntityColumn) == QStringLiteral("Partners"));
        CHECK(cell(table, 0, AuditLogPage::RecordColumn) == QStringLiteral("250"));
        page.loadMoreButton()->click();
        CHECK(table->rowCount() == 262);
        CHECK_FALSE(page.loadMoreButton()->isEnabled());
    }

    SECTION("Verify Chain: intact, then an altered row named")
    {
        const AuditLog::Verification intact = page.verifyChain();
        CHECK(intact.ok);
        CHECK(page.verifyLabel()->text().startsWith(QStringLiteral("12 entries checked; the chain is intact (head: entry 12, ")));
        // Altered behind the application's back: the append-only triggers
        // dropped as someone with the file and the sqlite3 shell would.
        if (office.db().dialect().kind() == SqlDialect::Kind::Postgres) {
            REQUIRE(office.db().exec(QStringLiteral("DROP TRIGGER backroom_audit_no_change ON backroom_audit")));
        } else {
            REQUIRE(office.db().exec(QStringLiteral("DROP TRIGGER backroom_audit_no_update")));
            REQUIRE(office.db().exec(QStringLiteral("DROP TRIGGER backroom_audit_no_delete")));
        }
        REQUIRE(office.db().exec(QStringLiteral("UPDATE backroom_audit SET user_name = 'nobody' WHERE id = 7")));
        const AuditLog::Verification broken = page.verifyChain();
        CHECK_FALSE(broken.ok);
        CHECK(broken.problem.entryId == 7);
        CHECK(page.verifyLabel()->text() == broken.problem.message);
        CHECK(page.verifyLabel()->text().startsWith(QStringLiteral("Audit entry 7 (")));
        CHECK(page.entries().at(table->currentRow()).id == 7);
    }

    SECTION("Export writes the matching rows and is audited; refused without the permission")
    {
        page.userEdit()->setText(QStringLiteral("wangfang"));
        page.applyFilter();
        const QString path = office.dir.filePath(QStringLiteral("audit.csv"));
        QString error;
        qint64 rows = 0;
        REQUIRE(page.exportTo(path, ExportDialog::Format::Csv, &error, &rows));
        CHECK(rows == 5);
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        CHECK(text.count(QStringLiteral("wangfang: wrong password")) == 5);
        CHECK(text.contains(QStringLiteral("Login failed")));
        const auto exports = office.audit(AuditLog::Action::Export);
        REQUIRE(exports.size() == 1);
        CHECK(exports.at(0).user == QStringLiteral("admin"));
        CHECK(exports.at(0).entity == QStringLiteral("audit"));
        CHECK(exports.at(0).detail.value(QStringLiteral("rows")).toInt() == 5);
        CHECK(exports.at(0).detail.value(QStringLiteral("filter")).toObject().value(QStringLiteral("user")).toString()
              == QStringLiteral("wangfang"));
        const QString xlsx = office.dir.filePath(QStringLiteral("audit.xlsx"));
        REQUIRE(page.exportTo(xlsx, ExportDialog::Format::Xlsx, &error, &rows));
        CHECK(QFileInfo(xlsx).size() > 0);

        // A cashier given the page anyway (the services check again).
        const auto cashier = office.sessionOf(QStringLiteral("qianli"));
        AuditLogPage refused(*cashier);
        CHECK_FALSE(refused.exportAction()->isEnabled());
        const QString other = office.dir.filePath(QStringLiteral("refused.csv"));
        CHECK_FALSE(refused.exportTo(other, ExportDialog::Format::Csv, &error));
        CHECK(error.contains(QStringLiteral("qianli may not export")));
        CHECK_FALSE(QFile::exists(other));
        const auto denied = office.audit(AuditLog::Action::Denied);
        REQUIRE(denied.size() == 1);
        CHECK(denied.at(0).user == QStringLiteral("qianli"));
        CHECK(denied.at(0).entity == QStringLiteral("audit"));
    }
}

TEST_CASE("System administration pages in Chinese (screenshots)", "[.shots][backends]")
{
    Office office(QStringLiteral("zh_CN"));
    QDir().mkpath(QStringLiteral("/tmp/admin-shots"));
    {
        // A role copy with a row added, so the grid shows editable boxes.
        QString error;
        REQUIRE(Roles(office.db(), office.accessOf(QStringLiteral("admin")))
                    .copy(QStringLiteral("cashier"), QStringLiteral("head_cashier"), QString::fromUtf8("出纳主管"), &error));
    }
    QTabWidget tabs;
    tabs.setDocumentMode(true);
    for (const PageContribution &page : office.suite.registries().pages.itemsOf(QStringLiteral("administration")))
        tabs.addTab(page.create(office.session.get(), &tabs), page.title());
    tabs.resize(1180, 680);
    tabs.show();
    REQUIRE(QTest::qWaitForWindowExposed(&tabs));
    const QStringList names{QStringLiteral("users"), QStringLiteral("roles"), QStringLiteral("audit"), QStringLiteral("who")};
    for (int index = 0; index < tabs.count(); ++index) {
        tabs.setCurrentIndex(index);
        if (auto *roles = qobject_cast<RolesPage *>(tabs.widget(index)))
            roles->selectRole(QStringLiteral("head_cashier"));
        if (auto *audit = qobject_cast<AuditLogPage *>(tabs.widget(index))) {
            audit->table()->selectRow(6);
            audit->verifyChain();
        }
        QTest::qWait(50);
        CHECK(tabs.grab().save(QStringLiteral("/tmp/admin-shots/%1.png").arg(names.at(index))));
    }
    UserAccounts accounts(office.db());
    NewUserDialog dialog(accounts, Roles(office.db()));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.grab().save(QStringLiteral("/tmp/admin-shots/newuser.png")));
}

TEST_CASE("Who Is Working: this company's server connections, clerks first; a file has one desk", "[adminpages][backends][who]")
{
    Database::setDefaultPurpose(QStringLiteral("main"));
    Office office;
    REQUIRE(office.page("administration/who"));
    CHECK(office.page("administration/who")->available(office.accessOf(QStringLiteral("admin"))));
    CHECK_FALSE(office.page("administration/who")->available(office.accessOf(QStringLiteral("sunwei"))));
    if (!BackroomTests::onPostgres()) {
        WhoIsWorkingPage page(*office.session);
        page.show();
        CHECK_FALSE(page.findChild<QTableWidget *>(QStringLiteral("connections")));
        const auto *oneDesk = page.findChild<EmptyStateWidget *>(QStringLiteral("oneDesk"));
        REQUIRE(oneDesk);
        CHECK(oneDesk->text()
              == QStringLiteral("This company is a file, which one desk works in at a time: now this computer, %1, "
                                "signed in as “admin”. Several clerks work in one company at once only when it is on "
                                "a PostgreSQL server.").arg(QSysInfo::machineHostName()));
        return;
    }
    // Two clerks at other desks of the same company, one of them in the
    // middle of unfinished work; and a clerk of another company.
    using BackroomTests::clerkConnection;
    QString error;
    const std::unique_ptr<Database> cashier = clerkConnection(office.company->path(), QStringLiteral("qianli"));
    const std::unique_ptr<Database> accountant = clerkConnection(office.company->path(), QStringLiteral("wangfang"));
    const std::unique_ptr<Database> elsewhere =
        clerkConnection(BackroomTests::freshServerCompany(QStringLiteral("whoelse")), QStringLiteral("zhaolei"));
    REQUIRE(accountant->exec(QStringLiteral("BEGIN")));
    REQUIRE(accountant->scalar(QStringLiteral("SELECT count(*) FROM backroom_user")));

    WhoIsWorkingPage page(*office.session);
    page.show();
    auto *table = page.findChild<QTableWidget *>(QStringLiteral("connections"));
    REQUIRE(table);
    REQUIRE(table->rowCount() == 3);
    const QString host = QSysInfo::machineHostName().section(QLatin1Char('.'), 0, 0);
    CHECK(cell(table, 0, WhoIsWorkingPage::ClerkColumn) == QStringLiteral("admin (this window)"));
    CHECK(table->item(0, 0)->font().bold());
    CHECK(cell(table, 0, WhoIsWorkingPage::StateColumn) == QStringLiteral("Working"));
    CHECK(cell(table, 1, WhoIsWorkingPage::ClerkColumn) == QStringLiteral("qianli"));
    CHECK_FALSE(table->item(1, 0)->font().bold());
    CHECK(cell(table, 1, WhoIsWorkingPage::StateColumn) == QStringLiteral("Idle"));
    CHECK(cell(table, 2, WhoIsWorkingPage::ClerkColumn) == QStringLiteral("wangfang"));
    CHECK(cell(table, 2, WhoIsWorkingPage::StateColumn).startsWith(QStringLiteral("Idle in an open transaction (for ")));
    for (int row = 0; row < 3; ++row) {
        CHECK(cell(table, row, WhoIsWorkingPage::KindColumn) == QStringLiteral("Main window"));
        CHECK(host.startsWith(cell(table, row, WhoIsWorkingPage::ComputerColumn).remove(QChar(0x2026))));
        CHECK_FALSE(cell(table, row, WhoIsWorkingPage::SinceColumn).isEmpty());
        CHECK(cell(table, row, WhoIsWorkingPage::ProcessColumn).toLongLong() > 0);
    }
    CHECK(cell(table, 1, WhoIsWorkingPage::ProcessColumn).toLongLong()
          == cashier->scalar(QStringLiteral("SELECT pg_backend_pid()"))->toLongLong());
    CHECK(page.findChild<QLabel *>(QStringLiteral("status"))->text().startsWith(
        QStringLiteral("Connections to this company: 3; signed-in users: 3.")));

    // The accountant finishes; Refresh shows it.
    REQUIRE(accountant->exec(QStringLiteral("ROLLBACK")));
    page.findChild<QAction *>(QStringLiteral("refresh"))->trigger();
    REQUIRE(table->rowCount() == 3);
    CHECK(cell(table, 2, WhoIsWorkingPage::StateColumn) == QStringLiteral("Idle"));
    // A report the cashier runs is the cashier's too.
    Database::ConnectionInfo info = cashier->connectionInfo();
    info.purpose = QStringLiteral("report");
    const std::unique_ptr<Database> report = Database::reopen(info, true, &error);
    REQUIRE(report);
    page.refresh();
    REQUIRE(table->rowCount() == 4);
    CHECK(cell(table, 2, WhoIsWorkingPage::ClerkColumn) == QStringLiteral("qianli"));
    CHECK(cell(table, 2, WhoIsWorkingPage::KindColumn) == QStringLiteral("Report"));
}
