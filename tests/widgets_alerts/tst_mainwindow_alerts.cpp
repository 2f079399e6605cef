// The main window on a database with checks (../models_checks/CheckFixture.h): the
// roll-up's icons in the service tree, the machine table and the fleet list, the Alerts
// dock's checks, the tray's summary, and the tray's click bringing up the dock.

#include "../models_checks/CheckFixture.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "alerts/AlertTray.h"
#include "alerts/AlertsDock.h"
#include "alerts/ChecksPanel.h"
#include "checks/CheckListModel.h"
#include "checks/CheckMonitor.h"
#include "engine/Engine.h"
#include "fleet/FleetDock.h"
#include "inventory/FleetTreeFilterModel.h"
#include "inventory/FleetTreeModel.h"
#include "inventory/InventoryView.h"
#include "inventory/MachineTableModel.h"
#include "inventory/ServiceTreeModel.h"

#include <QAbstractItemView>
#include <QDateTime>
#include <QIcon>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

class TestMainWindowAlerts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir.filePath(QStringLiteral("settings")),
                              QStringLiteral("tst_mainwindow_alerts"));
    }

    void theWindowShowsTheChecks()
    {
        Engine::Options options;
        options.startCollector = false;
        auto engine = Engine::start(m_dir.filePath(QStringLiteral("checks.sqlite")), options);
        QVERIFY2(engine.ok(), engine.ok() ? "" : qPrintable(engine.error().message));
        ManualClock clock(QDateTime::currentMSecsSinceEpoch());
        const test::CheckIds ids = test::seedChecks((*engine)->sharedDatabase(), clock);

        MainWindow w(**engine);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        // The roll-up: shop-http fails on web01, so web01, shop/web and shop are critical.
        auto* inventory = w.findChild<InventoryView*>(QStringLiteral("inventoryView"));
        QVERIFY(inventory);
        ServiceTreeModel* tree = inventory->treeModel();
        QTRY_COMPARE(
            tree->indexOfPath(QStringLiteral("shop"), ServiceTreeModel::StatusColumn).data().toString(),
            QStringLiteral("critical"));
        QCOMPARE(
            tree->indexOfPath(QStringLiteral("shop/db"), ServiceTreeModel::StatusColumn).data().toString(),
            QStringLiteral("warning"));
        MachineTableModel* machines = inventory->machineModel();
        QTRY_VERIFY(machines->rowOf(QStringLiteral("web01")) >= 0);
        const QModelIndex web01 = machines->index(machines->rowOf(QStringLiteral("web01")), 0);
        QCOMPARE(web01.data(MachineTableModel::CheckStatusRole).toInt(), int(CheckStatus::Critical));
        QVERIFY(!web01.data(Qt::DecorationRole).value<QIcon>().isNull());
        // The Fleet dock's tree: web01 under shop/web, shop/web under shop, all critical.
        auto* fleet = qobject_cast<FleetTreeModel*>(w.fleetDock()->filterModel()->sourceModel());
        QVERIFY(fleet);
        QTRY_VERIFY(fleet->indexOfMachine(QStringLiteral("web01")).isValid());
        const QModelIndex fleetWeb01 = fleet->indexOfMachine(QStringLiteral("web01"));
        QCOMPARE(fleetWeb01.parent(), fleet->indexOfNode(QStringLiteral("shop/web")));
        QVERIFY(!fleetWeb01.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(fleetWeb01.data(FleetTreeModel::CheckStatusRole).toInt(), int(CheckStatus::Critical));
        QCOMPARE(fleet->indexOfNode(QStringLiteral("shop")).data(FleetTreeModel::CheckStatusRole).toInt(),
                 int(CheckStatus::Critical));

        // The dock lists the checks; the tray sums them up.
        CheckListModel* list = w.alertsPanel()->checksPanel()->model();
        QTRY_COMPARE(list->rowCount(), 3);
        QVERIFY(list->rowOfCheck(ids.shopHttp) >= 0);
        QCOMPARE(w.alertTray()->worstOpen(), CheckStatus::Critical);
        QVERIFY2(w.alertTray()->toolTip().contains(QStringLiteral("1 critical, 1 warning")),
                 qPrintable(w.alertTray()->toolTip()));

        // The tray's click: the window on the Alerts dock's Checks tab.
        w.alertsPanel()->hide();
        w.alertsPanel()->tabs()->setCurrentIndex(1);
        emit w.alertTray()->showRequested();
        QVERIFY(w.alertsPanel()->isVisible());
        QCOMPARE(w.alertsPanel()->tabs()->currentWidget(), w.alertsPanel()->checksPanel());

        // The checker's refresh after a round: a recovery reaches the tree.
        const QList<CheckRuntime> recovered{test::checkRuntime(
            ids.dbTcp, QStringLiteral("db01"), CheckState::Passing, CheckStatus::Ok, clock.nowMs())};
        QVERIFY(CheckStateStore((*engine)->sharedDatabase(), clock).record(recovered, {}).ok());
        w.checkMonitor()->refresh();
        QTRY_COMPARE(
            tree->indexOfPath(QStringLiteral("shop/db"), ServiceTreeModel::StatusColumn).data().toString(),
            QStringLiteral("ok"));

        // No system tray offscreen: closing quits.
        QVERIFY(!w.alertTray()->keepsRunningOnClose());
        QVERIFY(w.close());
    }
};

QTEST_MAIN(TestMainWindowAlerts)
#include "tst_mainwindow_alerts.moc"
