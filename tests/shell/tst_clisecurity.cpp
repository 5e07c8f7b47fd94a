// backroom-cli signs in: no company without an administrator's password,
// wrong passwords are refused, audited and locked out, and export, print and
// --unmask do only what the user's roles allow.
#include "auditlog.h"
#include "companyfile.h"
#include "database.h"
#include "records.h"
#include "suite.h"
#include "testsupport.h"
#include "useraccounts.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace Backroom;
using BackroomTests::runCli;
using BackroomTests::testLogin;

namespace {

const QString account = QStringLiteral("6222021001987654");

QString fileText(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

// The company made by backroom-cli init, opened in this process while the
// test looks at it or adds to it (closed again before the CLI runs).
struct CliCompany
{
    QTemporaryDir dir;
    QString path;
    Suite suite{{QStringLiteral(BACKROOM_BUILD_MODULE_DIR)}};

    CliCompany()
    {
        path = dir.filePath(QStringLiteral("secure.backroom"));
        const auto init = runCli({QStringLiteral("init"), path});
        INFO(init.err.toStdString());
        REQUIRE(init.code == 0);
        suite.loadModules();
    }
    std::unique_ptr<CompanyFile> open()
    {
        CompanyFile::Status status;
        auto company = suite.openCompany(path, &status);
        INFO(status.message.toStdString());
        REQUIRE(company);
        return company;
    }
    QList<AuditLog::Entry> audit(const QString &user, const char *action)
    {
        auto company = open();
        AuditLog::Filter filter;
        filter.user = user;
        filter.action = QString::fromLatin1(action);
        return AuditLog(company->database()).query(filter);
    }
    QMap<QString, QString> as(const QString &login, const QString &password)
    {
        return {{QStringLiteral("BACKROOM_USER"), login}, {QStringLiteral("BACKROOM_PASSWORD"), password}};
    }
};

} // namespace

TEST_CASE("backroom-cli init needs the administrator's password", "[cli][security]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nopass.backroom"));
    const auto init = runCli({QStringLiteral("init"), path}, 0, {{QStringLiteral("BACKROOM_PASSWORD"), QString()}});
    CHECK(init.code == 1);
    CHECK(init.err.contains(QStringLiteral("BACKROOM_PASSWORD")));
    CHECK_FALSE(QFile::exists(path));
    CHECK(BackroomTests::folderEntries(dir.path()).isEmpty());

    // A password the policy refuses makes no file either.
    const auto weak = runCli({QStringLiteral("init"), path}, 0, {{QStringLiteral("BACKROOM_PASSWORD"), QStringLiteral("short")}});
    CHECK(weak.code == 1);
    CHECK_FALSE(weak.err.isEmpty());
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("backroom-cli refuses wrong passwords, audits them and locks the user out", "[cli][security]")
{
    CliCompany company;
    const QStringList info{QStringLiteral("templates"), company.path};

    const auto wrong = runCli(info, 0, company.as(testLogin(), QStringLiteral("Wrong-pass-1")));
    CHECK(wrong.code == 1);
    CHECK(wrong.err.contains(QStringLiteral("wrong")));
    const auto failed = company.audit(testLogin(), AuditLog::Action::LoginFailed);
    CHECK(failed.size() == 1);

    // The right password still works after one mistake.
    const auto right = runCli(info, 0, company.as(testLogin(), BackroomTests::testPassword()));
    INFO(right.err.toStdString());
    CHECK(right.code == 0);

    // Five wrong ones in a row: then even the right one waits.
    for (int i = 0; i < 5; ++i) {
        const auto again = runCli(info, 0, company.as(testLogin(), QStringLiteral("Wrong-pass-%1").arg(i)));
        CHECK(again.code == 1);
    }
    const auto locked = runCli(info, 0, company.as(testLogin(), BackroomTests::testPassword()));
    CHECK(locked.code == 1);
    CHECK(locked.err.contains(QStringLiteral("Try again in")));
    CHECK(locked.err.contains(QStringLiteral("seconds")));
    CHECK(company.audit(testLogin(), AuditLog::Action::LoginFailed).size() >= 6);
}

