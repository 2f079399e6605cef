#pragma once

#include "ingest/NodeExporterMapping.h"
#include "ingest/ParseReport.h"
#include "sources/Source.h"

#include <QString>
#include <QStringList>

namespace opsdeck {

// What one poll of one target came to.
struct PollOutcome
{
    PollTarget target;
    SourceKind kind = SourceKind::NodeExporter;
    bool ok = false;
    int samples = 0;         // samples stored
    int malformed = 0;       // lines or points refused
    QStringList parseErrors; // the first few malformed records, "line N: what"
    // Whether an answer was read (parsed, even if refused as a whole): only then do the
    // three below replace what the target's status kept from earlier polls.
    bool parsed = false;
    QList<MalformedLine> malformedLines; // the last few malformed lines, with their text
    int series = 0;                      // node_exporter: sample lines on the page; backends: series returned
    int mapped = 0;                      // of them, those mapped onto Kurado's names (backends: all stored)
    QList<NodeExporterMeta> meta;        // node_exporter: machine_meta rows, written with the outcome
    QString error;                       // why the poll failed (empty when ok)
    qint64 startedMs = 0;
    qint64 durationMs = 0;
};

// When a target counts as ok, stale or down (Kurado's host status):
// down  — the last `downAfterFailures` polls in a row failed;
// stale — no data for `staleAfterSecs` (never polled, or polls overdue, or failing
//         fewer times than `downAfterFailures` with old data);
// ok    — data within `staleAfterSecs`.
struct HealthPolicy
{
    int staleAfterSecs = 300;
    int downAfterFailures = 2;

    TargetState evaluate(std::optional<qint64> lastOkSecs, int consecutiveFailures, qint64 nowSecs) const
    {
        if (consecutiveFailures >= downAfterFailures)
            return TargetState::Down;
        if (!lastOkSecs || nowSecs - *lastOkSecs > staleAfterSecs)
            return TargetState::Stale;
        return TargetState::Ok;
    }
};

} // namespace opsdeck
