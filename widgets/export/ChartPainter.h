#pragma once

#include "metrics/MachineChartData.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <optional>

class QPainter;

namespace opsdeck {

enum class ChartTheme
{
    Light,
    Dark
};

// Draws one ChartData with plain QPainter on any paint device (QImage for PNG,
// QSvgGenerator for SVG, QPdfWriter for PDF): the title, the unit as the vertical label,
// the value axis with round ticks, the time axis with round local times, a polyline per
// gap-free segment (a gap stays a gap) and a legend with each line's last, average,
// maximum and minimum as Kurado's GPRINT lines show them. Sizes are logical pixels
// (1/96 inch); the fonts have pixel sizes, so the same layout comes out on every device.
// Lines are thinned to the plot's width first (Decimator, MinMax: two points per pixel
// column), so a week of minutes costs what a few thousand points cost.
class ChartPainter
{
public:
    ChartPainter(ChartData data, qint64 fromSecs, qint64 toSecs, ChartTheme theme = ChartTheme::Light);

    // Where the lines go in a chart of `size`: what the title, axes and legend leave.
    QRectF plotRect(const QSizeF& size) const;
    // The lines exactly as paint() draws them in a chart of `size`.
    ChartData shown(const QSizeF& size) const;
    void paint(QPainter& painter, const QRectF& rect) const;

    // Every segment thinned by MinMax to two points per pixel column it spans, on a plot
    // `plotWidthPx` wide showing [fromSecs, toSecs]; gaps untouched.
    static ChartData decimated(const ChartData& data, qint64 fromSecs, qint64 toSecs, double plotWidthPx);

    struct Stats
    {
        std::optional<double> last;
        std::optional<double> average;
        std::optional<double> maximum;
        std::optional<double> minimum;
    };
    // Over every known point of the line (before thinning), as rrdtool's GPRINT.
    static Stats statsOf(const ChartLine& line);

    static QColor lineColor(int index);

private:
    struct Layout;
    Layout layout(const QSizeF& size) const;
    void paintFrame(QPainter& painter, const Layout& layout) const; // title, grid, axes, unit
    bool paintLines(QPainter& painter, const Layout& layout) const; // false: nothing to draw
    void paintLegend(QPainter& painter, const Layout& layout) const;

    ChartData m_data;
    qint64 m_from = 0;
    qint64 m_to = 0;
    ChartTheme m_theme = ChartTheme::Light;
    QFont m_titleFont;
    QFont m_labelFont;
};

} // namespace opsdeck
