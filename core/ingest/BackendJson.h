#pragma once

#include "metrics/Sample.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace opsdeck {

// One series as a storage backend returned it.
struct FetchedSeries
{
    QString name;              // Graphite: target; Prometheus: name{a="b"}; OpenTSDB: metric{tag=v}
    QList<SeriesPoint> points; // ascending timestamps (epoch seconds); no value = null/NaN
};

// Graphite /render?format=json: [{"target": "...", "datapoints": [[value|null, ts], ...]}, ...]
Result<QList<FetchedSeries>> parseGraphiteRenderJson(const QByteArray& json);

// Prometheus /api/v1/query_range: {"status":"success","data":{"resultType":"matrix",
// "result":[{"metric":{...},"values":[[ts,"value"],...]}]}}. status "error" → Error with
// the response's errorType and error text. Name: __name__ then the other labels sorted,
// rendered name{a="b",c="d"} (label values escaped as in the exposition format).
// "NaN" → no value; "+Inf"/"-Inf" kept as infinities.
Result<QList<FetchedSeries>> parsePrometheusQueryRange(const QByteArray& json);

// OpenTSDB /api/query: [{"metric":"...","tags":{...},"aggregateTags":[...],
// "dps":{"<ts>": value, ...}}]; dps may also be the arrays form [[ts, value], ...].
// An {"error":{"code":..,"message":..}} object → Error with its message.
// Name: metric{k=v,...} (tags sorted; no tags: the bare metric). Millisecond timestamps
// (> 10^10) are turned into seconds.
Result<QList<FetchedSeries>> parseOpenTsdbQuery(const QByteArray& json);

} // namespace opsdeck
