#pragma once

#include "metrics/MetricStore.h"

#include <QHash>

namespace opsdeck {

// CPU time as percent of all CPU time (DESIGN.md, Metrics): each mode's rate over the
// sum of user, nice, system, idle, iowait, irq, softirq and steal. guest and guest-nice
// are already inside user and nice, so they are never added to the total (their
// percent can still be asked for).
namespace CpuPercent {

// The modes that make up the total, as Kurado names them without `cpu-`.
QStringList totalModes();

// Percent of each mode, from rates of the same moment (keys: `user` or `cpu-user`).
// Empty when the total is not positive or a mode of the total is missing.
QHash<QString, double> percent(const QHash<QString, double>& rates);

// A chart series: the percent of one mode (`user` or `cpu-user`) of a machine over
// [from, to], at most maxPoints points (MinMax), from the finest archive covering the
// range. A mode series the machine has never reported (steal on old kernels) counts as
// zero; a point where a reported mode is unknown is unknown. NotFound when the machine
// has no such mode.
Result<SeriesData> query(const MetricStore& store, const QString& machine, const QString& mode, qint64 from,
                         qint64 to, int maxPoints = 0, const QString& source = {});

} // namespace CpuPercent
} // namespace opsdeck
