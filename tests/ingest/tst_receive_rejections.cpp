// `opsdeck receive` as a whole process: what it does not store it says, line by line on
// stderr and in its counts. A sample older than the coarsest archive keeps is rejected
// (it used to be counted as stored and then dropped), a malformed line names its line
// and shows it, and a line without a timestamp is malformed, as carbon has it.

#include "TestSupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

class TestReceiveRejections : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rejectedAndMalformedAreCountedAndShown()
    {
        QTemporaryDir dir;
        const quint16 port = test::freeTcpPort();
        QProcess receiver;
        receiver.setProcessChannelMode(QProcess::SeparateChannels);
        receiver.start(QStringLiteral(OPSDECK_BINARY),
                       {QStringLiteral("--db"), dir.filePath(QStringLiteral("r.sqlite")),
                        QStringLiteral("receive"), QStringLiteral("--listen"),
                        QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--format"),
                        QStringLiteral("json")});
        QVERIFY(receiver.waitForStarted(10000));
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += receiver.readAllStandardError()).contains("listening on"), 15000);

        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QByteArray lines = "good.a 1 " + QByteArray::number(now) +
                                 "\n"
                                 "ancient.b 2 1000000000\n"
                                 "no.timestamp 3\n"
                                 "bad.value x " +
                                 QByteArray::number(now) + "\n";
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(s.waitForConnected(5000));
        s.write(lines);
        QVERIFY(s.waitForBytesWritten(5000));
        s.disconnectFromHost();
        // No wait: stopping drains what was sent.
        receiver.terminate();
        QVERIFY(receiver.waitForFinished(15000));
        QCOMPARE(receiver.exitCode(), 0);
        err += receiver.readAllStandardError();
        const QJsonObject row = QJsonDocument::fromJson(receiver.readAllStandardOutput())
                                    .object()
                                    .value(QStringLiteral("receivers"))
                                    .toArray()
                                    .first()
                                    .toObject();
        QCOMPARE(row.value(QStringLiteral("stored")).toInt(), 1);
        QCOMPARE(row.value(QStringLiteral("malformed")).toInt(), 2);
        QCOMPARE(row.value(QStringLiteral("rejected")).toInt(), 1);
        const QString text = QString::fromUtf8(err);
        QVERIFY2(text.contains(QStringLiteral("rejected: 127.0.0.1: ancient.b at 2001-09-09")),
                 qPrintable(text));
        QVERIFY2(
            text.contains(QStringLiteral("malformed: 127.0.0.1: line 3: missing timestamp: no.timestamp 3")),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("line 4: value is not a number: bad.value x")),
                 qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestReceiveRejections)
#include "tst_receive_rejections.moc"
