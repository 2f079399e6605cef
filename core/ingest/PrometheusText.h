#pragma once

#include "ingest/ParseReport.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QPair>
#include <functional>
#include <optional>

namespace opsdeck {

// One sample line of the Prometheus text exposition format (version 0.0.4).
// `name` is the full sample name (`node_cpu_seconds_total`, `http_request_duration_bucket`);
// labels are in the order written, values unescaped.
struct PromSample
{
    QByteArray name;
    QList<QPair<QByteArray, QByteArray>> labels;
    double value = 0;                  // NaN, +Inf and -Inf as written
    std::optional<qint64> timestampMs; // as written (epoch milliseconds), if present

    // The value of label `key`, or an empty view if absent.
    QByteArrayView label(QByteArrayView key) const;
};

struct PromParseResult
{
    QList<PromSample> samples;
    QHash<QByteArray, QByteArray> types; // family -> counter|gauge|histogram|summary|untyped
    ParseReport report;
};

// Parses a text exposition page. Works on bytes, allocation-light.
//
// Accepted: `# HELP`, `# TYPE` (recorded in `types`), and as Prometheus's own parser
// does, either one that ends after the keyword or the metric name (`# HELP`, `# TYPE m`:
// nothing recorded), other comments, blank lines, LF or
// CRLF line ends, a last line without a newline, labels with the escapes \\ \" \n, a
// trailing comma in the label set, values in Go's float syntax incl. NaN, +Inf, -Inf, Inf,
// an optional integer timestamp in milliseconds.
//
// Malformed lines (counted in report.malformed with their line number, the rest kept; the
// last ParseReport::kMaxRecent of them also with their text in report.recent):
// a bad metric or label name, an unterminated label value, an unknown escape, a duplicate
// label name, a missing or unparsable value, a non-integer timestamp, trailing garbage,
// a label value or metric name that is not valid UTF-8 (the format requires UTF-8),
// a `# HELP` or `# TYPE` whose metric name is bad, a `# TYPE` with an unknown type.
//
// Decided behaviours: duplicate series (same name and labels twice on one page) are both
// kept as written; the caller decides (mapNodeExporter keeps the last). Timestamps are
// returned as written, even far in the future; the store rejects far-future samples.
//
// `wanted`: when set, samples whose name it rejects are still validated (and counted in
// report.accepted) but not stored, and allocate nothing.
PromParseResult parsePrometheusText(QByteArrayView text,
                                    const std::function<bool(QByteArrayView name)>& wanted = {});

} // namespace opsdeck
