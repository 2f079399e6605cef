#pragma once

#include "charts/HostPagePlan.h"
#include "db/Database.h"

#include <memory>

namespace opsdeck {

// A host page's charts, group by group, over one window.
struct HostPageGroupData
{
    QString id;
    QString title;
    QList<ChartData> charts;
};

struct HostPageData
{
    QString machine;
    qint64 from = 0; // epoch seconds
    qint64 to = 0;
    qint64 firstSample = 0; // the machine's oldest sample (0: none): the warm-up window reads it
    QList<HostPageGroupData> groups;
    QString error;     // the store could not be read
    QStringList notes; // definition files that did not parse, what a definition left out

    const ChartData* chart(const QString& id) const;
    int chartCount() const;
};

// Reads a machine's host page (HostPagePlanner::plan over its series) out of the store.
// Blocking (SQL): off the GUI thread. Safe from any thread, as MetricStore is.
namespace HostPageLoader {

struct Request
{
    QString machine;
    qint64 from = 0; // epoch seconds
    qint64 to = 0;
    int maxPoints = 600;                // per line: twice the plot's pixel width
    QList<GraphDefinition> definitions; // the user's (HostPagePlanner::loadDefinitions)
    QStringList definitionErrors;       // passed through to notes
    // The inventory, for the disks' mount points (machine_meta, HostPageMounts): the disk
    // usage charts are titled by them. Null: titled by device.
    std::shared_ptr<Database> inventory;
};

HostPageData load(const MetricStore& store, const Request& request);

// One graph of a plan.
ChartData loadGraph(const MetricStore& store, const HostGraph& graph, const Request& request, QString* error);

} // namespace HostPageLoader
} // namespace opsdeck
