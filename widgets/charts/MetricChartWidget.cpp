#include "charts/MetricChartWidget.h"

#include "charts/ValueFormat.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace opsdeck {

namespace {
QColor paletteColor(int index)
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
    if (spanSecs <= 8 * 24 * 3600)
        return QStringLiteral("ddd HH:mm");
    return QStringLiteral("MMM d");
}

QString duration(qint64 secs)
{
    if (secs < 60)
        return MetricChartWidget::tr("%n s", nullptr, int(secs));
    if (secs < 3600)
        return MetricChartWidget::tr("%n min", nullptr, int(secs / 60));
    if (secs < 86400)
        return MetricChartWidget::tr("%n h", nullptr, int(secs / 3600));
    return MetricChartWidget::tr("%n d", nullptr, int(secs / 86400));
}

// Qt's QValueAxis::applyNiceNumbers() rounding (AbstractDomain::looseNiceNumbers), computed
// here so the axis is set once and only when it changes: each setRange() re-lays out every
// series of the chart, which dominated the cost of a live update.
double niceNumber(double x, bool ceiling)
{
    const double z = std::pow(10.0, std::floor(std::log10(x)));
    double q = x / z;
    if (ceiling)
        q = q <= 1.0 ? 1 : q <= 2.0 ? 2 : q <= 5.0 ? 5 : 10;
    else
        q = q < 1.5 ? 1 : q < 3.0 ? 2 : q < 7.0 ? 5 : 10;
    return q * z;
}

void looseNiceNumbers(double& min, double& max, int& ticks)
{
    const double range = niceNumber(max - min, true);
    const double step = niceNumber(range / std::max(1, ticks - 1), false);
    min = std::floor(min / step);
    max = std::ceil(max / step);
    ticks = int(max - min) + 1;
    min *= step;
    max *= step;
}

// The point of `segment` at or just before `x`; -1 when x is outside the segment.
qsizetype pointAt(const QList<QPointF>& segment, double x, double slack)
{
    if (segment.isEmpty() || x < segment.first().x() - slack || x > segment.last().x() + slack)
        return -1;
    auto it = std::upper_bound(segment.begin(), segment.end(), x,
                               [](double v, const QPointF& p) { return v < p.x(); });
    return it == segment.begin() ? 0 : qsizetype(it - segment.begin()) - 1;
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
    // The view paints the background and the areas' fills under the lines.
    chart->setBackgroundVisible(false);
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
    m_crosshairLine = new QGraphicsLineItem(chart);
    m_crosshairLine->setPen(QPen(palette().text().color(), 1, Qt::DashLine));
    m_crosshairLine->setZValue(20);
    m_crosshairLine->setVisible(false);
    m_crosshairBox = new QGraphicsRectItem(chart);
    m_crosshairBox->setBrush(palette().toolTipBase());
    m_crosshairBox->setPen(QPen(palette().mid().color()));
    m_crosshairBox->setZValue(21);
    m_crosshairBox->setVisible(false);
    m_crosshairLabel = new QGraphicsSimpleTextItem(m_crosshairBox);
    m_crosshairLabel->setBrush(palette().toolTipText());
    m_zoomBand = new QGraphicsRectItem(chart);
    m_zoomBand->setBrush(QColor(0x33, 0x66, 0x99, 50));
    m_zoomBand->setPen(QPen(QColor(0x33, 0x66, 0x99)));
    m_zoomBand->setZValue(19);
    m_zoomBand->setVisible(false);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 180);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    connect(chart, &QChart::plotAreaChanged, this, [this] {
        fitTicks();
        updatePlaceholder();
        updateCrosshair();
    });
}

QColor MetricChartWidget::colorOf(int line) const
{
    const QColor c(m_data.lines.value(line).color);
    return c.isValid() ? c : paletteColor(line);
}

qint64 MetricChartWidget::gapMs() const
{
    const qint64 span = std::max<qint64>(1, m_to - m_from);
    const qint64 step =
        std::max<qint64>({qint64(m_data.resolution), span / std::max(1, plotWidthPixels()), 10});
    return 3 * step * 1000;
}

