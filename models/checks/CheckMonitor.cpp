#include "checks/CheckMonitor.h"

#include "checks/AlertStore.h"
#include "db/ChangeFeed.h"
#include "inventory/AsyncLoad.h"

#include <algorithm>

namespace opsdeck {

CheckMonitor::CheckMonitor(std::shared_ptr<Database> db, const Clock& clock, int pollMs, QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_clock(&clock), m_snapshot(std::make_shared<ChecksSnapshot>())
{
    m_poll.setInterval(pollMs);
    connect(&m_poll, &QTimer::timeout, this, &CheckMonitor::readNow);
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
    static const QStringList kinds{QStringLiteral("check"), QStringLiteral("check_state"),
                                   QStringLiteral("alert"), QStringLiteral("node"),
                                   QStringLiteral("machine")};
    if (kinds.contains(change.kind))
        refresh();
}

void CheckMonitor::refresh()
{
    m_soon.start();
}

Result<CheckMonitor::Reading> CheckMonitor::read(const std::shared_ptr<Database>& db, qint64 nowMs,
                                                 std::shared_ptr<const InventoryShape> shape,
                                                 qint64 lastAlertId, qint64 lastAlertAtMs)
{
    Reading r;
    AlertFilter f;
    f.sinceMs = lastAlertId < 0 ? 0 : lastAlertAtMs;
    f.limit = lastAlertId < 0 ? 1 : 1000;
    auto events = AlertStore(db).list(f);
    if (!events.ok())
        return events.error();
    r.lastAlertId = std::max<qint64>(lastAlertId, 0);
    r.lastAlertAtMs = lastAlertAtMs;
    for (auto it = events->crbegin(); it != events->crend(); ++it) { // oldest first
        if (it->id <= r.lastAlertId)
            continue;
        if (lastAlertId >= 0)
            r.fresh.append(*it);
        r.lastAlertId = it->id;
        r.lastAlertAtMs = std::max(r.lastAlertAtMs, it->atMs);
    }
    auto snapshot = ChecksSnapshot::read(db, nowMs, std::move(shape));
    if (!snapshot.ok())
        return snapshot.error();
    r.snapshot = std::move(snapshot.value());
    return r;
}

void CheckMonitor::readNow()
{
    if (m_reading) {
        m_again = true;
        return;
    }
    m_reading = true;
    m_soon.stop();
    auto db = m_db;
    runAsync<Reading>(
        this,
        [db, now = m_clock->nowMs(), shape = m_snapshot->shape, id = m_lastAlertId, at = m_lastAlertAtMs]() {
            return read(db, now, shape, id, at);
        },
        [this](Result<Reading> result) {
            m_reading = false;
            if (!result.ok()) {
                emit loadFailed(result.error().message);
            } else {
                Reading& r = result.value();
                m_lastAlertId = r.lastAlertId;
                m_lastAlertAtMs = r.lastAlertAtMs;
                m_snapshot = std::make_shared<const ChecksSnapshot>(std::move(r.snapshot));
                m_loaded = true;
                emit updated();
                if (!r.fresh.isEmpty())
                    emit alertsArrived(r.fresh);
            }
            if (std::exchange(m_again, false))
                readNow();
        });
}

} // namespace opsdeck
