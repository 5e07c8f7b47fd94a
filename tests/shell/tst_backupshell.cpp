// backroom-cli backup and restore as a clerk runs them: exit codes, messages,
// administrators only, an existing company replaced only with --force and
// kept aside, and the restored company passing verify. The Preferences'
// Backups page and the automatic backup when a company is closed.
#include "auditlog.h"
#include "automaticbackups.h"
#include "backupreader.h"
#include "companyfile.h"
#include "localization.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "suite.h"
#include "testsupport.h"
#include "useraccounts.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QApplication>
#include <QSpinBox>
#include <QTemporaryDir>

using namespace Backroom;
using Backroom::Internal::MainWindow;
using Backroom::Internal::PreferencesDialog;
using BackroomTests::runCli;

TEST_CASE("backroom-cli backup and restore: a demo company back from its backup, verified", "[cli][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.backroom"));
    const auto init = runCli({QStringLiteral("init"), path, QStringLiteral("--demo"), QStringLiteral("--lang"),
                              QStringLiteral("zh_CN")});
    INFO(init.err.toStdString());
    REQUIRE(init.code == 0);
    {
        Suite suite({QStringLiteral(BACKROOM_BUILD_MODULE_DIR)});
        suite.loadModules();
        CompanyFile::Status status;
        auto company = suite.openCompany(path, &status);
        REQUIRE(company);
        REQUIRE(UserAccounts(company->database())
                    .createUser(QStringLiteral("clerk1"), {}, QStringLiteral("Clerk-pass-1"), {QStringLiteral("manager")})
                    .ok);
    }

    // Usage mistakes exit with 2.
    CHECK(runCli({QStringLiteral("backup"), path}).code == 2);
    CHECK(runCli({QStringLiteral("restore"), path}).code == 2);
    CHECK(runCli({QStringLiteral("backup"), path, dir.filePath(QStringLiteral("x")), QStringLiteral("--force")}).code == 2);

    // A clerk who may not administer users and roles may not carry the company away.
    const auto refused = runCli({QStringLiteral("backup"), path, dir.filePath(QStringLiteral("clerk.bkbackup"))}, 0,
                                {{QStringLiteral("BACKROOM_USER"), QStringLiteral("clerk1")},
                                 {QStringLiteral("BACKROOM_PASSWORD"), QStringLiteral("Clerk-pass-1")}});
    CHECK(refused.code == 1);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("clerk.bkbackup"))));

    // OUT without an extension gets one.
    const auto made = runCli({QStringLiteral("backup"), path, dir.filePath(QStringLiteral("demo-backup"))});
    INFO(made.err.toStdString());
    REQUIRE(made.code == 0);
    const QString backup = dir.filePath(QStringLiteral("demo-backup.bkbackup"));
    CHECK(QFileInfo::exists(backup));
    CHECK(made.out.contains(QStringLiteral("Backed up")));
    CHECK(made.out.contains(QStringLiteral("SHA-256 of the data: ")));
    CHECK(made.out.contains(QStringLiteral("finance ")));
    // Not over an existing backup.
    const auto again = runCli({QStringLiteral("backup"), path, backup});
    CHECK(again.code == 1);
    CHECK(again.err.contains(QStringLiteral("already exists")));

    const QString restored = dir.filePath(QStringLiteral("restored.backroom"));
    const auto restore = runCli({QStringLiteral("restore"), backup, restored});
    INFO(restore.err.toStdString());
    REQUIRE(restore.code == 0);
    CHECK(restore.out.contains(QStringLiteral("Restored")));
    const auto verify = runCli({QStringLiteral("verify"), restored});
    INFO(verify.out.toStdString());
    CHECK(verify.code == 0);
    const auto exportOf = [](const QString &location) {
        return runCli({QStringLiteral("export"), location, QStringLiteral("finance.voucher"), QStringLiteral("-o"),
                       QStringLiteral("-")}).out;
    };
    const QString vouchers = exportOf(path);
    CHECK(vouchers.count(QLatin1Char('\n')) > 5);
    CHECK(exportOf(restored) == vouchers);

    // Over an existing company: refused without --force; with it, kept aside.
    const QByteArray before = BackroomTests::fileHash(restored);
    const auto noForce = runCli({QStringLiteral("restore"), backup, restored});
    CHECK(noForce.code == 1);
    CHECK(noForce.err.contains(QStringLiteral("already exists")));
    CHECK(BackroomTests::fileHash(restored) == before);
    // Only an administrator of the company in the backup restores it.
    const auto clerk = runCli({QStringLiteral("restore"), backup, restored, QStringLiteral("--force")}, 0,
                              {{QStringLiteral("BACKROOM_USER"), QStringLiteral("clerk1")},
                               {QStringLiteral("BACKROOM_PASSWORD"), QStringLiteral("Clerk-pass-1")}});
    CHECK(clerk.code == 1);
    CHECK(clerk.err.contains(QStringLiteral("clerk1")));
    CHECK(BackroomTests::fileHash(restored) == before);
    const auto forced = runCli({QStringLiteral("restore"), backup, restored, QStringLiteral("--force")});
    INFO(forced.err.toStdString());
    REQUIRE(forced.code == 0);
    CHECK(forced.out.contains(QStringLiteral("is kept as")));
    QStringList aside = QDir(dir.path()).entryList({QStringLiteral("restored.replaced-*.backroom")}, QDir::Files);
    REQUIRE(aside.size() == 1);
    CHECK(BackroomTests::fileHash(dir.filePath(aside.constFirst())) == before);
    CHECK(runCli({QStringLiteral("verify"), restored}).code == 0);

    // Anything that is not a backup: refused, exit 1, nothing written.
    const QStringList entries = BackroomTests::folderEntries(dir.path());
    const auto garbage = runCli({QStringLiteral("restore"), path, dir.filePath(QStringLiteral("g.backroom"))});
    CHECK(garbage.code == 1);
    CHECK(garbage.err.contains(QStringLiteral("not a Backroom backup")));
    CHECK(BackroomTests::folderEntries(dir.path()) == entries);

    // Messages in Chinese with --lang zh_CN.
    const auto chinese = runCli({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("restore"), backup,
                                 restored});
    CHECK(chinese.code == 1);
    CHECK_FALSE(chinese.err.contains(QStringLiteral("already exists")));

    const auto help = runCli({QStringLiteral("--help")});
    CHECK(help.out.contains(QStringLiteral("backup FILE OUT")));
    CHECK(help.out.contains(QStringLiteral("restore BACKUP TARGET [--force]")));
}

