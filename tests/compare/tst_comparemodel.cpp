// CompareModel over a real SQLite metrics cache with known data, under a
// QAbstractItemModelTester for each whole test: only the rows asked for are read, the
// shared scale covers exactly what is loaded (a spike included), reads of rows scrolled
// away are ignored, a metric change reads the screen again, a node's machines come from
// the inventory (recursively) and a store that cannot be read marks the row failed.

#include "../models/InventoryFixture.h"
#include "CompareFixture.h"
#include "TestSupport.h"
#include "compare/CompareModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace opsdeck;
using namespace opsdeck::test;

namespace {

QStringList hosts(int n)
{
    QStringList list;
    for (int k = 1; k <= n; ++k)
        list << hostName(k);
    return list;
}

} // namespace

class TestCompareModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void onlyVisibleRowsAreReadAndTheScaleIsShared()
    {
        TempDatabase db;
        ManualClock clock(kCompareNow * 1000);
        MetricStore store(db.db(), clock);
        fillCompareHosts(store, hosts(8), hostName(7));
        CompareModel model(store);
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        model.setMachines(hosts(8) << QStringLiteral("ghost") << hostName(1)); // a duplicate is dropped
        QCOMPARE(model.rowCount(), 9);
        model.setMetric(CompareMetric{CompareMetric::Kind::Load, {}});
        model.setRange(kCompareNow - 7200, kCompareNow);
        model.setPixelWidth(200);
        QCOMPARE(model.requestCount(), 0); // nothing on screen yet: nothing read
        QSignalSpy idle(&model, &CompareModel::idle);

        model.setVisibleRows(0, 2);
        QCOMPARE(model.requestedMachines(), hosts(3));
        QCOMPARE(model.state(0), CompareModel::LoadState::Loading);
        QVERIFY(idle.wait());
        for (int row = 0; row < 9; ++row)
            QCOMPARE(model.state(row),
                     row <= 2 ? CompareModel::LoadState::Loaded : CompareModel::LoadState::NotLoaded);
        QCOMPARE(model.series(0)->min, 1.0);
        QCOMPARE(model.series(0)->max, 1.5);
        QCOMPARE(model.data(model.index(2), CompareModel::MaxRole).toDouble(), 3.5);
        QVERIFY(model.series(1)->points.size() <= 2 * 200 + 8); // at the chart's resolution
        QVERIFY(model.hasScale());
        QCOMPARE(model.scaleMin(), 1.0);
        QCOMPARE(model.scaleMax(), 3.5);

        // Scrolled down: only the new rows are read; the scale widens to the spike.
        QSignalSpy scale(&model, &CompareModel::scaleChanged);
        model.clearRequestLog();
        model.setVisibleRows(5, 8);
        QCOMPARE(model.requestedMachines(),
                 (QStringList{hostName(6), hostName(7), hostName(8), QStringLiteral("ghost")}));
        QVERIFY(idle.wait());
        QVERIFY(scale.count() >= 1);
        QCOMPARE(model.scaleMin(), 1.0);
        QCOMPARE(model.scaleMax(), 100.0);   // MinMax at the chart's resolution keeps the spike
        QCOMPARE(model.series(8)->known, 0); // no data: loaded and empty, not an error
        QCOMPARE(model.state(8), CompareModel::LoadState::Loaded);
        QCOMPARE(model.state(3), CompareModel::LoadState::NotLoaded);
        QCOMPARE(model.loadedCount(), 7);

        // The node's figures cover every host, loaded or not.
        QSignalSpy summary(&model, &CompareModel::summaryReady);
        model.loadSummary();
        QVERIFY(summary.wait());
        const auto sum = summary.takeFirst().first().value<CompareSummary>();
        QCOMPARE(sum.hosts, 9);
        QCOMPARE(sum.withData, 8);
        QCOMPARE(sum.maxHost, hostName(7));
        QVERIFY2(sum.mean > 4.7 && sum.mean < 5.0, qPrintable(QString::number(sum.mean))); // mean of k + 0.25
        QSignalSpy keys(&model, &CompareModel::seriesKeysReady);
        model.loadSeriesKeys();
        QVERIFY(keys.wait());
        QCOMPARE(keys.first().first().toStringList(),
                 (QStringList{QStringLiteral("loadavg-1"), QStringLiteral("memory-used")}));

        // Back up: the cache answers, nothing is read again.
        model.clearRequestLog();
        model.setVisibleRows(0, 2);
        QCOMPARE(model.requestCount(), 0);
        // A value at a time, for the hover.
        const auto v = model.series(1)->valueAt((kCompareNow - 1800) * 1000);
        QVERIFY(v.has_value());
        QVERIFY(*v >= 2.0 && *v <= 2.5);
    }

    void readsScrolledAwayAreIgnoredAndAMetricChangeRereads()
    {
        TempDatabase db;
        ManualClock clock(kCompareNow * 1000);
        MetricStore store(db.db(), clock);
        fillCompareHosts(store, hosts(10));
        CompareModel model(store);
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        model.setMachines(hosts(10));
        model.setMetric(CompareMetric{CompareMetric::Kind::Load, {}});
        model.setRange(kCompareNow - 7200, kCompareNow);
        model.setVisibleRows(0, 9);
        QCOMPARE(model.pendingCount(), 10);
        model.setVisibleRows(0, 1); // scrolled before any answer came back
        QCOMPARE(model.pendingCount(), 2);
        QSignalSpy idle(&model, &CompareModel::idle);
        QVERIFY(idle.wait());
        QCOMPARE(model.loadedCount(), 2);
        for (int row = 2; row < 10; ++row)
            QCOMPARE(model.state(row), CompareModel::LoadState::NotLoaded);

        model.clearRequestLog();
        model.setMetric(CompareMetric{CompareMetric::Kind::MemoryUsed, {}});
        QCOMPARE(model.requestedMachines(), hosts(2));
        QVERIFY(!model.hasScale());
        QVERIFY(idle.wait());
        const double gib = 1024.0 * 1024 * 1024;
        QCOMPARE(model.scaleMin(), 1 * gib);
        QCOMPARE(model.scaleMax(), 2 * gib);
        QCOMPARE(CompareMetric::fromId(model.metric().id()), model.metric());
        QCOMPARE(CompareMetric::fromId(QStringLiteral("series:a.b")),
                 CompareMetric::series(QStringLiteral("a.b")));
    }

    void builtInMetricsAreComputed()
    {
        TempDatabase db;
        ManualClock clock(kCompareNow * 1000);
        MetricStore store(db.db(), clock);
        SampleBatch batch;
        for (int i = 0; i <= 60; ++i) {
            const qint64 t = kCompareNow - 3600 + 60 * i;
            auto add = [&](const char* metric, SeriesType type, double value) {
                batch << IncomingSample{
                    SeriesKey{QStringLiteral("web1"), QLatin1String(metric), QStringLiteral("local")}, type,
                    t, value};
            };
            add("cpu-user", SeriesType::Derive, 1500.0 * i);  // 25 %
            add("cpu-system", SeriesType::Derive, 300.0 * i); // 5 %
            add("cpu-idle", SeriesType::Derive, 4200.0 * i);
            add("traffic-eth0-rxbytes", SeriesType::Derive, 60000.0 * i); // 1000 B/s
            add("traffic-eth1-rxbytes", SeriesType::Derive, 6000.0 * i);  // 100 B/s
            add("traffic-lo-rxbytes", SeriesType::Derive, 6e6 * i);       // left out
            add("disk-usage-sda1-used", SeriesType::Gauge, 30);
            add("disk-usage-sda1-available", SeriesType::Gauge, 70);
            add("disk-usage-sdb1-used", SeriesType::Gauge, 80);
            add("disk-usage-sdb1-available", SeriesType::Gauge, 20);
        }
        QVERIFY(store.append(batch).ok());
        QVERIFY(store.flush().ok());
        auto check = [&](CompareMetric::Kind kind, double expected) {
            auto r = CompareLoader::load(store, QStringLiteral("web1"), CompareMetric{kind, {}},
                                         kCompareNow - 3000, kCompareNow - 600, 100);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
            QVERIFY(r->known > 10);
            QVERIFY2(qAbs(r->min - expected) < 1e-6 && qAbs(r->max - expected) < 1e-6,
                     qPrintable(QStringLiteral("%1..%2").arg(r->min).arg(r->max)));
        };
        check(CompareMetric::Kind::Cpu, 30.0);
        check(CompareMetric::Kind::TrafficIn, 8800.0); // bits/s over eth0 and eth1
        check(CompareMetric::Kind::DiskUsage, 80.0);   // the fullest mount
        auto none = CompareLoader::load(store, QStringLiteral("web1"),
                                        CompareMetric{CompareMetric::Kind::TrafficOut, {}},
                                        kCompareNow - 3000, kCompareNow, 100);
        QVERIFY(none.ok());
        QCOMPARE(none->known, 0);
    }

    void aNodesMachinesComeFromTheInventory()
    {
        TempDatabase db;
        seedInventory(db.db());
        ManualClock clock(kCompareNow * 1000);
        MetricStore store(db.db(), clock);
        CompareModel model(store);
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        QSignalSpy loaded(&model, &CompareModel::nodeLoaded);
        model.loadNode(db.db(), QStringLiteral("shop")); // web01, web02 under shop/web, db01 under shop/db
        QVERIFY(loaded.wait());
        QCOMPARE(model.machines(),
                 (QStringList{QStringLiteral("db01"), QStringLiteral("web01"), QStringLiteral("web02")}));
        model.loadNode(db.db(), QStringLiteral("shop/db"));
        QVERIFY(loaded.wait());
        QCOMPARE(model.machines(), QStringList{QStringLiteral("db01")});
    }

    void aStoreThatCannotBeReadFailsTheRow()
    {
        TempDatabase db;
        ManualClock clock(kCompareNow * 1000);
        MetricStore store(db.db(), clock);
        fillCompareHosts(store, hosts(2));
        QSqlDatabase conn = db->connection();
        QVERIFY(Database::exec(conn, QStringLiteral("ALTER TABLE metric_series RENAME TO gone")).ok());
        CompareModel model(store);
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        model.setMachines(hosts(2));
        model.setRange(kCompareNow - 7200, kCompareNow);
        QSignalSpy idle(&model, &CompareModel::idle);
        model.setVisibleRows(0, 1);
        QVERIFY(idle.wait());
        QCOMPARE(model.state(0), CompareModel::LoadState::Failed);
        QVERIFY(!model.errorAt(0).isEmpty());
        QCOMPARE(model.data(model.index(0), CompareModel::ErrorRole).toString(), model.errorAt(0));
    }
};

QTEST_GUILESS_MAIN(TestCompareModel)
#include "tst_comparemodel.moc"
