#pragma once

#include "metrics/MetricStore.h"

namespace opsdeck {

// kanyun's usage report (seed 002): (machine, metric, param, statistic, period, from, to)
// -> one value per period.
//
// - Periods are aligned to the epoch (a 5m period starts at a multiple of 300 s); the
//   first and last may be cut by from/to, data outside [from, to] is not counted.
// - An empty period (nothing known in it) is null, never zero.
// - The data is the series consolidated at the finest archive covering the range (one
//   point a minute by default); a period must be a whole multiple of that resolution.
// - sum: for a rate series (counter, derive, absolute) the total over the period,
//   rate x time (bytes transferred, jiffies spent); for a gauge the sum of its one-a-step
//   primary points. max / min: the highest / lowest point; avg: the time-weighted mean.
// - param names the device or interface (kanyun's metric_param): it replaces `{param}`
//   in the metric key (`traffic-{param}-rxbytes`); without a placeholder it goes after
//   the Kurado family prefix (`traffic-`, `disk-io-`, `disk-usage-`), so `traffic-rxbytes`
//   with param eth0 is `traffic-eth0-rxbytes`. `total` (kanyun's whole-instance param)
//   and an empty param leave the key as it is. Any other key with a param is an error.
class UsageReport
{
public:
    enum class Statistic
    {
        Sum,
        Max,
        Min,
        Avg
    };

    struct Request
    {
        QString machine;
        QString metric;
        QString param;
        QString source; // empty: the freshest
        Statistic statistic = Statistic::Avg;
        qint64 period = 300;
        qint64 from = 0;
        qint64 to = 0;
    };

    struct Period
    {
        qint64 start = 0;
        std::optional<double> value;
    };

    struct Report
    {
        SeriesKey key;
        SeriesType type = SeriesType::Gauge;
        qint64 resolution = 0;
        QList<Period> periods;
    };

    static std::optional<Statistic> statisticFromName(const QString& name);
    static QString statisticName(Statistic s);
    static Result<QString> metricKey(const QString& metric, const QString& param);

    static Result<Report> run(const MetricStore& store, const Request& request);
    // The statistic over buckets (all assumed inside the wanted range); null when none is known.
    static std::optional<double> aggregate(const QList<Bucket>& buckets, Statistic s, SeriesType type,
                                           qint64 baseStep);
};

} // namespace opsdeck
