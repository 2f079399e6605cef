// TcpProbe against a real listening port and a closed one; a cancelled run reports nothing.
#include "ProbeTestSupport.h"
#include "TestSupport.h"
#include "checks/TcpProbe.h"

#include <QTcpServer>

using namespace opsdeck;
using opsdeck::test::probeCheck;
using opsdeck::test::runProbe;

class tst_TcpProbe : public QObject
{
    Q_OBJECT

private slots:
    void listeningPortIsOk();
    void closedPortIsCritical();
    void hostFromTheTarget();
    void badParamsUnknown();
    void cancelReportsNothing();
};

void tst_TcpProbe::listeningPortIsOk()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    TcpProbe probe(probeCheck(CheckKind::Tcp, {{"host", "127.0.0.1"}, {"port", int(server.serverPort())}}));
    const ProbeResult r = runProbe(probe);
    QCOMPARE(r.status, CheckStatus::Ok);
    QVERIFY2(r.message.contains(QString::number(server.serverPort())), qPrintable(r.message));
    QVERIFY(r.value.has_value());
    QVERIFY(r.atMs > 0);
}

void tst_TcpProbe::closedPortIsCritical()
{
    const quint16 port = opsdeck::test::freeTcpPort();
    TcpProbe probe(
        probeCheck(CheckKind::Tcp, {{"host", "127.0.0.1"}, {"port", int(port)}, {"timeout_ms", 5000}}));
    const ProbeResult r = runProbe(probe);
    QCOMPARE(r.status, CheckStatus::Critical);
    QVERIFY2(r.message.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(r.message));
    QVERIFY2(r.message.contains(QStringLiteral("refused"), Qt::CaseInsensitive), qPrintable(r.message));
}

void tst_TcpProbe::hostFromTheTarget()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    TcpProbe probe(probeCheck(CheckKind::Tcp, {{"port", int(server.serverPort())}}));
    QCOMPARE(runProbe(probe, QStringLiteral("127.0.0.1")).status, CheckStatus::Ok);
    // With the inventory's address of the machine.
    TcpProbe byAddress(probeCheck(CheckKind::Tcp, {{"port", int(server.serverPort())}}));
    byAddress.setAddressResolver([](const QString& machine) {
        return machine == QLatin1String("web1") ? QStringLiteral("127.0.0.1") : QString();
    });
    const ProbeResult r = runProbe(byAddress, QStringLiteral("web1"));
    QVERIFY2(r.status == CheckStatus::Ok, qPrintable(r.message));
}

void tst_TcpProbe::badParamsUnknown()
{
    TcpProbe probe(probeCheck(CheckKind::Tcp, {{"host", "127.0.0.1"}, {"port", 70000}}));
    const ProbeResult r = runProbe(probe);
    QCOMPARE(r.status, CheckStatus::Unknown);
    QVERIFY(r.message.contains(QStringLiteral("port")));
}

void tst_TcpProbe::cancelReportsNothing()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    TcpProbe probe(probeCheck(CheckKind::Tcp, {{"host", "127.0.0.1"}, {"port", int(server.serverPort())}}));
    QSignalSpy spy(&probe, &CheckProbe::finished);
    probe.run(QString());
    probe.cancel();
    QVERIFY(!probe.running());
    // A second run's result is the only one that arrives.
    probe.run(QStringLiteral("second"));
    QVERIFY(spy.wait(10000));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().at(0).toString(), QStringLiteral("second"));
    QCoreApplication::processEvents(); // the cancelled run's socket is gone: nothing more comes
    QCOMPARE(spy.size(), 1);
}

QTEST_GUILESS_MAIN(tst_TcpProbe)
#include "tst_tcpprobe.moc"
