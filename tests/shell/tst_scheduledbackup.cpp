// backroom-cli backup SOURCE --folder DIR --keep N: the job an office
// administrator schedules on the server (systemd timer, Task Scheduler), run
// as a real process against a company file and, with
// BACKROOM_TEST_BACKEND=postgres, a company on the test server. Three runs
// within seconds keep exactly the newest two (the names carry the second and
// a number when two fall in one), the newest restores with the rows it was
// made with, every run is in the company's audit log; a folder that cannot
// be written, a full disk and wrong passwords fail with exit 1, one sentence
// and no temporary file left behind; the password can come from a file only
// its owner reads.
#include "auditlog.h"
#include "companyfile.h"
#include "suite.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>

using namespace Backroom;
using BackroomTests::runCli;

namespace {

QStringList backupsIn(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.bkbackup")}, QDir::Files, QDir::Name);
}

// What is in `folder` besides finished backups: temporary files a failed or
// interrupted backup would have left (.partial, .snapshot, journals).
QStringList leftoversIn(const QString &folder)
{
    QStringList others = BackroomTests::folderEntries(folder);
    others.removeIf([](const QString &name) { return name.endsWith(QLatin1String(".bkbackup")); });
    return others;
}

// The partners of a company (a file or a server address) as export counts
// them: the CSV's lines without its heading.
qsizetype partnerCount(const QString &location)
{
    const auto exported = runCli({QStringLiteral("export"), location, QStringLiteral("core.partner"),
                                  QStringLiteral("-o"), QStringLiteral("-")});
    INFO(exported.err.toStdString());
    REQUIRE(exported.code == 0);
    return exported.out.count(QLatin1Char('\n')) - 1;
}

// The one backup file a run added to the folder.
QString addedBy(const QStringList &before, const QStringList &after)
{
    QSet<QString> added(after.cbegin(), after.cend());
    for (const QString &name : before)
        added.remove(name);
    REQUIRE(added.size() == 1);
    return *added.cbegin();
}

} // namespace

