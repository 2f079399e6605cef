#pragma once

// What the GUI benchmarks share. The fleet they run on, as a large company would have it: machines in
// 20 pools, product lines with groups and services, bindings (every 20th machine is
// pool stock), units and 20,000 audit rows. Plain prepared SQL in one transaction.

#include "db/Database.h"

#include <QStringList>
#include <optional>

namespace opsdeck::bench {

struct FleetSizes
{
    int machines = 100000;
    int nodes = 10000;
    int units = 200000;
};

// The sizes from a benchmark's command line (`NAME [MACHINES NODES UNITS]`), small in a
// ctest smoke run; nothing (usage printed on stderr) when they are out of range.
std::optional<FleetSizes> fleetSizesFromArgs(const QStringList& args, int minMachines);

// Machines are named host000001.example.com ...; prints what failed to stderr.
bool fillFleet(Database& db, const FleetSizes& sizes);

// The process's resident memory in MB (-1 when /proc says nothing).
double rssMb();
// The CPU time of the calling thread, in ms: on a shared, loaded machine the wall time
// of a step includes waiting for a core; this is what the step cost.
double threadCpuMs();
// How long the calling thread has been runnable but waiting for a core, in ms (Linux
// schedstat; 0 where the kernel does not say). Wall time minus this is what a step kept
// the thread busy or blocked (on a lock, a disk), whatever else the machine was doing.
double runQueueWaitMs();
// How often the calling thread gave up its core of its own accord (to sleep on a lock,
// a disk, a poll): getrusage(RUSAGE_THREAD)'s ru_nvcsw.
long voluntarySwitches();
// The 1-minute load average, as /proc/loadavg gives it ("?" when it cannot be read).
QByteArray loadAverage();

} // namespace opsdeck::bench
