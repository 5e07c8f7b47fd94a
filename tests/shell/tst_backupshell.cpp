// backroom-cli backup and restore as a clerk runs them: exit codes, messages,
// administrators only, an existing company replaced only with --force and
// kept aside, and the restored company passing verify. The Preferences'
// Backups page and the automatic backup when a company is closed. File →
// Restore driven end to end, its dialogs answered as a clerk would.
#include "auditlog.h"
#include "automaticbackups.h"
#include "backupreader.h"
#include "companyfile.h"
#include "database.h"
#include "localization.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "suite.h"
#include "testsupport.h"
#include "useraccounts.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QCheckBox>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>
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

#include <deque>

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

namespace {

// Answers File → Restore's questions as a clerk would: each file it asks
// for is the next path (none left or an empty one: Cancel), through the
// window's test hook; the question about replacing a company gets `replace`,
// and every message box is written down and closed (polled by a timer: the
// boxes run their own event loops).
class DialogAnswerer
{
public:
    explicit DialogAnswerer(MainWindow &window)
        : m_window(window)
    {
        m_window.setFileChooserForTesting([this](bool) {
            ++fileDialogs;
            if (files.empty())
                return QString();
            const QString file = files.front();
            files.pop_front();
            return file;
        });
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { answer(); });
        m_timer.start();
    }

    ~DialogAnswerer() { m_window.setFileChooserForTesting({}); }

    std::deque<QString> files;
    bool replace = false;
    QStringList messages;   // "title: text informative text"
    int fileDialogs = 0;

private:
    void answer()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            if (box != m_lastBox) {
                m_lastBox = box;
                messages.append(box->windowTitle() + QStringLiteral(": ") + box->text() + QLatin1Char(' ')
                                + box->informativeText());
            }
            for (QAbstractButton *button : box->buttons()) {
                if (replace && button->text() == QStringLiteral("Replace")) {
                    button->click();
                    return;
                }
            }
            if (QAbstractButton *cancel = box->button(QMessageBox::Cancel)) {
                cancel->click();
                return;
            }
            box->accept();
        }
    }

    QPointer<QMessageBox> m_lastBox;
    MainWindow &m_window;
    QTimer m_timer;
};

QAction *restoreAction(MainWindow &window)
{
    for (QAction *action : window.menuBar()->findChildren<QAction *>())
        if (action->text() == QStringLiteral("&Restore Company…"))
            return action;
    FAIL("File → Restore Company… not found");
    return nullptr;
}

qint64 partnerCount(const QString &path)
{
    Suite suite({QStringLiteral(BACKROOM_BUILD_MODULE_DIR)});
    suite.loadModules();
    CompanyFile::Status status;
    auto company = CompanyFile::openReadOnly(path, &status);
    INFO(status.message.toStdString());
    REQUIRE(company);
    return company->database().scalar(QStringLiteral("SELECT count(*) FROM core_partner"))->toLongLong();
}

} // namespace

