#pragma once

#include "charts/GraphDefinition.h"
#include "charts/ValueFormat.h"
#include "metrics/MachineChartData.h"
#include "metrics/MetricStore.h"

#include <QHash>

namespace opsdeck {

// One graph of a host page: a definition to evaluate (built-in or a user's file, with
// its device filled in), the CPU stack (CpuPercent), or a plain chart of some series of
// one source (what no definition covers).
struct HostGraph
{
    enum class Kind
    {
        CpuStack,
        Definition,
        Series
    };
    Kind kind = Kind::Definition;
    QString id;                 // "cpu", "traffic:eth0", "series:graphite-push:servers.web1.nginx"
    GraphDefinition definition; // Definition (instantiated)
    ValueUnit unit = ValueUnit::Number;
    bool builtIn = true; // titles and legends are Opsdeck's (translated)
    QString source;      // Series: the source of every metric
    QStringList metrics; // Series: the metric keys, one line each
    QString title;       // Series: the chart's title
};

// A group of graphs under one heading, as Kurado's `#Title` lines in metrics-list.
struct HostGraphGroup
{
    QString
        id; // "cpu", "load", "memory", "traffic", "disk-io", "disk-usage", "tcp", "def:NAME", "series:SOURCE"
    QString title; // translated
    QList<HostGraph> graphs;
};

// A machine's disks as its machine_meta names them: device (as in disk-usage-<dev>-*) ->
// its mount points, the measured one first (`disk-usage-<dev>-mount`, one a line, from
// the local collector and from node_exporter polls; HostPageMounts reads them).
using DeviceMounts = QHash<QString, QStringList>;

struct HostPagePlan
{
    QString machine;
    QList<HostGraphGroup> groups;
    int graphCount() const;
};

// Graph definition files: every `*.def` in a folder, in name order.
struct GraphDefinitionSet
{
    QList<GraphDefinition> graphs;
    QStringList errors; // "memory.def: line 7: unknown element 'LIEN2'" (that file is left out)
};

namespace HostPagePlanner {

// The host page of a machine that has `series`: CPU (stacked percent of the modes),
// load, memory (stacked used, buffers, cached, free), traffic per interface (bits/s),
// disk I/O per device, disk usage per mount (a device's chart titled by its mount points
// from `mounts`, "/home (sda2)", "/, /srv (sda1)", in mount order; the device alone when
// none is known), TCP established; then a group per user
// definition that applies, then a group per source for every series none of those
// read (Graphite paths, Prometheus and OpenTSDB queries, plugin output), one chart per
// metric-key prefix. A definition named as a built-in graph (cpu, load, memory, traffic,
// disk-io, disk-usage, tcp-established) restyles it; any other name adds a group. A
// definition with `<?= $device ?>` gives a graph per device whose series the host has.
HostPagePlan plan(const QString& machine, const QList<SeriesInfo>& series,
                  const QList<GraphDefinition>& definitions = {}, const DeviceMounts& mounts = {});

// A disk usage chart's title: "/home (sda2)", "/, /srv (sda1)"; the device without mounts.
QString diskUsageTitle(const QString& device, const QStringList& mounts);

// Opsdeck's built-in graphs, in the definition format (the documentation's example).
const QString& builtInDefinitions();

// Every *.def of `dir` (none when it does not exist).
GraphDefinitionSet loadDefinitions(const QString& dir);

// Where a user's definitions live unless the `charts.definitions` setting says:
// $XDG_CONFIG_HOME/opsdeck/graphs.
QString defaultDefinitionsDir();

// The prefix a series of another source is grouped by: a Graphite path or an OpenTSDB
// metric without its last component, a plugin's `<plugin>.<name>` its plugin, a
// Prometheus query its metric name; the key itself when there is nothing to cut.
QString groupPrefix(const QString& metric);

} // namespace HostPagePlanner
} // namespace opsdeck
