#pragma once

#include "db/Database.h"
#include "util/Result.h"

#include <QString>
#include <memory>

namespace opsdeck {

// A fingerprint of the checks' tables that moves with every write to them: counts and
// versions of `checks`, the newest update, acknowledgements and silences of
// `check_state`, the newest `alert_events` id, the count and newest id of
// `maintenance_windows` (never updated: an add or remove moves them). One cheap aggregate query (no row comes
// back), so a window can poll it and read the checks again only when it moved (issue 11:
// a poll must not cost a core). Any thread.
class CheckRevision
{
public:
    static Result<QString> read(const std::shared_ptr<Database>& db);
    // What a CheckScheduler's reload reads, and nothing it writes itself: the checks
    // (count, newest id, versions), the inventory (the newest audit_log id: a machine
    // added, bound, renamed or removed moves it), and the operators' columns of
    // check_state (acknowledgements and silences). One aggregate query.
    static Result<QString> readForScheduler(const std::shared_ptr<Database>& db);
};

} // namespace opsdeck
