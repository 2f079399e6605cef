#include "charts/GraphEvaluator.h"

#include "metrics/Decimator.h"
#include "metrics/MachineChartLoader.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <limits>

namespace opsdeck::GraphEvaluator {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

double pop(QList<double>& stack)
{
    if (stack.isEmpty())
        return nan;
    const double v = stack.last();
    stack.removeLast();
    return v;
}

// One operator on the stack; false when the token is no operator.
bool apply(const QString& op, QList<double>& s)
{
    auto binary = [&](auto fn) {
        const double b = pop(s);
        const double a = pop(s);
        s << ((std::isnan(a) || std::isnan(b)) ? nan : fn(a, b));
    };
    auto compare = [&](auto fn) {
        binary([&](double a, double b) { return fn(a, b) ? 1.0 : 0.0; });
    };
    if (op == QLatin1String("+"))
        binary([](double a, double b) { return a + b; });
    else if (op == QLatin1String("-"))
        binary([](double a, double b) { return a - b; });
    else if (op == QLatin1String("*"))
        binary([](double a, double b) { return a * b; });
    else if (op == QLatin1String("/"))
        binary([](double a, double b) { return b == 0 ? nan : a / b; });
    else if (op == QLatin1String("%"))
        binary([](double a, double b) { return b == 0 ? nan : std::fmod(a, b); });
    else if (op == QLatin1String("MIN"))
        binary([](double a, double b) { return std::min(a, b); });
    else if (op == QLatin1String("MAX"))
        binary([](double a, double b) { return std::max(a, b); });
    else if (op == QLatin1String("LT"))
        compare([](double a, double b) { return a < b; });
    else if (op == QLatin1String("LE"))
        compare([](double a, double b) { return a <= b; });
    else if (op == QLatin1String("GT"))
        compare([](double a, double b) { return a > b; });
    else if (op == QLatin1String("GE"))
        compare([](double a, double b) { return a >= b; });
    else if (op == QLatin1String("EQ"))
        compare([](double a, double b) { return a == b; });
    else if (op == QLatin1String("NE"))
        compare([](double a, double b) { return a != b; });
    else if (op == QLatin1String("ADDNAN")) {
        const double b = pop(s);
        const double a = pop(s);
        s << (std::isnan(a) ? b : std::isnan(b) ? a : a + b);
    } else if (op == QLatin1String("LIMIT")) {
        const double hi = pop(s);
        const double lo = pop(s);
        const double v = pop(s);
        s << ((std::isnan(v) || std::isnan(lo) || std::isnan(hi) || v < lo || v > hi) ? nan : v);
    } else if (op == QLatin1String("ABS"))
        s << std::abs(pop(s));
    else if (op == QLatin1String("UN"))
        s << (std::isnan(pop(s)) ? 1.0 : 0.0);
    else if (op == QLatin1String("IF")) {
        const double c = pop(s);
        const double b = pop(s);
        const double a = pop(s);
        s << (std::isnan(a) ? nan : (a != 0 ? b : c));
    } else if (op == QLatin1String("DUP")) {
        const double a = pop(s);
        s << a << a;
    } else if (op == QLatin1String("POP"))
        pop(s);
    else if (op == QLatin1String("EXC")) {
        const double b = pop(s);
        const double a = pop(s);
        s << b << a;
    } else if (op == QLatin1String("UNKN"))
        s << nan;
    else if (op == QLatin1String("INF"))
        s << std::numeric_limits<double>::infinity();
    else if (op == QLatin1String("NEGINF"))
        s << -std::numeric_limits<double>::infinity();
    else
        return false;
    return true;
}

QString tr(const QString& text, bool translate)
{
    return translate ? QCoreApplication::translate("HostPage", text.toUtf8().constData()) : text;
}

QList<SeriesPoint> toPoints(const QList<qint64>& grid, const Column& values)
{
    QList<SeriesPoint> out;
    out.reserve(grid.size());
    for (qsizetype i = 0; i < grid.size(); ++i)
        out.append({grid[i], std::isfinite(values[i]) ? std::optional<double>(values[i]) : std::nullopt});
    return out;
}

} // namespace

