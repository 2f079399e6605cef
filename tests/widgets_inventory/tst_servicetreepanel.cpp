#include "../models/InventoryFixture.h"
#include "FakePrompter.h"
#include "TestSupport.h"
#include "inventory/InventoryReader.h"
#include "inventory/InventoryTaskRunner.h"
#include "inventory/InventoryView.h"
#include "inventory/MachineTableModel.h"
#include "inventory/MessageBanner.h"
#include "inventory/ServiceTreeModel.h"
#include "inventory/ServiceTreePanel.h"

#include <QAction>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>
#include <memory>

using namespace opsdeck;

class TestServiceTreePanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void dragOfAMachineOntoANodeBindsIt();
    void dropOfAnUnknownMachineIsShownAsAnError();
    void deletingANodeWithUnitsSaysWhatGoes();
    void addRenameAndBindUrl();

private:
    bool waitForTask(bool expectOk = true);

    std::unique_ptr<test::TempDatabase> m_db;
    test::FakePrompter m_prompter;
    InventoryView* m_view = nullptr;
};

void TestServiceTreePanel::init()
{
    m_db = std::make_unique<test::TempDatabase>();
    test::seedInventory(m_db->db());
    m_prompter = {};
    m_view = new InventoryView(m_db->db());
    m_view->setPrompter(&m_prompter);
    m_view->resize(1000, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowActive(m_view));
    QTRY_COMPARE(m_view->machineModel()->rowCount(), 5);
    QTRY_VERIFY(m_view->treeModel()->indexOfPath("shop/web").isValid());
}

void TestServiceTreePanel::cleanup()
{
    delete m_view;
    m_view = nullptr;
    m_db.reset();
}

bool TestServiceTreePanel::waitForTask(bool expectOk)
{
    QSignalSpy finished(m_view->runner(), &InventoryTaskRunner::finished);
    if (!finished.wait(5000))
        return false;
    return finished.first().at(1).toBool() == expectOk;
}

void TestServiceTreePanel::dragOfAMachineOntoANodeBindsIt()
{
    MachineTableModel* machines = m_view->machineModel();
    ServiceTreeModel* tree = m_view->treeModel();
    // What a drag from the table carries ...
    std::unique_ptr<QMimeData> drag(machines->mimeData({machines->index(machines->rowOf("cache01"), 0)}));
    QVERIFY(drag);
    // ... dropped where the view would drop it: through the tree's proxy onto "ops".
    QAbstractItemModel* shown = m_view->treePanel()->view()->model();
    QModelIndex ops;
    for (int r = 0; r < shown->rowCount(); ++r)
        if (shown->index(r, 0).data(ServiceTreeModel::PathRole).toString() == "ops")
            ops = shown->index(r, 0);
    QVERIFY(ops.isValid());
    QVERIFY(shown->canDropMimeData(drag.get(), Qt::LinkAction, -1, -1, ops));
    QVERIFY(shown->dropMimeData(drag.get(), Qt::LinkAction, -1, -1, ops));
    QVERIFY(waitForTask());

    MachineFilter f;
    f.node = "ops";
    f.subtree = false;
    auto bound = InventoryReader(m_db->db()).loadAllMachines(f);
    QVERIFY(bound.ok());
    QCOMPARE(bound->size(), 1);
    QCOMPARE(bound->first().name, QString("cache01"));
    AuditFilter a;
    a.entity = "binding";
    a.entityId = "ops";
    auto audit = InventoryReader(m_db->db()).loadAudit(a);
    QVERIFY(audit.ok());
    QCOMPARE(audit->size(), 1);
    QCOMPARE(audit->first().action, QString("bind"));
    QVERIFY(QJsonDocument(audit->first().after.toObject()).toJson().contains("cache01"));
    // The tree's counts follow.
    QTRY_COMPARE(tree->indexOfPath("ops").data(ServiceTreeModel::TotalMachinesRole).toInt(), 1);
    QTRY_VERIFY(
        machines->index(machines->rowOf("cache01"), MachineTableModel::NodesColumn).data().toString() ==
        "ops");
}

void TestServiceTreePanel::dropOfAnUnknownMachineIsShownAsAnError()
{
    QMimeData drag;
    drag.setData(MachineTableModel::mimeType(), "ghost01");
    QVERIFY(m_view->treeModel()->dropMimeData(&drag, Qt::LinkAction, -1, -1,
                                              m_view->treeModel()->indexOfPath("ops")));
    QVERIFY(waitForTask(false));
    QVERIFY(m_view->banner()->isError());
    QVERIFY2(m_view->banner()->text().contains("ghost01"), qPrintable(m_view->banner()->text()));
}

void TestServiceTreePanel::deletingANodeWithUnitsSaysWhatGoes()
{
    ServiceTreePanel* panel = m_view->treePanel();
    QVERIFY(panel->selectPath("shop/db"));
    m_prompter.confirms = {false};
    QSignalSpy started(m_view->runner(), &InventoryTaskRunner::started);
    panel->deleteAction()->trigger();
    QTRY_COMPARE(m_prompter.asked.size(), 1);
    const QString question = m_prompter.asked.first();
    QVERIFY2(question.contains("2 unit"), qPrintable(question));
    QVERIFY2(question.contains("1 machine binding"), qPrintable(question));
    QVERIFY2(question.contains("1 relation"), qPrintable(question));
    // "no": the answer and the task it would start come in one go, so none started.
    QCOMPARE(started.count(), 0);
    QVERIFY(!m_view->runner()->isBusy());
    const auto kept = InventoryReader(m_db->db()).loadUnits("shop/db");
    QVERIFY(kept.ok());
    QCOMPARE(kept->size(), 2); // still there

    m_prompter.confirms = {true};
    QSignalSpy finished(m_view->runner(), &InventoryTaskRunner::finished);
    panel->deleteAction()->trigger();
    QVERIFY(finished.wait(5000));
    QVERIFY(finished.first().at(1).toBool());
    auto units = InventoryReader(m_db->db()).loadUnits();
    QVERIFY(units.ok());
    QCOMPARE(units->size(), 1); // only shop/web's
    QTRY_VERIFY(!m_view->treeModel()->indexOfPath("shop/db").isValid());
}

void TestServiceTreePanel::addRenameAndBindUrl()
{
    ServiceTreePanel* panel = m_view->treePanel();
    QVERIFY(panel->selectPath("ops"));
    m_prompter.texts = {QString("service"), QString("backup")};
    panel->addAction_()->trigger();
    QVERIFY(waitForTask());
    QTRY_VERIFY(m_view->treeModel()->indexOfPath("ops/backup").isValid());
    QVERIFY(panel->selectPath("ops/backup"));
    m_prompter.texts = {QString("archive")};
    panel->view()->setFocus();
    QTest::keyClick(panel->view(), Qt::Key_F2);
    QVERIFY(waitForTask());
    QTRY_VERIFY(m_view->treeModel()->indexOfPath("ops/archive").isValid());
    QVERIFY(panel->selectPath("ops/archive"));
    m_prompter.texts = {QString("https://archive.example.com/health")};
    panel->bindUrlAction()->trigger();
    QVERIFY(waitForTask());
    auto urls = InventoryReader(m_db->db()).loadUrls("ops/archive");
    QVERIFY(urls.ok());
    QCOMPARE(urls->size(), 1);
    QCOMPARE(urls->first().url, QString("https://archive.example.com/health"));
}

QTEST_MAIN(TestServiceTreePanel)
#include "tst_servicetreepanel.moc"
