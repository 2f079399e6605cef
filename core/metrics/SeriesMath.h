#pragma once

#include "metrics/Sample.h"

#include <QList>
#include <optional>

namespace opsdeck {

// A stored raw sample.
struct RawPoint
{
    qint64 timestamp = 0;
    double value = 0;
};

// One consolidated bucket of a rollup archive: starts at `start`, `count` known primary
// data points went into it (0 means nothing known).
struct Bucket
{
    qint64 start = 0;
    double avg = 0;
    double min = 0;
    double max = 0;
    quint32 count = 0;
};

// A span of time with a known per-second rate (or, for a gauge, a known value).
struct KnownSpan
{
    qint64 start = 0; // exclusive
    qint64 end = 0;   // inclusive
    double value = 0;
};

// RRDtool's arithmetic, as pure functions over sorted samples.
namespace SeriesMath {

// The per-second rate between two samples of a counter, derive or absolute series
// (a gauge returns `value`). Counter: a drop means the counter wrapped: 2^32 is added
// when the old value was below 2^32, else 2^64. Derive may go negative. Absolute: the
// counter was reset by the last read, so the rate is value / interval.
double rate(SeriesType type, const RawPoint& prev, const RawPoint& cur);

// What each sample says about the time before it: a gauge's value or the rate over
// (prev, cur]. A gap longer than `heartbeat` is unknown (no span), never interpolated.
QList<KnownSpan> knownSpans(SeriesType type, const QList<RawPoint>& raw, qint64 heartbeat);

// The points a raw archive shows: gauges as they came (a null point at prev+heartbeat
// marks a gap longer than the heartbeat); other types as rates at each sample's time,
// null after a gap. Only points within [from, to] are returned; `raw` may start before.
QList<SeriesPoint> rawPoints(SeriesType type, const QList<RawPoint>& raw, qint64 heartbeat, qint64 from,
                             qint64 to);

// Primary data points on a grid of `step` aligned to the epoch, for the steps that start
// in [from, to): each the time-weighted average of the known spans over the step; a step
// less than half known is unknown (count 0).
QList<Bucket> primaryPoints(const QList<KnownSpan>& spans, qint64 step, qint64 from, qint64 to);

// Consolidates finer buckets into buckets of `step` aligned to the epoch, over [from, to):
// avg weighted by count, min of mins, max of maxes, sum of counts. Buckets with no known
// data are left out.
QList<Bucket> consolidate(const QList<Bucket>& finer, qint64 step, qint64 from, qint64 to);

// A bucket's value for a chart: its average, or unknown when more than `xff` of the
// `pdpsPerBucket` primary points are unknown.
std::optional<double> bucketValue(const Bucket& b, qint64 pdpsPerBucket, double xff = 0.5);

inline qint64 alignDown(qint64 t, qint64 step)
{
    const qint64 r = t % step;
    return r < 0 ? t - r - step : t - r;
}

} // namespace SeriesMath
} // namespace opsdeck
