#pragma once

#include "ingest/NodeExporterMapping.h"
#include "ingest/ParseReport.h"
#include "metrics/Sample.h"
#include "sources/Source.h"
#include "util/Result.h"

#include <QByteArray>
#include <QUrl>

namespace opsdeck {

// What each kind of source asks for and how its answer becomes samples.
namespace SourceProtocol {

// The time range a backend poll asks for: the last max(3 × interval, 10 × step) seconds.
qint64 lookbackSecs(const Source& source);

// The request URL for one target at `nowSecs`:
// node-exporter: the expanded template as it is;
// graphite:   <base>/render?target=Q&format=json&from=T0&until=T1
// prometheus: <base>/api/v1/query_range?query=Q&start=T0&end=T1&step=S
// opentsdb:   <base>/api/query?start=T0&end=T1&m=Q
// The template placeholders are expanded in the query too. A base URL that already
// ends in the endpoint's path is used as it is.
Result<QUrl> requestUrl(const Source& source, const PollTarget& target, qint64 nowSecs);

// The Accept header to send.
QByteArray acceptHeader(SourceKind kind);

struct Decoded
{
    SampleBatch samples;
    ParseReport report;           // malformed lines (node_exporter) or points (backends)
    int series = 0;               // node_exporter: sample lines on the page; backends: series returned
    int mapped = 0;               // node_exporter: of them, those mapped onto Kurado's names
                                  // (NodeExporterCoverage); backends: = series (all are stored)
    QList<NodeExporterMeta> meta; // node_exporter: what the page says of the machine (its mounts)
};

// Turns a response body into samples keyed (target's machine, metric, source kind):
// node_exporter pages are mapped onto Kurado's names; backend series are stored under
// `--as KEY` (one series) or KEY.<series name> (several), else the series' own name.
// An answer that cannot be read at all is an Error; a bad line or point is counted.
// `refused`, when given, receives what the parse counted even when the answer is refused
// as a whole (a page of only malformed lines), so the poll reports the lines its error names.
Result<Decoded> decode(const Source& source, const PollTarget& target, const QByteArray& body, qint64 nowSecs,
                       ParseReport* refused = nullptr);

} // namespace SourceProtocol
} // namespace opsdeck
