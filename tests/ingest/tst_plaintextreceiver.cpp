// The Graphite plaintext receiver in process: TCP lines split across packets, UDP
// datagrams, over-long lines, malformed lines per peer, a refusing sink, a busy port.

#include "TestSupport.h"
#include "ingest/PlaintextReceiver.h"

#include <QMutex>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QUdpSocket>
#include <memory>
#include <vector>

using namespace opsdeck;

namespace {

struct Collected
{
    QMutex mutex;
    SampleBatch samples;
    QSet<QThread*> threads;
    bool refuse = false;

    PlaintextReceiver::Sink sink()
    {
        return [this](const SampleBatch& batch) -> Status {
            QMutexLocker lock(&mutex);
            threads.insert(QThread::currentThread());
            if (refuse)
                return Error::failure(QStringLiteral("disk full"));
            samples += batch;
            return {};
        };
    }
    int size()
    {
        QMutexLocker lock(&mutex);
        return int(samples.size());
    }
    IncomingSample find(const QString& metric)
    {
        QMutexLocker lock(&mutex);
        for (const IncomingSample& s : std::as_const(samples)) {
            if (s.key.metric == metric)
                return s;
        }
        return {};
    }
};

bool writeAll(QTcpSocket& s, const QByteArray& data)
{
    s.write(data);
    while (s.bytesToWrite() > 0) {
        if (!s.waitForBytesWritten(5000))
            return false;
    }
    return true;
}

} // namespace

