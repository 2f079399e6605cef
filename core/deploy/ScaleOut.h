#pragma once

#include "db/Database.h"
#include "deploy/DeployJob.h"
#include "deploy/PlacementPlanner.h"

#include <memory>

namespace opsdeck {

// yiqiu's scale-out of a service to N units, the part that is not running jobs: where the
// new units go (PlacementCandidates, PlacementPlanner), the deploy checked against them
// before any is added, adding them, and taking out again the ones whose deploy failed
// (so upstreams never get an endpoint that is not running). The caller runs the deploy
// job for the new units only and then the UpstreamUpdate.
class ScaleOut
{
public:
    struct Plan
    {
        QString servicePath; // normalized
        int unitsBefore = 0;
        QList<Placement> placements; // the new units
    };

    // `metricsDb` holds the machines' collected processors and memory (the local cache when
    // `db` is a shared PostgreSQL database); null: `db` itself.
    explicit ScaleOut(std::shared_ptr<Database> db, std::shared_ptr<Database> metricsDb = {})
        : m_db(std::move(db)), m_metricsDb(metricsDb ? std::move(metricsDb) : m_db)
    {}

    // The new units for `wanted` units in all, on `port` (0: the port most of the service's
    // units use). Refused when the service has `wanted` units already, or when there is no
    // room for all of them (the refusal says how many would fit).
    Result<Plan> plan(const QString& servicePath, int wanted, int port, qint64 nowSecs) const;

    // Every check of DeployJob::build for the planned units, before they are added.
    Status checkDeploy(const Plan& plan, DeployJob::Request request, qint64 nowSecs) const;

    // All or nothing, one audit row per unit.
    Status add(const Plan& plan, const QString& reason) const;
    // Each of `units` of the plan's service, audited with `reason`.
    Status remove(const QString& servicePath, const QList<Placement>& units, const QString& reason) const;

    // "machine:port": how `deploy --units` and the job's host labels name a new unit.
    static QString label(const Placement& p);

private:
    std::shared_ptr<Database> m_db;
    std::shared_ptr<Database> m_metricsDb;
};

} // namespace opsdeck
