#pragma once

#include "db/Database.h"
#include "jobs/JobTypes.h"
#include "util/Result.h"

#include <functional>
#include <memory>

namespace opsdeck {

// The jobs' history in the SQL cache (migration 0006): a job, its hosts in rollout order,
// each host's steps with their timing and exit code, and its output as it arrived, kept
// up to the job's output cap per host (what was cut is counted). Any thread; every
// write is one short transaction on the caller's connection.
class JobStore
{
public:
    explicit JobStore(std::shared_ptr<Database> db);

    // A new job run by process `runnerPid`, its hosts pending.
    Result<qint64> create(const JobSpec& spec, const QList<JobHostPlan>& hosts, qint64 runnerPid,
                          qint64 nowMs) const;
    // `pauseReason` is kept with a paused job (a deploy gate's reason, migration 0015) and
    // cleared by any other state.
    Status setState(qint64 jobId, JobState state, qint64 nowMs, const QString& pauseReason = {}) const;

    // A host enters step `name` (connect, upload, install, ...): the previous step ends.
    Status hostStep(qint64 jobId, const QString& machine, const QString& name, qint64 nowMs) const;
    // A host ends: its last step takes the exit code and the error.
    Status hostFinished(qint64 jobId, const QString& machine, HostState state, std::optional<int> exitCode,
                        const QString& error, qint64 nowMs) const;
    // Hosts that never started when the job ended.
    Status hostsLeft(qint64 jobId, HostState state) const;

    // Output pieces of any hosts of one job, in one transaction; a host's bytes past the
    // cap are counted in output_cut, not stored.
    Status appendOutput(qint64 jobId, const QList<OutputChunk>& chunks) const;

    Result<QList<Job>> list(const JobFilter& filter) const;
    Result<Job> get(qint64 jobId) const; // with its hosts
    Result<QList<OutputChunk>> output(qint64 jobId, const QString& machine = {}) const;

    // `job cancel`: a running job's runner stops at each host's next step; a job whose
    // runner is gone is marked cancelled here. Refused for a job that has ended.
    Result<JobState> requestCancel(qint64 jobId, qint64 nowMs,
                                   const std::function<bool(qint64)>& alive = processAlive) const;
    Result<bool> cancelRequested(qint64 jobId) const;

    // `job pause|resume` (migration 0017): asks the job's runner, in whatever process, to
    // hold new starts or to go on (a gate-paused rollout asks its gate again); the runner
    // applies it within a second. Refused for an ended job, a job whose runner is gone,
    // pausing a paused job and resuming one that is not paused.
    enum class PauseRequest
    {
        None = 0,
        Pause = 1,
        Resume = 2
    };
    Status requestPause(qint64 jobId, PauseRequest request,
                        const std::function<bool(qint64)>& alive = processAlive) const;
    // What other processes asked of a running job's runner (read every second).
    struct RunnerRequests
    {
        bool cancel = false;
        PauseRequest pause = PauseRequest::None;
    };
    Result<RunnerRequests> runnerRequests(qint64 jobId) const;
    // The runner applied `seen`: cleared unless a newer request replaced it meanwhile.
    Status clearPauseRequest(qint64 jobId, PauseRequest seen) const;

    // On start: jobs left pending, running or paused by a process that is gone become
    // interrupted, and so do their running hosts (each keeps its last step). Returns how many.
    Result<int> interruptOrphans(qint64 nowMs, const std::function<bool(qint64)>& alive = processAlive) const;

    static bool processAlive(qint64 pid);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace opsdeck
