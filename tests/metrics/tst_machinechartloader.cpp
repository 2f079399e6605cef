// MachineChartLoader: gap splitting, unit scaling, and the charts it builds from a real
// MetricStore on a temporary database.

#include "TestSupport.h"
#include "metrics/MachineChartLoader.h"
#include "metrics/MetricStore.h"

#include <QStandardPaths>
#include <QTest>

using namespace opsdeck;

namespace {
SeriesPoint pt(qint64 t, std::optional<double> v)
{
    SeriesPoint p;
    p.timestamp = t;
    p.value = v;
    return p;
}

const ChartData* chartOf(const MachineChartSet& set, MachineChartKind kind)
{
    for (const auto& c : set.charts) {
        if (c.kind == kind)
            return &c;
    }
    return nullptr;
}

const ChartLine* lineOf(const ChartData& chart, const QString& name)
{
    for (const auto& l : chart.lines) {
        if (l.name == name)
            return &l;
    }
    return nullptr;
}
} // namespace

class TestMachineChartLoader : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void segmentsSplitAtUnknownAndLongGaps()
    {
        const QList<SeriesPoint> points = {
            pt(100, 1), pt(110, 2), pt(120, std::nullopt), pt(130, 4), pt(140, 5), pt(300, 6), pt(310, 7)};
        const auto segments = MachineChartLoader::toSegments(points, 30, 2.0);
        QCOMPARE(segments.size(), 3);
        QCOMPARE(segments[0].size(), 2);
        QCOMPARE(segments[1].size(), 2);
        QCOMPARE(segments[2].size(), 2);
        QCOMPARE(segments[0][0], QPointF(100000.0, 2.0)); // x in ms, y scaled
        QCOMPARE(segments[2][1], QPointF(310000.0, 14.0));
    }

    void segmentsOfNothing()
    {
        QVERIFY(MachineChartLoader::toSegments({}, 30).isEmpty());
        QVERIFY(MachineChartLoader::toSegments({pt(1, std::nullopt), pt(2, std::nullopt)}, 30).isEmpty());
    }

    void binaryScale_data()
    {
        QTest::addColumn<double>("max");
        QTest::addColumn<double>("divisor");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("zero") << 0.0 << 1.0 << QString();
        QTest::newRow("bytes") << 1000.0 << 1.0 << QString();
        QTest::newRow("KiB") << 2048.0 << 1024.0 << QStringLiteral("Ki");
        QTest::newRow("GiB") << 8.0 * 1024 * 1024 * 1024 << 1024.0 * 1024 * 1024 << QStringLiteral("Gi");
    }
    void binaryScale()
    {
        QFETCH(double, max);
        QFETCH(double, divisor);
        QFETCH(QString, prefix);
        const auto [d, p] = MachineChartLoader::binaryScale(max);
        QCOMPARE(d, divisor);
        QCOMPARE(p, prefix);
    }

    void buildsChartsFromTheStore()
    {
        test::TempDatabase db;
        MetricStore store(db.db());
        const qint64 t0 = QDateTime::currentSecsSinceEpoch() - 600;
        // 31 passes 10 s apart: CPU 25 % user, 75 % idle; 1000 B/s in, 500 B/s out on eth0.
        for (int i = 0; i <= 30; ++i) {
            const qint64 t = t0 + 10 * i;
            SampleBatch batch;
            auto add = [&](const QString& metric, SeriesType type, double value) {
                IncomingSample s;
                s.key = SeriesKey{QStringLiteral("web1"), metric, QStringLiteral("local")};
                s.type = type;
                s.timestamp = t;
                s.value = value;
                batch << s;
            };
            add(QStringLiteral("cpu-user"), SeriesType::Derive, 250.0 * i);
            add(QStringLiteral("cpu-idle"), SeriesType::Derive, 750.0 * i);
            for (const char* m : {"nice", "system", "iowait", "irq", "softirq", "steal"})
                add(QStringLiteral("cpu-") + QLatin1String(m), SeriesType::Derive, 0);
            add(QStringLiteral("loadavg-1"), SeriesType::Gauge, 0.5);
            add(QStringLiteral("memory-used"), SeriesType::Gauge, 3.0 * 1024 * 1024 * 1024);
            add(QStringLiteral("memory-free"), SeriesType::Gauge, 1.0 * 1024 * 1024 * 1024);
            add(QStringLiteral("traffic-eth0-rxbytes"), SeriesType::Derive, 10000.0 * i);
            add(QStringLiteral("traffic-eth0-txbytes"), SeriesType::Derive, 5000.0 * i);
            add(QStringLiteral("disk-usage-sda1-used"), SeriesType::Gauge, 300);
            add(QStringLiteral("disk-usage-sda1-available"), SeriesType::Gauge, 100);
            QVERIFY2(store.append(batch).ok(), "append");
        }
        QVERIFY(store.flush().ok());
        MachineChartLoader::Request request;
        request.machine = QStringLiteral("web1");
        request.from = t0 - 60;
        request.to = t0 + 400;
        request.maxPoints = 500;
        const MachineChartSet set = MachineChartLoader::load(store, request);
        QVERIFY2(set.error.isEmpty(), qPrintable(set.error));
        QCOMPARE(set.charts.size(), 6);

        const ChartData* cpu = chartOf(set, MachineChartKind::Cpu);
        QVERIFY(cpu);
        const ChartLine* user = lineOf(*cpu, QStringLiteral("user"));
        QVERIFY(user);
        QVERIFY(user->pointCount() > 0);
        for (const auto& seg : user->segments) {
            for (const auto& p : seg)
                QVERIFY2(qAbs(p.y() - 25.0) < 0.01, qPrintable(QString::number(p.y())));
        }
        QVERIFY(!lineOf(*cpu, QStringLiteral("idle"))); // the rest of 100 %, not drawn

        const ChartData* load = chartOf(set, MachineChartKind::Load);
        QVERIFY(load && load->pointCount() > 0);

        const ChartData* mem = chartOf(set, MachineChartKind::Memory);
        QVERIFY(mem);
        QCOMPARE(mem->unit, QStringLiteral("GiB"));
        const ChartLine* used = lineOf(*mem, QStringLiteral("used"));
        QVERIFY(used && used->pointCount() > 0);
        QCOMPARE(used->segments.first().first().y(), 3.0);

        const ChartData* net = chartOf(set, MachineChartKind::Network);
        QVERIFY(net);
        QCOMPARE(net->unit, QStringLiteral("B/s"));
        const ChartLine* rx = lineOf(*net, QStringLiteral("eth0 rx"));
        QVERIFY(rx && rx->pointCount() > 0);
        QVERIFY2(qAbs(rx->segments.first().last().y() - 1000.0) < 0.01,
                 qPrintable(QString::number(rx->segments.first().last().y())));

        const ChartData* disk = chartOf(set, MachineChartKind::DiskUsage);
        QVERIFY(disk);
        const ChartLine* sda = lineOf(*disk, QStringLiteral("sda1"));
        QVERIFY(sda && sda->pointCount() > 0);
        QCOMPARE(sda->segments.first().first().y(), 75.0);
    }

    void unknownMachineGivesEmptyCharts()
    {
        test::TempDatabase db;
        MetricStore store(db.db());
        MachineChartLoader::Request request;
        request.machine = QStringLiteral("nobody");
        request.from = 0;
        request.to = 3600;
        const MachineChartSet set = MachineChartLoader::load(store, request);
        QCOMPARE(set.charts.size(), 6);
        for (const auto& c : set.charts)
            QCOMPARE(c.pointCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMachineChartLoader)
#include "tst_machinechartloader.moc"
