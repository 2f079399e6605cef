// Maintenance windows in the window's models: the check list says "in maintenance" (state
// text, icon, InMaintenanceRole) for a check under an open window, NodeStatusIndex marks
// the nodes and machines below it (and the service tree draws the maintenance icon), a
// target in maintenance is not an open problem for the tray, and all of it changes in
// place when a window opens, ends or is removed (CheckListModel under a
// QAbstractItemModelTester the whole test; ManualClock).

#include "CheckFixture.h"
#include "TestSupport.h"
#include "checks/CheckListModel.h"
#include "checks/CheckMonitor.h"
#include "checks/CheckStatusStyle.h"
#include "checks/MaintenanceStore.h"
#include "checks/NodeStatusIndex.h"
#include "inventory/ServiceTreeModel.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace opsdeck;

class TestMaintenanceModel : public QObject
{
    Q_OBJECT

    static constexpr qint64 now = 1'800'000'000'000;
    static constexpr qint64 hour = 3'600'000;
    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<CheckMonitor> m_monitor;
    std::unique_ptr<CheckListModel> m_model;
    std::unique_ptr<NodeStatusIndex> m_index;
    std::unique_ptr<ServiceTreeModel> m_tree;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QAbstractItemModelTester> m_treeTester;
    test::CheckIds m_ids;

    void readAgain()
    {
        QSignalSpy updated(m_monitor.get(), &CheckMonitor::updated);
        m_monitor->refresh();
        QVERIFY(updated.wait(5000));
    }
    QModelIndex cell(qint64 checkId, int column) const
    {
        return m_model->index(m_model->rowOfCheck(checkId), column);
    }
    bool inMaintenance(qint64 checkId) const
    {
        return cell(checkId, 0).data(CheckListModel::InMaintenanceRole).toBool();
    }
    qint64 addWindow(const QString& node, qint64 fromMs, qint64 toMs, const QString& reason = {})
    {
        MaintenanceWindow w;
        w.nodePath = node;
        w.fromMs = fromMs;
        w.toMs = toMs;
        w.reason = reason;
        auto id = MaintenanceStore(m_db->db()).add(w);
        if (!id.ok())
            qWarning() << id.error().message;
        return id.ok() ? *id : 0;
    }
    bool isOpen(qint64 checkId, const QString& target) const
    {
        for (const OpenProblem& p : m_monitor->snapshot()->open)
            if (p.checkId == checkId && p.target == target)
                return true;
        return false;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_db = std::make_unique<test::TempDatabase>();
        m_clock = std::make_unique<ManualClock>(now);
        m_ids = test::seedChecks(m_db->db(), *m_clock);
        m_monitor = std::make_unique<CheckMonitor>(m_db->db(), *m_clock, 0);
        m_model = std::make_unique<CheckListModel>(m_monitor.get());
        m_index = std::make_unique<NodeStatusIndex>(m_monitor.get());
        m_tree = std::make_unique<ServiceTreeModel>(m_db->db());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_treeTester = std::make_unique<QAbstractItemModelTester>(
            m_tree.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_tree->setStatusIndex(m_index.get());
        QSignalSpy treeLoaded(m_tree.get(), &ServiceTreeModel::loaded);
        m_tree->reload();
        QVERIFY(treeLoaded.wait(5000));
        readAgain();
        QCOMPARE(m_model->rowCount(), 3);
    }

    void cleanup()
    {
        m_treeTester.reset();
        m_tester.reset();
        m_tree.reset();
        m_index.reset();
        m_model.reset();
        m_monitor.reset();
        m_clock.reset();
        m_db.reset();
    }

    void nothingInMaintenanceWithoutAWindow()
    {
        for (qint64 id : {m_ids.shopHttp, m_ids.dbTcp, m_ids.site})
            QVERIFY(!inMaintenance(id));
        QVERIFY(!cell(m_ids.dbTcp, CheckListModel::StateColumn)
                     .data()
                     .toString()
                     .contains(QStringLiteral("maintenance")));
        QVERIFY(!m_index->nodeInMaintenance(QStringLiteral("shop/db")));
        QVERIFY(isOpen(m_ids.dbTcp, QStringLiteral("db01")));
    }

    void aWindowOnANodeShowsBelowIt()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy indexChanged(m_index.get(), &NodeStatusIndex::changed);
        QVERIFY(addWindow(QStringLiteral("shop/db"), now - 1000, now + hour, QStringLiteral("disk swap")) >
                0);
        readAgain();
        QCOMPARE(reset.count(), 0); // changed in place
        QVERIFY(changed.count() >= 1);

        // db-tcp runs on db01, bound to shop/db: in maintenance. shop-http's node is above
        // the window and only one of its targets is below it: not as a whole.
        QVERIFY(inMaintenance(m_ids.dbTcp));
        QVERIFY(!inMaintenance(m_ids.shopHttp));
        QVERIFY(!inMaintenance(m_ids.site));
        const QModelIndex state = cell(m_ids.dbTcp, CheckListModel::StateColumn);
        QCOMPARE(state.data().toString(), QStringLiteral("failing (warning), in maintenance"));
        QVERIFY(state.data(Qt::ToolTipRole).toString().contains(QStringLiteral("disk swap")));
        const QIcon icon = state.data(Qt::DecorationRole).value<QIcon>();
        QVERIFY(!icon.isNull());
        QVERIFY(icon.cacheKey() != CheckStatusStyle::icon(CheckStatus::Warning).cacheKey());
        QCOMPARE(icon.cacheKey(), CheckStatusStyle::maintenanceIcon(CheckStatus::Warning).cacheKey());

        // The node, nothing above it; the machine bound there; the tree's column and icon.
        QVERIFY(m_index->nodeInMaintenance(QStringLiteral("shop/db")));
        QVERIFY(!m_index->nodeInMaintenance(QStringLiteral("shop")));
        QVERIFY(m_index->machineInMaintenance(QStringLiteral("db01")));
        QVERIFY(!m_index->machineInMaintenance(QStringLiteral("web01")));
        QCOMPARE(indexChanged.count(), 1);
        QVERIFY(indexChanged.at(0).at(0).toStringList().contains(QStringLiteral("shop/db")));
        QVERIFY(indexChanged.at(0).at(1).toStringList().contains(QStringLiteral("db01")));
        const QModelIndex db = m_tree->indexOfPath(QStringLiteral("shop/db"), ServiceTreeModel::StatusColumn);
        QCOMPARE(db.data().toString(), QStringLiteral("warning, in maintenance"));
        QCOMPARE(db.data(Qt::DecorationRole).value<QIcon>().cacheKey(),
                 CheckStatusStyle::maintenanceIcon(CheckStatus::Warning).cacheKey());

        // Not an open problem for the tray while in maintenance; web01's failure still is.
        QVERIFY(!isOpen(m_ids.dbTcp, QStringLiteral("db01")));
        QVERIFY(m_monitor->snapshot()->isInMaintenance(m_ids.dbTcp, QStringLiteral("db01")));
        QVERIFY(m_monitor->snapshot()->isInMaintenance(m_ids.shopHttp, QStringLiteral("db01")));
        QVERIFY(!m_monitor->snapshot()->isInMaintenance(m_ids.shopHttp, QStringLiteral("web01")));
        QVERIFY(isOpen(m_ids.shopHttp, QStringLiteral("web01")));
    }

