#include "export/ChartPainter.h"

#include "export/ChartAxes.h"
#include "metrics/Decimator.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <limits>

namespace opsdeck {

namespace {

constexpr double pad = 8;

struct Palette
{
    QColor background;
    QColor text;
    QColor grid;
    QColor axis;
};

Palette paletteOf(ChartTheme theme)
{
    if (theme == ChartTheme::Dark)
        return {QColor(0x1e, 0x1f, 0x22), QColor(0xe4, 0xe4, 0xe4), QColor(0x3a, 0x3c, 0x40),
                QColor(0x90, 0x90, 0x90)};
    return {Qt::white, QColor(0x20, 0x20, 0x20), QColor(0xe2, 0xe2, 0xe2), QColor(0x70, 0x70, 0x70)};
}

std::pair<double, double> valueRange(const ChartData& data)
{
    double lo = std::numeric_limits<double>::max();
    double hi = std::numeric_limits<double>::lowest();
    for (const auto& line : data.lines) {
        for (const auto& segment : line.segments) {
            for (const auto& p : segment) {
                lo = std::min(lo, p.y());
                hi = std::max(hi, p.y());
            }
        }
    }
    if (lo > hi)
        return {0, 0};
    return {lo, hi};
}

QString statText(const char* label, const std::optional<double>& v)
{
    return QCoreApplication::translate("ChartPainter", label)
        .arg(v ? ChartAxes::formatValue(*v, 2) : QCoreApplication::translate("ChartPainter", "n/a"));
}

QStringList statTexts(const ChartPainter::Stats& s)
{
    return {statText(QT_TRANSLATE_NOOP("ChartPainter", "Last: %1"), s.last),
            statText(QT_TRANSLATE_NOOP("ChartPainter", "Avg: %1"), s.average),
            statText(QT_TRANSLATE_NOOP("ChartPainter", "Max: %1"), s.maximum),
            statText(QT_TRANSLATE_NOOP("ChartPainter", "Min: %1"), s.minimum)};
}

} // namespace

struct ChartPainter::Layout
{
    QRectF bounds;
    QRectF title;
    QRectF plot;
    QRectF legend;
    double rowHeight = 0;
    int legendRows = 0; // lines listed; one more row says how many were left out
    ChartAxes::ValueScale scale;
    QList<ChartAxes::Tick> timeTicks;
    double fromSecs = 0;
    double spanSecs = 1;

    double xOf(double secs) const { return plot.left() + (secs - fromSecs) / spanSecs * plot.width(); }
    double yOf(double v) const
    {
        return plot.bottom() - (v - scale.min) / (scale.max - scale.min) * plot.height();
    }
};

ChartPainter::ChartPainter(ChartData data, qint64 fromSecs, qint64 toSecs, ChartTheme theme)
    : m_data(std::move(data)), m_from(fromSecs), m_to(std::max(toSecs, fromSecs + 1)), m_theme(theme)
{
    m_titleFont.setPixelSize(15);
    m_titleFont.setBold(true);
    m_labelFont.setPixelSize(11);
    // Labels are numbers, times and names: no ligatures or kerning to shape (scripts that
    // need shaping still get it). perf: shaping was a sixth of a headless PNG export.
    m_titleFont.setStyleStrategy(QFont::PreferNoShaping);
    m_labelFont.setStyleStrategy(QFont::PreferNoShaping);
}

QColor ChartPainter::lineColor(int index)
{
    static const QColor colors[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e),
                                    QColor(0x2c, 0xa0, 0x2c), QColor(0xd6, 0x27, 0x28),
                                    QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                                    QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f),
                                    QColor(0xbc, 0xbd, 0x22), QColor(0x17, 0xbe, 0xcf)};
    return colors[index % 10];
}

