#include "pagesetup.h"

#include <QJsonArray>
#include <QRectF>

namespace Backroom {

namespace {

struct NamedPaper
{
    const char *name;
    QPageSize::PageSizeId id;
};

// The papers an office actually loads, by the names printed on the packet.
constexpr NamedPaper namedPapers[] = {
    {"A3", QPageSize::A3},       {"A4", QPageSize::A4},         {"A5", QPageSize::A5},
    {"A6", QPageSize::A6},       {"B5", QPageSize::B5},         {"Letter", QPageSize::Letter},
    {"Legal", QPageSize::Legal}, {"Executive", QPageSize::Executive},
    {"16K", QPageSize::Prc16K},  {"32K", QPageSize::Prc32K},    {"Envelope DL", QPageSize::EnvelopeDL},
};

} // namespace

QPageLayout PageSetup::pageLayout() const
{
    return QPageLayout(m_size, m_orientation, m_margins, QPageLayout::Millimeter);
}

PageSetup PageSetup::fromJson(const QJsonObject &json, QString *error)
{
    PageSetup setup;
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return PageSetup();
    };
    if (error)
        error->clear();

    const QJsonValue paper = json.value(QStringLiteral("paper"));
    if (paper.isString()) {
        bool found = false;
        for (const NamedPaper &named : namedPapers) {
            if (paper.toString().compare(QLatin1String(named.name), Qt::CaseInsensitive) == 0) {
                setup.m_size = QPageSize(named.id);
                found = true;
                break;
            }
        }
        if (!found) {
            QStringList names;
            for (const NamedPaper &named : namedPapers)
                names.append(QLatin1String(named.name));
            return fail(tr("Unknown paper “%1” (known: %2, or [width, height] in millimetres).")
                            .arg(paper.toString(), names.join(QStringLiteral(", "))));
        }
    } else if (paper.isArray()) {
        const QJsonArray size = paper.toArray();
        const double width = size.size() == 2 ? size.at(0).toDouble() : 0;
        const double height = size.size() == 2 ? size.at(1).toDouble() : 0;
        if (width < 20 || height < 20 || width > 2000 || height > 2000)
            return fail(tr("A custom paper needs [width, height] in millimetres, each between 20 and 2000."));
        setup.m_size = QPageSize(QSizeF(width, height), QPageSize::Millimeter, QString(), QPageSize::ExactMatch);
    } else if (!paper.isUndefined()) {
        return fail(tr("“paper” must be a name such as A4 or [width, height] in millimetres."));
    }

    const QString orientation = json.value(QStringLiteral("orientation")).toString(QStringLiteral("portrait"));
    if (orientation == QLatin1String("portrait"))
        setup.m_orientation = QPageLayout::Portrait;
    else if (orientation == QLatin1String("landscape"))
        setup.m_orientation = QPageLayout::Landscape;
    else
        return fail(tr("“orientation” must be portrait or landscape, not “%1”.").arg(orientation));

    const QJsonValue margins = json.value(QStringLiteral("margins"));
    if (margins.isDouble()) {
        const double all = margins.toDouble();
        setup.m_margins = QMarginsF(all, all, all, all);
    } else if (margins.isArray() && margins.toArray().size() == 4) {
        const QJsonArray m = margins.toArray();
        setup.m_margins = QMarginsF(m.at(3).toDouble(), m.at(0).toDouble(), m.at(1).toDouble(), m.at(2).toDouble());
    } else if (!margins.isUndefined()) {
        return fail(tr("“margins” must be one number or [top, right, bottom, left] in millimetres."));
    }
    const QMarginsF &m = setup.m_margins;
    const QSizeF paperSize = setup.pageLayout().fullRect(QPageLayout::Millimeter).size();
    if (m.left() < 0 || m.top() < 0 || m.right() < 0 || m.bottom() < 0 || m.left() + m.right() >= paperSize.width() - 10
        || m.top() + m.bottom() >= paperSize.height() - 10)
        return fail(tr("The margins leave no room on the paper."));
    return setup;
}

QJsonObject PageSetup::toJson() const
{
    QJsonObject json;
    bool named = false;
    for (const NamedPaper &paper : namedPapers) {
        if (m_size.id() == paper.id) {
            json.insert(QStringLiteral("paper"), QLatin1String(paper.name));
            named = true;
            break;
        }
    }
    if (!named) {
        const QSizeF size = m_size.size(QPageSize::Millimeter);
        json.insert(QStringLiteral("paper"), QJsonArray{size.width(), size.height()});
    }
    json.insert(QStringLiteral("orientation"),
                m_orientation == QPageLayout::Landscape ? QStringLiteral("landscape") : QStringLiteral("portrait"));
    json.insert(QStringLiteral("margins"), QJsonArray{m_margins.top(), m_margins.right(), m_margins.bottom(), m_margins.left()});
    return json;
}

bool PageSetup::operator==(const PageSetup &other) const
{
    return m_size.isEquivalentTo(other.m_size) && m_orientation == other.m_orientation && m_margins == other.m_margins;
}

} // namespace Backroom
