#include "charts/HostPageLoader.h"

#include "charts/GraphEvaluator.h"
#include "charts/HostPageMounts.h"
#include "metrics/CpuPercent.h"
#include "metrics/MachineChartLoader.h"

#include <QCoreApplication>
#include <algorithm>

namespace opsdeck {

const ChartData* HostPageData::chart(const QString& id) const
{
    for (const auto& g : groups) {
        for (const auto& c : g.charts) {
            if (c.id == id)
                return &c;
        }
    }
    return nullptr;
}

int HostPageData::chartCount() const
{
    int n = 0;
    for (const auto& g : groups)
        n += int(g.charts.size());
    return n;
}

namespace HostPageLoader {

namespace {

struct ModeStyle
{
    const char* mode;
    const char* color;
};
// Kurado's colours for the modes (idle is the rest of the 100 % and not drawn).
const ModeStyle modeStyles[] = {{"user", "#a9a9a9"},   {"nice", "#000080"},  {"system", "#008080"},
                                {"iowait", "#f00000"}, {"irq", "#f39034"},   {"softirq", "#3d282a"},
                                {"steal", "#ebf906"},  {"guest", "#81f781"}, {"guest-nice", "#8181f7"}};

GraphEvaluator::Request evaluatorRequest(const Request& r)
{
    return GraphEvaluator::Request{r.machine, r.from, r.to, r.maxPoints, {}};
}

// The CPU stack: CpuPercent's modes as stacked areas.
ChartData cpuStack(const MetricStore& store, const Request& request, QString* error)
{
    ChartData chart;
    chart.kind = MachineChartKind::Cpu;
    chart.id = QStringLiteral("cpu");
    chart.title = QCoreApplication::translate("HostPage", "CPU");
    chart.unit = QStringLiteral("%");
    chart.valueUnit = ValueFormat::unitName(ValueUnit::Percent);
    chart.yMax = 100;
    MetricQuery q;
    q.machine = request.machine;
    q.from = request.from;
    q.to = request.to;
    q.maxPoints = request.maxPoints;
    q.decimation = MetricQuery::Decimation::Average; // one timestamp per bucket for every mode
    auto stack = CpuPercent::stack(store, q);
    if (!stack.ok()) {
        if (stack.error().code != Error::Code::NotFound && error && error->isEmpty())
            *error = stack.error().message;
        return chart;
    }
    chart.source = stack->source;
    const qint64 span = std::max<qint64>(1, request.to - request.from);
    chart.resolution = int(std::max<qint64>(stack->resolution, span / std::max(1, request.maxPoints)));
    const qint64 gap = 3 * std::max<qint64>({qint64(stack->resolution), qint64(chart.resolution), 10});
    QHash<qint64, double> below;
    bool first = true;
    for (const auto& style : modeStyles) {
        const QString mode = QString::fromLatin1(style.mode);
        if (!stack->modes.contains(mode))
            continue;
        QList<SeriesPoint> points = stack->percent.value(mode);
        GraphEvaluator::Column own;
        for (auto& p : points) {
            own << (p.value ? *p.value : qQNaN());
            if (p.value) {
                const double top = *p.value + below.value(p.timestamp, 0);
                below.insert(p.timestamp, top);
                p.value = top;
            }
        }
        ChartLine line;
        line.name = mode;
        line.metric = QStringLiteral("cpu-") + mode;
        line.color = QString::fromLatin1(style.color);
        line.style = first ? ChartLineStyle::Area : ChartLineStyle::Stack;
        line.width = 1;
        for (const auto& [stat, label] : {std::pair{GraphStatistic::Last, "Cur:%5.1lf%%"},
                                          std::pair{GraphStatistic::Average, "Ave:%5.1lf%%"},
                                          std::pair{GraphStatistic::Max, "Max:%5.1lf%%"}})
            line.legendValues << GraphDefinitionParser::formatPrint(QString::fromLatin1(label),
                                                                    GraphEvaluator::statistic(own, stat));
        line.segments = MachineChartLoader::toSegments(points, gap);
        chart.lines << line;
        first = false;
    }
    return chart;
}

// Plain lines of some series of one source.
ChartData seriesChart(const MetricStore& store, const HostGraph& graph, const Request& request,
                      QString* error)
{
    // As a definition with one DEF and one LINE per metric, so they share the evaluator.
    GraphDefinition def;
    def.name = graph.id;
    def.title = graph.title;
    static const char* const palette[] = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728",
                                          "#9467bd", "#8c564b", "#e377c2", "#7f7f7f"};
    int i = 0;
    for (const auto& metric : graph.metrics) {
        const QString name = QStringLiteral("m%1").arg(i);
        def.defs << GraphDef{name, metric, {}, {}, QStringLiteral("AVERAGE"), 0};
        GraphElement e;
        e.value = name;
        e.color = QString::fromLatin1(palette[i % 8]);
        e.legend = metric;
        def.elements << e;
        def.prints << GraphPrint{name, GraphStatistic::Last, QStringLiteral("Cur:%.3lf%s"), 0}
                   << GraphPrint{name, GraphStatistic::Max, QStringLiteral("Max:%.3lf%s"), 0};
        ++i;
    }
    // The source is part of the series' key: query that one, not the freshest.
    GraphEvaluator::Request r = evaluatorRequest(request);
    r.source = graph.source;
    ChartData chart = GraphEvaluator::evaluate(store, def, r, graph.unit, false, error);
    chart.source = graph.source;
    return chart;
}

} // namespace

ChartData loadGraph(const MetricStore& store, const HostGraph& graph, const Request& request, QString* error)
{
    switch (graph.kind) {
    case HostGraph::Kind::CpuStack:
        return cpuStack(store, request, error);
    case HostGraph::Kind::Series:
        return seriesChart(store, graph, request, error);
    case HostGraph::Kind::Definition:
        break;
    }
    ChartData chart = GraphEvaluator::evaluate(store, graph.definition, evaluatorRequest(request), graph.unit,
                                               graph.builtIn, error);
    chart.id = graph.id;
    if (graph.id == QLatin1String("tcp-established"))
        chart.kind = MachineChartKind::Tcp;
    else if (graph.id == QLatin1String("load"))
        chart.kind = MachineChartKind::Load;
    else if (graph.id == QLatin1String("memory"))
        chart.kind = MachineChartKind::Memory;
    else if (graph.id.startsWith(QLatin1String("traffic:")))
        chart.kind = MachineChartKind::Network;
    else if (graph.id.startsWith(QLatin1String("disk-io:")))
        chart.kind = MachineChartKind::DiskIo;
    else if (graph.id.startsWith(QLatin1String("disk-usage:")))
        chart.kind = MachineChartKind::DiskUsage;
    return chart;
}

HostPageData load(const MetricStore& store, const Request& request)
{
    HostPageData page;
    page.machine = request.machine;
    page.from = request.from;
    page.to = request.to;
    page.notes = request.definitionErrors;
    auto listed = store.listSeries(request.machine);
    if (!listed.ok()) {
        page.error = listed.error().message;
        return page;
    }
    for (const auto& s : std::as_const(*listed)) {
        if (s.firstTimestamp > 0 && (page.firstSample == 0 || s.firstTimestamp < page.firstSample))
            page.firstSample = s.firstTimestamp;
    }
    DeviceMounts mounts;
    if (request.inventory) {
        auto read = HostPageMounts::read(*request.inventory, request.machine);
        if (read.ok())
            mounts = *read;
        else
            page.notes << QCoreApplication::translate("HostPage",
                                                      "the disks' mount points could not be read: %1")
                              .arg(read.error().message);
    }
    const HostPagePlan plan = HostPagePlanner::plan(request.machine, *listed, request.definitions, mounts);
    for (const auto& group : plan.groups) {
        HostPageGroupData data;
        data.id = group.id;
        data.title = group.title;
        for (const auto& graph : group.graphs) {
            ChartData chart = loadGraph(store, graph, request, &page.error);
            for (const auto& n : std::as_const(chart.notes))
                page.notes << QStringLiteral("%1: %2").arg(graph.definition.name, n);
            data.charts << chart;
        }
        page.groups << data;
    }
    return page;
}

} // namespace HostPageLoader
} // namespace opsdeck
