#include "jobs/Rollout.h"

#include <QCoreApplication>
#include <algorithm>

namespace opsdeck {

QList<JobHostPlan> Rollout::plan(const QStringList& machines, const RolloutOptions& options)
{
    QList<JobHostPlan> out;
    const int canary = std::clamp(options.canary, 0, int(machines.size()));
    int batch = 1;
    int inBatch = 0;
    for (int i = 0; i < machines.size(); ++i) {
        if (i < canary) {
            out.append({machines.at(i), 0});
            continue;
        }
        if (options.batch > 0 && inBatch == options.batch) {
            ++batch;
            inBatch = 0;
        }
        out.append({machines.at(i), batch});
        ++inBatch;
    }
    return out;
}

Rollout::Rollout(QList<JobHostPlan> hosts, RolloutOptions options)
    : m_hosts(std::move(hosts)), m_slots(m_hosts.size(), Slot::Waiting), m_options(options)
{
    m_options.parallel = std::max(1, m_options.parallel);
    m_options.maxFailPercent = std::clamp(m_options.maxFailPercent, 0, 100);
}

QList<int> Rollout::next()
{
    QList<int> start;
    if (m_paused || m_cancelled || stopped())
        return start;
    // The batch in progress: the lowest batch with a host not ended.
    int current = -1;
    for (int i = 0; i < m_hosts.size(); ++i)
        if (m_slots.at(i) != Slot::Ended && (current < 0 || m_hosts.at(i).batch < current))
            current = m_hosts.at(i).batch;
    if (current < 0)
        return start;
    for (int i = 0; i < m_hosts.size() && m_running < m_options.parallel; ++i) {
        if (m_slots.at(i) != Slot::Waiting || m_hosts.at(i).batch != current)
            continue;
        m_slots[i] = Slot::Running;
        ++m_running;
        start.append(i);
    }
    return start;
}

void Rollout::finished(int index, bool ok)
{
    if (index < 0 || index >= m_slots.size() || m_slots.at(index) != Slot::Running)
        return;
    m_slots[index] = Slot::Ended;
    --m_running;
    if (ok) {
        ++m_ok;
        return;
    }
    ++m_failed;
    if (!stopped() && m_options.canary > 0 && m_hosts.at(index).batch == 0)
        m_stopReason = QCoreApplication::translate("Rollout", "the canary host %1 failed")
                           .arg(m_hosts.at(index).machine);
    else if (!stopped() && qint64(m_failed) * 100 > qint64(m_options.maxFailPercent) * m_hosts.size())
        m_stopReason = QCoreApplication::translate("Rollout", "%1 of %2 hosts failed, more than %3%")
                           .arg(m_failed)
                           .arg(m_hosts.size())
                           .arg(m_options.maxFailPercent);
}

void Rollout::cancel()
{
    m_cancelled = true;
}

bool Rollout::done() const
{
    if (m_running > 0)
        return false;
    if (m_cancelled || stopped())
        return true;
    return std::none_of(m_slots.begin(), m_slots.end(), [](Slot s) { return s == Slot::Waiting; });
}

QList<int> Rollout::neverStarted() const
{
    QList<int> out;
    for (int i = 0; i < m_slots.size(); ++i)
        if (m_slots.at(i) == Slot::Waiting)
            out.append(i);
    return out;
}

std::optional<BatchBoundary> Rollout::boundary() const
{
    if (m_running > 0 || m_cancelled || stopped())
        return std::nullopt;
    // The next batch: the lowest with a host not ended; it must not have started.
    int next = -1;
    for (int i = 0; i < m_hosts.size(); ++i)
        if (m_slots.at(i) != Slot::Ended && (next < 0 || m_hosts.at(i).batch < next))
            next = m_hosts.at(i).batch;
    if (next < 0)
        return std::nullopt; // after the last batch
    int ended = -1;
    for (int i = 0; i < m_hosts.size(); ++i) {
        const int b = m_hosts.at(i).batch;
        if (b == next && m_slots.at(i) != Slot::Waiting)
            return std::nullopt; // inside the next batch
        if (b < next && b > ended)
            ended = b;
    }
    if (ended < 0)
        return std::nullopt; // before the first batch
    BatchBoundary out;
    out.batch = ended;
    out.nextBatch = next;
    for (const JobHostPlan& h : std::as_const(m_hosts))
        if (h.batch == ended)
            out.hosts << h.machine;
    return out;
}

} // namespace opsdeck
