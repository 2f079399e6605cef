// The Fleet dock as Loki's navigation (issue 10, part 0): the service tree with its
// machines and its filter, offscreen over a real SQLite inventory; and the window's
// Back / Forward (Alt+Left / Alt+Right) over the machines and nodes shown.

#include "../models/InventoryFixture.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "charts/MachineChartsView.h"
#include "compare/CompareModel.h"
#include "compare/NodeComparePage.h"
#include "dashboards/DashboardPage.h"
#include "engine/Engine.h"
#include "fleet/FleetDock.h"
#include "fleet/NavigationController.h"
#include "inventory/FleetTreeFilterModel.h"
#include "inventory/FleetTreeModel.h"
#include "inventory/InventoryView.h"
#include "inventory/MachineTablePanel.h"

#include <QAction>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace opsdeck;

namespace {

QStringList childNames(const QAbstractItemModel* model, const QModelIndex& parent = {})
{
    QStringList names;
    for (int r = 0; r < model->rowCount(parent); ++r)
        names << model->index(r, 0, parent).data().toString();
    return names;
}

// The dock's row (in its filter model) of the source row `source`.
QModelIndex shown(FleetDock* dock, const QModelIndex& source)
{
    return dock->filterModel()->mapFromSource(source);
}

void clickRow(QTreeView* view, const QModelIndex& index)
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

} // namespace