Column evaluateRpn(const QStringList& rpn, const QHash<QString, Column>& columns, qsizetype size)
{
    Column out(size, nan);
    QList<const Column*> refs;
    QList<double> numbers;
    for (const QString& t : rpn) {
        const auto it = columns.constFind(t);
        refs << (it == columns.constEnd() ? nullptr : &*it);
        bool ok = false;
        numbers << t.toDouble(&ok);
        if (!ok)
            numbers.last() = nan;
    }
    QList<double> stack;
    for (qsizetype i = 0; i < size; ++i) {
        stack.clear();
        for (qsizetype k = 0; k < rpn.size(); ++k) {
            if (refs[k])
                stack << (i < refs[k]->size() ? refs[k]->at(i) : nan);
            else if (!apply(rpn[k], stack))
                stack << numbers[k]; // a number (or an unknown name: unknown)
        }
        out[i] = stack.size() == 1 ? stack.first() : nan;
    }
    return out;
}

Column onGrid(const QList<SeriesPoint>& points, const QList<qint64>& grid, qint64 holdSecs)
{
    Column out(grid.size(), nan);
    qsizetype p = -1;
    for (qsizetype i = 0; i < grid.size(); ++i) {
        while (p + 1 < points.size() && points[p + 1].timestamp <= grid[i])
            ++p;
        if (p >= 0 && points[p].value && grid[i] - points[p].timestamp <= holdSecs)
            out[i] = *points[p].value;
    }
    return out;
}

double statistic(const Column& values, GraphStatistic statistic)
{
    double last = nan, sum = 0, lo = nan, hi = nan;
    qsizetype n = 0;
    for (double v : values) {
        if (!std::isfinite(v))
            continue;
        last = v;
        sum += v;
        ++n;
        lo = std::isnan(lo) ? v : std::min(lo, v);
        hi = std::isnan(hi) ? v : std::max(hi, v);
    }
    switch (statistic) {
    case GraphStatistic::Last:
        return last;
    case GraphStatistic::Average:
        return n ? sum / double(n) : nan;
    case GraphStatistic::Max:
        return hi;
    case GraphStatistic::Min:
        return lo;
    }
    return nan;
}

ValueUnit unitOf(const GraphDefinition& graph)
{
    const bool rate = !graph.defs.isEmpty() && (graph.defs.first().type == QLatin1String("derive") ||
                                                graph.defs.first().type == QLatin1String("counter") ||
                                                graph.defs.first().type == QLatin1String("absolute"));
    for (const auto& p : graph.prints) {
        if (p.format.contains(QLatin1String("%%")))
            return ValueUnit::Percent;
        if (p.format.contains(QLatin1String("bps")) || p.format.contains(QLatin1String("bit")))
            return ValueUnit::BitsPerSec;
        if (p.format.contains(QLatin1String("Byte")) || p.format.endsWith(QLatin1String("%sB")))
            return rate ? ValueUnit::BytesPerSec : ValueUnit::Bytes;
    }
    return graph.defs.isEmpty() ? ValueUnit::Number : ValueFormat::unitForMetric(graph.defs.first().metric);
}

