#pragma once

#include "metrics/MachineChartData.h"
#include "metrics/MetricStore.h"

namespace opsdeck {

// Reads a machine's base metrics (Kurado names) out of the MetricStore and shapes them
// into the window's charts: CPU percent per mode (CpuPercent::stack, the computation
// `opsdeck metrics query --percent` uses), load, memory, traffic and disk I/O per device
// as bytes/s, disk usage as percent used. QtCore only; the widgets draw what it gives.
// Blocking (it runs SQL): call it off the GUI thread. Safe to call from any thread, as
// MetricStore is.
class MachineChartLoader
{
public:
    struct Request
    {
        QString machine;
        qint64 from = 0; // epoch seconds
        qint64 to = 0;
        int maxPoints = 600; // per line: no more than the chart has pixels
    };

    static MachineChartSet load(const MetricStore& store, const Request& request);

    // Splits `points` into gap-free segments (x in ms), multiplying values by `scale`.
    // Two known points further apart than `maxGapSecs` are not joined.
    static QList<QList<QPointF>> toSegments(const QList<SeriesPoint>& points, qint64 maxGapSecs,
                                            double scale = 1.0);

    // A binary prefix for values up to `maxValue`: the divisor and the prefix ("", "Ki", "Mi", ...).
    static std::pair<double, QString> binaryScale(double maxValue);
};

} // namespace opsdeck
