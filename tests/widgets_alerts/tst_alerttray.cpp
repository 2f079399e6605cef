// AlertTray: its colour and tooltip follow the recorded states (acknowledged and
// silenced targets left out), its messages the transitions at or above the threshold,
// once each, whether the checker calls onAlert() or the monitor finds them.

#include "../models_checks/CheckFixture.h"
#include "TestSupport.h"
#include "alerts/AlertTray.h"
#include "checks/CheckMonitor.h"
#include "checks/CheckStatusStyle.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace opsdeck;

class TestAlertTray : public QObject
{
    Q_OBJECT

    static constexpr qint64 now = 1'800'000'000'000;
    QTemporaryDir m_dir;
    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<CheckMonitor> m_monitor;
    std::unique_ptr<AlertTray> m_tray;
    test::CheckIds m_ids;

    void readAgain()
    {
        QSignalSpy updated(m_monitor.get(), &CheckMonitor::updated);
        m_monitor->refresh();
        QVERIFY(updated.wait(5000));
    }
    AlertEvent failing(qint64 check, const QString& name, const QString& target, Importance importance,
                       CheckStatus status = CheckStatus::Critical) const
    {
        AlertEvent e = test::alertEvent(check, target, CheckState::Passing, CheckState::Failing, status,
                                        importance, m_clock->nowMs(), QStringLiteral("HTTP 503"));
        e.checkName = name;
        return e;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir.filePath(QStringLiteral("settings")), QStringLiteral("tst_alerttray"));
    }

    void init()
    {
        QSettings().clear();
        m_db = std::make_unique<test::TempDatabase>();
        m_clock = std::make_unique<ManualClock>(now);
        m_ids = test::seedChecks(m_db->db(), *m_clock);
        m_monitor = std::make_unique<CheckMonitor>(m_db->db(), *m_clock, 0);
        m_tray = std::make_unique<AlertTray>(m_monitor.get());
        QCOMPARE(m_tray->worstOpen(), std::nullopt); // nothing read yet
        QCOMPARE(m_tray->icon()->toolTip(), QStringLiteral("Opsdeck — no checks"));
        readAgain();
    }

    void cleanup()
    {
        m_tray.reset();
        m_monitor.reset();
        m_clock.reset();
        m_db.reset();
    }

    void colourAndTooltipFollowTheRecordedStates()
    {
        QCOMPARE(m_tray->worstOpen(), CheckStatus::Critical);
        QCOMPARE(m_tray->color(), CheckStatusStyle::color(CheckStatus::Critical));
        QCOMPARE(m_tray->color(), QColor(0xd0, 0x2b, 0x2b)); // red
        QCOMPARE(m_tray->toolTip(),
                 QStringLiteral("Opsdeck — 1 critical, 1 warning: web01 shop-http, db01 db-tcp"));
        QCOMPARE(m_tray->icon()->toolTip(), m_tray->toolTip());
        QVERIFY(!m_tray->icon()->icon().isNull());

        CheckStateStore states(m_db->db(), *m_clock);
        QVERIFY(states.acknowledge(m_ids.shopHttp).ok()); // acknowledged: out of the colour
        readAgain();
        QCOMPARE(m_tray->worstOpen(), CheckStatus::Warning);
        QCOMPARE(m_tray->color(), QColor(0xe6, 0xb4, 0x00)); // yellow
        QCOMPARE(m_tray->toolTip(), QStringLiteral("Opsdeck — 1 warning: db01 db-tcp"));

        QVERIFY(states.silence(m_ids.dbTcp, now + 3600 * 1000).ok()); // silenced: out too
        readAgain();
        QCOMPARE(m_tray->worstOpen(), CheckStatus::Ok);
        QCOMPARE(m_tray->color(), QColor(0x2e, 0xa0, 0x43)); // green
        QCOMPARE(m_tray->toolTip(), QStringLiteral("Opsdeck — nothing open; 2 acknowledged or silenced"));

        // The checker records site going unknown (its source is down): grey.
        const QList<CheckRuntime> unknown{test::checkRuntime(m_ids.site, QString(), CheckState::Unknown,
                                                             CheckStatus::Unknown, now,
                                                             QStringLiteral("no data"))};
        QVERIFY(states.record(unknown, {}).ok());
        readAgain();
        QCOMPARE(m_tray->worstOpen(), CheckStatus::Unknown);
        QCOMPARE(m_tray->color(), QColor(0x80, 0x80, 0x80));
        QCOMPARE(m_tray->toolTip(), QStringLiteral("Opsdeck — 1 unknown: site"));

        // The silence ends: db-tcp's warning counts again.
        m_clock->advanceMs(2 * 3600 * 1000);
        readAgain();
        QCOMPARE(m_tray->worstOpen(), CheckStatus::Warning);
    }

    void messagesAtOrAboveTheThresholdOnce()
    {
        AlertTray::setThreshold(Importance::Error);
        QSignalSpy shown(m_tray.get(), &AlertTray::messageShown);
        m_tray->onAlert(failing(m_ids.dbTcp, QStringLiteral("db-tcp"), QStringLiteral("db01"),
                                Importance::Warning, CheckStatus::Warning));
        QCOMPARE(shown.count(), 0); // below the threshold

        const AlertEvent down = failing(m_ids.shopHttp, QStringLiteral("shop-http"), QStringLiteral("web02"),
                                        Importance::Critical);
        m_tray->onAlert(down);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.at(0).at(0).toString(), QStringLiteral("shop-http on web02 is failing (critical)"));
        QCOMPARE(shown.at(0).at(1).toString(), QStringLiteral("HTTP 503"));
        m_tray->onAlert(down); // the same transition again (the monitor found it too)
        QCOMPARE(shown.count(), 1);

        AlertEvent up = down;
        up.from = CheckState::Failing;
        up.to = CheckState::Passing;
        up.status = CheckStatus::Ok;
        up.atMs += 60000;
        m_tray->onAlert(up);
        QCOMPARE(shown.count(), 2);
        QCOMPARE(shown.at(1).at(0).toString(), QStringLiteral("shop-http on web02 recovered"));

        AlertEvent first = down; // pending -> passing is a first run, not a recovery
        first.from = CheckState::Pending;
        first.to = CheckState::Passing;
        first.atMs += 120000;
        m_tray->onAlert(first);
        QCOMPARE(shown.count(), 2);
    }

    void noMessageForASilencedCheck()
    {
        QVERIFY(CheckStateStore(m_db->db(), *m_clock).silence(m_ids.site, now + 3600 * 1000).ok());
        readAgain();
        QSignalSpy shown(m_tray.get(), &AlertTray::messageShown);
        m_tray->onAlert(failing(m_ids.site, QStringLiteral("site"), QString(), Importance::Critical));
        QCOMPARE(shown.count(), 0);
    }

    void alertsRecordedElsewhereArriveThroughTheMonitor()
    {
        QSignalSpy shown(m_tray.get(), &AlertTray::messageShown);
        const QList<AlertEvent> events{test::alertEvent(
            m_ids.site, QString(), CheckState::Passing, CheckState::Failing, CheckStatus::Critical,
            Importance::Error, now + 1000, QStringLiteral("HTTP 500"))};
        const QList<CheckRuntime> states{test::checkRuntime(m_ids.site, QString(), CheckState::Failing,
                                                            CheckStatus::Critical, now + 1000,
                                                            QStringLiteral("HTTP 500"))};
        QVERIFY(
            CheckStateStore(m_db->db(), *m_clock).record(states, events).ok()); // e.g. `opsdeck check run`
        m_monitor->refresh();
        QVERIFY(shown.wait(5000));
        QCOMPARE(shown.at(0).at(0).toString(), QStringLiteral("site is failing (critical)"));
        QTRY_VERIFY(m_tray->toolTip().contains(QStringLiteral("2 critical")));
    }

    void keepRunningNeedsATray()
    {
        // Offscreen there is no system tray: closing the window must quit whatever the setting.
        QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());
        QVERIFY(!m_tray->keepsRunningOnClose());
        AlertTray::setKeepRunning(true);
        QVERIFY(!m_tray->keepsRunningOnClose());
        QVERIFY(!m_tray->keepRunningAction()->isEnabled());
        QVERIFY(QSettings().value(QStringLiteral("alerts/keepInTray")).toBool());
    }
};

QTEST_MAIN(TestAlertTray)
#include "tst_alerttray.moc"
