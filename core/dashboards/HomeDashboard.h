#pragma once

#include "dashboards/Dashboard.h"

namespace opsdeck {

// Loki's home page (seed 000) as the built-in dashboard `home`, a Dashboard value that
// PanelEvaluator reads like any other. Every figure leaves the pool stock out:
// - the company's CPU: the mean over the assigned machines (node `/`) of each one's
//   average busy percent over the last hour;
// - resource use per product line: CPU, memory and disk percent, each the mean of the
//   product line's machines (product lines: the nodes marked so, else the top-level ones);
// - domains: every URL bound to a node, with QPS, response time, bandwidth and
//   availability = (2xx + 3xx) / (all - 4xx) (UrlMetrics names the series);
// - product-line availability and response time from the URLs bound under each (a
//   product line with none is not listed), over the last day;
// - the same as n-day averages (the mean of the daily values, Availability::nDayAverage
//   for the response time), `days` days.
namespace HomeDashboard {

Dashboard build(int days = 7);
bool isHome(const QString& name);

} // namespace HomeDashboard

} // namespace opsdeck
