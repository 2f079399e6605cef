#pragma once

#include <QList>
#include <QPointF>
#include <QString>
#include <QtGlobal>

namespace opsdeck {

// The charts the window shows for one machine.
enum class MachineChartKind
{
    Cpu,
    Load,
    Memory,
    Network,
    DiskIo,
    DiskUsage,
    // Added by the host page (core/charts): a chart that is not one of the six above.
    Tcp,
    Other
};

// How a line is drawn: a line, an area down to zero, or an area stacked on the line
// before it (its points are then the top edge: the sum so far).
enum class ChartLineStyle
{
    Line,
    Area,
    Stack
};

// One named line of a chart. A line is split into segments where the data has a gap
// (an unknown point or a missing stretch): a gap is never drawn as a straight line.
// x is milliseconds since the epoch, y is in the chart's (scaled) unit.
struct ChartLine
{
    QString name;
    QList<QList<QPointF>> segments;
    // --- Added by the host page (core/charts/HostPageLoader); defaults draw as before ---
    QString color; // "#rrggbb"; empty: the chart's palette
    ChartLineStyle style = ChartLineStyle::Line;
    double width = 1.5;       // pen width in pixels (areas: their outline)
    QList<double> dashes;     // on, off, ... in pen widths; empty: solid
    QStringList legendValues; // "Cur: 12.50 Mbps", "Max: ...", as the definition's GPRINTs say
    QString metric;           // the series' key (the first DEF's), for tooltips and export

    int pointCount() const
    {
        int n = 0;
        for (const auto& s : segments)
            n += int(s.size());
        return n;
    }
};

struct ChartData
{
    MachineChartKind kind = MachineChartKind::Cpu;
    QString title;   // translated, e.g. "CPU"
    QString unit;    // translated axis unit after scaling, e.g. "%", "MiB", "KiB/s"
    double yMax = 0; // 0: from the data
    QString source;  // the one source every line came from, when the chart needs one (CPU)
    QList<ChartLine> lines;
    // --- Added by the host page (core/charts/HostPageLoader) ---
    QString id;             // stable: "cpu", "traffic:eth0", "series:graphite-push:servers.web1"
    int resolution = 0;     // seconds one point stands for (the archive's step or the decimation bucket)
    QString valueUnit;      // ValueFormat's unit name ("bytes", "bits/s", "percent", ...); empty: number
    double unitDivisor = 1; // y = value / unitDivisor (unit is the scaled one)
    QStringList notes;      // what a graph definition had that the chart leaves out

    int pointCount() const
    {
        int n = 0;
        for (const auto& l : lines)
            n += l.pointCount();
        return n;
    }
};

// Everything the charts view draws for one machine over one time window.
struct MachineChartSet
{
    QString machine;
    qint64 from = 0; // epoch seconds
    qint64 to = 0;
    QList<ChartData> charts; // one per MachineChartKind, in enum order
    QString error;           // non-empty when the store could not be read
};

} // namespace opsdeck
