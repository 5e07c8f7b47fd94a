// backroom-cli verify on a real demo company, before and after someone
// tampers with its audit log through the sqlite3 shell; imports audited;
// verify --repair rebuilding the finance kept balances.
#include "auditlog.h"
#include "companyfile.h"
#include "database.h"
#include "localization.h"
#include "suite.h"
#include "testsupport.h"
#include "useraccounts.h"
#include "verifydatadialog.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>

namespace {

using Run = BackroomTests::CliRun;

QString sqlite(const QString &path, const QString &sql)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(QStringLiteral("sqlite3")), {path, sql});
    REQUIRE(process.waitForFinished(30000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

} // namespace

TEST_CASE("backroom-cli verify passes a demo company and names a tampered audit entry", "[cli][audit]")
{
    if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty()) {
        WARN("the sqlite3 shell is not installed; skipped");
        return;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.backroom"));
    const Run init = BackroomTests::runCli({QStringLiteral("init"), path, QStringLiteral("--demo")});
    INFO(init.err.toStdString());
    REQUIRE(init.code == 0);
    // The demo records come with their history.
    const qint64 entries = sqlite(path, QStringLiteral("SELECT count(*) FROM backroom_audit")).toLongLong();
    CHECK(entries > 10);

    const Run clean = BackroomTests::runCli({QStringLiteral("verify"), path});
    INFO(clean.out.toStdString() + clean.err.toStdString());
    CHECK(clean.code == 0);
    CHECK(clean.out.contains(QStringLiteral("Integrity:")));
    CHECK(clean.out.contains(QStringLiteral("Foreign keys:")));
    CHECK(clean.out.contains(QRegularExpression(QStringLiteral("Audit log: +ok"))));
    CHECK(clean.out.contains(QStringLiteral("%1 entries checked; head: entry %1, hash ").arg(entries)));
    CHECK(clean.out.trimmed().endsWith(QStringLiteral("ok")));
    CHECK(clean.err.isEmpty());

    sqlite(path, QStringLiteral("DROP TRIGGER backroom_audit_no_update; "
                                "UPDATE backroom_audit SET detail = '{\"fields\":{\"name\":\"Nobody\"}}' WHERE id = 3;"));
    const Run tampered = BackroomTests::runCli({QStringLiteral("verify"), path});
    INFO(tampered.out.toStdString() + tampered.err.toStdString());
    CHECK(tampered.code == 1);
    CHECK(tampered.out.contains(QRegularExpression(QStringLiteral("Audit log: +FAILED"))));
    CHECK(tampered.out.contains(QStringLiteral("Audit entry 3 (")));
    CHECK(tampered.out.contains(QStringLiteral(", create) was altered: its content no longer matches its hash.")));
    CHECK(tampered.out.contains(QRegularExpression(QStringLiteral("Integrity: +ok"))));
    CHECK(tampered.err.contains(QStringLiteral("failed verification")));

    const Run usage = BackroomTests::runCli({QStringLiteral("verify")});
    CHECK(usage.code == 2);
    const Run missing = BackroomTests::runCli({QStringLiteral("verify"), dir.filePath(QStringLiteral("none.backroom"))});
    CHECK(missing.code == 1);
}

TEST_CASE("backroom-cli import writes one audit entry per imported record", "[cli][audit]")
{
    if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty()) {
        WARN("the sqlite3 shell is not installed; skipped");
        return;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plain.backroom"));
    REQUIRE(BackroomTests::runCli({QStringLiteral("init"), path}).code == 0);
    const QString csv = dir.filePath(QStringLiteral("partners.csv"));
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("code,name,kind\nP001,Alpha,customer\nP002,Beta,supplier\nP003,Gamma,customer\n");
    }
    const Run import = BackroomTests::runCli({QStringLiteral("import"), path, QStringLiteral("core.partner"), csv});
    INFO(import.err.toStdString());
    REQUIRE(import.code == 0);
    CHECK(sqlite(path, QStringLiteral("SELECT count(*) FROM backroom_audit WHERE action = 'create' "
                                      "AND entity = 'core.partner'"))
          == QStringLiteral("3"));
    CHECK(BackroomTests::runCli({QStringLiteral("verify"), path}).code == 0);

    // The newest entry removed: only the recorded head can tell.
    sqlite(path, QStringLiteral("DROP TRIGGER backroom_audit_no_delete; "
                                "DELETE FROM backroom_audit WHERE id = (SELECT max(id) FROM backroom_audit);"));
    const Run truncated = BackroomTests::runCli({QStringLiteral("verify"), path});
    CHECK(truncated.code == 1);
    CHECK(truncated.out.contains(QStringLiteral(", the newest, was removed from the end of the log")));
}

