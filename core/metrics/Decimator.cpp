#include "metrics/Decimator.h"

#include <algorithm>
#include <cmath>

namespace opsdeck::Decimator {

namespace {

// Splits points into `n` runs of near-equal length (by index; the points are ordered).
template <typename Fn> void forEachRun(const QList<SeriesPoint>& points, int n, Fn fn)
{
    const qsizetype size = points.size();
    for (int i = 0; i < n; ++i) {
        const qsizetype b = size * i / n;
        const qsizetype e = size * (i + 1) / n;
        if (e > b)
            fn(b, e);
    }
}

// One bucket's lowest and highest known point (in time order), or its first point as
// unknown when it has no known one.
void emitBucket(const QList<SeriesPoint>& points, qsizetype b, qsizetype lo, qsizetype hi, bool single,
                QList<SeriesPoint>& out)
{
    if (lo < 0) {
        out.append({points[b].timestamp, std::nullopt});
    } else if (lo == hi || single) {
        out.append(points[lo]);
    } else {
        out.append(points[std::min(lo, hi)]);
        out.append(points[std::max(lo, hi)]);
    }
}

// Buckets by time, not by index: a column of a chart spans equal time, however unevenly
// the samples came, so a bucket is [from + i * width, from + (i + 1) * width).
QList<SeriesPoint> minMax(const QList<SeriesPoint>& points, int maxPoints, qint64 from, qint64 to)
{
    QList<SeriesPoint> out;
    const int buckets = std::max(1, maxPoints / 2);
    const double width = double(std::max<qint64>(1, to - from + 1)) / buckets;
    auto bucketOf = [&](qint64 t) {
        return std::clamp(qint64(std::floor(double(t - from) / width)), qint64(0), qint64(buckets - 1));
    };
    qsizetype b = 0;
    qsizetype lo = -1;
    qsizetype hi = -1;
    qint64 current = points.isEmpty() ? 0 : bucketOf(points[0].timestamp);
    for (qsizetype i = 0; i < points.size(); ++i) {
        const qint64 bucket = bucketOf(points[i].timestamp);
        if (bucket != current) {
            emitBucket(points, b, lo, hi, maxPoints < 2, out);
            b = i;
            lo = hi = -1;
            current = bucket;
        }
        if (!points[i].value)
            continue;
        if (lo < 0 || *points[i].value < *points[lo].value)
            lo = i;
        if (hi < 0 || *points[i].value > *points[hi].value)
            hi = i;
    }
    if (!points.isEmpty())
        emitBucket(points, b, lo, hi, maxPoints < 2, out);
    return out;
}

QList<SeriesPoint> average(const QList<SeriesPoint>& points, int maxPoints)
{
    QList<SeriesPoint> out;
    forEachRun(points, maxPoints, [&](qsizetype b, qsizetype e) {
        double sum = 0;
        int n = 0;
        for (qsizetype i = b; i < e; ++i) {
            if (points[i].value) {
                sum += *points[i].value;
                ++n;
            }
        }
        out.append({points[b].timestamp, n ? std::optional<double>(sum / n) : std::nullopt});
    });
    return out;
}

// LTTB over one run of known points, keeping `target` of them (first and last always).
void lttb(const QList<SeriesPoint>& pts, qsizetype target, QList<SeriesPoint>& out)
{
    const qsizetype n = pts.size();
    if (target >= n || target < 3) {
        if (target >= n) {
            out.append(pts);
        } else {
            out.append(pts.first());
            if (target >= 2 && n > 1)
                out.append(pts.last());
        }
        return;
    }
    const double every = double(n - 2) / double(target - 2);
    qsizetype a = 0;
    out.append(pts[0]);
    for (qsizetype i = 0; i < target - 2; ++i) {
        const qsizetype nextStart = qsizetype(std::floor(double(i + 1) * every)) + 1;
        const qsizetype nextEnd = std::min(n, qsizetype(std::floor(double(i + 2) * every)) + 1);
        double avgX = 0;
        double avgY = 0;
        const qsizetype nextLen = std::max<qsizetype>(1, nextEnd - nextStart);
        for (qsizetype j = nextStart; j < nextEnd; ++j) {
            avgX += double(pts[j].timestamp);
            avgY += *pts[j].value;
        }
        avgX /= double(nextLen);
        avgY /= double(nextLen);
        const qsizetype start = qsizetype(std::floor(double(i) * every)) + 1;
        const qsizetype end = qsizetype(std::floor(double(i + 1) * every)) + 1;
        const double ax = double(pts[a].timestamp);
        const double ay = *pts[a].value;
        double best = -1;
        qsizetype bestIdx = start;
        for (qsizetype j = start; j < end && j < n; ++j) {
            const double area =
                std::abs((ax - avgX) * (*pts[j].value - ay) - (ax - double(pts[j].timestamp)) * (avgY - ay));
            if (area > best) {
                best = area;
                bestIdx = j;
            }
        }
        out.append(pts[bestIdx]);
        a = bestIdx;
    }
    out.append(pts[n - 1]);
}

QList<SeriesPoint> largestTriangle(const QList<SeriesPoint>& points, int maxPoints)
{
    // Runs of known points separated by gaps; each gap keeps one unknown point.
    QList<QList<SeriesPoint>> runs;
    int gaps = 0;
    QList<SeriesPoint> current;
    for (const SeriesPoint& p : points) {
        if (p.value) {
            current.append(p);
            continue;
        }
        if (!current.isEmpty())
            runs.append(std::exchange(current, {}));
        if (runs.isEmpty() || runs.last().first().value) {
            runs.append(QList<SeriesPoint>{p}); // the gap marker
            ++gaps;
        }
    }
    if (!current.isEmpty())
        runs.append(current);
    qsizetype known = 0;
    for (const auto& r : runs)
        if (r.first().value)
            known += r.size();
    const qsizetype budget = maxPoints - gaps;
    if (budget < 2 * qsizetype(runs.size() - gaps))
        return average(points, maxPoints);
    QList<SeriesPoint> out;
    for (const auto& r : runs) {
        if (!r.first().value) {
            out.append(r.first());
            continue;
        }
        const qsizetype share = std::max<qsizetype>(2, budget * r.size() / std::max<qsizetype>(1, known));
        lttb(r, share, out);
    }
    if (out.size() > maxPoints)
        return average(points, maxPoints);
    return out;
}

} // namespace

QList<SeriesPoint> decimate(const QList<SeriesPoint>& points, int maxPoints, MetricQuery::Decimation how)
{
    if (points.isEmpty())
        return points;
    return decimate(points, maxPoints, how, points.first().timestamp, points.last().timestamp);
}

QList<SeriesPoint> decimate(const QList<SeriesPoint>& points, int maxPoints, MetricQuery::Decimation how,
                            qint64 fromSecs, qint64 toSecs)
{
    if (maxPoints <= 0 || points.size() <= maxPoints)
        return points;
    switch (how) {
    case MetricQuery::Decimation::MinMax:
        // A window of 0 (or none) means "all": the points' own span.
        return minMax(points, maxPoints,
                      fromSecs > 0 ? std::min(fromSecs, points.first().timestamp) : points.first().timestamp,
                      toSecs > fromSecs ? std::max(toSecs, points.last().timestamp)
                                        : points.last().timestamp);
    case MetricQuery::Decimation::Average:
        return average(points, maxPoints);
    case MetricQuery::Decimation::Lttb:
        return largestTriangle(points, maxPoints);
    }
    return points;
}

} // namespace opsdeck::Decimator