QLineSeries* MetricChartWidget::seriesAt(int index)
{
    while (m_series.size() <= index) {
        auto* s = new QLineSeries(chart());
        chart()->addSeries(s);
        s->attachAxis(m_xAxis);
        s->attachAxis(m_yAxis);
        connect(s, &QLineSeries::visibleChanged, this, [this] { update(); });
        m_series << s;
    }
    return m_series.at(index);
}

void MetricChartWidget::styleSeries(QLineSeries* s, int line, int segment)
{
    const ChartLine& l = m_data.lines.at(line);
    QPen pen(colorOf(line));
    pen.setWidthF(l.style == ChartLineStyle::Line ? std::max(1.0, l.width) : 1.0);
    if (!l.dashes.isEmpty() && l.dashes.size() % 2 == 0)
        pen.setDashPattern(QList<qreal>(l.dashes.begin(), l.dashes.end()));
    s->setPen(pen);
    s->setName(l.legendValues.isEmpty()
                   ? l.name
                   : tr("%1 (%2)").arg(l.name, l.legendValues.join(QLatin1String("  "))));
    // A point or two alone draws no visible line: mark them.
    s->setPointsVisible(l.segments.value(segment).size() < 3);
    s->setMarkerSize(4);
}

void MetricChartWidget::setData(const ChartData& data, qint64 fromSecs, qint64 toSecs)
{
    m_data = data;
    // An empty range (min == max) leaves QDateTimeAxis without labels for good (Qt 6.4): keep the old one.
    if (toSecs > fromSecs) {
        m_from = fromSecs;
        m_to = toSecs;
    }
    m_used = 0;
    m_lineOf.clear();
    for (int li = 0; li < m_data.lines.size(); ++li) {
        const ChartLine& line = m_data.lines.at(li);
        for (int si = 0; si < line.segments.size(); ++si) {
            QLineSeries* s = seriesAt(int(m_used++));
            s->replace(line.segments.at(si));
            styleSeries(s, li, si);
            m_lineOf << li;
        }
    }
    while (m_series.size() > m_used) {
        QLineSeries* s = m_series.takeLast();
        chart()->removeSeries(s);
        delete s;
    }
    applyVisibility();
    updateAxes();
}

bool MetricChartWidget::appendData(const ChartData& tail, qint64 fromSecs, qint64 toSecs)
{
    if (tail.lines.size() != m_data.lines.size() || tail.unit != m_data.unit || toSecs <= fromSecs)
        return false;
    for (int li = 0; li < tail.lines.size(); ++li) {
        if (tail.lines[li].name != m_data.lines[li].name)
            return false;
    }
    // The window moves in whole pixel columns (an hour on 400 px: every 9 s), its end rounded
    // up to the next column: moving the axis re-lays out every series and the axis labels.
    const qint64 span = toSecs - fromSecs;
    const qint64 column = span / std::max(1, plotWidthPixels());
    if (column > 1) {
        toSecs = (toSecs + column - 1) / column * column;
        fromSecs = toSecs - span;
    }
    const bool axisFixed = fromSecs == m_from && toSecs == m_to;
    m_from = fromSecs;
    m_to = toSecs;
    const double cut = double(fromSecs) * 1000.0;
    for (int li = 0; li < tail.lines.size(); ++li) {
        ChartLine& line = m_data.lines[li];
        line.legendValues = tail.lines[li].legendValues;
        // Drop what left the window.
        while (!line.segments.isEmpty() && line.segments.first().last().x() < cut)
            line.segments.removeFirst();
        if (!line.segments.isEmpty()) {
            auto& first = line.segments.first();
            const auto keep = std::lower_bound(first.begin(), first.end(), cut,
                                               [](const QPointF& p, double v) { return p.x() < v; });
            first.erase(first.begin(), keep);
        }
        // Add what arrived: onto the last segment unless there is a gap.
        for (const auto& seg : tail.lines[li].segments) {
            QList<QPointF> fresh;
            const double last = line.segments.isEmpty() ? -1 : line.segments.last().last().x();
            for (const auto& p : seg) {
                if (p.x() > last)
                    fresh << p;
            }
            if (fresh.isEmpty())
                continue;
            if (!line.segments.isEmpty() && fresh.first().x() - last <= double(gapMs()))
                line.segments.last().append(fresh);
            else
                line.segments << fresh;
        }
    }
    const double tailFrom = syncSeries(axisFixed);
    if (std::isnan(tailFrom)) {
        applyVisibility();
        updateAxes();
        return true;
    }
    // Only points were added, on a fixed axis: the series lag behind (drawForeground draws
    // their tails) and only the stretch from the first new point to the plot's right edge
    // is repainted. The next move of the axis (a pixel column later) catches them up.
    updateAxes();
    const QRectF area = chart()->plotArea();
    const qreal x = chart()->mapToPosition(QPointF(tailFrom, 0), m_series.first()).x();
    const QRectF dirty(QPointF(std::max(area.left(), x - 3), area.top() - 2),
                       area.bottomRight() + QPointF(3, 2));
    viewport()->update(mapFromScene(chart()->mapToScene(dirty)).boundingRect().adjusted(-2, -2, 2, 2));
    return true;
}

