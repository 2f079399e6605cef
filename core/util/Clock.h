#pragma once

#include <QDateTime>
#include <QtGlobal>

#include <atomic>

namespace opsdeck {

// The seam for everything time-dependent (schedulers, debounce, retention), so tests
// can drive time by hand and run in milliseconds.
class Clock
{
public:
    virtual ~Clock() = default;
    // Milliseconds since the Unix epoch.
    virtual qint64 nowMs() const = 0;
    qint64 nowSecs() const { return nowMs() / 1000; }

    // The process-wide wall clock.
    static Clock& system();
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

// A clock that only moves when told to.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 0) : m_now(startMs) {}
    qint64 nowMs() const override { return m_now.load(); }
    void setMs(qint64 ms) { m_now.store(ms); }
    void advanceMs(qint64 ms) { m_now.fetch_add(ms); }
    void advanceSecs(qint64 s) { m_now.fetch_add(s * 1000); }

private:
    std::atomic<qint64> m_now;
};

} // namespace opsdeck
