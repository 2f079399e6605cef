#pragma once

#include "metrics/TimeRange.h"
#include "util/Clock.h"

#include <QList>
#include <QObject>
#include <optional>

namespace opsdeck {

// The time every chart of a page shows and points at: one range (a preset that follows
// the clock, "live", or a fixed from/to after a zoom, a pan or a custom choice), the
// zoom history to go back through, and the crosshair time. Charts read from()/to() and
// follow rangeChanged(); a chart under the mouse sets the crosshair and the others draw it.
//
// A first start has no data: a live preset whose data does not cover it yet shows the
// last 15 minutes (the warm-up window), then from the first sample on as data arrives,
// until the data covers the preset. The clock is injectable for tests.
class ChartTimeline : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 warmupSecs = 15 * 60;
    static constexpr qint64 minimumSpanSecs = 60; // a zoom never goes below a minute

    explicit ChartTimeline(const Clock& clock = Clock::system(), QObject* parent = nullptr);

    // The current window, epoch seconds (live: ending now, by the clock).
    qint64 from() const;
    qint64 to() const;
    qint64 span() const { return to() - from(); }
    bool isLive() const { return m_live; }
    TimeRange preset() const { return m_preset; }
    // Live and the data does not cover the preset yet.
    bool isWarmingUp() const;
    bool canGoBack() const { return !m_history.isEmpty(); }
    int historySize() const { return int(m_history.size()); }

    // The earliest sample of what the page shows (0: none yet): the warm-up rule reads it.
    void setDataStart(qint64 firstSampleSecs);
    qint64 dataStart() const { return m_dataStart; }

    std::optional<qint64> crosshair() const { return m_crosshair; } // epoch ms

public slots:
    // Live with the preset's span; the zoom history is cleared.
    void setPreset(opsdeck::TimeRange range);
    // A fixed window (remembered for back()). from >= to is ignored (returns false).
    bool setCustom(qint64 fromSecs, qint64 toSecs);
    // As setCustom, from a drag on a chart (at least minimumSpanSecs wide).
    bool zoomTo(qint64 fromSecs, qint64 toSecs);
    // Zooms around the middle: factor 0.5 halves the span, 2 doubles it.
    void zoomBy(double factor);
    // Moves the window by `deltaSecs` (negative: back in time); a live window stops
    // following the clock. Not remembered by back(), as a drag of the view is not.
    void pan(qint64 deltaSecs);
    // The window before the last zoom or custom choice; false when there is none.
    bool back();
    // The preset, live, history cleared.
    void reset();
    void setCrosshair(qint64 ms);
    void clearCrosshair();

signals:
    // from/to changed other than by the clock moving on (charts re-read).
    void rangeChanged();
    // -1: no crosshair.
    void crosshairChanged(qint64 ms);

private:
    struct State
    {
        bool live = true;
        TimeRange preset = TimeRange::Hour1;
        qint64 from = 0;
        qint64 to = 0;
    };
    State state() const;
    void push();
    void apply(const State& s);

    const Clock& m_clock;
    TimeRange m_preset = TimeRange::Hour1;
    bool m_live = true;
    qint64 m_from = 0; // fixed window
    qint64 m_to = 0;
    qint64 m_dataStart = 0;
    QList<State> m_history;
    std::optional<qint64> m_crosshair;
};

} // namespace opsdeck
