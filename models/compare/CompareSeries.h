#pragma once

#include "metrics/MetricStore.h"

#include <QList>
#include <QPointF>
#include <QString>

namespace opsdeck {

// What a compare page shows for every host: one of the host page's quantities, or any
// series key the hosts have.
struct CompareMetric
{
    enum class Kind
    {
        Cpu,        // busy percent (100 - idle, CpuPercent's rule)
        Load,       // loadavg-1
        MemoryUsed, // memory-used, bytes
        TrafficIn,  // every interface's rx but lo, summed, bits/s
        TrafficOut, // every interface's tx but lo, summed, bits/s
        DiskUsage,  // the fullest mount's percent used
        Series      // `key` as stored, from the host's freshest source
    };
    Kind kind = Kind::Cpu;
    QString key; // Series only

    static CompareMetric series(const QString& key) { return {Kind::Series, key}; }
    // The built-in ones, in picker order.
    static QList<CompareMetric> builtIns();
    // "CPU", "Load", ... or the key itself (translated).
    QString label() const;
    // ValueFormat's unit name ("percent", "bytes", "bits/s", ...).
    QString unitName() const;
    // "cpu", "load", ..., "series:KEY": for settings and object names.
    QString id() const;
    static CompareMetric fromId(const QString& id);

    friend bool operator==(const CompareMetric&, const CompareMetric&) = default;
};

// One host's line of a compare page: decimated points (x: epoch ms, y: the metric's
// value, NaN for a gap) and what a header and a shared scale need.
struct HostSeries
{
    QString machine;
    QList<QPointF> points;
    int resolution = 0; // seconds a point stands for
    double min = 0;     // over the known points (meaningless when known == 0)
    double max = 0;
    double mean = 0;
    int known = 0;
    std::optional<double> valueAt(qint64 ms) const; // the nearest point at or before `ms`
};

// Reads one host's series of `metric` over [from, to] at the chart's resolution
// (MetricQuery::atChartResolution, 2 x `pixels` points, MinMax: every pixel column's
// minimum and maximum). Blocking (SQL): run it off the GUI thread. A host without the
// metric gives an empty series, not an error.
namespace CompareLoader {
Result<HostSeries> load(const MetricStore& store, const QString& machine, const CompareMetric& metric,
                        qint64 from, qint64 to, int pixels,
                        MetricQuery::Decimation how = MetricQuery::Decimation::MinMax);
} // namespace CompareLoader

} // namespace opsdeck
