#include "../models/InventoryFixture.h"
#include "FakePrompter.h"
#include "TestSupport.h"
#include "inventory/InventoryReader.h"
#include "inventory/InventoryTaskRunner.h"
#include "inventory/InventoryView.h"
#include "inventory/InventoryWriter.h"
#include "inventory/MachineDialog.h"
#include "inventory/MachineStore.h"
#include "inventory/MachineTableModel.h"
#include "inventory/MachineTablePanel.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <memory>

using namespace opsdeck;

namespace {

// Shows the real MachineDialog without a nested event loop, so the test can type into it.
class DialogPrompter : public test::FakePrompter
{
public:
    QPointer<MachineDialog> dialog;
    bool editing = false;

    bool editMachine(QWidget* parent, const MachineSpec& initial, bool edit, const QStringList& pools,
                     MachineDialog::Submit submit) override
    {
        editing = edit;
        dialog = new MachineDialog(initial, edit, pools, std::move(submit), parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        return false;
    }
};

} // namespace

class TestMachineDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void addAMachine();
    void invalidInputIsShownAndWritesNothing();
    void editPoolAndPort();
    void invalidEditChangesNothing();
    void staleEditOffersReload();

private:
    void ok() { m_prompter.dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click(); }
    std::optional<Machine> machine(const QString& name) const;
    int auditRows(const QString& name) const;

    std::unique_ptr<test::TempDatabase> m_db;
    DialogPrompter m_prompter;
    InventoryView* m_view = nullptr;
    MachineTablePanel* m_panel = nullptr;
};

void TestMachineDialog::init()
{
    m_db = std::make_unique<test::TempDatabase>();
    test::seedInventory(m_db->db());
    m_view = new InventoryView(m_db->db());
    m_view->setPrompter(&m_prompter);
    m_view->resize(1000, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowActive(m_view));
    m_panel = m_view->machinePanel();
    QTRY_COMPARE(m_view->machineModel()->rowCount(), 5);
}

void TestMachineDialog::cleanup()
{
    delete m_prompter.dialog;
    delete m_view;
    m_view = nullptr;
    m_db.reset();
}

std::optional<Machine> TestMachineDialog::machine(const QString& name) const
{
    auto m = InventoryReader(m_db->db()).machine(name);
    return m.ok() ? *m : std::nullopt;
}

int TestMachineDialog::auditRows(const QString& name) const
{
    AuditFilter f;
    f.entity = "machine";
    f.entityId = name;
    auto audit = InventoryReader(m_db->db()).loadAudit(f);
    return audit.ok() ? int(audit->size()) : -1;
}

void TestMachineDialog::addAMachine()
{
    QVERIFY(m_panel->addMachineAction()->isEnabled());
    m_panel->addMachineAction()->trigger();
    QVERIFY(m_prompter.dialog);
    QVERIFY(!m_prompter.editing);
    m_prompter.dialog->nameEdit()->setText("new01");
    m_prompter.dialog->addressEdit()->setText("10.0.0.9");
    m_prompter.dialog->portEdit()->setText("2222");
    m_prompter.dialog->userEdit()->setText("ops");
    m_prompter.dialog->poolBox()->setCurrentText("sh07");
    m_prompter.dialog->tagsEdit()->setText("edge, canary");
    ok();
    QTRY_VERIFY(!m_prompter.dialog); // accepted and closed
    const auto m = machine("new01");
    QVERIFY(m);
    QCOMPARE(m->address, QString("10.0.0.9"));
    QCOMPARE(m->port, 2222);
    QCOMPARE(m->user, QString("ops"));
    QCOMPARE(m->pool, QString("sh07"));
    QCOMPARE(m->tags, (QStringList{"edge", "canary"}));
    QCOMPARE(m->state, MachineState::New);
    QCOMPARE(auditRows("new01"), 1);
    QTRY_COMPARE(m_view->machineModel()->rowCount(), 6);
    QVERIFY(m_view->machineModel()->rowOf("new01") >= 0);
}

void TestMachineDialog::invalidInputIsShownAndWritesNothing()
{
    m_panel->addMachineAction()->trigger();
    QVERIFY(m_prompter.dialog);
    m_prompter.dialog->nameEdit()->setText("bad01");
    m_prompter.dialog->addressEdit()->setText("10.0.0.10");
    m_prompter.dialog->portEdit()->setText("70000");
    ok();
    QTRY_VERIFY(!m_prompter.dialog->errorText().isEmpty());
    QVERIFY2(m_prompter.dialog->errorText().contains("outside 1-65535"),
             qPrintable(m_prompter.dialog->errorText()));
    QVERIFY(m_prompter.dialog->isVisible());
    QCOMPARE(m_prompter.dialog->nameEdit()->text(), QString("bad01")); // nothing typed is lost
    QVERIFY(!machine("bad01"));

    m_prompter.dialog->portEdit()->setText("22");
    m_prompter.dialog->addressEdit()->clear();
    ok();
    QTRY_VERIFY(m_prompter.dialog->errorText().contains("needs an address"));
    m_prompter.dialog->portEdit()->setText("twenty");
    ok();
    QVERIFY(m_prompter.dialog->errorText().contains("not a number"));
    m_prompter.dialog->nameEdit()->setText("web01"); // exists
    m_prompter.dialog->addressEdit()->setText("10.0.0.11");
    m_prompter.dialog->portEdit()->setText("22");
    ok();
    QTRY_VERIFY(m_prompter.dialog->errorText().contains("already exists"));
    QVERIFY(!machine("bad01"));
    QCOMPARE(auditRows("bad01"), 0);
    QCOMPARE(m_view->machineModel()->rowCount(), 5);
}

