#include "metrics/SeriesMath.h"

#include <QTest>

using namespace opsdeck;
using namespace opsdeck::SeriesMath;

class TstSeriesMath : public QObject
{
    Q_OBJECT
private slots:
    void rates_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<double>("prev");
        QTest::addColumn<double>("cur");
        QTest::addColumn<double>("expected"); // per second over 60 s
        const int g = int(SeriesType::Gauge), c = int(SeriesType::Counter), d = int(SeriesType::Derive),
                  a = int(SeriesType::Absolute);
        QTest::newRow("gauge is its value") << g << 10.0 << 3.5 << 3.5;
        QTest::newRow("counter rises") << c << 1000.0 << 7000.0 << 100.0;
        // 2^32 - 600 -> 5400: wrapped at 32 bits, 6000 counted.
        QTest::newRow("counter wraps at 32 bits") << c << 4294966696.0 << 5400.0 << 100.0;
        // A value above 2^32 before the drop: the counter is 64 bits wide.
        QTest::newRow("counter wraps at 64 bits")
            << c << 18446744073709543424.0 << 2048.0 << (8192.0 + 2048.0) / 60.0;
        QTest::newRow("derive may go negative") << d << 7000.0 << 1000.0 << -100.0;
        QTest::newRow("absolute: reset on read") << a << 123456.0 << 600.0 << 10.0;
    }
    void rates()
    {
        QFETCH(int, type);
        QFETCH(double, prev);
        QFETCH(double, cur);
        QFETCH(double, expected);
        const double r = rate(SeriesType(type), {0, prev}, {60, cur});
        QVERIFY2(qAbs(r - expected) <= 1e-9 * qMax(1.0, qAbs(expected)) + 0.05,
                 qPrintable(QStringLiteral("%1 vs %2").arg(r).arg(expected)));
    }

    void gapLongerThanHeartbeatIsUnknown()
    {
        const QList<RawPoint> raw{{0, 0}, {60, 600}, {120, 1200}, {300, 3000}, {360, 3600}};
        const auto spans = knownSpans(SeriesType::Counter, raw, 120);
        QCOMPARE(spans.size(), 3); // (120, 300] is 180 s: unknown
        QCOMPARE(spans[2].start, 300);
        const auto pts = rawPoints(SeriesType::Counter, raw, 120, 0, 400);
        QCOMPARE(pts.size(), 4); // no rate for the first sample
        QCOMPARE(*pts[0].value, 10.0);
        QVERIFY(!pts[2].value); // the sample after the gap: unknown, not interpolated
        QCOMPARE(pts[2].timestamp, 300);
        QCOMPARE(*pts[3].value, 10.0);
    }

    void gaugeGapGetsANullMark()
    {
        const QList<RawPoint> raw{{0, 1}, {60, 2}, {600, 3}};
        const auto pts = rawPoints(SeriesType::Gauge, raw, 120, 0, 1000);
        QCOMPARE(pts.size(), 4);
        QCOMPARE(pts[2].timestamp, 180);
        QVERIFY(!pts[2].value);
        QCOMPARE(*pts[3].value, 3.0);
    }

    void primaryPointsAreTimeWeighted()
    {
        // Samples at :30 every minute: each step is half one rate, half the next.
        const QList<RawPoint> raw{{30, 0}, {90, 600}, {150, 1800}, {210, 3000}};
        const auto spans = knownSpans(SeriesType::Derive, raw, 120);
        const auto pdp = primaryPoints(spans, 60, 0, 240);
        QCOMPARE(pdp.size(), 4); // [0,60) half known (ok: not less than half), [60,120), [120,180), [180,240)
        QCOMPARE(pdp[1].start, 60);
        QCOMPARE(pdp[1].avg, 15.0); // (10*30 + 20*30) / 60
        QCOMPARE(pdp[2].avg, 20.0);
    }

    void lessThanHalfKnownStepIsUnknown()
    {
        const QList<KnownSpan> spans{{0, 20, 5.0}};
        QVERIFY(primaryPoints(spans, 60, 0, 60).isEmpty());
        const QList<KnownSpan> half{{0, 30, 5.0}};
        QCOMPARE(primaryPoints(half, 60, 0, 60).size(), 1);
    }

    void consolidationAndXff()
    {
        // Five one-minute PDPs per five-minute bucket; 3 known -> known; 2 known -> unknown.
        QList<Bucket> pdps;
        for (int i : {0, 1, 2})
            pdps.append({i * 60, double(i), double(i), double(i), 1});
        for (int i : {5, 6})
            pdps.append({i * 60, 10.0 * i, 10.0 * i, 10.0 * i, 1});
        const auto five = consolidate(pdps, 300, 0, 600);
        QCOMPARE(five.size(), 2);
        QCOMPARE(five[0].count, 3u);
        QCOMPARE(five[0].avg, 1.0);
        QCOMPARE(five[0].min, 0.0);
        QCOMPARE(five[0].max, 2.0);
        QCOMPARE(*bucketValue(five[0], 5), 1.0);
        QVERIFY(!bucketValue(five[1], 5)); // more than half unknown
        // Consolidating consolidations weights by count: same as from the PDPs directly.
        const auto hour = consolidate(five, 3600, 0, 3600);
        QCOMPARE(hour.size(), 1);
        QCOMPARE(hour[0].count, 5u);
        QCOMPARE(hour[0].avg, (0 + 1 + 2 + 50 + 60) / 5.0);
        QCOMPARE(hour[0].max, 60.0);
    }

    void alignDownHandlesNegatives()
    {
        QCOMPARE(alignDown(125, 60), 120);
        QCOMPARE(alignDown(-1, 60), -60);
        QCOMPARE(alignDown(-60, 60), -60);
    }
};

QTEST_APPLESS_MAIN(TstSeriesMath)
#include "tst_seriesmath.moc"
