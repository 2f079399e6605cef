#include "metrics/UsageReport.h"

#include <QCoreApplication>
#include <algorithm>

namespace opsdeck {

std::optional<UsageReport::Statistic> UsageReport::statisticFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("sum"))
        return Statistic::Sum;
    if (n == QLatin1String("max"))
        return Statistic::Max;
    if (n == QLatin1String("min"))
        return Statistic::Min;
    if (n == QLatin1String("avg"))
        return Statistic::Avg;
    return std::nullopt;
}

QString UsageReport::statisticName(Statistic s)
{
    switch (s) {
    case Statistic::Sum:
        return QStringLiteral("sum");
    case Statistic::Max:
        return QStringLiteral("max");
    case Statistic::Min:
        return QStringLiteral("min");
    case Statistic::Avg:
        return QStringLiteral("avg");
    }
    return {};
}

Result<QString> UsageReport::metricKey(const QString& metric, const QString& param)
{
    const QString p = param.trimmed();
    if (metric.contains(QLatin1String("{param}"))) {
        if (p.isEmpty() || p == QLatin1String("total"))
            return Error::usage(QCoreApplication::translate(
                                    "UsageReport", "the metric %1 needs --param (a device or interface name)")
                                    .arg(metric));
        QString key = metric;
        return key.replace(QLatin1String("{param}"), p);
    }
    if (p.isEmpty() || p == QLatin1String("total"))
        return metric;
    for (const char* family : {"disk-usage-", "disk-io-", "traffic-"}) {
        const QString prefix = QLatin1String(family);
        if (metric.startsWith(prefix))
            return prefix + p + QLatin1Char('-') + metric.mid(prefix.size());
    }
    return Error::usage(QCoreApplication::translate(
                            "UsageReport",
                            "the metric %1 takes no parameter; write {param} in the key where '%2' goes "
                            "(like traffic-{param}-rxbytes)")
                            .arg(metric, p));
}

std::optional<double> UsageReport::aggregate(const QList<Bucket>& buckets, Statistic s, SeriesType type,
                                             qint64 baseStep)
{
    double sum = 0;
    double weighted = 0;
    quint64 count = 0;
    double lo = 0;
    double hi = 0;
    for (const Bucket& b : buckets) {
        if (b.count == 0)
            continue;
        if (count == 0) {
            lo = b.min;
            hi = b.max;
        }
        lo = std::min(lo, b.min);
        hi = std::max(hi, b.max);
        weighted += b.avg * double(b.count);
        count += b.count;
    }
    if (count == 0)
        return std::nullopt;
    switch (s) {
    case Statistic::Sum:
        sum = type == SeriesType::Gauge ? weighted : weighted * double(baseStep);
        return sum;
    case Statistic::Max:
        return hi;
    case Statistic::Min:
        return lo;
    case Statistic::Avg:
        return weighted / double(count);
    }
    return std::nullopt;
}

Result<UsageReport::Report> UsageReport::run(const MetricStore& store, const Request& r)
{
    if (r.period <= 0)
        return Error::usage(QCoreApplication::translate("UsageReport", "the period must be more than zero"));
    if (r.to < r.from)
        return Error::usage(QCoreApplication::translate("UsageReport", "the range ends before it starts"));
    if ((r.to - r.from) / r.period > 1'000'000)
        return Error::usage(QCoreApplication::translate(
            "UsageReport", "that asks for more than a million periods; use a longer period"));
    auto key = metricKey(r.metric, r.param);
    if (!key.ok())
        return key.error();
    MetricQuery q;
    q.machine = r.machine;
    q.metric = *key;
    q.source = r.source;
    q.from = r.from;
    q.to = r.to;
    auto data = store.consolidated(q);
    if (!data.ok())
        return data.error();
    if (r.period % data->step != 0)
        return Error::usage(
            QCoreApplication::translate(
                "UsageReport",
                "for this range the data has one point every %1 s; use a period that is a whole "
                "multiple of it")
                .arg(data->step));
    Report out;
    out.key = data->key;
    out.type = data->type;
    out.resolution = data->step;
    qsizetype bi = 0;
    const auto& buckets = data->buckets;
    for (qint64 p = SeriesMath::alignDown(r.from, r.period); p <= r.to; p += r.period) {
        const qint64 lo = std::max(p, r.from);
        const qint64 hi = std::min(p + r.period - 1, r.to);
        QList<Bucket> in;
        while (bi < buckets.size() && buckets[bi].start < lo)
            ++bi;
        for (qsizetype j = bi; j < buckets.size() && buckets[j].start <= hi; ++j)
            in.append(buckets[j]);
        out.periods.append({p, aggregate(in, r.statistic, data->type, data->baseStep)});
    }
    return out;
}

} // namespace opsdeck
