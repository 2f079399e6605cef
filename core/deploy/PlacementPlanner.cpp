#include "deploy/PlacementPlanner.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace opsdeck {
namespace {

bool hasRoom(const PlacementCandidate& c, const PlacementPlanner::Need& need)
{
    if (need.cpu > 0 && (!c.processors || c.claimedCpu + need.cpu > *c.processors + 1e-9))
        return false;
    if (need.mem > 0 && (!c.memoryBytes || c.claimedMem + need.mem > *c.memoryBytes))
        return false;
    return true;
}

// The share of the machine still free after one more unit, for ties (more is better).
double roomLeft(const PlacementCandidate& c, const PlacementPlanner::Need& need)
{
    double cpu = 1, mem = 1;
    if (c.processors && *c.processors > 0)
        cpu = (*c.processors - c.claimedCpu - need.cpu) / *c.processors;
    if (c.memoryBytes && *c.memoryBytes > 0)
        mem = double(*c.memoryBytes - c.claimedMem - need.mem) / double(*c.memoryBytes);
    return std::min(cpu, mem);
}

int freePort(const PlacementCandidate& c, int port)
{
    int p = std::max(1, port);
    while (p <= 65535 && c.usedPorts.contains(p))
        ++p;
    return p <= 65535 ? p : 0;
}

} // namespace

Result<QList<Placement>> PlacementPlanner::plan(int wanted, const Need& need,
                                                QList<PlacementCandidate> candidates)
{
    QList<Placement> out;
    for (int i = 0; i < wanted; ++i) {
        int best = -1;
        for (int c = 0; c < candidates.size(); ++c) {
            const PlacementCandidate& k = candidates.at(c);
            if (!hasRoom(k, need) || freePort(k, need.port) == 0)
                continue;
            if (best < 0)
                best = c;
            else {
                const PlacementCandidate& b = candidates.at(best);
                if (k.unitsOfService < b.unitsOfService ||
                    (k.unitsOfService == b.unitsOfService && roomLeft(k, need) > roomLeft(b, need) + 1e-12))
                    best = c;
            }
        }
        if (best < 0) {
            const int fit = out.size();
            const int unknown =
                int(std::count_if(candidates.begin(), candidates.end(), [&](const PlacementCandidate& k) {
                    return (need.cpu > 0 && !k.processors) || (need.mem > 0 && !k.memoryBytes);
                }));
            QString why = QCoreApplication::translate(
                              "PlacementPlanner", "no room for %1 more units: %2 would fit on the %3 READY "
                                                  "machines of the pool")
                              .arg(wanted)
                              .arg(fit)
                              .arg(candidates.size());
            if (unknown > 0)
                why += QCoreApplication::translate(
                           "PlacementPlanner", " (%1 of them have no collected processors or memory-total)")
                           .arg(unknown);
            return Error::refused(why);
        }
        PlacementCandidate& b = candidates[best];
        const int port = freePort(b, need.port);
        out.append({b.machine, port});
        b.usedPorts.append(port);
        b.claimedCpu += need.cpu;
        b.claimedMem += need.mem;
        ++b.unitsOfService;
    }
    return out;
}

} // namespace opsdeck
