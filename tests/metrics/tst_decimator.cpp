#include "metrics/Decimator.h"

#include <QHash>
#include <QRandomGenerator>
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
    // The chart asks for twice its width in points: every pixel column's minimum and
    // maximum must be among the points drawn in that column, whatever the data (noise,
    // spikes, uneven polling, gaps), and no column may show a value that was not there.
    void minMaxKeepsEveryPixelColumnsMinAndMax_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("uneven");
        QTest::addColumn<bool>("withGaps");
        QTest::newRow("1M points, 1200 px") << 1200 << 1'000'000 << false << false;
        QTest::newRow("10080 points, 640 px, gaps") << 640 << 10080 << false << true;
        QTest::newRow("uneven polling, 333 px") << 333 << 50'000 << true << true;
        QTest::newRow("barely more than the width") << 500 << 1001 << true << false;
    }
    void minMaxKeepsEveryPixelColumnsMinAndMax()
    {
        QFETCH(int, width);
        QFETCH(int, count);
        QFETCH(bool, uneven);
        QFETCH(bool, withGaps);
        QRandomGenerator rng(42);
        QList<SeriesPoint> pts;
        pts.reserve(count);
        qint64 t = 1'700'000'000;
        for (int i = 0; i < count; ++i) {
            t += uneven ? 1 + rng.bounded(120) : 10;
            std::optional<double> v = std::sin(i / 300.0) * 50 + rng.generateDouble() * 10;
            if (rng.bounded(5000) == 0)
                v = *v + (rng.bounded(2) ? 1e6 : -1e6); // a spike
            if (withGaps && (i / 997) % 7 == 3)
                v.reset();
            pts.append({t, v});
        }
        // The chart's axis is a little wider than the data, as a live chart's is.
        const qint64 from = pts.first().timestamp - 300;
        const qint64 to = pts.last().timestamp + 60;
        const auto out = Decimator::decimate(pts, 2 * width, MetricQuery::Decimation::MinMax, from, to);
        QVERIFY2(out.size() <= 2 * width, qPrintable(QString::number(out.size())));

        // The pixel column of a time, as the chart maps it.
        const double colWidth = double(to - from + 1) / width;
        auto column = [&](qint64 ts) {
            return std::min<qint64>(width - 1, qint64(std::floor((ts - from) / colWidth)));
        };
        struct MinMax
        {
            double lo = INFINITY;
            double hi = -INFINITY;
            bool unknown = false;
        };
        QHash<qint64, MinMax> want;
        QHash<qint64, MinMax> got;
        for (const auto& p : pts) {
            auto& m = want[column(p.timestamp)];
            if (!p.value) {
                m.unknown = true;
                continue;
            }
            m.lo = std::min(m.lo, *p.value);
            m.hi = std::max(m.hi, *p.value);
        }
        for (const auto& p : out) {
            auto& m = got[column(p.timestamp)];
            if (!p.value) {
                m.unknown = true;
                continue;
            }
            m.lo = std::min(m.lo, *p.value);
            m.hi = std::max(m.hi, *p.value);
        }
        int columnsWithData = 0;
        for (auto it = want.cbegin(); it != want.cend(); ++it) {
            const MinMax& g = got.value(it.key());
            if (std::isfinite(it->lo)) {
                ++columnsWithData;
                QVERIFY2(g.lo == it->lo && g.hi == it->hi,
                         qPrintable(QStringLiteral("column %1: want %2..%3, got %4..%5")
                                        .arg(it.key())
                                        .arg(it->lo)
                                        .arg(it->hi)
                                        .arg(g.lo)
                                        .arg(g.hi)));
            } else {
                // A column of unknown points only stays a gap.
                QVERIFY2(g.unknown && !std::isfinite(g.lo), qPrintable(QString::number(it.key())));
            }
        }
        for (auto it = got.cbegin(); it != got.cend(); ++it)
            QVERIFY2(want.contains(it.key()), "a point in a column that had none");
        QVERIFY(columnsWithData > width / 2);
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
