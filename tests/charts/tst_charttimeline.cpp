// ChartTimeline: the range and crosshair every chart of a page shares; presets, custom
// windows, zoom history, pan, reset and the warm-up window of a first start.

#include "charts/ChartTimeline.h"

#include <QSignalSpy>
#include <QTest>

using namespace opsdeck;

namespace {
constexpr qint64 kNow = 1'750'000'000; // epoch seconds
}

class TestChartTimeline : public QObject
{
    Q_OBJECT
private slots:
    void presetsAreKurados()
    {
        QStringList keys;
        for (const auto& r : chartRanges())
            keys << timeRangeKey(r.range);
        QCOMPARE(keys, (QStringList{"1h", "4h", "8h", "1d", "3d", "7d", "1mo", "1y"}));
        QCOMPARE(timeRangeSeconds(TimeRange::Month1), 30 * 86400);
        QCOMPARE(timeRangeSeconds(TimeRange::Year1), 365 * 86400);
        QCOMPARE(timeRangeFromKey(QStringLiteral("1y")), TimeRange::Year1);
        QCOMPARE(timeRangeFromKey(QStringLiteral("8h")), TimeRange::Hours8);
        // The window menu's five are as they were (Ctrl+1..5).
        QCOMPARE(timeRanges().size(), 5);
        QCOMPARE(timeRanges().last().range, TimeRange::Days7);
    }

    void warmUpShowsTheLastFifteenMinutesUntilTheDataCoversTheRange()
    {
        ManualClock clock(kNow * 1000);
        ChartTimeline t(clock);
        QSignalSpy changed(&t, &ChartTimeline::rangeChanged);
        QVERIFY(t.isLive());
        QCOMPARE(t.preset(), TimeRange::Hour1);
        // No data at all: 15 minutes, not an hour of empty axes.
        QVERIFY(t.isWarmingUp());
        QCOMPARE(t.to(), kNow);
        QCOMPARE(t.span(), 15 * 60);
        // Two minutes of data: still the last 15 minutes.
        t.setDataStart(kNow - 120);
        QCOMPARE(t.span(), 15 * 60);
        QCOMPARE(changed.size(), 0);
        // 40 minutes of data: from the first sample.
        clock.advanceSecs(38 * 60);
        QCOMPARE(t.from(), kNow - 120);
        QVERIFY(t.isWarmingUp());
        // The data covers the hour: the preset.
        clock.advanceSecs(30 * 60);
        QVERIFY(!t.isWarmingUp());
        QCOMPARE(t.span(), 3600);
        QCOMPARE(t.to(), kNow + 68 * 60);
        // Older data arriving (a backfill) moves a warming-up window at once.
        ChartTimeline u(clock);
        QSignalSpy uChanged(&u, &ChartTimeline::rangeChanged);
        u.setDataStart(clock.nowSecs() - 100);
        QCOMPARE(uChanged.size(), 0); // still 15 minutes
        u.setDataStart(clock.nowSecs() - 2 * 3600);
        QCOMPARE(uChanged.size(), 1);
        QCOMPARE(u.span(), 3600);
    }

    void liveFollowsTheClock()
    {
        ManualClock clock(kNow * 1000);
        ChartTimeline t(clock);
        t.setDataStart(kNow - 86400 * 400);
        t.setPreset(TimeRange::Day1);
        QCOMPARE(t.from(), kNow - 86400);
        clock.advanceSecs(60);
        QCOMPARE(t.to(), kNow + 60);
        QCOMPARE(t.span(), 86400);
        t.setPreset(TimeRange::Year1);
        QCOMPARE(t.span(), 365 * 86400);
    }

    void zoomBackAndReset()
    {
        ManualClock clock(kNow * 1000);
        ChartTimeline t(clock);
        t.setDataStart(1);
        t.setPreset(TimeRange::Hours8);
        QSignalSpy changed(&t, &ChartTimeline::rangeChanged);
        QVERIFY(!t.canGoBack());
        QVERIFY(t.zoomTo(kNow - 3600, kNow - 1800));
        QVERIFY(!t.isLive());
        QCOMPARE(t.from(), kNow - 3600);
        QCOMPARE(t.to(), kNow - 1800);
        QVERIFY(t.zoomTo(kNow - 3000, kNow - 3010)); // reversed and too narrow: a minute around it
        QCOMPARE(t.span(), ChartTimeline::minimumSpanSecs);
        QCOMPARE(t.historySize(), 2);
        QCOMPARE(changed.size(), 2);
        // The clock moves; a fixed window does not.
        clock.advanceSecs(600);
        QCOMPARE(t.from(), kNow - 3005 - 30);
        QVERIFY(t.back());
        QCOMPARE(t.from(), kNow - 3600);
        QVERIFY(t.back());
        QVERIFY(t.isLive()); // back to the preset, following the clock
        QCOMPARE(t.to(), kNow + 600);
        QCOMPARE(t.span(), 8 * 3600);
        QVERIFY(!t.back());
        QCOMPARE(changed.size(), 4);

        t.zoomBy(0.5);
        QCOMPARE(t.span(), 4 * 3600);
        QVERIFY(!t.isLive());
        t.reset();
        QVERIFY(t.isLive());
        QVERIFY(!t.canGoBack());
        QCOMPARE(t.preset(), TimeRange::Hours8);
    }

    void customAndPan()
    {
        ManualClock clock(kNow * 1000);
        ChartTimeline t(clock);
        QSignalSpy changed(&t, &ChartTimeline::rangeChanged);
        QVERIFY(!t.setCustom(kNow, kNow - 10)); // empty: refused, nothing changes
        QCOMPARE(changed.size(), 0);
        QVERIFY(t.setCustom(kNow - 7200, kNow - 3600));
        t.pan(-1800);
        QCOMPARE(t.from(), kNow - 9000);
        QCOMPARE(t.to(), kNow - 5400);
        QCOMPARE(t.historySize(), 1); // a pan is not a step back
        QVERIFY(t.back());
        QVERIFY(t.isLive());
        // A live window stops following the clock once panned.
        t.pan(-60);
        QVERIFY(!t.isLive());
        clock.advanceSecs(100);
        QCOMPARE(t.to(), kNow - 60);
    }

    void sharedCrosshair()
    {
        ChartTimeline t;
        QSignalSpy spy(&t, &ChartTimeline::crosshairChanged);
        QVERIFY(!t.crosshair());
        t.setCrosshair(1234);
        t.setCrosshair(1234); // no news
        QCOMPARE(spy.size(), 1);
        QCOMPARE(*t.crosshair(), 1234);
        t.clearCrosshair();
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.last().first().toLongLong(), -1);
    }
};

QTEST_GUILESS_MAIN(TestChartTimeline)
#include "tst_charttimeline.moc"
