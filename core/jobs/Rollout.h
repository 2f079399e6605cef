#pragma once

#include "jobs/JobTypes.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace opsdeck {

// Between two batches: the one that just ended and its hosts (every host of it, ok or
// failed), and the batch that would start next.
struct BatchBoundary
{
    int batch = 0;
    QStringList hosts;
    int nextBatch = 0;
};

struct RolloutOptions
{
    int canary = 0;           // the first N hosts, alone, before anyone else
    int batch = 0;            // then batches of N (0: the rest in one batch)
    int parallel = 10;        // hosts in flight at most
    int maxFailPercent = 100; // stop scheduling when failed hosts pass this share of all
};

// Which host runs when: a canary batch, then batches, at most `parallel` hosts in flight,
// a batch only after the previous one ended. Scheduling stops for good when failures
// pass the threshold (Ansible's max_fail_percentage, of all the job's hosts) or when a
// canary host fails; pause holds new starts, cancel ends them. Pure logic: the job
// runner reports what finished and asks what to start.
class Rollout
{
public:
    // Batches for `machines` in order: 0 is the canary batch (when canary > 0), then 1, 2, ...
    static QList<JobHostPlan> plan(const QStringList& machines, const RolloutOptions& options);

    Rollout(QList<JobHostPlan> hosts, RolloutOptions options);

    // Indexes (into the plan) of the hosts to start now; each is then running.
    QList<int> next();
    // A running host ended.
    void finished(int index, bool ok);

    void pause() { m_paused = true; }
    void resume() { m_paused = false; }
    void cancel();

    bool paused() const { return m_paused; }
    bool cancelled() const { return m_cancelled; }
    // Scheduling stopped for good (threshold or canary); stopReason() says why.
    bool stopped() const { return !m_stopReason.isEmpty(); }
    QString stopReason() const { return m_stopReason; }
    // Nothing runs and nothing more will start.
    bool done() const;

    int running() const { return m_running; }
    int failed() const { return m_failed; }
    int succeeded() const { return m_ok; }
    // Hosts never started (pending when the job ends).
    QList<int> neverStarted() const;
    // When no host runs, a batch has ended and the next one has not started (and may
    // still: not cancelled, not stopped): that boundary. None before the first batch,
    // inside a batch and after the last one. Paused or not: the caller decides.
    std::optional<BatchBoundary> boundary() const;

private:
    enum class Slot
    {
        Waiting,
        Running,
        Ended
    };

    QList<JobHostPlan> m_hosts;
    QList<Slot> m_slots;
    RolloutOptions m_options;
    int m_running = 0;
    int m_ok = 0;
    int m_failed = 0;
    bool m_paused = false;
    bool m_cancelled = false;
    QString m_stopReason;
};

} // namespace opsdeck
