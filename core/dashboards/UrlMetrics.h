#pragma once

#include "charts/ValueFormat.h"
#include "metrics/MetricStore.h"

#include <QStringList>

namespace opsdeck {

// The series of a URL bound to a tree node (Loki's domain page), pushed with no machine
// (Graphite paths) under the URL's prefix P = `url.` + its host and path with every
// character but letters, digits, '_' and '-' as '_' (`https://shop.example.com/api` ->
// `url.shop_example_com_api`):
//   P.2xx, P.3xx, P.4xx, P.5xx  requests by status class (counters, or gauges per step)
//   P.response_time             milliseconds (gauge)
//   P.bytes                     bytes sent (a counter: bandwidth is its rate)
// Columns: qps (all four classes' requests / seconds of the range), response_time (the
// statistic of P.response_time; over whole days Availability::nDayAverage), bandwidth
// (the statistic of P.bytes' rate, bytes/s), availability (Availability: (2xx + 3xx) /
// (all - 4xx), in percent; over several whole days the mean of the daily values, Loki's
// n-day average). Several URLs together (a product line): requests and bandwidth
// summed, availability of the summed classes, response time the mean of the URLs'.
namespace UrlMetrics {

QString prefixOf(const QString& url);
ValueUnit unitOf(const QString& column);

// One value per column (`DashboardNames::urlColumns()` names) for the URLs together;
// nullopt where nothing is known. A URL without series counts as nothing known.
Result<QList<std::optional<double>>> evaluate(const MetricStore& store, const QStringList& urls,
                                              const QStringList& columns, bool useAverage, qint64 from,
                                              qint64 to);

} // namespace UrlMetrics

} // namespace opsdeck
