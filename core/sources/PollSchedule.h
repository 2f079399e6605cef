#pragma once

#include "sources/PollOutcome.h"
#include "sources/Source.h"

#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <optional>
#include <set>
#include <utility>

namespace opsdeck {

// When each target is polled next, and what its status is. Pure bookkeeping over
// times given by the caller (from a Clock), so tests drive it in milliseconds.
//
// - Spreading: a new target's first poll falls at a random offset in
//   [0, min(interval, maxDelay)) from when it was added (Kurado's --max-delay), so
//   thousands of targets do not all fire at second 0; later polls keep that phase.
// - Backoff: after n failures in a row the next try waits interval × 2^(n−1), at most
//   interval × maxBackoffFactor, ±10 % jitter.
// - Status: HealthPolicy (ok / stale after 300 s without data / down after failures).
class PollSchedule
{
public:
    struct Key
    {
        qint64 sourceId = 0;
        QString machine;
        friend bool operator==(const Key&, const Key&) = default;
    };

    struct Options
    {
        int maxDelaySecs = -1;    // < 0: spread over the whole interval
        int maxBackoffFactor = 8; // the longest wait is interval × this
        HealthPolicy health;
        quint32 seed = 0; // 0: a random seed
    };

    struct StateChange
    {
        Key key;
        std::optional<TargetState> from; // none: the target had no state yet
        TargetState to = TargetState::Stale;
    };

    explicit PollSchedule(const Options& options);
    PollSchedule() : PollSchedule(Options{}) {}

    // Adds a target (first poll spread as above) or updates its interval. `lastOkSecs`
    // and `failures` carry over what the database knew from an earlier run.
    void upsert(const Key& key, int intervalSecs, qint64 nowMs,
                std::optional<qint64> lastOkSecs = std::nullopt, int failures = 0);
    void remove(const Key& key);
    // Drops every target not in `keep`.
    void retainOnly(const QList<Key>& keep);

    // Targets whose time has come, earliest first, at most `limit`; they are marked in
    // flight until finished() is called for them.
    QList<Key> takeDue(qint64 nowMs, int limit);
    void finished(const Key& key, bool ok, qint64 nowMs);

    // The earliest time a target not in flight is due (none if there is none).
    std::optional<qint64> nextDueMs() const;
    std::optional<qint64> dueMs(const Key& key) const;

    // Re-evaluates every target's status at `nowMs`; returns those that changed.
    QList<StateChange> evaluate(qint64 nowMs);

    std::optional<TargetState> state(const Key& key) const;
    int consecutiveFailures(const Key& key) const;
    int size() const { return int(m_targets.size()); }
    int inFlight() const { return m_inFlight; }

private:
    struct Entry
    {
        qint64 intervalMs = 60000;
        qint64 dueMs = 0;
        qint64 phaseMs = 0; // the regular slot this target was spread to
        int failures = 0;
        std::optional<qint64> lastOkSecs;
        std::optional<TargetState> state;
        bool inFlight = false;
    };

    Options m_options;
    QRandomGenerator m_random;
    QHash<QString, Key> m_keys; // id string -> key
    QHash<QString, Entry> m_targets;
    // The targets not in flight by due time (takeDue and nextDueMs without a scan of
    // thousands of targets on every wake).
    std::set<std::pair<qint64, QString>> m_queue;
    int m_inFlight = 0;

    static QString id(const Key& key);
    // The entry's next due time after a poll that ended at nowMs.
    void rescheduleAfter(Entry& e, bool ok, qint64 nowMs);
};

} // namespace opsdeck
