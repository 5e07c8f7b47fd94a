#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

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

class HomePage;
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
    bool openCompany(const QString &path, QString *errorString = nullptr, bool quiet = false);
    bool openDemoCompany(QString *errorString = nullptr, bool quiet = false);
    void closeCompany();
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
    void createActions();
    void createMenus();
    void buildSwitcher();
    void updateCompanyState();
    void updateRecentMenu();
    void addRecentFile(const QString &path);
    void switchTo(int row);
    void newCompany();
    void openCompanyDialog();
    void backUp();
    void triggerPageAction(const QString &name);
    void showModuleStatus();
    void showPreferences();
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
    QAction *m_backupAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_toggleSwitcherAction = nullptr;
    QList<QAction *> m_moduleActions;
    bool m_closing = false;
};

} // namespace Internal
} // namespace Backroom
