// The host page without a display: HostPagePlanner's groups for a machine's series, the
// charts HostPageLoader reads from a real MetricStore (stacks, units, legends), graph
// definition files that restyle or add a group, and GraphEvaluator's RPN.

#include "TestSupport.h"
#include "charts/GraphEvaluator.h"
#include "charts/HostPageLoader.h"
#include "charts/HostPageMounts.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace opsdeck;

namespace {

SeriesInfo info(const QString& metric, const QString& source = QStringLiteral("local"))
{
    SeriesInfo i;
    i.key = SeriesKey{QStringLiteral("web1"), metric, source};
    return i;
}

QStringList groupIds(const HostPagePlan& plan)
{
    QStringList ids;
    for (const auto& g : plan.groups)
        ids << g.id;
    return ids;
}

QStringList graphIds(const HostPageData& page)
{
    QStringList ids;
    for (const auto& g : page.groups) {
        for (const auto& c : g.charts)
            ids << c.id;
    }
    return ids;
}

const ChartLine* lineOf(const ChartData* chart, const QString& name)
{
    if (!chart)
        return nullptr;
    for (const auto& l : chart->lines) {
        if (l.name == name)
            return &l;
    }
    return nullptr;
}

double lastY(const ChartLine* line)
{
    return line && !line->segments.isEmpty() ? line->segments.last().last().y() : qQNaN();
}

// 31 passes 10 s apart of a small Linux host, and series of three other sources.
void fillHost(MetricStore& store, qint64 t0)
{
    for (int i = 0; i <= 30; ++i) {
        const qint64 t = t0 + 10 * i;
        SampleBatch batch;
        auto add = [&](const QString& metric, SeriesType type, double value,
                       const QString& source = QStringLiteral("local")) {
            batch << IncomingSample{SeriesKey{QStringLiteral("web1"), metric, source}, type, t, value};
        };
        add(QStringLiteral("cpu-user"), SeriesType::Derive, 250.0 * i);
        add(QStringLiteral("cpu-system"), SeriesType::Derive, 50.0 * i);
        add(QStringLiteral("cpu-idle"), SeriesType::Derive, 700.0 * i);
        for (const char* m : {"nice", "iowait", "irq", "softirq", "steal"})
            add(QStringLiteral("cpu-") + QLatin1String(m), SeriesType::Derive, 0);
        add(QStringLiteral("loadavg-1"), SeriesType::Gauge, 0.5);
        add(QStringLiteral("loadavg-5"), SeriesType::Gauge, 0.25);
        add(QStringLiteral("memory-used"), SeriesType::Gauge, 3.0 * 1024 * 1024 * 1024);
        add(QStringLiteral("memory-buffers"), SeriesType::Gauge, 0.5 * 1024 * 1024 * 1024);
        add(QStringLiteral("memory-cached"), SeriesType::Gauge, 1.0 * 1024 * 1024 * 1024);
        add(QStringLiteral("memory-free"), SeriesType::Gauge, 1.5 * 1024 * 1024 * 1024);
        add(QStringLiteral("memory-swap-used"), SeriesType::Gauge, 1024);
        add(QStringLiteral("traffic-eth0-rxbytes"), SeriesType::Derive,
            125000.0 * i); // 12,500 B/s = 100 kbit/s
        add(QStringLiteral("traffic-eth0-txbytes"), SeriesType::Derive, 1250.0 * i);
        add(QStringLiteral("traffic-eth1-rxbytes"), SeriesType::Derive, 0);
        add(QStringLiteral("traffic-eth1-txbytes"), SeriesType::Derive, 0);
        add(QStringLiteral("disk-io-sda-read-sectors"), SeriesType::Derive, 20.0 * i); // 1024 B/s
        add(QStringLiteral("disk-io-sda-write-sectors"), SeriesType::Derive, 40.0 * i);
        add(QStringLiteral("disk-usage-sda1-used"), SeriesType::Gauge, 300);
        add(QStringLiteral("disk-usage-sda1-available"), SeriesType::Gauge, 100);
        add(QStringLiteral("tcp-established"), SeriesType::Gauge, 42);
        add(QStringLiteral("servers.web1.nginx.requests"), SeriesType::Gauge, 7,
            QStringLiteral("graphite-push"));
        add(QStringLiteral("servers.web1.nginx.errors"), SeriesType::Gauge, 1,
            QStringLiteral("graphite-push"));
        add(QStringLiteral("rate(http_requests_total{job=\"api\"}[5m])"), SeriesType::Gauge, 12,
            QStringLiteral("prometheus"));
        add(QStringLiteral("queue-length"), SeriesType::Gauge, 5 + i % 3, QStringLiteral("plugin"));
        QVERIFY2(store.append(batch).ok(), "append");
    }
    QVERIFY(store.flush().ok());
}

} // namespace

class TestHostPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void planHasKuradosGroupsThenTheRest()
    {
        const QList<SeriesInfo> series = {
            info(QStringLiteral("cpu-user")),
            info(QStringLiteral("cpu-idle")),
            info(QStringLiteral("loadavg-1")),
            info(QStringLiteral("memory-used")),
            info(QStringLiteral("traffic-eth0-rxbytes")),
            info(QStringLiteral("traffic-eth0-txbytes")),
            info(QStringLiteral("traffic-lo-rxbytes")),
            info(QStringLiteral("disk-io-sda-read-sectors")),
            info(QStringLiteral("disk-usage-sda1-used")),
            info(QStringLiteral("disk-usage-sda1-available")),
            info(QStringLiteral("tcp-established")),
            info(QStringLiteral("processors")),
            info(QStringLiteral("memory-swap-used")),
            info(QStringLiteral("servers.web1.nginx.requests"), QStringLiteral("graphite-push")),
            info(QStringLiteral("servers.web1.nginx.errors"), QStringLiteral("graphite-push")),
            info(QStringLiteral("servers.web1.disk.free"), QStringLiteral("graphite-push")),
            info(QStringLiteral("sum(rate(node_cpu_seconds_total[5m])) by (mode)"),
                 QStringLiteral("prometheus")),
            info(QStringLiteral("sys.cpu.user"), QStringLiteral("opentsdb")),
        };
        const HostPagePlan plan = HostPagePlanner::plan(QStringLiteral("web1"), series);
        QCOMPARE(groupIds(plan), (QStringList{"cpu", "load", "memory", "traffic", "disk-io", "disk-usage",
                                              "tcp", "series:graphite-push", "series:local",
                                              "series:opentsdb", "series:prometheus"}));
        const HostGraphGroup& traffic = plan.groups[3];
        QCOMPARE(traffic.graphs.size(), 2); // eth0 and lo, one graph each
        QCOMPARE(traffic.graphs[0].id, QStringLiteral("traffic:eth0"));
        QCOMPARE(traffic.graphs[0].definition.defs[0].metric, QStringLiteral("traffic-eth0-rxbytes"));
        QCOMPARE(traffic.graphs[0].unit, ValueUnit::BitsPerSec);
        // Graphite paths grouped by their prefix: two charts.
        const HostGraphGroup& graphite = plan.groups[7];
        QCOMPARE(graphite.graphs.size(), 2);
        QCOMPARE(graphite.graphs[1].title, QStringLiteral("servers.web1.nginx"));
        QCOMPARE(graphite.graphs[1].metrics,
                 (QStringList{"servers.web1.nginx.errors", "servers.web1.nginx.requests"}));
        // What the built-ins do not read of the local collector: memory-swap-used; never processors.
        QCOMPARE(plan.groups[8].graphs.size(), 1);
        QCOMPARE(plan.groups[8].graphs[0].metrics, QStringList{"memory-swap-used"});
        QCOMPARE(plan.groups[10].graphs[0].title, QStringLiteral("node_cpu_seconds_total"));
    }

    void diskUsageIsTitledByMount()
    {
        const QList<SeriesInfo> series = {
            info(QStringLiteral("disk-usage-sdb1-used")),
            info(QStringLiteral("disk-usage-sdb1-available")),
            info(QStringLiteral("disk-usage-sda2-used")),
            info(QStringLiteral("disk-usage-sda2-available")),
            info(QStringLiteral("disk-usage-sda1-used")),
            info(QStringLiteral("disk-usage-sda1-available")),
            info(QStringLiteral("disk-usage-sdc-used")),
            info(QStringLiteral("disk-usage-sdc-available")),
            info(QStringLiteral("disk-io-sda-read-sectors")),
        };
        // sda1 is mounted twice (a bind mount); sdc's mount is not known.
        const DeviceMounts mounts{{QStringLiteral("sda1"), {QStringLiteral("/"), QStringLiteral("/srv")}},
                                  {QStringLiteral("sda2"), {QStringLiteral("/home")}},
                                  {QStringLiteral("sdb1"), {QStringLiteral("/data")}},
                                  {QStringLiteral("sda"), {QStringLiteral("/nowhere")}}};
        const HostPagePlan plan = HostPagePlanner::plan(QStringLiteral("web1"), series, {}, mounts);
        QCOMPARE(groupIds(plan), (QStringList{"disk-io", "disk-usage"}));
        const HostGraphGroup& usage = plan.groups[1];
        QStringList ids, titles;
        for (const auto& g : usage.graphs) {
            ids << g.id;
            titles << g.definition.title;
        }
        // One chart per device, in mount order, titled by its mount points; the series as they are.
        QCOMPARE(ids,
                 (QStringList{"disk-usage:sda1", "disk-usage:sdb1", "disk-usage:sda2", "disk-usage:sdc"}));
        QCOMPARE(titles, (QStringList{"/, /srv (sda1)", "/data (sdb1)", "/home (sda2)", "sdc"}));
        QCOMPARE(usage.graphs[2].definition.defs[0].metric, QStringLiteral("disk-usage-sda2-used"));
        // Disk I/O stays per device.
        QCOMPARE(plan.groups[0].graphs[0].definition.title, QStringLiteral("sda"));
        // Without mounts: by device, as before.
        const HostPagePlan bare = HostPagePlanner::plan(QStringLiteral("web1"), series);
        QCOMPARE(bare.groups[1].graphs[0].definition.title, QStringLiteral("sda1"));
        QCOMPARE(HostPagePlanner::diskUsageTitle(QStringLiteral("sda2"), {QStringLiteral("/home")}),
                 QStringLiteral("/home (sda2)"));
    }

    void loaderReadsTheMountsFromMachineMeta()
    {
        test::TempDatabase db;
        MetricStore store(db.db());
        const qint64 t0 = QDateTime::currentSecsSinceEpoch() - 600;
        fillHost(store, t0);
        {
            QSqlDatabase c = db->connection();
            QVERIFY(Database::exec(
                        c, QStringLiteral("INSERT INTO pools (name, created_at) VALUES ('default', 0)"))
                        .ok());
            QVERIFY(
                Database::exec(c, QStringLiteral("INSERT INTO machines (name, address, pool_id, created_at) "
                                                 "VALUES ('web1', '10.0.0.1', (SELECT id FROM pools), 0)"))
                    .ok());
            QVERIFY(Database::exec(c,
                                   QStringLiteral("INSERT INTO machine_meta (machine_id, key, value, source, "
                                                  "updated_at) VALUES ((SELECT id FROM machines), ?, ?, "
                                                  "'node-exporter', 0)"),
                                   {QStringLiteral("disk-usage-sda1-mount"), QStringLiteral("/var\n/srv")})
                        .ok());
        }
        auto mounts = HostPageMounts::read(*db, QStringLiteral("web1"));
        QVERIFY(mounts.ok());
        QCOMPARE(*mounts,
                 (DeviceMounts{{QStringLiteral("sda1"), {QStringLiteral("/var"), QStringLiteral("/srv")}}}));
        QVERIFY(HostPageMounts::read(*db, QStringLiteral("nosuch"))->isEmpty());

        HostPageLoader::Request request;
        request.machine = QStringLiteral("web1");
        request.from = t0 - 60;
        request.to = t0 + 400;
        request.inventory = db.db();
        const HostPageData page = HostPageLoader::load(store, request);
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        const ChartData* usage = page.chart(QStringLiteral("disk-usage:sda1"));
        QVERIFY(usage);
        QCOMPARE(usage->title, QStringLiteral("/var, /srv (sda1)"));
        QCOMPARE(lastY(lineOf(usage, QStringLiteral("used"))), 75.0);
    }

    void groupPrefixes()
    {
        QCOMPARE(HostPagePlanner::groupPrefix(QStringLiteral("servers.web1.cpu")),
                 QStringLiteral("servers.web1"));
        QCOMPARE(HostPagePlanner::groupPrefix(QStringLiteral("nginx")), QStringLiteral("nginx"));
        QCOMPARE(HostPagePlanner::groupPrefix(QStringLiteral("memory-swap-used")), QStringLiteral("memory"));
        QCOMPARE(HostPagePlanner::groupPrefix(QStringLiteral("rate(http_requests_total{job=\"api\"}[5m])")),
                 QStringLiteral("http_requests_total"));
    }

    void loadsTheHostPageFromTheStore()
    {
        test::TempDatabase db;
        MetricStore store(db.db());
        const qint64 t0 = QDateTime::currentSecsSinceEpoch() - 600;
        fillHost(store, t0);
        HostPageLoader::Request request;
        request.machine = QStringLiteral("web1");
        request.from = t0 - 60;
        request.to = t0 + 400;
        request.maxPoints = 500;
        const HostPageData page = HostPageLoader::load(store, request);
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        QCOMPARE(page.firstSample, t0);
        QCOMPARE(graphIds(page),
                 (QStringList{"cpu", "load", "memory", "traffic:eth0", "traffic:eth1", "disk-io:sda",
                              "disk-usage:sda1", "tcp-established", "series:graphite-push:servers.web1.nginx",
                              "series:local:memory", "series:plugin:queue",
                              "series:prometheus:http_requests_total"}));

        // CPU: stacked areas of percent; user 25 %, system on top of it to 30 %.
        const ChartData* cpu = page.chart(QStringLiteral("cpu"));
        QVERIFY(cpu);
        QCOMPARE(cpu->yMax, 100.0);
        const ChartLine* user = lineOf(cpu, QStringLiteral("user"));
        const ChartLine* system = lineOf(cpu, QStringLiteral("system"));
        QVERIFY(user && system);
        QCOMPARE(user->style, ChartLineStyle::Area);
        QCOMPARE(system->style, ChartLineStyle::Stack);
        QCOMPARE(user->color, QStringLiteral("#a9a9a9"));
        QVERIFY2(std::abs(lastY(user) - 25.0) < 0.01, qPrintable(QString::number(lastY(user))));
        QVERIFY2(std::abs(lastY(system) - 30.0) < 0.01, qPrintable(QString::number(lastY(system))));
        QCOMPARE(system->legendValues.first(), QStringLiteral("Cur:  5.0%"));
        QVERIFY(!lineOf(cpu, QStringLiteral("idle")));

        // Memory: stacked used, buffers, cached, free in GiB.
        const ChartData* mem = page.chart(QStringLiteral("memory"));
        QVERIFY(mem);
        QCOMPARE(mem->unit, QStringLiteral("GiB"));
        QCOMPARE(mem->valueUnit, QStringLiteral("bytes"));
        QCOMPARE(mem->lines.size(), 4);
        QCOMPARE(lastY(lineOf(mem, QStringLiteral("used"))), 3.0);
        QCOMPARE(lastY(lineOf(mem, QStringLiteral("buffers"))), 3.5);
        QCOMPARE(lastY(lineOf(mem, QStringLiteral("cached"))), 4.5);
        QCOMPARE(lastY(lineOf(mem, QStringLiteral("free"))), 6.0);
        QCOMPARE(lineOf(mem, QStringLiteral("free"))->style, ChartLineStyle::Stack);
        QCOMPARE(lineOf(mem, QStringLiteral("used"))->legendValues,
                 (QStringList{"Cur:   3.2GB", "Max:   3.2GB"})); // RRDtool's %s is SI

        // Traffic in bits/s: 12,500 B/s in = 100 kbit/s.
        const ChartData* eth0 = page.chart(QStringLiteral("traffic:eth0"));
        QVERIFY(eth0);
        QCOMPARE(eth0->title, QStringLiteral("eth0"));
        QCOMPARE(eth0->unit, QStringLiteral("kbit/s"));
        QVERIFY2(std::abs(lastY(lineOf(eth0, QStringLiteral("in"))) - 100.0) < 0.01,
                 qPrintable(QString::number(lastY(lineOf(eth0, QStringLiteral("in"))))));
        QCOMPARE(lineOf(eth0, QStringLiteral("in"))->legendValues.first(), QStringLiteral("Cur:100.00kbps"));
        QCOMPARE(lineOf(eth0, QStringLiteral("out"))->style, ChartLineStyle::Line);
        QVERIFY(eth0->resolution >= 1);

        // Disk I/O in bytes/s (sectors of 512), disk usage in percent.
        const ChartData* sda = page.chart(QStringLiteral("disk-io:sda"));
        QVERIFY(sda);
        QCOMPARE(sda->unit, QStringLiteral("KiB/s"));
        QVERIFY(std::abs(lastY(lineOf(sda, QStringLiteral("read"))) - 1.0) < 0.01);
        QVERIFY(std::abs(lastY(lineOf(sda, QStringLiteral("write"))) - 3.0) < 0.01); // stacked: 1 + 2
        const ChartData* usage = page.chart(QStringLiteral("disk-usage:sda1"));
        QVERIFY(usage);
        QCOMPARE(lastY(lineOf(usage, QStringLiteral("used"))), 75.0);
        QCOMPARE(usage->unit, QStringLiteral("%"));

        const ChartData* tcp = page.chart(QStringLiteral("tcp-established"));
        QVERIFY(tcp);
        QCOMPARE(tcp->kind, MachineChartKind::Tcp);
        QCOMPARE(lastY(lineOf(tcp, QStringLiteral("established"))), 42.0);

        // The other sources' series, each from its own source.
        const ChartData* nginx = page.chart(QStringLiteral("series:graphite-push:servers.web1.nginx"));
        QVERIFY(nginx);
        QCOMPARE(nginx->source, QStringLiteral("graphite-push"));
        QCOMPARE(nginx->lines.size(), 2);
        QCOMPARE(lastY(lineOf(nginx, QStringLiteral("servers.web1.nginx.requests"))), 7.0);
    }

    void definitionFilesRestyleAndAdd()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto write = [&](const QString& name, const QByteArray& text) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        write(QStringLiteral("memory.def"), "@@ memory\nRAM\n"
                                            "DEF:u=<%RRD_FOR memory-used.gauge %>:n:AVERAGE\n"
                                            "LINE2:u#123456:in use\n"
                                            "GPRINT:u:AVERAGE:Ave\\:%6.1lf%sByte\\l\n");
        write(QStringLiteral("queue.def"), "Queue\n"
                                           "DEF:q=<%RRD_FOR queue-length.gauge %>:n:MAX\n"
                                           "AREA:q#336699:queue\n"
                                           "GPRINT:q:MIN:Min\\:%3.0lf\n"
                                           "GPRINT:q:MAX:Max\\:%3.0lf\n");
        QVERIFY(QFile::copy(QStringLiteral(OPSDECK_TEST_DATA "/graphs/typo.def"),
                            dir.filePath(QStringLiteral("typo.def"))));
        write(QStringLiteral("ignored.txt"), "not a definition");
        const GraphDefinitionSet set = HostPagePlanner::loadDefinitions(dir.path());
        QCOMPARE(set.errors, QStringList{"typo.def: line 7: unknown element 'LIEN2'"});
        QCOMPARE(set.graphs.size(), 2);

        test::TempDatabase db;
        MetricStore store(db.db());
        const qint64 t0 = QDateTime::currentSecsSinceEpoch() - 600;
        fillHost(store, t0);
        HostPageLoader::Request request;
        request.machine = QStringLiteral("web1");
        request.from = t0 - 60;
        request.to = t0 + 400;
        request.definitions = set.graphs;
        request.definitionErrors = set.errors;
        const HostPageData page = HostPageLoader::load(store, request);
        QCOMPARE(page.notes, set.errors);
        // memory.def restyles the built-in memory graph in place.
        const ChartData* mem = page.chart(QStringLiteral("memory"));
        QVERIFY(mem);
        QCOMPARE(mem->title, QStringLiteral("RAM"));
        QCOMPARE(mem->lines.size(), 1);
        QCOMPARE(mem->lines[0].color, QStringLiteral("#123456"));
        QCOMPARE(mem->lines[0].width, 2.0);
        QCOMPARE(mem->lines[0].legendValues, QStringList{"Ave:   3.2GByte"});
        QCOMPARE(mem->unit, QStringLiteral("GiB"));
        QCOMPARE(page.groups[2].id, QStringLiteral("memory"));
        // queue.def adds a group; the plugin's series is no longer among the leftovers.
        const ChartData* queue = page.chart(QStringLiteral("queue"));
        QVERIFY(queue);
        QCOMPARE(queue->lines[0].legendValues, (QStringList{"Min:  5", "Max:  7"}));
        QVERIFY(!page.chart(QStringLiteral("series:plugin:queue")));
        // The other memory-* series the restyled graph does not read land with the leftovers.
        QVERIFY(page.chart(QStringLiteral("series:local:memory")));
    }

    void rpn_data()
    {
        QTest::addColumn<QString>("expr");
        QTest::addColumn<double>("result");
        QTest::newRow("arith") << QStringLiteral("a,8,*") << 16.0;
        QTest::newRow("limit in") << QStringLiteral("a,0,10,LIMIT") << 2.0;
        QTest::newRow("limit out") << QStringLiteral("a,5,10,LIMIT") << qQNaN();
        QTest::newRow("unknown") << QStringLiteral("a,u,+") << qQNaN();
        QTest::newRow("addnan") << QStringLiteral("a,u,ADDNAN") << 2.0;
        QTest::newRow("un if") << QStringLiteral("u,UN,0,u,IF") << 0.0;
        QTest::newRow("div0") << QStringLiteral("a,0,/") << qQNaN();
        QTest::newRow("percent") << QStringLiteral("a,a,b,+,/,100,*") << 25.0;
        QTest::newRow("exc") << QStringLiteral("a,b,EXC,-") << 4.0;
    }
    void rpn()
    {
        QFETCH(QString, expr);
        QFETCH(double, result);
        const QHash<QString, GraphEvaluator::Column> cols = {
            {QStringLiteral("a"), {2.0}}, {QStringLiteral("b"), {6.0}}, {QStringLiteral("u"), {qQNaN()}}};
        const auto out = GraphEvaluator::evaluateRpn(expr.split(QLatin1Char(',')), cols, 1);
        if (std::isnan(result))
            QVERIFY(std::isnan(out[0]));
        else
            QCOMPARE(out[0], result);
    }

    void onGridHoldsWithinTheStep()
    {
        const QList<SeriesPoint> pts = {{100, 1.0}, {160, std::nullopt}, {400, 3.0}};
        const auto col = GraphEvaluator::onGrid(pts, {90, 100, 130, 160, 200, 400, 700}, 60);
        QVERIFY(std::isnan(col[0]));
        QCOMPARE(col[1], 1.0);
        QCOMPARE(col[2], 1.0);
        QVERIFY(std::isnan(col[3])); // the gap marker
        QVERIFY(std::isnan(col[4]));
        QCOMPARE(col[5], 3.0);
        QVERIFY(std::isnan(col[6])); // too long after
    }
};

QTEST_GUILESS_MAIN(TestHostPage)
#include "tst_hostpage.moc"
