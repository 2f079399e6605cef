// The Alerts dock: the Checks tab acknowledges, silences and unsilences through the
// store (errors to statusMessage, greyed for a viewer), the History tab's filters.

#include "../models_checks/CheckFixture.h"
#include "TestSupport.h"
#include "alerts/AlertHistoryPanel.h"
#include "alerts/AlertsDock.h"
#include "alerts/ChecksPanel.h"
#include "checks/AlertHistoryModel.h"
#include "checks/CheckListModel.h"
#include "checks/CheckMonitor.h"
#include "panels/EmptyStateView.h"
#include "team/AccessGate.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <memory>

using namespace opsdeck;

class TestAlertsDock : public QObject
{
    Q_OBJECT

    static constexpr qint64 now = 1'800'000'000'000;
    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<CheckMonitor> m_monitor;
    std::unique_ptr<AlertsDock> m_dock;
    std::unique_ptr<QAbstractItemModelTester> m_checksTester;
    std::unique_ptr<QAbstractItemModelTester> m_historyTester;
    test::CheckIds m_ids;

    ChecksPanel* checks() const { return m_dock->checksPanel(); }
    CheckRuntime stateOf(qint64 check, const QString& target) const
    {
        auto states = CheckStateStore(m_db->db(), *m_clock).load(check);
        if (states.ok())
            for (const CheckRuntime& r : *states)
                if (r.target == target)
                    return r;
        return {};
    }
    QStringList historyChecks() const
    {
        QStringList out;
        for (int r = 0; r < m_dock->historyModel()->rowCount(); ++r)
            out << m_dock->historyModel()->index(r, AlertHistoryModel::CheckColumn).data().toString();
        return out;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_db = std::make_unique<test::TempDatabase>();
        m_clock = std::make_unique<ManualClock>(now);
        m_ids = test::seedChecks(m_db->db(), *m_clock);
        m_monitor = std::make_unique<CheckMonitor>(m_db->db(), *m_clock, 0);
        m_dock = std::make_unique<AlertsDock>(m_monitor.get());
        m_checksTester = std::make_unique<QAbstractItemModelTester>(
            checks()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_historyTester = std::make_unique<QAbstractItemModelTester>(
            m_dock->historyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_dock->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dock.get()));
        QSignalSpy updated(m_monitor.get(), &CheckMonitor::updated);
        m_monitor->readNow();
        QVERIFY(updated.wait(5000));
        QTRY_COMPARE(m_dock->historyModel()->rowCount(), 3);
    }

    void cleanup()
    {
        m_historyTester.reset();
        m_checksTester.reset();
        m_dock.reset();
        m_monitor.reset();
        m_clock.reset();
        m_db.reset();
    }

    void hasAChecksAndAHistoryTab()
    {
        QCOMPARE(m_dock->objectName(), QStringLiteral("alertsDock"));
        QCOMPARE(m_dock->tabs()->count(), 2);
        QCOMPARE(m_dock->tabs()->currentWidget(), checks());
        QCOMPARE(checks()->view()->model()->rowCount(), 3);
        QVERIFY(!checks()->findChild<EmptyStateView*>()->isVisible());
        m_dock->showHistory();
        QCOMPARE(m_dock->tabs()->currentWidget(), m_dock->historyPanel());
    }

