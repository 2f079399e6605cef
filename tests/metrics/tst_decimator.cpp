#include "metrics/Decimator.h"

#include <QTest>
#include <cmath>

using namespace opsdeck;

class TstDecimator : public QObject
{
    Q_OBJECT
    static QList<SeriesPoint> sine(int n)
    {
        QList<SeriesPoint> pts;
        for (int i = 0; i < n; ++i)
            pts.append({i * 60, std::sin(i / 50.0)});
        return pts;
    }
private slots:
    void fewPointsUntouched()
    {
        const auto pts = sine(10);
        QCOMPARE(Decimator::decimate(pts, 100, MetricQuery::Decimation::MinMax).size(), 10);
        QCOMPARE(Decimator::decimate(pts, 0, MetricQuery::Decimation::Lttb).size(), 10);
    }
    void everyMethodRespectsTheLimit_data()
    {
        QTest::addColumn<int>("how");
        QTest::newRow("minmax") << int(MetricQuery::Decimation::MinMax);
        QTest::newRow("lttb") << int(MetricQuery::Decimation::Lttb);
        QTest::newRow("average") << int(MetricQuery::Decimation::Average);
    }
    void everyMethodRespectsTheLimit()
    {
        QFETCH(int, how);
        auto pts = sine(10080);
        for (int i = 3000; i < 3100; ++i)
            pts[i].value.reset(); // a gap
        for (int limit : {2, 3, 50, 800, 10079}) {
            const auto out = Decimator::decimate(pts, limit, MetricQuery::Decimation(how));
            QVERIFY2(out.size() <= limit && !out.isEmpty(), qPrintable(QString::number(out.size())));
            for (qsizetype i = 1; i < out.size(); ++i)
                QVERIFY(out[i].timestamp > out[i - 1].timestamp);
        }
        // The gap survives.
        const auto out = Decimator::decimate(pts, 800, MetricQuery::Decimation(how));
        bool hasNull = false;
        for (const auto& p : out)
            hasNull |= !p.value.has_value();
        QVERIFY(hasNull);
    }
    void minMaxKeepsASpike()
    {
        auto pts = sine(10000);
        pts[4321].value = 1000.0;
        pts[7777].value = -1000.0;
        const auto out = Decimator::decimate(pts, 100, MetricQuery::Decimation::MinMax);
        double hi = -1e9, lo = 1e9;
        for (const auto& p : out) {
            hi = std::max(hi, *p.value);
            lo = std::min(lo, *p.value);
        }
        QCOMPARE(hi, 1000.0);
        QCOMPARE(lo, -1000.0);
    }
    void lttbKeepsEnds()
    {
        const auto pts = sine(5000);
        const auto out = Decimator::decimate(pts, 200, MetricQuery::Decimation::Lttb);
        QCOMPARE(out.first().timestamp, pts.first().timestamp);
        QCOMPARE(out.last().timestamp, pts.last().timestamp);
        QVERIFY(out.size() >= 150);
    }
    void averageIsTheMean()
    {
        QList<SeriesPoint> pts;
        for (int i = 0; i < 100; ++i)
            pts.append({i, double(i % 2)});
        const auto out = Decimator::decimate(pts, 10, MetricQuery::Decimation::Average);
        QCOMPARE(out.size(), 10);
        QCOMPARE(*out[0].value, 0.5);
    }
};

QTEST_APPLESS_MAIN(TstDecimator)
#include "tst_decimator.moc"
