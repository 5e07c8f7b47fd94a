#include "cli.h"

#include "version.h"

#include <QApplication>

#include <algorithm>
#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    // Printing and reports lay text out with real fonts and paint charts,
    // which needs a (widgets) application; the CLI shows no window, so it
    // paints offscreen. Other commands stay a core application and start faster.
    const bool paints = std::any_of(argv + 1, argv + argc, [](const char *argument) {
        return qstrcmp(argument, "print") == 0 || qstrcmp(argument, "report") == 0;
    });
    if (paints)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app =
        paints ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("backroom-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BACKROOM_VERSION_STRING));
    QTextStream out(stdout);
    QTextStream err(stderr);
    Backroom::Internal::Cli cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
