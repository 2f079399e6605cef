#pragma once

#include "metrics/MetricStore.h"

namespace opsdeck {

// Thins a series to at most `maxPoints` points for a chart that has no more pixels:
// MinMax keeps each time bucket's lowest and highest point (spikes survive), LTTB
// (Steinarsson's Largest-Triangle-Three-Buckets) keeps the points that shape the line,
// Average keeps each bucket's mean at the bucket's first timestamp. Gaps stay gaps: a
// bucket with only unknown points gives one unknown point.
namespace Decimator {

QList<SeriesPoint> decimate(const QList<SeriesPoint>& points, int maxPoints, MetricQuery::Decimation how);

} // namespace Decimator
} // namespace opsdeck
