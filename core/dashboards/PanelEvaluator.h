#pragma once

#include "charts/ValueFormat.h"
#include "dashboards/Dashboard.h"
#include "db/Database.h"
#include "metrics/MachineChartData.h"
#include "metrics/MetricStore.h"

#include <memory>

namespace opsdeck {

// A table panel's cells: a first column naming the row, then one column per key.
struct PanelTable
{
    QString rowHeader;                         // "Machine", "Product line", "URL" (translated)
    QStringList columns;                       // the keys
    QList<ValueUnit> units;                    // per column
    QStringList rows;                          // row names
    QList<QList<std::optional<double>>> cells; // rows x columns; nullopt: nothing known
};

// What a panel shows over [from, to].
struct PanelData
{
    Panel panel;
    qint64 from = 0;
    qint64 to = 0;
    ChartData chart;             // chart panels: one line per machine (or the series)
    std::optional<double> value; // value panels (the mean over a node's machines)
    ValueUnit unit = ValueUnit::Number;
    PanelTable table;
    QString problem; // why the panel has nothing (no such series, ...), translated; empty: fine
};

// Turns panels into data over the metrics cache and the inventory (a node's machines,
// recursive; `/` is every machine bound to the tree, the pool stock left out; product
// lines; URLs bound to nodes). A panel that cannot be read (an unknown series, machine
// or node) gives PanelData::problem; a database failure is an Error. Blocking (SQL): off
// the GUI thread. Holds references: the store and the database outlive it.
class PanelEvaluator
{
public:
    PanelEvaluator(const MetricStore& store, std::shared_ptr<Database> inventory);

    struct Range
    {
        qint64 from = 0; // 0: the panel's own range, ending at `to`
        qint64 to = 0;
    };

    Result<PanelData> evaluate(const Panel& panel, const Range& range, int maxPoints = 600) const;
    // Every panel of a dashboard, in order.
    Result<QList<PanelData>> evaluate(const Dashboard& dashboard, const Range& range,
                                      int maxPoints = 600) const;

    // The machines a query reads: its machine, the machines under its node, or for a
    // series with neither the empty (pushed) machine. NotFound for an unknown node or machine.
    Result<QStringList> machinesOf(const PanelQuery& query) const;

private:
    Status fillChart(PanelData& data, int maxPoints) const;
    // A series query a source stores as several series (`KEY.<series name>`, SourceProtocol:
    // a Grafana import's source whose query gives more than one): each a line of `found`.
    // The series a source stores under the panel's series key when its query gives more
    // than one (KEY.<series name>), on `machine`, sorted.
    Result<QStringList> seriesUnder(const QString& machine, const PanelQuery& q) const;
    Status addSeriesUnder(const QString& machine, const PanelData& data, int maxPoints,
                          QList<std::pair<QString, SeriesData>>& found) const;
    Status fillValue(PanelData& data) const;
    Status fillTable(PanelData& data) const;
    Result<int> addSeriesRows(PanelData& data, const QString& machine, bool nameMachine) const;
    Status fillNodeTable(PanelData& data) const;
    Status fillUrlTable(PanelData& data) const;
    Result<QStringList> productLines(const QString& under) const;

    const MetricStore& m_store;
    std::shared_ptr<Database> m_db;
};

} // namespace opsdeck
