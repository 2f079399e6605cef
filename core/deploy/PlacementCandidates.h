#pragma once

#include "db/Database.h"
#include "deploy/PlacementPlanner.h"
#include "metrics/MetricStore.h"

namespace opsdeck {

// The READY machines of a pool as PlacementPlanner sees them: their collected
// `processors` and `memory-total` (the freshest value of the last day in the metrics
// cache), what the units already on them claim (their services' unit needs), the ports
// those units hold and how many units of `servicePath` each has.
class PlacementCandidates
{
public:
    static Result<QList<PlacementCandidate>> read(Database& db, const MetricStore& metrics,
                                                  const QString& servicePath, const QString& pool,
                                                  qint64 now);
};

} // namespace opsdeck
