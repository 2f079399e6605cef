#include "InventoryFixture.h"
#include "TestSupport.h"
#include "inventory/InventoryReader.h"
#include "inventory/MachineStore.h"
#include "inventory/MachineTableModel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace opsdeck;

class TestMachineTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void loadsEveryMachine();
    void sortsOnEveryColumn_data();
    void sortsOnEveryColumn();
    void sortKeepsSelectionRows();
    void filtersByText();
    void filtersByState();
    void filtersByPool();
    void filtersByTag();
    void filtersByNode();
    void combinesFilters();
    void reloadsAfterAChange();
    void dragsMachineNames();
    void ordersComputedLaterMatchTheFullBuild();
    void upsertAndRemoveKeepTheOrdersOfAFullBuild();
    void oneMachineReloadsInPlace();

private:
    QStringList column(int col) const;
    QStringList names() const { return column(MachineTableModel::NameColumn); }

    std::unique_ptr<test::TempDatabase> m_db;
    MachineTableModel* m_model = nullptr;
    QAbstractItemModelTester* m_tester = nullptr;
};

void TestMachineTableModel::init()
{
    m_db = std::make_unique<test::TempDatabase>();
    test::seedInventory(m_db->db());
    m_model = new MachineTableModel(m_db->db(), this);
    m_tester =
        new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    QSignalSpy loaded(m_model, &MachineTableModel::loaded);
    m_model->reload();
    QVERIFY(loaded.wait(5000));
}

void TestMachineTableModel::cleanup()
{
    delete m_tester;
    m_tester = nullptr;
    delete m_model;
    m_model = nullptr;
    m_db.reset();
}

QStringList TestMachineTableModel::column(int col) const
{
    QStringList out;
    for (int r = 0; r < m_model->rowCount(); ++r)
        out << m_model->index(r, col).data().toString();
    return out;
}

void TestMachineTableModel::loadsEveryMachine()
{
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->totalCount(), 5);
    QCOMPARE(m_model->columnCount(), int(MachineTableModel::ColumnCount));
    QCOMPARE(names(), (QStringList{"Alpha", "cache01", "db01", "web01", "web02"}));
    const int web01 = m_model->rowOf("web01");
    QCOMPARE(m_model->index(web01, MachineTableModel::PoolColumn).data().toString(), QString("bj01"));
    QCOMPARE(m_model->index(web01, MachineTableModel::StateColumn).data().toString(), QString("READY"));
    QCOMPARE(m_model->index(web01, MachineTableModel::NodesColumn).data().toString(), QString("shop/web"));
    QCOMPARE(m_model->index(web01, MachineTableModel::TagsColumn).data().toString(), QString("web, prod"));
    QVERIFY(!m_model->index(web01, MachineTableModel::LastSeenColumn).data().toString().isEmpty());
    QCOMPARE(m_model->index(m_model->rowOf("Alpha"), MachineTableModel::AddressColumn).data().toString(),
             QString("10.0.0.9:2222"));
    QCOMPARE(m_model->index(web01, 0).data(MachineTableModel::PoolStockRole).toBool(), false);
    QCOMPARE(m_model->index(m_model->rowOf("cache01"), 0).data(MachineTableModel::PoolStockRole).toBool(),
             true);
    QCOMPARE(m_model->pools(), (QStringList{"bj01", "default", "sh02"}));
}

