#pragma once

#include "db/Database.h"
#include "deploy/JobPreparer.h"
#include "jobs/JobRunner.h"
#include "util/Result.h"

#include <memory>

namespace opsdeck {

// What the window needs to start a job: its spec, its hosts' work and the runner's
// options, built by core's JobPreparer as the CLI builds them. Blocking (reads the
// inventory, checks a package): run these with runAsync.
using CommandJobPlan = PreparedJob;

// `targets`: comma-separated machine names or [user@]host[:port], "node:PATH" (every
// machine under the node) and "service:PATH" (the machines running its units).
Result<PreparedJob> planCommandJob(const std::shared_ptr<Database>& db, const QString& targets,
                                   const QString& command);
// A finished job's hosts that did not succeed (any kind: a deploy re-runs only its failed
// or never-run units), as a new job linked to it (retryOf). Refused when every host
// succeeded.
Result<PreparedJob> planCommandRetry(const std::shared_ptr<Database>& db, qint64 jobId);
// A job from a kind, target and options (a job's own, to run it again, or a template's),
// every check made first (JobPreparer::prepare).
Result<PreparedJob> planJob(const std::shared_ptr<Database>& db, JobKind kind, const QString& target,
                            const QJsonObject& options);
// Job `jobId` run again as a new job ("Run Again"; JobPreparer::again).
Result<PreparedJob> planRunAgain(const std::shared_ptr<Database>& db, qint64 jobId);
// The template `name` as a new job.
Result<PreparedJob> planTemplate(const std::shared_ptr<Database>& db, const QString& name);

} // namespace opsdeck
