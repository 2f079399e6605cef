#include "util/FailureTracker.h"

namespace opsdeck {

FailureRecord FailureTracker::fail(const Error& error, qint64 atMs)
{
    QMutexLocker lock(&m_mutex);
    if (!m_current)
        m_current = FailureRecord{error, atMs, atMs, 0};
    m_current->error = error;
    m_current->lastAtMs = atMs;
    ++m_current->failures;
    return *m_current;
}

bool FailureTracker::succeed()
{
    QMutexLocker lock(&m_mutex);
    const bool ended = m_current.has_value();
    m_current.reset();
    return ended;
}

std::optional<FailureRecord> FailureTracker::current() const
{
    QMutexLocker lock(&m_mutex);
    return m_current;
}

std::optional<FailureRecord> FailureTracker::latest(std::initializer_list<const FailureTracker*> trackers)
{
    std::optional<FailureRecord> best;
    for (const FailureTracker* t : trackers)
        if (auto run = t->current(); run && (!best || run->lastAtMs >= best->lastAtMs))
            best = run;
    return best;
}

} // namespace opsdeck