// Series follow the segments: same count per line in the same order, so the existing
// objects take their (possibly longer) points and only a new gap adds one. With
// `mayLag` (the axis did not move) a series that only gained points at its end keeps
// its old ones: returns the time (ms) of the earliest point left to drawForeground, NaN
// when every series is complete.
double MetricChartWidget::syncSeries(bool mayLag)
{
    double lagFrom = qQNaN();
    bool lagOnly = mayLag;
    qsizetype index = 0;
    m_lineOf.clear();
    for (int li = 0; li < m_data.lines.size(); ++li) {
        for (int si = 0; si < m_data.lines[li].segments.size(); ++si) {
            const QList<QPointF>& seg = m_data.lines[li].segments[si];
            QLineSeries* s = seriesAt(int(index++));
            const qsizetype had = s->count();
            const bool grew = had > 0 && had < seg.size() && s->at(0) == seg.first() &&
                              s->at(int(had - 1)) == seg.at(had - 1);
            if (grew && mayLag)
                lagFrom = std::isnan(lagFrom) ? seg.at(had - 1).x() : std::min(lagFrom, seg.at(had - 1).x());
            else if (grew && had + 1 == seg.size())
                s->append(seg.last());
            else if (grew || had != seg.size() || (had > 0 && s->at(0) != seg.first()))
                s->replace(seg); // one signal, where append(list) gives one a point
            if (!grew && had != seg.size())
                lagOnly = false;
            styleSeries(s, li, si);
            m_lineOf << li;
        }
    }
    if (index != m_used)
        lagOnly = false;
    m_used = index;
    while (m_series.size() > m_used) {
        QLineSeries* s = m_series.takeLast();
        chart()->removeSeries(s);
        delete s;
    }
    if (!lagOnly && !std::isnan(lagFrom)) // the chart changed shape: no series may lag
        return syncSeries(false);
    return lagOnly ? lagFrom : qQNaN();
}

void MetricChartWidget::drawForeground(QPainter* painter, const QRectF& rect)
{
    QChartView::drawForeground(painter, rect);
    painter->save();
    painter->setClipRect(chart()->mapToScene(chart()->plotArea()).boundingRect());
    for (qsizetype i = 0; i < m_used; ++i) {
        QLineSeries* s = m_series[i];
        const auto& segments = m_data.lines.at(m_lineOf.at(i)).segments;
        int si = 0; // which segment of its line series i draws
        for (qsizetype j = i - 1; j >= 0 && m_lineOf.at(j) == m_lineOf.at(i); --j)
            ++si;
        if (!s->isVisible() || si >= segments.size() || s->count() == 0 || s->count() >= segments[si].size())
            continue;
        const QList<QPointF>& seg = segments[si];
        QPolygonF tail;
        for (qsizetype k = s->count() - 1; k < seg.size(); ++k)
            tail << chart()->mapToScene(chart()->mapToPosition(seg[k], s));
        painter->setPen(s->pen());
        painter->drawPolyline(tail);
    }
    painter->restore();
}

