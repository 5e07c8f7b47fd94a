#pragma once

#include "coreglobal.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMarginsF>
#include <QPageLayout>
#include <QSizeF>
#include <QString>

namespace Backroom {

// The paper a document is laid out for: a named size (A4, A5, Letter…) or a
// custom one in millimetres, the orientation and the margins. Templates carry
// it in their header, so a voucher on A5 landscape stays on A5 landscape
// whichever printer the clerk picks.
class BACKROOM_CORE_EXPORT PageSetup
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::PageSetup)

public:
    PageSetup() = default;   // A4 portrait, 15 mm margins

    QPageSize pageSize() const { return m_size; }
    void setPageSize(const QPageSize &size) { m_size = size; }
    QPageLayout::Orientation orientation() const { return m_orientation; }
    void setOrientation(QPageLayout::Orientation orientation) { m_orientation = orientation; }
    QMarginsF margins() const { return m_margins; }   // millimetres
    void setMargins(const QMarginsF &margins) { m_margins = margins; }

    QPageLayout pageLayout() const;

    // {"paper": "A4" | "A5" | "Letter" | … | [width, height] in mm,
    //  "orientation": "portrait" | "landscape",
    //  "margins": 15 | [top, right, bottom, left] in mm}
    // Missing keys keep their defaults; a wrong value is refused with a message
    // naming the key.
    static PageSetup fromJson(const QJsonObject &json, QString *error = nullptr);
    QJsonObject toJson() const;

    bool operator==(const PageSetup &other) const;

private:
    QPageSize m_size{QPageSize::A4};
    QPageLayout::Orientation m_orientation = QPageLayout::Portrait;
    QMarginsF m_margins{15, 15, 15, 15};
};

} // namespace Backroom
