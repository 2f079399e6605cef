#include "checks/ProbePool.h"

#include "checks/CheckProbe.h"

namespace opsdeck {

ProbePool::~ProbePool()
{
    for (const Idle& i : std::as_const(m_idle))
        release(i.probe);
}

ProbePool::Taken ProbePool::take(const CheckDefinition& check, const QString& target)
{
    const auto it = m_idle.find({check.id, target});
    if (it != m_idle.end()) {
        const Idle idle = *it;
        m_idle.erase(it);
        if (idle.version == check.version && idle.params == check.params) {
            refreshCheckProbe(*idle.probe, check, m_services);
            return {idle.probe, true};
        }
        release(idle.probe);
    }
    return {makeCheckProbe(check, m_services).release(), false};
}

void ProbePool::put(const CheckDefinition& check, const QString& target, CheckProbe* probe)
{
    const QPair<qint64, QString> key{check.id, target};
    if (const auto it = m_idle.find(key); it != m_idle.end())
        release(it->probe); // two probes of one pair (a round beside the periodic runs): keep the newer
    m_idle.insert(key, Idle{probe, check.version, check.params});
}

void ProbePool::retain(const QSet<QPair<qint64, QString>>& keep)
{
    for (auto it = m_idle.begin(); it != m_idle.end();) {
        if (keep.contains(it.key())) {
            ++it;
        } else {
            release(it->probe);
            it = m_idle.erase(it);
        }
    }
}

// Later, not now: the probe may be the one whose signal is being delivered.
void ProbePool::release(CheckProbe* probe)
{
    if (probe)
        probe->deleteLater();
}

} // namespace opsdeck