namespace {

// What the repair must never touch: the vouchers and their lines.
QString voucherFingerprint(Backroom::Database &db)
{
    QStringList parts;
    for (const QString &sql : {QStringLiteral("SELECT count(*) FROM finance_voucher"),
                               QStringLiteral("SELECT count(*) FROM finance_voucher WHERE state = 'posted'"),
                               QStringLiteral("SELECT count(*) FROM finance_voucher_line"),
                               QStringLiteral("SELECT sum(debit) FROM finance_voucher_line"),
                               QStringLiteral("SELECT sum(credit) FROM finance_voucher_line"),
                               QStringLiteral("SELECT sum(id * account) FROM finance_voucher_line")}) {
        QString error;
        const std::optional<QVariant> value = db.scalar(sql, {}, &error);
        INFO(error.toStdString());
        REQUIRE(value.has_value());
        parts.append(value->toString());
    }
    return parts.join(QLatin1Char('/'));
}

} // namespace

TEST_CASE("backroom-cli verify --repair rebuilds the kept balances from the vouchers, administrators only",
          "[cli][repair][backends]")
{
    using namespace Backroom;
    QTemporaryDir dir;
    Suite suite{{QStringLiteral(BACKROOM_BUILD_MODULE_DIR)}};
    suite.loadModules();
    const QString location = BackroomTests::companyLocation(dir.filePath(QStringLiteral("repair.backroom")));
    const Run init = BackroomTests::runCli({QStringLiteral("init"), location, QStringLiteral("--demo")});
    INFO(init.err.toStdString());
    REQUIRE(init.code == 0);
    const auto open = [&] {
        CompanyFile::Status status;
        auto company = suite.openCompany(location, &status);
        INFO(status.message.toStdString());
        REQUIRE(company);
        return company;
    };
    const auto auditOf = [&](const QString &action) {
        auto company = open();
        AuditLog::Filter filter;
        filter.action = action;
        return AuditLog(company->database()).query(filter);
    };

    QString before;
    qint64 balanceRows = 0;
    {
        auto company = open();
        Database &db = company->database();
        REQUIRE(UserAccounts(db)
                    .createUser(QStringLiteral("manager1"), {}, QStringLiteral("Boss-pass-1"), {QStringLiteral("manager")})
                    .ok);
        before = voucherFingerprint(db);
        balanceRows = db.scalar(QStringLiteral("SELECT count(*) FROM finance_balance"))->toLongLong();
        REQUIRE(balanceRows > 2);
        // What a crash of a broken tool or a hand edit leaves: one kept
        // balance wrong, one missing, one made up.
        QString error;
        REQUIRE(db.exec(QStringLiteral("UPDATE finance_balance SET debit = debit + 12345 "
                                       "WHERE account = (SELECT min(account) FROM finance_balance)"),
                        {}, &error));
        REQUIRE(db.exec(QStringLiteral("DELETE FROM finance_balance WHERE account = (SELECT max(account) FROM finance_balance)"),
                        {}, &error));
        REQUIRE(db.exec(QStringLiteral("INSERT INTO finance_balance (account, partner, period, kind, debit, credit, lines) "
                                       "SELECT min(account), 0, '1999-01', 'entry', 500, 0, 1 FROM finance_balance"),
                        {}, &error));
        INFO(error.toStdString());
    }
    const QRegularExpression balancesFailed(QStringLiteral("Account balances agree with the posted vouchers: +FAILED"));

    const Run damaged = BackroomTests::runCli({QStringLiteral("verify"), location});
    INFO(damaged.out.toStdString() + damaged.err.toStdString());
    CHECK(damaged.code == 1);
    CHECK(damaged.out.contains(balancesFailed));
    CHECK(damaged.out.contains(QRegularExpression(QStringLiteral("Posted vouchers balance: +ok"))));
    CHECK(damaged.err.contains(QStringLiteral("failed verification")));

    // A manager may not rebuild anything: refused, audited, nothing changed.
    const Run refused = BackroomTests::runCli({QStringLiteral("verify"), location, QStringLiteral("--repair")}, 0,
                                              {{QStringLiteral("BACKROOM_USER"), QStringLiteral("manager1")},
                                               {QStringLiteral("BACKROOM_PASSWORD"), QStringLiteral("Boss-pass-1")}});
    INFO(refused.out.toStdString() + refused.err.toStdString());
    CHECK(refused.code == 1);
    CHECK_FALSE(refused.out.contains(QStringLiteral("Rebuilt")));
    const QList<AuditLog::Entry> denied = auditOf(QString::fromLatin1(AuditLog::Action::Denied));
    REQUIRE(denied.size() == 1);
    CHECK(denied.constFirst().user == QStringLiteral("manager1"));
    CHECK(auditOf(QStringLiteral("repair")).isEmpty());
    CHECK(BackroomTests::runCli({QStringLiteral("verify"), location}).out.contains(balancesFailed));

    const Run repaired = BackroomTests::runCli({QStringLiteral("verify"), location, QStringLiteral("--repair")});
    INFO(repaired.out.toStdString() + repaired.err.toStdString());
    CHECK(repaired.code == 0);
    CHECK(repaired.out.contains(
        QStringLiteral("Rebuilt from the records: Account balances agree with the posted vouchers\n")));
    // Verified again after the repair, and passing.
    const qsizetype again = repaired.out.indexOf(QStringLiteral("Verifying again after the repair"));
    REQUIRE(again > 0);
    CHECK(repaired.out.mid(again).contains(
        QRegularExpression(QStringLiteral("Account balances agree with the posted vouchers: +ok"))));
    CHECK(repaired.out.trimmed().endsWith(QStringLiteral("ok")));
    CHECK(repaired.err.isEmpty());

    const Run clean = BackroomTests::runCli({QStringLiteral("verify"), location});
    INFO(clean.out.toStdString() + clean.err.toStdString());
    CHECK(clean.code == 0);

    const QList<AuditLog::Entry> repairs = auditOf(QStringLiteral("repair"));
    REQUIRE(repairs.size() == 1);
    CHECK(repairs.constFirst().user == BackroomTests::testLogin());
    CHECK(repairs.constFirst().detail.value(QStringLiteral("rebuilt")).toArray()
          == QJsonArray{QStringLiteral("finance.balances")});
    {
        auto company = open();
        Database &db = company->database();
        CHECK(voucherFingerprint(db) == before);
        CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM finance_balance"))->toLongLong() == balanceRows);
        CHECK(AuditLog(db).verify().ok);
    }

    // Nothing to repair: --repair is then just verify.
    const Run nothing = BackroomTests::runCli({QStringLiteral("verify"), location, QStringLiteral("--repair")});
    CHECK(nothing.code == 0);
    CHECK_FALSE(nothing.out.contains(QStringLiteral("Rebuilt")));
    CHECK(auditOf(QStringLiteral("repair")).size() == 1);
}