void TestMachineDialog::editPoolAndPort()
{
    m_panel->selectNames({"web01"});
    const auto before = machine("web01");
    QVERIFY(before);
    const int audits = auditRows("web01");
    m_panel->editMachineAction()->trigger();
    QVERIFY(m_prompter.dialog);
    QVERIFY(m_prompter.editing);
    QCOMPARE(m_prompter.dialog->nameEdit()->text(), QString("web01"));
    QVERIFY(m_prompter.dialog->nameEdit()->isReadOnly());
    QCOMPARE(m_prompter.dialog->addressEdit()->text(), before->address);
    m_prompter.dialog->poolBox()->setCurrentText("sh09");
    m_prompter.dialog->portEdit()->setText("2200");
    ok();
    QTRY_VERIFY(!m_prompter.dialog);
    const auto after = machine("web01");
    QVERIFY(after);
    QCOMPARE(after->pool, QString("sh09"));
    QCOMPARE(after->port, 2200);
    QCOMPARE(after->address, before->address);
    QCOMPARE(after->state, before->state);
    QCOMPARE(auditRows("web01"), audits + 1);
    MachineTableModel* model = m_view->machineModel();
    QTRY_COMPARE(model->index(model->rowOf("web01"), MachineTableModel::PoolColumn).data().toString(),
                 QString("sh09"));
}

void TestMachineDialog::invalidEditChangesNothing()
{
    m_panel->selectNames({"web01"});
    const auto before = machine("web01");
    const int audits = auditRows("web01");
    m_panel->view()->setFocus();
    QTest::keyClick(m_panel->view(), Qt::Key_F2);
    QVERIFY(m_prompter.dialog);
    m_prompter.dialog->poolBox()->setCurrentText("sh09");
    m_prompter.dialog->portEdit()->setText("0");
    ok();
    QTRY_VERIFY(m_prompter.dialog->errorText().contains("outside 1-65535"));
    QCOMPARE(m_prompter.dialog->poolBox()->currentText(), QString("sh09"));
    const auto after = machine("web01");
    QCOMPARE(after->pool, before->pool);
    QCOMPARE(after->port, before->port);
    QCOMPARE(auditRows("web01"), audits);
    m_prompter.dialog->reject();
    QTRY_VERIFY(!m_prompter.dialog);

    // Return on a row edits it too.
    m_panel->selectNames({"db01"});
    m_panel->view()->setFocus();
    QTest::keyClick(m_panel->view(), Qt::Key_Return);
    QTRY_VERIFY(m_prompter.dialog);
    QCOMPARE(m_prompter.dialog->nameEdit()->text(), QString("db01"));
}

// Another console changes web01 while its dialog is open: Save is refused in the dialog
// with who changed it; what was typed stays until Reload puts the current values in the
// fields; saving then writes on top of the other console's change.
void TestMachineDialog::staleEditOffersReload()
{
    m_panel->selectNames({"web01"});
    const auto before = machine("web01");
    QVERIFY(before);
    m_panel->editMachineAction()->trigger();
    QVERIFY(m_prompter.dialog);
    QCOMPARE(m_prompter.dialog->version(), std::optional<qint64>(before->version));
    QVERIFY(!m_prompter.dialog->reloadButton()->isVisible());

    InventoryWriter other(m_db->db());
    other.setOperatorName("bob");
    MachineSpec theirs{before->name, "10.9.9.9", before->port, before->user, before->pool, {"theirs"}};
    QVERIFY(MachineStore(other).edit("web01", theirs).ok());

    m_prompter.dialog->portEdit()->setText("2201");
    m_prompter.dialog->tagsEdit()->setText("mine");
    ok();
    QTRY_VERIFY(m_prompter.dialog->errorText().contains("was changed by bob at"));
    QVERIFY2(m_prompter.dialog->errorText().contains("10.9.9.9"), qPrintable(m_prompter.dialog->errorText()));
    QVERIFY(m_prompter.dialog->isVisible());
    QVERIFY(m_prompter.dialog->reloadButton()->isVisible());
    QCOMPARE(m_prompter.dialog->portEdit()->text(), QString("2201")); // nothing typed is lost
    QCOMPARE(m_prompter.dialog->tagsEdit()->text(), QString("mine"));
    QCOMPARE(machine("web01")->address, QString("10.9.9.9"));
    QCOMPARE(machine("web01")->port, before->port);

    m_prompter.dialog->reloadButton()->click();
    QCOMPARE(m_prompter.dialog->addressEdit()->text(), QString("10.9.9.9"));
    QCOMPARE(m_prompter.dialog->portEdit()->text(), QString::number(before->port));
    QCOMPARE(m_prompter.dialog->tagsEdit()->text(), QString("theirs"));
    QCOMPARE(m_prompter.dialog->version(), std::optional<qint64>(before->version + 1));
    QVERIFY(!m_prompter.dialog->reloadButton()->isVisible());
    m_prompter.dialog->portEdit()->setText("2201");
    ok();
    QTRY_VERIFY(!m_prompter.dialog);
    const auto after = machine("web01");
    QCOMPARE(after->address, QString("10.9.9.9"));
    QCOMPARE(after->port, 2201);
    QCOMPARE(after->tags, QStringList{"theirs"});
    QCOMPARE(after->version, before->version + 2);
}

QTEST_MAIN(TestMachineDialog)
#include "tst_machinedialog.moc"
