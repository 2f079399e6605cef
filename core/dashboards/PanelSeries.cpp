#include "dashboards/PanelSeries.h"

#include "charts/GraphEvaluator.h"
#include "metrics/CpuPercent.h"
#include "metrics/UsageReport.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace opsdeck::PanelSeries {
namespace {

MetricQuery queryOf(const Key& key, const QString& metric, qint64 from, qint64 to, int maxPoints)
{
    MetricQuery q;
    q.machine = key.machine;
    q.metric = metric;
    q.source = key.source;
    q.from = from;
    q.to = to;
    q.maxPoints = maxPoints;
    // A chart reads the archive that fits its width, as RRDtool picks an RRA; a plain series
    // keeps every pixel column's minimum and maximum, a ratio's parts their averages.
    q.atChartResolution = maxPoints > 0;
    q.decimation = isDerived(key.metric) ? MetricQuery::Decimation::Average : MetricQuery::Decimation::MinMax;
    return q;
}

// numerator / denominator x 100 on the numerator's timestamps.
SeriesData ratio(const QList<QList<SeriesPoint>>& parts, const QList<QList<SeriesPoint>>& totals,
                 int resolution)
{
    SeriesData out;
    out.resolution = resolution;
    if (parts.isEmpty())
        return out;
    QList<qint64> grid;
    for (const auto& p : parts.first())
        grid << p.timestamp;
    const qint64 hold = 2 * qint64(std::max(resolution, 60));
    auto sumOf = [&](const QList<QList<SeriesPoint>>& list) {
        GraphEvaluator::Column sum(grid.size(), 0.0);
        for (const auto& s : list) {
            const auto col = GraphEvaluator::onGrid(s, grid, hold);
            for (qsizetype i = 0; i < grid.size(); ++i)
                sum[i] += col[i];
        }
        return sum;
    };
    const auto num = sumOf(parts);
    const auto den = sumOf(totals);
    for (qsizetype i = 0; i < grid.size(); ++i) {
        SeriesPoint p{grid[i], std::nullopt};
        if (std::isfinite(num[i]) && std::isfinite(den[i]) && den[i] > 0)
            p.value = 100.0 * num[i] / den[i];
        out.points << p;
    }
    return out;
}

Result<SeriesData> cpuBusy(const MetricStore& store, const Key& key, qint64 from, qint64 to, int maxPoints)
{
    auto stack =
        CpuPercent::stack(store, queryOf(key, QString(), from, to, maxPoints), {QStringLiteral("idle")});
    if (!stack.ok())
        return stack.error();
    SeriesData out;
    out.key = {key.machine, QStringLiteral("cpu"), stack->source};
    out.resolution = stack->resolution;
    for (const SeriesPoint& p : stack->percent.value(QStringLiteral("idle")))
        out.points.append({p.timestamp, p.value ? std::optional<double>(100.0 - *p.value) : std::nullopt});
    return out;
}

Result<SeriesData> ratioOf(const MetricStore& store, const Key& key, const QStringList& parts,
                           const QStringList& rest, qint64 from, qint64 to, int maxPoints)
{
    QList<QList<SeriesPoint>> num;
    QList<QList<SeriesPoint>> den;
    int resolution = 0;
    for (const QString& m : parts + rest) {
        auto d = store.query(queryOf(key, m, from, to, maxPoints));
        if (!d.ok()) {
            if (d.error().code == Error::Code::NotFound && m != parts.first())
                continue;
            return d.error();
        }
        resolution = std::max(resolution, d->resolution);
        if (parts.contains(m))
            num << d->points;
        den << d->points;
    }
    SeriesData out = ratio(num, den, resolution);
    out.key = {key.machine, key.metric, key.source};
    return out;
}

Result<SeriesData> diskUsed(const MetricStore& store, const Key& key, qint64 from, qint64 to, int maxPoints)
{
    auto list = store.listSeries(key.machine);
    if (!list.ok())
        return list.error();
    QStringList used;
    QStringList available;
    for (const SeriesInfo& s : *list) {
        const QString& m = s.key.metric;
        if (!m.startsWith(QLatin1String("disk-usage-")) || used.contains(m) || available.contains(m))
            continue;
        if (m.endsWith(QLatin1String("-used")))
            used << m;
        else if (m.endsWith(QLatin1String("-available")))
            available << m;
    }
    if (used.isEmpty())
        return Error::notFound(
            QCoreApplication::translate("PanelSeries", "%1 has no disk-usage series").arg(key.machine));
    used.sort();
    return ratioOf(store, key, used, available, from, to, maxPoints);
}

} // namespace

