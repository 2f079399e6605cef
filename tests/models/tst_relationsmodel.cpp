#include "InventoryFixture.h"
#include "TestSupport.h"
#include "inventory/RelationsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace opsdeck;

class TestRelationsModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void showsResolvedEndpoints();
    void followsTheUnitsOfTheNeededService();
    void scopesToOneService();

private:
    bool load();

    std::unique_ptr<test::TempDatabase> m_db;
    RelationsModel* m_model = nullptr;
    QAbstractItemModelTester* m_tester = nullptr;
};

void TestRelationsModel::init()
{
    m_db = std::make_unique<test::TempDatabase>();
    test::seedInventory(m_db->db());
    m_model = new RelationsModel(m_db->db(), this);
    m_tester =
        new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    QVERIFY(load());
}

void TestRelationsModel::cleanup()
{
    delete m_tester;
    delete m_model;
    m_tester = nullptr;
    m_model = nullptr;
    m_db.reset();
}

bool TestRelationsModel::load()
{
    QSignalSpy loaded(m_model, &RelationsModel::loaded);
    m_model->reload();
    return loaded.wait(5000);
}

void TestRelationsModel::showsResolvedEndpoints()
{
    QCOMPARE(m_model->rowCount(), 2);
    int unitLevel = -1, endpoint = -1;
    for (int r = 0; r < 2; ++r)
        (m_model->index(r, 0).data(RelationsModel::UnitLevelRole).toBool() ? unitLevel : endpoint) = r;
    QVERIFY(unitLevel >= 0 && endpoint >= 0);
    QCOMPARE(m_model->index(unitLevel, RelationsModel::NeedsColumn).data().toString(), QString("shop/db"));
    QCOMPARE(m_model->index(unitLevel, 0).data(RelationsModel::EndpointsRole).toStringList(),
             (QStringList{"10.0.1.1:5432", "10.0.1.1:5433"}));
    QCOMPARE(m_model->index(unitLevel, RelationsModel::EndpointsColumn).data().toString(),
             QString("10.0.1.1:5432, 10.0.1.1:5433"));
    QCOMPARE(m_model->index(endpoint, RelationsModel::EndpointsColumn).data().toString(),
             QString("mail.example.com:25"));
    QCOMPARE(m_model->index(endpoint, RelationsModel::ServiceColumn).data().toString(), QString("shop/web"));
}

void TestRelationsModel::followsTheUnitsOfTheNeededService()
{
    InventoryWriter writer(m_db->db());
    QVERIFY(UnitStore(writer).remove({"shop/db", "db01", 5433}).ok());
    QVERIFY(load());
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->index(r, 0).data(RelationsModel::UnitLevelRole).toBool())
            QCOMPARE(m_model->index(r, 0).data(RelationsModel::EndpointsRole).toStringList(),
                     (QStringList{"10.0.1.1:5432"}));
}

void TestRelationsModel::scopesToOneService()
{
    QSignalSpy loaded(m_model, &RelationsModel::loaded);
    m_model->setService("shop/db");
    QVERIFY(loaded.wait(5000));
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setService("shop/web");
    QVERIFY(loaded.wait(5000));
    QCOMPARE(m_model->rowCount(), 2);
}

QTEST_MAIN(TestRelationsModel)
#include "tst_relationsmodel.moc"