void MetricChartWidget::applyVisibility()
{
    QList<int> firstOfLine(m_data.lines.size(), -1);
    for (qsizetype i = 0; i < m_used; ++i) {
        const int li = m_lineOf.at(i);
        const bool shown = !m_hidden.contains(m_data.lines.at(li).name);
        m_series[i]->setVisible(shown);
        const bool first = firstOfLine[li] < 0;
        if (first)
            firstOfLine[li] = int(i);
        for (QLegendMarker* marker : chart()->legend()->markers(m_series[i])) {
            // A hidden series keeps its legend entry (greyed), so it can be shown again.
            // Only what changed: a marker's change re-lays out the chart (on every live update).
            marker->setVisible(first); // QGraphicsItem ignores the same value
            const QBrush label = shown ? palette().text() : palette().placeholderText();
            if (marker->labelBrush() != label)
                marker->setLabelBrush(label);
            QObject::disconnect(marker, &QLegendMarker::clicked, this, nullptr);
            connect(marker, &QLegendMarker::clicked, this, &MetricChartWidget::toggleFromMarker);
        }
    }
    update();
}

void MetricChartWidget::toggleFromMarker()
{
    auto* marker = qobject_cast<QLegendMarker*>(sender());
    if (!marker)
        return;
    const qsizetype i = m_series.indexOf(static_cast<QLineSeries*>(marker->series()));
    if (i >= 0 && i < m_used)
        setLineVisible(m_lineOf.at(i), !isLineVisible(m_lineOf.at(i)));
}

void MetricChartWidget::setLineVisible(int line, bool visible)
{
    if (line < 0 || line >= m_data.lines.size())
        return;
    if (visible)
        m_hidden.remove(m_data.lines.at(line).name);
    else
        m_hidden.insert(m_data.lines.at(line).name);
    applyVisibility();
    updateCrosshair();
}

bool MetricChartWidget::isLineVisible(int line) const
{
    return line >= 0 && line < m_data.lines.size() && !m_hidden.contains(m_data.lines.at(line).name);
}

void MetricChartWidget::updateAxes()
{
    if (m_to > m_from) {
        m_xAxis->setFormat(timeFormat(m_to - m_from));
        m_xAxis->setRange(QDateTime::fromSecsSinceEpoch(m_from), QDateTime::fromSecsSinceEpoch(m_to));
    }
    double maxY = 0;
    for (const auto& line : std::as_const(m_data.lines)) {
        for (const auto& seg : line.segments) {
            for (const auto& p : seg)
                maxY = std::max(maxY, p.y());
        }
    }
    if (m_data.yMax > 0 && maxY <= m_data.yMax) {
        m_yAxis->setRange(0, m_data.yMax);
        m_yAxis->setTickCount(5);
    } else {
        double low = 0;
        double high = maxY > 0 ? maxY * 1.1 : 1.0;
        int ticks = m_yAxis->tickCount();
        looseNiceNumbers(low, high, ticks); // as applyNiceNumbers(), without the interim range
        m_yAxis->setRange(low, high);
        m_yAxis->setTickCount(ticks);
    }
    m_empty = m_used == 0;
    updateTitle();
    fitTicks();
    updatePlaceholder();
    updateCrosshair();
}

void MetricChartWidget::updateTitle()
{
    QString title = m_data.unit.isEmpty() ? m_data.title : tr("%1 (%2)").arg(m_data.title, m_data.unit);
    if (m_data.resolution > 0)
        title = tr("%1 · %2 resolution").arg(title, duration(m_data.resolution));
    if (chart()->title() != title) // a new title re-lays out the chart
        chart()->setTitle(title);
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
    return m_used == 0 ? 0 : m_data.pointCount(); // a live series may lag behind (drawForeground)
}

