#include "metrics/CpuPercent.h"

#include "metrics/Decimator.h"

#include <QCoreApplication>
#include <QMap>

namespace opsdeck::CpuPercent {

namespace {

QString bare(const QString& mode)
{
    return mode.startsWith(QLatin1String("cpu-")) ? mode.mid(4) : mode;
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

Result<SeriesData> query(const MetricStore& store, const QString& machine, const QString& mode, qint64 from,
                         qint64 to, int maxPoints, const QString& source)
{
    const QString wanted = bare(mode);
    MetricQuery q;
    q.machine = machine;
    q.source = source;
    q.from = from;
    q.to = to;
    q.metric = QStringLiteral("cpu-") + wanted;
    auto target = store.query(q);
    if (!target.ok())
        return target.error();
    q.source = target->key.source; // every mode from the same source

    // timestamp -> sum of the total's modes; -1 marks a point where one was unknown
    QMap<qint64, double> total;
    QMap<qint64, int> seen;
    int reported = 0;
    for (const QString& m : totalModes()) {
        q.metric = QStringLiteral("cpu-") + m;
        auto data = m == wanted ? target : store.query(q);
        if (!data.ok()) {
            if (data.error().code == Error::Code::NotFound)
                continue; // never reported: zero
            return data.error();
        }
        ++reported;
        for (const SeriesPoint& p : std::as_const(data->points)) {
            double& t = total[p.timestamp];
            seen[p.timestamp] += 1;
            if (!p.value || t < 0)
                t = -1;
            else
                t += *p.value;
        }
    }
    SeriesData out;
    out.key = target->key;
    out.type = SeriesType::Gauge;
    out.resolution = target->resolution;
    for (const SeriesPoint& p : std::as_const(target->points)) {
        const double t = total.value(p.timestamp, -1);
        if (!p.value || t <= 0 || seen.value(p.timestamp) != reported)
            out.points.append({p.timestamp, std::nullopt});
        else
            out.points.append({p.timestamp, 100.0 * *p.value / t});
    }
    out.points = Decimator::decimate(out.points, maxPoints, MetricQuery::Decimation::MinMax);
    return out;
}

} // namespace opsdeck::CpuPercent
