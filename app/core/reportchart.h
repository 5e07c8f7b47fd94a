#pragma once

#include "coreglobal.h"

#include <QCoreApplication>
#include <QRectF>

class QChart;
class QPainter;

namespace Backroom {

class ReportResult;

// The chart a report declares (bar, line or pie of one number column per
// category), built from the result for the screen (QChartView) and painted
// onto a printed page. Qt Charts draws with the widgets module, so painting
// needs a QApplication; without one (a headless tool) there is no chart.
class BACKROOM_CORE_EXPORT ReportChart
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::ReportChart)

public:
    // A new chart for the result, or nullptr when the report has none or
    // no data for it. The caller owns it.
    static QChart *create(const ReportResult &result);
    // Whether paint() can draw here (a QApplication exists).
    static bool canPaint();
    // Paints the chart into target (device coordinates) of an active painter.
    static bool paint(const ReportResult &result, QPainter &painter, const QRectF &target);
};

} // namespace Backroom
