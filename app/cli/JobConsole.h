#pragma once

#include "cli/CommandRegistry.h"
#include "deploy/UpstreamUpdate.h"
#include "jobs/JobRunner.h"

namespace opsdeck::cli {

// Runs a job to its end in the terminal, as `run`, `deploy` and `relation notify` show
// it: output lines prefixed by their host as they arrive (stdout and stderr apart), with
// `showSteps` a "host: > step" line as each host enters a step, each failed host's reason
// on stderr, then `N host(s): a ok, b failed[, c not reached] (job ID)`. Ctrl-C cancels
// the job (each host stops before its next step). Exit 0 all ok, 3 when a host key was
// refused, else 1 when any host failed or was not reached.
// `result`, when given, receives the job's id and each finished host's state and error;
// with `linesToStderr` the job's lines and summary go to stderr (stdout stays for JSON).
struct JobLiveResult
{
    bool linesToStderr = false;
    qint64 jobId = 0;
    QHash<QString, HostState> hosts; // by host label (the machine's name)
    QHash<QString, QString> errors;  // failed hosts' reasons
};
// A deploy gate (`deploy --gate`), when set, is asked after each batch but the last; a
// held batch pauses the job (its reason on stderr and in the job's pause_reason) and the
// gate is asked again every `retrySecs` until it passes or Ctrl-C cancels the job.
struct JobLiveGate
{
    JobRunner::BatchGate gate;
    int retrySecs = 30;
};
int runJobLive(CliContext& ctx, const std::shared_ptr<Database>& db, const JobSpec& spec,
               const QList<HostWork>& hosts, const JobRunner::Options& options, bool showSteps,
               JobLiveResult* result = nullptr, const JobLiveGate& gate = {});

// yiqiu's upstream update after `servicePath`'s units changed (UpstreamUpdate), run live
// as a job of its own, then a line naming the job that did it ("upstream update: job 17
// ran relation-changed on 4 unit(s) that need shop/db"). When no unit needs the service it
// runs nothing and says so on stderr (exit 0). Exit codes and `result` as runJobLive's.
int runUpstreamUpdate(CliContext& ctx, const std::shared_ptr<Database>& db, const QString& servicePath,
                      const UpstreamUpdate::Options& options, JobLiveResult* result = nullptr);

} // namespace opsdeck::cli