ChartPainter::Layout ChartPainter::layout(const QSizeF& size) const
{
    Layout l;
    l.bounds = QRectF(QPointF(0, 0), size);
    const QFontMetricsF titleFm(m_titleFont);
    const QFontMetricsF fm(m_labelFont);
    l.rowHeight = fm.height() + 3;
    l.title = QRectF(pad, pad, size.width() - 2 * pad, titleFm.height() + 4);

    // Bottom up: the legend (at most 40% of the height), then the time labels.
    const int lines = int(m_data.lines.size());
    const int fitRows = std::max(1, int(size.height() * 0.4 / l.rowHeight));
    l.legendRows = lines <= fitRows ? lines : fitRows - 1;
    const int rows = std::max(1, lines <= fitRows ? lines : fitRows);
    const double legendHeight = rows * l.rowHeight;
    l.legend = QRectF(pad, size.height() - pad - legendHeight, size.width() - 2 * pad, legendHeight);
    const double top = l.title.bottom() + 6;
    const double bottom = l.legend.top() - 8 - fm.height() - 4;

    // The value scale needs the plot's height only; its labels then give the left edge.
    const auto [lo, hi] = valueRange(m_data);
    const int maxTicks = std::max(2, int((bottom - top) / 40));
    l.scale = ChartAxes::valueScale(lo, hi, maxTicks, m_data.yMax);
    double labelWidth = 0;
    for (const auto& t : l.scale.ticks)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(t.label));
    const double unitWidth = m_data.unit.isEmpty() ? 0 : fm.height() + 4;
    const double left = pad + unitWidth + labelWidth + 6;
    const double right = size.width() - pad - 24; // room for the last time label's half
    l.plot = QRectF(QPointF(left, top), QPointF(std::max(left + 1, right), std::max(top + 1, bottom)));
    l.timeTicks = ChartAxes::timeTicks(m_from, m_to, l.plot.width());
    l.fromSecs = double(m_from);
    l.spanSecs = double(m_to - m_from);
    return l;
}

QRectF ChartPainter::plotRect(const QSizeF& size) const
{
    return layout(size).plot;
}

ChartData ChartPainter::shown(const QSizeF& size) const
{
    return decimated(m_data, m_from, m_to, plotRect(size).width());
}

ChartData ChartPainter::decimated(const ChartData& data, qint64 fromSecs, qint64 toSecs, double plotWidthPx)
{
    ChartData out = data;
    const double msPerColumn = std::max(1.0, double(toSecs - fromSecs) * 1000.0 / std::max(1.0, plotWidthPx));
    for (auto& line : out.lines) {
        for (auto& segment : line.segments) {
            if (segment.size() <= 2)
                continue;
            const double columns = std::ceil((segment.last().x() - segment.first().x()) / msPerColumn) + 1;
            const qsizetype budget = qsizetype(2 * columns);
            if (segment.size() <= budget)
                continue;
            QList<SeriesPoint> points;
            points.reserve(segment.size());
            for (const auto& p : segment)
                points.append({qint64(p.x()), p.y()});
            const auto thin = Decimator::decimate(points, int(budget), MetricQuery::Decimation::MinMax);
            segment.clear();
            segment.reserve(thin.size());
            for (const auto& p : thin)
                segment.append(QPointF(double(p.timestamp), p.value.value_or(0)));
        }
    }
    return out;
}

ChartPainter::Stats ChartPainter::statsOf(const ChartLine& line)
{
    Stats s;
    double sum = 0;
    qint64 n = 0;
    for (const auto& segment : line.segments) {
        for (const auto& p : segment) {
            const double v = p.y();
            s.maximum = s.maximum ? std::max(*s.maximum, v) : v;
            s.minimum = s.minimum ? std::min(*s.minimum, v) : v;
            sum += v;
            ++n;
            s.last = v;
        }
    }
    if (n > 0)
        s.average = sum / double(n);
    return s;
}

void ChartPainter::paint(QPainter& painter, const QRectF& rect) const
{
    const Layout l = layout(rect.size());
    painter.save();
    painter.translate(rect.topLeft());
    painter.fillRect(l.bounds, paletteOf(m_theme).background);
    painter.setRenderHint(QPainter::Antialiasing, false);
    paintFrame(painter, l);
    if (!paintLines(painter, l)) {
        painter.setPen(paletteOf(m_theme).axis);
        painter.drawText(l.plot, Qt::AlignCenter,
                         QCoreApplication::translate("ChartPainter", "No data in this range"));
    }
    paintLegend(painter, l);
    painter.restore();
}

void ChartPainter::paintFrame(QPainter& painter, const Layout& l) const
{
    const Palette pal = paletteOf(m_theme);
    painter.setPen(pal.text);
    painter.setFont(m_titleFont);
    painter.drawText(l.title, Qt::AlignHCenter | Qt::AlignVCenter, m_data.title);

    painter.setFont(m_labelFont);
    const QFontMetricsF fm(m_labelFont);
    const QRectF& plot = l.plot;
    QPen gridPen(pal.grid, 0);
    gridPen.setStyle(Qt::DotLine);
    for (const auto& t : l.scale.ticks) {
        const double y = std::round(l.yOf(t.value)) + 0.5;
        painter.setPen(gridPen);
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(pal.text);
        const QRectF box(0, y - fm.height() / 2, plot.left() - 6, fm.height());
        painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter, t.label);
    }
    for (const auto& t : l.timeTicks) {
        const double x = std::round(l.xOf(t.value)) + 0.5;
        painter.setPen(gridPen);
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(pal.text);
        const double w = fm.horizontalAdvance(t.label) + 2;
        painter.drawText(QRectF(x - w / 2, plot.bottom() + 4, w, fm.height()), Qt::AlignCenter, t.label);
    }
    painter.setPen(QPen(pal.axis, 0));
    painter.drawRect(plot);
    if (!m_data.unit.isEmpty()) {
        painter.save();
        painter.setPen(pal.text);
        painter.translate(pad, plot.center().y());
        painter.rotate(-90);
        painter.drawText(QRectF(-plot.height() / 2, 0, plot.height(), fm.height()), Qt::AlignCenter,
                         m_data.unit);
        painter.restore();
    }
}

