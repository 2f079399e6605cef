#pragma once

#include "db/Database.h"
#include "util/Result.h"

#include <memory>

namespace opsdeck {

// Writes a job's log (every host, or one) from the JobStore to a text file: a header
// line per host, then its output lines with their time ("!" marks stderr). Blocking:
// run it with runAsync, never on the GUI thread. Returns how many bytes were written.
Result<qint64> exportJobLog(const std::shared_ptr<Database>& db, qint64 jobId, const QString& machine,
                            const QString& path);

} // namespace opsdeck
