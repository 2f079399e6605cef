#pragma once

#include "charts/ValueFormat.h"
#include "dashboards/Dashboard.h"
#include "metrics/MetricStore.h"

namespace opsdeck {

// One key of one machine over a range, as a panel reads it: the stored series, or one
// of the derived keys (percent, from the Kurado series of the machine):
// - `cpu`: 100 - idle of CpuPercent::stack (the window's CPU chart's rule);
// - `memory`: memory-used / (used + buffers + cached + free);
// - `disk`: the sum of every disk-usage-DEV-used over the sum of used + available.
// Statistics: avg / max / min / sum of a stored series are UsageReport::aggregate over
// the consolidated buckets (sum of a rate is its total over the range), `last` its last
// known point, `p95` the 95th percentile (nearest rank) of its primary points; of a
// derived key the same over its points. Blocking (SQL).
namespace PanelSeries {

struct Key
{
    QString machine;
    QString metric;
    QString source;
};

bool isDerived(const QString& metric);
ValueUnit unitOf(const QString& metric);
Result<SeriesData> points(const MetricStore& store, const Key& key, qint64 from, qint64 to, int maxPoints);
// nullopt: nothing known in the range; NotFound: no such series.
Result<std::optional<double>> statistic(const MetricStore& store, const Key& key, PanelStatistic s,
                                        qint64 from, qint64 to);
// The statistic of plain values (unknown ones already left out).
std::optional<double> ofValues(QList<double> values, PanelStatistic s);

} // namespace PanelSeries

} // namespace opsdeck
