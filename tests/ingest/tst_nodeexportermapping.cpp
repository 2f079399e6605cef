// node_exporter → Kurado base names and units, on a real page captured from
// prometheus-node-exporter 1.5 (tests/data/ingest/node_exporter_metrics.txt), and on
// macOS, FreeBSD, OpenBSD and NetBSD pages assembled from those collectors' metric names
// (tests/data/ingest/node_exporter_{darwin,freebsd,openbsd,netbsd}.txt), with how many of each
// page's series were mapped.

#include "TestSupport.h"
#include "ingest/NodeExporterMapping.h"

#include <QHash>
#include <QStandardPaths>
#include <QTest>
#include <QVariantMap>

using namespace opsdeck;

namespace {

QHash<QString, IncomingSample> byMetric(const SampleBatch& batch)
{
    QHash<QString, IncomingSample> out;
    for (const IncomingSample& s : batch)
        out.insert(s.key.metric, s);
    return out;
}

} // namespace

class TestNodeExporterMapping : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_page = parsePrometheusText(test::testData(QStringLiteral("ingest/node_exporter_metrics.txt")),
                                     nodeExporterNameWanted);
        QCOMPARE(m_page.report.malformed, 0);
        m_batch = mapNodeExporter(m_page, QStringLiteral("vm"), QStringLiteral("node_exporter"), 1795262500);
        m_map = byMetric(m_batch);
    }

    void exactKeySet()
    {
        QStringList keys = m_map.keys();
        keys.sort();
        const QStringList expected = {
            QStringLiteral("cpu-guest"),
            QStringLiteral("cpu-guest-nice"),
            QStringLiteral("cpu-idle"),
            QStringLiteral("cpu-iowait"),
            QStringLiteral("cpu-irq"),
            QStringLiteral("cpu-nice"),
            QStringLiteral("cpu-softirq"),
            QStringLiteral("cpu-steal"),
            QStringLiteral("cpu-system"),
            QStringLiteral("cpu-user"),
            QStringLiteral("disk-io-vda-read-ios"),
            QStringLiteral("disk-io-vda-read-sectors"),
            QStringLiteral("disk-io-vda-write-ios"),
            QStringLiteral("disk-io-vda-write-sectors"),
            QStringLiteral("disk-usage-vda-available"),
            QStringLiteral("disk-usage-vda-used"),
            QStringLiteral("loadavg-1"),
            QStringLiteral("loadavg-15"),
            QStringLiteral("loadavg-5"),
            QStringLiteral("memory-buffers"),
            QStringLiteral("memory-cached"),
            QStringLiteral("memory-free"),
            QStringLiteral("memory-inactive"),
            QStringLiteral("memory-swap-free"),
            QStringLiteral("memory-swap-total"),
            QStringLiteral("memory-swap-used"),
            QStringLiteral("memory-total"),
            QStringLiteral("memory-used"),
            QStringLiteral("processors"),
            QStringLiteral("tcp-established"),
            QStringLiteral("traffic-eth0-rxbytes"),
            QStringLiteral("traffic-eth0-txbytes"),
            QStringLiteral("traffic-ifb0-rxbytes"),
            QStringLiteral("traffic-ifb0-txbytes"),
            QStringLiteral("traffic-ifb1-rxbytes"),
            QStringLiteral("traffic-ifb1-txbytes"),
        };
        QCOMPARE(keys, expected);
        QCOMPARE(m_batch.size(), expected.size()); // no key twice
        for (const IncomingSample& s : m_batch) {
            QCOMPARE(s.key.machine, QStringLiteral("vm"));
            QCOMPARE(s.key.source, QStringLiteral("node_exporter"));
            QCOMPARE(s.timestamp, Q_INT64_C(1795262500));
        }
    }

    void values_data()
    {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("type");
        const int gauge = int(SeriesType::Gauge), derive = int(SeriesType::Derive);
        // CPU: seconds × 100, summed over cpu 0 and 1 (39.32 + 54.21 = 93.53 s → 9353 jiffies).
        QTest::newRow("cpu-user") << "cpu-user" << 9353.0 << derive;
        QTest::newRow("cpu-idle") << "cpu-idle" << 95331.0 << derive;    // 491.54 + 461.77
        QTest::newRow("cpu-system") << "cpu-system" << 4096.0 << derive; // 15.87 + 25.09
        QTest::newRow("cpu-iowait") << "cpu-iowait" << 543.0 << derive;  // 0.24 + 5.19
        QTest::newRow("cpu-softirq") << "cpu-softirq" << 67.0 << derive; // 0.09 + 0.58
        QTest::newRow("cpu-steal") << "cpu-steal" << 21.0 << derive;     // 0.07 + 0.14
        QTest::newRow("cpu-nice") << "cpu-nice" << 0.0 << derive;
        QTest::newRow("cpu-guest") << "cpu-guest" << 0.0 << derive;
        QTest::newRow("processors") << "processors" << 2.0 << gauge;
        QTest::newRow("loadavg-1") << "loadavg-1" << 0.15 << gauge;
        QTest::newRow("loadavg-5") << "loadavg-5" << 0.23 << gauge;
        QTest::newRow("loadavg-15") << "loadavg-15" << 0.14 << gauge;
        QTest::newRow("memory-total") << "memory-total" << 2.5276502016e+10 << gauge;
        QTest::newRow("memory-free") << "memory-free" << 2.4580329472e+10 << gauge;
        QTest::newRow("memory-buffers") << "memory-buffers" << 1.0166272e+07 << gauge;
        QTest::newRow("memory-cached") << "memory-cached" << 4.65133568e+08 << gauge;
        // total − free − buffers − cached, as Kurado's agent computes it
        QTest::newRow("memory-used") << "memory-used"
                                     << (2.5276502016e+10 - 2.4580329472e+10 - 1.0166272e+07 - 4.65133568e+08)
                                     << gauge;
        QTest::newRow("memory-swap-used") << "memory-swap-used" << 0.0 << gauge;
        // Disk I/O: ios as counted, bytes / 512 = sectors.
        QTest::newRow("read-ios") << "disk-io-vda-read-ios" << 57809.0 << derive;
        QTest::newRow("write-ios") << "disk-io-vda-write-ios" << 35292.0 << derive;
        QTest::newRow("read-sectors") << "disk-io-vda-read-sectors" << 1.763939328e+09 / 512 << derive;
        QTest::newRow("write-sectors") << "disk-io-vda-write-sectors" << 1.176756224e+09 / 512 << derive;
        // Disk usage in KB as df: used = size − free, available = avail.
        QTest::newRow("disk used") << "disk-usage-vda-used" << (2.70553174016e+11 - 2.5271721984e+11) / 1024
                                   << gauge;
        QTest::newRow("disk available") << "disk-usage-vda-available" << 8.4909326336e+10 / 1024 << gauge;
        QTest::newRow("rx") << "traffic-eth0-rxbytes" << 9.90537e+07 << derive;
        QTest::newRow("tx") << "traffic-eth0-txbytes" << 97525.0 << derive;
        QTest::newRow("tcp-established") << "tcp-established" << 2.0 << gauge;
    }
    void values()
    {
        QFETCH(QString, metric);
        QFETCH(double, value);
        QFETCH(int, type);
        QVERIFY2(m_map.contains(metric), qPrintable(metric));
        QCOMPARE(m_map.value(metric).value, value);
        QCOMPARE(int(m_map.value(metric).type), type);
    }

    void unusedDiskIsSkippedLikeKurado()
    {
        // zram0 has zero reads and writes on the page: Kurado's agent leaves such devices out.
        QVERIFY(!m_map.contains(QStringLiteral("disk-io-zram0-read-ios")));
    }

    void mapperDevicesLoopbackAndBootAsKurado()
    {
        const QByteArray page = "node_disk_reads_completed_total{device=\"dm-0\"} 5\n"
                                "node_disk_writes_completed_total{device=\"dm-0\"} 6\n"
                                "node_disk_read_bytes_total{device=\"dm-0\"} 1024\n"
                                "node_disk_written_bytes_total{device=\"dm-0\"} 2048\n"
                                "node_disk_device_mapper_info{device=\"dm-0\",name=\"VolGroup-lv_root\"} 1\n"
                                "node_filesystem_size_bytes{device=\"/dev/mapper/VolGroup-lv_root\","
                                "mountpoint=\"/\"} 10240\n"
                                "node_filesystem_free_bytes{device=\"/dev/mapper/VolGroup-lv_root\","
                                "mountpoint=\"/\"} 4096\n"
                                "node_filesystem_avail_bytes{device=\"/dev/mapper/VolGroup-lv_root\","
                                "mountpoint=\"/\"} 2048\n"
                                "node_filesystem_size_bytes{device=\"/dev/sda1\",mountpoint=\"/boot\"} 1024\n"
                                "node_filesystem_size_bytes{device=\"tmpfs\",mountpoint=\"/run\"} 1024\n"
                                "node_network_receive_bytes_total{device=\"lo\"} 99\n"
                                "node_cpu_seconds_total{cpu=\"0\",mode=\"user\"} 1.005\n"
                                "node_cpu_seconds_total{cpu=\"0\",mode=\"user\"} 1.02\n";
        const SampleBatch batch = mapNodeExporter(parsePrometheusText(page, nodeExporterNameWanted),
                                                  QStringLiteral("h"), QStringLiteral("node_exporter"), 100);
        const auto m = byMetric(batch);
        QCOMPARE(m.value(QStringLiteral("disk-io-mapper_VolGroup-lv_root-read-ios")).value, 5.0);
        QCOMPARE(m.value(QStringLiteral("disk-io-mapper_VolGroup-lv_root-write-sectors")).value, 4.0);
        QCOMPARE(m.value(QStringLiteral("disk-usage-mapper_VolGroup-lv_root-used")).value, 6.0);
        QCOMPARE(m.value(QStringLiteral("disk-usage-mapper_VolGroup-lv_root-available")).value, 2.0);
        for (const QString& key : m.keys()) {
            QVERIFY2(!key.contains(QLatin1String("sda1")), qPrintable(key));
            QVERIFY2(!key.contains(QLatin1String("tmpfs")), qPrintable(key));
            QVERIFY2(!key.contains(QLatin1String("traffic-lo")), qPrintable(key));
        }
        // Duplicate series on one page: the last one wins (not summed).
        QCOMPARE(m.value(QStringLiteral("cpu-user")).value, 102.0);
    }

    void mountPointsAreRecorded()
    {
        // The captured page: /dev/vda mounted at / (and /boot, tmpfs and the like left out).
        QList<NodeExporterMeta> meta;
        const SampleBatch batch = mapNodeExporter(
            m_page, QStringLiteral("vm"), QStringLiteral("node_exporter"), 1795262500, {}, nullptr, &meta);
        QCOMPARE(batch.size(), m_batch.size());
        QCOMPARE(meta,
                 (QList<NodeExporterMeta>{{QStringLiteral("disk-usage-vda-mount"), QStringLiteral("/")}}));
        QVERIFY(m_map.contains(QStringLiteral("disk-usage-vda-used")));

        // One device mounted twice (a bind mount): both mount points, the measured one first;
        // a device mapper name as its series have it; a device without usage values has none.
        const QByteArray page =
            "node_filesystem_size_bytes{device=\"/dev/sda1\",mountpoint=\"/srv\"} 10240\n"
            "node_filesystem_free_bytes{device=\"/dev/sda1\",mountpoint=\"/srv\"} 4096\n"
            "node_filesystem_size_bytes{device=\"/dev/sda1\",mountpoint=\"/\"} 10240\n"
            "node_filesystem_free_bytes{device=\"/dev/sda1\",mountpoint=\"/\"} 4096\n"
            "node_filesystem_avail_bytes{device=\"/dev/mapper/vg-home\","
            "mountpoint=\"/home\"} 2048\n"
            "node_filesystem_size_bytes{device=\"/dev/sdb1\",mountpoint=\"/boot\"} 1024\n";
        const SampleBatch b =
            mapNodeExporter(parsePrometheusText(page, nodeExporterNameWanted), QStringLiteral("h"),
                            QStringLiteral("node_exporter"), 100, {}, nullptr, &meta);
        QCOMPARE(meta, (QList<NodeExporterMeta>{
                           {QStringLiteral("disk-usage-mapper_vg-home-mount"), QStringLiteral("/home")},
                           {QStringLiteral("disk-usage-sda1-mount"), QStringLiteral("/srv\n/")}}));
        const auto m = byMetric(b);
        QVERIFY(m.contains(QStringLiteral("disk-usage-sda1-used")));
        QVERIFY(m.contains(QStringLiteral("disk-usage-mapper_vg-home-available")));

        // A sample without a mountpoint label still counts for the device's usage, but names
        // no mount (fuzz_exposition found an empty one recorded).
        const QByteArray unlabelled = "node_filesystem_avail_bytes{device=\"zroot/usr/"
                                      "home\",fstype=\"zfs\",mountpOint=\"/usr/home\"} 2048\n";
        const SampleBatch u =
            mapNodeExporter(parsePrometheusText(unlabelled, nodeExporterNameWanted), QStringLiteral("h"),
                            QStringLiteral("node_exporter"), 100, {}, nullptr, &meta);
        QVERIFY(meta.isEmpty());
        QCOMPARE(u.size(), 1);

        // A NaN or Inf figure makes no sample, so no mount either (fuzz_exposition again).
        const QByteArray notANumber =
            "node_filesystem_avail_bytes{device=\"/dev/sdc1\",mountpoint=\"/data\"} NaN\n"
            "node_filesystem_size_bytes{device=\"/dev/sdd1\",mountpoint=\"/logs\"} +Inf\n"
            "node_filesystem_free_bytes{device=\"/dev/sdd1\",mountpoint=\"/logs\"} 1\n";
        const SampleBatch n =
            mapNodeExporter(parsePrometheusText(notANumber, nodeExporterNameWanted), QStringLiteral("h"),
                            QStringLiteral("node_exporter"), 100, {}, nullptr, &meta);
        QVERIFY(n.isEmpty());
        QVERIFY(meta.isEmpty());
    }

    void extraRawSeriesAreKeptAsTheyAre()
    {
        const PromParseResult page = parsePrometheusText(
            test::testData(QStringLiteral("ingest/node_exporter_metrics.txt")), [](QByteArrayView n) {
                return nodeExporterNameWanted(n) || n == "node_context_switches_total" ||
                       n == "node_filefd_allocated";
            });
        const SampleBatch batch =
            mapNodeExporter(page, QStringLiteral("vm"), QStringLiteral("node_exporter"), 7,
                            {"node_context_switches_total", "node_cpu_seconds_total"});
        const auto m = byMetric(batch);
        QVERIFY(m.contains(QStringLiteral("node_context_switches_total")));
        QCOMPARE(m.value(QStringLiteral("node_context_switches_total")).type, SeriesType::Counter);
        QVERIFY(m.contains(QStringLiteral("node_cpu_seconds_total{cpu=\"1\",mode=\"idle\"}")));
        QCOMPARE(m.value(QStringLiteral("node_cpu_seconds_total{cpu=\"1\",mode=\"idle\"}")).value, 461.77);
        QVERIFY(!m.contains(QStringLiteral("node_filefd_allocated"))); // parsed, not asked for
        QVERIFY(m.contains(QStringLiteral("cpu-user")));
    }

    void nonFiniteValuesAreSkippedAndPageTimestampUsed()
    {
        const SampleBatch batch = mapNodeExporter(
            parsePrometheusText("node_load1 NaN\nnode_load5 2 1700000000123\n", nodeExporterNameWanted),
            QStringLiteral("h"), QStringLiteral("s"), 5);
        QCOMPARE(batch.size(), 1);
        QCOMPARE(batch.at(0).key.metric, QStringLiteral("loadavg-5"));
        QCOMPARE(batch.at(0).timestamp, Q_INT64_C(1700000000));
    }

    void otherSystems_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QVariantMap>("values");
        QTest::addColumn<int>("series");
        QTest::addColumn<int>("mapped");
        const QStringList common = {
            QStringLiteral("cpu-idle"),          QStringLiteral("cpu-nice"),
            QStringLiteral("cpu-system"),        QStringLiteral("cpu-user"),
            QStringLiteral("loadavg-1"),         QStringLiteral("loadavg-15"),
            QStringLiteral("loadavg-5"),         QStringLiteral("memory-free"),
            QStringLiteral("memory-inactive"),   QStringLiteral("memory-swap-free"),
            QStringLiteral("memory-swap-total"), QStringLiteral("memory-swap-used"),
            QStringLiteral("memory-total"),      QStringLiteral("memory-used"),
            QStringLiteral("processors"),
        };
        // macOS: four CPUs with four modes each; memory-used = active + wired + compressed.
        QTest::newRow("darwin") << "node_exporter_darwin.txt"
                                << common + QStringList{"disk-io-disk0-read-ios",
                                                        "disk-io-disk0-read-sectors",
                                                        "disk-io-disk0-write-ios",
                                                        "disk-io-disk0-write-sectors",
                                                        "disk-usage-disk3s1s1-available",
                                                        "disk-usage-disk3s1s1-used",
                                                        "disk-usage-disk3s5-available",
                                                        "disk-usage-disk3s5-used",
                                                        "traffic-en0-rxbytes",
                                                        "traffic-en0-txbytes",
                                                        "traffic-utun0-rxbytes",
                                                        "traffic-utun0-txbytes"}
                                << QVariantMap{{"cpu-user", 434067.0},
                                               {"cpu-system", 172458.0},
                                               {"cpu-nice", 1.0},
                                               {"cpu-idle", 16323180.0},
                                               {"processors", 4.0},
                                               {"loadavg-1", 2.01904296875},
                                               {"loadavg-15", 2.23681640625},
                                               {"memory-total", 17179869184.0},
                                               {"memory-free", 140509184.0},
                                               {"memory-inactive", 5031034880.0},
                                               {"memory-used", 5184897024.0 + 2402156544.0 + 1073889280.0},
                                               {"memory-swap-total", 2147483648.0},
                                               {"memory-swap-used", 1164705792.0},
                                               {"memory-swap-free", 2147483648.0 - 1164705792.0},
                                               {"disk-io-disk0-read-ios", 1204511.0},
                                               {"disk-io-disk0-read-sectors", 39372384.0},
                                               {"disk-io-disk0-write-sectors", 28363964.0},
                                               {"disk-usage-disk3s1s1-used", 269213416.0},
                                               {"disk-usage-disk3s1s1-available", 213584236.0},
                                               {"traffic-en0-rxbytes", 3841276928.0},
                                               {"traffic-utun0-txbytes", 1240.0}}
                                << 66 << 41;
        // FreeBSD: "interrupt" is cpu-irq; devstat disks; ZFS datasets; buffers and laundry.
        QTest::newRow("freebsd") << "node_exporter_freebsd.txt"
                                 << common + QStringList{"cpu-irq",
                                                         "disk-io-ada0-read-ios",
                                                         "disk-io-ada0-read-sectors",
                                                         "disk-io-ada0-write-ios",
                                                         "disk-io-ada0-write-sectors",
                                                         "disk-usage-ada0p1-available",
                                                         "disk-usage-ada0p1-used",
                                                         "disk-usage-zroot_ROOT_default-available",
                                                         "disk-usage-zroot_ROOT_default-used",
                                                         "disk-usage-zroot_usr_home-available",
                                                         "disk-usage-zroot_usr_home-used",
                                                         "memory-buffers",
                                                         "memory-cached",
                                                         "traffic-em0-rxbytes",
                                                         "traffic-em0-txbytes"}
                                 << QVariantMap{{"cpu-user", 610095.0},
                                                {"cpu-nice", 400.0},
                                                {"cpu-system", 355550.0},
                                                {"cpu-irq", 15540.0},
                                                {"cpu-idle", 38232420.0},
                                                {"processors", 2.0},
                                                {"loadavg-5", 0.22119140625},
                                                {"memory-total", 8526053376.0},
                                                {"memory-free", 4925194240.0},
                                                {"memory-buffers", 89452544.0},
                                                {"memory-cached", 0.0},
                                                {"memory-used", 701468672.0 + 1749012480.0 + 12288000.0},
                                                {"memory-swap-total", 2147483648.0},
                                                {"memory-swap-free", 2147483648.0},
                                                {"disk-io-ada0-read-ios", 311020.0},
                                                {"disk-io-ada0-write-ios", 925311.0},
                                                {"disk-io-ada0-read-sectors", 12582912.0},
                                                {"disk-io-ada0-write-sectors", 25165824.0},
                                                {"disk-usage-zroot_ROOT_default-used", 6612160.0},
                                                {"disk-usage-zroot_ROOT_default-available", 36524336.0},
                                                {"disk-usage-zroot_usr_home-used", 524212.0},
                                                {"traffic-em0-txbytes", 418391640.0}}
                                 << 63 << 38;
        // OpenBSD: "spin" has no counterpart (not mapped); cache_bytes is memory-cached.
        QTest::newRow("openbsd") << "node_exporter_openbsd.txt"
                                 << common + QStringList{"cpu-irq",
                                                         "disk-io-sd0-read-ios",
                                                         "disk-io-sd0-read-sectors",
                                                         "disk-io-sd0-write-ios",
                                                         "disk-io-sd0-write-sectors",
                                                         "disk-usage-sd0a-available",
                                                         "disk-usage-sd0a-used",
                                                         "disk-usage-sd0d-available",
                                                         "disk-usage-sd0d-used",
                                                         "disk-usage-sd0e-available",
                                                         "disk-usage-sd0e-used",
                                                         "memory-cached",
                                                         "traffic-em0-rxbytes",
                                                         "traffic-em0-txbytes",
                                                         "traffic-enc0-rxbytes",
                                                         "traffic-enc0-txbytes",
                                                         "traffic-pflog0-rxbytes",
                                                         "traffic-pflog0-txbytes"}
                                 << QVariantMap{{"cpu-user", 160300.0},
                                                {"cpu-nice", 75.0},
                                                {"cpu-system", 82140.0},
                                                {"cpu-irq", 1280.0},
                                                {"cpu-idle", 12051370.0},
                                                {"memory-total", 4277157888.0},
                                                {"memory-cached", 354787328.0},
                                                {"memory-used", 268271616.0 + 89546752.0},
                                                {"memory-swap-used", 0.0},
                                                {"disk-io-sd0-read-sectors", 2097152.0},
                                                {"disk-usage-sd0a-used", 226320.0},
                                                {"disk-usage-sd0a-available", 738728.0},
                                                {"disk-usage-sd0e-used", 1048576.0},
                                                {"traffic-em0-rxbytes", 660541000.0}}
                                 << 54 << 40;
        // NetBSD: as OpenBSD without buffer-cache bytes; the NaN CPU temperature is not mapped.
        QTest::newRow("netbsd") << "node_exporter_netbsd.txt"
                                << common + QStringList{"cpu-irq", "disk-usage-wd0a-available",
                                                        "disk-usage-wd0a-used", "traffic-wm0-rxbytes",
                                                        "traffic-wm0-txbytes"}
                                << QVariantMap{{"cpu-user", 80015.0},
                                               {"cpu-nice", 2.0},
                                               {"cpu-irq", 330.0},
                                               {"cpu-idle", 17613330.0},
                                               {"memory-total", 2147483648.0},
                                               {"memory-used", 134217728.0 + 67108864.0},
                                               {"memory-swap-free", 536870912.0 - 4194304.0},
                                               {"disk-usage-wd0a-used", 4194304.0},
                                               {"disk-usage-wd0a-available", 13737008.0},
                                               {"traffic-wm0-rxbytes", 1288490188.0}}
                                << 41 << 25;
    }
    void otherSystems()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, keys);
        QFETCH(QVariantMap, values);
        QFETCH(int, series);
        QFETCH(int, mapped);
        const PromParseResult page =
            parsePrometheusText(test::testData(QStringLiteral("ingest/") + file), nodeExporterNameWanted);
        QCOMPARE(page.report.malformed, 0);
        NodeExporterCoverage coverage;
        const SampleBatch batch =
            mapNodeExporter(page, QStringLiteral("mac"), QStringLiteral("node_exporter"), 9, {}, &coverage);
        const auto m = byMetric(batch);
        QStringList got = m.keys();
        got.sort();
        keys.sort();
        QCOMPARE(got, keys);
        QCOMPARE(batch.size(), keys.size()); // no key twice
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            QVERIFY2(m.contains(it.key()), qPrintable(it.key()));
            QCOMPARE(m.value(it.key()).value, it.value().toDouble());
        }
        QCOMPARE(m.value(QStringLiteral("cpu-user")).type, SeriesType::Derive);
        QCOMPARE(m.value(QStringLiteral("memory-used")).type, SeriesType::Gauge);
        QCOMPARE(coverage.series, series);
        QCOMPARE(coverage.mapped, mapped);
    }

    void coverageSaysWhenNothingMaps()
    {
        // A page from another exporter: every line parsed, none mapped.
        const QByteArray page = "# TYPE windows_cpu_time_total counter\n"
                                "windows_cpu_time_total{core=\"0,0\",mode=\"idle\"} 1.5e+05\n"
                                "windows_os_physical_memory_free_bytes 4.2e+09\n"
                                "go_goroutines 12\n";
        NodeExporterCoverage coverage;
        const SampleBatch batch =
            mapNodeExporter(parsePrometheusText(page, nodeExporterNameWanted), QStringLiteral("w"),
                            QStringLiteral("node_exporter"), 1, {}, &coverage);
        QVERIFY(batch.isEmpty());
        QCOMPARE(coverage.series, 3);
        QCOMPARE(coverage.mapped, 0);
        // The Linux page: everything the mapping reads counts, the rest does not.
        NodeExporterCoverage linux;
        mapNodeExporter(m_page, QStringLiteral("vm"), QStringLiteral("node_exporter"), 1, {}, &linux);
        QCOMPARE(linux.series, m_page.report.accepted);
        QVERIFY(linux.mapped > 30);
        QVERIFY(linux.mapped < linux.series);
    }

    void nameFilter()
    {
        QVERIFY(nodeExporterNameWanted("node_cpu_seconds_total"));
        QVERIFY(nodeExporterNameWanted("node_netstat_Tcp_CurrEstab"));
        QVERIFY(!nodeExporterNameWanted("node_cpu_seconds_totalx"));
        QVERIFY(!nodeExporterNameWanted("go_goroutines"));
        QVERIFY(!nodeExporterNameWanted(""));
        QVERIFY(nodeExporterNameWanted("node_memory_wired_bytes"));
        QVERIFY(nodeExporterNameWanted("node_devstat_bytes_total"));
        QVERIFY(!nodeExporterNameWanted("node_memory_purgeable_bytes"));
    }

private:
    PromParseResult m_page;
    SampleBatch m_batch;
    QHash<QString, IncomingSample> m_map;
};

QTEST_GUILESS_MAIN(TestNodeExporterMapping)
#include "tst_nodeexportermapping.moc"