TEST_CASE("backroom-cli export and print do only what the user may", "[cli][security]")
{
    CliCompany company;
    qint64 partnerId = 0;
    {
        auto file = company.open();
        UserAccounts accounts(file->database());
        // A cashier reads the basic data and prints finance; no export at all.
        REQUIRE(accounts.createUser(QStringLiteral("cashier1"), {}, QStringLiteral("Cash-pass-1"), {QStringLiteral("cashier")}).ok);
        // A manager exports and prints everything but may not unmask.
        REQUIRE(accounts.createUser(QStringLiteral("manager1"), {}, QStringLiteral("Boss-pass-1"), {QStringLiteral("manager")}).ok);
        Records setup(file->database(), company.suite.registries().entities, QStringLiteral("setup"));
        const Records::Result partner = setup.create(QStringLiteral("core.partner"),
                                                     {{QStringLiteral("name"), QStringLiteral("Acme Supplies")},
                                                      {QStringLiteral("kind"), QStringLiteral("supplier")},
                                                      {QStringLiteral("bank_account"), account}});
        INFO(partner.message.toStdString());
        REQUIRE(partner.ok());
        partnerId = partner.id;
    }
    const QString csv = company.dir.filePath(QStringLiteral("partners.csv"));
    const QString pdf = company.dir.filePath(QStringLiteral("partner.pdf"));
    const QString id = QString::number(partnerId);

    // The cashier may not export.
    const auto cashierExport = runCli({QStringLiteral("export"), company.path, QStringLiteral("core.partner"),
                                       QStringLiteral("-o"), csv},
                                      0, company.as(QStringLiteral("cashier1"), QStringLiteral("Cash-pass-1")));
    CHECK(cashierExport.code == 1);
    CHECK(cashierExport.err.contains(QStringLiteral("cashier1")));
    CHECK_FALSE(QFile::exists(csv));
    // … nor print basic data (print is granted on finance only).
    const auto cashierPrint = runCli({QStringLiteral("print"), company.path, QStringLiteral("core.partner"), id,
                                      QStringLiteral("--pdf"), pdf},
                                     0, company.as(QStringLiteral("cashier1"), QStringLiteral("Cash-pass-1")));
    CHECK(cashierPrint.code == 1);
    CHECK(cashierPrint.err.contains(QStringLiteral("cashier1")));
    CHECK_FALSE(QFile::exists(pdf));
    QStringList cashierDenied;
    for (const AuditLog::Entry &entry : company.audit(QStringLiteral("cashier1"), AuditLog::Action::Denied)) {
        CHECK(entry.entity == QStringLiteral("core.partner"));
        cashierDenied.append(entry.detail.value(QStringLiteral("action")).toString());
    }
    cashierDenied.sort();
    CHECK(cashierDenied == QStringList{QStringLiteral("export"), QStringLiteral("print")});

    // The manager exports masked values, but not in clear.
    const auto masked = runCli({QStringLiteral("export"), company.path, QStringLiteral("core.partner"),
                                QStringLiteral("-o"), csv},
                               0, company.as(QStringLiteral("manager1"), QStringLiteral("Boss-pass-1")));
    INFO(masked.err.toStdString());
    REQUIRE(masked.code == 0);
    CHECK(fileText(csv).contains(QStringLiteral("Acme Supplies")));
    CHECK_FALSE(fileText(csv).contains(account));
    CHECK(fileText(csv).contains(account.right(4)));
    QFile::remove(csv);
    const auto managerUnmask = runCli({QStringLiteral("export"), company.path, QStringLiteral("core.partner"),
                                       QStringLiteral("-o"), csv, QStringLiteral("--unmask")},
                                      0, company.as(QStringLiteral("manager1"), QStringLiteral("Boss-pass-1")));
    CHECK(managerUnmask.code == 1);
    CHECK(managerUnmask.err.contains(QStringLiteral("manager1")));
    CHECK_FALSE(QFile::exists(csv));
    const auto managerPrintUnmask = runCli({QStringLiteral("print"), company.path, QStringLiteral("core.partner"), id,
                                            QStringLiteral("--pdf"), pdf, QStringLiteral("--unmask")},
                                           0, company.as(QStringLiteral("manager1"), QStringLiteral("Boss-pass-1")));
    CHECK(managerPrintUnmask.code == 1);
    CHECK_FALSE(QFile::exists(pdf));
    QStringList managerDenied;
    for (const AuditLog::Entry &entry : company.audit(QStringLiteral("manager1"), AuditLog::Action::Denied))
        managerDenied.append(entry.detail.value(QStringLiteral("action")).toString());
    CHECK(managerDenied == QStringList{QStringLiteral("unmask"), QStringLiteral("unmask")});

    // The administrator gets the value in clear when asking, audited as such.
    const auto clear = runCli({QStringLiteral("export"), company.path, QStringLiteral("core.partner"),
                               QStringLiteral("-o"), csv, QStringLiteral("--unmask")});
    INFO(clear.err.toStdString());
    REQUIRE(clear.code == 0);
    CHECK(fileText(csv).contains(account));
    const auto exports = company.audit(testLogin(), AuditLog::Action::Export);
    REQUIRE(exports.size() == 1);
    CHECK(exports.constFirst().detail.value(QStringLiteral("unmasked")).toBool());
}

