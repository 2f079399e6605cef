#include "InventoryFixture.h"
#include "TestSupport.h"
#include "inventory/MachineTableModel.h"
#include "inventory/ServiceTreeFilterModel.h"
#include "inventory/ServiceTreeModel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace opsdeck;

class TestServiceTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void buildsTheTree();
    void countsMachinesAndUnitsPerSubtree();
    void filterKeepsAncestors();
    void sortsByEveryColumn_data();
    void sortsByEveryColumn();
    void dropOfMachinesAsksToBind();
    void dropOfANodeAsksToMove();
    void refusesImpossibleDrops();
    void reloadsAfterAChange();
    void refreshAppliesOnlyTheDifference();

private:
    std::unique_ptr<test::TempDatabase> m_db;
    ServiceTreeModel* m_model = nullptr;
    ServiceTreeFilterModel* m_proxy = nullptr;
    QAbstractItemModelTester* m_tester = nullptr;
    QAbstractItemModelTester* m_proxyTester = nullptr;
};

void TestServiceTreeModel::init()
{
    m_db = std::make_unique<test::TempDatabase>();
    test::seedInventory(m_db->db());
    InventoryWriter writer(m_db->db());
    TreeStore tree(writer);
    QVERIFY(tree.addNode("ops/tools/backup", "service").ok());
    QVERIFY(tree.addNode("shop/api", "group").ok());
    m_model = new ServiceTreeModel(m_db->db(), this);
    m_tester =
        new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_proxy = new ServiceTreeFilterModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxyTester =
        new QAbstractItemModelTester(m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    QSignalSpy loaded(m_model, &ServiceTreeModel::loaded);
    m_model->reload();
    QVERIFY(loaded.wait(5000));
}

void TestServiceTreeModel::cleanup()
{
    delete m_proxyTester;
    delete m_proxy;
    delete m_tester;
    delete m_model;
    m_proxyTester = m_tester = nullptr;
    m_proxy = nullptr;
    m_model = nullptr;
    m_db.reset();
}

void TestServiceTreeModel::buildsTheTree()
{
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(0, 0).data().toString(), QString("ops"));
    QCOMPARE(m_model->index(1, 0).data().toString(), QString("shop"));
    const QModelIndex shop = m_model->index(1, 0);
    QCOMPARE(m_model->rowCount(shop), 3);
    QCOMPARE(m_model->index(0, 0, shop).data().toString(), QString("api"));
    QCOMPARE(m_model->index(2, 0, shop).data(ServiceTreeModel::PathRole).toString(), QString("shop/web"));
    QCOMPARE(m_model->index(2, 0, shop).data(ServiceTreeModel::KindRole).toString(), QString("service"));
    QCOMPARE(shop.data(ServiceTreeModel::ProductLineRole).toBool(), true);
    const QModelIndex backup = m_model->indexOfPath("ops/tools/backup");
    QVERIFY(backup.isValid());
    QCOMPARE(backup.parent().data(ServiceTreeModel::PathRole).toString(), QString("ops/tools"));
    QCOMPARE(backup.parent().data(ServiceTreeModel::KindRole).toString(), QString("folder"));
    QVERIFY(!m_model->indexOfPath("no/such").isValid());
    QVERIFY(m_model->index(0, ServiceTreeModel::StatusColumn).data().isNull()); // for the checks, later
}

void TestServiceTreeModel::countsMachinesAndUnitsPerSubtree()
{
    const QModelIndex shop = m_model->indexOfPath("shop");
    QCOMPARE(m_model->indexOfPath("shop", ServiceTreeModel::MachinesColumn).data().toInt(), 3);
    QCOMPARE(m_model->indexOfPath("shop", ServiceTreeModel::UnitsColumn).data().toInt(), 3);
    QCOMPARE(shop.data(ServiceTreeModel::MachinesRole).toInt(), 0);
    const QModelIndex db = m_model->indexOfPath("shop/db");
    QCOMPARE(db.data(ServiceTreeModel::UnitsRole).toInt(), 2);
    QCOMPARE(db.data(ServiceTreeModel::TotalMachinesRole).toInt(), 1);
    QCOMPARE(m_model->indexOfPath("shop/web").data(ServiceTreeModel::UrlsRole).toInt(), 1);
    QCOMPARE(m_model->indexOfPath("ops", ServiceTreeModel::MachinesColumn).data().toInt(), 0);
}

