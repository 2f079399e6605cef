#pragma once

#include "metrics/MachineChartData.h"

#include <QChartView>
#include <QSet>
#include <optional>

class QDateTimeAxis;
class QGraphicsLineItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QValueAxis;

namespace opsdeck {

// One time-series chart (QtCharts) that draws a ChartData: a line per ChartLine, each
// gap-free segment its own QLineSeries in the line's colour (Qt Charts draws a line
// through a NaN, so a gap needs a series boundary), only the first in the legend. Areas
// and stacks are filled under their line by the view itself (drawBackground), so every
// series stays a QLineSeries.
//
// Interaction: drag to zoom (zoomRequested), Shift+drag or the middle button to pan
// (panRequested), double-click to reset (resetRequested); the mouse sets the crosshair
// (crosshairMoved) and setCrosshair() draws one with the time and every line's value;
// a click on a legend entry hides or shows its line. What the page does with the
// requests is the page's (ChartTimeline). Every Qt Charts type stays in this folder.
class MetricChartWidget : public QChartView
{
    Q_OBJECT
public:
    explicit MetricChartWidget(QWidget* parent = nullptr);

    void setData(const ChartData& data, qint64 fromSecs, qint64 toSecs);
    // Live mode: adds what arrived (points after each line's last) and drops what left the
    // window, without rebuilding the chart; a new series only where the data has a gap.
    // False (nothing changed) when `tail` does not fit what is drawn (other lines or unit).
    bool appendData(const ChartData& tail, qint64 fromSecs, qint64 toSecs);
    // Shown inside the plot when there is nothing to draw.
    void setPlaceholder(const QString& text);
    const ChartData& data() const { return m_data; }

    int pointCount() const; // over every series, for tests and the status line
    int seriesCount() const { return int(m_used); }
    // How many points a line should have at most: about one per horizontal pixel.
    int plotWidthPixels() const;

    // The crosshair at `ms` (epoch ms); -1 hides it.
    void setCrosshair(qint64 ms);
    std::optional<qint64> crosshair() const { return m_crosshair; }
    // What the crosshair's box says: the time, then "name: value" per shown line.
    QString crosshairText() const;
    // Line `line`'s own value at `ms` (a stack's share, not its top), in the data's unit
    // before scaling (bytes, bits/s, ...); none in a gap.
    std::optional<double> valueAt(int line, qint64 ms) const;

    int lineCount() const { return int(m_data.lines.size()); }
    void setLineVisible(int line, bool visible);
    bool isLineVisible(int line) const;

    // The plot's x position (view coordinates) of a time and back.
    qreal positionOf(qint64 ms) const;
    qint64 timeAt(qreal x) const;

signals:
    void zoomRequested(qint64 fromSecs, qint64 toSecs);
    void panRequested(qint64 deltaSecs);
    void resetRequested();
    void crosshairMoved(qint64 ms);
    void crosshairLeft();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void drawBackground(QPainter* painter, const QRectF& rect) override;
    // The points a live series has not taken yet (appendData on a fixed axis).
    void drawForeground(QPainter* painter, const QRectF& rect) override;

private:
    QLineSeries* seriesAt(int index);
    double syncSeries(bool mayLag);
    void styleSeries(QLineSeries* s, int line, int segment);
    void applyVisibility();
    void updateAxes();
    void updateTitle();
    void updatePlaceholder();
    void updateCrosshair();
    void fitTicks();
    void toggleFromMarker();
    QColor colorOf(int line) const;
    qint64 gapMs() const;

    ChartData m_data;
    qint64 m_from = 0;
    qint64 m_to = 0;
    QDateTimeAxis* m_xAxis = nullptr;
    QValueAxis* m_yAxis = nullptr;
    QList<QLineSeries*> m_series; // reused between updates
    qsizetype m_used = 0;
    QList<int> m_lineOf;    // series index -> line index
    QSet<QString> m_hidden; // line names, kept across updates
    QGraphicsSimpleTextItem* m_placeholderItem = nullptr;
    QGraphicsLineItem* m_crosshairLine = nullptr;
    QGraphicsRectItem* m_crosshairBox = nullptr;
    QGraphicsSimpleTextItem* m_crosshairLabel = nullptr;
    QGraphicsRectItem* m_zoomBand = nullptr;
    QString m_placeholder;
    std::optional<qint64> m_crosshair;
    enum class Drag
    {
        None,
        Zoom,
        Pan
    } m_drag = Drag::None;
    QPointF m_dragStart;
    bool m_empty = true;
};

} // namespace opsdeck
