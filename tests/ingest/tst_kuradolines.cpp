// Kurado's agent line format, on seed 003's dump and on plugin output.

#include "TestSupport.h"
#include "ingest/KuradoLines.h"

#include <QHash>
#include <QStandardPaths>
#include <QTest>

using namespace opsdeck;

class TestKuradoLines : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void seedAgentDump()
    {
        const KuradoResult r =
            parseKuradoLines(test::testData(QStringLiteral("ingest/kurado_agent_dump.txt")),
                             QStringLiteral("web01"), QStringLiteral("kurado"));
        QCOMPARE(r.report.malformed, 0);
        QCOMPARE(r.samples.size(), 40);
        QCOMPARE(r.meta.size(), 6);
        QCOMPARE(r.report.accepted, 46);
        QHash<QString, IncomingSample> m;
        for (const IncomingSample& s : r.samples)
            m.insert(s.key.metric, s);
        const IncomingSample user = m.value(QStringLiteral("cpu-user"));
        QCOMPARE(user.key.machine, QStringLiteral("web01"));
        QCOMPARE(user.key.source, QStringLiteral("kurado"));
        QCOMPARE(user.type, SeriesType::Derive);
        QCOMPARE(user.value, 44682.0);
        QCOMPARE(user.timestamp, Q_INT64_C(1404873350));
        QCOMPARE(m.value(QStringLiteral("loadavg-1")).type, SeriesType::Gauge);
        QCOMPARE(m.value(QStringLiteral("memory-used")).value, 269361152.0);
        QCOMPARE(m.value(QStringLiteral("disk-io-mapper_VolGroup-lv_root-read-ios")).value, 38124.0);
        // The seed's ".device" typo is no known type: a gauge that keeps its whole name.
        QVERIFY(m.contains(QStringLiteral("disk-io-sda-write-sectors.device")));
        QCOMPARE(m.value(QStringLiteral("disk-io-sda-write-sectors.device")).type, SeriesType::Gauge);
        QCOMPARE(r.meta.at(0).first, QStringLiteral("disk-io-devices"));
        QCOMPARE(r.meta.at(0).second, QStringLiteral("mapper_VolGroup-lv_root,mapper_VolGroup-lv_swap,sda"));
        QCOMPARE(r.meta.last().first, QStringLiteral("version"));
        QVERIFY(r.meta.last().second.startsWith(
            QLatin1String("Linux version 2.6.32-431.el6.x86_64 (mockbuild@")));
    }

    void keys_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("metric");
        QTest::addColumn<int>("type");
        const int g = int(SeriesType::Gauge), c = int(SeriesType::Counter), d = int(SeriesType::Derive),
                  a = int(SeriesType::Absolute);
        QTest::newRow("ip prefix") << QByteArray("10.0.0.5\tbase.metrics.cpu-user.derive\t5\t1404873350")
                                   << "cpu-user" << d;
        QTest::newRow("ipv6 prefix") << QByteArray("fe80::1\tbase.metrics.processors.gauge\t4\t1404873350")
                                     << "processors" << g;
        QTest::newRow("plugin output, agent-prefixed")
            << QByteArray("process.metrics.fork.derive\t39234\t1404871619") << "process.fork" << d;
        QTest::newRow("plugin own line")
            << QByteArray("metrics.nginx.reqs.counter\t7\t1404871619") << "nginx.reqs" << c;
        QTest::newRow("absolute") << QByteArray("metrics.x.absolute\t7\t1404871619") << "x" << a;
        QTest::newRow("no metrics prefix") << QByteArray("fork.derive\t39234\t1404871619") << "fork" << d;
        QTest::newRow("no type suffix")
            << QByteArray("metrics.queue.length\t3\t1404871619") << "queue.length" << g;
        QTest::newRow("bare key") << QByteArray("count\t3\t1404871619") << "count" << g;
        QTest::newRow("CRLF") << QByteArray("metrics.count.gauge\t3\t1404871619\r") << "count" << g;
    }
    void keys()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, metric);
        QFETCH(int, type);
        const KuradoResult r = parseKuradoLines(line, QStringLiteral("h"), QStringLiteral("s"));
        QVERIFY2(r.report.malformed == 0, qPrintable(r.report.errors.join(QLatin1Char(';'))));
        QCOMPARE(r.samples.size(), 1);
        QCOMPARE(r.samples.at(0).key.metric, metric);
        QCOMPARE(int(r.samples.at(0).type), type);
    }

    void machineFromIpWhenNotGiven()
    {
        const KuradoResult r = parseKuradoLines("10.0.0.5\tbase.metrics.cpu-user.derive\t5\t1404873350\n", {},
                                                QStringLiteral("kurado"));
        QCOMPARE(r.samples.at(0).key.machine, QStringLiteral("10.0.0.5"));
    }

    void missingTimestamp()
    {
        // A plugin's meta line has no timestamp; the agent fills in now.
        const KuradoResult withNow = parseKuradoLines("meta.version\t1.2.3\nmetrics.x.gauge\t1\n",
                                                      QStringLiteral("h"), QStringLiteral("s"), 500);
        QCOMPARE(withNow.report.malformed, 0);
        QCOMPARE(withNow.meta.value(0).first, QStringLiteral("version"));
        QCOMPARE(withNow.samples.at(0).timestamp, Q_INT64_C(500));
        const KuradoResult without =
            parseKuradoLines("metrics.x.gauge\t1\n", QStringLiteral("h"), QStringLiteral("s"));
        QCOMPARE(without.report.malformed, 1);
        QVERIFY(without.report.errors.value(0).contains(QLatin1String("missing timestamp")));
    }

    void warningsBecomeMeta()
    {
        const KuradoResult r =
            parseKuradoLines("10.0.0.5\tbase.warn.traffic\tfailed to exec ip link\t1404873350\n",
                             QStringLiteral("h"), QStringLiteral("s"));
        QCOMPARE(r.meta.value(0).first, QStringLiteral("warn.traffic"));
        QCOMPARE(r.meta.value(0).second, QStringLiteral("failed to exec ip link"));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("error");
        QTest::newRow("one field") << QByteArray("metrics.x.gauge") << "expected";
        QTest::newRow("five fields") << QByteArray("1.1.1.1\tmetrics.x\t1\t2\t3") << "expected";
        QTest::newRow("value not a number")
            << QByteArray("metrics.x.gauge\tabc\t1404873350") << "finite number";
        QTest::newRow("nan value") << QByteArray("metrics.x.gauge\tnan\t1404873350") << "finite number";
        QTest::newRow("empty value") << QByteArray("metrics.x.gauge\t\t1404873350") << "finite number";
        QTest::newRow("float timestamp") << QByteArray("metrics.x.gauge\t1\t14048.5") << "timestamp";
        QTest::newRow("empty key") << QByteArray("\t1\t1404873350") << "empty key";
        QTest::newRow("space in key") << QByteArray("metrics.x y\t1\t1404873350") << "space or control";
        QTest::newRow("invalid utf-8 key") << QByteArray("metrics.\xff\t1\t1404873350") << "UTF-8";
        QTest::newRow("invalid utf-8 meta") << QByteArray("meta.version\t\xc3\x28\t1404873350") << "UTF-8";
        QTest::newRow("type only") << QByteArray("metrics.\t1\t1404873350") << "names no metric";
    }
    void malformed()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, error);
        const QByteArray text =
            "metrics.a.gauge\t1\t1404873350\n" + line + "\nmetrics.b.gauge\t2\t1404873350\n";
        const KuradoResult r = parseKuradoLines(text, QStringLiteral("h"), QStringLiteral("s"));
        QCOMPARE(r.report.malformed, 1);
        QVERIFY2(r.report.errors.value(0).startsWith(QLatin1String("line 2: ")),
                 qPrintable(r.report.errors.value(0)));
        QVERIFY2(r.report.errors.value(0).contains(error), qPrintable(r.report.errors.value(0)));
        QCOMPARE(r.report.errorLines, QList<int>{2}); // what metrics import quotes the line by
        QCOMPARE(r.samples.size(), 2);
    }

    void duplicateAndFarFutureTimestampsArePassedOn()
    {
        const KuradoResult r = parseKuradoLines(
            "metrics.a.gauge\t1\t100\nmetrics.a.gauge\t2\t100\nmetrics.a.gauge\t3\t32503680000\n",
            QStringLiteral("h"), QStringLiteral("s"));
        QCOMPARE(r.samples.size(), 3);
        QCOMPARE(r.samples.at(2).timestamp, Q_INT64_C(32503680000));
    }

    void hundredMegabytesOfGarbage()
    {
        QByteArray garbage(100 * 1024 * 1024, Qt::Uninitialized);
        quint32 x = 1234567u;
        for (char& c : garbage) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            const quint32 r = x % 131;
            c = r == 0 ? '\n' : r < 4 ? '\t' : static_cast<char>(x & 0xff);
        }
        const KuradoResult r = parseKuradoLines(garbage, QStringLiteral("h"), QStringLiteral("s"));
        QVERIFY(r.report.malformed > 100000);
        QVERIFY(r.report.errors.size() <= ParseReport::kMaxErrors);
        QCOMPARE(r.report.errorLines.size(), r.report.errors.size());
    }
};

QTEST_GUILESS_MAIN(TestKuradoLines)
#include "tst_kuradolines.moc"
