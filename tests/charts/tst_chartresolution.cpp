// MetricQuery::atChartResolution: a chart of a long range reads the coarsest archive that
// still has a bucket per pixel column, and each rollup bucket's minimum and maximum, so a
// spike survives; off, the query is as before.

#include "TestSupport.h"
#include "metrics/MetricStore.h"

#include <QStandardPaths>
#include <QTest>

using namespace opsdeck;

class TestChartResolution : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void readsTheRollupsMinAndMax()
    {
        test::TempDatabase db;
        const qint64 now = 1'750'000'000 / 3600 * 3600;
        ManualClock clock(now * 1000);
        MetricStore store(db.db(), clock);
        store.setMaintenanceIntervalMs(0);
        const auto policy = RetentionPolicy::parse(QStringLiteral("10s:2d,5m:10d"));
        QVERIFY(policy.ok());
        QVERIFY(store.setRetention(*policy).ok());
        SampleBatch batch;
        const qint64 from = now - 86400;
        for (qint64 t = from; t <= now; t += 10) {
            double v = 10.0 + double((t / 10) % 7);
            if (t == from + 40000)
                v = 900; // one spike
            if (t == from + 60000)
                v = -50; // one dip
            batch << IncomingSample{
                SeriesKey{QStringLiteral("m"), QStringLiteral("g"), QStringLiteral("local")},
                SeriesType::Gauge, t, v};
        }
        QVERIFY(store.append(batch).ok());
        QVERIFY(store.flush().ok());
        QVERIFY(store.maintain().ok());

        MetricQuery q;
        q.machine = QStringLiteral("m");
        q.metric = QStringLiteral("g");
        q.from = from;
        q.to = now;
        q.maxPoints = 200; // 100 columns of 864 s: the 5-minute archive fits
        auto raw = store.query(q);
        QVERIFY(raw.ok());
        QCOMPARE(raw->resolution, 10);
        q.atChartResolution = true;
        auto chart = store.query(q);
        QVERIFY(chart.ok());
        QCOMPARE(chart->resolution, 300);
        QVERIFY(chart->points.size() <= 200);
        double hi = -1e9, lo = 1e9;
        for (const auto& p : chart->points) {
            if (p.value) {
                hi = std::max(hi, *p.value);
                lo = std::min(lo, *p.value);
            }
        }
        QCOMPARE(hi, 900.0);
        QCOMPARE(lo, -50.0);
        // Enough points for every column: no finer archive is read than needed, none coarser.
        q.maxPoints = 20000; // columns of 8.6 s: only the raw archive has them
        auto fine = store.query(q);
        QVERIFY(fine.ok());
        QCOMPARE(fine->resolution, 10);
        // Average keeps one value per bucket.
        q.maxPoints = 200;
        q.decimation = MetricQuery::Decimation::Average;
        auto avg = store.query(q);
        QVERIFY(avg.ok());
        QCOMPARE(avg->resolution, 300);
        QVERIFY(avg->points.size() <= 200);
    }
};

QTEST_GUILESS_MAIN(TestChartResolution)
#include "tst_chartresolution.moc"
