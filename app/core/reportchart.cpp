#include "reportchart.h"

#include "moneyformat.h"
#include "pagefurniture.h"
#include "reportresult.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsScene>
#include <QLineSeries>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

namespace Backroom {

namespace {

// The chart only positions bars and slices: a double is fine for drawing,
// while every printed figure comes from the integer totals.
double plotted(qint64 value, const ReportDefinition::Column &column)
{
    double scale = 1;
    if (column.type != ReportDefinition::Column::Type::Integer)
        for (int i = 0; i < column.scale; ++i)
            scale *= 10;
    return double(value) / scale;
}

} // namespace

QChart *ReportChart::create(const ReportResult &result)
{
    const ReportDefinition::Chart &spec = result.chart();
    if (spec.kind == ReportDefinition::Chart::Kind::None)
        return nullptr;
    const QList<QPair<QString, qint64>> data = result.chartData();
    if (data.isEmpty())
        return nullptr;
    const ReportDefinition::Column *valueColumn = nullptr;
    const ReportDefinition::Column *categoryColumn = nullptr;
    for (const ReportDefinition::Column &column : result.columns()) {
        if (column.key == spec.valueColumn)
            valueColumn = &column;
        if (column.key == spec.categoryColumn)
            categoryColumn = &column;
    }
    if (!valueColumn || !categoryColumn)
        return nullptr;

    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    QFont font(PageFurniture::documentFontFamily());
    font.setPointSizeF(9);
    QFont titleFont = font;
    titleFont.setPointSizeF(12);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitle(tr("%1 by %2").arg(valueColumn->labelText(), categoryColumn->labelText()));
    chart->legend()->setFont(font);

    QStringList categories;
    for (const auto &entry : data)
        categories.append(entry.first);

    if (spec.kind == ReportDefinition::Chart::Kind::Pie) {
        auto *series = new QPieSeries;
        qint64 sum = 0;
        for (const auto &entry : data)
            sum += entry.second;
        for (const auto &entry : data) {
            // Negative amounts have no slice; the table still shows them.
            QPieSlice *slice = series->append(entry.first, std::max(0.0, plotted(entry.second, *valueColumn)));
            const double percent = sum > 0 ? 100.0 * double(entry.second) / double(sum) : 0;
            slice->setLabel(QStringLiteral("%1 %2%").arg(entry.first, QLocale().toString(percent, 'f', 1)));
            slice->setLabelVisible(true);
            slice->setLabelFont(font);
        }
        chart->addSeries(series);
        chart->legend()->setAlignment(Qt::AlignRight);
        return chart;
    }

    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setLabelsFont(font);
    auto *axisY = new QValueAxis;
    axisY->setLabelsFont(font);
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    double lowest = 0;
    double highest = 0;
    if (spec.kind == ReportDefinition::Chart::Kind::Bar) {
        auto *set = new QBarSet(valueColumn->labelText());
        for (const auto &entry : data) {
            const double v = plotted(entry.second, *valueColumn);
            set->append(v);
            lowest = std::min(lowest, v);
            highest = std::max(highest, v);
        }
        auto *series = new QBarSeries;
        series->append(set);
        chart->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    } else {
        auto *series = new QLineSeries;
        series->setName(valueColumn->labelText());
        for (int i = 0; i < data.size(); ++i) {
            const double v = plotted(data.at(i).second, *valueColumn);
            series->append(i, v);
            lowest = std::min(lowest, v);
            highest = std::max(highest, v);
        }
        chart->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    axisY->setRange(lowest, highest > lowest ? highest * 1.05 : lowest + 1);
    axisY->applyNiceNumbers();
    chart->legend()->setVisible(false);
    return chart;
}

bool ReportChart::canPaint()
{
    return qobject_cast<QApplication *>(QCoreApplication::instance()) != nullptr;
}

bool ReportChart::paint(const ReportResult &result, QPainter &painter, const QRectF &target)
{
    if (!canPaint())
        return false;
    QChart *chart = create(result);
    if (!chart)
        return false;
    // Laid out at a screen-like size, then scaled onto the page, so fonts
    // and lines keep the proportions they have on screen.
    const QSizeF logical(720, 720 * target.height() / std::max<qreal>(1, target.width()));
    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns it now
    chart->setGeometry(QRectF(QPointF(0, 0), logical));
    chart->setBackgroundVisible(false);
    scene.setSceneRect(QRectF(QPointF(0, 0), logical));
    scene.render(&painter, target, scene.sceneRect(), Qt::KeepAspectRatio);
    return true;
}

} // namespace Backroom
