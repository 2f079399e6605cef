// `opsdeck receive` end to end: seed 001's cron script, run as it is (only its port
// changed), pushes over UDP; a few more good and malformed lines come over TCP (nc) and
// UDP. After SIGTERM the receiver prints its counts, and the database holds exactly the
// well-formed lines as series.
//
// The script's shebang is /bin/sh but it writes to /dev/udp/HOST/PORT, a bash feature
// (its author's /bin/sh was bash), so it runs under bash.
//
// Without --listen it binds the address and port the window saved (Engine's settings).

#include "TestSupport.h"
#include "engine/Engine.h"
#include "metrics/MetricStore.h"

#include <QDateTime>
#include <QNetworkDatagram>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>
#include <cmath>

using namespace opsdeck;

namespace {

QString bashScript(const QTemporaryDir& dir, quint16 port)
{
    QByteArray script = test::testData(QStringLiteral("ingest/graphite_cron.sh"));
    script.replace("/dev/udp/127.0.0.1/2003", "/dev/udp/127.0.0.1/" + QByteArray::number(port));
    const QString path = dir.filePath(QStringLiteral("graphite_cron.sh"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(script) != script.size())
        return {};
    return path;
}

bool runBash(const QString& script)
{
    QProcess p;
    p.start(QStringLiteral("bash"), {script});
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

qint64 countOf(const QByteArray& out, const char* key)
{
    const QRegularExpression re(QStringLiteral("^%1: (\\d+)$").arg(QLatin1String(key)),
                                QRegularExpression::MultilineOption);
    const auto m = re.match(QString::fromUtf8(out));
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

// The last "committed N" of `receive --report-commits`, -1 before the first.
qint64 lastCommitted(const QByteArray& err)
{
    const qsizetype at = err.lastIndexOf("committed ");
    if (at < 0)
        return -1;
    const qsizetype end = err.indexOf('\n', at);
    return end < 0 ? -1 : err.mid(at + 10, end - at - 10).toLongLong();
}

} // namespace

class TestReceiveIntegration : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void seedScriptAndMalformedLines()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("bash")).isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("nc")).isEmpty())
            OPSDECK_SKIP_OR_FAIL("needs bash and nc (netcat-openbsd)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());

        // What the script sends on this machine: capture one run to learn which of its
        // four lines are well-formed here (free(1) of procps 4 has no "buffers/cache"
        // line, and SYSTEM_SWAP_USED is never set: those values come out empty).
        QUdpSocket capture;
        QVERIFY(capture.bind(QHostAddress::LocalHost, 0));
        const QString captureScript = bashScript(dir, capture.localPort());
        QVERIFY(!captureScript.isEmpty());
        QVERIFY(runBash(captureScript));
        QStringList goodPaths;
        int badLines = 0;
        QTRY_VERIFY_WITH_TIMEOUT(capture.hasPendingDatagrams(), 5000);
        for (int i = 0; i < 4; ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(capture.hasPendingDatagrams(), 5000);
            const QByteArray d = capture.receiveDatagram().data();
            const QList<QByteArray> parts = d.split(' ');
            QCOMPARE(parts.size(), 3); // "path value timestamp", the value maybe empty
            if (parts.at(1).isEmpty())
                ++badLines;
            else
                goodPaths << QString::fromUtf8(parts.at(0));
        }
        QVERIFY(!goodPaths.isEmpty());
        goodPaths.sort();

        // The receiver.
        test::TempDatabase db;
        const quint16 port = test::freeTcpPort();
        QProcess receiver;
        receiver.setProcessChannelMode(QProcess::SeparateChannels);
        const qint64 started = QDateTime::currentSecsSinceEpoch();
        receiver.start(QStringLiteral(OPSDECK_BINARY),
                       {QStringLiteral("--db"), db.path(), QStringLiteral("receive"),
                        QStringLiteral("--report-commits"), QStringLiteral("--listen"),
                        QStringLiteral("127.0.0.1:%1").arg(port)});
        QVERIFY(receiver.waitForStarted(10000));
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += receiver.readAllStandardError()).contains("listening on"), 15000);

        // 1. The seed's script, as it is.
        const QString script = bashScript(dir, port);
        QVERIFY(runBash(script));

        // 2. More lines over TCP with nc: two good, three malformed.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QProcess nc;
        nc.start(QStringLiteral("nc"),
                 {QStringLiteral("-N"), QStringLiteral("127.0.0.1"), QString::number(port)});
        QVERIFY(nc.waitForStarted(5000));
        nc.write("test.tcp.good 42 " + QByteArray::number(now) + "\n" + "test.tcp.path_only\n" +
                 "test.tcp.four fields 1 2\n" + "test.tcp.split 1");
        nc.write(".5 " + QByteArray::number(now) + "\n" + "test.tcp.nan nan " + QByteArray::number(now) +
                 "\n");
        nc.closeWriteChannel();
        QVERIFY(nc.waitForFinished(10000));
        QCOMPARE(nc.exitCode(), 0);

        // 3. And over UDP: one good datagram, one malformed, one from the far future.
        QUdpSocket udp;
        udp.writeDatagram("test.udp.good 7 " + QByteArray::number(now), QHostAddress::LocalHost, port);
        udp.writeDatagram("test.udp.bad notanumber " + QByteArray::number(now), QHostAddress::LocalHost,
                          port);
        // Far in the future: well-formed, so the parser passes it on; the store refuses it.
        udp.writeDatagram("test.udp.future 1 " + QByteArray::number(now + 10 * 365 * 86400),
                          QHostAddress::LocalHost, port);

        // At once: what was sent is in the kernel's buffers (the nc connection perhaps not
        // even accepted yet); stopping takes it all in.
        const int expectedGood = int(goodPaths.size()) + 3;
        receiver.terminate(); // SIGTERM
        QVERIFY(receiver.waitForFinished(15000));
        const QByteArray out = receiver.readAllStandardOutput();
        err += receiver.readAllStandardError();
        QCOMPARE(receiver.exitStatus(), QProcess::NormalExit);
        QVERIFY2(receiver.exitCode() == 0, err.constData());

        QVERIFY2(countOf(out, "stored") == expectedGood, (out + err).constData());
        // The last commit reported is the final flush: every stored sample.
        QCOMPARE(lastCommitted(err), qint64(expectedGood));
        QVERIFY2(countOf(out, "malformed") == badLines + 4, (out + err).constData());
        QCOMPARE(countOf(out, "rejected"), 1);
        QVERIFY2(err.contains("empty value") == (badLines > 0), err.constData());

        // The database holds exactly the well-formed lines, as series.
        MetricStore store(db.db());
        const auto series = store.listSeries();
        QVERIFY2(series.ok(), series.ok() ? "" : qPrintable(series.error().message));
        QStringList paths;
        for (const SeriesInfo& s : *series) {
            QCOMPARE(s.key.machine, QString());
            QCOMPARE(s.key.source, QStringLiteral("graphite-push"));
            QCOMPARE(s.type, SeriesType::Gauge);
            paths << s.key.metric;
        }
        paths.sort();
        QStringList expected = goodPaths;
        expected << QStringLiteral("test.tcp.good") << QStringLiteral("test.tcp.split")
                 << QStringLiteral("test.udp.good");
        expected.sort();
        QCOMPARE(paths, expected);

        auto valueOf = [&](const QString& metric) -> std::optional<double> {
            MetricQuery q;
            q.metric = metric;
            q.source = QStringLiteral("graphite-push");
            q.from = started - 120;
            q.to = QDateTime::currentSecsSinceEpoch() + 60;
            const auto data = store.query(q);
            if (!data.ok())
                return std::nullopt;
            for (const SeriesPoint& p : data->points) {
                if (p.value)
                    return p.value;
            }
            return std::nullopt;
        };
        QCOMPARE(valueOf(QStringLiteral("test.tcp.good")).value_or(-1), 42.0);
        QCOMPARE(valueOf(QStringLiteral("test.tcp.split")).value_or(-1), 1.5);
        QCOMPARE(valueOf(QStringLiteral("test.udp.good")).value_or(-1), 7.0);
        for (const QString& path : std::as_const(goodPaths)) {
            const auto v = valueOf(path);
            QVERIFY2(v && std::isfinite(*v) && *v >= 0, qPrintable(path));
        }
    }

    void listensWhereTheWindowSaved()
    {
        test::TempDatabase db;
        const quint16 port = test::freeTcpPort();
        QVERIFY(port != 0);
        const Status saved = Engine::saveReceiverSettings(
            db.db(), Engine::ReceiverSettings{QHostAddress(QHostAddress::LocalHost), port, false});
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));

        QProcess receiver;
        receiver.start(QStringLiteral(OPSDECK_BINARY),
                       {QStringLiteral("--db"), db.path(), QStringLiteral("receive")});
        QVERIFY(receiver.waitForStarted(10000));
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += receiver.readAllStandardError()).contains("listening on"), 15000);
        QVERIFY2(err.contains("listening on 127.0.0.1:" + QByteArray::number(port) + " "), err.constData());
        QTcpSocket client;
        client.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        QVERIFY(client.waitForConnected(5000));
        client.abort();

        receiver.terminate();
        QVERIFY(receiver.waitForFinished(15000));
        QCOMPARE(receiver.exitStatus(), QProcess::NormalExit);
        QCOMPARE(receiver.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReceiveIntegration)
#include "tst_receive_integration.moc"
