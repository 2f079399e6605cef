// node_exporter → Kurado base names and units, on a real page captured from
// prometheus-node-exporter 1.5 (tests/data/ingest/node_exporter_metrics.txt).

#include "TestSupport.h"
#include "ingest/NodeExporterMapping.h"

#include <QHash>
#include <QStandardPaths>
#include <QTest>

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

    void nameFilter()
    {
        QVERIFY(nodeExporterNameWanted("node_cpu_seconds_total"));
        QVERIFY(nodeExporterNameWanted("node_netstat_Tcp_CurrEstab"));
        QVERIFY(!nodeExporterNameWanted("node_cpu_seconds_totalx"));
        QVERIFY(!nodeExporterNameWanted("go_goroutines"));
        QVERIFY(!nodeExporterNameWanted(""));
    }

private:
    PromParseResult m_page;
    SampleBatch m_batch;
    QHash<QString, IncomingSample> m_map;
};

QTEST_GUILESS_MAIN(TestNodeExporterMapping)
#include "tst_nodeexportermapping.moc"
