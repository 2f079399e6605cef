#pragma once

#include "cli/VerbTable.h"
#include "db/Database.h"
#include "jobs/JobRunner.h"

#include <QJsonObject>
#include <memory>

namespace opsdeck::cli {

// A job ready to run: what `run`, `deploy` and `job run TEMPLATE` hand to runJobLive.
struct PreparedJob
{
    JobSpec spec;
    QList<HostWork> hosts;
    JobRunner::Options options;
    bool showSteps = false;
    QString intro; // a line for stderr before the job starts, or empty
};

// Builds a job from its kind, target and options, the way `run` and `deploy` build it
// from their command lines, with every check made before anything is sent. Options (as
// stored with a job or a job template; README, "Job templates"):
//   command: "command", "select" (hosts | node | service; default hosts: `target` is a
//            comma-separated list of machines), "parallel" (32), "timeout" (0: none)
//   deploy:  "package", "release" (empty: the UTC time), "rollback", "units" (a
//            comma-separated list), "canary", "batch", "parallel" (10), "max_fail" (100),
//            "timeout"
//   both:    "output_cap" (bytes kept per host; default 8 MiB)
Result<PreparedJob> prepareJob(const std::shared_ptr<Database>& db, JobKind kind, const QString& target,
                               const QJsonObject& options, qint64 nowSecs);

// One exec step running `command` on each target.
QList<HostWork> commandWork(const QList<ssh::SshTarget>& targets, const QString& command);

// "65536", "64K", "8M", "1G" (KiB, MiB, GiB) as bytes; nullopt when it is none of these.
std::optional<qint64> parseByteSize(const QString& text);
// --output-cap's check: a size parseByteSize reads, at least 1K.
ValueCheck byteSizeCheck();

} // namespace opsdeck::cli
