// NodeStatusIndex: each machine's and tree node's worst status rolled up through the
// service tree (checks bound to a node, machines bound to it, child nodes), and the
// icons it gives the service tree's status column and the machine table's names.

#include "CheckFixture.h"
#include "TestSupport.h"
#include "checks/CheckMonitor.h"
#include "checks/CheckStatusStyle.h"
#include "checks/NodeStatusIndex.h"
#include "inventory/MachineTableModel.h"
#include "inventory/ServiceTreeModel.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace opsdeck;

class TestNodeStatusIndex : public QObject
{
    Q_OBJECT

    static constexpr qint64 now = 1'800'000'000'000;
    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<CheckMonitor> m_monitor;
    std::unique_ptr<NodeStatusIndex> m_index;
    std::unique_ptr<ServiceTreeModel> m_tree;
    std::unique_ptr<MachineTableModel> m_machines;
    std::unique_ptr<QAbstractItemModelTester> m_treeTester;
    std::unique_ptr<QAbstractItemModelTester> m_machineTester;
    test::CheckIds m_ids;

    void readAgain()
    {
        QSignalSpy updated(m_monitor.get(), &CheckMonitor::updated);
        m_monitor->refresh();
        QVERIFY(updated.wait(5000));
    }
    static QVariant status(std::optional<CheckStatus> s) { return s ? QVariant(int(*s)) : QVariant(); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_db = std::make_unique<test::TempDatabase>();
        m_clock = std::make_unique<ManualClock>(now);
        m_ids = test::seedChecks(m_db->db(), *m_clock);
        m_monitor = std::make_unique<CheckMonitor>(m_db->db(), *m_clock, 0);
        m_index = std::make_unique<NodeStatusIndex>(m_monitor.get());
        m_tree = std::make_unique<ServiceTreeModel>(m_db->db());
        m_machines = std::make_unique<MachineTableModel>(m_db->db());
        m_treeTester = std::make_unique<QAbstractItemModelTester>(
            m_tree.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_machineTester = std::make_unique<QAbstractItemModelTester>(
            m_machines.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_tree->setStatusIndex(m_index.get());
        m_machines->setStatusIndex(m_index.get());
        QSignalSpy treeLoaded(m_tree.get(), &ServiceTreeModel::loaded);
        QSignalSpy machinesLoaded(m_machines.get(), &MachineTableModel::loaded);
        m_tree->reload();
        m_machines->reload();
        QVERIFY(treeLoaded.wait(5000));
        QVERIFY(machinesLoaded.count() || machinesLoaded.wait(5000));
        readAgain();
    }

    void cleanup()
    {
        m_machineTester.reset();
        m_treeTester.reset();
        m_machines.reset();
        m_tree.reset();
        m_index.reset();
        m_monitor.reset();
        m_clock.reset();
        m_db.reset();
    }

    void rollsUpThroughTheTree()
    {
        QCOMPARE(m_index->machineStatus(QStringLiteral("web01")), CheckStatus::Critical);
        QCOMPARE(m_index->machineStatus(QStringLiteral("web02")), CheckStatus::Ok);
        QCOMPARE(m_index->machineStatus(QStringLiteral("db01")),
                 CheckStatus::Warning);                                            // worse of ok and warning
        QCOMPARE(m_index->machineStatus(QStringLiteral("cache01")), std::nullopt); // no check runs there
        QCOMPARE(m_index->nodeStatus(QStringLiteral("shop/web")), CheckStatus::Critical); // web01 bound here
        QCOMPARE(m_index->nodeStatus(QStringLiteral("shop/db")), CheckStatus::Warning);   // db01 bound here
        QCOMPARE(m_index->nodeStatus(QStringLiteral("shop")), CheckStatus::Critical);
        QCOMPARE(m_index->nodeStatus(QStringLiteral("ops")), std::nullopt);
    }

    void treeAndTableShowTheIcons()
    {
        const QModelIndex web =
            m_tree->indexOfPath(QStringLiteral("shop/web"), ServiceTreeModel::StatusColumn);
        QCOMPARE(web.data().toString(), QStringLiteral("critical"));
        QVERIFY(!web.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(web.data(ServiceTreeModel::CheckStatusRole), status(CheckStatus::Critical));
        const QModelIndex ops = m_tree->indexOfPath(QStringLiteral("ops"), ServiceTreeModel::StatusColumn);
        QVERIFY(ops.data().isNull());
        QVERIFY(ops.data(Qt::DecorationRole).isNull());

        const QModelIndex db01 = m_machines->index(m_machines->rowOf(QStringLiteral("db01")), 0);
        QCOMPARE(db01.data(MachineTableModel::CheckStatusRole), status(CheckStatus::Warning));
        QVERIFY(!db01.data(Qt::DecorationRole).value<QIcon>().isNull());
        const QModelIndex cache = m_machines->index(m_machines->rowOf(QStringLiteral("cache01")), 0);
        QVERIFY(cache.data(Qt::DecorationRole).isNull());
    }

    void aChangeRepaintsWhatChanged()
    {
        QSignalSpy changed(m_index.get(), &NodeStatusIndex::changed);
        QSignalSpy treeChanged(m_tree.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy tableChanged(m_machines.get(), &QAbstractItemModel::dataChanged);
        const QList<CheckRuntime> recovered{test::checkRuntime(
            m_ids.dbTcp, QStringLiteral("db01"), CheckState::Passing, CheckStatus::Ok, now + 1000)};
        QVERIFY(CheckStateStore(m_db->db(), *m_clock).record(recovered, {}).ok());
        readAgain();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toStringList(), QStringList{QStringLiteral("shop/db")});
        QCOMPARE(changed.at(0).at(1).toStringList(), QStringList{QStringLiteral("db01")});
        QCOMPARE(treeChanged.count(), 1);
        QCOMPARE(tableChanged.count(), 1);
        QCOMPARE(
            m_tree->indexOfPath(QStringLiteral("shop/db"), ServiceTreeModel::StatusColumn).data().toString(),
            QStringLiteral("ok"));
        QCOMPARE(m_index->nodeStatus(QStringLiteral("shop")), CheckStatus::Critical); // web01 still fails

        readAgain(); // nothing moved: no signal
        QCOMPARE(changed.count(), 1);
    }

    void aMachineBoundLaterRollsUpToItsNode()
    {
        InventoryWriter writer(m_db->db());
        QVERIFY(TreeStore(writer).bindMachine(QStringLiteral("ops"), QStringLiteral("web01")).ok());
        readAgain();
        QCOMPARE(m_index->nodeStatus(QStringLiteral("ops")), CheckStatus::Critical);
    }

    void disabledAndPendingChecksAddNothing()
    {
        CheckStore checks(m_db->db(), *m_clock);
        auto site = checks.get(m_ids.shopHttp);
        QVERIFY(site.ok());
        site->enabled = false;
        QVERIFY(checks.update(*site).ok());
        readAgain();
        QCOMPARE(m_index->machineStatus(QStringLiteral("web01")), std::nullopt);
        QCOMPARE(m_index->nodeStatus(QStringLiteral("shop")), CheckStatus::Warning); // db-tcp on db01
        const auto snapshot = m_monitor->snapshot();
        QCOMPARE(snapshot->open.size(), 1); // db-tcp's db01 only
        QCOMPARE(snapshot->open.at(0).check, QStringLiteral("db-tcp"));
    }
};

QTEST_MAIN(TestNodeStatusIndex)
#include "tst_nodestatusindex.moc"
