#pragma once

#include "ingest/ParseReport.h"
#include "metrics/Sample.h"

#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

namespace opsdeck {

struct KuradoResult
{
    SampleBatch samples;
    QList<QPair<QString, QString>> meta; // (key without "meta.", value), in order
    ParseReport report;
};

// Parses Kurado's agent/plugin line format: `[ip<TAB>]key<TAB>value<TAB>timestamp`, LF or CRLF.
// Keys (the agent writes `<plugin>.metrics.…`, a plugin's own output has no plugin part):
//   [<plugin>.]metrics.<name>.<type> → metric <name>, type gauge|counter|derive|absolute
//   [<plugin>.]metrics.<name>        → no known type suffix: a gauge that keeps its whole
//                                      name (`metrics.x.device` → metric `x.device`)
//   [<plugin>.]meta.<name>           → meta (<name>, value as text)
//   [<plugin>.]warn.<name>           → meta ("warn.<name>", text) — the agent's warnings
//   any other key                    → "metrics." is prepended (seed 003): `fork.derive`
//                                      → metric `fork`, derive
// The plugin `base` (the agent's own metrics) adds nothing to the name; any other plugin P
// names its metrics and meta `P.<name>` (Kurado keeps them in a folder per plugin).
// Samples: key {machine, metric, source}; if `machine` is empty the line's ip is used.
// Fields: 4 = ip key value ts; 3 = key value ts, or ip key value when the first field is
// an address; 2 = key value. A missing timestamp means `nowSecs` (as Kurado's agent fills
// it in), or is malformed if nowSecs is 0.
//
// Malformed (counted with line numbers, rest kept): wrong field count, an empty key or
// name, a metric value that is not a finite number, a timestamp that is not an integer,
// invalid UTF-8 in a key or meta value, control characters in a key.
// Duplicate (metric, timestamp) lines are all passed on in order (the store keeps the
// last); far-future timestamps are passed on (the store rejects them).
KuradoResult parseKuradoLines(QByteArrayView text, const QString& machine, const QString& source,
                              qint64 nowSecs = 0);

} // namespace opsdeck
