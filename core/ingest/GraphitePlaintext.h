#pragma once

#include "ingest/ParseReport.h"
#include "metrics/Sample.h"

#include <QByteArrayView>
#include <QString>

namespace opsdeck {

struct PlaintextResult
{
    SampleBatch samples;
    ParseReport report;
};

// Parses Graphite's plaintext protocol: one `path value timestamp` per line, fields
// separated by spaces or tabs, LF or CRLF; a datagram or buffer without a trailing newline
// is one last line. As carbon does: a timestamp of -1 means `nowSecs`; a fractional
// timestamp is truncated; a line without a timestamp is refused. Each sample: key
// {machine "", metric path, source}, type gauge.
//
// Malformed (counted with line numbers, the rest kept): fewer or more than 3 fields,
// a value that is not a number or not finite (nan, inf), a timestamp that is not a number,
// a path with bytes below 0x20 or that is not valid UTF-8, a path longer than 1024 bytes.
// Blank lines are skipped silently. Timestamps are passed on as written (far future
// included); MetricStore::append rejects far-future ones. Duplicate (path, timestamp)
// pairs are all passed on in order; the store keeps the last.
PlaintextResult parseGraphitePlaintext(QByteArrayView text, qint64 nowSecs,
                                       const QString& source = QStringLiteral("graphite-push"));

} // namespace opsdeck
