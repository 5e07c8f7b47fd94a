#include "bench.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv); // the list scenario shows a real list view
    QCoreApplication::setApplicationName(QStringLiteral("backroom-bench"));
    QTextStream out(stdout);
    Backroom::Internal::Bench bench(out);
    return bench.run(QCoreApplication::arguments());
}
