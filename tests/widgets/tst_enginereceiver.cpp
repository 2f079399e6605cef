// Engine's Graphite plaintext receiver: off until started, stores into the metric store,
// remembers its address and whether it was on across runs, and says so when its port is
// taken.

#include "TestSupport.h"
#include "engine/Engine.h"
#include "ingest/PlaintextReceiver.h"
#include "metrics/MetricStore.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUdpSocket>

using namespace opsdeck;

namespace {

std::unique_ptr<Engine> startEngine(const QString& path)
{
    Engine::Options options;
    options.startCollector = false;
    options.startPolling = false;
    auto engine = Engine::start(path, options);
    if (!engine.ok())
        qFatal("engine: %s", qPrintable(engine.error().message));
    return std::move(*engine);
}

bool send(quint16 port, const QByteArray& lines)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    if (!socket.waitForConnected(5000))
        return false;
    socket.write(lines);
    if (!socket.waitForBytesWritten(5000))
        return false;
    socket.disconnectFromHost();
    return socket.state() == QAbstractSocket::UnconnectedState || socket.waitForDisconnected(5000);
}

} // namespace

class TestEngineReceiver : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void offByDefaultAtTheDefaultAddress()
    {
        QTemporaryDir dir;
        auto engine = startEngine(dir.filePath(QStringLiteral("a.sqlite")));
        QVERIFY(!engine->receiver().isListening());
        auto settings = engine->receiverSettings();
        QVERIFY(settings.ok());
        QCOMPARE(settings->address, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(settings->port, quint16(2003));
        QCOMPARE(settings->enabled, false);
        QVERIFY(engine->restoreReceiver().ok());
        QVERIFY(!engine->receiver().isListening());
    }

    void storesWhatItReceivesAndRemembersItWasOn()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("b.sqlite"));
        const quint16 port = test::freeTcpPort();
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        {
            auto engine = startEngine(path);
            const Status st = engine->startReceiver(QHostAddress(QHostAddress::LocalHost), port);
            QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().message));
            QVERIFY(engine->receiver().isListening());
            QCOMPARE(engine->receiver().tcpPort(), port);
            QVERIFY(send(
                port,
                QStringLiteral("test.engine.a 1 %1\ntest.engine.b 2 %1\nnot a line\n").arg(now).toUtf8()));
            QTRY_COMPARE(engine->receiver().counts().stored, qint64(2));
            QCOMPARE(engine->receiver().counts().malformed, qint64(1));
            // UDP on the same port; a datagram without a trailing newline is one line.
            QUdpSocket udp;
            QVERIFY(udp.writeDatagram(QStringLiteral("test.engine.udp 5 %1").arg(now).toUtf8(),
                                      QHostAddress(QHostAddress::LocalHost), port) > 0);
            QTRY_COMPARE(engine->receiver().counts().stored, qint64(3));
            auto settings = engine->receiverSettings();
            QCOMPARE(settings->port, port);
            QCOMPARE(settings->enabled, true);
        } // shutdown stops it but keeps "on"
        {
            auto engine = startEngine(path);
            QVERIFY(!engine->receiver().isListening()); // the engine alone never starts it
            auto series = engine->metricStore().listSeries();
            QVERIFY(series.ok());
            QStringList names;
            for (const SeriesInfo& s : *series)
                names << s.key.metric;
            QVERIFY2(names.contains(QStringLiteral("test.engine.a")),
                     qPrintable(names.join(QLatin1Char(','))));
            QVERIFY(names.contains(QStringLiteral("test.engine.b")));
            QVERIFY(names.contains(QStringLiteral("test.engine.udp")));

            QVERIFY(engine->restoreReceiver().ok()); // the window does this
            QVERIFY(engine->receiver().isListening());
            QCOMPARE(engine->receiver().tcpPort(), port);
            QVERIFY(engine->stopReceiver().ok());
            QVERIFY(!engine->receiver().isListening());
            QCOMPARE(engine->receiverSettings()->enabled, false);
            QCOMPARE(engine->receiverSettings()->port, port); // the address stays
        }
        auto engine = startEngine(path);
        QVERIFY(engine->restoreReceiver().ok());
        QVERIFY(!engine->receiver().isListening());
    }

    void aPortInUseIsAClearError()
    {
        QTemporaryDir dir;
        auto engine = startEngine(dir.filePath(QStringLiteral("c.sqlite")));
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress(QHostAddress::LocalHost), 0));
        const Status st = engine->startReceiver(QHostAddress(QHostAddress::LocalHost), squatter.serverPort());
        QVERIFY(!st.ok());
        QVERIFY2(st.error().message.contains(QString::number(squatter.serverPort())),
                 qPrintable(st.error().message));
        QVERIFY(!engine->receiver().isListening());
        auto settings = engine->receiverSettings();
        QCOMPARE(settings->enabled, false);
        QCOMPARE(settings->port, quint16(2003));
    }

    void listeningWritesNothingAndTheSettingsWriteRunsOnAnyThread()
    {
        QTemporaryDir dir;
        auto engine = startEngine(dir.filePath(QStringLiteral("d.sqlite")));
        const quint16 port = test::freeTcpPort();
        QVERIFY(engine->listenReceiver(QHostAddress(QHostAddress::LocalHost), port).ok());
        QVERIFY(engine->receiver().isListening());
        QCOMPARE(engine->receiverSettings()->enabled, false); // the window writes them off the GUI thread

        const Engine::ReceiverSettings wanted{QHostAddress(QStringLiteral("0.0.0.0")), port, true};
        Status written = Error::failure(QStringLiteral("not run"));
        auto db = engine->sharedDatabase();
        std::unique_ptr<QThread> worker(
            QThread::create([&written, db, wanted] { written = Engine::saveReceiverSettings(db, wanted); }));
        worker->start();
        QVERIFY(worker->wait(10000));
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        auto settings = engine->receiverSettings();
        QVERIFY(settings.ok());
        QCOMPARE(settings->address, wanted.address);
        QCOMPARE(settings->port, port);
        QCOMPARE(settings->enabled, true);
        engine->receiver().stop();
    }

    // A damaged saved setting is a clear error (not a log line and a silent default),
    // and turning the receiver off still works, replacing it with the defaults.
    void aDamagedSavedSettingIsAClearError()
    {
        QTemporaryDir dir;
        auto engine = startEngine(dir.filePath(QStringLiteral("d.sqlite")));
        QVERIFY(engine);
        Status st = engine->database().transaction([](QSqlDatabase& c) -> Status {
            auto q = Database::exec(c, QStringLiteral("INSERT OR REPLACE INTO settings (key, value) "
                                                      "VALUES ('receiver.port', 'seventy')"));
            return q.ok() ? Status{} : Status{q.error()};
        });
        QVERIFY(st.ok());
        auto read = engine->receiverSettings();
        QVERIFY(!read.ok());
        QVERIFY2(read.error().message.contains(QStringLiteral("'seventy' is not a port")),
                 qPrintable(read.error().message));
        QVERIFY(!engine->restoreReceiver().ok());
        QVERIFY(engine->stopReceiver().ok());
        QVERIFY(engine->receiverSettings().ok());
        QCOMPARE(engine->receiverSettings()->port, quint16(2003));
    }
};

QTEST_GUILESS_MAIN(TestEngineReceiver)
#include "tst_enginereceiver.moc"
