#include "checks/CheckMonitor.h"

#include "checks/AlertStore.h"
#include "checks/CheckRevision.h"
#include "db/ChangeFeed.h"
#include "inventory/AsyncLoad.h"

#include <algorithm>

namespace opsdeck {

CheckMonitor::CheckMonitor(std::shared_ptr<Database> db, const Clock& clock, int pollMs, QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_clock(&clock), m_snapshot(std::make_shared<ChecksSnapshot>())
{
    m_poll.setInterval(pollMs);
    connect(&m_poll, &QTimer::timeout, this, &CheckMonitor::poll);
    if (pollMs > 0)
        m_poll.start();
    m_soon.setSingleShot(true);
    m_soon.setInterval(50);
    connect(&m_soon, &QTimer::timeout, this, &CheckMonitor::readNow);
}

void CheckMonitor::follow(const ChangeFeed* feed)
{
    connect(feed, &ChangeFeed::changed, this, &CheckMonitor::applyChange);
    connect(feed, &ChangeFeed::resync, this, &CheckMonitor::refresh);
}

void CheckMonitor::applyChange(const Change& change)
{
    static const QStringList kinds{QStringLiteral("check"),   QStringLiteral("check_state"),
                                   QStringLiteral("alert"),   QStringLiteral("node"),
                                   QStringLiteral("machine"), QStringLiteral("maintenance")};
    if (kinds.contains(change.kind))
        refresh();
}

void CheckMonitor::refresh()
{
    m_soon.start();
}

Result<CheckMonitor::Reading> CheckMonitor::read(const std::shared_ptr<Database>& db, qint64 nowMs,
                                                 const Since& since)
{
    Reading r;
    auto revision = CheckRevision::read(db); // before the rows: a write in between reads again
    if (!revision.ok())
        return revision.error();
    r.revision = *revision;
    r.lastAlertId = std::max<qint64>(since.lastAlertId, 0);
    r.lastAlertAtMs = since.lastAlertAtMs;
    if (!since.revision.isEmpty() && since.revision == r.revision) {
        r.unchanged = true;
        return r;
    }
    AlertFilter f;
    f.sinceMs = since.lastAlertId < 0 ? 0 : since.lastAlertAtMs;
    f.limit = since.lastAlertId < 0 ? 1 : 1000;
    auto events = AlertStore(db).list(f);
    if (!events.ok())
        return events.error();
    for (auto it = events->crbegin(); it != events->crend(); ++it) { // oldest first
        if (it->id <= r.lastAlertId)
            continue;
        if (since.lastAlertId >= 0)
            r.fresh.append(*it);
        r.lastAlertId = it->id;
        r.lastAlertAtMs = std::max(r.lastAlertAtMs, it->atMs);
    }
    auto snapshot = ChecksSnapshot::read(db, nowMs, since.shape);
    if (!snapshot.ok())
        return snapshot.error();
    r.snapshot = std::move(snapshot.value());
    return r;
}

void CheckMonitor::readNow()
{
    start(false);
}

void CheckMonitor::poll()
{
    const auto& s = *m_snapshot;
    const qint64 now = m_clock->nowMs();
    const bool silenceEnded = s.nextSilenceEndMs && *s.nextSilenceEndMs <= now;
    const bool maintenanceMoved = s.nextMaintenanceMs && *s.nextMaintenanceMs <= now;
    start(!silenceEnded && !maintenanceMoved && m_loaded);
}

void CheckMonitor::start(bool whenChanged)
{
    if (m_reading) {
        m_again = true;
        m_againForced = m_againForced || !whenChanged;
        return;
    }
    m_reading = true;
    m_soon.stop();
    const Since since{m_snapshot->shape, m_lastAlertId, m_lastAlertAtMs,
                      whenChanged ? m_revision : QString()};
    runAsync<Reading>(
        this, [db = m_db, now = m_clock->nowMs(), since]() { return read(db, now, since); },
        [this](Result<Reading> result) {
            m_reading = false;
            if (!result.ok()) {
                emit loadFailed(result.error().message);
            } else if (!result->unchanged) {
                Reading& r = result.value();
                m_revision = r.revision;
                m_lastAlertId = r.lastAlertId;
                m_lastAlertAtMs = r.lastAlertAtMs;
                m_snapshot = std::make_shared<const ChecksSnapshot>(std::move(r.snapshot));
                m_loaded = true;
                emit updated();
                if (!r.fresh.isEmpty())
                    emit alertsArrived(r.fresh);
            }
            if (std::exchange(m_again, false))
                start(!std::exchange(m_againForced, false));
        });
}

} // namespace opsdeck
