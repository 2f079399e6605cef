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
//   base.metrics.<name>.<type>  → metric <name>, the type (gauge|counter|derive|absolute)
//   metrics.<name>[.<type>]     → metric <name> with its type; without a known type suffix
//                                 the key is a gauge and keeps its whole name after "metrics."
//   meta.<name>                 → meta (name, value) — value is text
//   any other key               → "metrics." is prepended (seed 003), so it is a gauge
// Samples: key {machine, metric, source}.
//
// Malformed (counted, rest kept): wrong field count, an empty key, a value that is not a
// finite number (metrics), a timestamp that is not an integer, invalid UTF-8 in key or meta value.
KuradoResult parseKuradoLines(QByteArrayView text, const QString& machine, const QString& source);

} // namespace opsdeck
