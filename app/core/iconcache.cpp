#include "iconcache.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPixmapCache>
#include <QStyle>
#include <QStyleOption>

#include <algorithm>

namespace Backroom {

namespace {

// Draws an icon from its PNG renderings, decoding only the size asked for.
// (QIcon::addFile decodes every file as it is added.)
class PngSetIconEngine : public QIconEngine
{
public:
    PngSetIconEngine(QString base, QList<int> sizes) : m_base(std::move(base)), m_sizes(std::move(sizes)) {}

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        // The smallest rendering at least as large as asked, else the largest.
        const int wanted = std::max(size.width(), size.height());
        int chosen = m_sizes.constLast();
        for (int candidate : m_sizes) {
            if (candidate >= wanted) {
                chosen = candidate;
                break;
            }
        }
        const QString key = QStringLiteral("backroom-icon:%1:%2:%3x%4:%5")
                                .arg(m_base).arg(chosen).arg(size.width()).arg(size.height()).arg(int(mode));
        QPixmap result;
        if (QPixmapCache::find(key, &result))
            return result;
        result = QPixmap(QStringLiteral("%1-%2.png").arg(m_base).arg(chosen), "PNG");
        if (result.size() != size)
            result = result.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        if (mode != QIcon::Normal) {
            QStyleOption option;
            // Only a QApplication has a style (not the CLI's QCoreApplication).
            if (qobject_cast<QApplication *>(QCoreApplication::instance()))
                result = QApplication::style()->generatedIconPixmap(mode, result, &option);
        }
        QPixmapCache::insert(key, result);
        Q_UNUSED(state)
        return result;
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        QPixmap pm = pixmap(rect.size() * ratio, mode, state);
        pm.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, pm);
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        QList<QSize> sizes;
        for (int s : m_sizes)
            sizes.append(QSize(s, s));
        return sizes;
    }
    QString key() const override { return QStringLiteral("BackroomPngSet"); }
    QIconEngine *clone() const override { return new PngSetIconEngine(m_base, m_sizes); }

private:
    QString m_base;
    QList<int> m_sizes;
};

} // namespace

QIcon IconCache::load(const QString &path)
{
    // ":/backroom/icons/x.svg" has PNG renderings at
    // ":/backroom/png/icons/x-<size>.png" (made at build time).
    static const QString prefix = QStringLiteral(":/backroom/");
    if (path.startsWith(prefix) && path.endsWith(QLatin1String(".svg"))) {
        const QString base = QStringLiteral(":/backroom/png/") + path.mid(prefix.size()).chopped(4);
        QList<int> sizes;
        for (int size : {16, 24, 32, 48, 64, 96, 128, 256})
            if (QFile::exists(QStringLiteral("%1-%2.png").arg(base).arg(size)))
                sizes.append(size);
        if (!sizes.isEmpty())
            return QIcon(new PngSetIconEngine(base, sizes));
    }
    return QIcon(path);
}

QIcon IconCache::icon(const QString &path)
{
    // Widgets live in the GUI thread only, so a plain static hash will do.
    static QHash<QString, QIcon> cache;
    if (path.isEmpty())
        return {};
    auto it = cache.constFind(path);
    if (it == cache.cend())
        it = cache.insert(path, load(path));
    return *it;
}

} // namespace Backroom