void TestServiceTreeModel::filterKeepsAncestors()
{
    m_proxy->setFilterText("BACK");
    QCOMPARE(m_proxy->rowCount(), 1);
    const QModelIndex ops = m_proxy->index(0, 0);
    QCOMPARE(ops.data().toString(), QString("ops"));
    const QModelIndex tools = m_proxy->index(0, 0, ops);
    QCOMPARE(tools.data().toString(), QString("tools"));
    QCOMPARE(m_proxy->index(0, 0, tools).data().toString(), QString("backup"));
    m_proxy->setFilterText("zzz");
    QCOMPARE(m_proxy->rowCount(), 0);
    m_proxy->setFilterText({});
    QCOMPARE(m_proxy->rowCount(), 2);
}

void TestServiceTreeModel::sortsByEveryColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("expected"); // shop's children
    QTest::newRow("name desc") << int(ServiceTreeModel::NameColumn) << int(Qt::DescendingOrder)
                               << QStringList{"web", "db", "api"};
    QTest::newRow("machines asc") << int(ServiceTreeModel::MachinesColumn) << int(Qt::AscendingOrder)
                                  << QStringList{"api", "db", "web"};
    QTest::newRow("units desc") << int(ServiceTreeModel::UnitsColumn) << int(Qt::DescendingOrder)
                                << QStringList{"db", "web", "api"};
}

void TestServiceTreeModel::sortsByEveryColumn()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QStringList, expected);
    m_proxy->sort(column, Qt::SortOrder(order));
    const QModelIndex shop = m_proxy->mapFromSource(m_model->indexOfPath("shop"));
    QStringList got;
    for (int r = 0; r < m_proxy->rowCount(shop); ++r)
        got << m_proxy->index(r, 0, shop).data().toString();
    QCOMPARE(got, expected);
}

void TestServiceTreeModel::dropOfMachinesAsksToBind()
{
    QMimeData data;
    data.setData(MachineTableModel::mimeType(), "cache01\nAlpha");
    const QModelIndex target = m_model->indexOfPath("ops/tools");
    QVERIFY(m_model->flags(target) & Qt::ItemIsDropEnabled);
    QVERIFY(m_model->canDropMimeData(&data, Qt::CopyAction, -1, -1, target));
    QSignalSpy dropped(m_model, &ServiceTreeModel::machinesDropped);
    QVERIFY(m_model->dropMimeData(&data, Qt::CopyAction, -1, -1, target));
    QCOMPARE(dropped.count(), 1);
    QCOMPARE(dropped.first().at(0).toString(), QString("ops/tools"));
    QCOMPARE(dropped.first().at(1).toStringList(), (QStringList{"cache01", "Alpha"}));
}

void TestServiceTreeModel::dropOfANodeAsksToMove()
{
    std::unique_ptr<QMimeData> data(m_model->mimeData({m_model->indexOfPath("shop/api")}));
    QVERIFY(data);
    QSignalSpy move(m_model, &ServiceTreeModel::nodeMoveRequested);
    m_model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, m_model->indexOfPath("ops/tools"));
    QCOMPARE(move.count(), 1);
    QCOMPARE(move.first().at(0).toString(), QString("shop/api"));
    QCOMPARE(move.first().at(1).toString(), QString("ops/tools"));
    m_model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, {}); // onto the empty area: to the root
    QCOMPARE(move.count(), 2);
    QCOMPARE(move.last().at(1).toString(), QString());
}