void TestMachineTableModel::sortsOnEveryColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("expected");
    using M = MachineTableModel;
    const int asc = Qt::AscendingOrder, desc = Qt::DescendingOrder;
    QTest::newRow("name asc") << int(M::NameColumn) << asc
                              << QStringList{"Alpha", "cache01", "db01", "web01", "web02"};
    QTest::newRow("name desc") << int(M::NameColumn) << desc
                               << QStringList{"web02", "web01", "db01", "cache01", "Alpha"};
    QTest::newRow("address asc") << int(M::AddressColumn) << asc
                                 << QStringList{"web01", "web02", "Alpha", "db01", "cache01"};
    QTest::newRow("address desc") << int(M::AddressColumn) << desc
                                  << QStringList{"cache01", "db01", "Alpha", "web02", "web01"};
    // Ties keep name order.
    QTest::newRow("pool asc") << int(M::PoolColumn) << asc
                              << QStringList{"web01", "web02", "Alpha", "cache01", "db01"};
    QTest::newRow("pool desc") << int(M::PoolColumn) << desc
                               << QStringList{"db01", "cache01", "Alpha", "web02", "web01"};
    // NEW, INITED, READY, ERROR_DETECTED: the lifecycle's order, not the alphabet.
    QTest::newRow("state asc") << int(M::StateColumn) << asc
                               << QStringList{"cache01", "Alpha", "db01", "web01", "web02"};
    QTest::newRow("state desc") << int(M::StateColumn) << desc
                                << QStringList{"web02", "web01", "db01", "Alpha", "cache01"};
    QTest::newRow("nodes asc") << int(M::NodesColumn) << asc
                               << QStringList{"Alpha", "cache01", "db01", "web01", "web02"};
    QTest::newRow("nodes desc") << int(M::NodesColumn) << desc
                                << QStringList{"web02", "web01", "db01", "cache01", "Alpha"};
    QTest::newRow("tags asc") << int(M::TagsColumn) << asc
                              << QStringList{"cache01", "db01", "Alpha", "web02", "web01"};
    QTest::newRow("tags desc") << int(M::TagsColumn) << desc
                               << QStringList{"web01", "web02", "Alpha", "db01", "cache01"};
    QTest::newRow("last seen asc") << int(M::LastSeenColumn) << asc
                                   << QStringList{"Alpha", "cache01", "web02", "db01", "web01"};
    QTest::newRow("last seen desc") << int(M::LastSeenColumn) << desc
                                    << QStringList{"web01", "db01", "web02", "cache01", "Alpha"};
}

void TestMachineTableModel::sortsOnEveryColumn()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QStringList, expected);
    QSignalSpy layout(m_model, &QAbstractItemModel::layoutChanged);
    m_model->sort(column, Qt::SortOrder(order));
    QCOMPARE(names(), expected);
    QCOMPARE(m_model->sortColumn(), column);
    // Sorting is a layout change, not a reset (the view keeps its selection).
    if (!(column == MachineTableModel::NameColumn && order == Qt::AscendingOrder))
        QCOMPARE(layout.count(), 1);
}

void TestMachineTableModel::sortKeepsSelectionRows()
{
    QPersistentModelIndex db01 = m_model->index(m_model->rowOf("db01"), MachineTableModel::PoolColumn);
    m_model->sort(MachineTableModel::NameColumn, Qt::DescendingOrder);
    QVERIFY(db01.isValid());
    QCOMPARE(db01.data(MachineTableModel::NameRole).toString(), QString("db01"));
    QCOMPARE(db01.column(), int(MachineTableModel::PoolColumn));
    QCOMPARE(db01.row(), 2);
}

void TestMachineTableModel::filtersByText()
{
    QSignalSpy counts(m_model, &MachineTableModel::countsChanged);
    m_model->setFilterText("WEB");
    QCOMPARE(names(), (QStringList{"web01", "web02"})); // name, tag and node all say web
    QCOMPARE(counts.last().at(0).toInt(), 2);
    QCOMPARE(counts.last().at(1).toInt(), 5);
    m_model->setFilterText("10.0.1.");
    QCOMPARE(names(), (QStringList{"db01"}));
    m_model->setFilterText("shop/");
    QCOMPARE(names(), (QStringList{"db01", "web01", "web02"}));
    m_model->setFilterText("nothing-like-this");
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setFilterText({});
    QCOMPARE(m_model->rowCount(), 5);
}

void TestMachineTableModel::filtersByState()
{
    m_model->setStateFilter(MachineState::Ready);
    QCOMPARE(names(), (QStringList{"db01", "web01"}));
    m_model->setStateFilter(MachineState::Offline);
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setStateFilter(std::nullopt);
    QCOMPARE(m_model->rowCount(), 5);
}

