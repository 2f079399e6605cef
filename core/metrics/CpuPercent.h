#pragma once

#include "metrics/MetricStore.h"

#include <QHash>

namespace opsdeck {

// CPU time as percent of all CPU time (DESIGN.md, Metrics): each mode's rate over the
// sum of user, nice, system, idle, iowait, irq, softirq and steal. guest and guest-nice
// are already inside user and nice, so they are never added to the total (their
// percent can still be asked for).
//
// The one rule for a series of it, used by the window's CPU chart and by
// `opsdeck metrics query --percent` alike (so they agree point for point):
// - every mode of a machine's stack comes from one source: the asked one, else the
//   source whose cpu-* series of the total hold the latest data (stackSource());
// - the percent is computed on the rates at full resolution, each moment of the
//   source's own timestamps; decimation (MetricQuery::maxPoints, decimation) thins
//   the percent series afterwards, never the rates before the division.
namespace CpuPercent {

// The modes that make up the total, as Kurado names them without `cpu-`.
QStringList totalModes();

// Percent of each mode, from rates of the same moment (keys: `user` or `cpu-user`).
// Empty when the total is not positive or a mode of the total is missing.
QHash<QString, double> percent(const QHash<QString, double>& rates);

// The source a machine's CPU stack comes from: among the sources with a cpu-* series
// of the total for `machine`, the one whose latest sample is the newest (a tie goes to
// the source with more of the total's modes, then to the first name). NotFound when
// the machine has no such series.
Result<QString> stackSource(const MetricStore& store, const QString& machine);

// A machine's CPU percent by mode, all from one source.
struct Stack
{
    QString machine;
    QString source;
    int resolution = 0; // the archive's step, seconds
    QStringList modes;  // the asked modes the source reports (bare names), in the asked order
    QHash<QString, QList<SeriesPoint>> percent; // by bare mode, after decimation
};

// The percent series of `modes` (`user` or `cpu-user`; default: the total's) of
// q.machine over [q.from, q.to] from q.source (empty: stackSource()), decimated to
// q.maxPoints by q.decimation; q.metric is not used. A mode of the total the source
// has never reported (steal on old kernels) counts as zero; a moment where a reported
// mode of the total is unknown is unknown for every mode. Asked modes the source does
// not report are left out of `modes`. NotFound when the source reports no mode of the
// total.
Result<Stack> stack(const MetricStore& store, const MetricQuery& q, const QStringList& modes = totalModes());

// One mode of stack(): q.metric names it (`user` or `cpu-user`). The answer's key names
// the source the stack came from. NotFound when that source does not report the mode.
Result<SeriesData> query(const MetricStore& store, const MetricQuery& q);

} // namespace CpuPercent
} // namespace opsdeck
