// ValueFormat: the units a chart reads in (binary bytes, SI bits/s, percent, ops/s).

#include "charts/ValueFormat.h"

#include <QTest>
#include <cmath>

using namespace opsdeck;

class TestValueFormat : public QObject
{
    Q_OBJECT
private slots:
    void format_data()
    {
        QTest::addColumn<int>("unit");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("bytes") << int(ValueUnit::Bytes) << 512.0 << QStringLiteral("512 B");
        QTest::newRow("KiB") << int(ValueUnit::Bytes) << 1536.0 << QStringLiteral("1.5 KiB");
        QTest::newRow("MiB") << int(ValueUnit::Bytes) << 3.0 * 1024 * 1024 << QStringLiteral("3 MiB");
        QTest::newRow("GiB") << int(ValueUnit::Bytes) << 7.25 * 1024 * 1024 * 1024
                             << QStringLiteral("7.25 GiB");
        QTest::newRow("1023 KiB") << int(ValueUnit::Bytes) << 1023.0 * 1024 << QStringLiteral("1023 KiB");
        QTest::newRow("B/s") << int(ValueUnit::BytesPerSec) << 2048.0 << QStringLiteral("2 KiB/s");
        QTest::newRow("bit/s") << int(ValueUnit::BitsPerSec) << 950.0 << QStringLiteral("950 bit/s");
        QTest::newRow("Mbit/s") << int(ValueUnit::BitsPerSec) << 12.5e6 << QStringLiteral("12.5 Mbit/s");
        QTest::newRow("Gbit/s") << int(ValueUnit::BitsPerSec) << 1e9 << QStringLiteral("1 Gbit/s");
        QTest::newRow("percent") << int(ValueUnit::Percent) << 12.345 << QStringLiteral("12.3 %");
        QTest::newRow("percent never prefixed")
            << int(ValueUnit::Percent) << 1500.0 << QStringLiteral("1500 %");
        QTest::newRow("ops/s") << int(ValueUnit::OpsPerSec) << 42.0 << QStringLiteral("42 ops/s");
        QTest::newRow("kops/s") << int(ValueUnit::OpsPerSec) << 4200.0 << QStringLiteral("4.2 kops/s");
        QTest::newRow("SI") << int(ValueUnit::Number) << 3200.0 << QStringLiteral("3.2k");
        QTest::newRow("small") << int(ValueUnit::Number) << 0.05 << QStringLiteral("0.05");
        QTest::newRow("zero") << int(ValueUnit::Bytes) << 0.0 << QStringLiteral("0 B");
        QTest::newRow("negative") << int(ValueUnit::Number) << -2500.0 << QStringLiteral("-2.5k");
        QTest::newRow("unknown") << int(ValueUnit::Bytes) << std::nan("") << QStringLiteral("–");
    }
    void format()
    {
        QFETCH(int, unit);
        QFETCH(double, value);
        QFETCH(QString, text);
        QCOMPARE(ValueFormat::format(ValueUnit(unit), value), text);
    }

    void scaleForAnAxis()
    {
        const auto s = ValueFormat::scaleFor(ValueUnit::Bytes, 5.0 * 1024 * 1024 * 1024);
        QCOMPARE(s.divisor, 1024.0 * 1024 * 1024);
        QCOMPARE(s.unit, QStringLiteral("GiB"));
        QCOMPARE(ValueFormat::formatIn(s, 512.0 * 1024 * 1024), QStringLiteral("0.5"));
        const auto b = ValueFormat::scaleFor(ValueUnit::BitsPerSec, 999.0);
        QCOMPARE(b.divisor, 1.0);
        QCOMPARE(b.unit, QStringLiteral("bit/s"));
        QCOMPARE(ValueFormat::scaleFor(ValueUnit::Percent, 1e9).divisor, 1.0);
    }

    void unitOfAMetric_data()
    {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<int>("unit");
        QTest::newRow("traffic") << QStringLiteral("traffic-eth0-rxbytes") << int(ValueUnit::BitsPerSec);
        QTest::newRow("memory") << QStringLiteral("memory-used") << int(ValueUnit::Bytes);
        QTest::newRow("disk io") << QStringLiteral("disk-io-sda-read-sectors") << int(ValueUnit::BytesPerSec);
        QTest::newRow("disk ios") << QStringLiteral("disk-io-sda-read-ios") << int(ValueUnit::OpsPerSec);
        QTest::newRow("cpu") << QStringLiteral("cpu-user") << int(ValueUnit::Percent);
        QTest::newRow("load") << QStringLiteral("loadavg-1") << int(ValueUnit::Number);
        QTest::newRow("graphite") << QStringLiteral("servers.web1.nginx.requests")
                                  << int(ValueUnit::OpsPerSec);
        QTest::newRow("prometheus") << QStringLiteral("node_memory_MemFree_bytes") << int(ValueUnit::Bytes);
    }
    void unitOfAMetric()
    {
        QFETCH(QString, metric);
        QFETCH(int, unit);
        QCOMPARE(int(ValueFormat::unitForMetric(metric)), unit);
    }

    void names()
    {
        for (int u = 0; u <= int(ValueUnit::OpsPerSec); ++u)
            QCOMPARE(int(ValueFormat::unitFromName(ValueFormat::unitName(ValueUnit(u)))), u);
        QCOMPARE(ValueFormat::unitFromName(QStringLiteral("nonsense")), ValueUnit::Number);
    }
};

QTEST_APPLESS_MAIN(TestValueFormat)
#include "tst_valueformat.moc"
