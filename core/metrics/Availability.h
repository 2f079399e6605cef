#pragma once

#include "metrics/MetricStore.h"

namespace opsdeck {

// Loki's availability (seed 000): (2xx + 3xx) / (all - 4xx) over the status-class series
// `P.2xx`, `P.3xx`, `P.4xx`, `P.5xx` (all = the four summed, so it is
// (2xx + 3xx) / (2xx + 3xx + 5xx): a client's 4xx is not the service's fault).
//
// Each class's requests in a period are counted like UsageReport's sum: rate x time for
// counter/derive/absolute series, the sum of the per-step points for a gauge. A class
// series that does not exist counts as zero; the 2xx one must exist. A period with no
// requests (after taking out 4xx) is null. The n-day average is the mean of the known
// per-period values (Loki: the average of all measuring points over n days).
class Availability
{
public:
    struct Period
    {
        qint64 start = 0;
        qint64 end = 0; // inclusive
        double requests2xx = 0;
        double requests3xx = 0;
        double requests4xx = 0;
        double requests5xx = 0;
        std::optional<double> availability; // 0..1
    };

    struct Report
    {
        QList<Period> periods;
        std::optional<double> average; // mean of the known periods' availability
    };

    // period 0: one period for the whole range; else periods aligned to the epoch.
    static Result<Report> run(const MetricStore& store, const QString& machine, const QString& prefix,
                              qint64 from, qint64 to, qint64 period = 0);

    // The plain n-day average of any series: the time-weighted mean of its known points
    // over the last `days` days (null when none is known).
    static Result<std::optional<double>> nDayAverage(const MetricStore& store, const MetricQuery& series,
                                                     int days, qint64 now);
};

} // namespace opsdeck