void TestMachineTableModel::filtersByPool()
{
    m_model->setPoolFilter("bj01");
    QCOMPARE(names(), (QStringList{"web01", "web02"}));
    m_model->setPoolFilter("no-such-pool");
    QCOMPARE(m_model->rowCount(), 0);
}

void TestMachineTableModel::filtersByTag()
{
    m_model->setTagFilter("prod");
    QCOMPARE(names(), (QStringList{"db01", "web01"})); // exact tag: "Prod" is another
    m_model->setTagFilter("Prod");
    QCOMPARE(names(), (QStringList{"Alpha"}));
}

void TestMachineTableModel::filtersByNode()
{
    m_model->setNodeFilter("shop");
    QCOMPARE(names(), (QStringList{"db01", "web01", "web02"}));
    m_model->setNodeFilter("shop/db");
    QCOMPARE(names(), (QStringList{"db01"}));
    m_model->setNodeFilter("sho"); // a prefix of a name is not a node
    QCOMPARE(m_model->rowCount(), 0);
}

void TestMachineTableModel::combinesFilters()
{
    m_model->sort(MachineTableModel::NameColumn, Qt::DescendingOrder);
    MachineQuery q;
    q.text = "0";
    q.pool = "bj01";
    q.state = MachineState::ErrorDetected;
    m_model->setQuery(q);
    QCOMPARE(names(), (QStringList{"web02"}));
    q.state.reset();
    m_model->setQuery(q);
    QCOMPARE(names(), (QStringList{"web02", "web01"})); // still sorted descending
}

void TestMachineTableModel::reloadsAfterAChange()
{
    m_model->setStateFilter(MachineState::Ready);
    QCOMPARE(m_model->rowCount(), 2);
    InventoryWriter writer(m_db->db());
    QVERIFY(MachineStore(writer).transition("db01", MachineEvent::Backup).ok());
    QVERIFY(MachineStore(writer).add({"new01", "10.9.9.9", 22, {}, "bj01", {}}).ok());
    QSignalSpy loaded(m_model, &MachineTableModel::loaded);
    m_model->reload();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(names(), (QStringList{"web01"})); // the filter holds across the reload
    QCOMPARE(m_model->totalCount(), 6);
    m_model->setStateFilter(std::nullopt);
    QCOMPARE(m_model->index(m_model->rowOf("db01"), MachineTableModel::StateColumn).data().toString(),
             QString("INITED"));
    QVERIFY(m_model->rowOf("new01") >= 0);
}

void TestMachineTableModel::dragsMachineNames()
{
    const QModelIndexList picked{m_model->index(m_model->rowOf("web02"), 0),
                                 m_model->index(m_model->rowOf("db01"), 3),
                                 m_model->index(m_model->rowOf("db01"), 0)};
    QVERIFY(m_model->flags(picked.first()) & Qt::ItemIsDragEnabled);
    std::unique_ptr<QMimeData> data(m_model->mimeData(picked));
    QVERIFY(data);
    QVERIFY(data->hasFormat(MachineTableModel::mimeType()));
    QCOMPARE(MachineTableModel::namesFromMime(data.get()), (QStringList{"db01", "web02"}));
}

void TestMachineTableModel::ordersComputedLaterMatchTheFullBuild()
{
    auto machines = InventoryReader(m_db->db()).loadAllMachines();
    QVERIFY(machines.ok());
    const MachineIndex full = MachineIndex::build(*machines, true);
    MachineIndex later = MachineIndex::build(*machines, false);
    QVERIFY(later.hasOrder(MachineIndex::Name));
    QVERIFY(!later.hasOrder(MachineIndex::Tags));
    for (int c = 0; c < MachineIndex::ColumnCount; ++c) {
        const auto column = MachineIndex::Column(c);
        if (!later.hasOrder(column))
            later.setOrder(column, MachineIndex::computeOrder(later.orderSource(), column));
        QCOMPARE(later.order(column), full.order(column));
    }
}