bool ChartPainter::paintLines(QPainter& painter, const Layout& l) const
{
    // One path per line, a subpath per segment.
    const ChartData shownData = decimated(m_data, m_from, m_to, l.plot.width());
    // Antialiasing only where a line has room to look jagged: a line with more points than
    // the plot has pixel columns is drawn column by column anyway, and its blended shades
    // cost painting time and PNG palette entries (a dense week: 2,400 colours against 60).
    const bool sparse = shownData.pointCount() < int(l.plot.width());
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, sparse);
    painter.setClipRect(l.plot.adjusted(-1, -1, 1, 1));
    bool any = false;
    for (int li = 0; li < shownData.lines.size(); ++li) {
        QPainterPath path;
        QList<QPointF> lonePoints; // a segment of one point draws no line: a dot shows it
        for (const auto& segment : shownData.lines.at(li).segments) {
            if (segment.isEmpty())
                continue;
            any = true;
            path.moveTo(l.xOf(segment.first().x() / 1000.0), l.yOf(segment.first().y()));
            if (segment.size() == 1) {
                path.lineTo(path.currentPosition());
                lonePoints << path.currentPosition();
            }
            for (qsizetype i = 1; i < segment.size(); ++i)
                path.lineTo(l.xOf(segment.at(i).x() / 1000.0), l.yOf(segment.at(i).y()));
        }
        // One pixel wide, as rrdtool's LINE1: the raster engine's cosmetic stroker draws it
        // directly, where a wider pen outlines every zigzag of the min/max columns first.
        painter.setPen(QPen(lineColor(li), 1.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        painter.setPen(Qt::NoPen);
        painter.setBrush(lineColor(li));
        for (const QPointF& p : std::as_const(lonePoints))
            painter.drawEllipse(p, 1.5, 1.5);
    }
    painter.restore();
    return any;
}

void ChartPainter::paintLegend(QPainter& painter, const Layout& l) const
{
    const QFontMetricsF fm(m_labelFont);
    const Palette pal = paletteOf(m_theme);
    QList<QStringList> rows;
    double nameWidth = 0;
    QList<double> columnWidth(4, 0.0);
    for (int i = 0; i < l.legendRows; ++i) {
        const ChartLine& line = m_data.lines.at(i);
        QStringList row{line.name};
        row << statTexts(statsOf(line));
        nameWidth = std::max(nameWidth, fm.horizontalAdvance(line.name));
        for (int c = 0; c < 4; ++c)
            columnWidth[c] = std::max(columnWidth.at(c), fm.horizontalAdvance(row.at(c + 1)));
        rows << row;
    }
    nameWidth = std::min(nameWidth, l.legend.width() * 0.4);
    painter.setFont(m_labelFont);
    for (int i = 0; i < rows.size(); ++i) {
        const double y = l.legend.top() + i * l.rowHeight;
        double x = l.legend.left() + 20;
        painter.fillRect(QRectF(l.legend.left() + 4, y + l.rowHeight / 2 - 4, 10, 8), lineColor(i));
        painter.setPen(pal.text);
        const QString name = fm.elidedText(rows.at(i).first(), Qt::ElideRight, nameWidth);
        painter.drawText(QRectF(x, y, nameWidth + 2, l.rowHeight), Qt::AlignLeft | Qt::AlignVCenter, name);
        x += nameWidth + 16;
        for (int c = 0; c < 4; ++c) {
            painter.drawText(QRectF(x, y, columnWidth.at(c) + 2, l.rowHeight),
                             Qt::AlignRight | Qt::AlignVCenter, rows.at(i).at(c + 1));
            x += columnWidth.at(c) + 16;
        }
    }
    if (l.legendRows < m_data.lines.size()) {
        painter.setPen(pal.axis);
        const double y = l.legend.top() + l.legendRows * l.rowHeight;
        painter.drawText(QRectF(l.legend.left() + 20, y, l.legend.width() - 20, l.rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         QCoreApplication::translate("ChartPainter", "and %n more line(s)", nullptr,
                                                     int(m_data.lines.size()) - l.legendRows));
    }
}

} // namespace opsdeck
