#include "checks/CheckRollup.h"

#include <QCoreApplication>
#include <algorithm>

namespace opsdeck {

NodeCheckStatus CheckRollup::rollUp(const QList<CheckRuntime>& targets, int allowedHostFailures)
{
    const int allowed = std::max(0, allowedHostFailures);
    NodeCheckStatus r;
    r.total = int(targets.size());
    CheckStatus worstFailing = CheckStatus::Ok;
    for (const CheckRuntime& t : targets) {
        switch (t.state) {
        case CheckState::Failing:
            ++r.failing;
            worstFailing = worse(worstFailing, t.lastStatus);
            break;
        case CheckState::Unknown:
            ++r.unknown;
            break;
        case CheckState::Pending:
            ++r.pending;
            break;
        case CheckState::Passing:
            break;
        }
    }
    if (r.total == 0) {
        r.message = QCoreApplication::translate("CheckRollup", "no hosts under the node");
        return r;
    }
    r.message = QCoreApplication::translate("CheckRollup", "%1 of %2 hosts failing (%3 allowed)")
                    .arg(r.failing)
                    .arg(r.total)
                    .arg(allowed);
    if (r.failing > allowed)
        r.status = worstFailing == CheckStatus::Unknown ? CheckStatus::Critical : worstFailing;
    else if (r.failing + r.unknown > allowed)
        r.status = CheckStatus::Unknown;
    else if (r.pending == r.total)
        r.status = CheckStatus::Unknown;
    else
        r.status = CheckStatus::Ok;
    return r;
}

} // namespace opsdeck
