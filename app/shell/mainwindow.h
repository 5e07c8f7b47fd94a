#pragma once

#include "roles.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace Backroom {

class CompanyFile;
class CompanySession;
class ModuleSpec;
class Suite;

namespace Internal {

class BackupActions;
class HomePage;
class IdleWatcher;
class ModuleArea;
class WelcomePage;

// The shell: a module switcher on the left, the selected module's pages on
// the right, menus, and a status bar naming the company and the user.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Suite &suite, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a company file; on failure shows why (unless quiet) and keeps
    // whatever was open before.
    bool openCompany(const QString &path, QString *errorString = nullptr, bool quiet = false,
                     const QString &serverPassword = {});
    // File → Open Server Company; `url` fills the form (a recent company),
    // `notice` says why it is asked again, `remember` ticks "Remember password".
    void openServerCompanyDialog(const QString &url = {}, const QString &notice = {}, bool remember = false);
    // A recent server company: with the password the system keychain keeps
    // for it, straight away; otherwise (or when the server refuses the saved
    // password, which is then forgotten) through the form.
    void openServerCompany(const QString &url);
    // Forgets the password the keychain keeps for `url`'s connection (the
    // welcome page's "Forget Saved Password"). False when the keychain failed.
    bool forgetServerPassword(const QString &url);
    bool openDemoCompany(QString *errorString = nullptr, bool quiet = false);
    void closeCompany();
    // Who signs in without the login dialog (--user and BACKROOM_PASSWORD:
    // headless runs, tests). Unset: the dialog asks.
    void setSignIn(const QString &login, const QString &password);
    // For tests: File → Restore asks this for the backup (save false) and the
    // target (save true) instead of a file dialog; an empty answer cancels.
    using FileChooser = std::function<QString(bool save)>;
    void setFileChooserForTesting(FileChooser chooser) { m_fileChooser = std::move(chooser); }
    // Locks the window after this many idle minutes (0: never); from the
    // preferences, default 15.
    void setIdleLockMinutes(int minutes);
    IdleWatcher *idleWatcher() const { return m_idle; }
    // Hides the company's pages until the user signs in again (or closes the
    // company); the idle watcher calls it.
    void lockSession();
    bool isLocked() const { return m_locked; }

    // The demo company's administrator: a sample file, so its password is
    // shown on the login dialog.
    static QString demoLogin() { return QStringLiteral("demo"); }
    static QString demoPassword() { return QStringLiteral("backroom"); }
    CompanyFile *company() const { return m_company.get(); }

    // "home", "finance" or "finance/overview". Returns false for an unknown page.
    // "module", "module/page", or "module/page#id" ("#new") for a record.
    bool showPage(const QString &target);
    QString currentPageId() const;
    QStringList pageIds() const;

    void restoreSettings();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    WelcomePage *welcomePage();
    bool pagesCanClose();
    std::optional<AccessControl> signIn(CompanyFile &company, QString *errorString, bool quiet);
    // The second half of openCompany: signs in to a company already opened
    // and shows it in place of the one open before.
    bool adoptCompany(std::unique_ptr<CompanyFile> company, QString *errorString, bool quiet);
    // After a server company opened: keeps its password in the keychain or
    // forgets it there, as the clerk chose.
    void keepServerPassword(const QString &url, const QString &password, bool remember);
    void createActions();
    void createMenus();
    void buildSwitcher();
    void updateCompanyState();
    void updateRecentMenu();
    void addRecentFile(const QString &path);
    void switchTo(int row);
    void newCompany();
    void openCompanyDialog();
    void openRecent(const QString &path);
    void restoreBackup();
    void triggerPageAction(const QString &name);
    void showModuleStatus();
    void verifyData();
    void showPreferences();
    void changePassword();
    void showAbout();
    void forwardToFocus(const char *slot);
    ModuleArea *areaFor(const QString &moduleId) const;

    Suite &m_suite;
    std::unique_ptr<CompanyFile> m_company;
    std::unique_ptr<CompanySession> m_session;

    QListWidget *m_switcher = nullptr;
    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    HomePage *m_home = nullptr;
    QList<ModuleArea *> m_areas;
    QLabel *m_companyLabel = nullptr;
    QLabel *m_userLabel = nullptr;

    QMenu *m_recentMenu = nullptr;
    QMenu *m_modulesMenu = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_changePasswordAction = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_verifyAction = nullptr;
    BackupActions *m_backups = nullptr;
    // Closing to restore over the company: no automatic backup first (it
    // is kept aside whole).
    bool m_skipBackupOnClose = false;
    // Signed in to a restored company already (File → Restore): its login,
    // used once when it is opened right after.
    QString m_restoredLogin;
    QAction *m_printAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_toggleSwitcherAction = nullptr;
    QList<QAction *> m_moduleActions;
    bool m_closing = false;
    QString m_signInLogin;
    QString m_signInPassword;
    FileChooser m_fileChooser;
    // Set by New Company for the sign-in right after creating it.
    QString m_pendingLogin;
    QString m_pendingPassword;
    IdleWatcher *m_idle = nullptr;
    bool m_locked = false;
};

} // namespace Internal
} // namespace Backroom
