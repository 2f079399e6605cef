#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>
#include <optional>

namespace opsdeck {

// A READY machine that may take units, with what it has and what its units claim.
struct PlacementCandidate
{
    QString machine;
    std::optional<double> processors; // collected; unknown when never collected
    std::optional<qint64> memoryBytes;
    double claimedCpu = 0; // by the units already on it (their services' unit needs)
    qint64 claimedMem = 0;
    int unitsOfService = 0; // units of the service being scaled
    QList<int> usedPorts;   // by any unit on the machine
};

struct Placement
{
    QString machine;
    int port = 0;
};

// yiqiu's scale-out: where N new units of a service go. Each goes to the machine with
// the fewest units of the service (then the most room left), among machines with room
// for one more unit's CPU and memory; its port is the service's port, or the next free
// one on that machine. A machine whose capacity was never collected has room only when
// the service states no need. Pure logic.
class PlacementPlanner
{
public:
    struct Need
    {
        double cpu = 0;
        qint64 mem = 0;
        int port = 0; // the service's usual port
    };

    // All `wanted` placements, or a refusal that says how many would fit and why not more.
    static Result<QList<Placement>> plan(int wanted, const Need& need, QList<PlacementCandidate> candidates);
};

} // namespace opsdeck
