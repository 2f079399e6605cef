#pragma once

#include "dashboards/Dashboard.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>

namespace opsdeck {

// A dashboard as JSON (`opsdeck dashboard export|import`, the store's column):
//   {"opsdeck_dashboard": 1, "name": N, "title": T, "columns": C, "panels": [PANEL, ...]}
//   PANEL: {"kind": "chart|value|table", "title": T,
//           "query": {"machine": M | "node": PATH, "metric": KEY | "series": PATH, "source": S},
//           "statistic": "last|avg|max|min|sum|p95", "range": "1h",
//           "position": {"x": X, "y": Y, "width": W, "height": H},
//           "rows": "machines|product_lines|urls|product_line_urls", "columns": [KEY, ...]}
// (the README's "Dashboards" section documents every field). Reading is strict: an
// unknown field, a wrong type, a missing required field or a value out of range is
// Error::usage whose message starts with the field's JSON path, e.g.
// `panels[3].query.metric: required`. Writing gives every field, in a stable order.
namespace DashboardJson {

constexpr int formatVersion = 1;
constexpr int maxPanels = 200;

Result<Dashboard> parse(const QByteArray& json);
Result<Dashboard> fromJson(const QJsonObject& object);
QJsonObject toJson(const Dashboard& dashboard);
QByteArray serialize(const Dashboard& dashboard); // indented, ends in a newline
// Checks a dashboard built in code or by a dialog the way parse() checks a file.
Status validate(const Dashboard& dashboard);

// "1h", "1d", "1w", "90s": the shortest whole unit (d, h, m, s; w for whole weeks).
QString rangeText(qint64 seconds);

} // namespace DashboardJson

} // namespace opsdeck
