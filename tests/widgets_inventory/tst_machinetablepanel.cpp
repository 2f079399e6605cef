#include "../models/InventoryFixture.h"
#include "FakePrompter.h"
#include "TestSupport.h"
#include "inventory/InventoryReader.h"
#include "inventory/InventoryTaskRunner.h"
#include "inventory/InventoryView.h"
#include "inventory/MachineTableModel.h"
#include "inventory/MachineTablePanel.h"
#include "inventory/MessageBanner.h"

#include <QAction>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <memory>

using namespace opsdeck;

class TestMachineTablePanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void transitionFromTheTable();
    void onlyEventsAllowedForTheWholeSelectionAreEnabled();
    void refusedTransitionIsShown();
    void removeAsksFirst();
    void bulkEditOfPoolAndTags();
    void ctrlFFocusesTheFilter();

private:
    bool waitForTask(bool expectOk = true);
    MachineState stateOf(const QString& name) const;

    std::unique_ptr<test::TempDatabase> m_db;
    test::FakePrompter m_prompter;
    InventoryView* m_view = nullptr;
    MachineTablePanel* m_panel = nullptr;
};

void TestMachineTablePanel::init()
{
    m_db = std::make_unique<test::TempDatabase>();
    test::seedInventory(m_db->db());
    m_prompter = {};
    m_view = new InventoryView(m_db->db());
    m_view->setPrompter(&m_prompter);
    m_view->resize(1000, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowActive(m_view));
    m_panel = m_view->machinePanel();
    QTRY_COMPARE(m_view->machineModel()->rowCount(), 5);
}

void TestMachineTablePanel::cleanup()
{
    delete m_view;
    m_view = nullptr;
    m_db.reset();
}

bool TestMachineTablePanel::waitForTask(bool expectOk)
{
    QSignalSpy finished(m_view->runner(), &InventoryTaskRunner::finished);
    if (!finished.wait(5000))
        return false;
    return finished.first().at(1).toBool() == expectOk;
}

MachineState TestMachineTablePanel::stateOf(const QString& name) const
{
    auto m = InventoryReader(m_db->db()).machine(name);
    return m.ok() && m->has_value() ? (*m)->state : MachineState::Offline;
}

void TestMachineTablePanel::transitionFromTheTable()
{
    m_panel->selectNames({"web01", "db01"}); // both READY
    QCOMPARE(m_panel->selectedNames(), (QStringList{"db01", "web01"}));
    QAction* backup = m_panel->eventAction(MachineEvent::Backup);
    QVERIFY(backup->isEnabled());
    QVERIFY(!m_panel->eventAction(MachineEvent::Online)->isEnabled()); // READY cannot go online again
    backup->trigger();
    QVERIFY(waitForTask());
    QCOMPARE(stateOf("web01"), MachineState::Inited);
    QCOMPARE(stateOf("db01"), MachineState::Inited);
    AuditFilter f;
    f.entity = "machine";
    f.entityId = "web01";
    auto audit = InventoryReader(m_db->db()).loadAudit(f);
    QVERIFY(audit.ok());
    QCOMPARE(audit->last().action, QString("backup"));
    // The table follows the database, and keeps the selection across the reload.
    MachineTableModel* model = m_view->machineModel();
    QTRY_COMPARE(model->index(model->rowOf("web01"), MachineTableModel::StateColumn).data().toString(),
                 QString("INITED"));
    QCOMPARE(m_panel->selectedNames(), (QStringList{"db01", "web01"}));
    QTRY_VERIFY(m_panel->eventAction(MachineEvent::Online)->isEnabled());
    QVERIFY(!m_panel->eventAction(MachineEvent::Backup)->isEnabled());
}