TEST_CASE("File → Restore: into a new file, over an open company with confirmation, a corrupt backup refused",
          "[shell][backup][restore]")
{
    Localization::apply(QStringLiteral("en"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.backroom"));
    REQUIRE(runCli({QStringLiteral("init"), path, QStringLiteral("--demo"), QStringLiteral("--name"),
                    QStringLiteral("Shop")}).code == 0);
    const QString backup = dir.filePath(QStringLiteral("shop.bkbackup"));
    const auto made = runCli({QStringLiteral("backup"), path, backup});
    INFO(made.err.toStdString());
    REQUIRE(made.code == 0);
    const qint64 partnersInBackup = partnerCount(path);
    // Work done after the backup: the company differs from it.
    REQUIRE(runCli({QStringLiteral("generate"), path, QStringLiteral("core.partner"), QStringLiteral("7")}).code == 0);
    REQUIRE(partnerCount(path) == partnersInBackup + 7);

    Suite suite({QStringLiteral(BACKROOM_BUILD_MODULE_DIR)});
    suite.loadModules();
    MainWindow window(suite);
    window.setSignIn(BackroomTests::testLogin(), BackroomTests::testPassword());
    QAction *restore = restoreAction(window);
    REQUIRE(restore);

    SECTION("into a new file, which is then open")
    {
        const QString target = dir.filePath(QStringLiteral("copy.backroom"));
        DialogAnswerer answers(window);
        answers.files = {backup, target};
        restore->trigger();
        CHECK(answers.fileDialogs == 2);
        REQUIRE(answers.messages.size() == 1);
        CHECK(answers.messages.constFirst().startsWith(QStringLiteral("Company Restored: “Shop” was restored from the "
                                                                      "backup made on ")));
        CHECK_FALSE(answers.messages.constFirst().contains(QStringLiteral("kept as")));
        REQUIRE(window.company());
        CHECK(QFileInfo(window.company()->path()).canonicalFilePath() == QFileInfo(target).canonicalFilePath());
        window.closeCompany();
        CHECK(partnerCount(target) == partnersInBackup);
        CHECK(partnerCount(path) == partnersInBackup + 7);
        const auto verify = runCli({QStringLiteral("verify"), target});
        INFO(verify.out.toStdString());
        CHECK(verify.code == 0);
    }

    SECTION("over the company open in the window: asked first, Cancel changes nothing, Replace keeps it aside")
    {
        QString error;
        REQUIRE(window.openCompany(path, &error, true));
        const QByteArray before = BackroomTests::fileHash(path);
        const QStringList entries = BackroomTests::folderEntries(dir.path());
        {
            DialogAnswerer answers(window);
            answers.files = {backup, path};
            answers.replace = false;
            restore->trigger();
            REQUIRE(answers.messages.size() == 1);
            CHECK(answers.messages.constFirst().startsWith(QStringLiteral("Replace Company: “%1” already exists.")
                                                               .arg(QDir::toNativeSeparators(path))));
            CHECK(answers.messages.constFirst().contains(QStringLiteral("is not deleted")));
        }
        // Still open, untouched.
        REQUIRE(window.company());
        CHECK(window.company()->path() == path);
        CHECK(BackroomTests::folderEntries(dir.path()) == entries);

        DialogAnswerer answers(window);
        answers.files = {backup, path};
        answers.replace = true;
        restore->trigger();
        REQUIRE(answers.messages.size() == 2);
        CHECK(answers.messages.at(1).startsWith(QStringLiteral("Company Restored: ")));
        CHECK(answers.messages.at(1).contains(QStringLiteral("The company that was there is kept as")));
        REQUIRE(window.company());
        window.closeCompany();
        const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("shop.replaced-*.backroom")}, QDir::Files);
        REQUIRE(aside.size() == 1);
        CHECK(answers.messages.at(1).contains(aside.constFirst()));
        // The replaced company, with the work done after the backup, is kept.
        CHECK(partnerCount(dir.filePath(aside.constFirst())) == partnersInBackup + 7);
        CHECK(partnerCount(path) == partnersInBackup);
        CHECK(runCli({QStringLiteral("verify"), path}).code == 0);
        CHECK(runCli({QStringLiteral("verify"), dir.filePath(aside.constFirst())}).code == 0);
        (void)before;
    }

    SECTION("a damaged backup is refused with a message, and nothing is touched")
    {
        // Cut short: the description reads, the data does not.
        const QString cut = dir.filePath(QStringLiteral("cut.bkbackup"));
        {
            QFile in(backup);
            REQUIRE(in.open(QIODevice::ReadOnly));
            QFile out(cut);
            REQUIRE(out.open(QIODevice::WriteOnly));
            out.write(in.read(in.size() * 2 / 3));
        }
        // Not a backup at all.
        const QString garbage = dir.filePath(QStringLiteral("garbage.bkbackup"));
        {
            QFile out(garbage);
            REQUIRE(out.open(QIODevice::WriteOnly));
            out.write(QByteArray(4096, 'x'));
        }
        const QByteArray before = BackroomTests::fileHash(path);
        const QStringList entries = BackroomTests::folderEntries(dir.path());
        {
            DialogAnswerer answers(window);
            answers.files = {cut, path};
            answers.replace = true;
            restore->trigger();
            REQUIRE(answers.messages.size() == 2);
            CHECK(answers.messages.at(0).startsWith(QStringLiteral("Replace Company: ")));
            CHECK(answers.messages.at(1).startsWith(QStringLiteral("Cannot Restore: ")));
            CHECK(answers.messages.at(1).contains(QStringLiteral("cut short")));
        }
        CHECK(BackroomTests::fileHash(path) == before);
        CHECK(BackroomTests::folderEntries(dir.path()) == entries);
        {
            DialogAnswerer answers(window);
            answers.files = {garbage, dir.filePath(QStringLiteral("new.backroom"))};
            restore->trigger();
            // Refused before the target is even asked for.
            CHECK(answers.fileDialogs == 1);
            REQUIRE(answers.messages.size() == 1);
            CHECK(answers.messages.constFirst().startsWith(QStringLiteral("Cannot Restore: ")));
            CHECK(answers.messages.constFirst().contains(QStringLiteral("not a Backroom backup")));
        }
        CHECK(BackroomTests::fileHash(path) == before);
        CHECK(BackroomTests::folderEntries(dir.path()) == entries);
        CHECK_FALSE(window.company());
        CHECK(partnerCount(path) == partnersInBackup + 7);
    }
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