bool isDerived(const QString& metric)
{
    return DashboardNames::derivedMetrics().contains(metric);
}

ValueUnit unitOf(const QString& metric)
{
    return isDerived(metric) ? ValueUnit::Percent : ValueFormat::unitForMetric(metric);
}

Result<SeriesData> points(const MetricStore& store, const Key& key, qint64 from, qint64 to, int maxPoints)
{
    if (key.metric == QLatin1String("cpu"))
        return cpuBusy(store, key, from, to, maxPoints);
    if (key.metric == QLatin1String("memory"))
        return ratioOf(store, key, {QStringLiteral("memory-used")},
                       {QStringLiteral("memory-buffers"), QStringLiteral("memory-cached"),
                        QStringLiteral("memory-free")},
                       from, to, maxPoints);
    if (key.metric == QLatin1String("disk"))
        return diskUsed(store, key, from, to, maxPoints);
    return store.query(queryOf(key, key.metric, from, to, maxPoints));
}

std::optional<double> ofValues(QList<double> values, PanelStatistic s)
{
    if (values.isEmpty())
        return std::nullopt;
    switch (s) {
    case PanelStatistic::Last:
        return values.last();
    case PanelStatistic::Avg: {
        double sum = 0;
        for (double v : values)
            sum += v;
        return sum / double(values.size());
    }
    case PanelStatistic::Max:
        return *std::max_element(values.cbegin(), values.cend());
    case PanelStatistic::Min:
        return *std::min_element(values.cbegin(), values.cend());
    case PanelStatistic::Sum: {
        double sum = 0;
        for (double v : values)
            sum += v;
        return sum;
    }
    case PanelStatistic::P95: {
        std::sort(values.begin(), values.end());
        const auto rank = qsizetype(std::ceil(0.95 * double(values.size())));
        return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
    }
    }
    return std::nullopt;
}

Result<std::optional<double>> statistic(const MetricStore& store, const Key& key, PanelStatistic s,
                                        qint64 from, qint64 to)
{
    const bool viaPoints = isDerived(key.metric) || s == PanelStatistic::Last;
    if (viaPoints) {
        auto data = points(store, key, from, to, 0);
        if (!data.ok())
            return data.error();
        QList<double> values;
        for (const SeriesPoint& p : data->points)
            if (p.value)
                values << *p.value;
        return ofValues(values, s);
    }
    auto data = store.consolidated(queryOf(key, key.metric, from, to, 0));
    if (!data.ok())
        return data.error();
    if (s == PanelStatistic::P95) {
        QList<double> values;
        for (const Bucket& b : data->buckets)
            if (b.count > 0)
                values << b.avg;
        return ofValues(values, s);
    }
    const UsageReport::Statistic us = s == PanelStatistic::Max   ? UsageReport::Statistic::Max
                                      : s == PanelStatistic::Min ? UsageReport::Statistic::Min
                                      : s == PanelStatistic::Sum ? UsageReport::Statistic::Sum
                                                                 : UsageReport::Statistic::Avg;
    return UsageReport::aggregate(data->buckets, us, data->type, data->baseStep);
}

} // namespace opsdeck::PanelSeries