void TestMachineTablePanel::onlyEventsAllowedForTheWholeSelectionAreEnabled()
{
    for (MachineEvent e : MachineLifecycle::allEvents)
        if (QAction* a = m_panel->eventAction(e))
            QVERIFY2(!a->isEnabled(), qPrintable(a->text())); // nothing selected
    m_panel->selectNames({"web02"});                          // ERROR_DETECTED
    QVERIFY(m_panel->eventAction(MachineEvent::MigrateUnit)->isEnabled());
    QVERIFY(!m_panel->eventAction(MachineEvent::Init)->isEnabled());
    m_panel->selectNames({"web02", "web01"}); // ERROR_DETECTED + READY: nothing in common
    for (MachineEvent e : MachineLifecycle::allEvents)
        if (QAction* a = m_panel->eventAction(e))
            QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
    // Disabled: does nothing (a task would have started at once, the runner says so before
    // it goes off the thread).
    QSignalSpy started(m_view->runner(), &InventoryTaskRunner::started);
    m_panel->eventAction(MachineEvent::MigrateUnit)->trigger();
    QCOMPARE(started.count(), 0);
    QVERIFY(!m_view->runner()->isBusy());
    QCOMPARE(stateOf("web02"), MachineState::ErrorDetected);
    m_panel->selectNames({"Alpha", "web01"}); // INITED + READY: abnormal is allowed from both
    QVERIFY(m_panel->eventAction(MachineEvent::Abnormal)->isEnabled());
    QVERIFY(!m_panel->eventAction(MachineEvent::Offline)->isEnabled());
}

void TestMachineTablePanel::refusedTransitionIsShown()
{
    m_panel->selectNames({"web01"});
    m_panel->applyEvent(MachineEvent::Init); // bypass the disabled action: the store refuses
    QVERIFY(waitForTask(false));
    QVERIFY(m_view->banner()->isVisible());
    QVERIFY(m_view->banner()->isError());
    QVERIFY2(m_view->banner()->text().contains("allowed events"), qPrintable(m_view->banner()->text()));
    QCOMPARE(stateOf("web01"), MachineState::Ready);
}

void TestMachineTablePanel::removeAsksFirst()
{
    m_panel->selectNames({"cache01"});
    m_prompter.confirms = {false};
    QSignalSpy started(m_view->runner(), &InventoryTaskRunner::started);
    m_panel->applyEvent(MachineEvent::Remove);
    QCOMPARE(m_prompter.asked.size(), 1);
    QCOMPARE(started.count(), 0); // "no": no task started
    QVERIFY(!m_view->runner()->isBusy());
    QCOMPARE(stateOf("cache01"), MachineState::New); // still there
    m_panel->selectNames({"Alpha"});                 // INITED: offline first
    m_panel->eventAction(MachineEvent::Offline)->trigger();
    QVERIFY(waitForTask());
    QTRY_VERIFY(m_panel->eventAction(MachineEvent::Remove)->isEnabled());
    m_prompter.confirms = {true};
    m_panel->eventAction(MachineEvent::Remove)->trigger();
    QVERIFY(waitForTask());
    auto gone = InventoryReader(m_db->db()).machine("Alpha");
    QVERIFY(gone.ok() && !gone->has_value());
}

void TestMachineTablePanel::bulkEditOfPoolAndTags()
{
    m_panel->selectNames({"web01", "web02"});
    m_prompter.texts = {QString("sh02")};
    m_panel->setPoolAction()->trigger();
    QVERIFY(waitForTask());
    m_prompter.texts = {QString("edge, canary")};
    m_panel->setTagsAction()->trigger();
    QVERIFY(waitForTask());
    for (const QString name : {"web01", "web02"}) {
        auto m = InventoryReader(m_db->db()).machine(name);
        QVERIFY(m.ok() && m->has_value());
        QCOMPARE((*m)->pool, QString("sh02"));
        QCOMPARE((*m)->tags, (QStringList{"edge", "canary"}));
    }
}

void TestMachineTablePanel::ctrlFFocusesTheFilter()
{
    m_panel->view()->setFocus();
    QTest::keyClick(m_panel->view(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_panel->filterEdit()->hasFocus());
    QTest::keyClicks(m_panel->filterEdit(), "web");
    QCOMPARE(m_view->machineModel()->rowCount(), 2);
}

QTEST_MAIN(TestMachineTablePanel)
#include "tst_machinetablepanel.moc"
