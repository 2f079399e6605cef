#include "metrics/SeriesMath.h"

#include <algorithm>
#include <cmath>

namespace opsdeck::SeriesMath {

double rate(SeriesType type, const RawPoint& prev, const RawPoint& cur)
{
    const double dt = double(cur.timestamp - prev.timestamp);
    switch (type) {
    case SeriesType::Gauge:
        return cur.value;
    case SeriesType::Absolute:
        return cur.value / dt;
    case SeriesType::Derive:
        return (cur.value - prev.value) / dt;
    case SeriesType::Counter: {
        double diff = cur.value - prev.value;
        if (cur.value < prev.value)
            diff += prev.value < 4294967296.0 ? 4294967296.0 : 18446744073709551616.0;
        return diff / dt;
    }
    }
    return cur.value;
}

QList<KnownSpan> knownSpans(SeriesType type, const QList<RawPoint>& raw, qint64 heartbeat)
{
    QList<KnownSpan> out;
    out.reserve(raw.size());
    for (qsizetype i = 1; i < raw.size(); ++i) {
        const RawPoint& prev = raw[i - 1];
        const RawPoint& cur = raw[i];
        const qint64 dt = cur.timestamp - prev.timestamp;
        if (dt <= 0 || dt > heartbeat)
            continue;
        out.append({prev.timestamp, cur.timestamp, rate(type, prev, cur)});
    }
    return out;
}

QList<SeriesPoint> rawPoints(SeriesType type, const QList<RawPoint>& raw, qint64 heartbeat, qint64 from,
                             qint64 to)
{
    QList<SeriesPoint> out;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const RawPoint& cur = raw[i];
        if (cur.timestamp > to)
            break;
        const bool hasPrev = i > 0;
        const qint64 gap = hasPrev ? cur.timestamp - raw[i - 1].timestamp : 0;
        if (type == SeriesType::Gauge) {
            if (hasPrev && gap > heartbeat) {
                const qint64 mark = raw[i - 1].timestamp + heartbeat;
                if (mark >= from && mark <= to)
                    out.append({mark, std::nullopt});
            }
            if (cur.timestamp >= from)
                out.append({cur.timestamp, cur.value});
            continue;
        }
        if (cur.timestamp < from)
            continue;
        if (!hasPrev) {
            continue; // a rate needs two samples
        }
        if (gap > heartbeat)
            out.append({cur.timestamp, std::nullopt});
        else
            out.append({cur.timestamp, rate(type, raw[i - 1], cur)});
    }
    return out;
}

QList<Bucket> primaryPoints(const QList<KnownSpan>& spans, qint64 step, qint64 from, qint64 to)
{
    QList<Bucket> out;
    if (spans.isEmpty() || to <= from)
        return out;
    const qint64 first = std::max(alignDown(from, step) + (alignDown(from, step) < from ? step : 0),
                                  alignDown(spans.first().start, step));
    qsizetype si = 0;
    for (qint64 b = first; b < to; b += step) {
        const qint64 e = b + step;
        while (si < spans.size() && spans[si].end <= b)
            ++si;
        if (si >= spans.size())
            break;
        if (spans[si].start >= e) {
            b = alignDown(spans[si].start, step) - step; // skip empty steps quickly
            continue;
        }
        double weighted = 0;
        qint64 known = 0;
        for (qsizetype j = si; j < spans.size() && spans[j].start < e; ++j) {
            const qint64 overlap = std::min(e, spans[j].end) - std::max(b, spans[j].start);
            if (overlap <= 0)
                continue;
            weighted += spans[j].value * double(overlap);
            known += overlap;
        }
        if (known * 2 < step)
            continue;
        const double v = weighted / double(known);
        out.append({b, v, v, v, 1});
    }
    return out;
}

QList<Bucket> consolidate(const QList<Bucket>& finer, qint64 step, qint64 from, qint64 to)
{
    QList<Bucket> out;
    Bucket cur;
    double sum = 0;
    bool open = false;
    auto close = [&] {
        if (open && cur.count > 0) {
            cur.avg = sum / double(cur.count);
            out.append(cur);
        }
        open = false;
    };
    for (const Bucket& f : finer) {
        if (f.count == 0 || f.start < from || f.start >= to)
            continue;
        const qint64 b = alignDown(f.start, step);
        if (!open || b != cur.start) {
            close();
            cur = Bucket{b, 0, f.min, f.max, 0};
            sum = 0;
            open = true;
        }
        sum += f.avg * double(f.count);
        cur.count += f.count;
        cur.min = std::min(cur.min, f.min);
        cur.max = std::max(cur.max, f.max);
    }
    close();
    return out;
}

std::optional<double> bucketValue(const Bucket& b, qint64 pdpsPerBucket, double xff)
{
    if (b.count == 0)
        return std::nullopt;
    const double unknown = double(pdpsPerBucket) - double(b.count);
    if (unknown > xff * double(pdpsPerBucket))
        return std::nullopt;
    return b.avg;
}

} // namespace opsdeck::SeriesMath
