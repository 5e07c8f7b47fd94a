// The reference for the startup benchmark: the smallest Qt Widgets program
// that shows a main window, built with the same compiler flags as Backroom.
// It deliberately links nothing of Backroom.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>
#include <functional>

namespace {
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
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // --chinese: the label is Chinese, so this window too loads a CJK font.
    const bool chinese = app.arguments().contains(QStringLiteral("--chinese"));
    QMainWindow window;
    window.setCentralWidget(new QLabel(chinese ? QStringLiteral("最小窗口 示范商贸有限公司") : QStringLiteral("Minimal window")));
    window.resize(1280, 800);
    window.show();
    whenIdle([] {
        std::puts("idle");
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
    return app.exec();
}
