#include "compare/CompareSeries.h"

#include "charts/ValueFormat.h"
#include "metrics/CpuPercent.h"

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace opsdeck {

namespace {

QString trc(const char* text)
{
    return QCoreApplication::translate("Compare", text);
}

struct KindInfo
{
    CompareMetric::Kind kind;
    const char* id;
    const char* label;
    ValueUnit unit;
};
const KindInfo kinds[] = {
    {CompareMetric::Kind::Cpu, "cpu", QT_TRANSLATE_NOOP("Compare", "CPU busy"), ValueUnit::Percent},
    {CompareMetric::Kind::Load, "load", QT_TRANSLATE_NOOP("Compare", "Load (1 min)"), ValueUnit::Number},
    {CompareMetric::Kind::MemoryUsed, "memory-used", QT_TRANSLATE_NOOP("Compare", "Memory used"),
     ValueUnit::Bytes},
    {CompareMetric::Kind::TrafficIn, "traffic-in", QT_TRANSLATE_NOOP("Compare", "Traffic in"),
     ValueUnit::BitsPerSec},
    {CompareMetric::Kind::TrafficOut, "traffic-out", QT_TRANSLATE_NOOP("Compare", "Traffic out"),
     ValueUnit::BitsPerSec},
    {CompareMetric::Kind::DiskUsage, "disk-usage", QT_TRANSLATE_NOOP("Compare", "Disk usage (fullest)"),
     ValueUnit::Percent},
};

const KindInfo* infoOf(CompareMetric::Kind kind)
{
    for (const auto& k : kinds) {
        if (k.kind == kind)
            return &k;
    }
    return nullptr;
}

MetricQuery baseQuery(const QString& machine, qint64 from, qint64 to, int pixels, MetricQuery::Decimation how)
{
    MetricQuery q;
    q.machine = machine;
    q.from = from;
    q.to = to;
    q.maxPoints = 2 * std::max(1, pixels); // a minimum and a maximum per pixel column
    q.decimation = how;
    q.atChartResolution = true;
    return q;
}

// One stored series; NotFound is an empty answer.
Result<SeriesData> readSeries(const MetricStore& store, MetricQuery q, const QString& metric)
{
    q.metric = metric;
    auto r = store.query(q);
    if (!r.ok() && r.error().code == Error::Code::NotFound)
        return SeriesData{};
    return r;
}

// Several series combined point by point (same timestamps: one collector's pass).
using Combine = double (*)(double, double);
Result<SeriesData> combined(const MetricStore& store, const MetricQuery& q, const QStringList& metrics,
                            Combine combine, double scale)
{
    QMap<qint64, std::optional<double>> byTime;
    SeriesData out;
    for (const auto& metric : metrics) {
        auto r = readSeries(store, q, metric);
        if (!r.ok())
            return r.error();
        out.resolution = std::max(out.resolution, r->resolution);
        for (const auto& p : std::as_const(r->points)) {
            auto it = byTime.find(p.timestamp);
            if (it == byTime.end())
                byTime.insert(p.timestamp, p.value ? std::optional<double>(*p.value * scale) : std::nullopt);
            else if (p.value)
                *it = *it ? combine(**it, *p.value * scale) : *p.value * scale;
        }
    }
    for (auto it = byTime.cbegin(); it != byTime.cend(); ++it)
        out.points.append({it.key(), *it});
    return out;
}

Result<QStringList> metricsMatching(const MetricStore& store, const QString& machine,
                                    const QRegularExpression& pattern)
{
    auto listed = store.listSeries(machine);
    if (!listed.ok())
        return listed.error();
    QStringList found;
    for (const auto& s : std::as_const(*listed)) {
        const auto m = pattern.match(s.key.metric);
        if (m.hasMatch() && m.captured(1) != QLatin1String("lo") && !found.contains(s.key.metric))
            found << s.key.metric;
    }
    return found;
}

Result<SeriesData> diskUsage(const MetricStore& store, const MetricQuery& q)
{
    static const QRegularExpression pattern(QStringLiteral("^disk-usage-(.+)-used$"));
    auto used = metricsMatching(store, q.machine, pattern);
    if (!used.ok())
        return used.error();
    SeriesData out;
    QMap<qint64, std::optional<double>> fullest;
    for (const auto& metric : std::as_const(*used)) {
        QString avail = metric;
        avail.replace(avail.size() - 4, 4, QStringLiteral("available"));
        auto u = readSeries(store, q, metric);
        auto a = u.ok() ? readSeries(store, q, avail) : u;
        if (!a.ok())
            return a.error();
        QHash<qint64, double> free;
        for (const auto& p : std::as_const(a->points)) {
            if (p.value)
                free.insert(p.timestamp, *p.value);
        }
        out.resolution = std::max(out.resolution, u->resolution);
        for (const auto& p : std::as_const(u->points)) {
            std::optional<double> pct;
            const auto f = free.constFind(p.timestamp);
            if (p.value && f != free.constEnd() && *p.value + *f > 0)
                pct = 100.0 * *p.value / (*p.value + *f);
            auto& slot = fullest[p.timestamp];
            if (pct && (!slot || *pct > *slot))
                slot = pct;
        }
    }
    for (auto it = fullest.cbegin(); it != fullest.cend(); ++it)
        out.points.append({it.key(), *it});
    return out;
}

Result<SeriesData> cpuBusy(const MetricStore& store, const MetricQuery& q)
{
    auto stack = CpuPercent::stack(store, q, {QStringLiteral("idle")});
    if (!stack.ok()) {
        if (stack.error().code == Error::Code::NotFound)
            return SeriesData{};
        return stack.error();
    }
    SeriesData out;
    out.resolution = stack->resolution;
    for (const auto& p : stack->percent.value(QStringLiteral("idle"))) {
        out.points.append({p.timestamp, p.value
                                            ? std::optional<double>(std::clamp(100.0 - *p.value, 0.0, 100.0))
                                            : std::nullopt});
    }
    return out;
}

Result<SeriesData> read(const MetricStore& store, const CompareMetric& metric, const MetricQuery& q)
{
    using Kind = CompareMetric::Kind;
    switch (metric.kind) {
    case Kind::Cpu:
        return cpuBusy(store, q);
    case Kind::Load:
        return readSeries(store, q, QStringLiteral("loadavg-1"));
    case Kind::MemoryUsed:
        return readSeries(store, q, QStringLiteral("memory-used"));
    case Kind::TrafficIn:
    case Kind::TrafficOut: {
        static const QRegularExpression rx(QStringLiteral("^traffic-(.+)-rxbytes$"));
        static const QRegularExpression tx(QStringLiteral("^traffic-(.+)-txbytes$"));
        auto metrics = metricsMatching(store, q.machine, metric.kind == Kind::TrafficIn ? rx : tx);
        if (!metrics.ok())
            return metrics.error();
        return combined(
            store, q, *metrics, [](double a, double b) { return a + b; }, 8.0);
    }
    case Kind::DiskUsage:
        return diskUsage(store, q);
    case Kind::Series:
        return readSeries(store, q, metric.key);
    }
    return SeriesData{};
}

} // namespace

QList<CompareMetric> CompareMetric::builtIns()
{
    QList<CompareMetric> list;
    for (const auto& k : kinds)
        list << CompareMetric{k.kind, {}};
    return list;
}

QString CompareMetric::label() const
{
    const KindInfo* info = infoOf(kind);
    return info ? trc(info->label) : key;
}

QString CompareMetric::unitName() const
{
    const KindInfo* info = infoOf(kind);
    return ValueFormat::unitName(info ? info->unit : ValueFormat::unitForMetric(key));
}

QString CompareMetric::id() const
{
    const KindInfo* info = infoOf(kind);
    return info ? QLatin1String(info->id) : QStringLiteral("series:") + key;
}

CompareMetric CompareMetric::fromId(const QString& id)
{
    for (const auto& k : kinds) {
        if (id == QLatin1String(k.id))
            return {k.kind, {}};
    }
    if (id.startsWith(QLatin1String("series:")))
        return series(id.mid(7));
    return {};
}

std::optional<double> HostSeries::valueAt(qint64 ms) const
{
    auto it = std::upper_bound(points.cbegin(), points.cend(), double(ms),
                               [](double x, const QPointF& p) { return x < p.x(); });
    if (it == points.cbegin())
        return std::nullopt;
    --it;
    if (std::isnan(it->y()) || ms - it->x() > 3000.0 * std::max(resolution, 1))
        return std::nullopt;
    return it->y();
}

namespace CompareLoader {

Result<HostSeries> load(const MetricStore& store, const QString& machine, const CompareMetric& metric,
                        qint64 from, qint64 to, int pixels, MetricQuery::Decimation how)
{
    const MetricQuery q = baseQuery(machine, from, to, pixels, how);
    auto data = read(store, metric, q);
    if (!data.ok())
        return data.error();
    HostSeries out;
    out.machine = machine;
    const qint64 bucket = (to - from) / std::max(1, pixels);
    out.resolution = int(std::max<qint64>(data->resolution, bucket));
    const qint64 gapSecs = 3 * std::max<qint64>(out.resolution, 10);
    out.points.reserve(data->points.size() + 8);
    qint64 last = 0;
    double sum = 0;
    for (const auto& p : std::as_const(data->points)) {
        const bool known = p.value && std::isfinite(*p.value);
        if (known && out.known > 0 && p.timestamp - last > gapSecs)
            out.points.append(QPointF(double(last + gapSecs / 3) * 1000.0, qQNaN())); // a gap stays a gap
        out.points.append(QPointF(double(p.timestamp) * 1000.0, known ? *p.value : qQNaN()));
        if (!known)
            continue;
        out.min = out.known == 0 ? *p.value : std::min(out.min, *p.value);
        out.max = out.known == 0 ? *p.value : std::max(out.max, *p.value);
        sum += *p.value;
        ++out.known;
        last = p.timestamp;
    }
    out.mean = out.known > 0 ? sum / out.known : 0;
    return out;
}

} // namespace CompareLoader
} // namespace opsdeck
