#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

namespace opsdeck {

// Where an exported chart puts its ticks, and how it writes them: the time axis on
// round local times (minutes, hours, days) that fit the plot's width, the value axis on
// 1-2-5 steps with SI prefixes past 10,000. No painting here, so tests check it as is.
namespace ChartAxes {

struct Tick
{
    double value = 0; // epoch seconds on the time axis, the value on the value axis
    QString label;
};

// At most about one label per `minSpacingPx` over [fromSecs, toSecs] on `widthPx` pixels.
QList<Tick> timeTicks(qint64 fromSecs, qint64 toSecs, double widthPx, double minSpacingPx = 90);

struct ValueScale
{
    double min = 0;
    double max = 1;
    QList<Tick> ticks;
};

// A scale from `lo` (or 0 when lo is positive) to at least `hi`, with about `maxTicks`
// round ticks; `fixedMax` > 0 pins the top (a percent chart's 100).
ValueScale valueScale(double lo, double hi, int maxTicks, double fixedMax = 0);

// `value` with `decimals` decimals, divided down to k, M, G, T, P past 10,000
// ("12.5k"); the same prefix for every label of one axis is the caller's job.
QString formatValue(double value, int decimals);

} // namespace ChartAxes
} // namespace opsdeck
