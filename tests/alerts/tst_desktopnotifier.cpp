// DesktopNotifier against a real notification daemon: Debian's notification-daemon on a
// private D-Bus session bus and a private Xvfb (tests/integration/scripts/notifyd.sh).
// The daemon takes Notify only with the spec's argument types (hints a{sv}, urgency a
// byte), answers an id and pops a window up; a bus without a daemon gives an error value.

#include "RealServer.h"
#include "alerts/DesktopNotifier.h"

#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace opsdeck;

namespace {

AlertEvent sample(CheckState to)
{
    AlertEvent e;
    e.checkId = 5;
    e.checkName = QStringLiteral("api-latency");
    e.target = QStringLiteral("api1");
    e.from = to == CheckState::Passing ? CheckState::Failing : CheckState::Passing;
    e.to = to;
    e.status = to == CheckState::Passing ? CheckStatus::Ok : CheckStatus::Critical;
    e.importance = Importance::Critical;
    e.message = QStringLiteral("p99 1800 ms > 1000 ms");
    e.value = 1800;
    return e;
}

// The top-level windows on `display` (xwininfo), one line each.
int windowCount(const QString& display)
{
    QProcess p;
    p.start(QStringLiteral("xwininfo"),
            {QStringLiteral("-root"), QStringLiteral("-children"), QStringLiteral("-display"), display});
    if (!p.waitForFinished(10000))
        return -1;
    int n = 0;
    for (const QByteArray& line : p.readAllStandardOutput().split('\n'))
        if (line.trimmed().startsWith("0x"))
            ++n;
    return n;
}

} // namespace

class TestDesktopNotifier : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::RealServer> m_daemon;
    std::unique_ptr<QDBusConnection> m_bus;

private slots:
    void initTestCase()
    {
        m_daemon = std::make_unique<test::RealServer>(QStringLiteral("notifyd.sh"), QStringList());
        OPSDECK_REQUIRE_SERVER(*m_daemon);
        m_bus = std::make_unique<QDBusConnection>(QDBusConnection::connectToBus(
            m_daemon->reported(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")), QStringLiteral("opsdeck-test")));
        QVERIFY2(m_bus->isConnected(), qPrintable(m_bus->lastError().message()));
    }
    void cleanupTestCase()
    {
        m_bus.reset();
        QDBusConnection::disconnectFromBus(QStringLiteral("opsdeck-test"));
    }

    void theDaemonIsReal()
    {
        QDBusInterface server(QStringLiteral("org.freedesktop.Notifications"),
                              QStringLiteral("/org/freedesktop/Notifications"),
                              QStringLiteral("org.freedesktop.Notifications"), *m_bus);
        QDBusMessage info = server.call(QStringLiteral("GetServerInformation"));
        QCOMPARE(info.type(), QDBusMessage::ReplyMessage);
        QCOMPARE(info.arguments().value(0).toString(), QStringLiteral("Notification Daemon"));
    }

    void notifyIsAcceptedAndShown()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("xwininfo")).isEmpty())
            OPSDECK_SKIP_OR_FAIL("xwininfo missing (Debian package x11-utils)");
        DesktopNotifier n(*m_bus);
        QVERIFY(n.isAvailable());
        const QString display = m_daemon->reported(QStringLiteral("DISPLAY"));
        const int before = windowCount(display);
        QVERIFY(before >= 0);
        QSignalSpy spy(&n, &DesktopNotifier::finished);
        n.send(sample(CheckState::Failing));
        QVERIFY(spy.wait(20000));
        const auto st = spy.at(0).at(1).value<Status>();
        QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().message));
        const uint id = spy.at(0).at(2).toUInt();
        QVERIFY(id > 0);
        QTRY_VERIFY_WITH_TIMEOUT(windowCount(display) > before, 10000); // the bubble is on screen
        n.send(sample(CheckState::Passing));
        QVERIFY(spy.wait(20000));
        QVERIFY(spy.at(1).at(1).value<Status>().ok());
        QVERIFY(spy.at(1).at(2).toUInt() != id);
    }

    void noDaemonIsAnErrorValue()
    {
        // The same bus, asking a name nobody owns: what a desktop without a daemon answers.
        DesktopNotifier absent(QDBusConnection::connectToBus(QStringLiteral("unix:path=/nonexistent/bus"),
                                                             QStringLiteral("opsdeck-none")));
        QVERIFY(!absent.isAvailable());
        QSignalSpy spy(&absent, &DesktopNotifier::finished);
        absent.send(sample(CheckState::Failing));
        QVERIFY(spy.wait(20000));
        const auto r = spy.at(0).at(1).value<Status>();
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("not shown")), qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