TEST_CASE("backroom-cli verify --repair leaves a damaged audit log for a restore", "[cli][repair]")
{
    if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty()) {
        WARN("the sqlite3 shell is not installed; skipped");
        return;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tampered.backroom"));
    REQUIRE(BackroomTests::runCli({QStringLiteral("init"), path, QStringLiteral("--demo")}).code == 0);
    sqlite(path, QStringLiteral("DROP TRIGGER backroom_audit_no_update; "
                                "UPDATE backroom_audit SET detail = '{}' WHERE id = 3; "
                                "UPDATE finance_balance SET credit = credit + 1;"));
    const QByteArray hash = BackroomTests::fileHash(path);
    const Run refused = BackroomTests::runCli({QStringLiteral("verify"), path, QStringLiteral("--repair")});
    INFO(refused.out.toStdString() + refused.err.toStdString());
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("Restore it from a backup.")));
    CHECK_FALSE(refused.out.contains(QStringLiteral("Rebuilt")));
    CHECK(BackroomTests::fileHash(path) == hash);

    const Run usage = BackroomTests::runCli({QStringLiteral("info"), path, QStringLiteral("--repair")});
    CHECK(usage.code == 2);
}

TEST_CASE("backroom-cli verify names audit entries a stopped program left unchained; --repair chains them",
          "[cli][repair][backends]")
{
    using namespace Backroom;
    QTemporaryDir dir;
    const QString location = BackroomTests::companyLocation(dir.filePath(QStringLiteral("queued.backroom")));
    REQUIRE(BackroomTests::runCli({QStringLiteral("init"), location, QStringLiteral("--demo")}).code == 0);
    Suite suite{{QStringLiteral(BACKROOM_BUILD_MODULE_DIR)}};
    suite.loadModules();
    qint64 chained = 0;
    {
        CompanyFile::Status status;
        auto company = suite.openCompany(location, &status);
        REQUIRE(company);
        chained = AuditLog(company->database()).head().id;
        // A clerk's change committed with its entry queued, then the program
        // stopped before sealing it, an hour ago.
        REQUIRE(company->database().exec(
            QStringLiteral("INSERT INTO backroom_audit_pending (at, user_name, action, entity, record_id, detail) "
                           "VALUES (?, 'admin', 'print', 'core.partner', 1, '{}')"),
            {AuditLog::atText(QDateTime::currentDateTimeUtc().addSecs(-3600))}));
    }
    // Verifying opens read-only: it names them and leaves them.
    const Run named = BackroomTests::runCli({QStringLiteral("verify"), location});
    INFO(named.out.toStdString() + named.err.toStdString());
    CHECK(named.code == 1);
    CHECK(named.out.contains(QRegularExpression(QStringLiteral("Audit log: +FAILED"))));
    CHECK(named.out.contains(QStringLiteral("1 audit entry(s), the oldest from ")));
    const Run repaired = BackroomTests::runCli({QStringLiteral("verify"), location, QStringLiteral("--repair")});
    INFO(repaired.out.toStdString() + repaired.err.toStdString());
    CHECK(repaired.code == 0);
    CHECK(repaired.out.contains(QStringLiteral("Rebuilt from the records: the audit log's waiting entries, chained")));
    CHECK(repaired.out.trimmed().endsWith(QStringLiteral("ok")));
    CompanyFile::Status status;
    auto company = CompanyFile::openReadOnly(location, &status);
    REQUIRE(company);
    const AuditLog::Verification verified = AuditLog(company->database()).verify();
    CHECK(verified.ok);
    CHECK(verified.pending == 0);
    // The queued entry, then the repair's sign-in.
    CHECK(verified.head.id > chained);
    AuditLog::Filter printed;
    printed.action = QStringLiteral("print");
    printed.entity = QStringLiteral("core.partner");
    CHECK(AuditLog(company->database()).query(printed).size() == 1);
}

