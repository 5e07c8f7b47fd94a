#include "localization.h"
#include "mainwindow.h"
#include "modulemanager.h"
#include "shelloptions.h"
#include "startuppreloader.h"
#include "suite.h"
#include "version.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFontDatabase>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace Backroom;
using namespace Backroom::Internal;

namespace {

void printLine(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stream);
    std::fflush(stream);
}

// Runs `done` once the event queue has drained a few times over, so layouts,
// lazy page creation and deferred paints have all happened.
void whenIdle(std::function<void()> done, int rounds = 4)
{
    QTimer::singleShot(0, qApp, [done = std::move(done), rounds]() mutable {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (rounds > 1)
            whenIdle(std::move(done), rounds - 1);
        else
            done();
    });
}

// BACKROOM_STARTUP_TRACE=1 prints how long each start-up phase took, for
// finding where start-up time goes (see docs/benchmarks.md).
class StartupTrace
{
public:
    StartupTrace() : m_enabled(qEnvironmentVariableIntValue("BACKROOM_STARTUP_TRACE") > 0) { m_timer.start(); }
    void mark(const char *phase)
    {
        if (m_enabled)
            std::fprintf(stderr, "startup %7.1f ms  %s\n", double(m_timer.nsecsElapsed()) / 1e6, phase);
    }

private:
    bool m_enabled;
    QElapsedTimer m_timer;
};

QSize parseSize(const QString &text, QSize fallback)
{
    const QStringList parts = text.split(QLatin1Char('x'));
    if (parts.size() != 2)
        return fallback;
    const int width = parts.at(0).toInt();
    const int height = parts.at(1).toInt();
    return width >= 320 && height >= 240 ? QSize(width, height) : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    StartupTrace trace;
    // --help and --version need no display: answer them before QApplication
    // tries to connect to one.
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "-v" || argument == "--version") {
            QCoreApplication core(argc, argv);
            const ShellOptions options = ShellOptions::parse(QCoreApplication::arguments());
            Localization::apply(Localization::chooseLanguage(options.language, QString()));
            if (options.showVersion && !options.showHelp)
                printLine(stdout, QStringLiteral("backroom %1").arg(QStringLiteral(BACKROOM_VERSION_STRING)));
            else
                printLine(stdout, ShellOptions::helpText());
            return 0;
        }
    }
    // Reads the font configuration on the second core while QApplication
    // connects to the display.
    StartupPreloader preloader;
    QApplication::setOrganizationName(QStringLiteral("Backroom"));
    QApplication::setOrganizationDomain(QStringLiteral("backroom.example.org"));
    QApplication::setApplicationName(QStringLiteral("backroom"));
    QApplication::setApplicationDisplayName(QStringLiteral("Backroom"));
    QApplication::setApplicationVersion(QStringLiteral(BACKROOM_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("org.backroom.Backroom"));
    QApplication app(argc, argv);
    trace.mark("application");
    preloader.preloadLibraries(ModuleManager::defaultModulePaths());

    // Parsed twice: first to learn --lang, then again in that language so
    // that usage errors come out translated.
    const QString requestedLanguage = ShellOptions::parse(QCoreApplication::arguments()).language;
    const QString language = Localization::chooseLanguage(requestedLanguage,
                                                          QSettings().value(Localization::settingsKey()).toString());
    Localization::apply(language);
    const ShellOptions options = ShellOptions::parse(QCoreApplication::arguments());
    QApplication::setApplicationDisplayName(QCoreApplication::translate("Backroom::Internal::MainWindow", "Backroom"));

    if (!options.error.isEmpty()) {
        printLine(stderr, QCoreApplication::translate("main", "backroom: %1").arg(options.error));
        return 2;
    }
    if (options.showHelp) {
        printLine(stdout, ShellOptions::helpText());
        return 0;
    }
    if (options.showVersion) {
        printLine(stdout, QStringLiteral("backroom %1").arg(QStringLiteral(BACKROOM_VERSION_STRING)));
        return 0;
    }

    const bool headless = !options.screenshotPath.isEmpty() || options.exitWhenIdle;
    trace.mark("language");
    Suite suite;
    suite.loadModules();
    trace.mark("modules");

    MainWindow window(suite);
    // Signing in without the dialog, for headless checks (and a clerk's
    // own shortcut with --user): the password never on the command line.
    const QString user = !options.user.isEmpty() ? options.user
                                                 : (headless ? qEnvironmentVariable("BACKROOM_USER") : QString());
    if (!user.isEmpty())
        window.setSignIn(user, qEnvironmentVariable("BACKROOM_PASSWORD"));
    if (!headless)
        window.restoreSettings();
    else
        window.resize(parseSize(options.size, QSize(1280, 800)));

    trace.mark("main window");
    QString error;
    bool opened = true;
    if (options.demo) {
        opened = window.openDemoCompany(&error, headless);
    } else if (!options.companyPath.isEmpty()) {
        opened = window.openCompany(options.companyPath, &error, headless);
    } else if (!headless) {
        const QString last = QSettings().value(QStringLiteral("company/last")).toString();
        if (!last.isEmpty() && QFileInfo::exists(last) && !window.openCompany(last, &error, true))
            window.statusBar()->showMessage(error, 20000);
    }
    trace.mark("company");
    if (!opened && headless) {
        printLine(stderr, error);
        return 1;
    }

    if (!options.page.isEmpty() && !window.showPage(options.page)) {
        printLine(stderr, QCoreApplication::translate("main", "backroom: unknown page “%1” (pages: %2)")
                              .arg(options.page, window.pageIds().join(QStringLiteral(", "))));
        return 2;
    }

    // Chinese text prints as empty boxes without a CJK font, silently; say so.
    if (QFontDatabase::families(QFontDatabase::SimplifiedChinese).isEmpty()) {
        const QString warning = QCoreApplication::translate(
            "main", "No font for Chinese text is installed; Chinese will show and print as empty boxes. "
                    "Install a CJK font such as Noto Sans CJK.");
        printLine(stderr, warning);
        window.statusBar()->showMessage(warning);
    }

    window.show();
    trace.mark("shown");

    if (options.exitWhenIdle) {
        whenIdle([&trace] {
            trace.mark("idle");
            printLine(stdout, QStringLiteral("idle"));
            QCoreApplication::exit(0);
        });
    } else if (!options.screenshotPath.isEmpty()) {
        whenIdle([&window, path = options.screenshotPath] {
            const QImage image = window.grab().toImage();
            if (!image.save(path)) {
                printLine(stderr, QCoreApplication::translate("main", "backroom: cannot save the screenshot to %1")
                                      .arg(QDir::toNativeSeparators(path)));
                QCoreApplication::exit(1);
                return;
            }
            QCoreApplication::exit(0);
        });
    }
    const int code = app.exec();
    if (headless) {
        // Leave the user's saved window layout and last company alone.
        window.hide();
        window.closeCompany();
    } else if (window.isVisible()) {
        window.close();
    }
    return code;
}
