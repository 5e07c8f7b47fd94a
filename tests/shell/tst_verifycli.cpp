// backroom-cli verify on a real demo company, before and after someone
// tampers with its audit log through the sqlite3 shell; imports audited.
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

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