int MetricChartWidget::plotWidthPixels() const
{
    const int w = int(chart()->plotArea().width());
    return std::max(w > 0 ? w : width() - 80, 100);
}

qreal MetricChartWidget::positionOf(qint64 ms) const
{
    const QRectF area = chart()->plotArea();
    const double span = double(std::max<qint64>(1, m_to - m_from)) * 1000.0;
    return area.left() + (double(ms) - double(m_from) * 1000.0) / span * area.width();
}

qint64 MetricChartWidget::timeAt(qreal x) const
{
    const QRectF area = chart()->plotArea();
    const double span = double(std::max<qint64>(1, m_to - m_from)) * 1000.0;
    const double f = area.width() > 0 ? (x - area.left()) / area.width() : 0;
    return qint64(double(m_from) * 1000.0 + f * span);
}

std::optional<double> MetricChartWidget::valueAt(int line, qint64 ms) const
{
    if (line < 0 || line >= m_data.lines.size())
        return std::nullopt;
    const double slack = double(std::max(m_data.resolution, 1)) * 500.0;
    auto top = [&](int li) -> std::optional<double> {
        for (const auto& seg : m_data.lines.at(li).segments) {
            const qsizetype i = pointAt(seg, double(ms), slack);
            if (i >= 0)
                return seg.at(i).y();
        }
        return std::nullopt;
    };
    auto value = top(line);
    if (!value)
        return std::nullopt;
    if (m_data.lines.at(line).style == ChartLineStyle::Stack && line > 0)
        *value -= top(line - 1).value_or(0);
    return *value * m_data.unitDivisor;
}

QString MetricChartWidget::crosshairText() const
{
    if (!m_crosshair)
        return {};
    const ValueUnit unit = ValueFormat::unitFromName(m_data.valueUnit);
    QStringList rows;
    rows << QDateTime::fromMSecsSinceEpoch(*m_crosshair).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    for (int li = 0; li < m_data.lines.size(); ++li) {
        if (!isLineVisible(li))
            continue;
        const auto v = valueAt(li, *m_crosshair);
        const QString text = v ? (m_data.valueUnit.isEmpty() && !m_data.unit.isEmpty()
                                      ? QStringLiteral("%1 %2").arg(QString::number(*v, 'g', 4), m_data.unit)
                                      : ValueFormat::format(unit, *v))
                               : QStringLiteral("–");
        rows << tr("%1: %2").arg(m_data.lines.at(li).name, text);
    }
    return rows.join(QLatin1Char('\n'));
}

void MetricChartWidget::setCrosshair(qint64 ms)
{
    if (ms < 0)
        m_crosshair.reset();
    else
        m_crosshair = ms;
    updateCrosshair();
}

void MetricChartWidget::updateCrosshair()
{
    const QRectF area = chart()->plotArea();
    const qreal x = m_crosshair ? positionOf(*m_crosshair) : 0;
    const bool show = m_crosshair && !m_empty && x >= area.left() && x <= area.right();
    m_crosshairLine->setVisible(show);
    m_crosshairBox->setVisible(show);
    if (!show)
        return;
    m_crosshairLine->setLine(x, area.top(), x, area.bottom());
    m_crosshairLabel->setText(crosshairText());
    const QRectF text = m_crosshairLabel->boundingRect();
    m_crosshairLabel->setPos(4, 2);
    const qreal w = text.width() + 8;
    const qreal left = x + 8 + w > area.right() ? x - 8 - w : x + 8;
    m_crosshairBox->setRect(0, 0, w, text.height() + 4);
    m_crosshairBox->setPos(std::max(area.left(), left), area.top() + 4);
}

void MetricChartWidget::mousePressEvent(QMouseEvent* event)
{
    const QPointF pos = event->position();
    if (!chart()->plotArea().contains(pos)) {
        QChartView::mousePressEvent(event);
        return;
    }
    m_dragStart = pos;
    if (event->button() == Qt::MiddleButton ||
        (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier)))
        m_drag = Drag::Pan;
    else if (event->button() == Qt::LeftButton)
        m_drag = Drag::Zoom;
    event->accept();
}

