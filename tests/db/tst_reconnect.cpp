// Losing the shared database's server and getting it back, against a real PostgreSQL
// (postgres.sh) killed or stopped and started again under the test: the watch says so once, tries
// again with backoff, every thread's connection works again afterwards and nothing that
// was committed is lost.

#include "RealServer.h"
#include "db/ConnectionWatch.h"
#include "db/Database.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <memory>

using namespace opsdeck;

namespace {

Result<qint64> countRows(const Database& db)
{
    auto c = db.tryConnection();
    if (!c.ok())
        return c.error();
    auto q = Database::exec(*c, QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'reconnect.%'"));
    if (!q.ok())
        return q.error();
    q->next();
    return q->value(0).toLongLong();
}

Status insertRow(const Database& db, const QString& key)
{
    return db.transaction([&](QSqlDatabase& c) -> Status {
        auto q =
            Database::exec(c, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"), {key, key});
        return q.ok() ? Status{} : Status(q.error());
    });
}

// Runs `work` on a thread of its own that stays alive between calls (its connection too).
class WorkerThread
{
public:
    WorkerThread()
    {
        m_thread.start();
        m_context.moveToThread(&m_thread);
    }
    ~WorkerThread()
    {
        m_thread.quit();
        m_thread.wait();
    }
    template <typename F> auto run(F work)
    {
        decltype(work()) result = Error::failure(QStringLiteral("not run"));
        QMetaObject::invokeMethod(
            &m_context, [&] { result = work(); }, Qt::BlockingQueuedConnection);
        return result;
    }

private:
    QThread m_thread;
    QObject m_context;
};

} // namespace

class TestReconnect : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::RealServer> m_pg;
    QTemporaryDir m_home;
    QString m_url;

private slots:
    void initTestCase()
    {
        OPSDECK_START_POSTGRES(m_pg, m_url, m_home.path());
        qputenv("HOME", m_home.path().toUtf8());
    }

    void backoffDoublesUpToItsCap()
    {
        QCOMPARE(reconnectDelayMs(1, 1000, 30000), 1000);
        QCOMPARE(reconnectDelayMs(2, 1000, 30000), 2000);
        QCOMPARE(reconnectDelayMs(3, 1000, 30000), 4000);
        QCOMPARE(reconnectDelayMs(5, 1000, 30000), 16000);
        QCOMPARE(reconnectDelayMs(6, 1000, 30000), 30000);
        QCOMPARE(reconnectDelayMs(400, 1000, 30000), 30000);
    }

    void sqliteHasNothingToWatch()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("local.sqlite")));
        QVERIFY(db.ok());
        ConnectionWatch watch(*db);
        watch.start();
        QVERIFY(!watch.isWatching());
        QVERIFY(watch.isConnected());
    }

    void serverStoppedAndStartedAgain()
    {
        auto opened = Database::open(m_url);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        std::shared_ptr<Database> db = *opened;
        QVERIFY(insertRow(*db, QStringLiteral("reconnect.before")).ok());
        WorkerThread worker; // a thread whose connection lives through the outage
        QCOMPARE(*worker.run([&] { return countRows(*db); }), 1);

        ConnectionWatch::Options options;
        options.intervalMs = 100;
        options.firstRetryMs = 50;
        options.maxRetryMs = 400;
        ConnectionWatch watch(db, Clock::system(), options);
        QSignalSpy lost(&watch, &ConnectionWatch::lost);
        QSignalSpy retrying(&watch, &ConnectionWatch::retrying);
        QSignalSpy restored(&watch, &ConnectionWatch::restored);
        watch.start();
        QVERIFY(watch.isWatching());

        // Killed, as a crash would: no checkpoint, the WAL replayed at the next start.
        QVERIFY(m_pg->control(QStringLiteral("kill")));
        QVERIFY(lost.wait(10000));
        QVERIFY(!watch.isConnected());
        QVERIFY(!watch.lostReason().isEmpty());
        QVERIFY(watch.lostSinceMs() > 0);
        // A write while the server is away fails with an error, and says why.
        Status refused = insertRow(*db, QStringLiteral("reconnect.during"));
        QVERIFY(!refused.ok());
        QVERIFY2(!refused.error().message.isEmpty(), "no reason given");
        // It keeps trying, waiting longer each time, and says "lost" only once.
        QTRY_VERIFY_WITH_TIMEOUT(retrying.count() >= 3, 10000);
        QCOMPARE(lost.count(), 1);
        QVERIFY(retrying.at(2).at(1).toInt() >= retrying.at(0).at(1).toInt());

        QVERIFY(m_pg->control(QStringLiteral("resume")));
        QVERIFY(restored.wait(15000));
        QVERIFY(watch.isConnected());
        QCOMPARE(watch.failedAttempts(), 0);
        // Every thread works again at once, the ones that held a connection through the
        // outage too, and what was committed before is there.
        QVERIFY(insertRow(*db, QStringLiteral("reconnect.after")).ok());
        auto counted = worker.run([&] { return countRows(*db); });
        QVERIFY2(counted.ok(), qPrintable(counted.ok() ? QString() : counted.error().message));
        QCOMPARE(*counted, 2);
        QCOMPARE(lost.count(), 1);
    }

    void threadFindsItsDeadConnectionAndOpensItAgain()
    {
        // Without a watch: the first statement on a dead connection fails and closes it;
        // the next one opens it again.
        auto opened = Database::open(m_url);
        QVERIFY(opened.ok());
        std::shared_ptr<Database> db = *opened;
        QVERIFY(db->ping().ok());
        QVERIFY(m_pg->control(QStringLiteral("stop")));
        QVERIFY(m_pg->control(QStringLiteral("resume")));
        Status first = insertRow(*db, QStringLiteral("reconnect.dead"));
        if (!first.ok())
            QVERIFY2(first.error().message.contains(QLatin1String("lost")),
                     qPrintable(first.error().message));
        QVERIFY(db->ping().ok());
        QVERIFY(insertRow(*db, QStringLiteral("reconnect.again")).ok());
    }
};

QTEST_GUILESS_MAIN(TestReconnect)
#include "tst_reconnect.moc"