ChartData evaluate(const MetricStore& store, const GraphDefinition& graph, const Request& request,
                   ValueUnit unit, bool translate, QString* error)
{
    ChartData chart;
    chart.kind = MachineChartKind::Other;
    chart.id = graph.name;
    chart.title = tr(graph.title, translate);
    chart.notes = graph.notes;
    chart.valueUnit = ValueFormat::unitName(unit);

    // Every DEF at (a little more than) the chart's resolution.
    QHash<QString, Column> columns;
    QList<std::pair<QString, QList<SeriesPoint>>> fetched;
    QSet<QString> missing; // DEFs the machine has no series for
    int resolution = 0;
    QList<qint64> grid;
    for (const auto& def : graph.defs) {
        MetricQuery q;
        q.machine = def.host.isEmpty() ? request.machine : def.host;
        q.metric = def.metric;
        if (def.host.isEmpty())
            q.source = request.source;
        q.from = request.from;
        q.to = request.to;
        q.maxPoints = std::max(4000, 4 * request.maxPoints);
        q.decimation = MetricQuery::Decimation::Average;
        q.atChartResolution = true; // a year's graph reads the rollups, not a year of raw points
        auto r = store.query(q);
        if (!r.ok()) {
            if (r.error().code != Error::Code::NotFound && error && error->isEmpty())
                *error = r.error().message;
            fetched.append({def.name, {}});
            missing.insert(def.name);
            continue;
        }
        if (chart.source.isEmpty())
            chart.source = r->key.source;
        resolution = std::max(resolution, r->resolution);
        for (const auto& p : std::as_const(r->points))
            grid << p.timestamp;
        fetched.append({def.name, std::move(r->points)});
    }
    std::sort(grid.begin(), grid.end());
    grid.erase(std::unique(grid.begin(), grid.end()), grid.end());
    const qint64 span = std::max<qint64>(1, request.to - request.from);
    const qint64 bucket = span / std::max(1, request.maxPoints / 2);
    const qint64 hold = std::max<qint64>(2 * std::max(resolution, 1), bucket);
    for (const auto& [name, points] : fetched)
        columns.insert(name, onGrid(points, grid, hold));
    for (const auto& c : graph.cdefs)
        columns.insert(c.name, evaluateRpn(c.rpn, columns, grid.size()));
    chart.resolution = int(std::max<qint64>(resolution, span / std::max(1, request.maxPoints / 2)));

    // Elements: stacks summed on the element before, then decimated and scaled.
    Column below(grid.size(), 0.0);
    QList<std::pair<ChartLine, QList<SeriesPoint>>> lines;
    double maxAbs = 0;
    for (const auto& e : graph.elements) {
        // A series the machine does not have: no line, no legend entry (a STACK above it
        // stacks on the element before).
        if (missing.contains(e.value))
            continue;
        Column values = columns.value(e.value, Column(grid.size(), nan));
        ChartLine line;
        line.name = tr(e.legend.isEmpty() ? e.value : e.legend, translate);
        line.color = e.color.left(7);
        line.width = e.areaFill ? 1 : std::max(1.0, e.width);
        line.dashes = e.dashes;
        const GraphDef* def = graph.def(e.value);
        line.metric = def ? def->metric : (graph.defs.isEmpty() ? QString() : graph.defs.first().metric);
        for (const auto& p : graph.printsOf(e.value))
            line.legendValues << GraphDefinitionParser::formatPrint(p.format, statistic(values, p.statistic));
        if (e.style == GraphElementStyle::Stack) {
            line.style = e.areaFill ? ChartLineStyle::Stack : ChartLineStyle::Line;
            for (qsizetype i = 0; i < values.size(); ++i)
                values[i] += std::isnan(below[i]) ? 0.0 : below[i]; // unknown below: stacked on zero
        } else {
            line.style = e.areaFill ? ChartLineStyle::Area : ChartLineStyle::Line;
        }
        below = values;
        if (e.color.isEmpty())
            continue; // RRDtool draws nothing without a colour (a legend-only element)
        for (double v : std::as_const(values)) {
            if (std::isfinite(v))
                maxAbs = std::max(maxAbs, std::abs(v));
        }
        const auto how = line.style == ChartLineStyle::Line ? MetricQuery::Decimation::MinMax
                                                            : MetricQuery::Decimation::Average;
        lines.append({line, Decimator::decimate(toPoints(grid, values), request.maxPoints, how, request.from,
                                                request.to)});
    }
    const auto scale = ValueFormat::scaleFor(unit, maxAbs);
    chart.unit = scale.unit;
    chart.unitDivisor = scale.divisor;
    if (unit == ValueUnit::Percent && maxAbs <= 100)
        chart.yMax = 100;
    for (auto& [line, points] : lines) {
        line.segments =
            MachineChartLoader::toSegments(points, 3 * std::max<qint64>(hold, 10), 1.0 / scale.divisor);
        chart.lines << line;
    }
    return chart;
}

} // namespace opsdeck::GraphEvaluator
