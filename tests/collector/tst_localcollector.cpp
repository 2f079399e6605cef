// LocalCollector on fixture /proc trees (exact keys and values) and on this machine's /proc.

#include "TestSupport.h"
#include "collector/LocalCollector.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

namespace {

QString fixtureRoot(const char* kernel)
{
    return QStringLiteral(OPSDECK_TEST_DATA "/proc/") + QLatin1String(kernel);
}

// The seed's df figures for the CentOS 6 root filesystem; any other mount point fails.
Result<FsUsage> centosDf(const QByteArray& mountPoint)
{
    if (mountPoint == "/")
        return FsUsage{1487404, 36329940};
    return Error::failure(QStringLiteral("unexpected statvfs of %1").arg(QString::fromLatin1(mountPoint)));
}

LocalCollector centos()
{
    LocalCollector::Options o;
    o.procRoot = fixtureRoot("centos6-2.6.32") + QStringLiteral("/proc");
    o.devRoot = fixtureRoot("centos6-2.6.32") + QStringLiteral("/dev");
    o.machine = QStringLiteral("web1");
    o.fsUsage = centosDf;
    return LocalCollector(o);
}

QStringList metricKeys(const CollectorPass& pass)
{
    QStringList keys;
    for (const IncomingSample& s : pass.samples)
        keys << s.key.metric;
    return keys;
}

const QStringList kBaseKeys = {
    QStringLiteral("cpu-user"),         QStringLiteral("cpu-nice"),
    QStringLiteral("cpu-system"),       QStringLiteral("cpu-idle"),
    QStringLiteral("cpu-iowait"),       QStringLiteral("cpu-irq"),
    QStringLiteral("cpu-softirq"),      QStringLiteral("cpu-steal"),
    QStringLiteral("cpu-guest"),        QStringLiteral("cpu-guest-nice"),
    QStringLiteral("loadavg-1"),        QStringLiteral("loadavg-5"),
    QStringLiteral("loadavg-15"),       QStringLiteral("memory-total"),
    QStringLiteral("memory-free"),      QStringLiteral("memory-buffers"),
    QStringLiteral("memory-cached"),    QStringLiteral("memory-inactive"),
    QStringLiteral("memory-used"),      QStringLiteral("memory-swap-total"),
    QStringLiteral("memory-swap-used"), QStringLiteral("memory-swap-free"),
    QStringLiteral("processors"),       QStringLiteral("tcp-established"),
};

} // namespace

