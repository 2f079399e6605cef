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
    DiskUsage
};

// One named line of a chart. A line is split into segments where the data has a gap
// (an unknown point or a missing stretch): a gap is never drawn as a straight line.
// x is milliseconds since the epoch, y is in the chart's (scaled) unit.
struct ChartLine
{
    QString name;
    QList<QList<QPointF>> segments;

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