    void aNodeWithNoCheckStillShowsIt()
    {
        QVERIFY(addWindow(QStringLiteral("ops"), now - 1000, now + hour) > 0);
        readAgain();
        QVERIFY(m_index->nodeInMaintenance(QStringLiteral("ops")));
        const QModelIndex ops = m_tree->indexOfPath(QStringLiteral("ops"), ServiceTreeModel::StatusColumn);
        QCOMPARE(ops.data().toString(), QStringLiteral("in maintenance"));
        QCOMPARE(ops.data(Qt::DecorationRole).value<QIcon>().cacheKey(),
                 CheckStatusStyle::maintenanceIcon(std::nullopt).cacheKey());
    }

    void aWindowOpensAndEndsOnTheClock()
    {
        QVERIFY(addWindow(QStringLiteral("shop"), now + hour, now + 2 * hour) > 0);
        readAgain();
        QVERIFY(!inMaintenance(m_ids.shopHttp)); // not open yet
        QCOMPARE(m_monitor->snapshot()->nextMaintenanceMs, now + hour);

        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_clock->setMs(now + hour);
        readAgain();
        QVERIFY(inMaintenance(m_ids.shopHttp));
        QVERIFY(inMaintenance(m_ids.dbTcp)); // db01 is bound below shop
        QVERIFY(!inMaintenance(m_ids.site));
        QVERIFY(m_index->nodeInMaintenance(QStringLiteral("shop/web")));
        QVERIFY(m_monitor->snapshot()->open.isEmpty());
        QCOMPARE(m_monitor->snapshot()->nextMaintenanceMs, now + 2 * hour);

        m_clock->setMs(now + 2 * hour); // the end is outside the window
        readAgain();
        QVERIFY(!inMaintenance(m_ids.shopHttp));
        QVERIFY(!inMaintenance(m_ids.dbTcp));
        QVERIFY(!m_index->nodeInMaintenance(QStringLiteral("shop")));
        QCOMPARE(m_monitor->snapshot()->nextMaintenanceMs, std::nullopt);
        QCOMPARE(reset.count(), 0);
    }

    void removingAWindowEndsIt()
    {
        const qint64 id = addWindow(QStringLiteral("shop"), now - 1000, now + hour);
        readAgain();
        QVERIFY(inMaintenance(m_ids.shopHttp));
        QVERIFY(MaintenanceStore(m_db->db()).remove(id).ok());
        readAgain();
        QVERIFY(!inMaintenance(m_ids.shopHttp));
        QCOMPARE(cell(m_ids.shopHttp, CheckListModel::StateColumn).data().toString(),
                 QStringLiteral("failing (critical)"));
    }
};

QTEST_MAIN(TestMaintenanceModel)
#include "tst_maintenancemodel.moc"