TEST_CASE("Tools → Verify Data shows every check, and names the damage a broken tool left", "[verify][backends]")
{
    using namespace Backroom;
    Localization::apply(QStringLiteral("en"));
    QTemporaryDir dir;
    Suite suite{{QStringLiteral(BACKROOM_BUILD_MODULE_DIR)}};
    suite.loadModules();
    const QString location = BackroomTests::companyLocation(dir.filePath(QStringLiteral("verify.backroom")));
    const Run init = BackroomTests::runCli({QStringLiteral("init"), location, QStringLiteral("--demo")});
    INFO(init.err.toStdString());
    REQUIRE(init.code == 0);
    CompanyFile::Status status;
    auto company = suite.openCompany(location, &status);
    INFO(status.message.toStdString());
    REQUIRE(company);
    Database &db = company->database();
    const QList<VerifierContribution> verifiers = suite.registries().verifiers.items();
    REQUIRE(verifiers.size() >= 3);

    {
        Internal::VerifyDataDialog dialog(db, verifiers);
        CHECK(dialog.report().ok());
        // The core's three checks, then each module's.
        CHECK(dialog.tree()->topLevelItemCount() == 3 + verifiers.size());
        CHECK(dialog.tree()->topLevelItem(0)->data(0, Qt::UserRole).toString() == QStringLiteral("core.integrity"));
        CHECK(dialog.tree()->topLevelItem(2)->text(1) == QStringLiteral("ok"));
        CHECK(dialog.summaryText().startsWith(QStringLiteral("All %1 check(s) passed").arg(3 + verifiers.size())));
        CHECK(db.transactionDepth() == 0);   // the snapshot is closed again
        if (!qEnvironmentVariableIsEmpty("BACKROOM_SHOTS")) {
            dialog.show();
            dialog.grab().save(QStringLiteral("/tmp/verify-data-ok.png"));
        }
    }

    // One kept balance wrong: the finance check fails, naming the account.
    QString error;
    REQUIRE(db.exec(QStringLiteral("UPDATE finance_balance SET debit = debit + 12345 "
                                   "WHERE account = (SELECT min(account) FROM finance_balance)"),
                    {}, &error));
    Internal::VerifyDataDialog dialog(db, verifiers);
    CHECK_FALSE(dialog.report().ok());
    CHECK(dialog.report().failedIds() == QStringList{QStringLiteral("finance.balances")});
    QTreeWidgetItem *failed = nullptr;
    for (int i = 0; i < dialog.tree()->topLevelItemCount(); ++i)
        if (dialog.tree()->topLevelItem(i)->data(0, Qt::UserRole).toString() == QStringLiteral("finance.balances"))
            failed = dialog.tree()->topLevelItem(i);
    REQUIRE(failed);
    CHECK(failed->isExpanded());
    REQUIRE(failed->childCount() >= 1);
    const QString account = db.scalar(QStringLiteral("SELECT a.code FROM finance_account a WHERE a.id = "
                                                     "(SELECT min(account) FROM finance_balance)"))->toString();
    CHECK(failed->child(0)->text(0).contains(account));
    CHECK(dialog.summaryText().startsWith(QStringLiteral("1 check(s) found problems")));
    CHECK(dialog.reportText().contains(failed->text(0) + QStringLiteral(": FAILED")));
    if (!qEnvironmentVariableIsEmpty("BACKROOM_SHOTS")) {
        dialog.show();
        dialog.grab().save(QStringLiteral("/tmp/verify-data-failed.png"));
    }
}
