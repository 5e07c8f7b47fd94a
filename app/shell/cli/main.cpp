#include "cli.h"

#include "version.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <memory>

int main(int argc, char *argv[])
{
    // Printing lays text out with real fonts, which needs a GUI application;
    // the offscreen platform gives one without a display. Other commands
    // stay a plain core application and start faster.
    bool needsFonts = false;
    for (int i = 1; i < argc; ++i) {
        for (const char *command : {"print", "report"})
            needsFonts = needsFonts || std::strcmp(argv[i], command) == 0;
    }
    std::unique_ptr<QCoreApplication> app;
    if (needsFonts) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("backroom-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BACKROOM_VERSION_STRING));
    QTextStream out(stdout);
    QTextStream err(stderr);
    Backroom::Internal::Cli cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
