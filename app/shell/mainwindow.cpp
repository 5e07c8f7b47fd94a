#include "iconcache.h"
#include "mainwindow.h"

#include "apppaths.h"
#include "backupactions.h"
#include "backupreader.h"
#include "companybackup.h"
#include "calibrationdialog.h"
#include "changepassworddialog.h"
#include "companyfile.h"
#include "companysession.h"
#include "database.h"
#include "entitypage.h"
#include "firstadministratordialog.h"
#include "homepage.h"
#include "idlewatcher.h"
#include "localization.h"
#include "logindialog.h"
#include "modulearea.h"
#include "modulesdialog.h"
#include "newcompanydialog.h"
#include "servercompanydialog.h"
#include "serverpasswordstore.h"
#include "preferencesdialog.h"
#include "reportspage.h"
#include "signin.h"
#include "suite.h"
#include "systemaccount.h"
#include "useraccounts.h"
#include "version.h"
#include "verifydatadialog.h"
#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>

namespace Backroom::Internal {

namespace {
constexpr int kHomeRow = 0;
constexpr int kMaxRecent = 8;
const char kRecentKey[] = "company/recent";
const char kLastKey[] = "company/last";

// Whether a failed connection was the server refusing the password (and not,
// say, the server being down, when a saved password is kept). libpq passes
// the server's message on, in the server's language: English or Chinese.
bool passwordRefused(const QString &message)
{
    static const QRegularExpression refused(
        QStringLiteral("password authentication failed|Password 认证失败|口令认证失败|密码认证失败|28P01"),
        QRegularExpression::CaseInsensitiveOption);
    return refused.match(message).hasMatch();
}

} // namespace

MainWindow::MainWindow(Suite &suite, QWidget *parent)
    : QMainWindow(parent)
    , m_suite(suite)
{
    setWindowIcon(IconCache::icon(QStringLiteral(":/backroom/icons/backroom.svg")));
    setObjectName(QStringLiteral("MainWindow"));

    m_switcher = new QListWidget(this);
    m_switcher->setObjectName(QStringLiteral("moduleSwitcher"));
    m_switcher->setIconSize(QSize(24, 24));
    m_switcher->setSpacing(1);
    m_switcher->setFrameShape(QFrame::NoFrame);
    m_switcher->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_switcher->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_switcher->setBackgroundRole(QPalette::AlternateBase);
    m_switcher->setAutoFillBackground(true);

    m_backups = new BackupActions(m_suite, this);
    connect(m_backups, &BackupActions::statusMessage, this,
            [this](const QString &message, int timeout) { statusBar()->showMessage(message, timeout); });

    m_idle = new IdleWatcher(this);
    m_idle->setTimeoutMinutes(QSettings().value(QStringLiteral("security/lockAfterMinutes"), 15).toInt());
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lockSession);

    m_stack = new QStackedWidget(this);
    m_home = new HomePage(m_suite, m_stack);
    m_stack->addWidget(m_home);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_switcher);
    auto *line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_companyLabel = new QLabel(this);
    m_userLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_companyLabel);
    statusBar()->addPermanentWidget(m_userLabel);

    createActions();
    buildSwitcher();
    createMenus();

    connect(m_switcher, &QListWidget::currentRowChanged, this, &MainWindow::switchTo);

    updateCompanyState();
    updateRecentMenu();
    resize(1280, 800);

    if (m_suite.modules().hasFailures())
        statusBar()->showMessage(tr("Some modules could not be started; Help → Module Status shows why."));
}

MainWindow::~MainWindow()
{
    // Pages hold references into the session: delete them before it.
    for (ModuleArea *area : std::as_const(m_areas))
        area->setSession(nullptr);
    m_home->setSession(nullptr);
}

WelcomePage *MainWindow::welcomePage()
{
    // Built on first need: when Backroom starts on a company it is never shown.
    if (!m_welcome) {
        m_welcome = new WelcomePage(m_stack);
        m_stack->addWidget(m_welcome);
        connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newCompany);
        connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openCompanyDialog);
        connect(m_welcome, &WelcomePage::demoRequested, this, [this] { openDemoCompany(); });
        connect(m_welcome, &WelcomePage::recentRequested, this, [this](const QString &path) { openRecent(path); });
        connect(m_welcome, &WelcomePage::forgetPasswordRequested, this,
                [this](const QString &path) { forgetServerPassword(path); });
        updateRecentMenu();
    }
    return m_welcome;
}