TEST_CASE("backroom-cli backup --folder keeps the newest N backups of a company, and the newest restores",
          "[cli][backup][scheduled][backends]")
{
    QTemporaryDir dir;
    const QString company = BackroomTests::companyLocation(dir.filePath(QStringLiteral("office.backroom")));
    const auto init = runCli({QStringLiteral("init"), company, QStringLiteral("--demo"), QStringLiteral("--name"),
                              QStringLiteral("Office: Co")});
    INFO(init.err.toStdString());
    REQUIRE(init.code == 0);

    // Not there yet: the job creates it.
    const QString folder = dir.filePath(QStringLiteral("nightly"));
    const QStringList job{QStringLiteral("backup"), company, QStringLiteral("--folder"), folder,
                          QStringLiteral("--keep"), QStringLiteral("2")};

    // Three runs a few seconds apart at most, the company growing between
    // them: 0, 3 and 7 partners more.
    const qsizetype demoPartners = partnerCount(company);
    REQUIRE(demoPartners > 0);
    QStringList made;
    QList<qsizetype> partnersAt;
    for (int run = 0; run < 3; ++run) {
        if (run > 0)
            REQUIRE(runCli({QStringLiteral("generate"), company, QStringLiteral("core.partner"),
                            QString::number(run == 1 ? 3 : 4)})
                        .code == 0);
        partnersAt.append(partnerCount(company));
        const QStringList before = backupsIn(folder);
        const auto backedUp = runCli(job);
        INFO(backedUp.err.toStdString());
        REQUIRE(backedUp.code == 0);
        CHECK(backedUp.err.isEmpty());
        CHECK(backedUp.out.startsWith(QStringLiteral("Backed up “Office: Co” to ")));
        made.append(addedBy(before, backupsIn(folder)));
        // Named as the automatic backups are: the company (with what no
        // file system takes replaced), its id, the second.
        CHECK(made.constLast().startsWith(QStringLiteral("Office_ Co-")));
        CHECK(made.constLast().contains(QStringLiteral("-auto-")));
        CHECK(backedUp.out.contains(QStringLiteral("Backups of “Office: Co” in %1: %2 kept (at most 2), %3 older removed.")
                                        .arg(QDir::toNativeSeparators(folder))
                                        .arg(std::min(run + 1, 2))
                                        .arg(run == 2 ? 1 : 0)));
        CHECK(leftoversIn(folder).isEmpty());
    }
    CHECK(partnersAt == QList<qsizetype>{demoPartners, demoPartners + 3, demoPartners + 7});
    // Exactly the two newest remain.
    QStringList remaining = backupsIn(folder);
    QStringList expected{made.at(1), made.at(2)};
    remaining.sort();
    expected.sort();
    CHECK(remaining == expected);
    CHECK_FALSE(QFileInfo::exists(QDir(folder).filePath(made.at(0))));

    // Each run is in the company's audit log as a backup naming its file.
    {
        Suite suite({QStringLiteral(BACKROOM_BUILD_MODULE_DIR)});
        suite.loadModules();
        CompanyFile::Status status;
        auto opened = suite.openCompany(company, &status);
        INFO(status.message.toStdString());
        REQUIRE(opened);
        AuditLog::Filter filter;
        filter.action = QString::fromLatin1(AuditLog::Action::Backup);
        const QList<AuditLog::Entry> entries = AuditLog(opened->database()).query(filter);
        REQUIRE(entries.size() == 3);
        QStringList targets;
        for (const AuditLog::Entry &entry : entries) {
            CHECK(entry.user == BackroomTests::testLogin());
            targets.append(QFileInfo(entry.detail.value(QStringLiteral("target")).toString()).fileName());
        }
        targets.sort();
        QStringList all = made;
        all.sort();
        CHECK(targets == all);
    }

    // The newest restores, with the partners the company had when it was made.
    const QString restored = dir.filePath(QStringLiteral("restored.backroom"));
    const auto restore = runCli({QStringLiteral("restore"), QDir(folder).filePath(made.at(2)), restored});
    INFO(restore.err.toStdString());
    REQUIRE(restore.code == 0);
    CHECK(partnerCount(restored) == demoPartners + 7);
    CHECK(runCli({QStringLiteral("verify"), restored}).code == 0);

    // A full disk while the snapshot is written (files may not grow beyond
    // 256 KiB; the server is not limited): exit 1, one sentence, the two
    // backups as they were and nothing else in the folder.
    const QByteArray newestHash = BackroomTests::fileHash(QDir(folder).filePath(made.at(2)));
    const auto full = runCli(job, 256);
    CHECK(full.code == 1);
    CHECK(full.out.isEmpty());
    CHECK(full.err.count(QLatin1Char('\n')) == 1);
    CHECK(full.err.contains(QStringLiteral("backup")));
    remaining = backupsIn(folder);
    remaining.sort();
    CHECK(remaining == expected);
    CHECK(leftoversIn(folder).isEmpty());
    CHECK(BackroomTests::fileHash(QDir(folder).filePath(made.at(2))) == newestHash);

    // A folder that cannot be created (a file is in the way) and one nobody
    // may create files in, root included: exit 1, one sentence naming it.
    QFile inTheWay(dir.filePath(QStringLiteral("not-a-folder")));
    REQUIRE(inTheWay.open(QIODevice::WriteOnly));
    inTheWay.close();
    const QString impossible = dir.filePath(QStringLiteral("not-a-folder/backups"));
    const auto notCreated = runCli({QStringLiteral("backup"), company, QStringLiteral("--folder"), impossible});
    CHECK(notCreated.code == 1);
    CHECK(notCreated.err == QStringLiteral("The folder for automatic backups “%1” does not exist and cannot be created.\n")
                                .arg(QDir::toNativeSeparators(impossible)));
#ifdef Q_OS_LINUX
    const auto readOnly = runCli({QStringLiteral("backup"), company, QStringLiteral("--folder"), QStringLiteral("/proc")});
    CHECK(readOnly.code == 1);
    CHECK(readOnly.out.isEmpty());
    CHECK(readOnly.err.count(QLatin1Char('\n')) == 1);
    CHECK(readOnly.err.contains(QStringLiteral("/proc/Office_ Co-")));
#endif

    // Wrong passwords: Backroom's, and on a server the database's.
    const auto wrong = runCli(job, 0, {{QStringLiteral("BACKROOM_PASSWORD"), QStringLiteral("not-the-password")}});
    CHECK(wrong.code == 1);
    CHECK(wrong.out.isEmpty());
    CHECK(wrong.err.count(QLatin1Char('\n')) == 1);
    if (BackroomTests::onPostgres()) {
        const auto wrongServer = runCli(job, 0, {{QStringLiteral("PGPASSWORD"), QStringLiteral("not-the-password")}});
        CHECK(wrongServer.code == 1);
        CHECK(wrongServer.out.isEmpty());
        CHECK(wrongServer.err.count(QLatin1Char('\n')) == 1);
    }
    remaining = backupsIn(folder);
    remaining.sort();
    CHECK(remaining == expected);

    // The password from a file only its owner reads (what systemd's
    // LoadCredential gives the service); a file others can read is refused.
    const QString passwordFile = dir.filePath(QStringLiteral("backup.password"));
    {
        QFile file(passwordFile);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(BackroomTests::testPassword().toUtf8() + "\n");
        file.close();
        REQUIRE(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    }
    const QMap<QString, QString> fromFile{{QStringLiteral("BACKROOM_PASSWORD"), QString()},
                                          {QStringLiteral("BACKROOM_PASSWORD_FILE"), passwordFile}};
    const QStringList keepOne{QStringLiteral("backup"), company, QStringLiteral("--folder"), folder,
                              QStringLiteral("--keep"), QStringLiteral("1")};
    const auto withFile = runCli(keepOne, 0, fromFile);
    INFO(withFile.err.toStdString());
    CHECK(withFile.code == 0);
    CHECK(withFile.out.contains(QStringLiteral(": 1 kept (at most 1), 2 older removed.")));
    CHECK(backupsIn(folder).size() == 1);
#ifndef Q_OS_WIN
    REQUIRE(QFile::setPermissions(passwordFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                                    | QFileDevice::ReadOther));
    const auto readable = runCli(keepOne, 0, fromFile);
    CHECK(readable.code == 1);
    CHECK(readable.err == QStringLiteral("The password file “%1” can be read by other users of this computer; make it "
                                         "readable by its owner only (chmod 600).\n")
                              .arg(passwordFile));
#endif
    const auto missing = runCli(keepOne, 0, {{QStringLiteral("BACKROOM_PASSWORD"), QString()},
                                             {QStringLiteral("BACKROOM_PASSWORD_FILE"), dir.filePath(QStringLiteral("none"))}});
    CHECK(missing.code == 1);
    CHECK(missing.err.startsWith(QStringLiteral("The password file “%1” (BACKROOM_PASSWORD_FILE) cannot be read: ")
                                     .arg(dir.filePath(QStringLiteral("none")))));
    CHECK(backupsIn(folder).size() == 1);
}

TEST_CASE("backroom-cli backup --folder: usage mistakes exit with 2 and write nothing", "[cli][backup][scheduled]")
{
    QTemporaryDir dir;
    const QString company = dir.filePath(QStringLiteral("usage.backroom"));
    REQUIRE(runCli({QStringLiteral("init"), company}).code == 0);
    const QString folder = dir.filePath(QStringLiteral("backups"));
    const auto usage = [&](const QStringList &arguments) {
        const auto run = runCli(arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        CHECK(run.code == 2);
        CHECK(run.err.startsWith(QStringLiteral("backroom-cli: ")));
        return run.err;
    };
    const QString backup = QStringLiteral("backup");
    const QString folderFlag = QStringLiteral("--folder");
    const QString keepFlag = QStringLiteral("--keep");
    CHECK(usage({backup, company, folderFlag, folder, keepFlag, QStringLiteral("0")})
              .contains(QStringLiteral("--keep takes how many backups to keep, from 1 to 999")));
    usage({backup, company, folderFlag, folder, keepFlag, QStringLiteral("-3")});
    usage({backup, company, folderFlag, folder, keepFlag, QStringLiteral("many")});
    usage({backup, company, folderFlag, folder, keepFlag, QStringLiteral("1000")});
    CHECK(usage({backup, company, keepFlag, QStringLiteral("3")}).contains(QStringLiteral("--keep only applies with --folder")));
    usage({backup, company, dir.filePath(QStringLiteral("x.bkbackup")), folderFlag, folder});
    usage({backup, folderFlag, folder});
    usage({backup, company, folderFlag, QStringLiteral("postgresql://backroom@localhost/books")});
    CHECK(usage({QStringLiteral("verify"), company, folderFlag, folder})
              .contains(QStringLiteral("--folder and --keep only apply to backup")));
    CHECK_FALSE(QFileInfo::exists(folder));
    CHECK(BackroomTests::folderEntries(dir.path()) == QStringList{QStringLiteral("usage.backroom")});

    const auto help = runCli({QStringLiteral("--help")});
    CHECK(help.out.contains(QStringLiteral("backup FILE --folder DIR [--keep N]")));
    CHECK(help.out.contains(QStringLiteral("BACKROOM_PASSWORD_FILE")));
}
