#pragma once

#include "charts/GraphDefinition.h"
#include "charts/ValueFormat.h"
#include "metrics/MachineChartData.h"
#include "metrics/MetricStore.h"

#include <QHash>

namespace opsdeck {

// Draws a graph definition from the metrics cache: every DEF read over the window, the
// CDEFs computed point by point on the union of their timestamps (a value holds until
// its series' next point, within the series' step; beyond that it is unknown, and
// unknown stays unknown through every operator, as in RRDtool), STACKs summed, each
// element decimated to the chart's width (lines MinMax, areas Average so that stacked
// edges share their timestamps), and the GPRINT statistics of the whole window.
// Blocking (SQL): off the GUI thread.
namespace GraphEvaluator {

struct Request
{
    QString machine;
    qint64 from = 0; // epoch seconds
    qint64 to = 0;
    int maxPoints = 600; // per line: twice the plot's pixel width gives a min and a max per column
    QString source;      // for DEFs of this machine; empty: each series' freshest source
};

// One value per timestamp of a grid; NaN is unknown.
using Column = QList<double>;

// RPN of a CDEF over columns of the same grid. Unknown names give unknown.
Column evaluateRpn(const QStringList& rpn, const QHash<QString, Column>& columns, qsizetype size);

// `points` (ascending) on `grid`: the latest point at or before each time, if it is
// younger than `holdSecs`.
Column onGrid(const QList<SeriesPoint>& points, const QList<qint64>& grid, qint64 holdSecs);

// LAST, AVERAGE, MAX or MIN of the known values; NaN when none is known.
double statistic(const Column& values, GraphStatistic statistic);

// The unit a definition's values are in: "%%" in its GPRINTs is percent, "bps" / "bit"
// bits/s, "B" or "Byte" bytes (per second when its first DEF is a rate); else the
// first DEF's metric says (ValueFormat::unitForMetric).
ValueUnit unitOf(const GraphDefinition& graph);

// `translate`: titles and legends are Opsdeck's own (the built-in host page), shown
// through QCoreApplication::translate("HostPage", ...).
ChartData evaluate(const MetricStore& store, const GraphDefinition& graph, const Request& request,
                   ValueUnit unit, bool translate, QString* error);

} // namespace GraphEvaluator
} // namespace opsdeck
