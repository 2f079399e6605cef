#include "dashboards/PanelEvaluator.h"

#include "dashboards/PanelSeries.h"
#include "dashboards/UrlMetrics.h"
#include "inventory/InventoryReader.h"
#include "metrics/MachineChartLoader.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <cmath>

namespace opsdeck {
namespace {

constexpr int kMaxLines = 24;

bool under(const QString& path, const QString& node)
{
    return node.isEmpty() || node == QLatin1String("/") || path == node ||
           path.startsWith(node + QLatin1Char('/'));
}

std::optional<double> meanOf(const QList<double>& values)
{
    return PanelSeries::ofValues(values, PanelStatistic::Avg);
}

} // namespace

PanelEvaluator::PanelEvaluator(const MetricStore& store, std::shared_ptr<Database> inventory)
    : m_store(store), m_db(std::move(inventory))
{}

Result<QStringList> PanelEvaluator::machinesOf(const PanelQuery& query) const
{
    if (!query.machine.isEmpty())
        return QStringList{query.machine};
    if (query.node.isEmpty())
        return QStringList{QString()};
    InventoryReader reader(m_db);
    auto tree = reader.loadTree();
    if (!tree.ok())
        return tree.error();
    bool productLines = false;
    bool found = query.wholeTree();
    for (const TreeNode& n : *tree) {
        productLines = productLines || n.productLine;
        found = found || n.path == query.node;
    }
    if (!found)
        return Error::notFound(
            QCoreApplication::translate("PanelEvaluator", "there is no node '%1'").arg(query.node));
    MachineFilter filter;
    if (!query.wholeTree())
        filter.node = query.node;
    auto machines = reader.loadAllMachines(filter);
    if (!machines.ok())
        return machines.error();
    QStringList out;
    for (const Machine& m : *machines) {
        // The whole tree leaves the pool stock out: machines bound to no node, and, when
        // the tree has product lines, those under none.
        if (query.wholeTree() && (m.nodes.isEmpty() || (productLines && m.poolStock)))
            continue;
        out << m.name;
    }
    return out;
}

Result<QStringList> PanelEvaluator::productLines(const QString& node) const
{
    auto tree = InventoryReader(m_db).loadTree();
    if (!tree.ok())
        return tree.error();
    QStringList marked;
    QStringList roots;
    for (const TreeNode& n : *tree) {
        if (!under(n.path, node))
            continue;
        if (n.productLine)
            marked << n.path;
        if (n.parentId == 0)
            roots << n.path;
    }
    return marked.isEmpty() ? roots : marked;
}

Result<PanelData> PanelEvaluator::evaluate(const Panel& panel, const Range& range, int maxPoints) const
{
    PanelData data;
    data.panel = panel;
    data.to = range.to > 0 ? range.to : Clock::system().nowSecs();
    data.from = range.from > 0 ? range.from : data.to - panel.rangeSecs;
    data.unit = PanelSeries::unitOf(panel.query.key());
    Status st;
    switch (panel.kind) {
    case PanelKind::Chart:
        st = fillChart(data, maxPoints);
        break;
    case PanelKind::Value:
        st = fillValue(data);
        break;
    case PanelKind::Table:
        st = fillTable(data);
        break;
    }
    if (!st.ok()) {
        if (st.error().code != Error::Code::NotFound)
            return st.error();
        data.problem = st.error().message;
    }
    return data;
}

Result<QList<PanelData>> PanelEvaluator::evaluate(const Dashboard& dashboard, const Range& range,
                                                  int maxPoints) const
{
    QList<PanelData> out;
    for (const Panel& p : dashboard.panels) {
        auto d = evaluate(p, range, maxPoints);
        if (!d.ok())
            return d.error();
        out << *d;
    }
    return out;
}

Status PanelEvaluator::fillChart(PanelData& data, int maxPoints) const
{
    auto machines = machinesOf(data.panel.query);
    if (!machines.ok())
        return machines.error();
    ChartData& chart = data.chart;
    chart.kind = MachineChartKind::Other;
    chart.title = data.panel.title.isEmpty() ? data.panel.query.key() : data.panel.title;
    chart.id = QStringLiteral("panel:") + data.panel.query.key();
    QList<std::pair<QString, SeriesData>> found;
    Error last = Error::notFound(QCoreApplication::translate("PanelEvaluator", "no machine to read"));
    for (const QString& m : machines->mid(0, kMaxLines)) {
        auto d = PanelSeries::points(m_store, {m, data.panel.query.key(), data.panel.query.source}, data.from,
                                     data.to, maxPoints);
        if (!d.ok()) {
            if (d.error().code != Error::Code::NotFound)
                return d.error();
            last = d.error();
            if (auto st = addSeriesUnder(m, data, maxPoints, found); !st.ok())
                return st;
            continue;
        }
        found.append({m.isEmpty() ? data.panel.query.key() : m, *d});
    }
    if (found.isEmpty())
        return last;
    double maxAbs = 0;
    for (const auto& [name, d] : std::as_const(found))
        for (const SeriesPoint& p : d.points)
            if (p.value)
                maxAbs = std::max(maxAbs, std::abs(*p.value));
    const auto scale = ValueFormat::scaleFor(data.unit, maxAbs);
    chart.unit = scale.unit;
    chart.unitDivisor = scale.divisor;
    chart.valueUnit = ValueFormat::unitName(data.unit);
    for (const auto& [name, d] : std::as_const(found)) {
        ChartLine line;
        line.name = found.size() == 1 && !data.panel.query.machine.isEmpty() ? data.panel.query.key() : name;
        line.metric = data.panel.query.key();
        // As MachineChartLoader: a gap is more than three steps of the archive read or of
        // the decimation's buckets, whichever is longer.
        const qint64 bucket = (data.to - data.from) / std::max(1, maxPoints);
        const qint64 step = std::max<qint64>({qint64(d.resolution), bucket, 10});
        line.segments = MachineChartLoader::toSegments(d.points, 3 * step, 1.0 / scale.divisor);
        chart.resolution = std::max(chart.resolution, d.resolution);
        chart.lines << line;
    }
    return {};
}

Result<QStringList> PanelEvaluator::seriesUnder(const QString& machine, const PanelQuery& q) const
{
    if (q.series.isEmpty())
        return QStringList();
    auto listed = m_store.listSeries(machine);
    if (!listed.ok())
        return listed.error();
    const QString prefix = q.series + QLatin1Char('.');
    QStringList keys;
    for (const SeriesInfo& s : std::as_const(*listed))
        if (s.key.machine == machine && s.key.metric.startsWith(prefix) &&
            (q.source.isEmpty() || s.key.source == q.source) && !keys.contains(s.key.metric))
            keys << s.key.metric;
    keys.sort();
    return keys;
}

Status PanelEvaluator::addSeriesUnder(const QString& machine, const PanelData& data, int maxPoints,
                                      QList<std::pair<QString, SeriesData>>& found) const
{
    const PanelQuery& q = data.panel.query;
    auto under = seriesUnder(machine, q);
    if (!under.ok())
        return under.error();
    const QStringList keys = *under;
    const QString prefix = q.series + QLatin1Char('.');
    for (const QString& key : std::as_const(keys)) {
        if (found.size() >= kMaxLines)
            break;
        auto d = PanelSeries::points(m_store, {machine, key, q.source}, data.from, data.to, maxPoints);
        if (!d.ok()) {
            if (d.error().code != Error::Code::NotFound)
                return d.error();
            continue;
        }
        const QString name = key.mid(prefix.size());
        // A line per series; over several machines, each named with its machine.
        const bool oneMachine = machine.isEmpty() || !q.machine.isEmpty();
        found.append({oneMachine ? name : machine + QLatin1Char(' ') + name, *d});
    }
    return {};
}

Status PanelEvaluator::fillValue(PanelData& data) const
{
    auto machines = machinesOf(data.panel.query);
    if (!machines.ok())
        return machines.error();
    QList<double> values;
    Error last = Error::notFound(QCoreApplication::translate("PanelEvaluator", "no machine to read under %1")
                                     .arg(data.panel.query.node));
    bool anySeries = false;
    for (const QString& m : *machines) {
        auto v = PanelSeries::statistic(m_store, {m, data.panel.query.key(), data.panel.query.source},
                                        data.panel.statistic, data.from, data.to);
        if (v.ok()) {
            anySeries = true;
            if (*v)
                values << **v;
            continue;
        }
        if (v.error().code != Error::Code::NotFound)
            return v.error();
        last = v.error();
        // A query stored as several series: the value is over each of them, as the chart's lines.
        auto under = seriesUnder(m, data.panel.query);
        if (!under.ok())
            return under.error();
        for (const QString& key : std::as_const(*under)) {
            auto each = PanelSeries::statistic(m_store, {m, key, data.panel.query.source},
                                               data.panel.statistic, data.from, data.to);
            if (!each.ok() && each.error().code != Error::Code::NotFound)
                return each.error();
            anySeries = anySeries || each.ok();
            if (each.ok() && *each)
                values << **each;
        }
    }
    if (!anySeries)
        return last;
    data.value = meanOf(values);
    return {};
}

Status PanelEvaluator::fillTable(PanelData& data) const
{
    PanelTable& t = data.table;
    const Panel& p = data.panel;
    if (p.rows == PanelRows::Urls || p.rows == PanelRows::ProductLineUrls)
        return fillUrlTable(data);
    if (p.rows == PanelRows::ProductLines)
        return fillNodeTable(data);
    t.rowHeader = QCoreApplication::translate("PanelEvaluator", "Machine");
    t.columns = p.columns.isEmpty() ? QStringList{p.query.key()} : p.columns;
    for (const QString& c : std::as_const(t.columns))
        t.units << PanelSeries::unitOf(c);
    QStringList machines;
    if (p.query.machine.isEmpty() && p.query.node.isEmpty()) {
        // A series no machine names: one row per machine that has it.
        auto series = m_store.listSeries();
        if (!series.ok())
            return series.error();
        for (const SeriesInfo& s : *series)
            if (s.key.metric == p.query.key() &&
                (p.query.source.isEmpty() || s.key.source == p.query.source) &&
                !machines.contains(s.key.machine))
                machines << s.key.machine;
        if (machines.isEmpty() && p.columns.isEmpty())
            machines << QString(); // perhaps stored as several series (below)
    } else {
        auto m = machinesOf(p.query);
        if (!m.ok())
            return m.error();
        machines = *m;
    }
    for (const QString& m : std::as_const(machines)) {
        QList<std::optional<double>> row;
        bool found = false;
        for (const QString& c : std::as_const(t.columns)) {
            auto v = PanelSeries::statistic(m_store, {m, c, p.query.source}, p.statistic, data.from, data.to);
            if (!v.ok() && v.error().code != Error::Code::NotFound)
                return v.error();
            found = found || v.ok();
            row << (v.ok() ? *v : std::nullopt);
        }
        if (!found && p.columns.isEmpty()) {
            auto rows = addSeriesRows(data, m, machines.size() > 1);
            if (!rows.ok())
                return rows.error();
            if (*rows > 0)
                continue;
        }
        if (m.isEmpty())
            continue; // no machine and nothing stored: no row
        t.rows << m;
        t.cells << row;
    }
    return {};
}

// A query a source stores as several series (KEY.<series name>): a row per series, as
// Grafana's table of a query's series; named with the machine when there are several.
Result<int> PanelEvaluator::addSeriesRows(PanelData& data, const QString& machine, bool nameMachine) const
{
    const Panel& p = data.panel;
    auto keys = seriesUnder(machine, p.query);
    if (!keys.ok())
        return keys.error();
    const QString prefix = p.query.series + QLatin1Char('.');
    if (!keys->isEmpty() && !nameMachine)
        data.table.rowHeader = QCoreApplication::translate("PanelEvaluator", "Series");
    for (const QString& key : std::as_const(*keys)) {
        auto v =
            PanelSeries::statistic(m_store, {machine, key, p.query.source}, p.statistic, data.from, data.to);
        if (!v.ok() && v.error().code != Error::Code::NotFound)
            return v.error();
        const QString name = key.mid(prefix.size());
        data.table.rows << (nameMachine ? machine + QLatin1Char(' ') + name : name);
        data.table.cells << QList<std::optional<double>>{v.ok() ? *v : std::nullopt};
    }
    return int(keys->size());
}

Status PanelEvaluator::fillNodeTable(PanelData& data) const
{
    PanelTable& t = data.table;
    const Panel& p = data.panel;
    t.rowHeader = QCoreApplication::translate("PanelEvaluator", "Product line");
    t.columns = p.columns.isEmpty() ? QStringList{p.query.key()} : p.columns;
    for (const QString& c : std::as_const(t.columns))
        t.units << PanelSeries::unitOf(c);
    auto lines = productLines(p.query.node);
    if (!lines.ok())
        return lines.error();
    for (const QString& line : *lines) {
        PanelQuery q = p.query;
        q.node = line;
        auto machines = machinesOf(q);
        if (!machines.ok())
            return machines.error();
        QList<std::optional<double>> row;
        for (const QString& c : std::as_const(t.columns)) {
            QList<double> values;
            for (const QString& m : *machines) {
                auto v =
                    PanelSeries::statistic(m_store, {m, c, p.query.source}, p.statistic, data.from, data.to);
                if (!v.ok() && v.error().code != Error::Code::NotFound)
                    return v.error();
                if (v.ok() && *v)
                    values << **v;
            }
            row << meanOf(values);
        }
        t.rows << line;
        t.cells << row;
    }
    return {};
}

Status PanelEvaluator::fillUrlTable(PanelData& data) const
{
    PanelTable& t = data.table;
    const Panel& p = data.panel;
    t.columns = p.columns.isEmpty() ? DashboardNames::urlColumns() : p.columns;
    for (const QString& c : std::as_const(t.columns))
        t.units << UrlMetrics::unitOf(c);
    auto urls = InventoryReader(m_db).loadUrls();
    if (!urls.ok())
        return urls.error();
    QList<std::pair<QString, QStringList>> rows;
    if (p.rows == PanelRows::Urls) {
        t.rowHeader = QCoreApplication::translate("PanelEvaluator", "URL");
        for (const UrlBinding& u : *urls)
            if (under(u.node, p.query.node) &&
                std::none_of(rows.cbegin(), rows.cend(), [&](const auto& r) { return r.first == u.url; }))
                rows.append({u.url, {u.url}});
    } else {
        t.rowHeader = QCoreApplication::translate("PanelEvaluator", "Product line");
        auto lines = productLines(p.query.node);
        if (!lines.ok())
            return lines.error();
        for (const QString& line : *lines) {
            QStringList bound;
            for (const UrlBinding& u : *urls)
                if (under(u.node, line) && !bound.contains(u.url))
                    bound << u.url;
            if (!bound.isEmpty()) // Loki: a product line with no URL bound is not shown
                rows.append({line, bound});
        }
    }
    for (const auto& [name, list] : std::as_const(rows)) {
        auto values = UrlMetrics::evaluate(m_store, list, t.columns, true, data.from, data.to);
        if (!values.ok())
            return values.error();
        t.rows << name;
        t.cells << *values;
    }
    return {};
}

} // namespace opsdeck
