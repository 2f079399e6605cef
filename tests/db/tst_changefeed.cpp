// Live changes between consoles (issue 12 part 3) on a real PostgreSQL (postgres.sh): two
// Database objects on one database stand for two consoles; what one writes arrives in
// the other's ChangeFeed as a Change within a second. A malformed notification is
// counted and ignored; a server stopped and started again is reported, re-listened to
// and followed by one resync().

#include "RealServer.h"
#include "db/ChangeFeed.h"
#include "db/Database.h"
#include "inventory/InventoryWriter.h"
#include "inventory/MachineStore.h"
#include "inventory/TreeStore.h"
#include "jobs/JobStore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
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

// The index in `spy` (of ChangeFeed::changed) of the Change kind:op:id, -1 if none yet.
int indexOf(const QSignalSpy& spy, const QString& kind, const QString& op, const QString& id)
{
    for (int i = 0; i < spy.size(); ++i) {
        const auto c = spy.at(i).at(0).value<Change>();
        if (c.kind == kind && c.op == op && c.id == id)
            return i;
    }
    return -1;
}

} // namespace

class TestChangeFeed : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::RealServer> m_pg;
    QTemporaryDir m_home;
    QString m_url;
    std::shared_ptr<Database> m_a; // the console that writes
    std::shared_ptr<Database> m_b; // the console that watches
    std::unique_ptr<ChangeFeed> m_feed;

    std::shared_ptr<Database> open()
    {
        auto db = Database::open(m_url);
        if (!db.ok())
            qWarning() << db.error().message;
        return db.ok() ? *db : nullptr;
    }
    qint64 machineId(const QString& name)
    {
        QSqlDatabase c = m_a->connection();
        auto q = Database::exec(c, QStringLiteral("SELECT id FROM machines WHERE name = ?"), {name});
        return q.ok() && q->next() ? q->value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase()
    {
        OPSDECK_START_POSTGRES(m_pg, m_url, m_home.path());
        qputenv("HOME", m_home.path().toUtf8());
        m_a = open();
        m_b = open();
        QVERIFY(m_a && m_b);
        ChangeFeed::Options options;
        options.heartbeatMs = 200;
        options.backoff = Backoff{100, 1000};
        m_feed = std::make_unique<ChangeFeed>(m_b, options);
        QVERIFY(m_feed->isActive());
        QTRY_VERIFY_WITH_TIMEOUT(m_feed->isLive(), 10000);
    }

    void cleanupTestCase() { m_feed.reset(); }

    void machineAddedAndTransitionedArrive()
    {
        QSignalSpy changed(m_feed.get(), &ChangeFeed::changed);
        InventoryWriter writer(m_a);
        MachineStore machines(writer);
        QVERIFY(machines.add(spec(QStringLiteral("web-1"), QStringLiteral("10.0.0.1"))).ok());
        QElapsedTimer sinceCommit;
        sinceCommit.start();
        const QString id = QString::number(machineId(QStringLiteral("web-1")));
        QTRY_VERIFY_WITH_TIMEOUT(
            indexOf(changed, QStringLiteral("machine"), QStringLiteral("insert"), id) >= 0, 1000);
        QVERIFY2(sinceCommit.elapsed() < 1000, qPrintable(QString::number(sinceCommit.elapsed())));
        // The audit row of the same transaction comes along.
        QVERIFY(std::any_of(changed.begin(), changed.end(), [](const QList<QVariant>& args) {
            return args.at(0).value<Change>().kind == QLatin1String("audit");
        }));

        changed.clear();
        QVERIFY(machines.transition(QStringLiteral("web-1"), MachineEvent::Init).ok());
        QTRY_VERIFY_WITH_TIMEOUT(
            indexOf(changed, QStringLiteral("machine"), QStringLiteral("update"), id) >= 0, 1000);
        QVERIFY(changed.at(0).at(0).value<Change>().receivedMs > 0);
    }

    // A statement of more than 500 rows (an import) sends one "KIND:reload:*" per kind,
    // which the feed gives as resync(), not one change per row (migration 0014).
    void bulkWriteGivesOneResync()
    {
        QSignalSpy changed(m_feed.get(), &ChangeFeed::changed);
        QSignalSpy resync(m_feed.get(), &ChangeFeed::resync);
        QSqlDatabase c = m_a->connection();
        auto pool = Database::exec(c, QStringLiteral("SELECT id FROM pools ORDER BY id LIMIT 1"));
        QVERIFY(pool.ok() && pool->next());
        auto bulk = Database::exec(
            c,
            QStringLiteral(
                "INSERT INTO machines (name, address, port, pool_id, created_at) SELECT 'bulk-' || g, "
                "'10.9.0.1', 22, ?, 0 FROM generate_series(1, 600) g"),
            {pool->value(0)});
        QVERIFY2(bulk.ok(), bulk.ok() ? "" : qPrintable(bulk.error().message));
        QTRY_COMPARE_WITH_TIMEOUT(resync.size(), 1, 5000);
        // A small statement right after still names its row.
        QVERIFY(Database::exec(c, QStringLiteral("UPDATE machines SET address = '10.9.0.2' WHERE name = "
                                                 "'bulk-1'"))
                    .ok());
        const QString id = QString::number(machineId(QStringLiteral("bulk-1")));
        QTRY_VERIFY_WITH_TIMEOUT(
            indexOf(changed, QStringLiteral("machine"), QStringLiteral("update"), id) >= 0, 2000);
        QCOMPARE(resync.size(), 1);
        QVERIFY(std::none_of(changed.begin(), changed.end(), [](const QList<QVariant>& args) {
            return args.at(0).value<Change>().op == QLatin1String("insert") &&
                   args.at(0).value<Change>().kind == QLatin1String("machine");
        }));
        QVERIFY(Database::exec(c, QStringLiteral("DELETE FROM machines WHERE name LIKE 'bulk-%'")).ok());
    }

    void treeEditArrives()
    {
        QSignalSpy changed(m_feed.get(), &ChangeFeed::changed);
        InventoryWriter writer(m_a);
        TreeStore tree(writer);
        QVERIFY(tree.addNode(QStringLiteral("shop"), QStringLiteral("folder")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(changed.begin(), changed.end(),
                                             [](const QList<QVariant>& args) {
                                                 const auto c = args.at(0).value<Change>();
                                                 return c.kind == QLatin1String("node") &&
                                                        c.op == QLatin1String("insert") && c.number() > 0;
                                             }),
                                 1000);
        changed.clear();
        QVERIFY(tree.bindMachine(QStringLiteral("shop"), QStringLiteral("web-1")).ok());
        const QString id = QString::number(machineId(QStringLiteral("web-1")));
        // The binding changes what the machine's row shows (its nodes).
        QTRY_VERIFY_WITH_TIMEOUT(
            indexOf(changed, QStringLiteral("machine"), QStringLiteral("update"), id) >= 0, 1000);
    }

    void jobRowsArrive()
    {
        QSignalSpy changed(m_feed.get(), &ChangeFeed::changed);
        JobStore jobs(m_a);
        JobSpec job0;
        job0.target = QStringLiteral("web-1");
        job0.operatorName = QStringLiteral("tester");
        auto job = jobs.create(job0, {JobHostPlan{QStringLiteral("web-1"), 0}}, 1, 1000);
        QVERIFY2(job.ok(), qPrintable(job.ok() ? QString() : job.error().message));
        const QString jobId = QString::number(*job);
        QTRY_VERIFY_WITH_TIMEOUT(
            indexOf(changed, QStringLiteral("job"), QStringLiteral("insert"), jobId) >= 0, 1000);
        QTRY_VERIFY_WITH_TIMEOUT(indexOf(changed, QStringLiteral("job_host"), QStringLiteral("insert"),
                                         jobId + QStringLiteral("/web-1")) >= 0,
                                 1000);
        changed.clear();
        QVERIFY(jobs.hostStep(*job, QStringLiteral("web-1"), QStringLiteral("connect"), 2000).ok());
        QTRY_VERIFY_WITH_TIMEOUT(indexOf(changed, QStringLiteral("job_host"), QStringLiteral("update"),
                                         jobId + QStringLiteral("/web-1")) >= 0,
                                 1000);
        const Change c = changed.at(0).at(0).value<Change>();
        QCOMPARE(c.jobId(), *job);
        QCOMPARE(c.machine(), QStringLiteral("web-1"));
    }

    // Someone else's NOTIFY on the channel that is not a Change: counted, ignored, and
    // the feed goes on.
    void malformedPayloadIsCountedAndIgnored()
    {
        QSignalSpy changed(m_feed.get(), &ChangeFeed::changed);
        const int before = m_feed->malformedCount();
        QSqlDatabase c = m_a->connection();
        QVERIFY(Database::exec(c, QStringLiteral("SELECT pg_notify(?, ?)"),
                               {ChangeFeed::channel(), QStringLiteral("garbage")})
                    .ok());
        QVERIFY(Database::exec(c, QStringLiteral("SELECT pg_notify(?, ?)"),
                               {ChangeFeed::channel(), QStringLiteral("machine:update:999")})
                    .ok());
        QTRY_VERIFY_WITH_TIMEOUT(
            indexOf(changed, QStringLiteral("machine"), QStringLiteral("update"), QStringLiteral("999")) >= 0,
            1000);
        QCOMPARE(m_feed->malformedCount(), before + 1);
        QCOMPARE(changed.size(), 1);
    }

    // The server stopped: lost() says so; started again: the feed listens again, emits
    // one resync(), and changes arrive as before.
    void serverRestartedGivesResync()
    {
        QSignalSpy lost(m_feed.get(), &ChangeFeed::lost);
        QSignalSpy resync(m_feed.get(), &ChangeFeed::resync);
        QSignalSpy live(m_feed.get(), &ChangeFeed::live);
        QVERIFY(m_pg->control(QStringLiteral("stop")));
        QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 5000); // it may come while the script waits
        QVERIFY(!lost.at(0).at(0).value<Error>().message.isEmpty());
        QVERIFY(!m_feed->isLive());
        QCOMPARE(resync.size(), 0);
        QVERIFY(m_pg->control(QStringLiteral("resume")));
        QTRY_COMPARE_WITH_TIMEOUT(resync.size(), 1, 15000);
        QCOMPARE(live.size(), 1);
        QCOMPARE(lost.size(), 1); // once per outage, however many retries
        QVERIFY(m_feed->isLive());

        QSignalSpy changed(m_feed.get(), &ChangeFeed::changed);
        m_a->releaseConnection(); // the writer's connection died with the server
        InventoryWriter writer(m_a);
        QVERIFY(MachineStore(writer).add(spec(QStringLiteral("web-2"), QStringLiteral("10.0.0.2"))).ok());
        const QString id = QString::number(machineId(QStringLiteral("web-2")));
        QTRY_VERIFY_WITH_TIMEOUT(
            indexOf(changed, QStringLiteral("machine"), QStringLiteral("insert"), id) >= 0, 1000);
        QCOMPARE(resync.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