TEST_CASE("backroom-cli --help tells how to sign in", "[cli][security]")
{
    const auto help = runCli({QStringLiteral("--help")});
    CHECK(help.code == 0);
    CHECK(help.out.contains(QStringLiteral("--user")));
    CHECK(help.out.contains(QStringLiteral("BACKROOM_PASSWORD")));
    CHECK(help.out.contains(QStringLiteral("--unmask")));
}

TEST_CASE("backroom-cli migrate copies a company to the server and back, for administrators only", "[cli][security][migrate]")
{
    CliCompany company;
    {
        auto file = company.open();
        UserAccounts accounts(file->database());
        REQUIRE(accounts.createUser(QStringLiteral("manager1"), {}, QStringLiteral("Boss-pass-1"), {QStringLiteral("manager")}).ok);
    }
    REQUIRE(runCli({QStringLiteral("generate"), company.path, QStringLiteral("core.partner"), QStringLiteral("250")}).code == 0);
    const QString server = BackroomTests::freshServerCompany(QStringLiteral("cli"));

    // A manager may do much, but not carry the whole company away.
    const auto refused = runCli({QStringLiteral("migrate"), company.path, server}, 0,
                                company.as(QStringLiteral("manager1"), QStringLiteral("Boss-pass-1")));
    CHECK(refused.code == 1);
    CHECK(company.audit(QStringLiteral("manager1"), AuditLog::Action::Denied).size() == 1);
    CHECK(runCli({QStringLiteral("info"), server}).code == 1);

    const auto up = runCli({QStringLiteral("migrate"), company.path, server});
    INFO(up.err.toStdString());
    REQUIRE(up.code == 0);
    CHECK(up.out.contains(QStringLiteral("core_partner")));
    CHECK(up.out.contains(QStringLiteral("every check passed")));
    CHECK(company.audit(testLogin(), AuditLog::Action::Migrate).size() == 1);
    const auto verify = runCli({QStringLiteral("verify"), server});
    INFO(verify.out.toStdString());
    CHECK(verify.code == 0);
    const auto info = runCli({QStringLiteral("info"), server});
    CHECK(info.code == 0);
    CHECK(info.out.contains(server));

    // Not over a company that is there already.
    const auto again = runCli({QStringLiteral("migrate"), company.path, server});
    CHECK(again.code == 1);
    CHECK(again.err.contains(QStringLiteral("already holds tables")));

    // Back into a file: the same records, exported alike.
    const QString back = company.dir.filePath(QStringLiteral("back.backroom"));
    const auto down = runCli({QStringLiteral("migrate"), server, back});
    INFO(down.err.toStdString());
    REQUIRE(down.code == 0);
    CHECK(runCli({QStringLiteral("verify"), back}).code == 0);
    const auto exportOf = [](const QString &location) {
        return runCli({QStringLiteral("export"), location, QStringLiteral("core.partner"), QStringLiteral("-o"),
                       QStringLiteral("-")}).out;
    };
    const QString original = exportOf(company.path);
    CHECK(original.count(QLatin1Char('\n')) == 251);
    CHECK(exportOf(server) == original);
    CHECK(exportOf(back) == original);
}
