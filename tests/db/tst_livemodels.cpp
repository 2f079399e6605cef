// Live models between consoles (issue 12 part 3) on a real PostgreSQL (postgres.sh): two
// Engines on one database; engine B's machine table, service tree and job list follow
// its ChangeFeed. What engine A commits shows in B's models within one second, as rows
// inserted, changed, moved or removed, never as a model reset. Every model is under a
// QAbstractItemModelTester for the whole test.

#include "RealServer.h"
#include "db/ChangeFeed.h"
#include "engine/Engine.h"
#include "inventory/AuditModel.h"
#include "inventory/FleetTreeModel.h"
#include "inventory/InventoryWriter.h"
#include "inventory/MachineStore.h"
#include "inventory/MachineTableModel.h"
#include "inventory/RelationStore.h"
#include "inventory/RelationsModel.h"
#include "inventory/ServiceTreeModel.h"
#include "inventory/TreeStore.h"
#include "jobs/JobListModel.h"
#include "jobs/JobStore.h"
#include "team/FeedReloader.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace opsdeck;

namespace {

MachineSpec spec(const QString& name, const QString& address)
{
    MachineSpec s;
    s.name = name;
    s.address = address;
    return s;
}

// Spies on the signals that tell a view what changed, and on the one that must not come.
struct ModelSpies
{
    explicit ModelSpies(QAbstractItemModel* m)
        : reset(m, &QAbstractItemModel::modelReset), inserted(m, &QAbstractItemModel::rowsInserted),
          removed(m, &QAbstractItemModel::rowsRemoved), changed(m, &QAbstractItemModel::dataChanged)
    {}
    QSignalSpy reset;
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy changed;
};

} // namespace

