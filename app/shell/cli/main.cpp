#include "cli.h"

#include "version.h"

#include <QApplication>

#include <algorithm>
#include <memory>

#include <cstdio>

int main(int argc, char *argv[])
{
    // A report is painted (fonts, its chart), which needs a GUI
    // application; the CLI shows no window, so it paints offscreen.
    const bool paints = std::any_of(argv + 1, argv + argc, [](const char *a) { return qstrcmp(a, "report") == 0; });
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
