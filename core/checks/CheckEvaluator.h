#pragma once

#include "checks/CheckTypes.h"
#include "util/Clock.h"

#include <optional>

namespace opsdeck {

// What one probe result does to a check's state.
struct Evaluation
{
    CheckRuntime runtime;
    // A transition for the alert history (and notifications): the state changed, or a
    // failing check's status changed (warning <-> critical). None for Pending -> Passing.
    std::optional<AlertEvent> event;
    // Whether `event` should reach the operator: false when acknowledged (until
    // recovery), silenced (until silencedUntilMs), or when the result is unknown because
    // its metric source is down (SourceOutage sends one notice for all such checks).
    bool notify = false;
};

// The debounce of issue 11, part 2, as pure logic on an injectable clock (Nagios's soft
// and hard states): a run of `failuresBefore` consecutive non-OK results (warning,
// critical or unknown) ending in a warning or critical makes the state Failing; a run of
// `failuresBefore` unknowns makes it Unknown (a lone unknown changes nothing); a run of `passesBefore` OK
// results makes a Failing or Unknown check Passing again. A check that was never run (Pending) passes at its
// first OK. A non-OK result resets the passes, an OK one the failures, so a flapping probe changes nothing.
// Recovery clears the acknowledgement; the silence is kept (it ends by time).
class CheckEvaluator
{
public:
    explicit CheckEvaluator(const Clock& clock = Clock::system()) : m_clock(clock) {}

    Evaluation evaluate(const CheckDefinition& check, const CheckRuntime& previous,
                        const ProbeResult& result) const;

private:
    CheckState nextState(const CheckDefinition& check, const CheckRuntime& next) const;
    bool shouldNotify(const CheckRuntime& next, const AlertEvent& event, const ProbeResult& result) const;

    const Clock& m_clock;
};

} // namespace opsdeck