class TestLiveModels : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::RealServer> m_pg;
    QTemporaryDir m_home;
    std::unique_ptr<Engine> m_a; // the console that writes
    std::unique_ptr<Engine> m_b; // the console that watches
    MachineTableModel* m_machines = nullptr;
    ServiceTreeModel* m_tree = nullptr;
    JobListModel* m_jobs = nullptr;

    std::unique_ptr<Engine> startEngine(const QString& url)
    {
        Engine::Options options;
        options.startCollector = false;
        options.startPolling = false;
        auto e = Engine::start(url, options);
        if (!e.ok())
            qWarning() << e.error().message;
        return e.ok() ? std::move(e.value()) : nullptr;
    }
    qint64 machineId(const QString& name)
    {
        QSqlDatabase c = m_a->database().connection();
        auto q = Database::exec(c, QStringLiteral("SELECT id FROM machines WHERE name = ?"), {name});
        return q.ok() && q->next() ? q->value(0).toLongLong() : -1;
    }
    QVariant machineData(const QString& name, int role)
    {
        const int row = m_machines->rowOf(name);
        return row < 0 ? QVariant() : m_machines->index(row, 0).data(role);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString url;
        OPSDECK_START_POSTGRES(m_pg, url, m_home.path());
        qputenv("HOME", m_home.path().toUtf8());
        m_a = startEngine(url);
        m_b = startEngine(url);
        QVERIFY(m_a && m_b);
        QVERIFY(m_b->changeFeed() && m_b->changeFeed()->isActive());
        QTRY_VERIFY_WITH_TIMEOUT(m_b->changeFeed()->isLive(), 10000);

        m_machines = new MachineTableModel(m_b->sharedDatabase(), this);
        m_tree = new ServiceTreeModel(m_b->sharedDatabase(), this);
        m_jobs = new JobListModel(m_b->sharedDatabase(), this);
        for (QAbstractItemModel* m :
             {static_cast<QAbstractItemModel*>(m_machines), static_cast<QAbstractItemModel*>(m_tree),
              static_cast<QAbstractItemModel*>(m_jobs)})
            new QAbstractItemModelTester(m, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        QSignalSpy machinesLoaded(m_machines, &MachineTableModel::loaded);
        QSignalSpy treeLoaded(m_tree, &ServiceTreeModel::loaded);
        QSignalSpy jobsLoaded(m_jobs, &JobListModel::loaded);
        m_machines->reload();
        m_tree->reload();
        m_jobs->reload();
        QTRY_VERIFY_WITH_TIMEOUT(
            machinesLoaded.size() == 1 && treeLoaded.size() == 1 && jobsLoaded.size() == 1, 10000);
        m_machines->follow(m_b->changeFeed());
        m_tree->follow(m_b->changeFeed());
        m_jobs->follow(m_b->changeFeed());
    }

    void cleanupTestCase()
    {
        delete m_machines;
        delete m_tree;
        delete m_jobs;
        m_b.reset();
        m_a.reset();
    }

    void machineAddedAppearsAsOneRow()
    {
        ModelSpies spies(m_machines);
        const int before = m_machines->totalCount();
        InventoryWriter writer(m_a->sharedDatabase());
        QVERIFY(MachineStore(writer).add(spec(QStringLiteral("web-1"), QStringLiteral("10.0.0.1"))).ok());
        QElapsedTimer sinceCommit;
        sinceCommit.start();
        QTRY_VERIFY_WITH_TIMEOUT(m_machines->rowOf(QStringLiteral("web-1")) >= 0, 1000);
        QVERIFY2(sinceCommit.elapsed() < 1000, qPrintable(QString::number(sinceCommit.elapsed())));
        QCOMPARE(m_machines->totalCount(), before + 1);
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(spies.reset.size(), 0);
        QCOMPARE(machineData(QStringLiteral("web-1"), MachineTableModel::IdRole).toLongLong(),
                 machineId(QStringLiteral("web-1")));
    }

    void transitionChangesTheRowInPlace()
    {
        ModelSpies spies(m_machines);
        InventoryWriter writer(m_a->sharedDatabase());
        QVERIFY(MachineStore(writer).transition(QStringLiteral("web-1"), MachineEvent::Init).ok());
        QElapsedTimer sinceCommit;
        sinceCommit.start();
        const QString initial = MachineLifecycle::stateName(MachineState::New);
        QTRY_VERIFY_WITH_TIMEOUT(
            machineData(QStringLiteral("web-1"), MachineTableModel::StateNameRole).toString() != initial,
            1000);
        QVERIFY2(sinceCommit.elapsed() < 1000, qPrintable(QString::number(sinceCommit.elapsed())));
        QVERIFY(spies.changed.size() >= 1);
        QCOMPARE(spies.inserted.size(), 0);
        QCOMPARE(spies.reset.size(), 0);
    }

    // The feed echoes this console's own writes: reading the row again (twice, even)
    // updates it, it never adds a second row.
    void ownChangeEchoedIsNotInsertedTwice()
    {
        ModelSpies spies(m_machines);
        const int before = m_machines->totalCount();
        InventoryWriter writer(m_b->sharedDatabase());
        QVERIFY(MachineStore(writer).add(spec(QStringLiteral("web-2"), QStringLiteral("10.0.0.2"))).ok());
        const qint64 id = machineId(QStringLiteral("web-2"));
        m_machines->reloadMachine(id); // as the window does after its own write
        m_machines->reloadMachine(id);
        QTRY_VERIFY_WITH_TIMEOUT(m_machines->rowOf(QStringLiteral("web-2")) >= 0, 1000);
        // The feed's echo arrives too: wait for its read to land.
        const qint64 received = m_b->changeFeed()->receivedCount();
        InventoryWriter other(m_a->sharedDatabase());
        QVERIFY(MachineStore(other).transition(QStringLiteral("web-2"), MachineEvent::Init).ok());
        QTRY_VERIFY_WITH_TIMEOUT(
            m_b->changeFeed()->receivedCount() > received &&
                machineData(QStringLiteral("web-2"), MachineTableModel::StateNameRole).toString() !=
                    MachineLifecycle::stateName(MachineState::New),
            1000);
        QTRY_COMPARE_WITH_TIMEOUT(m_machines->rowReadsPending(), 0, 1000);
        QCOMPARE(m_machines->totalCount(), before + 1);
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(spies.reset.size(), 0);
    }

    void treeEditsArriveInPlace()
    {
        ModelSpies spies(m_tree);
        ModelSpies machineSpies(m_machines);
        InventoryWriter writer(m_a->sharedDatabase());
        TreeStore tree(writer);
        QVERIFY(tree.addNode(QStringLiteral("shop"), QStringLiteral("folder")).ok());
        QVERIFY(tree.addNode(QStringLiteral("shop/cart"), QStringLiteral("service")).ok());
        QElapsedTimer sinceCommit;
        sinceCommit.start();
        QTRY_VERIFY_WITH_TIMEOUT(m_tree->indexOfPath(QStringLiteral("shop/cart")).isValid(), 1000);
        QVERIFY2(sinceCommit.elapsed() < 1000, qPrintable(QString::number(sinceCommit.elapsed())));
        QCOMPARE(m_tree->indexOfPath(QStringLiteral("shop/cart")).parent(),
                 m_tree->indexOfPath(QStringLiteral("shop")));
        QCOMPARE(spies.inserted.size(), 2);

        // A binding: the node's counts change in place, and the machine's row its nodes.
        QVERIFY(tree.bindMachine(QStringLiteral("shop/cart"), QStringLiteral("web-1")).ok());
        sinceCommit.restart();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_tree->indexOfPath(QStringLiteral("shop")).data(ServiceTreeModel::TotalMachinesRole).toInt() ==
                    1 &&
                machineData(QStringLiteral("web-1"), MachineTableModel::NodesRole)
                    .toStringList()
                    .contains(QStringLiteral("shop/cart")),
            1000);
        QVERIFY2(sinceCommit.elapsed() < 1000, qPrintable(QString::number(sinceCommit.elapsed())));
        QVERIFY(spies.changed.size() >= 1);
        QVERIFY(machineSpies.changed.size() >= 1);

        // A rename: the node's row goes and comes back under its new name.
        QVERIFY(tree.rename(QStringLiteral("shop/cart"), QStringLiteral("basket")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(m_tree->indexOfPath(QStringLiteral("shop/basket")).isValid(), 1000);
        QVERIFY(!m_tree->indexOfPath(QStringLiteral("shop/cart")).isValid());
        QCOMPARE(
            m_tree->indexOfPath(QStringLiteral("shop/basket")).data(ServiceTreeModel::MachinesRole).toInt(),
            1);

        // A removal.
        QVERIFY(tree.unbindMachine(QStringLiteral("shop/basket"), QStringLiteral("web-1")).ok());
        QVERIFY(tree.remove(QStringLiteral("shop/basket"), true).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!m_tree->indexOfPath(QStringLiteral("shop/basket")).isValid(), 1000);
        QCOMPARE(m_tree->rowCount(m_tree->indexOfPath(QStringLiteral("shop"))), 0);
        QVERIFY(spies.removed.size() >= 1);
        QCOMPARE(spies.reset.size(), 0);
        QCOMPARE(machineSpies.reset.size(), 0);
    }

    void jobProgressArrivesInPlace()
    {
        ModelSpies spies(m_jobs);
        JobStore jobs(m_a->sharedDatabase());
        JobSpec job0;
        job0.target = QStringLiteral("web-1");
        job0.operatorName = QStringLiteral("tester");
        auto job = jobs.create(job0, {JobHostPlan{QStringLiteral("web-1"), 0}}, 1, 1000);
        QVERIFY2(job.ok(), qPrintable(job.ok() ? QString() : job.error().message));
        QElapsedTimer sinceCommit;
        sinceCommit.start();
        QTRY_VERIFY_WITH_TIMEOUT(m_jobs->rowCount() > 0 && m_jobs->jobAt(0)->id == *job, 1000);
        QVERIFY2(sinceCommit.elapsed() < 1000, qPrintable(QString::number(sinceCommit.elapsed())));
        QCOMPARE(spies.inserted.size(), 1);

        QVERIFY(jobs.hostStep(*job, QStringLiteral("web-1"), QStringLiteral("connect"), 2000).ok());
        QVERIFY(jobs.hostFinished(*job, QStringLiteral("web-1"), HostState::Ok, 0, {}, 3000).ok());
        sinceCommit.restart();
        QTRY_VERIFY_WITH_TIMEOUT(m_jobs->jobAt(0)->hostsOk == 1, 1000);
        QVERIFY2(sinceCommit.elapsed() < 1000, qPrintable(QString::number(sinceCommit.elapsed())));
        QVERIFY(spies.changed.size() >= 1);
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(spies.reset.size(), 0);
    }

    // After a lost server the feed says resync(): every model reloads whole, once.
    // The views that re-read themselves whole (relations, audit log) follow the feed
    // through a FeedReloader: another console's relation and its audit row show within
    // a second, with no poll.
    void relationsAndAuditFollowTheFeed()
    {
        RelationsModel relations(m_b->sharedDatabase());
        AuditModel audit(m_b->sharedDatabase());
        QAbstractItemModelTester relationsTester(&relations,
                                                 QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester auditTester(&audit, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy relationsLoaded(&relations, &RelationsModel::loaded);
        QSignalSpy auditLoaded(&audit, &AuditModel::loaded);
        relations.reload();
        audit.reload();
        QTRY_VERIFY_WITH_TIMEOUT(relationsLoaded.size() == 1 && auditLoaded.size() == 1, 10000);
        const int relationsBefore = relations.rowCount();
        const int auditBefore = audit.rowCount();
        FeedReloader relationsFollower(m_b->changeFeed(),
                                       {QStringLiteral("relation"), QStringLiteral("node")});
        FeedReloader auditFollower(m_b->changeFeed(), {QStringLiteral("audit")});
        connect(&relationsFollower, &FeedReloader::reloadDue, &relations, &RelationsModel::reload);
        connect(&auditFollower, &FeedReloader::reloadDue, &audit, &AuditModel::reload);

        InventoryWriter writer(m_a->sharedDatabase());
        TreeStore tree(writer);
        QVERIFY(tree.addNode(QStringLiteral("rel"), QStringLiteral("folder")).ok());
        QVERIFY(tree.addNode(QStringLiteral("rel/api"), QStringLiteral("service")).ok());
        QVERIFY(tree.addNode(QStringLiteral("rel/db"), QStringLiteral("service")).ok());
        const Status related =
            RelationStore(writer).addNeedsService(QStringLiteral("rel/api"), QStringLiteral("rel/db"), 5432);
        QVERIFY2(related.ok(), related.ok() ? "" : qPrintable(related.error().message));
        QElapsedTimer sinceCommit;
        sinceCommit.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            relations.rowCount() == relationsBefore + 1 && audit.rowCount() > auditBefore, 1000);
        QVERIFY2(sinceCommit.elapsed() < 1000, qPrintable(QString::number(sinceCommit.elapsed())));
        QStringList needs;
        for (int r = 0; r < relations.rowCount(); ++r)
            needs << relations.index(r, 0).data(RelationsModel::NeedsRole).toString();
        QVERIFY2(needs.contains(QStringLiteral("rel/db")), qPrintable(needs.join(u',')));

        // A kind the follower does not watch starts no reload.
        QSignalSpy relationsReloads(&relationsFollower, &FeedReloader::reloadDue);
        const qint64 received = m_b->changeFeed()->receivedCount();
        QVERIFY(MachineStore(writer).transition(QStringLiteral("web-1"), MachineEvent::Online).ok());
        QTRY_VERIFY_WITH_TIMEOUT(m_b->changeFeed()->receivedCount() > received, 1000);
        QTRY_VERIFY_WITH_TIMEOUT(!auditFollower.isPending() && audit.rowCount() > auditBefore + 1, 1000);
        QCOMPARE(relationsReloads.size(), 0);
    }

    // The Fleet dock's tree (issue 10, part 0) re-reads itself after a burst of machine
    // and node changes, as a layout change that keeps its persistent indexes.
    void fleetTreeFollowsTheFeed()
    {
        FleetTreeModel fleet(m_b->sharedDatabase());
        QAbstractItemModelTester tester(&fleet, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&fleet, &FleetTreeModel::loaded);
        fleet.reload();
        QVERIFY(loaded.wait(10000));
        fleet.follow(m_b->changeFeed());
        const QPersistentModelIndex shop(fleet.indexOfNode(QStringLiteral("shop")));
        QVERIFY(shop.isValid());
        QSignalSpy reset(&fleet, &QAbstractItemModel::modelReset);
        InventoryWriter writer(m_a->sharedDatabase());
        TreeStore tree(writer);
        QVERIFY(tree.addNode(QStringLiteral("shop/live"), QStringLiteral("service")).ok());
        QVERIFY(tree.bindMachine(QStringLiteral("shop/live"), QStringLiteral("web-1")).ok());
        QVERIFY(MachineStore(writer).add(spec(QStringLiteral("fleet-new"), QStringLiteral("10.7.0.1"))).ok());
        QElapsedTimer sinceCommit;
        sinceCommit.start();
        QTRY_VERIFY_WITH_TIMEOUT(fleet.indexOfMachine(QStringLiteral("web-1")).parent() ==
                                         fleet.indexOfNode(QStringLiteral("shop/live")) &&
                                     fleet.indexOfMachine(QStringLiteral("fleet-new")).isValid(),
                                 2000);
        QVERIFY2(sinceCommit.elapsed() < 2000, qPrintable(QString::number(sinceCommit.elapsed())));
        QCOMPARE(fleet.indexOfMachine(QStringLiteral("fleet-new")).parent().data(FleetTreeModel::KindRole),
                 QVariant(QStringLiteral("pool")));
        QCOMPARE(QModelIndex(shop), fleet.indexOfNode(QStringLiteral("shop")));
        QCOMPARE(reset.size(), 0);
    }

    void resyncReloadsWhole()
    {
        ModelSpies machineSpies(m_machines);
        ModelSpies treeSpies(m_tree);
        ModelSpies jobSpies(m_jobs);
        emit m_b->changeFeed()->resync();
        QTRY_VERIFY_WITH_TIMEOUT(machineSpies.reset.size() == 1 && treeSpies.reset.size() == 1 &&
                                     jobSpies.reset.size() == 1,
                                 5000);
        QVERIFY(m_machines->rowOf(QStringLiteral("web-1")) >= 0);
        QVERIFY(m_tree->indexOfPath(QStringLiteral("shop")).isValid());
    }
};

QTEST_MAIN(TestLiveModels)
#include "tst_livemodels.moc"
