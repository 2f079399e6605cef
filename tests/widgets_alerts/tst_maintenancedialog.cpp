// Check > Maintenance Windows…: a window added from the dialog is in the store (and so
// in `check maintenance list` and the tray's cover), one removed is gone, bad input is
// refused in the dialog with nothing written, ended windows show on request.

#include "../models_checks/CheckFixture.h"
#include "TestSupport.h"
#include "alerts/ChecksPanel.h"
#include "alerts/MaintenanceDialog.h"
#include "checks/CheckListModel.h"
#include "checks/CheckMonitor.h"
#include "checks/MaintenanceModel.h"
#include "checks/MaintenanceStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <memory>

using namespace opsdeck;

class TestMaintenanceDialog : public QObject
{
    Q_OBJECT

    static constexpr qint64 now = 1'800'000'000'000; // a whole minute: the form shows minutes
    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<CheckMonitor> m_monitor;
    std::unique_ptr<ChecksPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QList<MaintenanceWindow> stored() const
    {
        auto all = MaintenanceStore(m_db->db()).list();
        return all.ok() ? *all : QList<MaintenanceWindow>{};
    }
    MaintenanceDialog* open()
    {
        m_panel->maintenanceAction()->trigger();
        MaintenanceDialog* dialog = m_panel->maintenanceDialog();
        if (dialog && !m_tester)
            m_tester = std::make_unique<QAbstractItemModelTester>(
                dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        return dialog;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_db = std::make_unique<test::TempDatabase>();
        m_clock = std::make_unique<ManualClock>(now);
        const test::CheckIds ids = test::seedChecks(m_db->db(), *m_clock);
        m_monitor = std::make_unique<CheckMonitor>(m_db->db(), *m_clock, 0);
        m_panel = std::make_unique<ChecksPanel>(m_monitor.get());
        m_panel->show();
        QSignalSpy updated(m_monitor.get(), &CheckMonitor::updated);
        m_monitor->readNow();
        QVERIFY(updated.wait(5000));
        QTRY_VERIFY(m_panel->model()->rowCount() > 0);
        m_panel->selectCheck(ids.shopHttp);
    }
    void cleanup()
    {
        m_tester.reset();
        m_panel.reset();
        m_monitor.reset();
        m_db.reset();
    }

    void addThenRemove()
    {
        QVERIFY(m_panel->maintenanceAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
        MaintenanceDialog* dialog = open();
        QVERIFY(dialog);
        QTRY_VERIFY(!dialog->model()->isLoading());
        QCOMPARE(dialog->model()->rowCount(), 0);
        QSignalSpy status(m_panel.get(), &ChecksPanel::statusMessage);
        QSignalSpy changed(dialog, &MaintenanceDialog::changed);

        // The selected check's node is the form's start; two hours from now.
        auto form = dialog->formWindow();
        QVERIFY(form.ok());
        QCOMPARE(form->nodePath, QStringLiteral("shop"));
        dialog->setLength(7200);
        dialog->setReason(QStringLiteral("  kernel upgrade "));
        dialog->addWindow();
        QVERIFY(changed.wait(5000));
        QTRY_COMPARE(dialog->model()->rowCount(), 1);

        const QList<MaintenanceWindow> windows = stored();
        QCOMPARE(windows.size(), 1);
        QCOMPARE(windows[0].nodePath, QStringLiteral("shop"));
        QCOMPARE(windows[0].fromMs, now);
        QCOMPARE(windows[0].toMs, now + 7200 * 1000);
        QCOMPARE(windows[0].reason, QStringLiteral("kernel upgrade"));
        QCOMPARE(dialog->model()->index(0, MaintenanceModel::StateColumn).data().toString(),
                 MaintenanceModel::tr("Open"));
        QVERIFY(status.last().first().toString().contains(QStringLiteral("shop")));
        // The check under it is now in maintenance for the tray's and the list's rule.
        auto cover = MaintenanceStore(m_db->db()).coverAt(now + 60000);
        QVERIFY(cover.ok());
        QVERIFY(cover->node(QStringLiteral("shop")) != nullptr);

        dialog->view()->selectRow(0);
        dialog->removeSelected();
        QVERIFY(changed.wait(5000));
        QTRY_COMPARE(dialog->model()->rowCount(), 0);
        QVERIFY(stored().isEmpty());
    }

    void badInputWritesNothing_data()
    {
        QTest::addColumn<QString>("node");
        QTest::addColumn<qint64>("until"); // 0: the default length
        QTest::addColumn<QString>("expected");
        QTest::newRow("no node") << QString() << qint64(0) << QStringLiteral("Name the tree node");
        QTest::newRow("unknown node")
            << QStringLiteral("nowhere") << qint64(0) << QStringLiteral("was not added");
        QTest::newRow("ends before it starts")
            << QStringLiteral("shop") << now - 3600 * 1000 << QStringLiteral("must end after it starts");
        QTest::newRow("empty path part") << QStringLiteral("shop/ /x") << qint64(0) << QString();
    }
    void badInputWritesNothing()
    {
        QFETCH(QString, node);
        QFETCH(qint64, until);
        QFETCH(QString, expected);
        MaintenanceDialog* dialog = open();
        QVERIFY(dialog);
        dialog->setNode(node);
        if (until)
            dialog->setUntil(until);
        dialog->addWindow();
        QTRY_VERIFY(!dialog->errorText().isEmpty());
        if (!expected.isEmpty())
            QVERIFY2(dialog->errorText().contains(expected), qPrintable(dialog->errorText()));
        QVERIFY(stored().isEmpty());
    }

    void wholeTreeAndEndedWindows()
    {
        MaintenanceStore store(m_db->db());
        QVERIFY(store
                    .add({QStringLiteral("shop"), now - 7200 * 1000, now - 3600 * 1000,
                          QStringLiteral("last night")})
                    .ok());
        MaintenanceDialog* dialog = open();
        QVERIFY(dialog);
        QTRY_VERIFY(!dialog->model()->isLoading());
        QCOMPARE(dialog->model()->rowCount(), 0); // ended: hidden by default

        dialog->setNode(QStringLiteral("/"));
        dialog->setStart(now + 3600 * 1000);
        dialog->setLength(1800);
        QSignalSpy changed(dialog, &MaintenanceDialog::changed);
        dialog->addWindow();
        QVERIFY(changed.wait(5000));
        QTRY_COMPARE(dialog->model()->rowCount(), 1);
        QCOMPARE(dialog->model()->index(0, MaintenanceModel::StateColumn).data().toString(),
                 MaintenanceModel::tr("To come"));
        QCOMPARE(dialog->model()->index(0, MaintenanceModel::NodeColumn).data().toString(),
                 MaintenanceModel::tr("(whole tree)"));

        dialog->model()->setShowEnded(true);
        QTRY_COMPARE(dialog->model()->rowCount(), 2);
        QCOMPARE(dialog->model()->index(0, MaintenanceModel::StateColumn).data().toString(),
                 MaintenanceModel::tr("Ended"));
    }
};

QTEST_MAIN(TestMaintenanceDialog)
#include "tst_maintenancedialog.moc"
