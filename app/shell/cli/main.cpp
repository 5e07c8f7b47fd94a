#include "cli.h"

#include "version.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("backroom-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BACKROOM_VERSION_STRING));
    QTextStream out(stdout);
    QTextStream err(stderr);
    Backroom::Internal::Cli cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
