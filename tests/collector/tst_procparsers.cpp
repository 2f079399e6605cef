// The /proc parsers on files captured from real kernels (tests/data/proc/<kernel>/proc/),
// on the formats of older and newer kernels, and on truncated and garbage input.

#include "TestSupport.h"
#include "collector/ProcParsers.h"

#include <QStandardPaths>
#include <QTest>

using namespace opsdeck;
using namespace opsdeck::proc;

namespace {

QByteArray fixture(const char* kernel, const char* file)
{
    return test::testData(QStringLiteral("proc/%1/proc/%2").arg(QLatin1String(kernel), QLatin1String(file)));
}

// Every prefix of `bytes` through `parse`: must never crash, and a prefix that cuts the
// only line must be an Error, not a value made up from half a line.
template <typename Parse> void everyPrefix(const QByteArray& bytes, Parse parse)
{
    for (qsizetype n = 0; n <= bytes.size(); ++n)
        (void)parse(QByteArrayView(bytes.constData(), n));
}

} // namespace

class TstProcParsers : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void stat_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<int>("columns");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::addColumn<int>("processors");
        // 2.6.18 has 8 columns (no guest, no guest_nice): those read as 0.
        QTest::newRow("2.6.18") << "linux-2.6.18" << 8
                                << QList<qint64>{1372398, 3166,  398204, 95421937, 197232,
                                                 4221,    36752, 0,      0,        0}
                                << 2;
        // 2.6.32 has 9 (guest, no guest_nice).
        QTest::newRow("2.6.32") << "centos6-2.6.32" << 9
                                << QList<qint64>{44682, 1, 13462, 5689557, 998, 894, 899, 0, 0, 0} << 1;
        QTest::newRow("4.15") << "linux-4.15" << 10
                              << QList<qint64>{2255, 34, 2290, 22625563, 6290, 127, 456, 0, 0, 0} << 2;
        QTest::newRow("6.18") << "linux-6.18" << 10
                              << QList<qint64>{15413, 0, 5528, 118329, 565, 0, 70, 24, 0, 0} << 2;
    }
    void stat()
    {
        QFETCH(QString, kernel);
        QFETCH(int, columns);
        QFETCH(QList<qint64>, expected);
        QFETCH(int, processors);
        const auto r = parseStat(fixture(kernel.toLatin1().constData(), "stat"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        const CpuTimes& c = r->cpu;
        QCOMPARE(c.columns, columns);
        QCOMPARE((QList<qint64>{c.user, c.nice, c.system, c.idle, c.iowait, c.irq, c.softirq, c.steal,
                                c.guest, c.guestNice}),
                 expected);
        QCOMPARE(r->processors, processors);
    }
    void statOldestFourColumns()
    {
        // Linux 2.4 printed only user nice system idle.
        const auto r = parseStat("cpu  100 2 30 4000\ncpu0 100 2 30 4000\n");
        QVERIFY(r.ok());
        QCOMPARE(r->cpu.columns, 4);
        QCOMPARE(r->cpu.idle, 4000);
        QCOMPARE(r->cpu.iowait, 0);
    }
    void statBad_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("no newline") << QByteArray("cpu  1 2 3 4 5") << "truncated";
        QTest::newRow("cut cpu line") << QByteArray("cpu  44682 1 13\ncpu0 1 2 3 4\n") << "needs at least 4";
        QTest::newRow("no cpu line") << QByteArray("intr 1 2 3\nctxt 5\n") << "no cpu line";
        QTest::newRow("garbage") << QByteArray("\x01\xff\xfe garbage\n\n\n") << "no cpu line";
        QTest::newRow("letters") << QByteArray("cpu  a b c d e\n") << "needs at least 4";
        QTest::newRow("negative") << QByteArray("cpu  -1 -2 -3 -4\n") << "needs at least 4";
        QTest::newRow("overflow") << QByteArray("cpu  99999999999999999999 1 2 3\n") << "needs at least 4";
    }
    void statBad()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, messagePart);
        const auto r = parseStat(input);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(messagePart), qPrintable(r.error().message));
    }
    void statGarbageAfterColumnsKeepsThem()
    {
        const auto r = parseStat("cpu  10 20 30 40 50 x 70\n");
        QVERIFY(r.ok());
        QCOMPARE(r->cpu.columns, 5);
        QCOMPARE(r->cpu.iowait, 50);
        QCOMPARE(r->cpu.irq, 0);
    }
    void statTruncatedAfterCpuLine()
    {
        // Cut in the middle of cpu1: the aggregate line is whole, one cpuN line counted.
        const QByteArray all = fixture("linux-6.18", "stat");
        const qsizetype cut = all.indexOf("cpu1") + 6;
        const auto r = parseStat(QByteArrayView(all).first(cut));
        QVERIFY(r.ok());
        QCOMPARE(r->cpu.user, 15413);
        QCOMPARE(r->processors, 1);
    }

    void loadavg_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<double>("one");
        QTest::addColumn<double>("fifteen");
        QTest::newRow("6.18") << fixture("linux-6.18", "loadavg") << 1.20 << 0.24;
        QTest::newRow("2.6.32") << fixture("centos6-2.6.32", "loadavg") << 0.0 << 0.0;
        QTest::newRow("busy") << QByteArray("123.45 67.80 9.01 12/3456 7890\n") << 123.45 << 9.01;
    }
    void loadavg()
    {
        QFETCH(QByteArray, input);
        QFETCH(double, one);
        QFETCH(double, fifteen);
        const auto r = parseLoadAvg(input);
        QVERIFY(r.ok());
        QCOMPARE(r->one, one);
        QCOMPARE(r->fifteen, fifteen);
    }
    void loadavgBad_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << QByteArray("0.24 0.2");
        QTest::newRow("two values") << QByteArray("0.24 0.26\n");
        QTest::newRow("words") << QByteArray("load is high\n");
        QTest::newRow("nan") << QByteArray("nan 1 1\n");
        QTest::newRow("negative") << QByteArray("-1 1 1\n");
        QTest::newRow("binary") << QByteArray("\0\0\0\n", 4);
    }
    void loadavgBad()
    {
        QFETCH(QByteArray, input);
        QVERIFY(!parseLoadAvg(input).ok());
    }

    void meminfo_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<qint64>>("expected"); // total free buffers cached inactive swapTotal swapFree
        QTest::newRow("6.18") << fixture("linux-6.18", "meminfo") << QList<qint64>{24684084LL * 1024,
                                                                                   23823924LL * 1024,
                                                                                   4996LL * 1024,
                                                                                   406516LL * 1024,
                                                                                   369712LL * 1024,
                                                                                   0,
                                                                                   0};
        QTest::newRow("2.6.32") << fixture("centos6-2.6.32", "meminfo")
                                << QList<qint64>{480718848, 68136960,  41582592, 218800128,
                                                 143220736, 973070336, 970604544};
    }
    void meminfo()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<qint64>, expected);
        const auto r = parseMemInfo(input);
        QVERIFY(r.ok());
        QCOMPARE(
            (QList<qint64>{r->total, r->free, r->buffers, r->cached, r->inactive, r->swapTotal, r->swapFree}),
            expected);
    }
    void meminfoTruncatedIsPartial()
    {
        // Cut inside the Cached line: total, free and buffers read; the rest left at 0.
        const QByteArray all = fixture("centos6-2.6.32", "meminfo");
        const auto r = parseMemInfo(QByteArrayView(all).first(all.indexOf("Cached:") + 12));
        QVERIFY(r.ok());
        QCOMPARE(r->total, 480718848);
        QCOMPARE(r->buffers, 41582592);
        QCOMPARE(r->cached, 0);
        QCOMPARE(r->swapFree, 0);
    }
    void meminfoBad_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("cut first line") << QByteArray("MemTotal:   4694") << "truncated";
        QTest::newRow("no total") << QByteArray("MemFree: 12 kB\nCached: 5 kB\n") << "MemTotal";
        QTest::newRow("garbage total") << QByteArray("MemTotal: lots kB\n") << "MemTotal";
        QTest::newRow("unknown unit") << QByteArray("MemTotal: 12 MB\n") << "MemTotal";
        QTest::newRow("binary") << QByteArray("\xff:\xfe\n::\n") << "MemTotal";
    }
    void meminfoBad()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, messagePart);
        const auto r = parseMemInfo(input);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(messagePart), qPrintable(r.error().message));
    }

    void diskstats_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("device");
        QTest::addColumn<QList<qint64>>("expected"); // read-ios read-sectors write-ios write-sectors
        QTest::addColumn<int>("devices");
        // 14 fields a line, and 7-field partition lines (kernels before 2.6.25).
        QTest::newRow("2.6.18 disk") << fixture("linux-2.6.18", "diskstats") << "sda"
                                     << QList<qint64>{212455, 5307654, 1530381, 44021210} << 7;
        QTest::newRow("2.6.18 old partition") << fixture("linux-2.6.18", "diskstats") << "sda2"
                                              << QList<qint64>{225760, 5305466, 5501705, 44012798} << 7;
        QTest::newRow("2.6.32 dm") << fixture("centos6-2.6.32", "diskstats") << "dm-0"
                                   << QList<qint64>{38124, 1013426, 311834, 2462360} << 10;
        QTest::newRow("4.15 nvme") << fixture("linux-4.15", "diskstats") << "nvme0n1"
                                   << QList<qint64>{181203, 9728610, 433640, 19497344} << 10;
        // 18 fields (4.18+: discards).
        QTest::newRow("5.4") << fixture("linux-5.4", "diskstats") << "vda"
                             << QList<qint64>{90223, 6079894, 162712, 4806632} << 6;
        // 20 fields (5.5+: flushes), captured on this machine.
        QTest::newRow("6.18") << fixture("linux-6.18", "diskstats") << "vda"
                              << QList<qint64>{63860, 3663234, 35759, 2326064} << 10;
        QTest::newRow("slash in name") << QByteArray(" 104 0 cciss/c0d0 5 0 80 1 7 0 56 2 0 3 3\n")
                                       << "cciss/c0d0" << QList<qint64>{5, 80, 7, 56} << 1;
    }
    void diskstats()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, device);
        QFETCH(QList<qint64>, expected);
        QFETCH(int, devices);
        const auto r = parseDiskStats(input);
        QVERIFY(r.ok());
        QCOMPARE(r->size(), devices);
        const DiskIo* found = nullptr;
        for (const DiskIo& d : *r)
            if (d.name == device.toLatin1())
                found = &d;
        QVERIFY(found);
        QCOMPARE((QList<qint64>{found->readIos, found->readSectors, found->writeIos, found->writeSectors}),
                 expected);
    }
    void diskstatsSkipsBadLinesKeepsGood()
    {
        const QByteArray in = "   8 0 sda 1 2 3 4 5 6 7 8 9 10 11\n"
                              "   8 1 sda1 1 2 3\n"                  // too few fields
                              "   x y bad 1 2 3 4 5 6 7 8 9 10 11\n" // not numbers
                              "   8 2 sdb 1 2 oops 4 5 6 7 8 9 10 11\n"
                              "   8 16 sdc 10 0 20 0 30 0 40 0 0 0 0\n"
                              "   8 32 sdd 1 2 3 4 5 6 7"; // truncated last line
        const auto r = parseDiskStats(in);
        QVERIFY(r.ok());
        QCOMPARE(r->size(), 2);
        QCOMPARE(r->at(1).name, QByteArray("sdc"));
        QCOMPARE(r->at(1).writeSectors, 40);
    }
    void diskstatsBad_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("cut first line") << QByteArray("   8       0 sda 24676 10953 10236");
        QTest::newRow("garbage") << QByteArray("hello world\nthis is not diskstats\n");
    }
    void diskstatsBad()
    {
        QFETCH(QByteArray, input);
        QVERIFY(!parseDiskStats(input).ok());
    }

    void netdev_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("iface");
        QTest::addColumn<qint64>("rx");
        QTest::addColumn<qint64>("tx");
        QTest::addColumn<int>("count");
        QTest::newRow("6.18") << fixture("linux-6.18", "net/dev") << "eth0" << qint64(99053700)
                              << qint64(97525) << 4;
        QTest::newRow("2.6.32") << fixture("centos6-2.6.32", "net/dev") << "eth0" << qint64(146026292)
                                << qint64(4955348) << 3;
        QTest::newRow("4.15 long name")
            << fixture("linux-4.15", "net/dev") << "enp0s31f6" << qint64(1939862871) << qint64(84629283) << 4;
        // Old kernels glued a wide counter to the colon.
        QTest::newRow("no blank after colon")
            << QByteArray("Inter-|\n face |\n  eth1:41604925517001 425181836825    0 14412687    0 1493026   "
                          "       0 "
                          "3223957693 612845800274320 583467665030    0    0    0     0       0          0\n")
            << "eth1" << qint64(41604925517001) << qint64(612845800274320) << 1;
    }
    void netdev()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, iface);
        QFETCH(qint64, rx);
        QFETCH(qint64, tx);
        QFETCH(int, count);
        const auto r = parseNetDev(input);
        QVERIFY(r.ok());
        QCOMPARE(r->size(), count);
        bool seen = false;
        for (const NetDev& d : *r) {
            if (d.name != iface.toLatin1())
                continue;
            seen = true;
            QCOMPARE(d.rxBytes, rx);
            QCOMPARE(d.txBytes, tx);
        }
        QVERIFY(seen);
    }
    void netdevBad_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("headers only") << fixture("linux-6.18", "net/dev").left(200);
        QTest::newRow("short line") << QByteArray("  eth0: 1 2 3\n");
        QTest::newRow("garbage") << QByteArray("a:b:c\n::::\n");
    }
    void netdevBad()
    {
        QFETCH(QByteArray, input);
        QVERIFY(!parseNetDev(input).ok());
    }

    void tcp_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<qint64>("established");
        QTest::newRow("6.18 (InCsumErrors)") << fixture("linux-6.18", "net/snmp") << qint64(0);
        QTest::newRow("4.15") << fixture("linux-4.15", "net/snmp") << qint64(12);
        QTest::newRow("2.6.32") << fixture("centos6-2.6.32", "net/snmp") << qint64(3);
        QTest::newRow("2.6.18") << fixture("linux-2.6.18", "net/snmp") << qint64(47);
    }
    void tcp()
    {
        QFETCH(QByteArray, input);
        QFETCH(qint64, established);
        const auto r = parseTcpCurrEstab(input);
        QVERIFY(r.ok());
        QCOMPARE(*r, established);
    }
    void tcpBad_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("messagePart");
        const QByteArray all = fixture("centos6-2.6.32", "net/snmp");
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("header only") << all.left(all.indexOf("Tcp: 1 ")) << "no Tcp value line";
        QTest::newRow("value cut") << all.left(all.indexOf("Tcp: 1 ") + 12) << "no Tcp value line";
        QTest::newRow("no tcp") << QByteArray("Ip: a b\nIp: 1 2\n") << "no Tcp lines";
        QTest::newRow("no CurrEstab") << QByteArray("Tcp: A B\nTcp: 1 2\n") << "no CurrEstab";
        QTest::newRow("short values") << QByteArray("Tcp: A CurrEstab\nTcp: 1\n") << "too short";
        QTest::newRow("not a number") << QByteArray("Tcp: A CurrEstab\nTcp: 1 many\n") << "not a number";
    }
    void tcpBad()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, messagePart);
        const auto r = parseTcpCurrEstab(input);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(messagePart), qPrintable(r.error().message));
    }

    void mounts()
    {
        const auto r = parseMounts(fixture("centos6-2.6.32", "mounts"));
        QVERIFY(r.ok());
        QCOMPARE(r->size(), 10);
        QCOMPARE(r->at(6).device, QByteArray("/dev/mapper/VolGroup-lv_root"));
        QCOMPARE(r->at(6).mountPoint, QByteArray("/"));
        QCOMPARE(r->at(6).fsType, QByteArray("ext4"));
        const auto here = parseMounts(fixture("linux-6.18", "mounts"));
        QVERIFY(here.ok());
        QVERIFY(std::any_of(here->begin(), here->end(), [](const MountEntry& m) {
            return m.device == "/dev/vda" && m.mountPoint == "/";
        }));
    }
    void mountsEscapes()
    {
        const auto r =
            parseMounts("/dev/sdb1 /media/My\\040Disk vfat rw 0 0\n/dev/sdc1 /a\\134b ext4 rw 0 0\n"
                        "/dev/sdd1 /bad\\9x ext4 rw 0 0\n");
        QVERIFY(r.ok());
        QCOMPARE(r->at(0).mountPoint, QByteArray("/media/My Disk"));
        QCOMPARE(r->at(1).mountPoint, QByteArray("/a\\b"));
        QCOMPARE(r->at(2).mountPoint, QByteArray("/bad\\9x")); // not an escape: kept
    }
    void mountsBad()
    {
        QVERIFY(!parseMounts("").ok());
        QVERIFY(!parseMounts("/dev/sda1 /").ok()); // truncated
        QVERIFY(!parseMounts("one two\n\n").ok());
    }

    void uptimeAndVersion()
    {
        QCOMPARE(parseUptime(fixture("centos6-2.6.32", "uptime")).valueOr(-1), 57649);
        QCOMPARE(parseUptime(fixture("linux-6.18", "uptime")).valueOr(-1), 702);
        QVERIFY(!parseUptime("").ok());
        QVERIFY(!parseUptime("57649.5").ok()); // truncated
        QVERIFY(!parseUptime("up for ages\n").ok());
        QVERIFY(!parseUptime("-5 1\n").ok());
        const auto v = parseVersion(fixture("centos6-2.6.32", "version"));
        QVERIFY(v.ok());
        QVERIFY(v->startsWith("Linux version 2.6.32-431.el6.x86_64 (mockbuild"));
        QVERIFY(v->endsWith("UTC 2013"));
        QVERIFY(!parseVersion("").ok());
        QVERIFY(!parseVersion("   \n").ok());
        QVERIFY(!parseVersion("Linux vers").ok());
    }

    void sanitize()
    {
        QCOMPARE(sanitizeName("mapper/VolGroup-lv_root"), QByteArray("mapper_VolGroup-lv_root"));
        QCOMPARE(sanitizeName("eth1.66@eth1"), QByteArray("eth1_66_eth1"));
        QCOMPARE(sanitizeName("sda"), QByteArray("sda"));
    }

    void everyPrefixOfEveryFixtureIsSafe()
    {
        for (const char* kernel : {"linux-6.18", "centos6-2.6.32"}) {
            everyPrefix(fixture(kernel, "stat"), parseStat);
            everyPrefix(fixture(kernel, "loadavg"), parseLoadAvg);
            everyPrefix(fixture(kernel, "meminfo"), parseMemInfo);
            everyPrefix(fixture(kernel, "diskstats"), parseDiskStats);
            everyPrefix(fixture(kernel, "net/dev"), parseNetDev);
            everyPrefix(fixture(kernel, "net/snmp"), parseTcpCurrEstab);
            everyPrefix(fixture(kernel, "mounts"), parseMounts);
            everyPrefix(fixture(kernel, "uptime"), parseUptime);
            everyPrefix(fixture(kernel, "version"), parseVersion);
        }
        // A prefix that ends inside the only line of a one-line file is never a value.
        const QByteArray load = fixture("linux-6.18", "loadavg");
        for (qsizetype n = 0; n < load.size(); ++n)
            QVERIFY(!parseLoadAvg(QByteArrayView(load).first(n)).ok());
    }
};

QTEST_GUILESS_MAIN(TstProcParsers)
#include "tst_procparsers.moc"
