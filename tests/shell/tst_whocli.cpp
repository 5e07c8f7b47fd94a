// backroom-cli who: who is working in a company now, as the administration
// page shows it; a company file says which desk has it.
#include "companyfile.h"
#include "companylock.h"
#include "database.h"
#include "suite.h"
#include "testsupport.h"
#include "whoisworking.h"

#include <catch2/catch.hpp>

#include <QFile>

#include <QSysInfo>
#include <QTemporaryDir>

using namespace Backroom;

namespace {

QString lineOf(const QString &out, const QString &start)
{
    for (const QString &line : out.split(QLatin1Char('\n')))
        if (line.startsWith(start))
            return line;
    return {};
}

} // namespace

TEST_CASE("backroom-cli who on a company file names the desk that has it, or nobody", "[cli][who]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("one.backroom"));
    {
        // A file whichever backend the other tests run on.
        CompanyFile::NewCompany company;
        company.name = QStringLiteral("One Desk Co.");
        CompanyFile::Status status;
        INFO(status.message.toStdString());
        REQUIRE(CompanyFile::create(path, company, {}, {}, &status));
    }
    BackroomTests::CliRun run = BackroomTests::runCli({QStringLiteral("who"), path});
    INFO(run.err.toStdString());
    CHECK(run.code == 0);
    CHECK(run.out == WhoIsWorking::oneDeskSentence(WhoIsWorking::nobody()) + QLatin1Char('\n'));
    CHECK(run.out.startsWith(QStringLiteral("This company is a file, which one desk works in at a time: now nobody has "
                                            "it open.")));
    {
        // This test program has it open.
        CompanyFile::Status status;
        const std::unique_ptr<CompanyFile> open = CompanyFile::open(path, {}, &status);
        INFO(status.message.toStdString());
        REQUIRE(open);
        run = BackroomTests::runCli({QStringLiteral("who"), path});
        CHECK(run.code == 0);
        CHECK(run.out.startsWith(QStringLiteral("This company is a file, which one desk works in at a time: now ")));
        CHECK(run.out.contains(QSysInfo::machineHostName()));
        CHECK(run.out.contains(QStringLiteral("process %1").arg(QCoreApplication::applicationPid())));
    }
    {
        // A lock file a crashed session left behind names nobody who works in it.
        CompanyLock::Holder crashed;
        crashed.pid = 999999;
        crashed.host = QStringLiteral("desk-7");
        crashed.user = QStringLiteral("wangfang");
        crashed.application = QStringLiteral("backroom");
        crashed.since = QDateTime::currentDateTimeUtc().addSecs(-3600);
        QFile lock(CompanyLock::lockPathFor(path));
        REQUIRE(lock.open(QIODevice::WriteOnly));
        lock.write(crashed.toJson());
    }
    run = BackroomTests::runCli({QStringLiteral("who"), path});
    CHECK(run.code == 0);
    CHECK(run.out == WhoIsWorking::oneDeskSentence(WhoIsWorking::nobody()) + QLatin1Char('\n'));
    run = BackroomTests::runCli({QStringLiteral("who")});
    CHECK(run.code == 2);
    run = BackroomTests::runCli({QStringLiteral("who"), dir.filePath(QStringLiteral("missing.backroom"))});
    CHECK(run.code == 1);
    CHECK_FALSE(run.err.isEmpty());
}

TEST_CASE("backroom-cli who lists a server company's connections, clerks first, not another company's",
          "[cli][who][postgres]")
{
    Database::setDefaultPurpose(QStringLiteral("main"));
    const QString location = BackroomTests::freshServerCompany(QStringLiteral("whocli"));
    Suite suite{QStringList{}};
    {
        CompanyFile::NewCompany company;
        company.name = QStringLiteral("Server Co.");
        company.administrator = {QStringLiteral("admin"), QStringLiteral("Admin"), BackroomTests::testPassword()};
        CompanyFile::Status status;
        INFO(status.message.toStdString());
        REQUIRE(suite.createCompany(location, company, &status));
    }
    using BackroomTests::clerkConnection;
    const std::unique_ptr<Database> lihua = clerkConnection(location, QStringLiteral("lihua"));
    const std::unique_ptr<Database> zhang = clerkConnection(location, QStringLiteral("张三"));
    const std::unique_ptr<Database> elsewhere =
        clerkConnection(BackroomTests::freshServerCompany(QStringLiteral("whoelse")), QStringLiteral("mallory"));
    REQUIRE(zhang->exec(QStringLiteral("BEGIN")));
    REQUIRE(zhang->scalar(QStringLiteral("SELECT 1")));

    const BackroomTests::CliRun run = BackroomTests::runCli({QStringLiteral("who"), location});
    INFO(run.out.toStdString());
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(0).startsWith(QStringLiteral("USER")));
    CHECK(lines.at(0).contains(QStringLiteral("COMPUTER")));
    CHECK(lines.at(0).endsWith(QStringLiteral("STATE")));
    // Clerks first, by name; the command's own connection, not signed in, last.
    CHECK(lines.at(1).startsWith(QStringLiteral("lihua ")));
    CHECK(lines.at(2).startsWith(QStringLiteral("张三 ")));
    CHECK(lines.at(3).startsWith(QStringLiteral("(not signed in) (this command)")));
    const QString host = QSysInfo::machineHostName().section(QLatin1Char('.'), 0, 0);
    CHECK(lines.at(1).contains(QStringLiteral("Main window")));
    CHECK(lines.at(1).contains(host.left(8)));
    CHECK(lines.at(1).endsWith(QStringLiteral("Idle")));
    const QString lihuaPid = QString::number(lihua->scalar(QStringLiteral("SELECT pg_backend_pid()"))->toLongLong());
    CHECK(lines.at(1).contains(QStringLiteral(" %1 ").arg(lihuaPid)));
    CHECK(lines.at(2).contains(QStringLiteral("Idle in an open transaction (for ")));
    CHECK(lines.at(3).contains(QStringLiteral("backroom-cli who")));
    CHECK(lines.at(3).endsWith(QStringLiteral("Working")));
    CHECK(lineOf(run.out, QStringLiteral("mallory")).isEmpty());
    CHECK_FALSE(run.out.contains(QStringLiteral("mallory")));
    REQUIRE(zhang->exec(QStringLiteral("ROLLBACK")));
}
