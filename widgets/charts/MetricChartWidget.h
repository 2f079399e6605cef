#pragma once

#include "metrics/MachineChartData.h"

#include <QChartView>

class QDateTimeAxis;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QValueAxis;

namespace opsdeck {

// One time-series chart (QtCharts) that draws a ChartData: a line per ChartLine, each
// gap-free segment its own QLineSeries in the line's colour, only the first in the legend.
class MetricChartWidget : public QChartView
{
    Q_OBJECT
public:
    explicit MetricChartWidget(QWidget* parent = nullptr);

    void setData(const ChartData& data, qint64 fromSecs, qint64 toSecs);
    // Shown inside the plot when there is nothing to draw.
    void setPlaceholder(const QString& text);

    int pointCount() const; // over every series, for tests and the status line
    // How many points a line should have at most: about one per horizontal pixel.
    int plotWidthPixels() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    QLineSeries* seriesAt(int index);
    void updatePlaceholder();
    void fitTicks();

    QDateTimeAxis* m_xAxis = nullptr;
    QValueAxis* m_yAxis = nullptr;
    QList<QLineSeries*> m_series; // reused between updates
    QGraphicsSimpleTextItem* m_placeholderItem = nullptr;
    QString m_placeholder;
    QString m_title;
    bool m_empty = true;
};

} // namespace opsdeck
