// Build tool: renders Backroom's SVG icons into PNGs at the sizes the
// interface uses. Loading a PNG costs a fraction of parsing and rendering an
// SVG, and spares start-up the SVG libraries (see docs/benchmarks.md).
//
// usage: backroom-iconrender OUTPUT_DIR SOURCE_ROOT ICON.svg... --sizes N...
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    const qsizetype sizesAt = arguments.indexOf(QStringLiteral("--sizes"));
    if (arguments.size() < 3 || sizesAt < 2) {
        std::fputs("usage: backroom-iconrender OUTPUT_DIR SOURCE_ROOT ICON.svg... --sizes N...\n", stderr);
        return 2;
    }
    const QDir output(arguments.at(0));
    const QDir root(arguments.at(1));
    const QStringList icons = arguments.mid(2, sizesAt - 2);
    QList<int> sizes;
    for (const QString &size : arguments.mid(sizesAt + 1))
        sizes.append(size.toInt());

    for (const QString &icon : icons) {
        QSvgRenderer renderer(root.absoluteFilePath(icon));
        if (!renderer.isValid()) {
            std::fprintf(stderr, "backroom-iconrender: %s is not a valid SVG\n", qPrintable(icon));
            return 1;
        }
        const QString base = icon.chopped(4); // without ".svg"
        for (int size : sizes) {
            QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
            renderer.render(&painter);
            painter.end();
            const QString target = output.absoluteFilePath(QStringLiteral("%1-%2.png").arg(base).arg(size));
            QDir().mkpath(QFileInfo(target).absolutePath());
            if (!image.save(target, "PNG")) {
                std::fprintf(stderr, "backroom-iconrender: cannot write %s\n", qPrintable(target));
                return 1;
            }
        }
    }
    return 0;
}
