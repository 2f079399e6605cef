#pragma once

#include "alerts/NotificationPolicy.h"
#include "db/Database.h"
#include "util/Result.h"

#include <functional>
#include <memory>

namespace opsdeck {

// Where the dispatcher learns what the policy needs about an event's target.
using AlertContextProvider = std::function<Result<NotifyContext>(const AlertEvent&)>;

// From the cache: the target's check_state row (acknowledged, silenced_until_ms), the
// maintenance windows open at `clock`'s now, and the nodes that bind the target (the
// check's node, and each node the target machine is bound to). Three small indexed
// queries on the calling thread's connection.
AlertContextProvider storeAlertContext(std::shared_ptr<Database> db, const Clock& clock = Clock::system());

} // namespace opsdeck
