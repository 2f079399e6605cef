#include "TestSupport.h"
#include "metrics/Availability.h"
#include "metrics/CpuPercent.h"
#include "metrics/MetricStore.h"
#include "metrics/UsageReport.h"

#include <QStandardPaths>
#include <QTest>

using namespace opsdeck;

namespace {

constexpr qint64 T0 = 1699920000; // a UTC midnight

void fill(MetricStore& store, const QString& machine, const QString& metric, SeriesType type, qint64 from,
          qint64 to, const std::function<double(qint64)>& value)
{
    SampleBatch batch;
    for (qint64 t = from; t <= to; t += 60)
        batch.append({{machine, metric, QStringLiteral("local")}, type, t, value(t)});
    QVERIFY(store.append(batch).ok());
    QVERIFY(store.flush().ok());
}

} // namespace

class TstStatistics : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void paramGoesIntoTheKey_data()
    {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<QString>("param");
        QTest::addColumn<QString>("key"); // empty: an error
        QTest::newRow("placeholder") << "traffic-{param}-rxbytes"
                                     << "eth0"
                                     << "traffic-eth0-rxbytes";
        QTest::newRow("traffic family") << "traffic-txbytes"
                                        << "eth1"
                                        << "traffic-eth1-txbytes";
        QTest::newRow("disk-io family") << "disk-io-read-ios"
                                        << "sda"
                                        << "disk-io-sda-read-ios";
        QTest::newRow("disk-usage family") << "disk-usage-used"
                                           << "vda"
                                           << "disk-usage-vda-used";
        QTest::newRow("total is the whole") << "cpu-user"
                                            << "total"
                                            << "cpu-user";
        QTest::newRow("no param") << "loadavg-1"
                                  << ""
                                  << "loadavg-1";
        QTest::newRow("param where none goes") << "loadavg-1"
                                               << "eth0"
                                               << "";
        QTest::newRow("placeholder without param") << "traffic-{param}-rxbytes"
                                                   << ""
                                                   << "";
    }
    void paramGoesIntoTheKey()
    {
        QFETCH(QString, metric);
        QFETCH(QString, param);
        QFETCH(QString, key);
        auto k = UsageReport::metricKey(metric, param);
        if (key.isEmpty()) {
            QVERIFY(!k.ok());
            QCOMPARE(k.error().code, Error::Code::Usage);
        } else {
            QCOMPARE(*k, key);
        }
    }

    void reportSumsRatesOverTime()
    {
        test::TempDatabase tdb;
        ManualClock clock((T0 + 7200) * 1000);
        MetricStore store(tdb.db(), clock);
        // 1000 bytes/s for the first hour, then nothing for 20 minutes, then 2000 bytes/s.
        fill(store, QStringLiteral("vm1"), QStringLiteral("traffic-eth0-rxbytes"), SeriesType::Derive, T0,
             T0 + 3600, [](qint64 t) { return double(t - T0) * 1000; });
        fill(store, QStringLiteral("vm1"), QStringLiteral("traffic-eth0-rxbytes"), SeriesType::Derive,
             T0 + 4800, T0 + 6000, [](qint64 t) { return double(t - T0 - 4800) * 2000 + 1e9; });
        UsageReport::Request r;
        r.machine = QStringLiteral("vm1");
        r.metric = QStringLiteral("traffic-rxbytes");
        r.param = QStringLiteral("eth0");
        r.statistic = UsageReport::Statistic::Sum;
        r.period = 1200;
        r.from = T0;
        r.to = T0 + 6000 - 1;
        auto rep = UsageReport::run(store, r);
        QVERIFY2(rep.ok(), qPrintable(rep.ok() ? QString() : rep.error().message));
        QCOMPARE(rep->key.metric, QStringLiteral("traffic-eth0-rxbytes"));
        QCOMPARE(rep->resolution, 60);
        QCOMPARE(rep->periods.size(), 5);
        QCOMPARE(rep->periods[0].start, T0);
        QCOMPARE(*rep->periods[0].value, 1200.0 * 1000); // bytes in 20 minutes
        QCOMPARE(*rep->periods[2].value, 1200.0 * 1000);
        QVERIFY(!rep->periods[3].value); // an empty period is null, not 0
        QCOMPARE(*rep->periods[4].value, 1200.0 * 2000);

        r.statistic = UsageReport::Statistic::Max;
        QCOMPARE(*UsageReport::run(store, r)->periods[4].value, 2000.0);
        r.statistic = UsageReport::Statistic::Avg;
        r.period = 6000;
        r.from = T0;
        // Periods are aligned to the epoch: T0 is a multiple of 6000? then one period.
        auto avg = UsageReport::run(store, r);
        QVERIFY(avg.ok());
        double known = 0;
        for (const auto& p : std::as_const(avg->periods))
            if (p.value)
                known = *p.value;
        QVERIFY(known >= 1000.0 && known <= 2000.0);
    }

    void reportPeriodMustFitTheResolution()
    {
        test::TempDatabase tdb;
        ManualClock clock((T0 + 7200) * 1000);
        MetricStore store(tdb.db(), clock);
        fill(store, QStringLiteral("vm1"), QStringLiteral("loadavg-1"), SeriesType::Gauge, T0, T0 + 3600,
             [](qint64) { return 1.0; });
        UsageReport::Request r{QStringLiteral("vm1"),
                               QStringLiteral("loadavg-1"),
                               {},
                               {},
                               UsageReport::Statistic::Avg,
                               90,
                               T0,
                               T0 + 3600};
        QCOMPARE(UsageReport::run(store, r).error().code, Error::Code::Usage);
        r.metric = QStringLiteral("missing");
        r.period = 300;
        QCOMPARE(UsageReport::run(store, r).error().code, Error::Code::NotFound);
    }

    void gaugeMinMaxAvg()
    {
        test::TempDatabase tdb;
        ManualClock clock((T0 + 7200) * 1000);
        MetricStore store(tdb.db(), clock);
        fill(store, QStringLiteral("vm1"), QStringLiteral("mem"), SeriesType::Gauge, T0, T0 + 600,
             [](qint64 t) { return double((t - T0) / 60); }); // 0..10
        UsageReport::Request r{QStringLiteral("vm1"),
                               QStringLiteral("mem"),
                               {},
                               {},
                               UsageReport::Statistic::Min,
                               300,
                               T0,
                               T0 + 599};
        // A gauge's value holds for the minute before it: [T0, T0+300) sees 1..5.
        QCOMPARE(*UsageReport::run(store, r)->periods[0].value, 1.0);
        r.statistic = UsageReport::Statistic::Max;
        QCOMPARE(*UsageReport::run(store, r)->periods[0].value, 5.0);
        r.statistic = UsageReport::Statistic::Avg;
        QCOMPARE(*UsageReport::run(store, r)->periods[1].value, 8.0);
    }

    void availabilityIsGoodOverAllButClientErrors()
    {
        test::TempDatabase tdb;
        ManualClock clock((T0 + 86400 * 3) * 1000);
        MetricStore store(tdb.db(), clock);
        const QString p = QStringLiteral("domain.example_com");
        // Requests per minute: day 1: 90 2xx, 5 3xx, 3 4xx, 2 5xx; day 2: 50/0/10/50.
        auto per = [&](double d1, double d2) {
            return [=](qint64 t) {
                return t <= T0 + 86400 ? d1 : d2;
            };
        };
        fill(store, {}, p + QStringLiteral(".2xx"), SeriesType::Gauge, T0, T0 + 2 * 86400 - 60, per(90, 50));
        fill(store, {}, p + QStringLiteral(".3xx"), SeriesType::Gauge, T0, T0 + 2 * 86400 - 60, per(5, 0));
        fill(store, {}, p + QStringLiteral(".4xx"), SeriesType::Gauge, T0, T0 + 2 * 86400 - 60, per(3, 10));
        fill(store, {}, p + QStringLiteral(".5xx"), SeriesType::Gauge, T0, T0 + 2 * 86400 - 60, per(2, 50));
        auto rep = Availability::run(store, {}, p, T0 + 60, T0 + 2 * 86400 - 1, 86400);
        QVERIFY2(rep.ok(), qPrintable(rep.ok() ? QString() : rep.error().message));
        QCOMPARE(rep->periods.size(), 2);
        QVERIFY(qAbs(*rep->periods[0].availability - 95.0 / 97.0) < 1e-9);
        QVERIFY(qAbs(*rep->periods[1].availability - 50.0 / 100.0) < 1e-9);
        QVERIFY(qAbs(*rep->average - (95.0 / 97.0 + 0.5) / 2) < 1e-9);
        // Whole range at once: weighted by requests.
        auto whole = Availability::run(store, {}, p, T0 + 60, T0 + 2 * 86400 - 1);
        QCOMPARE(whole->periods.size(), 1);
        QVERIFY(*whole->periods[0].availability > 0.5 && *whole->periods[0].availability < 95.0 / 97.0);
        // No 2xx series: not found.
        QCOMPARE(Availability::run(store, {}, QStringLiteral("nope"), T0, T0 + 60).error().code,
                 Error::Code::NotFound);
        // n-day average of a series.
        MetricQuery q;
        q.metric = p + QStringLiteral(".2xx");
        auto avg = Availability::nDayAverage(store, q, 2, T0 + 2 * 86400);
        QVERIFY(avg.ok() && avg->has_value());
        QVERIFY(qAbs(**avg - 70.0) < 0.1);
    }

    void cpuPercentOfAllCpuTime()
    {
        QHash<QString, double> rates{{QStringLiteral("cpu-user"), 30},   {QStringLiteral("cpu-nice"), 0},
                                     {QStringLiteral("cpu-system"), 10}, {QStringLiteral("cpu-idle"), 50},
                                     {QStringLiteral("cpu-iowait"), 5},  {QStringLiteral("cpu-irq"), 0},
                                     {QStringLiteral("cpu-softirq"), 5}, {QStringLiteral("cpu-steal"), 0},
                                     {QStringLiteral("cpu-guest"), 20}};
        const auto pct = CpuPercent::percent(rates);
        QCOMPARE(pct.value(QStringLiteral("cpu-user")), 30.0); // guest is not added to the total
        QCOMPARE(pct.value(QStringLiteral("cpu-guest")), 20.0);
        rates.remove(QStringLiteral("cpu-idle"));
        QVERIFY(CpuPercent::percent(rates).isEmpty());
    }

    void cpuPercentSeries()
    {
        test::TempDatabase tdb;
        ManualClock clock((T0 + 3600) * 1000);
        MetricStore store(tdb.db(), clock);
        // jiffies per minute: user 1200, system 600, idle 4200 (100 Hz x 60 s = 6000, one CPU); no steal
        // series.
        const QHash<QString, double> perMinute{
            {QStringLiteral("user"), 1200}, {QStringLiteral("nice"), 0},   {QStringLiteral("system"), 600},
            {QStringLiteral("idle"), 4200}, {QStringLiteral("iowait"), 0}, {QStringLiteral("irq"), 0},
            {QStringLiteral("softirq"), 0}};
        for (auto it = perMinute.begin(); it != perMinute.end(); ++it) {
            const double rate = it.value();
            fill(store, QStringLiteral("web1"), QStringLiteral("cpu-") + it.key(), SeriesType::Derive, T0,
                 T0 + 1800, [=](qint64 t) { return double((t - T0) / 60) * rate; });
        }
        auto cpuQuery = [](const QString& mode, qint64 from, qint64 to, int maxPoints = 0) {
            MetricQuery q;
            q.machine = QStringLiteral("web1");
            q.metric = mode;
            q.from = from;
            q.to = to;
            q.maxPoints = maxPoints;
            return q;
        };
        auto data = CpuPercent::query(store, cpuQuery(QStringLiteral("user"), T0, T0 + 1800));
        QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error().message));
        QCOMPARE(data->points.size(), 30);
        for (const auto& p : std::as_const(data->points))
            QVERIFY(p.value && qAbs(*p.value - 20.0) < 1e-9);
        auto few = CpuPercent::query(store, cpuQuery(QStringLiteral("cpu-idle"), T0, T0 + 1800, 10));
        QVERIFY(few->points.size() <= 10);
        QVERIFY(qAbs(*few->points.first().value - 70.0) < 1e-9);
        QCOMPARE(CpuPercent::query(store, cpuQuery(QStringLiteral("steal"), T0, T0 + 60)).error().code,
                 Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TstStatistics)
#include "tst_statistics.moc"
