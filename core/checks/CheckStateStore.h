#pragma once

#include "checks/CheckTypes.h"
#include "db/Database.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace opsdeck {

// A check's targets rolled into one line (what `check list` shows): the worst state
// (failing > unknown > passing > pending), since when, its message, whether every
// non-passing target is acknowledged, and the latest silence still running.
struct CheckSummary
{
    CheckState state = CheckState::Pending;
    std::optional<qint64> sinceMs;
    QString message; // "target: message" for a machine target
    bool acknowledged = false;
    std::optional<qint64> silencedUntilMs;
};

// The checker's debounced state per (check, target) (table `check_state`, migration
// 0013) and what operators do to it: acknowledge (until recovery), silence (until a
// time), unsilence. record() writes states and appends their alert events in one
// transaction. The state columns belong to the checker, `acknowledged` and
// `silenced_until_ms` to operators: record() never overwrites them (it clears the
// acknowledgement when a target recovers, and a new target inherits the check's silence),
// so an ack made while a round runs is not lost. Any thread.
class CheckStateStore
{
public:
    explicit CheckStateStore(std::shared_ptr<Database> db, const Clock& clock = Clock::system())
        : m_db(std::move(db)), m_clock(&clock)
    {}

    // Upserts each runtime and appends each event, all or nothing.
    Status record(const QList<CheckRuntime>& runtimes, const QList<AlertEvent>& events);

    // One check's targets (by target), or every check's (by check, target).
    Result<QList<CheckRuntime>> load(qint64 checkId) const;
    Result<QList<CheckRuntime>> loadAll() const;

    // Acknowledges every failing or unknown target of the check until it recovers;
    // Refused when none is (nothing to acknowledge). Returns how many targets.
    Result<int> acknowledge(qint64 checkId);
    // No notification for the check's targets before `untilMs` (in the future, else
    // Usage); targets with no state yet get a pending row carrying it. Returns how many.
    Result<int> silence(qint64 checkId, qint64 untilMs);
    Result<int> unsilence(qint64 checkId);

    static CheckSummary summarize(const QList<CheckRuntime>& targets, qint64 nowMs);

private:
    std::shared_ptr<Database> m_db;
    const Clock* m_clock;
};

} // namespace opsdeck
