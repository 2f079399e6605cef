#pragma once

#include "db/Database.h"
#include "jobs/JobRunner.h"
#include "util/Result.h"

#include <memory>

namespace opsdeck {

// What the window needs to start an ad-hoc command job: its spec, its hosts' work and
// the runner's options (as `opsdeck run` builds them). Blocking (reads the inventory):
// run it with runAsync.
struct CommandJobPlan
{
    JobSpec spec;
    QList<HostWork> hosts;
    JobRunner::Options options;
};

// `targets`: comma-separated machine names or [user@]host[:port], "node:PATH" (every
// machine under the node) and "service:PATH" (the machines running its units).
Result<CommandJobPlan> planCommandJob(const std::shared_ptr<Database>& db, const QString& targets,
                                      const QString& command);
// A command job's hosts that did not succeed, as a new job linked to it (retryOf).
// Other kinds are refused: `opsdeck job retry ID` retries them.
Result<CommandJobPlan> planCommandRetry(const std::shared_ptr<Database>& db, qint64 jobId);

} // namespace opsdeck