void MainWindow::createActions()
{
    m_closeAction = new QAction(tr("&Close Company"), this);
    connect(m_closeAction, &QAction::triggered, this, [this] {
        if (pagesCanClose())
            closeCompany();
    });
    m_changePasswordAction = new QAction(tr("C&hange Password…"), this);
    connect(m_changePasswordAction, &QAction::triggered, this, &MainWindow::changePassword);
    // Stepping away from the desk: Ctrl+L, as in the other programs clerks use.
    m_lockAction = new QAction(tr("&Lock"), this);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lockSession);
    m_backupAction = new QAction(tr("&Back Up Company…"), this);
    m_backupAction->setStatusTip(tr("Save a checked, compressed backup of the open company"));
    connect(m_backupAction, &QAction::triggered, m_backups, &BackupActions::backUp);
    m_printAction = new QAction(tr("&Print…"), this);
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setEnabled(false);
    m_printAction->setStatusTip(tr("Print the current document or report"));
    m_exportAction = new QAction(tr("&Export…"), this);
    m_exportAction->setEnabled(false);
    m_exportAction->setStatusTip(tr("Export the current list or report"));
    // Pages that can print or export name an action "backroom-print" or
    // "backroom-export"; the File menu and its shortcuts trigger theirs.
    connect(m_printAction, &QAction::triggered, this, [this] { triggerPageAction(QStringLiteral("backroom-print")); });
    connect(m_exportAction, &QAction::triggered, this, [this] { triggerPageAction(QStringLiteral("backroom-export")); });
    m_toggleSwitcherAction = new QAction(tr("&Department Bar"), this);
    m_toggleSwitcherAction->setCheckable(true);
    m_toggleSwitcherAction->setChecked(true);
    m_toggleSwitcherAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    connect(m_toggleSwitcherAction, &QAction::toggled, m_switcher, &QWidget::setVisible);
}

