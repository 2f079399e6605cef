#pragma once

#include "metrics/MetricStore.h"

namespace opsdeck {

// Thins a series to at most `maxPoints` points for a chart that has no more pixels:
// MinMax keeps the lowest and highest point of each of maxPoints / 2 equal time
// buckets over [from, to] (a chart's pixel columns when it is asked for twice its
// width: every column's minimum and maximum survive, spikes included), LTTB
// (Steinarsson's Largest-Triangle-Three-Buckets) keeps the points that shape the line,
// Average keeps each bucket's mean at the bucket's first timestamp. Gaps stay gaps: a
// bucket with only unknown points gives one unknown point.
namespace Decimator {

// Buckets over the points' own first..last timestamp.
QList<SeriesPoint> decimate(const QList<SeriesPoint>& points, int maxPoints, MetricQuery::Decimation how);
// Buckets over [fromSecs, toSecs], the chart's time axis (MinMax; the others as above).
QList<SeriesPoint> decimate(const QList<SeriesPoint>& points, int maxPoints, MetricQuery::Decimation how,
                            qint64 fromSecs, qint64 toSecs);

} // namespace Decimator
} // namespace opsdeck
