#pragma once

#include "db/Database.h"
#include "jobs/JobRunner.h"
#include "jobs/JobTemplateStore.h"
#include "util/Result.h"

#include <QJsonObject>
#include <memory>

namespace opsdeck {

// A job ready to run: its spec, each host's work and the runner's options.
struct PreparedJob
{
    JobSpec spec;
    QList<HostWork> hosts;
    JobRunner::Options options;
    bool showSteps = false; // a deploy's steps are worth a line each
    QString intro;          // what the job is about to do, or empty
};

// Builds jobs the one way the CLI (`run`, `deploy`, `job run`, `job retry`) and the
// window share: from a kind, a target and options (as stored with a job or a job
// template), or as the retry of a finished job. Every local check (hosts exist, the
// package is sound, the config template renders) is made here, before anything is sent.
// Blocking (reads the inventory and the package): the window runs it with runAsync.
class JobPreparer
{
public:
    explicit JobPreparer(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    // Options (README, "Job templates"):
    //   command: "command", "select" (hosts | node | service; default hosts: `target` is a
    //            comma-separated list of machines), "parallel" (32), "timeout" (0: none)
    //   deploy:  "package", "release" (empty: the UTC time), "rollback", "units" (a
    //            comma-separated list), "canary", "batch", "parallel" (10), "max_fail"
    //            (100), "timeout"
    //   both:    "output_cap" (bytes kept per host; default 8 MiB)
    Result<PreparedJob> prepare(JobKind kind, const QString& target, const QJsonObject& options,
                                qint64 nowSecs) const;

    // The hosts of finished job `jobId` that failed or never ran (not ok), as a new job of
    // the same kind linked to it (retryOf), with its rollout less the canary. A deploy
    // re-runs only those units. hosts is empty when every host succeeded.
    Result<PreparedJob> retry(qint64 jobId, qint64 nowSecs) const;
    Result<PreparedJob> retry(const Job& job, qint64 nowSecs) const;

    // `job` run again as a new job ("Run Again"): a command or deploy job from its
    // template (a deploy gets a new release), a relation update built anew for its
    // service's current units.
    Result<PreparedJob> again(const Job& job, qint64 nowSecs) const;

    // The work of `job`'s hosts named in `labels`, built as the job's kind builds it.
    Result<QList<HostWork>> retryWork(const Job& job, const QStringList& labels, qint64 nowSecs) const;

    // A template of `job` (for "Save as Template" and "Run Again"): its kind, target and
    // options, less a deploy's release and checksum (a new run gets a new release); a
    // command job that predates the "select" option names its machines. Refused for
    // kinds a template cannot build.
    static Result<JobTemplate> templateOf(const Job& job, const QString& name);

    // One exec step running `command` on each target.
    static QList<HostWork> commandWork(const QList<ssh::SshTarget>& targets, const QString& command);

private:
    Result<PreparedJob> prepareCommand(const QString& target, const QJsonObject& o) const;
    Result<PreparedJob> prepareDeploy(const QString& target, const QJsonObject& o, qint64 nowSecs) const;
    Result<QList<ssh::SshTarget>> commandTargets(const QString& select, const QString& target,
                                                 QString& named) const;

    std::shared_ptr<Database> m_db;
};

} // namespace opsdeck
