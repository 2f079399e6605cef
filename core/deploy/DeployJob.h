#pragma once

#include "db/Database.h"
#include "deploy/PackageManifest.h"
#include "deploy/PlacementPlanner.h"
#include "inventory/InventoryTypes.h"
#include "inventory/ServiceStore.h"
#include "jobs/JobRunner.h"

#include <memory>

namespace opsdeck {

// Turns "deploy this package to this service" into a job's host work, with every check
// that can be made locally done first: the package (PackageManifest), the config
// template against each unit's names and relations, the units' machines. Per unit, on
// one connection:
//   prepare (mkdir), upload (sha256 checked), unpack, config, relations, install,
//   config-changed, stop (the current release's), start, relation-changed, switch,
//   health
// (hooks the package lacks are left out). With rollback, a unit whose steps fail points
// `current` back at its previous release and runs its start hook.
class DeployJob
{
public:
    struct Request
    {
        QString servicePath;
        QString packageFile;
        QString release;       // empty: the UTC time, 20261204-203000
        QStringList onlyUnits; // empty: every unit; else these units (machine, or machine:port)
        bool rollback = false;
        // Units not in the inventory yet, built as if they were: scale-out checks the deploy
        // of its planned units with this before it adds them.
        QList<Placement> planned;
    };

    struct Built
    {
        JobSpec spec;
        QList<HostWork>
            hosts; // one per unit, labelled by machine (machine:port when one machine runs several)
        PackageManifest manifest;
        QString release;
    };

    explicit DeployJob(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    Result<Built> build(const Request& request, qint64 nowSecs) const;

    // relation-changed on every unit of each service that needs `servicePath`, with the
    // new endpoint list written to the unit's current release (yiqiu's upstream update).
    // A unit with no current release yet skips both steps (its first deploy writes the
    // list). No host when no unit needs the service. UpstreamUpdate is how callers use it.
    Result<Built> relationChanged(const QString& servicePath) const;

private:
    Result<QList<Unit>> unitsWithPlanned(const QString& servicePath, const QList<Placement>& planned) const;

    std::shared_ptr<Database> m_db;
};

} // namespace opsdeck
