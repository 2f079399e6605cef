#pragma once

#include "db/Database.h"
#include "jobs/JobRunner.h"

#include <memory>

namespace opsdeck {

// yiqiu's automatic upstream update, in one place for every caller (`unit add|remove`,
// `service scale`, `relation notify`, the window): after the units of a service changed,
// every unit of each service that needs it gets relation-changed with the new endpoint
// list, as a job of its own (DeployJob::relationChanged). The job records its cause.
class UpstreamUpdate
{
public:
    struct Options
    {
        int parallel = 10;
        bool acceptNew = false; // an unknown host key goes to Opsdeck's known_hosts
        QString cause;          // "unit add web_8080@m21", kept in the job's options
    };

    struct Job
    {
        JobSpec spec;
        QList<HostWork> hosts; // one per upstream unit; empty: no unit needs the service
        JobRunner::Options options;
        bool needed() const { return !hosts.isEmpty(); }
    };

    explicit UpstreamUpdate(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    // The job to run after `servicePath`'s units changed; check needed() before running it.
    Result<Job> job(const QString& servicePath, const Options& options) const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace opsdeck