    void acknowledgeFromTheDockWritesTheStore()
    {
        QSignalSpy messages(checks(), &ChecksPanel::statusMessage);
        checks()->selectCheck(m_ids.site); // passing: nothing to acknowledge
        QVERIFY(!checks()->acknowledgeAction()->isEnabled());
        QVERIFY(checks()->silenceAction()->isEnabled());
        QVERIFY(!checks()->unsilenceAction()->isEnabled());

        checks()->selectCheck(m_ids.shopHttp);
        QVERIFY(checks()->acknowledgeAction()->isEnabled());
        QCOMPARE(checks()->acknowledgeAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
        checks()->view()->setFocus();
        QTest::keyClick(checks()->view(), Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(stateOf(m_ids.shopHttp, QStringLiteral("web01")).acknowledged);
        QVERIFY(!stateOf(m_ids.shopHttp, QStringLiteral("web02")).acknowledged); // passing: not concerned
        QTRY_COMPARE(
            checks()
                ->model()
                ->index(checks()->model()->rowOfCheck(m_ids.shopHttp), CheckListModel::AcknowledgedColumn)
                .data()
                .toString(),
            QStringLiteral("yes"));
        QVERIFY(messages.last().at(0).toString().contains(QStringLiteral("shop-http acknowledged")));
        QTRY_VERIFY(!checks()->acknowledgeAction()->isEnabled()); // already acknowledged
    }

    void aRefusalGoesToTheStatusBar()
    {
        QSignalSpy messages(checks(), &ChecksPanel::statusMessage);
        checks()->selectCheck(m_ids.site);
        checks()->acknowledgeSelected(); // the store refuses: nothing fails
        QTRY_COMPARE(messages.count(), 1);
        QVERIFY2(messages.at(0).at(0).toString().startsWith(QStringLiteral("Cannot acknowledge site: ")),
                 qPrintable(messages.at(0).at(0).toString()));
    }

    void silenceForAndUnsilence()
    {
        const qint64 until = now + 4 * 3600 * 1000;
        QStringList asked;
        checks()->setSilencePrompt([&asked, until](QWidget*, const QString& check) -> std::optional<qint64> {
            asked << check;
            return until;
        });
        checks()->selectCheck(m_ids.dbTcp);
        checks()->silenceAction()->trigger();
        QCOMPARE(asked, QStringList{QStringLiteral("db-tcp")});
        QTRY_COMPARE(stateOf(m_ids.dbTcp, QStringLiteral("db01")).silencedUntilMs,
                     std::optional<qint64>(until));
        QTRY_VERIFY(checks()->unsilenceAction()->isEnabled());
        checks()->unsilenceAction()->trigger();
        QTRY_COMPARE(stateOf(m_ids.dbTcp, QStringLiteral("db01")).silencedUntilMs, std::nullopt);

        checks()->setSilencePrompt([](QWidget*, const QString&) { return std::nullopt; }); // cancelled
        QSignalSpy written(checks(), &ChecksPanel::written);
        checks()->silenceAction()->trigger();
        QCOMPARE(written.count(), 0);
    }

    void aViewerSeesTheActionsGreyed()
    {
        AccessGate gate;
        for (QAction* a :
             {checks()->acknowledgeAction(), checks()->silenceAction(), checks()->unsilenceAction()})
            gate.guard(a, Capability::Operate);
        checks()->selectCheck(m_ids.shopHttp);
        QVERIFY(checks()->acknowledgeAction()->isEnabled());
        TeamRole viewer;
        viewer.user = QStringLiteral("vera");
        viewer.capability = Capability::View;
        gate.setRole(viewer);
        QVERIFY(!checks()->acknowledgeAction()->isEnabled());
        QVERIFY(!checks()->silenceAction()->isEnabled());
        checks()->selectCheck(m_ids.dbTcp); // the panel's own enabling does not undo the gate
        checks()->selectCheck(m_ids.shopHttp);
        QVERIFY(!checks()->acknowledgeAction()->isEnabled());
        QVERIFY(!checks()->silenceAction()->isEnabled());
        TeamRole op = viewer;
        op.capability = Capability::Operate;
        gate.setRole(op);
        QVERIFY(checks()->acknowledgeAction()->isEnabled());
    }

    void historyFilters()
    {
        auto* since = m_dock->findChild<QComboBox*>(QStringLiteral("alertSinceFilter"));
        auto* check = m_dock->findChild<QLineEdit*>(QStringLiteral("alertCheckFilter"));
        auto* importance = m_dock->findChild<QComboBox*>(QStringLiteral("alertImportanceFilter"));
        auto* target = m_dock->findChild<QLineEdit*>(QStringLiteral("alertTargetFilter"));
        QVERIFY(since && check && importance && target);
        QCOMPARE(historyChecks(), (QStringList{QStringLiteral("shop-http"), QStringLiteral("db-tcp"),
                                               QStringLiteral("site")}));

        importance->setCurrentIndex(importance->findData(int(Importance::Error)));
        QTRY_COMPARE(historyChecks(), (QStringList{QStringLiteral("shop-http"), QStringLiteral("site")}));
        importance->setCurrentIndex(0);
        QTRY_COMPARE(m_dock->historyModel()->rowCount(), 3);

        QTest::keyClicks(check, QStringLiteral("db-tcp"));
        QTRY_COMPARE(historyChecks(), QStringList{QStringLiteral("db-tcp")});
        check->clear();
        QTest::keyClicks(target, QStringLiteral("web01"));
        QTRY_COMPARE(historyChecks(), QStringList{QStringLiteral("shop-http")});
        target->clear();
        QTRY_COMPARE(m_dock->historyModel()->rowCount(), 3);

        m_clock->advanceMs(2 * 3600 * 1000); // two hours on: nothing in the last hour
        since->setCurrentIndex(since->findData(3600));
        QTRY_COMPARE(m_dock->historyModel()->rowCount(), 0);
        since->setCurrentIndex(since->findData(24 * 3600));
        QTRY_COMPARE(m_dock->historyModel()->rowCount(), 3);
    }

    void newAlertsReachTheHistory()
    {
        const QList<AlertEvent> recovered{test::alertEvent(
            m_ids.shopHttp, QStringLiteral("web01"), CheckState::Failing, CheckState::Passing,
            CheckStatus::Ok, Importance::Critical, now + 1000, QStringLiteral("HTTP 200"))};
        QVERIFY(CheckStateStore(m_db->db(), *m_clock).record({}, recovered).ok());
        m_monitor->refresh(); // what the checker calls after a round
        QTRY_COMPARE(m_dock->historyModel()->rowCount(), 4);
        QCOMPARE(m_dock->historyModel()->index(0, AlertHistoryModel::MessageColumn).data().toString(),
                 QStringLiteral("HTTP 200"));
    }

    void aTransitionLeadsToItsCheck()
    {
        m_dock->showHistory();
        QTableView* view = m_dock->historyPanel()->view();
        const QModelIndex dbTcp = view->model()->index(1, AlertHistoryModel::CheckColumn);
        QCOMPARE(dbTcp.data().toString(), QStringLiteral("db-tcp"));
        emit view->activated(dbTcp);
        QCOMPARE(m_dock->tabs()->currentWidget(), checks());
        QVERIFY(checks()->currentCheck());
        QCOMPARE(checks()->currentCheck()->def.id, m_ids.dbTcp);
    }

    void anEmptyDatabaseSaysHowToAddChecks()
    {
        test::TempDatabase empty;
        CheckMonitor monitor(empty.db(), *m_clock, 0);
        AlertsDock dock(&monitor);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QSignalSpy updated(&monitor, &CheckMonitor::updated);
        monitor.readNow();
        QVERIFY(updated.wait(5000));
        auto* state = dock.checksPanel()->findChild<EmptyStateView*>();
        QVERIFY(state && state->isVisible());
        QVERIFY(!dock.checksPanel()->view()->isVisible());
    }
};

QTEST_MAIN(TestAlertsDock)
#include "tst_alertsdock.moc"