class TestPlaintextReceiver : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void tcpLinesSplitAcrossPackets()
    {
        Collected got;
        ManualClock clock(1795262731000);
        PlaintextReceiver r(got.sink(), clock);
        QVERIFY(r.listen(QHostAddress::LocalHost, 0).ok());
        QVERIFY(r.tcpPort() != 0);
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, r.tcpPort());
        QVERIFY(s.waitForConnected(5000));
        // Each piece is read by the receiver before the next is sent.
        const QByteArray pieces[] = {
            "server.a.load 1.5 17952627", "00\nserver.b.load 2",
            " 1795262700\r\nminus.one.is.now 3 -1\nlast.line.without.newline 4 1795262700"};
        qint64 sent = 0;
        for (const QByteArray& piece : pieces) {
            QVERIFY(writeAll(s, piece));
            sent += piece.size();
            QTRY_COMPARE_WITH_TIMEOUT(r.counts().bytes, sent, 5000);
        }
        s.disconnectFromHost();
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), 4, 5000);
        QCOMPARE(got.find(QStringLiteral("server.a.load")).value, 1.5);
        QCOMPARE(got.find(QStringLiteral("server.a.load")).timestamp, Q_INT64_C(1795262700));
        QCOMPARE(got.find(QStringLiteral("server.b.load")).value, 2.0);
        QCOMPARE(got.find(QStringLiteral("minus.one.is.now")).timestamp,
                 Q_INT64_C(1795262731)); // the clock's now
        QCOMPARE(got.find(QStringLiteral("last.line.without.newline")).value, 4.0);
        QCOMPARE(got.find(QStringLiteral("server.a.load")).key.source, QStringLiteral("graphite-push"));
        QTRY_COMPARE_WITH_TIMEOUT(r.counts().stored, 4, 5000); // counted after the sink returns
        QCOMPARE(r.counts().malformed, 0);
        // Parsing and the sink run on the receiver's thread, not this one.
        QVERIFY(!got.threads.contains(QThread::currentThread()));
    }

    void udpDatagramIsOneLine()
    {
        Collected got;
        PlaintextReceiver r(got.sink());
        QVERIFY(r.listen(QHostAddress::LocalHost, 0).ok());
        QUdpSocket u;
        u.writeDatagram("udp.one 7 1795262700", QHostAddress::LocalHost, r.udpPort());
        u.writeDatagram("udp.two 8 1795262700\nudp.three 9 1795262700\n", QHostAddress::LocalHost,
                        r.udpPort());
        u.writeDatagram("udp.bad  1795262700", QHostAddress::LocalHost, r.udpPort());
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), 3, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(r.counts().malformed, 1, 5000);
        QCOMPARE(got.find(QStringLiteral("udp.one")).value, 7.0);
        const auto peers = r.countsByPeer();
        QVERIFY(peers.contains(QStringLiteral("127.0.0.1")));
        QCOMPARE(peers.value(QStringLiteral("127.0.0.1")).stored, 3);
        QCOMPARE(peers.value(QStringLiteral("127.0.0.1")).malformed, 1);
        QVERIFY2(r.recentErrors().value(0).startsWith(QLatin1String("127.0.0.1: line 1: empty value")),
                 qPrintable(r.recentErrors().value(0)));
    }

    void overlongLineIsDroppedAndTheRestKept_data()
    {
        QTest::addColumn<bool>("dribble");
        QTest::newRow("one write") << false;
        QTest::newRow("in small pieces") << true;
    }
    void overlongLineIsDroppedAndTheRestKept()
    {
        QFETCH(bool, dribble);
        Collected got;
        PlaintextReceiver r(got.sink());
        QVERIFY(r.listen(QHostAddress::LocalHost, 0).ok());
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, r.tcpPort());
        QVERIFY(s.waitForConnected(5000));
        const QByteArray huge = "before 1 1795262700\n" + QByteArray(200 * 1024, 'x') +
                                " 1 1795262700\nbad line here\nafter 2 1795262700\n";
        if (dribble) {
            for (qsizetype i = 0; i < huge.size(); i += 16 * 1024) {
                QVERIFY(writeAll(s, huge.mid(i, 16 * 1024)));
                // read by the receiver before the next piece goes
                QTRY_COMPARE_WITH_TIMEOUT(r.counts().bytes, std::min(i + 16 * 1024, huge.size()), 5000);
            }
        } else {
            QVERIFY(writeAll(s, huge));
        }
        s.disconnectFromHost();
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), 2, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(r.counts().malformed, 2, 5000);
        QCOMPARE(r.counts().tooLong, 1);
        QCOMPARE(got.find(QStringLiteral("after")).value, 2.0);
        const QStringList errors = r.recentErrors();
        QCOMPARE(errors.size(), 2);
        QVERIFY2(errors.at(0).contains(QLatin1String("line 2: longer than 65536 bytes")),
                 qPrintable(errors.at(0)));
        QVERIFY2(errors.at(1).contains(QLatin1String("line 3: ")), qPrintable(errors.at(1)));
    }

    void manyConnectionsAtOnce()
    {
        Collected got;
        PlaintextReceiver r(got.sink());
        QVERIFY(r.listen(QHostAddress::LocalHost, 0).ok());
        QList<QTcpSocket*> sockets;
        for (int i = 0; i < 50; ++i) {
            auto* s = new QTcpSocket(this);
            s->connectToHost(QHostAddress::LocalHost, r.tcpPort());
            QVERIFY(s->waitForConnected(5000));
            QByteArray lines;
            for (int j = 0; j < 200; ++j)
                lines += "conn" + QByteArray::number(i) + ".m" + QByteArray::number(j) + " 1 1795262700\n";
            QVERIFY(writeAll(*s, lines));
            sockets << s;
        }
        for (QTcpSocket* s : sockets)
            s->disconnectFromHost();
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), 50 * 200, 10000);
        // The count follows the sink's return on the receiver's thread: wait for it too.
        QTRY_COMPARE_WITH_TIMEOUT(r.counts().stored, 50 * 200, 5000);
        qDeleteAll(sockets);
    }

    void refusingSinkIsCountedAndReported()
    {
        Collected got;
        got.refuse = true;
        PlaintextReceiver r(got.sink());
        QVERIFY(r.listen(QHostAddress::LocalHost, 0).ok());
        QUdpSocket u;
        u.writeDatagram("a.b 1 1795262700\n", QHostAddress::LocalHost, r.udpPort());
        QTRY_COMPARE_WITH_TIMEOUT(r.counts().refused, 1, 5000);
        QCOMPARE(r.counts().stored, 0);
        QVERIFY(r.lastSinkError());
        QCOMPARE(r.lastSinkError()->message, QStringLiteral("disk full"));
    }

    // What the store's maintenance would prune is not "stored": dropped and counted, with why.
    void samplesOlderThanTheMaxAgeAreRejected()
    {
        Collected got;
        ManualClock clock(1795262731000);
        PlaintextReceiver r(got.sink(), clock);
        r.setMaxAge(2 * 86400);
        QVERIFY(r.listen(QHostAddress::LocalHost, 0).ok());
        QUdpSocket u;
        u.writeDatagram("recent 1 1795262700\nnow 2 -1\nedge 3 1795089931\nancient 4 1600000000\n"
                        "week.old 5 1794657931\n",
                        QHostAddress::LocalHost, r.udpPort());
        QTRY_COMPARE_WITH_TIMEOUT(r.counts().tooOld, 2, 5000);
        r.flush();
        QCOMPARE(r.counts().stored, 3);
        QCOMPARE(got.size(), 3);
        QCOMPARE(got.find(QStringLiteral("ancient")).key.metric, QString());
        QCOMPARE(r.countsByPeer().value(QStringLiteral("127.0.0.1")).tooOld, 2);
        const QStringList why = r.recentRejections();
        QCOMPARE(why.size(), 2);
        QVERIFY2(
            why.at(0).startsWith(QLatin1String("127.0.0.1: ancient at 2020-09-13T12:26:40Z: older than")),
            qPrintable(why.at(0)));
        QVERIFY2(why.at(0).contains(QLatin1String("since 2026-11-19T12:05:31Z")), qPrintable(why.at(0)));
        QVERIFY(r.recentErrors().isEmpty()); // not malformed

        r.setMaxAge(0); // no limit
        u.writeDatagram("ancient.again 4 1600000000\n", QHostAddress::LocalHost, r.udpPort());
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), 4, 5000);
        QCOMPARE(r.counts().tooOld, 2);
    }

    void busyPortIsAnError()
    {
        Collected got;
        PlaintextReceiver first(got.sink());
        QVERIFY(first.listen(QHostAddress::LocalHost, 0).ok());
        PlaintextReceiver second(got.sink());
        const Status st = second.listen(QHostAddress::LocalHost, first.tcpPort());
        QVERIFY(!st.ok());
        QVERIFY2(st.error().message.contains(QString::number(first.tcpPort())),
                 qPrintable(st.error().message));
        QVERIFY(!second.isListening());
        QVERIFY(first.isListening());
    }

    void stopFlushesAndCanListenAgain()
    {
        Collected got;
        PlaintextReceiver r(got.sink());
        QVERIFY(r.listen(QHostAddress::LocalHost, 0).ok());
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, r.tcpPort());
        QVERIFY(s.waitForConnected(5000));
        QVERIFY(writeAll(s, "kept.on.stop 1 1795262700\n"));
        r.stop(); // reads what the kernel holds, hands it to the sink, closes
        QCOMPARE(got.size(), 1);
        QVERIFY(!r.isListening());
        QVERIFY(r.listen(QHostAddress::LocalHost, 0).ok());
        QVERIFY(r.isListening());
    }

    // 100,000 lines, stop() right after the last is written: one long stream left open,
    // short connections (some closed, some left open) made just before, datagrams. Every
    // line is stored or counted as malformed.
    void stopLosesNothingAlreadySent()
    {
        Collected got;
        PlaintextReceiver r(got.sink());
        QVERIFY(r.listen(QHostAddress::LocalHost, 0).ok());
        int good = 0, bad = 0;
        auto lines = [&](const QByteArray& prefix, int count) {
            QByteArray out;
            for (int i = 0; i < count; ++i) {
                if ((good + bad) % 997 == 0) {
                    out += prefix + ".bad" + QByteArray::number(i) + " notanumber 1795262700\n";
                    ++bad;
                } else {
                    out +=
                        prefix + ".m" + QByteArray::number(i) + ' ' + QByteArray::number(i) + " 1795262700\n";
                    ++good;
                }
            }
            return out;
        };
        QTcpSocket stream;
        stream.connectToHost(QHostAddress::LocalHost, r.tcpPort());
        QVERIFY(stream.waitForConnected(5000));
        QVERIFY(writeAll(stream, lines("stream", 94000)));
        std::vector<std::unique_ptr<QTcpSocket>> shorts;
        for (int i = 0; i < 20; ++i) {
            auto s = std::make_unique<QTcpSocket>();
            s->connectToHost(QHostAddress::LocalHost, r.tcpPort());
            QVERIFY(s->waitForConnected(5000));
            QVERIFY(writeAll(*s, lines("short" + QByteArray::number(i), 250)));
            if (i % 2 == 0)
                s->disconnectFromHost();
            shorts.push_back(std::move(s));
        }
        QUdpSocket u;
        for (int i = 0; i < 50; ++i) {
            const QByteArray d = lines("udp" + QByteArray::number(i), 20);
            QCOMPARE(u.writeDatagram(d, QHostAddress::LocalHost, r.udpPort()), d.size());
        }
        QCOMPARE(good + bad, 100000);

        r.stop();
        const ReceiverCounts counts = r.counts();
        QCOMPARE(counts.stored + counts.malformed + counts.refused + counts.tooOld, qint64(100000));
        QCOMPARE(counts.malformed, qint64(bad));
        QCOMPARE(got.size(), good);
    }
};

QTEST_GUILESS_MAIN(TestPlaintextReceiver)
#include "tst_plaintextreceiver.moc"
