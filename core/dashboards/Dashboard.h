#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace opsdeck {

// What a panel draws: a chart of its series, one large value, or a table.
enum class PanelKind
{
    Chart,
    Value,
    Table
};

// How a panel's series become one number (a value panel, a table cell).
enum class PanelStatistic
{
    Last,
    Avg,
    Max,
    Min,
    Sum,
    P95
};

// The rows of a table panel.
enum class PanelRows
{
    Machines,        // one row per machine of the query's machine or node
    ProductLines,    // one row per product-line node under the query's node (mean over its machines)
    Urls,            // one row per URL bound to a node under the query's node
    ProductLineUrls, // one row per product line, from the URLs bound under it
};

// What a panel reads. Exactly one of `metric` (a Kurado key of a machine, or one of the
// derived keys `cpu`, `memory`, `disk`: percent busy / used) and `series` (a Graphite path,
// a Prometheus or OpenTSDB query, as the metrics cache stores it). At most one of
// `machine` and `node`; `node` "/" is every machine bound to the tree (the pool stock left
// out). A `series` may name neither (a pushed path no machine owns).
struct PanelQuery
{
    QString machine;
    QString node;
    QString metric;
    QString series;
    QString source; // the series' source ("node_exporter", "prometheus", ...); empty: the freshest

    QString key() const { return metric.isEmpty() ? series : metric; }
    bool wholeTree() const { return node == QLatin1String("/"); }
    friend bool operator==(const PanelQuery&, const PanelQuery&) = default;
};

struct Panel
{
    PanelKind kind = PanelKind::Chart;
    QString title;
    PanelQuery query;
    PanelStatistic statistic = PanelStatistic::Avg;
    qint64 rangeSecs = 3600; // the panel's window, ending now (an export's --from/--to override it)
    PanelRows rows = PanelRows::Machines; // tables only
    QStringList columns;                  // tables: the keys of the columns (empty: the query's one key)
    int x = 0;                            // grid cell (column, row) and span
    int y = 0;
    int width = 1;
    int height = 1;
    friend bool operator==(const Panel&, const Panel&) = default;
};

struct Dashboard
{
    QString name;    // identifier: [A-Za-z0-9_.-], 1..64 characters
    QString title;   // shown
    int columns = 2; // grid width, 1..12
    QList<Panel> panels;
    friend bool operator==(const Dashboard&, const Dashboard&) = default;
};

namespace DashboardNames {
QString kindName(PanelKind kind); // "chart", "value", "table"
std::optional<PanelKind> kindFromName(const QString& name);
QString statisticName(PanelStatistic s); // "last", "avg", "max", "min", "sum", "p95"
std::optional<PanelStatistic> statisticFromName(const QString& name);
QString rowsName(PanelRows rows); // "machines", "product_lines", "urls", "product_line_urls"
std::optional<PanelRows> rowsFromName(const QString& name);
QStringList statisticNames();
// The built-in dashboard's name: it cannot be saved, replaced or removed.
QString homeName();
// Empty when `name` is a valid dashboard name, else why not.
QString nameProblem(const QString& name);
// The derived keys PanelEvaluator computes (`cpu`, `memory`, `disk`) and a URL table's
// columns (`qps`, `response_time`, `bandwidth`, `availability`).
QStringList derivedMetrics();
QStringList urlColumns();
} // namespace DashboardNames

} // namespace opsdeck
