#include "sources/PollSchedule.h"

#include <QSet>
#include <algorithm>

namespace opsdeck {

PollSchedule::PollSchedule(const Options& options)
    : m_options(options), m_random(options.seed ? options.seed : QRandomGenerator::global()->generate())
{}

QString PollSchedule::id(const Key& key)
{
    return QString::number(key.sourceId) + QLatin1Char('\x1f') + key.machine;
}

void PollSchedule::upsert(const Key& key, int intervalSecs, qint64 nowMs, std::optional<qint64> lastOkSecs,
                          int failures)
{
    const QString k = id(key);
    const qint64 intervalMs = qint64(std::max(1, intervalSecs)) * 1000;
    auto it = m_targets.find(k);
    if (it != m_targets.end()) {
        if (it->intervalMs != intervalMs) {
            it->intervalMs = intervalMs;
            const qint64 due = std::min(it->dueMs, nowMs + intervalMs);
            if (!it->inFlight) {
                m_queue.erase({it->dueMs, k});
                m_queue.insert({due, k});
            }
            it->dueMs = due;
        }
        return;
    }
    Entry e;
    e.intervalMs = intervalMs;
    qint64 spreadMs = intervalMs;
    if (m_options.maxDelaySecs >= 0)
        spreadMs = std::min<qint64>(spreadMs, qint64(m_options.maxDelaySecs) * 1000);
    const qint64 offset = spreadMs > 0 ? qint64(m_random.bounded(quint64(spreadMs))) : 0;
    e.dueMs = nowMs + offset;
    e.phaseMs = e.dueMs;
    e.failures = failures;
    e.lastOkSecs = lastOkSecs;
    m_targets.insert(k, e);
    m_keys.insert(k, key);
    m_queue.insert({e.dueMs, k});
}

void PollSchedule::remove(const Key& key)
{
    const QString k = id(key);
    auto it = m_targets.find(k);
    if (it == m_targets.end())
        return;
    if (it->inFlight)
        --m_inFlight;
    else
        m_queue.erase({it->dueMs, k});
    m_targets.erase(it);
    m_keys.remove(k);
}

void PollSchedule::retainOnly(const QList<Key>& keep)
{
    QSet<QString> wanted;
    for (const Key& key : keep)
        wanted.insert(id(key));
    const QList<Key> all = m_keys.values();
    for (const Key& key : all)
        if (!wanted.contains(id(key)))
            remove(key);
}

QList<PollSchedule::Key> PollSchedule::takeDue(qint64 nowMs, int limit)
{
    QList<Key> out;
    while (!m_queue.empty() && out.size() < limit && m_queue.begin()->first <= nowMs) {
        const QString k = m_queue.begin()->second;
        m_queue.erase(m_queue.begin());
        Entry& e = m_targets[k];
        e.inFlight = true;
        ++m_inFlight;
        out << m_keys.value(k);
    }
    return out;
}

void PollSchedule::finished(const Key& key, bool ok, qint64 nowMs)
{
    const QString k = id(key);
    auto it = m_targets.find(k);
    if (it == m_targets.end())
        return;
    Entry& e = *it;
    if (e.inFlight) {
        e.inFlight = false;
        --m_inFlight;
    } else {
        m_queue.erase({e.dueMs, k});
    }
    rescheduleAfter(e, ok, nowMs);
    m_queue.insert({e.dueMs, k});
}

void PollSchedule::rescheduleAfter(Entry& e, bool ok, qint64 nowMs)
{
    if (ok) {
        e.failures = 0;
        e.lastOkSecs = nowMs / 1000;
        // Keep the target's slot: the next multiple of the interval after now.
        const qint64 behind = nowMs - e.phaseMs;
        const qint64 periods = behind >= 0 ? behind / e.intervalMs + 1 : 0;
        e.dueMs = e.phaseMs + periods * e.intervalMs;
        if (e.dueMs <= nowMs)
            e.dueMs += e.intervalMs;
        return;
    }
    ++e.failures;
    const qint64 factor =
        std::min<qint64>(qint64(1) << std::min(e.failures - 1, 30), m_options.maxBackoffFactor);
    const qint64 waitMs = e.intervalMs * factor;
    const qint64 jitter = waitMs / 10;
    const qint64 offset = jitter > 0 ? qint64(m_random.bounded(quint64(2 * jitter + 1))) - jitter : 0;
    e.dueMs = nowMs + waitMs + offset;
}

std::optional<qint64> PollSchedule::nextDueMs() const
{
    if (m_queue.empty())
        return std::nullopt;
    return m_queue.begin()->first;
}

std::optional<qint64> PollSchedule::dueMs(const Key& key) const
{
    auto it = m_targets.constFind(id(key));
    if (it == m_targets.cend())
        return std::nullopt;
    return it->dueMs;
}

QList<PollSchedule::StateChange> PollSchedule::evaluate(qint64 nowMs)
{
    QList<StateChange> changes;
    for (auto it = m_targets.begin(); it != m_targets.end(); ++it) {
        const TargetState now = m_options.health.evaluate(it->lastOkSecs, it->failures, nowMs / 1000);
        if (it->state != now) {
            changes << StateChange{m_keys.value(it.key()), it->state, now};
            it->state = now;
        }
    }
    return changes;
}

std::optional<TargetState> PollSchedule::state(const Key& key) const
{
    auto it = m_targets.constFind(id(key));
    return it == m_targets.cend() ? std::nullopt : it->state;
}

int PollSchedule::consecutiveFailures(const Key& key) const
{
    auto it = m_targets.constFind(id(key));
    return it == m_targets.cend() ? 0 : it->failures;
}

} // namespace opsdeck
