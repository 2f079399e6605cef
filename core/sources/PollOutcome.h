#pragma once

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
    QString error;           // why the poll failed (empty when ok)
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
