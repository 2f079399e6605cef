#include "InventoryFixture.h"
#include "TestSupport.h"
#include "inventory/UnitsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace opsdeck;

class TestUnitsModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void loadsEveryUnit();
    void scopesToAServiceOrAMachine();
    void sortsOnEveryColumn_data();
    void sortsOnEveryColumn();
    void reloadsAfterAChange();
    void reportsAMissingService();

private:
    bool load();
    QStringList column(int col) const;

    std::unique_ptr<test::TempDatabase> m_db;
    UnitsModel* m_model = nullptr;
    QAbstractItemModelTester* m_tester = nullptr;
};

void TestUnitsModel::init()
{
    m_db = std::make_unique<test::TempDatabase>();
    test::seedInventory(m_db->db());
    m_model = new UnitsModel(m_db->db(), this);
    m_tester =
        new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    QVERIFY(load());
}

void TestUnitsModel::cleanup()
{
    delete m_tester;
    delete m_model;
    m_tester = nullptr;
    m_model = nullptr;
    m_db.reset();
}

bool TestUnitsModel::load()
{
    QSignalSpy loaded(m_model, &UnitsModel::loaded);
    m_model->reload();
    return loaded.wait(5000);
}

QStringList TestUnitsModel::column(int col) const
{
    QStringList out;
    for (int r = 0; r < m_model->rowCount(); ++r)
        out << m_model->index(r, col).data().toString();
    return out;
}

void TestUnitsModel::loadsEveryUnit()
{
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(column(UnitsModel::DeployColumn), (QStringList{"db_5432", "db_5433", "web_8080"}));
    QCOMPARE(m_model->index(2, 0).data(UnitsModel::EndpointRole).toString(), QString("10.0.0.1:8080"));
    QCOMPARE(m_model->index(2, UnitsModel::StateColumn).data().toString(), QString("READY"));
}

void TestUnitsModel::scopesToAServiceOrAMachine()
{
    QSignalSpy loaded(m_model, &UnitsModel::loaded);
    m_model->setScope("shop/web", {});
    QVERIFY(loaded.wait(5000));
    QCOMPARE(column(UnitsModel::MachineColumn), (QStringList{"web01"}));
    m_model->setScope({}, "db01");
    QVERIFY(loaded.wait(5000));
    QCOMPARE(column(UnitsModel::PortColumn), (QStringList{"5432", "5433"}));
}

void TestUnitsModel::sortsOnEveryColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("expected"); // deploy names
    const int asc = Qt::AscendingOrder, desc = Qt::DescendingOrder;
    QTest::newRow("service desc") << int(UnitsModel::ServiceColumn) << desc
                                  << QStringList{"web_8080", "db_5433", "db_5432"};
    QTest::newRow("machine asc") << int(UnitsModel::MachineColumn) << asc
                                 << QStringList{"db_5432", "db_5433", "web_8080"};
    QTest::newRow("address desc") << int(UnitsModel::AddressColumn) << desc
                                  << QStringList{"db_5433", "db_5432", "web_8080"};
    QTest::newRow("port desc") << int(UnitsModel::PortColumn) << desc
                               << QStringList{"web_8080", "db_5433", "db_5432"};
    QTest::newRow("state asc") << int(UnitsModel::StateColumn) << asc
                               << QStringList{"db_5432", "db_5433", "web_8080"};
    QTest::newRow("deploy desc") << int(UnitsModel::DeployColumn) << desc
                                 << QStringList{"web_8080", "db_5433", "db_5432"};
}

void TestUnitsModel::sortsOnEveryColumn()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QStringList, expected);
    m_model->sort(column, Qt::SortOrder(order));
    QCOMPARE(this->column(UnitsModel::DeployColumn), expected);
}

void TestUnitsModel::reloadsAfterAChange()
{
    m_model->sort(UnitsModel::PortColumn, Qt::AscendingOrder);
    InventoryWriter writer(m_db->db());
    QVERIFY(UnitStore(writer).add({"shop/web", "web01", 8081}).ok());
    QVERIFY(load());
    QCOMPARE(column(UnitsModel::PortColumn), (QStringList{"5432", "5433", "8080", "8081"})); // sort kept
}

void TestUnitsModel::reportsAMissingService()
{
    QSignalSpy failed(m_model, &UnitsModel::loadFailed);
    m_model->setScope("no/such/service", {});
    QVERIFY(failed.wait(5000));
    QVERIFY(failed.first().at(0).toString().contains("no/such/service"));
    QCOMPARE(m_model->rowCount(), 0);
}

QTEST_MAIN(TestUnitsModel)
#include "tst_unitsmodel.moc"
