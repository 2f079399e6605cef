// The main window offscreen on a temporary database: its docks, Help > About, the
// live charts of the local machine after real collector passes, shortcuts, and the
// window layout's round trip through QSettings.

#include "AboutDialog.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "alerts/AlertsDock.h"
#include "alerts/ChecksPanel.h"
#include "charts/ChartTimeline.h"
#include "charts/MachineChartsView.h"
#include "charts/MetricChartWidget.h"
#include "collector/CollectorService.h"
#include "compare/NodeComparePage.h"
#include "engine/Engine.h"
#include "fleet/FleetDock.h"
#include "inventory/FleetTreeModel.h"
#include "inventory/InventoryView.h"
#include "inventory/MessageBanner.h"
#include "jobs/JobsDock.h"
#include "panels/EmptyStateView.h"
#include "team/TeamSession.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QXYSeries>
#include <libssh2.h>

using namespace opsdeck;

namespace {

int seriesPoints(const MainWindow& w, const char* chartName)
{
    auto* chart = w.findChild<MetricChartWidget*>(QLatin1String(chartName));
    if (!chart)
        return -1;
    int n = 0;
    for (QAbstractSeries* s : chart->chart()->series()) {
        if (auto* xy = qobject_cast<QXYSeries*>(s))
            n += xy->count();
    }
    return n;
}

QAction* action(const MainWindow& w, const char* name)
{
    return w.findChild<QAction*>(QLatin1String(name));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir.filePath(QStringLiteral("settings")), QStringLiteral("tst_mainwindow"));
    }

    void init() { QSettings().clear(); }

    void opensWithEveryDock()
    {
        auto engine = startEngine(false);
        MainWindow w(*engine);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        for (const char* name : {"fleetDock", "jobsDock", "alertsDock"}) {
            auto* dock = w.findChild<QDockWidget*>(QLatin1String(name));
            QVERIFY2(dock, name);
            QVERIFY2(dock->toggleViewAction()->isChecked(), name);
            QVERIFY2(!dock->windowTitle().isEmpty(), name);
        }
        QVERIFY(w.findChild<QLineEdit*>(QStringLiteral("fleetFilter")));
        auto* charts = w.findChild<MachineChartsView*>(QStringLiteral("machineCharts"));
        QVERIFY(charts);
        // The centre is tabs (under the team database's banner, hidden on a local file): the
        // charts first, then the whole inventory view.
        auto* centre = w.centreTabs();
        QVERIFY(centre);
        QCOMPARE(centre->parentWidget(), w.centralWidget());
        QVERIFY(!w.teamSession()->banner()->isVisible());
        // File > Connect to a Team Database…, and no way back to a local file already in use.
        auto* connectTeam = w.findChild<QAction*>(QStringLiteral("actionConnectTeam"));
        QVERIFY(connectTeam);
        QCOMPARE(connectTeam->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
        QVERIFY(!w.teamSession()->localAction()->isVisible());
        QCOMPARE(w.teamSession()->statusText(), QStringLiteral("Local database"));
        // The Charts tab holds the pages: a machine's host page first, a node's compare page.
        auto* pages = qobject_cast<QStackedWidget*>(centre->widget(0));
        QVERIFY(pages);
        QCOMPARE(centre->currentWidget(), pages);
        QCOMPARE(pages->currentWidget(), charts);
        QCOMPARE(pages->indexOf(w.nodePage()), 1);
        QVERIFY(w.findChild<InventoryView*>(QStringLiteral("inventoryView")));
        QCOMPARE(centre->widget(1), w.findChild<InventoryView*>(QStringLiteral("inventoryView")));
        for (const char* name :
             {"chart-cpu", "chart-load", "chart-memory", "chart-network", "chart-diskio", "chart-diskusage"})
            QVERIFY2(w.findChild<MetricChartWidget*>(QLatin1String(name)), name);
        QCOMPARE(charts->machine(), engine->localMachineName());

        // The jobs' history is a list; the Alerts dock has its Checks and History tabs, the
        // checks saying there are none yet.
        QVERIFY(w.jobsDock()->findChild<QAbstractItemView*>(QStringLiteral("jobTable")));
        QVERIFY(w.findChild<QAction*>(QStringLiteral("actionRunCommand")));
        QVERIFY(w.alertsPanel()->findChild<QAbstractItemView*>(QStringLiteral("checkTable")));
        QVERIFY(w.alertsPanel()->findChild<QAbstractItemView*>(QStringLiteral("alertTable")));
        auto* empty = w.alertsPanel()->checksPanel()->findChild<EmptyStateView*>();
        QVERIFY(empty);
        QVERIFY(empty->isVisibleTo(w.alertsPanel()->checksPanel()));
        QVERIFY(empty->explanation().contains(QStringLiteral("check add")));

        auto* db = w.findChild<QLabel*>(QStringLiteral("statusDatabase"));
        QVERIFY(db);
        QVERIFY(db->text().contains(engine->database().path()));
        auto* collector = w.findChild<QLabel*>(QStringLiteral("statusCollector"));
        QVERIFY(collector);
        QVERIFY2(collector->text().contains(QStringLiteral("stopped")), qPrintable(collector->text()));
    }

    void fleetListsTheLocalMachine()
    {
        auto engine = startEngine(false);
        MainWindow w(*engine);
        w.show();
        auto* tree = w.findChild<QAbstractItemView*>(QStringLiteral("fleetTree"));
        QVERIFY(tree);
        QCOMPARE(tree, w.fleetDock()->fleetView());
        QVERIFY2(engine->startupWarnings().isEmpty(),
                 qPrintable(engine->startupWarnings().join(QLatin1Char(' '))));
        // Loaded off the GUI thread: no tree yet, the local machine in the pool.
        QTRY_COMPARE(tree->model()->rowCount(), 1);
        const QModelIndex pool = tree->model()->index(0, 0);
        QCOMPARE(pool.data(FleetTreeModel::KindRole).toString(), QStringLiteral("pool"));
        QCOMPARE(tree->model()->rowCount(pool), 1);
        QCOMPARE(tree->model()->index(0, 0, pool).data().toString(), engine->localMachineName());
        QCOMPARE(w.fleetDock()->selectedMachine(), engine->localMachineName());
        QCOMPARE(tree->currentIndex(), tree->model()->index(0, 0, pool));
        w.fleetDock()->filterEdit()->setText(QStringLiteral("no-such-machine"));
        QCOMPARE(tree->model()->rowCount(), 0);
    }

    void fleetFollowsAChangeMadeByAnotherProcess()
    {
        auto engine = startEngine(false);
        MainWindow w(*engine);
        auto* tree = w.findChild<QAbstractItemView*>(QStringLiteral("fleetTree"));
        QVERIFY(tree);
        QTRY_COMPARE(tree->model()->rowCount(), 1);
        // Persistent: the reload is a layout change that carries it to the new tree.
        const QPersistentModelIndex pool(tree->model()->index(0, 0));
        QCOMPARE(tree->model()->rowCount(pool), 1);
        const auto cli =
            test::runCli({QStringLiteral("--db"), engine->database().path(), QStringLiteral("machine"),
                          QStringLiteral("add"), QStringLiteral("zz-from-the-cli"),
                          QStringLiteral("--address"), QStringLiteral("10.9.9.9")});
        QVERIFY2(cli.exitCode == 0, cli.err.constData());
        // The inventory's watcher polls the revision every 3 s.
        QTRY_COMPARE_WITH_TIMEOUT(tree->model()->rowCount(pool), 2, 15000);
        QCOMPARE(tree->model()->index(1, 0, pool).data().toString(), QStringLiteral("zz-from-the-cli"));
    }

    void aboutListsLibraryVersions()
    {
        auto engine = startEngine(false);
        MainWindow w(*engine);
        w.show();
        QAction* about = action(w, "actionAbout");
        QVERIFY(about);
        QCOMPARE(about->shortcut(), QKeySequence(QKeySequence::HelpContents));
        about->trigger();
        auto* dialog = w.findChild<AboutDialog*>(QStringLiteral("aboutDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        const QString text = dialog->versionsText();
        QVERIFY2(text.contains(QStringLiteral("Qt ") + QLatin1String(qVersion())), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("libssh2 ") + QLatin1String(libssh2_version(0))),
                 qPrintable(text));
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("QtKeychain \\d+\\.\\d+"))),
                 qPrintable(text));
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("SQLite 3\\.\\d+"))), qPrintable(text));
        auto* label = dialog->findChild<QLabel*>(QStringLiteral("aboutVersions"));
        QVERIFY(label);
        QVERIFY(label->text().contains(QStringLiteral("QtKeychain")));
    }

    void chartsTheLocalMachineAfterCollectorPasses()
    {
        // The real collector on its thread, one pass a second: the second pass gives
        // the derive series (CPU, traffic, disk I/O) their first rate.
        auto engine = startEngine(true, 1000);
        MainWindow w(*engine);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy passes(&engine->collector(), &CollectorService::passFinished);
        QTRY_VERIFY_WITH_TIMEOUT(passes.size() >= 2, 15000);

        QTRY_VERIFY_WITH_TIMEOUT(seriesPoints(w, "chart-load") > 0, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(seriesPoints(w, "chart-memory") > 0, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(seriesPoints(w, "chart-cpu") > 0, 15000);
        const MachineChartSet& set = w.chartsView()->current();
        QCOMPARE(set.machine, engine->localMachineName());
        QVERIFY2(set.error.isEmpty(), qPrintable(set.error));
        // CPU is percent of all CPU time.
        for (QAbstractSeries* s : w.chartsView()->chart(MachineChartKind::Cpu)->chart()->series()) {
            for (const QPointF& p : qobject_cast<QXYSeries*>(s)->points())
                QVERIFY2(p.y() >= 0 && p.y() <= 100.0001, qPrintable(QString::number(p.y())));
        }

        auto* collector = w.findChild<QLabel*>(QStringLiteral("statusCollector"));
        QVERIFY(collector);
        QTRY_VERIFY2(collector->text().contains(QStringLiteral("last pass")), qPrintable(collector->text()));
    }

    void shortcutsForTheMainActions()
    {
        auto engine = startEngine(false);
        MainWindow w(*engine);
        w.show();
        QCOMPARE(action(w, "actionQuit")->shortcut(), QKeySequence(QKeySequence::Quit));
        QCOMPARE(action(w, "actionRefresh")->shortcut(), QKeySequence(QKeySequence::Refresh));
        QCOMPARE(action(w, "actionFindMachine")->shortcut(), QKeySequence(QKeySequence::Find));
        // The host page's eight ranges, 1 h to 1 year, on Ctrl+1..8; a chosen span on Ctrl+9.
        QCOMPARE(action(w, "actionRange1h")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_1));
        QCOMPARE(action(w, "actionRange7d")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_6));
        QCOMPARE(action(w, "actionRange1y")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_8));
        QCOMPARE(action(w, "actionRangeCustom")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_9));
        QVERIFY(!w.alertsPanel()->toggleViewAction()->shortcut().isEmpty());

        action(w, "actionRange4h")->trigger();
        QCOMPARE(w.chartsView()->timeRange(), TimeRange::Hours4);
        w.chartsView()->setTimeRange(TimeRange::Month1); // and the menu follows the view
        QVERIFY(action(w, "actionRange1mo")->isChecked());
        QVERIFY(!action(w, "actionRange4h")->isChecked());

        // A zoom on the charts goes back with Ctrl+Backspace and away with Ctrl+0.
        QCOMPARE(action(w, "actionZoomBack")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Backspace));
        QCOMPARE(action(w, "actionZoomReset")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_0));
        ChartTimeline* timeline = w.chartsView()->timeline();
        const qint64 to = timeline->to();
        QVERIFY(timeline->zoomTo(to - 1800, to - 600));
        QVERIFY(!timeline->isLive());
        action(w, "actionZoomBack")->trigger();
        QVERIFY(!timeline->canGoBack());
        QVERIFY(timeline->zoomTo(to - 1800, to - 600));
        action(w, "actionZoomReset")->trigger();
        QVERIFY(timeline->isLive());

        w.alertsPanel()->toggleViewAction()->trigger();
        QVERIFY(w.alertsPanel()->isHidden());
    }

    void layoutRoundTripsThroughSettings()
    {
        auto engine = startEngine(false);
        {
            MainWindow w(*engine);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.resize(720, 520);
            w.addDockWidget(Qt::RightDockWidgetArea, w.fleetDock());
            w.alertsPanel()->hide();
            w.chartsView()->setTimeRange(TimeRange::Hours6);
            w.centreTabs()->setCurrentIndex(w.centreTabs()->count() - 1);
            QVERIFY(w.close()); // closeEvent saves
        }
        QSettings settings;
        QVERIFY(settings.contains(QStringLiteral("mainWindow/geometry")));
        QVERIFY(settings.contains(QStringLiteral("mainWindow/state")));
        QVERIFY(settings.fileName().startsWith(m_dir.path()));

        MainWindow again(*engine);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(720, 520));
        QCOMPARE(again.dockWidgetArea(again.fleetDock()), Qt::RightDockWidgetArea);
        QVERIFY(again.alertsPanel()->isHidden());
        QVERIFY(!again.jobsDock()->isHidden());
        QCOMPARE(again.chartsView()->timeRange(), TimeRange::Hours6);
        QCOMPARE(again.centreTabs()->currentIndex(), again.centreTabs()->count() - 1);
    }

    void aSavedLayoutThatIsGarbageIsIgnored()
    {
        QSettings().setValue(QStringLiteral("mainWindow/state"), QByteArray("not a state"));
        QSettings().setValue(QStringLiteral("mainWindow/geometry"), QByteArray("nor a geometry"));
        auto engine = startEngine(false);
        MainWindow w(*engine);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.dockWidgetArea(w.fleetDock()), Qt::LeftDockWidgetArea);
        // The default layout: every dock shown, and its menu entry says so both ways.
        for (QDockWidget* dock :
             {static_cast<QDockWidget*>(w.fleetDock()), static_cast<QDockWidget*>(w.jobsDock()),
              static_cast<QDockWidget*>(w.alertsPanel())}) {
            QAction* toggle = dock->toggleViewAction();
            QVERIFY2(!dock->isHidden(), qPrintable(dock->objectName()));
            QVERIFY2(toggle->isChecked(), qPrintable(dock->objectName()));
            toggle->trigger();
            QVERIFY2(dock->isHidden(), qPrintable(dock->objectName()));
            QVERIFY2(!toggle->isChecked(), qPrintable(dock->objectName()));
            toggle->trigger();
            QVERIFY2(!dock->isHidden(), qPrintable(dock->objectName()));
            QVERIFY2(toggle->isChecked(), qPrintable(dock->objectName()));
        }
    }

private:
    std::unique_ptr<Engine> startEngine(bool collector, int intervalMs = 0)
    {
        Engine::Options options;
        options.startCollector = collector;
        options.collectorIntervalMs = intervalMs;
        auto engine = Engine::start(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_dbs)), options);
        if (!engine.ok())
            qFatal("engine: %s", qPrintable(engine.error().message));
        return std::move(*engine);
    }

    QTemporaryDir m_dir;
    int m_dbs = 0;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