class TstLocalCollector : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void centosPassIsTheSeedDump()
    {
        // The CentOS 6 fixture holds the /proc files behind the seed's kurado_agent --dump
        // sample; our dump must give the same lines (the sample's ".device" typo for
        // write-sectors reads ".derive", and "0.00" loads print as "0").
        const auto pass = centos().collectAt(1404873350);
        QVERIFY2(pass.ok(), pass.ok() ? "" : qPrintable(pass.error().message));
        QVERIFY2(pass->warnings.isEmpty(), qPrintable(pass->warnings.value(0).value));
        const QByteArray dump = formatKuradoDump(*pass);
        const QByteArray expected = test::testData(QStringLiteral("proc/centos6-2.6.32/expected.dump"));
        QCOMPARE(QString::fromUtf8(dump), QString::fromUtf8(expected));
    }

    void samplesCarryKeyTypeAndTime()
    {
        const auto pass = centos().collectAt(1000);
        QVERIFY(pass.ok());
        QCOMPARE(pass->samples.size(), 40);
        for (const IncomingSample& s : pass->samples) {
            QCOMPARE(s.key.machine, QStringLiteral("web1"));
            QCOMPARE(s.key.source, QStringLiteral("local"));
            QCOMPARE(s.timestamp, 1000);
            const bool derive = s.key.metric.startsWith(QLatin1String("cpu-")) ||
                                s.key.metric.startsWith(QLatin1String("disk-io-")) ||
                                s.key.metric.startsWith(QLatin1String("traffic-"));
            QCOMPARE(s.type, derive ? SeriesType::Derive : SeriesType::Gauge);
        }
        QCOMPARE(pass->sample(QStringLiteral("memory-used"))->value, 480718848.0 - 68136960.0 - 143220736.0);
        QCOMPARE(pass->metaValue(QStringLiteral("disk-usage-mapper_VolGroup-lv_root-mount")),
                 QStringLiteral("/"));
        // Partitions (sda1, sda2), ram, loop and idle devices (sr0) are left out.
        QVERIFY(!pass->sample(QStringLiteral("disk-io-sda1-read-ios")));
        QVERIFY(!pass->sample(QStringLiteral("disk-io-sr0-read-ios")));
        QVERIFY(!pass->sample(QStringLiteral("disk-io-loop0-read-ios")));
        // /boot is not measured (the probe would fail and warn).
        QVERIFY(!pass->sample(QStringLiteral("disk-usage-sda1-used")));
    }

    void thisMachinesCapture()
    {
        // /proc as captured on the 6.18 kernel this project is built on.
        LocalCollector::Options o;
        o.procRoot = fixtureRoot("linux-6.18") + QStringLiteral("/proc");
        o.devRoot = fixtureRoot("linux-6.18") + QStringLiteral("/dev"); // none: no dm devices there
        o.machine = QStringLiteral("vm");
        o.fsUsage = [](const QByteArray& mp) -> Result<FsUsage> {
            if (mp == "/")
                return FsUsage{4000, 6000};
            return Error::failure(QStringLiteral("no"));
        };
        const auto pass = LocalCollector(o).collectAt(42);
        QVERIFY(pass.ok());
        QVERIFY(pass->warnings.isEmpty());
        QStringList expected = kBaseKeys;
        expected << QStringLiteral("disk-usage-vda-used") << QStringLiteral("disk-usage-vda-available")
                 << QStringLiteral("disk-io-vda-read-ios") << QStringLiteral("disk-io-vda-read-sectors")
                 << QStringLiteral("disk-io-vda-write-ios") << QStringLiteral("disk-io-vda-write-sectors")
                 << QStringLiteral("traffic-eth0-rxbytes") << QStringLiteral("traffic-eth0-txbytes");
        QStringList got = metricKeys(*pass);
        got.sort();
        expected.sort();
        QCOMPARE(got, expected);
        QCOMPARE(pass->sample(QStringLiteral("cpu-user"))->value, 15413.0);
        QCOMPARE(pass->sample(QStringLiteral("loadavg-1"))->value, 1.2);
        QCOMPARE(pass->sample(QStringLiteral("processors"))->value, 2.0);
        QCOMPARE(pass->sample(QStringLiteral("memory-total"))->value, 24684084.0 * 1024);
        QCOMPARE(pass->sample(QStringLiteral("disk-io-vda-write-sectors"))->value, 2326064.0);
        QCOMPARE(pass->sample(QStringLiteral("traffic-eth0-rxbytes"))->value, 99053700.0);
        QCOMPARE(pass->sample(QStringLiteral("disk-usage-vda-available"))->value, 6000.0);
        QCOMPARE(pass->metaValue(QStringLiteral("uptime")), QStringLiteral("702"));
        QCOMPARE(pass->metaValue(QStringLiteral("traffic-interfaces")),
                 QStringLiteral("eth0")); // not lo, ifb0/1
        QCOMPARE(pass->metaValue(QStringLiteral("disk-io-devices")), QStringLiteral("vda"));
        QVERIFY(
            pass->metaValue(QStringLiteral("version")).startsWith(QLatin1String("Linux version 6.18.44")));
    }

    void newerKernelsNameDisks()
    {
        // 4.15: nvme and mmc partitions ("p1") left out, the whole disks kept.
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("proc/net"))));
        for (const char* f : {"stat", "diskstats", "net/dev", "net/snmp"})
            QVERIFY(QFile::copy(fixtureRoot("linux-4.15") + QStringLiteral("/proc/") + QLatin1String(f),
                                dir.filePath(QStringLiteral("proc/") + QLatin1String(f))));
        LocalCollector::Options o;
        o.procRoot = dir.filePath(QStringLiteral("proc"));
        o.machine = QStringLiteral("laptop");
        const auto pass = LocalCollector(o).collectAt(1);
        QVERIFY(pass.ok());
        QCOMPARE(pass->metaValue(QStringLiteral("disk-io-devices")), QStringLiteral("mmcblk0,nvme0n1,sda"));
        QCOMPARE(pass->metaValue(QStringLiteral("traffic-interfaces")), QStringLiteral("enp0s31f6,docker0"));
        QCOMPARE(pass->sample(QStringLiteral("tcp-established"))->value, 12.0);
        // The files that are not there are warnings, each naming its part and file.
        QStringList parts;
        for (const CollectorFact& w : pass->warnings)
            parts << w.key;
        QCOMPARE(parts,
                 (QStringList{QStringLiteral("memory"), QStringLiteral("loadavg"), QStringLiteral("uptime"),
                              QStringLiteral("sys_version"), QStringLiteral("disk_usage")}));
        QVERIFY(pass->warnings.first().value.contains(QLatin1String("meminfo")));
        QVERIFY(formatKuradoDump(*pass).contains("base.warn.memory\tcannot read "));
    }

    void aDeviceMountedTwiceNamesBothMounts()
    {
        // A bind mount: the device is measured once (its first mount), its meta names both.
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("proc"))));
        QFile mounts(dir.filePath(QStringLiteral("proc/mounts")));
        QVERIFY(mounts.open(QIODevice::WriteOnly));
        mounts.write("/dev/sda1 / ext4 rw,relatime 0 0\n"
                     "proc /proc proc rw 0 0\n"
                     "/dev/sda2 /home ext4 rw 0 0\n"
                     "/dev/sda1 /srv ext4 rw,relatime 0 0\n"
                     "/dev/sda3 /boot ext4 rw 0 0\n");
        mounts.close();
        LocalCollector::Options o;
        o.procRoot = dir.filePath(QStringLiteral("proc"));
        o.machine = QStringLiteral("web1");
        QStringList measured;
        o.fsUsage = [&](const QByteArray& mp) -> Result<FsUsage> {
            measured << QString::fromUtf8(mp);
            return FsUsage{100, 50};
        };
        const auto pass = LocalCollector(o).collectAt(1);
        QVERIFY(pass.ok());
        QCOMPARE(measured, (QStringList{QStringLiteral("/"), QStringLiteral("/home")}));
        QCOMPARE(pass->metaValue(QStringLiteral("disk-usage-sda1-mount")), QStringLiteral("/\n/srv"));
        QCOMPARE(pass->metaValue(QStringLiteral("disk-usage-sda2-mount")), QStringLiteral("/home"));
        QCOMPARE(pass->metaValue(QStringLiteral("disk-usage-devices")), QStringLiteral("sda1,sda2"));
    }

    void garbageFileIsAWarningNotAValue()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("net"))));
        QFile f(dir.filePath(QStringLiteral("loadavg")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\x7f"
                "ELF garbage");
        f.close();
        QFile s(dir.filePath(QStringLiteral("stat")));
        QVERIFY(s.open(QIODevice::WriteOnly));
        s.write("cpu  1 2 3 4 5 6 7 8 9 10\ncpu0 1 2 3 4 5 6 7 8 9 10\n");
        s.close();
        LocalCollector::Options o;
        o.procRoot = dir.path();
        o.machine = QStringLiteral("m");
        const auto pass = LocalCollector(o).collectAt(1);
        QVERIFY(pass.ok());
        QVERIFY(!pass->sample(QStringLiteral("loadavg-1")));
        QCOMPARE(pass->sample(QStringLiteral("cpu-guest-nice"))->value, 10.0);
        bool warned = false;
        for (const CollectorFact& w : pass->warnings)
            warned |= w.key == QLatin1String("loadavg") && w.value.contains(QLatin1String("truncated"));
        QVERIFY(warned);
    }

    void nothingReadableIsAnError()
    {
        LocalCollector::Options o;
        o.procRoot = QStringLiteral("/nonexistent/proc");
        o.machine = QStringLiteral("m");
        const auto pass = LocalCollector(o).collectAt(1);
        QVERIFY(!pass.ok());
        QVERIFY(pass.error().message.contains(QLatin1String("/nonexistent/proc")));
    }

    void liveProc()
    {
        const auto pass = LocalCollector().collect(Clock::system());
        QVERIFY2(pass.ok(), pass.ok() ? "" : qPrintable(pass.error().message));
        const QStringList keys = metricKeys(*pass);
        for (const QString& k : kBaseKeys)
            QVERIFY2(keys.contains(k), qPrintable(k));
        QVERIFY(std::abs(pass->timestamp - QDateTime::currentSecsSinceEpoch()) < 5);
        QCOMPARE(pass->machine, LocalCollector::localMachineName());
        QVERIFY(!pass->metaValue(QStringLiteral("version")).isEmpty());
        QVERIFY(pass->sample(QStringLiteral("memory-total"))->value > 0);
        QVERIFY(pass->sample(QStringLiteral("processors"))->value >= 1);
        // The dump has one well-formed line per sample and meta entry.
        const QList<QByteArray> lines = formatKuradoDump(*pass).split('\n');
        QCOMPARE(lines.size() - 1, pass->samples.size() + pass->meta.size() + pass->warnings.size());
        for (qsizetype i = 0; i + 1 < lines.size(); ++i)
            QCOMPARE(lines.at(i).count('\t'), 2);
    }

    void machineName()
    {
        const QString name = LocalCollector::localMachineName();
        QVERIFY(!name.isEmpty());
        QVERIFY(!name.contains(QLatin1Char('.')));
    }

    void statvfs()
    {
        const auto root = LocalCollector::statvfsUsage("/");
        QVERIFY(root.ok());
        QVERIFY(root->usedKb > 0);
        QVERIFY(root->availableKb >= 0);
        const auto missing = LocalCollector::statvfsUsage("/nonexistent/mount");
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QLatin1String("/nonexistent/mount")));
    }

    void dumpValues()
    {
        QCOMPARE(formatDumpValue(0), QByteArray("0"));
        QCOMPARE(formatDumpValue(5689557), QByteArray("5689557"));
        QCOMPARE(formatDumpValue(612845800274320.0), QByteArray("612845800274320"));
        QCOMPARE(formatDumpValue(0.24), QByteArray("0.24"));
        QCOMPARE(formatDumpValue(-3), QByteArray("-3"));
    }
};

QTEST_GUILESS_MAIN(TstLocalCollector)
#include "tst_localcollector.moc"