void TestServiceTreeModel::refusesImpossibleDrops()
{
    std::unique_ptr<QMimeData> shop(m_model->mimeData({m_model->indexOfPath("shop")}));
    QVERIFY(!m_model->canDropMimeData(shop.get(), Qt::MoveAction, -1, -1, m_model->indexOfPath("shop/api")));
    QVERIFY(!m_model->canDropMimeData(shop.get(), Qt::MoveAction, -1, -1, m_model->indexOfPath("shop")));
    QVERIFY(!m_model->canDropMimeData(shop.get(), Qt::MoveAction, -1, -1, {})); // a root already
    std::unique_ptr<QMimeData> api(m_model->mimeData({m_model->indexOfPath("shop/api")}));
    QVERIFY(!m_model->canDropMimeData(api.get(), Qt::MoveAction, -1, -1, m_model->indexOfPath("shop/web")));
    QVERIFY(!m_model->canDropMimeData(api.get(), Qt::MoveAction, -1, -1, m_model->indexOfPath("shop")));
    QMimeData machines;
    machines.setData(MachineTableModel::mimeType(), "web01");
    QVERIFY(!m_model->canDropMimeData(&machines, Qt::CopyAction, -1, -1, {})); // machines need a node
    QSignalSpy dropped(m_model, &ServiceTreeModel::machinesDropped);
    QVERIFY(!m_model->dropMimeData(&machines, Qt::CopyAction, -1, -1, {}));
    QCOMPARE(dropped.count(), 0);
}

void TestServiceTreeModel::reloadsAfterAChange()
{
    InventoryWriter writer(m_db->db());
    TreeStore tree(writer);
    QVERIFY(tree.addNode("ops/tools/cron", "service").ok());
    QVERIFY(tree.bindMachine("ops", "cache01").ok());
    QVERIFY(tree.bindMachine("ops/tools", "cache01").ok()); // bound twice under ops: still one machine
    QSignalSpy loaded(m_model, &ServiceTreeModel::loaded);
    m_model->reload();
    QVERIFY(loaded.wait(5000));
    QVERIFY(m_model->indexOfPath("ops/tools/cron").isValid());
    QCOMPARE(m_model->indexOfPath("ops").data(ServiceTreeModel::TotalMachinesRole).toInt(), 1);
    m_proxy->setFilterText("cron");
    QCOMPARE(m_proxy->rowCount(), 1);
}

// What a ChangeFeed's node Change does: the tree read again and applied in place (a node
// in, counts changed, a rename out and in, a removal), through the proxy too; no reset.
void TestServiceTreeModel::refreshAppliesOnlyTheDifference()
{
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    const QPersistentModelIndex web = m_model->indexOfPath("shop/web");
    InventoryWriter writer(m_db->db());
    TreeStore tree(writer);
    QVERIFY(tree.addNode("shop/cache", "service").ok());
    QVERIFY(tree.bindMachine("shop/cache", "cache01").ok());
    m_model->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(m_model->indexOfPath("shop/cache").isValid(), 5000);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(m_model->indexOfPath("shop/cache").row(), 1); // api, cache, db, web
    QCOMPARE(m_model->indexOfPath("shop/cache").data(ServiceTreeModel::MachinesRole).toInt(), 1);
    QVERIFY(changed.size() >= 1);                                                   // shop's totals
    QCOMPARE(web.data(ServiceTreeModel::PathRole).toString(), QString("shop/web")); // kept across it

    QVERIFY(tree.rename("shop/cache", "redis").ok());
    m_model->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(m_model->indexOfPath("shop/redis").isValid(), 5000);
    QVERIFY(!m_model->indexOfPath("shop/cache").isValid());
    QVERIFY(tree.unbindMachine("shop/redis", "cache01").ok());
    QVERIFY(tree.remove("ops", true).ok());
    m_model->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->indexOfPath("ops").isValid(), 5000);
    QVERIFY(!m_model->indexOfPath("ops/tools/backup").isValid());
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->nodeCount(), 5); // shop, api, db, redis, web
    QVERIFY(removed.size() >= 2);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(web.data(ServiceTreeModel::PathRole).toString(), QString("shop/web"));
}

QTEST_MAIN(TestServiceTreeModel)
#include "tst_servicetreemodel.moc"
