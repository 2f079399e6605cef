// Graphite's plaintext protocol: well-formed and malformed lines, carbon's rules for
// timestamps (-1 is now, none is refused), and seed 001's cron script output.

#include "TestSupport.h"
#include "ingest/GraphitePlaintext.h"

#include <QStandardPaths>
#include <QTest>

using namespace opsdeck;

namespace {
constexpr qint64 kNow = 1795262731;
}

class TestGraphitePlaintext : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void goodLines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("path");
        QTest::addColumn<double>("value");
        QTest::addColumn<qint64>("timestamp");
        QTest::newRow("plain") << QByteArray("server.local.vm.system.load 3.41 1795262700\n")
                               << "server.local.vm.system.load" << 3.41 << qint64(1795262700);
        QTest::newRow("datagram without newline")
            << QByteArray("a.b 1 1795262700") << "a.b" << 1.0 << qint64(1795262700);
        QTest::newRow("CRLF") << QByteArray("a.b 2 1795262700\r\n") << "a.b" << 2.0 << qint64(1795262700);
        QTest::newRow("tabs and runs of spaces")
            << QByteArray("  a.b\t\t5e2   1795262700  \n") << "a.b" << 500.0 << qint64(1795262700);
        QTest::newRow("timestamp -1 is now") << QByteArray("a.b 1 -1\n") << "a.b" << 1.0 << kNow;
        QTest::newRow("fractional timestamp truncated")
            << QByteArray("a.b 1 1795262700.9\n") << "a.b" << 1.0 << qint64(1795262700);
        QTest::newRow("negative value")
            << QByteArray("a.b -0.5 1795262700\n") << "a.b" << -0.5 << qint64(1795262700);
        QTest::newRow("utf-8 path") << QByteArray("サーバ.load 1 1795262700\n")
                                    << QStringLiteral("サーバ.load") << 1.0 << qint64(1795262700);
        QTest::newRow("tagged path") << QByteArray("disk.used;dc=dal;host=web01 9 1795262700\n")
                                     << "disk.used;dc=dal;host=web01" << 9.0 << qint64(1795262700);
        // Decided: far-future timestamps are passed on; MetricStore::append rejects them.
        QTest::newRow("far future passed on")
            << QByteArray("a.b 1 32503680000\n") << "a.b" << 1.0 << qint64(32503680000);
    }
    void goodLines()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, path);
        QFETCH(double, value);
        QFETCH(qint64, timestamp);
        const PlaintextResult r = parseGraphitePlaintext(line, kNow);
        QVERIFY2(r.report.malformed == 0, qPrintable(r.report.errors.join(QLatin1Char(';'))));
        QCOMPARE(r.samples.size(), 1);
        const IncomingSample& s = r.samples.at(0);
        QCOMPARE(s.key.machine, QString());
        QCOMPARE(s.key.metric, path);
        QCOMPARE(s.key.source, QStringLiteral("graphite-push"));
        QCOMPARE(s.type, SeriesType::Gauge);
        QCOMPARE(s.value, value);
        QCOMPARE(s.timestamp, timestamp);
        QCOMPARE(r.report.accepted, 1);
    }

    void malformedLines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("error");
        QTest::newRow("path only") << QByteArray("a.b") << "missing value";
        QTest::newRow("four fields") << QByteArray("a.b 1 2 3") << "too many fields";
        // Decided: as carbon, which refuses "path value" (a script that leaves the value
        // empty and the spaces collapsed would otherwise store its timestamp as the value).
        QTest::newRow("missing timestamp") << QByteArray("a.b 1") << "missing timestamp";
        QTest::newRow("value not a number") << QByteArray("a.b x 1795262700") << "not a number";
        QTest::newRow("nan") << QByteArray("a.b nan 1795262700") << "not finite";
        QTest::newRow("inf") << QByteArray("a.b inf 1795262700") << "not finite";
        QTest::newRow("timestamp not a number") << QByteArray("a.b 1 yesterday") << "timestamp";
        QTest::newRow("negative timestamp") << QByteArray("a.b 1 -5") << "timestamp";
        // seed 001's script with an unset variable: `echo -n "path $EMPTY $TIMESTAMP"`
        QTest::newRow("empty value") << QByteArray("server.local.vm.system.swap_used  1795262731")
                                     << "empty value";
        QTest::newRow("control char") << QByteArray("a\x01"
                                                    "b 1 1795262700")
                                      << "control character";
        QTest::newRow("invalid utf-8") << QByteArray("a\xff\xfe.b 1 1795262700") << "UTF-8";
        QTest::newRow("overlong path") << QByteArray(2000, 'p') + " 1 1795262700"
                                       << "longer than";
    }
    void malformedLines()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, error);
        const QByteArray text = "good.one 1 1795262700\n" + line + "\ngood.two 2 1795262700\n";
        const PlaintextResult r = parseGraphitePlaintext(text, kNow);
        QCOMPARE(r.report.malformed, 1);
        QCOMPARE(r.report.accepted, 2);
        QVERIFY2(r.report.errors.value(0).startsWith(QLatin1String("line 2: ")),
                 qPrintable(r.report.errors.value(0)));
        QVERIFY2(r.report.errors.value(0).contains(error), qPrintable(r.report.errors.value(0)));
        QCOMPARE(r.samples.size(), 2);
        QCOMPARE(r.samples.at(1).key.metric, QStringLiteral("good.two"));
    }

    void duplicateTimestampsAreAllPassedOnInOrder()
    {
        // Decided: the parser keeps both; the store keeps the last for (series, timestamp).
        const PlaintextResult r = parseGraphitePlaintext("a.b 1 100\na.b 2 100\n", kNow);
        QCOMPARE(r.samples.size(), 2);
        QCOMPARE(r.samples.at(1).value, 2.0);
    }

    void blankLinesAreNotErrors()
    {
        const PlaintextResult r = parseGraphitePlaintext("\n\r\n   \na.b 1 100\n\n", kNow);
        QCOMPARE(r.report.malformed, 0);
        QCOMPARE(r.samples.size(), 1);
    }

    void sourceIsConfigurable()
    {
        const PlaintextResult r = parseGraphitePlaintext("a.b 1 100", kNow, QStringLiteral("relay"));
        QCOMPARE(r.samples.at(0).key.source, QStringLiteral("relay"));
    }

    void hundredMegabytesOfGarbage()
    {
        QByteArray garbage(100 * 1024 * 1024, Qt::Uninitialized);
        quint32 x = 88172645u;
        for (char& c : garbage) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            c = static_cast<char>(x % 61 == 0 ? '\n' : x & 0xff);
        }
        const PlaintextResult r = parseGraphitePlaintext(garbage, kNow);
        QVERIFY(r.report.malformed > 100000);
        QVERIFY(r.report.errors.size() <= ParseReport::kMaxErrors);
    }
};

QTEST_GUILESS_MAIN(TestGraphitePlaintext)
#include "tst_graphiteplaintext.moc"