// A ChangeFeed's rows applied one at a time leave every order as a build from scratch
// of the same machines would have it (compared by name: row numbers differ).
void TestMachineTableModel::upsertAndRemoveKeepTheOrdersOfAFullBuild()
{
    auto machines = InventoryReader(m_db->db()).loadAllMachines();
    QVERIFY(machines.ok());
    QList<Machine> now = *machines;
    MachineIndex ix = MachineIndex::build(now, true);
    auto names = [](const MachineIndex& index, MachineIndex::Column c) {
        QStringList out;
        for (int row : index.order(c))
            out << index.machine(row).name;
        return out;
    };
    auto same = [&] {
        const MachineIndex full = MachineIndex::build(now, true);
        QCOMPARE(ix.size(), full.size());
        for (int c = 0; c < MachineIndex::ColumnCount; ++c)
            QCOMPARE(names(ix, MachineIndex::Column(c)), names(full, MachineIndex::Column(c)));
        for (const Machine& m : std::as_const(now))
            QCOMPARE(ix.machine(ix.findId(m.id)).name, m.name);
    };
    Machine changed = now.at(1); // another state, pool, tags, address and last seen
    changed.state = MachineState::Ready;
    changed.pool = QStringLiteral("aa-first");
    changed.tags = {QStringLiteral("zz")};
    changed.address = QStringLiteral("192.168.0.1");
    changed.lastSeen = 1;
    now[1] = changed;
    ix.upsert(changed);
    same();
    Machine added;
    added.id = 1000;
    added.name = QStringLiteral("Mid01");
    added.address = QStringLiteral("10.5.5.5");
    added.pool = QStringLiteral("bj01");
    added.lastSeen = 5;
    now << added;
    ix.upsert(added);
    same();
    Machine renamed = now.at(0);
    renamed.name = QStringLiteral("zzz-last");
    now[0] = renamed;
    ix.upsert(renamed);
    QCOMPARE(ix.find(QStringLiteral("zzz-last")), ix.findId(renamed.id));
    same();
    ix.remove(ix.findId(now.at(2).id)); // a middle row: the last takes its place
    now.removeAt(2);
    same();
    ix.remove(ix.findId(added.id));
    now.removeIf([&](const Machine& m) { return m.id == added.id; });
    QCOMPARE(ix.findId(added.id), -1);
    same();
}

// One machine read again after a change: its row changes (and moves, when its sort key
// did) in place, under the filter; a new one is inserted; no reset.
void TestMachineTableModel::oneMachineReloadsInPlace()
{
    m_model->sort(MachineTableModel::StateColumn);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy moved(m_model, &QAbstractItemModel::rowsMoved);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    InventoryWriter writer(m_db->db());
    const qint64 id = m_model->index(m_model->rowOf("db01"), 0).data(MachineTableModel::IdRole).toLongLong();
    const int before = m_model->rowOf("db01");
    QVERIFY(MachineStore(writer).transition("db01", MachineEvent::Backup).ok());
    m_model->reloadMachine(id);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_model->index(m_model->rowOf("db01"), MachineTableModel::StateColumn).data().toString(),
        QString("INITED"), 5000);
    QVERIFY(changed.size() >= 1);
    QCOMPARE(m_model->rowOf("db01") != before, moved.size() == 1);
    for (int r = 1; r < m_model->rowCount(); ++r) // still sorted by state
        QVERIFY(m_model->index(r - 1, 0).data(MachineTableModel::StateRole).toInt() <=
                m_model->index(r, 0).data(MachineTableModel::StateRole).toInt());

    QVERIFY(MachineStore(writer).add({"new01", "10.9.9.9", 22, {}, "bj01", {}}).ok());
    const qint64 newId = InventoryReader(m_db->db()).machine("new01")->value().id;
    m_model->reloadMachine(newId);
    m_model->reloadMachine(newId); // twice: still one row
    QTRY_VERIFY_WITH_TIMEOUT(m_model->rowOf("new01") >= 0 && m_model->rowReadsPending() == 0, 5000);
    QCOMPARE(m_model->totalCount(), 6);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(reset.size(), 0);
}

QTEST_MAIN(TestMachineTableModel)
#include "tst_machinetablemodel.moc"
