#include "metrics/CpuPercent.h"

#include "metrics/Decimator.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <algorithm>

namespace opsdeck::CpuPercent {

namespace {

QString bare(const QString& mode)
{
    return mode.startsWith(QLatin1String("cpu-")) ? mode.mid(4) : mode;
}

QString metricOf(const QString& bareMode)
{
    return QStringLiteral("cpu-") + bareMode;
}

// The rates of one source's cpu-* series at full resolution, aligned by time.
struct Rates
{
    QHash<QString, QHash<qint64, double>> known; // bare mode -> known rate by timestamp
    QList<qint64> times;                         // every timestamp of any mode, ascending
    int resolution = 0;
};

Result<Rates> readRates(const MetricStore& store, MetricQuery q, const QStringList& modes)
{
    q.maxPoints = 0; // divide first: decimation comes after the percent
    Rates out;
    QSet<qint64> stamps;
    for (const QString& mode : modes) {
        q.metric = metricOf(mode);
        auto data = store.query(q);
        if (!data.ok()) {
            if (data.error().code == Error::Code::NotFound)
                continue; // never reported by this source
            return data.error();
        }
        out.resolution = std::max(out.resolution, data->resolution);
        QHash<qint64, double>& known = out.known[mode];
        for (const SeriesPoint& p : std::as_const(data->points)) {
            stamps.insert(p.timestamp);
            if (p.value)
                known.insert(p.timestamp, *p.value);
        }
    }
    out.times = QList<qint64>(stamps.begin(), stamps.end());
    std::sort(out.times.begin(), out.times.end());
    return out;
}

// The percent of each of `modes` at moment `t` (`total`: totalModes()); empty when the
// moment is unknown.
QHash<QString, double> percentAt(const Rates& rates, const QStringList& total, const QStringList& modes,
                                 qint64 t)
{
    QHash<QString, double> at;
    for (const QString& m : total) {
        const auto series = rates.known.constFind(m);
        if (series == rates.known.constEnd()) {
            at.insert(m, 0.0); // never reported: zero
            continue;
        }
        const auto v = series->constFind(t);
        if (v == series->constEnd())
            return {}; // a reported mode of the total is unknown here
        at.insert(m, *v);
    }
    for (const QString& m : modes) {
        if (at.contains(m))
            continue;
        const auto series = rates.known.constFind(m);
        if (series == rates.known.constEnd())
            continue;
        if (const auto v = series->constFind(t); v != series->constEnd())
            at.insert(m, *v);
    }
    return percent(at);
}

} // namespace

QStringList totalModes()
{
    return {QStringLiteral("user"),    QStringLiteral("nice"),   QStringLiteral("system"),
            QStringLiteral("idle"),    QStringLiteral("iowait"), QStringLiteral("irq"),
            QStringLiteral("softirq"), QStringLiteral("steal")};
}

QHash<QString, double> percent(const QHash<QString, double>& rates)
{
    QHash<QString, double> byMode;
    for (auto it = rates.begin(); it != rates.end(); ++it)
        byMode.insert(bare(it.key()), it.value());
    double total = 0;
    for (const QString& m : totalModes()) {
        if (!byMode.contains(m))
            return {};
        total += byMode.value(m);
    }
    if (total <= 0)
        return {};
    QHash<QString, double> out;
    for (auto it = rates.begin(); it != rates.end(); ++it)
        out.insert(it.key(), 100.0 * it.value() / total);
    return out;
}

Result<QString> stackSource(const MetricStore& store, const QString& machine)
{
    auto listed = store.listSeries(machine);
    if (!listed.ok())
        return listed.error();
    struct Candidate
    {
        qint64 latest = 0;
        int modes = 0;
    };
    QMap<QString, Candidate> bySource; // ordered by name, for the tie
    const QStringList total = totalModes();
    for (const SeriesInfo& info : std::as_const(*listed)) {
        const QString& metric = info.key.metric;
        if (info.key.machine != machine || !metric.startsWith(QLatin1String("cpu-")) ||
            !total.contains(metric.mid(4)))
            continue;
        Candidate& c = bySource[info.key.source];
        c.latest = std::max(c.latest, info.lastTimestamp);
        ++c.modes;
    }
    if (bySource.isEmpty())
        return Error::notFound(
            QCoreApplication::translate("CpuPercent", "no CPU series for %1 in the metrics cache")
                .arg(machine));
    auto best = bySource.constBegin();
    for (auto it = bySource.constBegin(); it != bySource.constEnd(); ++it) {
        if (it->latest > best->latest || (it->latest == best->latest && it->modes > best->modes))
            best = it;
    }
    return best.key();
}

Result<Stack> stack(const MetricStore& store, const MetricQuery& q, const QStringList& modes)
{
    Stack out;
    out.machine = q.machine;
    out.source = q.source;
    if (out.source.isEmpty()) {
        auto source = stackSource(store, q.machine);
        if (!source.ok())
            return source.error();
        out.source = *source;
    }
    QStringList asked;
    for (const QString& m : modes) {
        if (!asked.contains(bare(m)))
            asked << bare(m);
    }
    QStringList needed = totalModes();
    for (const QString& m : std::as_const(asked)) {
        if (!needed.contains(m))
            needed << m;
    }
    MetricQuery fromSource = q;
    fromSource.source = out.source;
    auto rates = readRates(store, fromSource, needed);
    if (!rates.ok())
        return rates.error();
    const QStringList total = totalModes();
    if (std::none_of(total.begin(), total.end(), [&](const QString& m) { return rates->known.contains(m); }))
        return Error::notFound(
            QCoreApplication::translate("CpuPercent", "no CPU series for %1 from source %2")
                .arg(q.machine, out.source));
    out.resolution = rates->resolution;
    for (const QString& m : std::as_const(asked)) {
        if (rates->known.contains(m))
            out.modes << m;
    }
    QHash<QString, QList<SeriesPoint>> series;
    for (qint64 t : std::as_const(rates->times)) {
        const QHash<QString, double> share = percentAt(*rates, total, out.modes, t);
        for (const QString& m : std::as_const(out.modes)) {
            const auto v = share.constFind(m);
            series[m].append({t, v == share.constEnd() ? std::nullopt : std::optional<double>(*v)});
        }
    }
    for (const QString& m : std::as_const(out.modes))
        out.percent.insert(m, Decimator::decimate(series.value(m), q.maxPoints, q.decimation, q.from, q.to));
    return out;
}

Result<SeriesData> query(const MetricStore& store, const MetricQuery& q)
{
    const QString mode = bare(q.metric);
    auto cpu = stack(store, q, {mode});
    if (!cpu.ok())
        return cpu.error();
    if (!cpu->modes.contains(mode))
        return Error::notFound(QCoreApplication::translate("CpuPercent", "no %1 for %2 from source %3")
                                   .arg(metricOf(mode), q.machine, cpu->source));
    SeriesData out;
    out.key = {cpu->machine, metricOf(mode), cpu->source};
    out.type = SeriesType::Gauge;
    out.resolution = cpu->resolution;
    out.points = cpu->percent.value(mode);
    return out;
}

} // namespace opsdeck::CpuPercent
