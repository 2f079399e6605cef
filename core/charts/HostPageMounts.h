#pragma once

#include "charts/HostPagePlan.h"
#include "db/Database.h"
#include "util/Result.h"

namespace opsdeck::HostPageMounts {

// The mount points machine_meta names for a machine's disks (`disk-usage-<dev>-mount`,
// written by the local collector and by node_exporter polls), for the host page's disk
// usage titles. Blocking (SQL): off the GUI thread. A machine with none (or not in the
// inventory) gives an empty map.
Result<DeviceMounts> read(Database& db, const QString& machine);

// One meta value as mount points: one a line, blank lines dropped.
QStringList parse(const QString& value);

} // namespace opsdeck::HostPageMounts
