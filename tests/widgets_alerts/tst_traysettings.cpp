// Tray Settings… (TraySettingsDialog), offscreen: it opens on the saved threshold and
// keep-in-tray choice, OK saves both (QSettings), and the tray's messages follow the new
// threshold at once; the Checks tab's action opens it. And the tray stays quiet for a
// target under a maintenance window.

#include "../models_checks/CheckFixture.h"
#include "TestSupport.h"
#include "alerts/AlertTray.h"
#include "alerts/ChecksPanel.h"
#include "alerts/TraySettingsDialog.h"
#include "checks/CheckMonitor.h"
#include "checks/MaintenanceStore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace opsdeck;

class TestTraySettings : public QObject
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
    AlertEvent failing(qint64 check, const QString& target, Importance importance, qint64 atMs) const
    {
        AlertEvent e = test::alertEvent(check, target, CheckState::Passing, CheckState::Failing,
                                        CheckStatus::Critical, importance, atMs, QStringLiteral("HTTP 503"));
        e.checkName = QStringLiteral("check%1").arg(check);
        return e;
    }
    static QComboBox* thresholdBox(QWidget* d)
    {
        return d->findChild<QComboBox*>(QStringLiteral("trayImportance"));
    }
    static QCheckBox* keepBox(QWidget* d) { return d->findChild<QCheckBox*>(QStringLiteral("keepInTray")); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir.filePath(QStringLiteral("settings")), QStringLiteral("tst_traysettings"));
    }

    void init()
    {
        QSettings().clear();
        m_db = std::make_unique<test::TempDatabase>();
        m_clock = std::make_unique<ManualClock>(now);
        m_ids = test::seedChecks(m_db->db(), *m_clock);
        m_monitor = std::make_unique<CheckMonitor>(m_db->db(), *m_clock, 0);
        m_tray = std::make_unique<AlertTray>(m_monitor.get());
        readAgain();
    }

    void cleanup()
    {
        m_tray.reset();
        m_monitor.reset();
        m_clock.reset();
        m_db.reset();
    }

    void opensOnTheSavedChoices()
    {
        {
            TraySettingsDialog d(true);
            QCOMPARE(d.threshold(), Importance::Warning); // nothing saved: the default
            QCOMPARE(thresholdBox(&d)->currentData().toInt(), int(Importance::Warning));
            QVERIFY(d.keepInTray()); // nothing saved: the caller's default
        }
        AlertTray::setThreshold(Importance::Critical);
        AlertTray::setKeepRunning(false);
        TraySettingsDialog d(true);
        QCOMPARE(d.threshold(), Importance::Critical);
        QCOMPARE(thresholdBox(&d)->currentText(), QStringLiteral("Critical only"));
        QVERIFY(!d.keepInTray());
        QVERIFY(!keepBox(&d)->isChecked());
    }

    void okSavesAndCancelDoesNot()
    {
        auto* d = TraySettingsDialog::openFor(false, nullptr);
        QPointer<TraySettingsDialog> guard(d);
        thresholdBox(d)->setCurrentIndex(thresholdBox(d)->findData(int(Importance::Error)));
        keepBox(d)->setChecked(true);
        d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->click();
        QTRY_VERIFY(guard.isNull()); // deleted on close
        QCOMPARE(AlertTray::threshold(), Importance::Warning);
        QCOMPARE(AlertTray::savedKeepRunning(), std::nullopt);

        d = TraySettingsDialog::openFor(false, nullptr);
        guard = d;
        thresholdBox(d)->setCurrentIndex(thresholdBox(d)->findData(int(Importance::Error)));
        keepBox(d)->setChecked(true);
        d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(guard.isNull());
        QCOMPARE(AlertTray::threshold(), Importance::Error);
        QCOMPARE(AlertTray::savedKeepRunning(), std::optional<bool>(true));
        QCOMPARE(QSettings().value(QStringLiteral("alerts/trayImportance")).toString(),
                 QStringLiteral("error"));
    }

    void theTrayFollowsTheNewThreshold()
    {
        QSignalSpy shown(m_tray.get(), &AlertTray::messageShown);
        m_tray->onAlert(failing(m_ids.site, QString(), Importance::Error, now + 1));
        QCOMPARE(shown.count(), 1); // error is above the default (warning)

        // From the Checks tab, as an operator does it.
        ChecksPanel panel(m_monitor.get());
        QAction* action = panel.findChild<QAction*>(QStringLiteral("actionChecksTraySettings"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        action->trigger();
        TraySettingsDialog* d = nullptr;
        QTRY_VERIFY((d = panel.findChild<TraySettingsDialog*>()) != nullptr);
        QPointer<TraySettingsDialog> guard(d);
        thresholdBox(d)->setCurrentIndex(thresholdBox(d)->findData(int(Importance::Critical)));
        d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(guard.isNull());

        m_tray->onAlert(failing(m_ids.site, QString(), Importance::Error, now + 2));
        QCOMPARE(shown.count(), 1); // below critical now
        m_tray->onAlert(failing(m_ids.shopHttp, QStringLiteral("web02"), Importance::Critical, now + 3));
        QCOMPARE(shown.count(), 2);
    }

    void quietForATargetInMaintenance()
    {
        MaintenanceWindow w;
        w.nodePath = QStringLiteral("shop/db");
        w.fromMs = now - 1000;
        w.toMs = now + 3'600'000;
        QVERIFY(MaintenanceStore(m_db->db()).add(w).ok());
        readAgain();
        QSignalSpy shown(m_tray.get(), &AlertTray::messageShown);
        m_tray->onAlert(failing(m_ids.dbTcp, QStringLiteral("db01"), Importance::Critical, now + 1));
        m_tray->onAlert(failing(m_ids.shopHttp, QStringLiteral("db01"), Importance::Critical, now + 2));
        QCOMPARE(shown.count(), 0); // db01 is bound below shop/db
        m_tray->onAlert(failing(m_ids.shopHttp, QStringLiteral("web01"), Importance::Critical, now + 3));
        QCOMPARE(shown.count(), 1); // web01 is not
        // And the open problems (the tray's colour and tooltip) leave db01 out.
        QVERIFY(!m_tray->toolTip().contains(QStringLiteral("db01")));
        QVERIFY(m_tray->toolTip().contains(QStringLiteral("web01")));
        // With the whole shop under a window: nothing open, and the tooltip says why.
        w.nodePath = QStringLiteral("shop");
        QVERIFY(MaintenanceStore(m_db->db()).add(w).ok());
        readAgain();
        QCOMPARE(m_tray->worstOpen(), std::optional<CheckStatus>(CheckStatus::Ok));
        QCOMPARE(m_tray->toolTip(), QStringLiteral("Opsdeck — nothing open; 2 in maintenance"));
    }
};

QTEST_MAIN(TestTraySettings)
#include "tst_traysettings.moc"
