#include "checks/CheckEvaluator.h"

#include <algorithm>

namespace opsdeck {

CheckState CheckEvaluator::nextState(const CheckDefinition& check, const CheckRuntime& next) const
{
    const int failuresBefore = std::max(1, check.failuresBefore);
    const int passesBefore = std::max(1, check.passesBefore);
    if (next.lastStatus == CheckStatus::Ok) {
        switch (next.state) {
        case CheckState::Pending:
            return CheckState::Passing;
        case CheckState::Failing:
        case CheckState::Unknown:
            return next.consecutivePasses >= passesBefore ? CheckState::Passing : next.state;
        case CheckState::Passing:
            return CheckState::Passing;
        }
    }
    // Unknown only after a whole run of unknowns; a run of failures mixed with unknowns
    // fails at its next warning or critical, and an unknown alone changes nothing.
    if (next.consecutiveUnknowns >= failuresBefore)
        return CheckState::Unknown;
    if (next.consecutiveFailures >= failuresBefore && next.lastStatus != CheckStatus::Unknown)
        return CheckState::Failing;
    return next.state;
}

bool CheckEvaluator::shouldNotify(const CheckRuntime& next, const AlertEvent& event,
                                  const ProbeResult& result) const
{
    if (!result.sourceDown.isEmpty())
        return false;
    if (next.silencedUntilMs && m_clock.nowMs() < *next.silencedUntilMs)
        return false;
    if (event.to == CheckState::Passing)
        return true; // recovery is told, and it ends the acknowledgement
    return !next.acknowledged;
}

Evaluation CheckEvaluator::evaluate(const CheckDefinition& check, const CheckRuntime& previous,
                                    const ProbeResult& result) const
{
    Evaluation out;
    CheckRuntime& next = out.runtime;
    next = previous;
    next.checkId = check.id;
    next.lastStatus = result.status;
    next.message = result.message;
    next.value = result.value;
    if (result.status == CheckStatus::Ok) {
        next.consecutiveFailures = 0;
        ++next.consecutivePasses;
    } else {
        next.consecutivePasses = 0;
        ++next.consecutiveFailures;
    }
    next.consecutiveUnknowns = result.status == CheckStatus::Unknown ? next.consecutiveUnknowns + 1 : 0;

    const CheckState to = nextState(check, next);
    const bool stateChanged = to != previous.state;
    const auto bad = [](CheckStatus s) {
        return s == CheckStatus::Warning || s == CheckStatus::Critical;
    };
    const bool escalated = !stateChanged && to == CheckState::Failing && bad(result.status) &&
                           bad(previous.lastStatus) && previous.lastStatus != result.status;
    next.state = to;
    if (stateChanged)
        next.sinceMs = m_clock.nowMs();
    if (to == CheckState::Passing && stateChanged)
        next.acknowledged = false;

    const bool quietStart = previous.state == CheckState::Pending && to == CheckState::Passing;
    if ((stateChanged || escalated) && !quietStart) {
        AlertEvent e;
        e.checkId = check.id;
        e.checkName = check.name;
        e.target = next.target;
        e.from = previous.state;
        e.to = to;
        e.status = result.status;
        e.importance = check.importance;
        e.atMs = m_clock.nowMs();
        e.message = result.message;
        e.value = result.value;
        out.notify = shouldNotify(next, e, result);
        out.event = std::move(e);
    }
    return out;
}

} // namespace opsdeck