TEST_CASE("Preferences set the automatic backups, which are made when a company is closed", "[shell][backup]")
{
    Localization::apply(QStringLiteral("en"));
    Suite suite({QStringLiteral(BACKROOM_BUILD_MODULE_DIR)});
    suite.loadModules();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.backroom"));
    {
        CompanyFile::NewCompany company;
        company.name = QStringLiteral("Demo");
        company.demo = true;
        CompanyFile::Status status;
        REQUIRE(suite.createCompany(path, company, &status));
    }
    const QString folder = dir.filePath(QStringLiteral("backups"));
    {
        PreferencesDialog dialog(suite.registries());
        dialog.setCompanyPath(path);
        auto *enabled = dialog.findChild<QCheckBox *>(QStringLiteral("backupEnabled"));
        auto *folderEdit = dialog.findChild<QLineEdit *>(QStringLiteral("backupFolder"));
        auto *generations = dialog.findChild<QSpinBox *>(QStringLiteral("backupGenerations"));
        auto *warning = dialog.findChild<QLabel *>(QStringLiteral("backupWarning"));
        REQUIRE(enabled);
        REQUIRE(folderEdit);
        REQUIRE(generations);
        REQUIRE(warning);
        CHECK_FALSE(enabled->isChecked());
        CHECK_FALSE(folderEdit->isEnabled());
        enabled->setChecked(true);
        CHECK(warning->text().contains(QStringLiteral("Choose the folder")));
        folderEdit->setText(QDir::toNativeSeparators(folder));
        // A temporary folder is on the company's disk: said plainly.
        CHECK(warning->text().contains(QStringLiteral("same disk")));
        CHECK_FALSE(warning->isHidden());
        generations->setValue(2);
        dialog.accept();
    }
    const AutomaticBackups::Settings settings = AutomaticBackups::Settings::load();
    CHECK(settings.enabled);
    CHECK(settings.folder == folder);
    CHECK(settings.generations == 2);
    CHECK(settings.onClose);

    MainWindow window(suite);
    QString companyId;
    for (int round = 1; round <= 3; ++round) {
        QString error;
        REQUIRE(window.openCompany(path, &error, true));
        companyId = window.company()->meta(QStringLiteral("company_id"));
        window.closeCompany();
        CHECK(AutomaticBackups::generations(folder, companyId).size() == std::min(round, 2));
    }
    for (const QString &backup : AutomaticBackups::generations(folder, companyId)) {
        BackupReader reader(backup);
        CHECK(reader.readMetadata().ok());
        CHECK(reader.metadata().companyName == QStringLiteral("Demo"));
    }
    AutomaticBackups::Settings off = settings;
    off.enabled = false;
    off.save();
}

// Not a check: pictures of the Backups page and the File menu for a person
// to look at, in both languages, when BACKROOM_SCREENSHOT_DIR names a folder.
TEST_CASE("Screenshots of the backup screens", "[shell][backup][.screenshots]")
{
    const QString out = qEnvironmentVariable("BACKROOM_SCREENSHOT_DIR");
    if (out.isEmpty())
        return;
    Suite suite({QStringLiteral(BACKROOM_BUILD_MODULE_DIR)});
    suite.loadModules();
    QTemporaryDir dir;
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        Localization::apply(language);
        PreferencesDialog dialog(suite.registries());
        dialog.setCompanyPath(dir.filePath(QStringLiteral("shop.backroom")));
        dialog.findChild<QTabWidget *>()->setCurrentIndex(1);
        dialog.findChild<QCheckBox *>(QStringLiteral("backupEnabled"))->setChecked(true);
        dialog.findChild<QLineEdit *>(QStringLiteral("backupFolder"))->setText(dir.path());
        dialog.show();
        QApplication::processEvents();
        dialog.grab().save(QDir(out).filePath(QStringLiteral("preferences-backups-%1.png").arg(language)));
        MainWindow window(suite);
        QMenu *file = window.menuBar()->findChildren<QMenu *>().constFirst();
        file->adjustSize();
        file->grab().save(QDir(out).filePath(QStringLiteral("file-menu-%1.png").arg(language)));
    }
    Localization::apply(QStringLiteral("en"));
}
