#include "bench.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("backroom-bench"));
    QTextStream out(stdout);
    Backroom::Internal::Bench bench(out);
    return bench.run(QCoreApplication::arguments());
}
