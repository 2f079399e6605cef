#include "InventoryFixture.h"
#include "TestSupport.h"
#include "inventory/AuditModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace opsdeck;

class TestAuditModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void showsNewestFirst();
    void filtersByEntity();
    void filtersByOperatorAndAction();
    void filtersBySince();
    void reloadsAfterAChange();

private:
    bool query(const AuditQuery& q);
    QStringList column(int col) const;

    std::unique_ptr<test::TempDatabase> m_db;
    ManualClock m_clock{1'700'000'000'000};
    AuditModel* m_model = nullptr;
    QAbstractItemModelTester* m_tester = nullptr;
};

void TestAuditModel::init()
{
    m_db = std::make_unique<test::TempDatabase>();
    test::seedInventory(m_db->db(), "alice");
    InventoryWriter bob(m_db->db(), m_clock); // a change dated 2023, after the seed by id
    bob.setOperatorName("bob");
    QVERIFY(MachineStore(bob).transition("web02", MachineEvent::MigrateUnit, "disk failed").ok());
    m_model = new AuditModel(m_db->db(), this);
    m_tester =
        new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    QVERIFY(query({}));
}

void TestAuditModel::cleanup()
{
    delete m_tester;
    delete m_model;
    m_tester = nullptr;
    m_model = nullptr;
    m_db.reset();
}

bool TestAuditModel::query(const AuditQuery& q)
{
    QSignalSpy loaded(m_model, &AuditModel::loaded);
    m_model->setQuery(q);
    return loaded.wait(5000);
}

QStringList TestAuditModel::column(int col) const
{
    QStringList out;
    for (int r = 0; r < m_model->rowCount(); ++r)
        out << m_model->index(r, col).data().toString();
    return out;
}

void TestAuditModel::showsNewestFirst()
{
    QVERIFY(m_model->rowCount() > 20);
    const QModelIndex newest = m_model->index(0, 0);
    QCOMPARE(newest.data(AuditModel::OperatorRole).toString(), QString("bob"));
    QCOMPARE(m_model->index(0, AuditModel::EntityIdColumn).data().toString(), QString("web02"));
    QCOMPARE(m_model->index(0, AuditModel::ReasonColumn).data().toString(), QString("disk failed"));
    QVERIFY(m_model->index(0, AuditModel::BeforeColumn).data().toString().contains("ERROR_DETECTED"));
    QVERIFY(m_model->index(0, AuditModel::AfterColumn).data().toString().contains("ERROR"));
    QVERIFY(m_model->index(0, 0).data(AuditModel::AuditIdRole).toLongLong() >
            m_model->index(1, 0).data(AuditModel::AuditIdRole).toLongLong());
}

void TestAuditModel::filtersByEntity()
{
    AuditQuery q;
    q.entity = "relation";
    QVERIFY(query(q));
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(column(AuditModel::EntityColumn), (QStringList{"relation", "relation"}));
    q.entity = "machine";
    q.entityId = "cache01";
    QVERIFY(query(q));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(column(AuditModel::ActionColumn), (QStringList{"add"}));
}

void TestAuditModel::filtersByOperatorAndAction()
{
    AuditQuery q;
    q.operatorName = "BOB";
    QVERIFY(query(q));
    QCOMPARE(column(AuditModel::OperatorColumn), (QStringList{"bob"}));
    q = {};
    q.operatorName = "alice";
    q.entity = "machine";
    q.action = "add";
    QVERIFY(query(q));
    QCOMPARE(column(AuditModel::EntityIdColumn), (QStringList{"Alpha", "cache01", "db01", "web02", "web01"}));
    q.limit = 2;
    QVERIFY(query(q));
    QCOMPARE(m_model->rowCount(), 2); // the newest two
}

void TestAuditModel::filtersBySince()
{
    AuditQuery q;
    q.since = QDateTime::currentSecsSinceEpoch() - 3600;
    QVERIFY(query(q));
    QVERIFY(!column(AuditModel::OperatorColumn).contains("bob")); // bob's row is from 2023
    QVERIFY(m_model->rowCount() > 20);
    q.since = QDateTime::currentSecsSinceEpoch() + 3600;
    QVERIFY(query(q));
    QCOMPARE(m_model->rowCount(), 0);
}

void TestAuditModel::reloadsAfterAChange()
{
    const int before = m_model->rowCount();
    InventoryWriter writer(m_db->db());
    QVERIFY(TreeStore(writer).rename("ops", "operations").ok());
    QSignalSpy loaded(m_model, &AuditModel::loaded);
    m_model->reload();
    QVERIFY(loaded.wait(5000));
    QVERIFY(m_model->rowCount() > before);
    QCOMPARE(m_model->index(0, AuditModel::EntityColumn).data().toString(), QString("node"));
}

QTEST_MAIN(TestAuditModel)
#include "tst_auditmodel.moc"