void MainWindow::buildSwitcher()
{
    auto *home = new QListWidgetItem(IconCache::icon(QStringLiteral(":/backroom/icons/home.svg")), tr("My Work"), m_switcher);
    home->setData(Qt::UserRole, QStringLiteral("home"));
    home->setToolTip(tr("My Work (Alt+Home)"));

    QList<const ModuleSpec *> modules;
    for (const ModuleSpec *spec : m_suite.modules().modules())
        modules.append(spec);
    std::stable_sort(modules.begin(), modules.end(),
                     [](const ModuleSpec *a, const ModuleSpec *b) { return a->order() < b->order(); });
    // Basic Data first: every department refers to its records.
    modules.prepend(&m_suite.coreSpec());
    // System administration last: few open it, and only some may.
    modules.append(&m_suite.administrationSpec());
    int departmentNumber = 0;
    for (const ModuleSpec *spec : modules) {
        // Invalid plugins have no trustworthy identity; they are listed in
        // Module Status only.
        if (spec->state() == ModuleSpec::State::Invalid)
            continue;
        auto *area = new ModuleArea(*spec, m_suite.registries().pages.itemsOf(spec->id()), m_stack);
        area->setObjectName(QStringLiteral("module-") + spec->id());
        m_stack->addWidget(area);
        m_areas.append(area);

        const QIcon icon = spec->hasError() ? style()->standardIcon(QStyle::SP_MessageBoxWarning)
                                            : IconCache::icon(spec->iconPath());
        auto *item = new QListWidgetItem(icon, spec->displayName(), m_switcher);
        item->setData(Qt::UserRole, spec->id());
        // Ctrl+1…9, 0 stay the departments' own, as before Basic Data.
        // System administration gets no shortcut: few open it, from the bar.
        const bool builtIn = spec == &m_suite.coreSpec() || spec == &m_suite.administrationSpec();
        const int number = builtIn ? 0 : ++departmentNumber;
        QKeySequence shortcut;
        if (spec == &m_suite.coreSpec())
            shortcut = QKeySequence(Qt::CTRL | Qt::Key_B);
        else if (number >= 1 && number <= 9)
            shortcut = QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number));
        else if (number == 10)
            shortcut = QKeySequence(Qt::CTRL | Qt::Key_0);
        QString tip = spec->hasError() ? spec->errorString() : spec->displayDescription();
        if (!shortcut.isEmpty())
            tip = QStringLiteral("%1 (%2)\n%3").arg(spec->displayName(),
                                                    shortcut.toString(QKeySequence::NativeText), tip);
        item->setToolTip(tip);

        auto *action = new QAction(icon, spec->displayName(), this);
        action->setShortcut(shortcut);
        const QString id = spec->id();
        connect(action, &QAction::triggered, this, [this, id] { showPage(id); });
        m_moduleActions.append(action);
        addAction(action);
    }
    // Wide enough for the longest name in either language, never wider.
    int width = 0;
    const QFontMetrics metrics(m_switcher->font());
    for (int row = 0; row < m_switcher->count(); ++row)
        width = std::max(width, metrics.horizontalAdvance(m_switcher->item(row)->text()));
    m_switcher->setFixedWidth(std::clamp(width + 24 + 40, 140, 220));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Company…"),
                                         this, &MainWindow::newCompany);
    newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *openAction = file->addAction(tr("&Open Company…"),
                                          this, &MainWindow::openCompanyDialog);
    openAction->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open &Server Company…"), this, [this] { openServerCompanyDialog(); });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open the &Demo Company"), this, [this] { openDemoCompany(); });
    file->addAction(m_closeAction);
    file->addSeparator();
    file->addAction(m_changePasswordAction);
    file->addAction(m_lockAction);
    file->addSeparator();
    file->addAction(m_backupAction);
    file->addAction(tr("&Restore Company…"), this, &MainWindow::restoreBackup)
        ->setStatusTip(tr("Restore a company from a backup file"));
    file->addSeparator();
    file->addAction(m_printAction);
    file->addAction(m_exportAction);
    file->addAction(tr("Printer &Calibration…"), this, [this] {
        CalibrationDialog dialog(this);
        dialog.exec();
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    const struct { QString text; QKeySequence::StandardKey key; const char *slot; } editActions[] = {
        {tr("&Undo"), QKeySequence::Undo, "undo"},
        {tr("&Redo"), QKeySequence::Redo, "redo"},
        {QString(), QKeySequence::UnknownKey, nullptr},
        {tr("Cu&t"), QKeySequence::Cut, "cut"},
        {tr("&Copy"), QKeySequence::Copy, "copy"},
        {tr("&Paste"), QKeySequence::Paste, "paste"},
        {tr("Select &All"), QKeySequence::SelectAll, "selectAll"},
    };
    for (const auto &entry : editActions) {
        if (!entry.slot) {
            edit->addSeparator();
            continue;
        }
        // The menu entries only show the shortcuts; the focused widget
        // handles the keys itself, so the actions must not steal them.
        QAction *action = edit->addAction(entry.text, this, [this, slot = entry.slot] { forwardToFocus(slot); });
        action->setShortcut(entry.key);
        action->setShortcutContext(Qt::WidgetShortcut);
    }
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("Pr&eferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_toggleSwitcherAction);
    QAction *fullScreen = view->addAction(tr("&Full Screen"), this, [this](bool on) {
        setWindowState(on ? (windowState() | Qt::WindowFullScreen) : (windowState() & ~Qt::WindowFullScreen));
    });
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);

    m_modulesMenu = menuBar()->addMenu(tr("&Modules"));
    QAction *home = m_modulesMenu->addAction(IconCache::icon(QStringLiteral(":/backroom/icons/home.svg")), tr("My &Work"),
                                             this, [this] { showPage(QStringLiteral("home")); });
    home->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    m_modulesMenu->addSeparator();
    m_modulesMenu->addActions(m_moduleActions);
    const auto contributed = m_suite.registries().actions.items();
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    // 账套检查: the same checks as `backroom-cli verify`, on the open company.
    m_verifyAction = tools->addAction(tr("&Verify Data…"), this, &MainWindow::verifyData);
    m_verifyAction->setObjectName(QStringLiteral("verifyDataAction"));
    m_verifyAction->setStatusTip(tr("Check the open company's integrity, references, audit log and books"));
    if (!contributed.isEmpty()) {
        tools->addSeparator();
        for (const ActionContribution &contribution : contributed) {
            QAction *action = new QAction(contribution.icon, contribution.text ? contribution.text() : contribution.id, this);
            action->setShortcut(contribution.shortcut);
            connect(action, &QAction::triggered, this, [this, trigger = contribution.trigger] {
                if (trigger)
                    trigger(this);
            });
            (contribution.menu == ActionContribution::Menu::Tools ? tools : m_modulesMenu)->addAction(action);
        }
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Module Status…"), this, &MainWindow::showModuleStatus);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Backroom"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::forwardToFocus(const char *slot)
{
    if (QWidget *focus = QApplication::focusWidget())
        QMetaObject::invokeMethod(focus, slot);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_toggleSwitcherAction->setChecked(settings.value(QStringLiteral("window/departmentBar"), true).toBool());
}

void MainWindow::showEvent(QShowEvent *event)
{
    if (!m_company)
        m_stack->setCurrentWidget(welcomePage());
    QMainWindow::showEvent(event);
}

bool MainWindow::pagesCanClose()
{
    for (ModuleArea *area : std::as_const(m_areas)) {
        if (!area->canClose()) {
            showPage(area->moduleId());
            return false;
        }
    }
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!pagesCanClose()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/departmentBar"), m_toggleSwitcherAction->isChecked());
    settings.setValue(QLatin1String(kLastKey), m_company ? m_company->path() : QString());
    m_closing = true; // no welcome page for a window that is going away
    closeCompany();
    event->accept();
}

bool MainWindow::openCompany(const QString &path, QString *errorString, bool quiet, const QString &serverPassword)
{
    if (m_company && QFileInfo(m_company->path()) == QFileInfo(path)) {
        showPage(QStringLiteral("home"));
        return true;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    CompanyFile::Status status;
    std::unique_ptr<CompanyFile> company = m_suite.openCompany(path, &status, serverPassword);
    QApplication::restoreOverrideCursor();
    if (!company) {
        if (errorString)
            *errorString = status.message;
        if (!quiet)
            QMessageBox::warning(this, tr("Cannot Open Company"), status.message);
        return false;
    }
    return adoptCompany(std::move(company), errorString, quiet);
}

bool MainWindow::adoptCompany(std::unique_ptr<CompanyFile> company, QString *errorString, bool quiet)
{
    if (!pagesCanClose())
        return false;
    const std::optional<AccessControl> access = signIn(*company, errorString, quiet);
    if (!access)
        return false;
    closeCompany();
    m_company = std::move(company);
    m_session = std::make_unique<CompanySession>(*m_company, m_suite.registries(), *access);
    m_session->setPageOpener([this](const QString &target) { return showPage(target); });
    for (ModuleArea *area : std::as_const(m_areas))
        area->setSession(m_session.get());
    m_home->setSession(m_session.get());
    m_backups->setCompany(m_company.get(), m_session.get());
    addRecentFile(m_company->path());
    updateCompanyState();
    showPage(QStringLiteral("home"));
    m_idle->setActive(true);
    if (!m_company->lockNotice().isEmpty())
        statusBar()->showMessage(m_company->lockNotice(), 15000);
    else if (!m_company->absentModules().isEmpty())
        statusBar()->showMessage(tr("This company also has data of modules not installed here (%1); it is kept "
                                    "unchanged.").arg(m_company->absentModules().join(QStringLiteral(", "))),
                                 15000);
    return true;
}

bool MainWindow::openDemoCompany(QString *errorString, bool quiet)
{
    const QString path = AppPaths::demoCompanyPath();
    if (!QFileInfo::exists(path)) {
        CompanyFile::NewCompany company;
        company.language = Localization::currentLanguage();
        company.name = Suite::demoCompanyName(company.language);
        company.demo = true;
        company.administrator = {demoLogin(), QString(), demoPassword()};
        CompanyFile::Status status;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        std::unique_ptr<CompanyFile> created = m_suite.createCompany(path, company, &status);
        QApplication::restoreOverrideCursor();
        if (!created) {
            if (errorString)
                *errorString = status.message;
            if (!quiet)
                QMessageBox::warning(this, tr("Cannot Create the Demo Company"), status.message);
            return false;
        }
        // Released here and opened below like any other company.
    }
    return openCompany(path, errorString, quiet);
}

void MainWindow::setSignIn(const QString &login, const QString &password)
{
    m_signInLogin = login.trimmed();
    m_signInPassword = password;
}

void MainWindow::setIdleLockMinutes(int minutes)
{
    m_idle->setTimeoutMinutes(minutes);
}

std::optional<AccessControl> MainWindow::signIn(CompanyFile &company, QString *errorString, bool quiet)
{
    Database &db = company.database();
    const auto refuse = [&](const QString &message) -> std::optional<AccessControl> {
        if (errorString)
            *errorString = message;
        if (!quiet)
            QMessageBox::warning(this, tr("Cannot Sign In"), message);
        return std::nullopt;
    };
    // Without a dialog: right after New Company, or given on the command line
    // (a headless run signs in to the demo company as its administrator).
    QString login = std::exchange(m_pendingLogin, QString());
    QString password = std::exchange(m_pendingPassword, QString());
    if (login.isEmpty() && !m_signInLogin.isEmpty()) {
        login = m_signInLogin;
        password = m_signInPassword;
    }
    // Just signed in to it to restore it (File → Restore).
    if (const QString restored = std::exchange(m_restoredLogin, QString()); !restored.isEmpty() && login.isEmpty()) {
        if (const std::optional<UserAccounts::User> user = UserAccounts(db).user(restored))
            return AccessControl::forUser(db, user->id, user->login);
    }
    if (login.isEmpty() && quiet && company.isDemo()) {
        login = demoLogin();
        password = demoPassword();
    }
    if (!login.isEmpty()) {
        const SignIn::Result result = SignIn::withPassword(db, login, password);
        if (!result.ok())
            return refuse(result.message);
        if (result.createdAdministrator && !quiet)
            QMessageBox::information(this, tr("Administrator Set Up"), result.message);
        return result.access;
    }
    if (quiet)
        return refuse(tr("Signing in to “%1” without a window needs --user and the password in BACKROOM_PASSWORD.")
                          .arg(company.companyName()));

    UserAccounts accounts(db);
    if (!accounts.hasUsers()) {
        FirstAdministratorDialog dialog(accounts, company.companyName(), this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return AccessControl::forUser(db, dialog.userId(), dialog.login());
    }
    LoginDialog dialog(accounts, company.companyName(), this);
    QSettings settings;
    const QString lastLoginKey = QStringLiteral("login/") + company.meta(QStringLiteral("company_id"));
    dialog.setLogin(company.isDemo() ? demoLogin() : settings.value(lastLoginKey).toString());
    if (company.isDemo())
        dialog.setHint(tr("Demo company: user “%1”, password “%2”.").arg(demoLogin(), demoPassword()));
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    settings.setValue(lastLoginKey, dialog.login());
    return AccessControl::forUser(db, dialog.userId(), dialog.login());
}

void MainWindow::lockSession()
{
    if (!m_session || m_locked)
        return;
    m_locked = true;
    m_idle->setActive(false);
    // Nothing of the company stays on screen behind the dialog.
    centralWidget()->hide();
    UserAccounts accounts(m_company->database());
    LoginDialog dialog(accounts, m_company->companyName(), this);
    dialog.setWindowTitle(tr("Locked — %1").arg(m_company->companyName()));
    dialog.setUnlocking(m_session->userName());
    dialog.setHint(m_idle->isTimedOut()
                       ? tr("Backroom was locked after %n idle minute(s). Enter your password to go on.", nullptr,
                            m_idle->timeoutMinutes())
                       : tr("Backroom is locked. Enter your password to go on."));
    for (;;) {
        if (dialog.exec() == QDialog::Accepted)
            break;
        // Close Company: unsaved changes still get their question; a Cancel
        // there locks again.
        if (pagesCanClose()) {
            m_locked = false;
            centralWidget()->show();
            closeCompany();
            return;
        }
    }
    m_locked = false;
    centralWidget()->show();
    m_idle->setActive(true);
}

void MainWindow::closeCompany()
{
    if (!m_company)
        return;
    if (!std::exchange(m_skipBackupOnClose, false))
        m_backups->backUpBeforeClosing();
    m_backups->setCompany(nullptr, nullptr);
    m_idle->setActive(false);
    for (ModuleArea *area : std::as_const(m_areas))
        area->setSession(nullptr);
    m_home->setSession(nullptr);
    m_session.reset();
    m_company.reset();
    updateCompanyState();
}

void MainWindow::verifyData()
{
    if (!m_company)
        return;
    VerifyDataDialog dialog(m_company->database(), m_suite.registries().verifiers.items(), this);
    dialog.exec();
}

void MainWindow::updateCompanyState()
{
    const bool open = m_company != nullptr;
    m_closeAction->setEnabled(open);
    m_changePasswordAction->setEnabled(open);
    m_lockAction->setEnabled(open);
    m_backupAction->setEnabled(open);
    m_verifyAction->setEnabled(open);
    m_printAction->setEnabled(open);
    m_exportAction->setEnabled(open);
    for (QAction *action : std::as_const(m_moduleActions))
        action->setEnabled(open);
    for (int row = 1; row < m_switcher->count(); ++row) {
        QListWidgetItem *item = m_switcher->item(row);
        item->setFlags(open ? (item->flags() | Qt::ItemIsEnabled) : (item->flags() & ~Qt::ItemIsEnabled));
    }
    if (open) {
        setWindowTitle(tr("%1 — Backroom").arg(m_company->companyName()));
        m_companyLabel->setText(tr("Company: %1").arg(m_company->companyName()));
        m_companyLabel->setToolTip(CompanyFile::displayLocation(m_company->path()));
        m_userLabel->setText(tr("User: %1").arg(m_session->userName()));
        m_stack->setCurrentWidget(m_home);
    } else {
        setWindowTitle(tr("Backroom"));
        m_companyLabel->setText(tr("No company open"));
        m_companyLabel->setToolTip(QString());
        m_userLabel->setText(tr("User: %1").arg(SystemAccount::userName()));
        if (isVisible() && !m_closing)
            m_stack->setCurrentWidget(welcomePage());
        const QSignalBlocker blocker(m_switcher);
        m_switcher->setCurrentRow(kHomeRow);
    }
}

void MainWindow::switchTo(int row)
{
    if (row < 0)
        return;
    if (!m_company) {
        m_stack->setCurrentWidget(welcomePage());
        return;
    }
    if (row == kHomeRow) {
        m_stack->setCurrentWidget(m_home);
        return;
    }
    ModuleArea *area = m_areas.value(row - 1);
    if (!area)
        return;
    area->ensurePages();
    m_stack->setCurrentWidget(area);
}

ModuleArea *MainWindow::areaFor(const QString &moduleId) const
{
    for (ModuleArea *area : m_areas)
        if (area->moduleId() == moduleId)
            return area;
    return nullptr;
}

bool MainWindow::showPage(const QString &target)
{
    // "core/core.partner#12" opens record 12 of that page, "#new" a new one.
    const QString page = target.section(QLatin1Char('#'), 0, 0);
    const QString record = target.section(QLatin1Char('#'), 1);
    const QString moduleId = page.section(QLatin1Char('/'), 0, 0);
    if (moduleId == QLatin1String("home") || moduleId.isEmpty()) {
        m_switcher->setCurrentRow(kHomeRow);
        switchTo(kHomeRow);
        return true;
    }
    ModuleArea *area = areaFor(moduleId);
    if (!area || !m_company)
        return false;
    const int row = int(m_areas.indexOf(area)) + 1;
    m_switcher->setCurrentRow(row);
    switchTo(row);
    if (!page.contains(QLatin1Char('/')))
        return true;
    if (!area->showPage(page))
        return false;
    if (record.isEmpty())
        return true;
    // "finance/reports#finance.ageing" runs that report with its defaults.
    if (auto *reports = qobject_cast<ReportsPage *>(area->currentPage()))
        return reports->openReport(record, {});
    auto *entityPage = qobject_cast<EntityPage *>(area->currentPage());
    if (!entityPage)
        return false;
    if (record == QLatin1String("new")) {
        entityPage->newRecord();
        return true;
    }
    bool ok = false;
    const qint64 id = record.toLongLong(&ok);
    if (!ok)
        return false;
    entityPage->openRecord(id);
    return entityPage->isEditing();
}

QString MainWindow::currentPageId() const
{
    if (m_stack->currentWidget() == m_home)
        return QStringLiteral("home");
    if (m_welcome && m_stack->currentWidget() == m_welcome)
        return QStringLiteral("welcome");
    if (auto *area = qobject_cast<ModuleArea *>(m_stack->currentWidget()))
        return area->currentPageId();
    return QString();
}

QStringList MainWindow::pageIds() const
{
    QStringList ids{QStringLiteral("home")};
    for (ModuleArea *area : m_areas) {
        ids.append(area->moduleId());
        ids.append(area->pageIds());
    }
    return ids;
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    const QStringList before = settings.value(QLatin1String(kRecentKey)).toStringList();
    QStringList recent = before;
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    // Rewriting unchanged settings would cost a synced file write on every open.
    if (recent != before)
        settings.setValue(QLatin1String(kRecentKey), recent);
    if (settings.value(QLatin1String(kLastKey)).toString() != path)
        settings.setValue(QLatin1String(kLastKey), path);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    QStringList recent = QSettings().value(QLatin1String(kRecentKey)).toStringList();
    recent.erase(std::remove_if(recent.begin(), recent.end(),
                                [](const QString &p) { return !CompanyFile::isServerLocation(p) && !QFileInfo::exists(p); }),
                 recent.end());
    m_recentMenu->clear();
    for (const QString &path : std::as_const(recent)) {
        QAction *action = m_recentMenu->addAction(CompanyFile::displayLocation(path));
        connect(action, &QAction::triggered, this, [this, path] { openRecent(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
    if (m_welcome)
        m_welcome->setRecentFiles(recent);
}

void MainWindow::newCompany()
{
    NewCompanyDialog dialog(QDir::homePath(), m_suite.companyChoices(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    CompanyFile::NewCompany company;
    company.name = dialog.companyName();
    company.language = dialog.language();
    company.demo = dialog.demo();
    company.choices = dialog.choices();
    company.administrator = {dialog.administratorLogin(), dialog.administratorName(), dialog.administratorPassword()};
    CompanyFile::Status status;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    std::unique_ptr<CompanyFile> created =
        m_suite.createCompany(dialog.filePath(), company, &status, dialog.serverPassword());
    QApplication::restoreOverrideCursor();
    if (!created) {
        QMessageBox::warning(this, tr("Cannot Create Company"), status.message);
        return;
    }
    const QString path = created->path();
    created.reset();
    // Just chosen: signed in with it, not asked again.
    m_pendingLogin = company.administrator.login;
    m_pendingPassword = company.administrator.password;
    if (openCompany(path, nullptr, false, dialog.serverPassword()) && CompanyFile::isServerLocation(path))
        keepServerPassword(path, dialog.serverPassword(), dialog.rememberServerPassword());
}

void MainWindow::openRecent(const QString &path)
{
    if (CompanyFile::isServerLocation(path))
        openServerCompany(path);
    else
        openCompany(path);
}

void MainWindow::openServerCompany(const QString &url)
{
    if (m_company && m_company->path() == url) {
        showPage(QStringLiteral("home"));
        return;
    }
    // A server company asks for its password again unless the system keychain
    // keeps it (with PGPASSWORD or ~/.pgpass set, the field stays empty and
    // Enter opens).
    const ServerPasswordStore keychain;
    QString keychainError;
    const std::optional<QString> saved = keychain.read(url, &keychainError);
    if (!saved) {
        openServerCompanyDialog(url, keychainError.isEmpty()
                                         ? QString()
                                         : tr("The system keychain could not be read: %1").arg(keychainError));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    CompanyFile::Status status;
    std::unique_ptr<CompanyFile> company = m_suite.openCompany(url, &status, *saved);
    QApplication::restoreOverrideCursor();
    if (company) {
        adoptCompany(std::move(company), nullptr, false);
        return;
    }
    if (passwordRefused(status.message)) {
        // A password changed on the server: the saved one is of no use any more.
        keychain.remove(url);
        openServerCompanyDialog(url,
                                tr("The server refused the password saved in the system keychain, so it was "
                                   "forgotten. Type the password again."),
                                true);
        return;
    }
    // Down, unreachable, …: the saved password stays for next time.
    QMessageBox::warning(this, tr("Cannot Open Company"), status.message);
}

void MainWindow::openServerCompanyDialog(const QString &url, const QString &notice, bool remember)
{
    ServerCompanyDialog dialog(this);
    if (!url.isEmpty())
        dialog.setUrl(url);
    dialog.setNotice(notice);
    dialog.setRememberPassword(remember);
    // Until it opens or the clerk gives up: a mistyped server or password
    // is corrected in the same form.
    while (dialog.exec() == QDialog::Accepted) {
        dialog.setNotice(QString());
        if (openCompany(dialog.url(), nullptr, false, dialog.password())) {
            keepServerPassword(dialog.url(), dialog.password(), dialog.rememberPassword());
            return;
        }
    }
}

void MainWindow::keepServerPassword(const QString &url, const QString &password, bool remember)
{
    const ServerPasswordStore keychain;
    if (!keychain.isAvailable())
        return;
    QString error;
    // Unticked: a password saved before is forgotten. Ticked with the field
    // left empty (PGPASSWORD or ~/.pgpass gave it): nothing to keep.
    if (!remember) {
        if (!keychain.remove(url, &error))
            statusBar()->showMessage(tr("The saved password could not be forgotten: %1").arg(error), 15000);
        return;
    }
    if (password.isEmpty())
        return;
    if (keychain.write(url, password, &error))
        statusBar()->showMessage(tr("The server's password is kept in the system keychain."), 8000);
    else
        statusBar()->showMessage(tr("The password could not be kept in the system keychain: %1").arg(error), 15000);
}

bool MainWindow::forgetServerPassword(const QString &url)
{
    QString error;
    if (!ServerPasswordStore().remove(url, &error)) {
        QMessageBox::warning(this, tr("Cannot Forget the Password"),
                             tr("The system keychain could not forget the password: %1").arg(error));
        return false;
    }
    statusBar()->showMessage(tr("The password saved for %1 was forgotten.").arg(CompanyFile::displayLocation(url)),
                             8000);
    return true;
}

void MainWindow::openCompanyDialog()
{
    const QString start = m_company && !m_company->isOnServer() ? QFileInfo(m_company->path()).absolutePath()
                                                                 : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Company"), start,
                                                      tr("Backroom companies (*.backroom);;All files (*)"));
    if (!path.isEmpty())
        openCompany(path);
}

void MainWindow::triggerPageAction(const QString &name)
{
    auto *area = qobject_cast<ModuleArea *>(m_stack->currentWidget());
    QWidget *page = area ? area->currentPage() : nullptr;
    QAction *action = page ? page->findChild<QAction *>(name) : nullptr;
    if (action && action->isEnabled())
        action->trigger();
    else
        statusBar()->showMessage(name == QLatin1String("backroom-print") ? tr("There is nothing to print on this page.")
                                                                          : tr("There is nothing to export on this page."),
                                 5000);
}

void MainWindow::restoreBackup()
{
    const QString start = m_company && !m_company->isOnServer() ? QFileInfo(m_company->path()).absolutePath()
                                                                 : QDir::homePath();
    const QString backupPath = m_fileChooser ? m_fileChooser(false)
                                             : QFileDialog::getOpenFileName(this, tr("Restore Company"), start,
                                                                            tr("Backroom backups (*.bkbackup);;All files (*)"));
    if (backupPath.isEmpty())
        return;
    // The description first: a newer or damaged backup is refused before
    // anything else is asked.
    BackupReader reader(backupPath);
    const CompanyBackup restorer(m_suite.schemas(), m_suite.registries().verifiers.items());
    BackupReader::Status status = reader.readMetadata();
    if (status.ok())
        status = reader.checkVersions(restorer.knownVersions());
    if (!status.ok()) {
        QMessageBox::warning(this, tr("Cannot Restore"), status.message);
        return;
    }
    const BackupArchive::Metadata &metadata = reader.metadata();
    const QString suggested = QDir(start).filePath(CompanyBackup::safeFileName(metadata.companyName)
                                                   + QStringLiteral(".backroom"));
    const QString target = m_fileChooser ? m_fileChooser(true)
                                         : QFileDialog::getSaveFileName(this, tr("Restore “%1” As").arg(metadata.companyName),
                                                                        suggested, tr("Backroom companies (*.backroom)"),
                                                                        nullptr, QFileDialog::DontConfirmOverwrite);
    if (target.isEmpty())
        return;
    const bool exists = QFileInfo::exists(target);
    const QString made = QLocale().toString(metadata.createdAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
    if (exists) {
        QMessageBox question(QMessageBox::Warning, tr("Replace Company"),
                             tr("“%1” already exists. Replace it with the backup of “%2” made on %3?")
                                 .arg(QDir::toNativeSeparators(target), metadata.companyName, made),
                             QMessageBox::Cancel, this);
        question.setInformativeText(tr("The company there now is not deleted: it is kept in the same folder as "
                                       "“%1”.").arg(QFileInfo(CompanyBackup::replacedName(target, QDateTime::currentDateTime()))
                                                        .fileName()));
        QPushButton *replace = question.addButton(tr("Replace"), QMessageBox::DestructiveRole);
        question.setDefaultButton(QMessageBox::Cancel);
        question.exec();
        if (question.clickedButton() != replace)
            return;
    }
    // A company open here is closed first (its lock would refuse the restore).
    if (m_company && !m_company->isOnServer()
        && QFileInfo(m_company->path()).canonicalFilePath() == QFileInfo(target).canonicalFilePath()) {
        if (!pagesCanClose())
            return;
        m_skipBackupOnClose = true;
        closeCompany();
    }

    QProgressDialog dialog(tr("Checking and restoring “%1”…").arg(metadata.companyName), tr("Cancel"), 0, 1000, this);
    dialog.setWindowTitle(tr("Restore Company"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(0);
    dialog.setValue(0);
    CompanyBackup::RestoreOptions options;
    options.replaceExisting = exists;
    QString restoredLogin;
    // Only an administrator of the company in the backup restores it.
    options.authorise = [&](CompanyFile &restored, QString *refusal) -> std::optional<QString> {
        dialog.hide();
        QString error;
        const std::optional<AccessControl> access = signIn(restored, &error, false);
        if (!access) {
            *refusal = error;
            return std::nullopt;
        }
        if (!access->allows(UserAccounts::administerAction(), UserAccounts::securityScope())) {
            *refusal = access->refusal(UserAccounts::administerAction(), tr("users and roles"));
            return std::nullopt;
        }
        dialog.show();
        restoredLogin = access->userName();
        return restoredLogin;
    };
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const CompanyBackup::Result result = restorer.restore(backupPath, target, options, BackupActions::progressIn(dialog));
    QApplication::restoreOverrideCursor();
    dialog.reset();
    if (result.cancelled) {
        statusBar()->showMessage(tr("The restore was cancelled; nothing was changed."), 8000);
        return;
    }
    if (!result.ok) {
        QMessageBox::warning(this, tr("Cannot Restore"), result.message);
        return;
    }
    QString message = tr("“%1” was restored from the backup made on %2 to “%3”.")
                          .arg(metadata.companyName, made, QDir::toNativeSeparators(result.path));
    if (!result.replacedPath.isEmpty())
        message += QLatin1Char('\n') + tr("The company that was there is kept as “%1”.")
                                           .arg(QDir::toNativeSeparators(result.replacedPath));
    QMessageBox::information(this, tr("Company Restored"), message);
    m_restoredLogin = restoredLogin;
    openCompany(result.path);
    m_restoredLogin.clear();
}

void MainWindow::showModuleStatus()
{
    ModulesDialog dialog(m_suite.modules(), this);
    dialog.exec();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_suite.registries(), this);
    if (m_company)
        dialog.setCompanyPath(m_company->path());
    if (dialog.exec() == QDialog::Accepted) {
        setIdleLockMinutes(QSettings().value(QStringLiteral("security/lockAfterMinutes"), 15).toInt());
        m_backups->applySettings();
    }
}

void MainWindow::changePassword()
{
    if (!m_session)
        return;
    UserAccounts accounts(m_company->database());
    ChangePasswordDialog dialog(accounts, m_session->userName(), this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Your password was changed."), 8000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Backroom"),
                       tr("<h3>Backroom %1</h3>"
                          "<p>An offline back-office suite for one office: finance, HR and payroll, "
                          "procurement, stores, administration, IT, legal, facilities, customer service "
                          "and operations.</p>"
                          "<p>Free software under the GNU General Public License, version 3 or later.</p>"
                          "<p>Built with Qt %2.</p>")
                           .arg(QStringLiteral(BACKROOM_VERSION_STRING), QString::fromLatin1(qVersion())));
}

} // namespace Backroom::Internal
