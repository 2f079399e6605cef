#include "charts/ChartTimeline.h"

#include <algorithm>
#include <cmath>

namespace opsdeck {

ChartTimeline::ChartTimeline(const Clock& clock, QObject* parent) : QObject(parent), m_clock(clock) {}

qint64 ChartTimeline::to() const
{
    return m_live ? m_clock.nowSecs() : m_to;
}

qint64 ChartTimeline::from() const
{
    if (!m_live)
        return m_from;
    const qint64 now = m_clock.nowSecs();
    const qint64 span = timeRangeSeconds(m_preset);
    if (!isWarmingUp())
        return now - span;
    // Warm-up: the last 15 minutes, or from the first sample once there is more.
    const qint64 shown = m_dataStart > 0 ? std::max(warmupSecs, now - m_dataStart) : warmupSecs;
    return now - std::min(span, shown);
}

bool ChartTimeline::isWarmingUp() const
{
    if (!m_live)
        return false;
    const qint64 now = m_clock.nowSecs();
    return m_dataStart <= 0 || m_dataStart > now - timeRangeSeconds(m_preset);
}

void ChartTimeline::setDataStart(qint64 firstSampleSecs)
{
    if (firstSampleSecs == m_dataStart)
        return;
    const qint64 before = from();
    m_dataStart = firstSampleSecs;
    if (m_live && from() != before)
        emit rangeChanged();
}

ChartTimeline::State ChartTimeline::state() const
{
    return State{m_live, m_preset, m_from, m_to};
}

void ChartTimeline::push()
{
    m_history << state();
}

void ChartTimeline::apply(const State& s)
{
    m_live = s.live;
    m_preset = s.preset;
    m_from = s.from;
    m_to = s.to;
    emit rangeChanged();
}

void ChartTimeline::setPreset(TimeRange range)
{
    m_history.clear();
    apply(State{true, range, 0, 0});
}

bool ChartTimeline::setCustom(qint64 fromSecs, qint64 toSecs)
{
    if (fromSecs >= toSecs)
        return false;
    push();
    apply(State{false, m_preset, fromSecs, toSecs});
    return true;
}

bool ChartTimeline::zoomTo(qint64 fromSecs, qint64 toSecs)
{
    if (fromSecs > toSecs)
        std::swap(fromSecs, toSecs);
    if (toSecs - fromSecs < minimumSpanSecs) {
        const qint64 mid = (fromSecs + toSecs) / 2;
        fromSecs = mid - minimumSpanSecs / 2;
        toSecs = fromSecs + minimumSpanSecs;
    }
    return setCustom(fromSecs, toSecs);
}

void ChartTimeline::zoomBy(double factor)
{
    if (!(factor > 0) || !std::isfinite(factor))
        return;
    const qint64 f = from();
    const qint64 t = to();
    const qint64 mid = f + (t - f) / 2;
    const qint64 half = std::max<qint64>(minimumSpanSecs / 2, qint64(double(t - f) * factor / 2));
    zoomTo(mid - half, mid + half);
}

void ChartTimeline::pan(qint64 deltaSecs)
{
    if (deltaSecs == 0)
        return;
    const qint64 f = from() + deltaSecs;
    const qint64 t = to() + deltaSecs;
    apply(State{false, m_preset, f, t});
}

bool ChartTimeline::back()
{
    if (m_history.isEmpty())
        return false;
    apply(m_history.takeLast());
    return true;
}

void ChartTimeline::reset()
{
    setPreset(m_preset);
}

void ChartTimeline::setCrosshair(qint64 ms)
{
    if (m_crosshair == ms)
        return;
    m_crosshair = ms;
    emit crosshairChanged(ms);
}

void ChartTimeline::clearCrosshair()
{
    if (!m_crosshair)
        return;
    m_crosshair.reset();
    emit crosshairChanged(-1);
}

} // namespace opsdeck