class TestFleetNavigation : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir.filePath(QStringLiteral("settings")),
                              QStringLiteral("tst_fleetnavigation"));
    }

    void init() { QSettings().clear(); }

    void dockShowsNodesWithTheirMachines()
    {
        test::TempDatabase db;
        test::seedInventory(db.db());
        FleetTreeModel model(db.db());
        FleetDock dock(&model);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        model.reload();
        QTreeView* tree = dock.treeView();
        QCOMPARE(dock.fleetView(), tree);
        QTRY_COMPARE(childNames(tree->model()), QStringList({"ops", "shop", "Pool (unassigned)"}));
        const QModelIndex web = shown(&dock, model.indexOfNode("shop/web"));
        QCOMPARE(childNames(tree->model(), web), QStringList({"web01", "web02"}));
        QCOMPARE(childNames(tree->model(), shown(&dock, model.indexOfNode("shop/db"))),
                 QStringList({"db01"}));
        QVERIFY(!tree->isExpanded(web));
        // Selecting a machine shows its row: its ancestors open, it is current.
        QSignalSpy machine(&dock, &FleetDock::machineSelected);
        dock.selectMachine("web02");
        QCOMPARE(machine.count(), 1);
        QVERIFY(tree->isExpanded(web));
        QCOMPARE(tree->currentIndex(), shown(&dock, model.indexOfMachine("web02")));
    }

    void filterShowsAMachineWithItsAncestors()
    {
        test::TempDatabase db;
        test::seedInventory(db.db());
        FleetTreeModel model(db.db());
        FleetDock dock(&model);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        model.reload();
        QTreeView* tree = dock.treeView();
        QTRY_COMPARE(tree->model()->rowCount(), 3);
        QTest::keyClicks(dock.filterEdit(), "web02");
        QCOMPARE(childNames(tree->model()), QStringList({"shop"}));
        const QModelIndex web02 = shown(&dock, model.indexOfMachine("web02"));
        QVERIFY(web02.isValid());
        QCOMPARE(web02.parent().data().toString(), QString("web"));
        QCOMPARE(childNames(tree->model(), web02.parent()), QStringList({"web02"}));
        // Shown, not only kept: its ancestors are open.
        QVERIFY(tree->isExpanded(web02.parent()));
        QVERIFY(tree->isExpanded(web02.parent().parent()));
        QVERIFY(tree->visualRect(web02).isValid());
        dock.filterEdit()->clear();
        QCOMPARE(tree->model()->rowCount(), 3);
    }

    void reloadKeepsExpansionAndSelection()
    {
        test::TempDatabase db;
        test::seedInventory(db.db());
        FleetTreeModel model(db.db());
        FleetDock dock(&model);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QSignalSpy loaded(&model, &FleetTreeModel::loaded);
        model.reload();
        QVERIFY(loaded.wait(5000));
        QTreeView* tree = dock.treeView();
        dock.selectMachine("db01"); // opens shop and shop/db
        tree->expand(shown(&dock, model.indexOfNode("shop/web")));
        // A node before shop/db and a machine before db01 by name: every row below moves.
        InventoryWriter writer(db.db());
        QVERIFY(TreeStore(writer).addNode("shop/api", "service").ok());
        QVERIFY(TreeStore(writer).bindMachine("shop/db", "cache01").ok());
        model.reload();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(childNames(tree->model(), shown(&dock, model.indexOfNode("shop"))),
                 QStringList({"api", "db", "web"}));
        QVERIFY(tree->isExpanded(shown(&dock, model.indexOfNode("shop"))));
        QVERIFY(tree->isExpanded(shown(&dock, model.indexOfNode("shop/db"))));
        QVERIFY(tree->isExpanded(shown(&dock, model.indexOfNode("shop/web"))));
        QVERIFY(!tree->isExpanded(shown(&dock, model.indexOfNode("shop/api"))));
        QCOMPARE(tree->currentIndex(), shown(&dock, model.indexOfMachine("db01")));
        QCOMPARE(tree->currentIndex().row(), 1); // after cache01
        QCOMPARE(tree->selectionModel()->selectedRows(), QModelIndexList({tree->currentIndex()}));
    }

    void clickingRowsSelectsMachinesAndNodes()
    {
        test::TempDatabase db;
        test::seedInventory(db.db());
        FleetTreeModel model(db.db());
        FleetDock dock(&model);
        dock.resize(300, 500);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        model.reload();
        QTreeView* tree = dock.treeView();
        QTRY_COMPARE(tree->model()->rowCount(), 3);
        tree->expandAll();
        QSignalSpy machine(&dock, &FleetDock::machineSelected);
        QSignalSpy node(&dock, &FleetDock::nodeSelected);
        clickRow(tree, shown(&dock, model.indexOfMachine("db01")));
        QCOMPARE(machine.count(), 1);
        QCOMPARE(machine.last().at(0).toString(), QString("db01"));
        QCOMPARE(dock.selectedMachine(), QString("db01"));
        clickRow(tree, shown(&dock, model.indexOfNode("shop/web")));
        QCOMPARE(node.count(), 1);
        QCOMPARE(node.last().at(0).toString(), QString("shop/web"));
        QCOMPARE(dock.selectedNode(), QString("shop/web"));
        // The same machine again after a node is a new pick.
        clickRow(tree, shown(&dock, model.indexOfMachine("db01")));
        QCOMPARE(machine.count(), 2);
        QVERIFY(dock.selectedNode().isEmpty());
        // The pool row is neither.
        clickRow(tree, tree->model()->index(2, 0));
        QCOMPARE(machine.count(), 2);
        QCOMPARE(node.count(), 1);
        // Keyboard: Down from the pool row reaches its first machine; Enter on a node opens it.
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Down);
        QCOMPARE(machine.count(), 3);
        QCOMPARE(machine.last().at(0).toString(), QString("Alpha"));
        const QModelIndex ops = tree->model()->index(0, 0);
        tree->collapseAll();
        tree->setCurrentIndex(ops);
        QCOMPARE(node.last().at(0).toString(), QString("ops"));
        const QModelIndex shop = tree->model()->index(1, 0);
        QTest::keyClick(tree, Qt::Key_Down);
        QCOMPARE(tree->currentIndex(), shop);
        QVERIFY(!tree->isExpanded(shop));
        QTest::keyClick(tree, Qt::Key_Return);
        QVERIFY(tree->isExpanded(shop));
    }

    void contextMenuActionsAreOnTheTree()
    {
        test::TempDatabase db;
        FleetTreeModel model(db.db());
        FleetDock dock(&model);
        QAction action("Open Terminal");
        dock.addMachineAction(&action);
        QVERIFY(dock.treeView()->actions().contains(&action));
        QCOMPARE(dock.treeView()->contextMenuPolicy(), Qt::CustomContextMenu);
    }

    void backAndForwardWalkTheHistory()
    {
        auto engine = startEngine();
        test::seedInventory(engine->sharedDatabase());
        MainWindow w(*engine);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        FleetDock* dock = w.fleetDock();
        auto* model = qobject_cast<FleetTreeModel*>(dock->filterModel()->sourceModel());
        QVERIFY(model);
        QTRY_VERIFY(model->indexOfMachine("web01").isValid());
        QSignalSpy nodePage(&w, &MainWindow::nodePageRequested);
        QAction* back = w.findChild<QAction*>(QStringLiteral("actionBack"));
        QAction* forward = w.findChild<QAction*>(QStringLiteral("actionForward"));
        QVERIFY(back && forward);
        QCOMPARE(back->shortcuts(), QKeySequence::keyBindings(QKeySequence::Back));
        QVERIFY(back->shortcuts().contains(QKeySequence(Qt::ALT | Qt::Key_Left)));
        QVERIFY(forward->shortcuts().contains(QKeySequence(Qt::ALT | Qt::Key_Right)));
        // The local machine is the first page: nothing before it.
        QCOMPARE(w.chartsView()->machine(), engine->localMachineName());
        QVERIFY(!back->isEnabled());
        QVERIFY(!forward->isEnabled());

        QTreeView* tree = dock->treeView();
        tree->expandAll();
        clickRow(tree, shown(dock, model->indexOfMachine("web01"))); // machine A
        QCOMPARE(w.chartsView()->machine(), QString("web01"));
        QVERIFY(back->isEnabled());
        clickRow(tree, shown(dock, model->indexOfMachine("db01")));  // machine B
        clickRow(tree, shown(dock, model->indexOfNode("shop/web"))); // node N
        QCOMPARE(nodePage.count(), 1);
        QCOMPARE(nodePage.last().at(0).toString(), QString("shop/web"));
        // The Charts tab shows the node's page: its machines as small multiples.
        QVERIFY(w.nodePage()->isVisible());
        QVERIFY(!w.chartsView()->isVisible());
        QCOMPARE(w.nodePage()->node(), QString("shop/web"));
        QVERIFY(w.statusBar()->currentMessage().contains("shop/web"));
        QVERIFY(!forward->isEnabled());
        const qsizetype pages = w.navigation()->history().pages().size();
        QCOMPARE(pages, 4);

        auto current = [&] {
            return tree->currentIndex().data(FleetTreeModel::NameRole).toString();
        };
        QTest::keyClick(&w, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(w.chartsView()->machine(), QString("db01"));
        QCOMPARE(current(), QString("db01"));
        QVERIFY(w.chartsView()->isVisible()); // back on a machine: its host page again
        QVERIFY(!w.nodePage()->isVisible());
        QVERIFY(forward->isEnabled());
        QTest::keyClick(&w, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(w.chartsView()->machine(), QString("web01"));
        QCOMPARE(current(), QString("web01"));
        QCOMPARE(w.navigation()->history().pages().size(), pages); // going back pushed nothing
        QTest::keyClick(&w, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(w.chartsView()->machine(), engine->localMachineName());
        QVERIFY(!back->isEnabled());
        QTest::keyClick(&w, Qt::Key_Left, Qt::AltModifier); // at the start: nothing happens
        QCOMPARE(w.chartsView()->machine(), engine->localMachineName());

        QTest::keyClick(&w, Qt::Key_Right, Qt::AltModifier);
        QTest::keyClick(&w, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(current(), QString("db01"));
        QTest::keyClick(&w, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(dock->selectedNode(), QString("shop/web"));
        QCOMPARE(tree->currentIndex().data(FleetTreeModel::PathRole).toString(), QString("shop/web"));
        QCOMPARE(tree->currentIndex().data(FleetTreeModel::KindRole).toString(), QString("node"));
        QCOMPARE(nodePage.count(), 2);
        QVERIFY(!forward->isEnabled());
        QVERIFY(back->isEnabled());

        // A new page after going back drops the pages ahead.
        back->trigger();
        QVERIFY(forward->isEnabled());
        w.showNode("ops");
        QCOMPARE(nodePage.last().at(0).toString(), QString("ops"));
        QCOMPARE(tree->currentIndex().data(FleetTreeModel::PathRole).toString(), QString("ops"));
        QVERIFY(!forward->isEnabled());
        QCOMPARE(w.navigation()->history().current()->key, QString("ops"));
    }

    void inventoryActivationIsAPageAndFindFocusesTheFilter()
    {
        auto engine = startEngine();
        test::seedInventory(engine->sharedDatabase());
        MainWindow w(*engine);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        FleetDock* dock = w.fleetDock();
        auto* model = qobject_cast<FleetTreeModel*>(dock->filterModel()->sourceModel());
        QTRY_VERIFY(model->indexOfMachine("web02").isValid());
        w.showNode("ops");
        QCOMPARE(w.navigation()->history().current()->key, QString("ops"));
        // A machine activated in the inventory's table is a page too; Back returns to the node.
        auto* inventory = w.findChild<InventoryView*>(QStringLiteral("inventoryView"));
        QVERIFY(inventory);
        emit inventory->machineActivated("web02");
        QCOMPARE(w.chartsView()->machine(), QString("web02"));
        QCOMPARE(dock->treeView()->currentIndex().data(FleetTreeModel::NameRole).toString(),
                 QString("web02"));
        QCOMPARE(w.navigation()->history().current()->key, QString("web02"));
        QTest::keyClick(&w, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(dock->treeView()->currentIndex().data(FleetTreeModel::PathRole).toString(), QString("ops"));
        QCOMPARE(dock->selectedNode(), QString("ops"));
        // Find Machine (Ctrl+F) puts the focus in the dock's filter.
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(dock->filterEdit()->hasFocus());
    }

    void aDashboardIsAPageInTheHistory()
    {
        auto engine = startEngine();
        test::seedInventory(engine->sharedDatabase());
        MainWindow w(*engine);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.showMachine(QStringLiteral("web01"));
        QCOMPARE(w.navigation()->history().current()->key, QString("web01"));
        auto* dashboards = w.findChild<DashboardPage*>();
        QVERIFY(dashboards);
        w.findChild<QAction*>(QStringLiteral("actionDashboards"))->trigger(); // View > Dashboards
        QCOMPARE(w.centreTabs()->currentWidget(), dashboards);
        QCOMPARE(w.navigation()->history().current()->kind, PageEntry::Kind::Dashboard);
        QCOMPARE(w.navigation()->history().current()->key, QString("home"));

        QTest::keyClick(&w, Qt::Key_Left, Qt::AltModifier); // back to the machine, on the Charts tab
        QVERIFY(w.chartsView()->isVisible());
        QCOMPARE(w.chartsView()->machine(), QString("web01"));
        QTest::keyClick(&w, Qt::Key_Right, Qt::AltModifier); // and forward to the dashboard
        QCOMPARE(w.centreTabs()->currentWidget(), dashboards);
        QVERIFY(!w.navigation()->forwardAction()->isEnabled());
    }

    void machineTableComparesWhatItsFiltersShow()
    {
        auto engine = startEngine();
        test::seedInventory(engine->sharedDatabase());
        MainWindow w(*engine);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        auto* inventory = w.findChild<InventoryView*>(QStringLiteral("inventoryView"));
        QVERIFY(inventory);
        MachineTablePanel* table = inventory->machinePanel();
        table->filterEdit()->setText(QStringLiteral("web"));
        QTRY_VERIFY(!table->shownNames().isEmpty());
        QTRY_VERIFY(!table->shownNames().contains(QStringLiteral("db01")));
        const QStringList shown = table->shownNames();
        QAction* compare = w.findChild<QAction*>(QStringLiteral("actionCompareMachines"));
        QVERIFY(compare);
        compare->trigger();
        QVERIFY(w.nodePage()->isVisible());
        QStringList hosts;
        for (int r = 0; r < w.nodePage()->model()->rowCount(); ++r)
            hosts << w.nodePage()->model()->index(r, 0).data(CompareModel::MachineRole).toString();
        QCOMPARE(hosts, shown);
    }

private:
    std::unique_ptr<Engine> startEngine()
    {
        Engine::Options options;
        options.startCollector = false;
        auto engine = Engine::start(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_dbs)), options);
        if (!engine.ok())
            qFatal("engine: %s", qPrintable(engine.error().message));
        return std::move(*engine);
    }

    QTemporaryDir m_dir;
    int m_dbs = 0;
};

QTEST_MAIN(TestFleetNavigation)
#include "tst_fleetnavigation.moc"