void MetricChartWidget::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF pos = event->position();
    const QRectF area = chart()->plotArea();
    if (m_drag == Drag::Zoom) {
        const qreal x = std::clamp(pos.x(), area.left(), area.right());
        m_zoomBand->setRect(QRectF(QPointF(std::min(x, m_dragStart.x()), area.top()),
                                   QPointF(std::max(x, m_dragStart.x()), area.bottom())));
        m_zoomBand->setVisible(true);
    }
    if (area.contains(pos)) {
        const qint64 ms = timeAt(pos.x());
        setCrosshair(ms);
        emit crosshairMoved(ms);
    }
    QChartView::mouseMoveEvent(event);
}

void MetricChartWidget::mouseReleaseEvent(QMouseEvent* event)
{
    const Drag drag = std::exchange(m_drag, Drag::None);
    m_zoomBand->setVisible(false);
    const qreal dx = event->position().x() - m_dragStart.x();
    const QRectF area = chart()->plotArea();
    if (drag == Drag::Zoom && std::abs(dx) >= 4) {
        const qreal a =
            std::clamp(std::min(m_dragStart.x(), event->position().x()), area.left(), area.right());
        const qreal b =
            std::clamp(std::max(m_dragStart.x(), event->position().x()), area.left(), area.right());
        emit zoomRequested(timeAt(a) / 1000, timeAt(b) / 1000);
    } else if (drag == Drag::Pan && std::abs(dx) >= 2 && area.width() > 0) {
        const double secsPerPixel = double(m_to - m_from) / area.width();
        emit panRequested(-qint64(std::llround(dx * secsPerPixel)));
    }
    if (drag != Drag::None)
        event->accept();
    else
        QChartView::mouseReleaseEvent(event);
}

void MetricChartWidget::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (chart()->plotArea().contains(event->position())) {
        emit resetRequested();
        event->accept();
        return;
    }
    QChartView::mouseDoubleClickEvent(event);
}

void MetricChartWidget::leaveEvent(QEvent* event)
{
    setCrosshair(-1);
    emit crosshairLeft();
    QChartView::leaveEvent(event);
}

// The background, then each shown area's or stack's fill under its line (a stack down to
// the line before it), so Qt Charts only draws lines.
void MetricChartWidget::drawBackground(QPainter* painter, const QRectF& rect)
{
    painter->fillRect(rect, palette().base());
    if (m_used == 0)
        return;
    painter->save();
    painter->setClipRect(chart()->plotArea());
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    const qreal zeroY = chart()->mapToPosition(QPointF(0, 0), m_series.first()).y();
    const double slack = double(std::max(m_data.resolution, 1)) * 500.0;
    for (int li = 0; li < m_data.lines.size(); ++li) {
        const ChartLine& line = m_data.lines.at(li);
        if (line.style == ChartLineStyle::Line || !isLineVisible(li))
            continue;
        QColor fill = colorOf(li);
        fill.setAlpha(200);
        painter->setBrush(fill);
        const bool stacked = line.style == ChartLineStyle::Stack && li > 0;
        for (const auto& seg : line.segments) {
            if (seg.size() < 2)
                continue;
            QPolygonF poly;
            poly.reserve(seg.size() * 2);
            for (const auto& p : seg)
                poly << chart()->mapToPosition(p, m_series.first());
            for (qsizetype i = seg.size() - 1; i >= 0; --i) {
                double base = 0;
                if (stacked) {
                    for (const auto& below : m_data.lines.at(li - 1).segments) {
                        const qsizetype k = pointAt(below, seg[i].x(), slack);
                        if (k >= 0) {
                            base = below[k].y();
                            break;
                        }
                    }
                }
                const QPointF at = chart()->mapToPosition(QPointF(seg[i].x(), base), m_series.first());
                poly << QPointF(at.x(), base == 0 ? zeroY : at.y());
            }
            painter->drawPolygon(chart()->mapToScene(poly));
        }
    }
    painter->restore();
}

void MetricChartWidget::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    updatePlaceholder();
}

} // namespace opsdeck
