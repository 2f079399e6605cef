#include "charts/MetricChartWidget.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>

namespace opsdeck {

namespace {
QColor lineColor(int index)
{
    static const QColor colors[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e),
                                    QColor(0x2c, 0xa0, 0x2c), QColor(0xd6, 0x27, 0x28),
                                    QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                                    QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f),
                                    QColor(0xbc, 0xbd, 0x22), QColor(0x17, 0xbe, 0xcf)};
    return colors[index % 10];
}

QString timeFormat(qint64 spanSecs)
{
    if (spanSecs <= 24 * 3600)
        return QStringLiteral("HH:mm");
    return QStringLiteral("ddd HH:mm");
}
} // namespace

// The view is made with its chart: QChartView(QWidget*) would make a default chart that
// setChart() then releases without deleting.
MetricChartWidget::MetricChartWidget(QWidget* parent) : QChartView(new QChart(), parent)
{
    QChart* chart = this->chart();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundRoundness(0);
    m_xAxis = new QDateTimeAxis(chart);
    m_xAxis->setTickCount(5);
    m_xAxis->setFormat(timeFormat(3600));
    const QDateTime now = QDateTime::currentDateTime();
    m_xAxis->setRange(now.addSecs(-3600), now);
    m_yAxis = new QValueAxis(chart);
    m_yAxis->setLabelFormat(QStringLiteral("%.4g"));
    m_yAxis->setRange(0, 1);
    chart->addAxis(m_xAxis, Qt::AlignBottom);
    chart->addAxis(m_yAxis, Qt::AlignLeft);
    m_placeholderItem = new QGraphicsSimpleTextItem(chart);
    m_placeholderItem->setBrush(palette().placeholderText());
    m_placeholderItem->setZValue(10);
    m_placeholderItem->setVisible(false);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 180);
    connect(chart, &QChart::plotAreaChanged, this, [this] {
        fitTicks();
        updatePlaceholder();
    });
}

QLineSeries* MetricChartWidget::seriesAt(int index)
{
    while (m_series.size() <= index) {
        auto* s = new QLineSeries(chart());
        chart()->addSeries(s);
        s->attachAxis(m_xAxis);
        s->attachAxis(m_yAxis);
        m_series << s;
    }
    return m_series.at(index);
}

void MetricChartWidget::setData(const ChartData& data, qint64 fromSecs, qint64 toSecs)
{
    m_title = data.unit.isEmpty() ? data.title : tr("%1 (%2)").arg(data.title, data.unit);
    chart()->setTitle(m_title);
    // An empty range (min == max) leaves QDateTimeAxis without labels for good (Qt 6.4): keep the old one.
    if (toSecs > fromSecs) {
        m_xAxis->setFormat(timeFormat(toSecs - fromSecs));
        m_xAxis->setRange(QDateTime::fromSecsSinceEpoch(fromSecs), QDateTime::fromSecsSinceEpoch(toSecs));
    }

    double maxY = 0;
    int used = 0;
    QList<std::pair<QLineSeries*, bool>> legend; // series, shown in the legend
    for (int li = 0; li < data.lines.size(); ++li) {
        const ChartLine& line = data.lines.at(li);
        QPen pen(lineColor(li));
        pen.setWidthF(1.5);
        for (int si = 0; si < line.segments.size(); ++si) {
            QLineSeries* s = seriesAt(used++);
            s->setName(line.name);
            s->setPen(pen);
            s->replace(line.segments.at(si));
            // A point or two alone draws no visible line: mark them.
            s->setPointsVisible(line.segments.at(si).size() < 3);
            s->setMarkerSize(4);
            legend.append({s, si == 0});
            for (const auto& p : line.segments.at(si))
                maxY = std::max(maxY, p.y());
        }
    }
    while (m_series.size() > used) {
        QLineSeries* s = m_series.takeLast();
        chart()->removeSeries(s);
        delete s;
    }
    for (const auto& [series, shown] : legend) {
        for (QLegendMarker* marker : chart()->legend()->markers(series))
            marker->setVisible(shown);
    }

    if (data.yMax > 0) {
        m_yAxis->setRange(0, data.yMax);
        m_yAxis->setTickCount(5);
    } else {
        m_yAxis->setRange(0, maxY > 0 ? maxY * 1.1 : 1.0);
        m_yAxis->applyNiceNumbers();
    }
    m_empty = used == 0;
    fitTicks();
    updatePlaceholder();
}

void MetricChartWidget::fitTicks()
{
    // Labels closer than a line of text are elided to "...": fewer ticks on a low chart.
    const qreal height = chart()->plotArea().height();
    const int lineHeight = fontMetrics().height() + 4;
    if (height > 0 && m_yAxis->tickCount() > 3 && (m_yAxis->tickCount() - 1) * lineHeight > height)
        m_yAxis->setTickCount(3);
}

void MetricChartWidget::setPlaceholder(const QString& text)
{
    m_placeholder = text;
    updatePlaceholder();
}

void MetricChartWidget::updatePlaceholder()
{
    const bool show = m_empty && !m_placeholder.isEmpty();
    m_placeholderItem->setVisible(show);
    if (!show)
        return;
    m_placeholderItem->setText(m_placeholder);
    const QRectF area = chart()->plotArea();
    const QRectF box = m_placeholderItem->boundingRect();
    m_placeholderItem->setPos(area.center() - QPointF(box.width() / 2, box.height() / 2));
}

int MetricChartWidget::pointCount() const
{
    int n = 0;
    for (const QLineSeries* s : m_series)
        n += s->count();
    return n;
}

int MetricChartWidget::plotWidthPixels() const
{
    const int w = int(chart()->plotArea().width());
    return std::max(w > 0 ? w : width() - 80, 100);
}

void MetricChartWidget::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    updatePlaceholder();
}

} // namespace opsdeck
