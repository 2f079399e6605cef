// Change::parse: the NOTIFY payload of migration 0011 ("KIND:OP:ID") read back, and
// anything else refused without a crash; Backoff's delays; a feed on SQLite stays idle.

#include "TestSupport.h"
#include "db/ChangeFeed.h"

#include <QSignalSpy>
#include <QTest>

using namespace opsdeck;

class TestChangePayload : public QObject
{
    Q_OBJECT

private slots:
    void parsesGoodPayloads()
    {
        auto c = Change::parse(u"machine:update:42");
        QVERIFY(c);
        QCOMPARE(c->kind, QStringLiteral("machine"));
        QCOMPARE(c->op, QStringLiteral("update"));
        QCOMPARE(c->id, QStringLiteral("42"));
        QCOMPARE(c->number(), 42);
        QCOMPARE(c->jobId(), 0);

        auto host = Change::parse(u"job_host:insert:7/web-1:8080");
        QVERIFY(host);
        QCOMPARE(host->kind, QStringLiteral("job_host"));
        QCOMPARE(host->id, QStringLiteral("7/web-1:8080")); // the id keeps its ':'
        QCOMPARE(host->jobId(), 7);
        QCOMPARE(host->machine(), QStringLiteral("web-1:8080"));
        QCOMPARE(host->number(), 0);

        auto gone = Change::parse(u"audit:delete:9");
        QVERIFY(gone);
        QCOMPARE(gone->op, QStringLiteral("delete"));
        // A bulk write of one kind (migration 0014).
        auto bulk = Change::parse(u"machine:reload:*");
        QVERIFY(bulk);
        QCOMPARE(bulk->op, QStringLiteral("reload"));
        QCOMPARE(bulk->id, QStringLiteral("*"));
    }

    void refusesBadPayloads_data()
    {
        QTest::addColumn<QString>("payload");
        QTest::newRow("empty") << QString();
        QTest::newRow("no colon") << QStringLiteral("garbage");
        QTest::newRow("one colon") << QStringLiteral("machine:42");
        QTest::newRow("empty id") << QStringLiteral("machine:update:");
        QTest::newRow("empty kind") << QStringLiteral(":update:1");
        QTest::newRow("unknown op") << QStringLiteral("machine:upsert:1");
        QTest::newRow("upper kind") << QStringLiteral("Machine:update:1");
        QTest::newRow("space in kind") << QStringLiteral("ma chine:update:1");
        QTest::newRow("long kind") << QString(QStringLiteral("k").repeated(40) + QStringLiteral(":insert:1"));
        QTest::newRow("binary") << QString::fromLatin1("\x01\x02:insert:1");
    }

    void refusesBadPayloads()
    {
        QFETCH(QString, payload);
        QVERIFY(!Change::parse(payload));
    }

    void backoffDoublesUpToItsCap()
    {
        const Backoff b{100, 1000};
        QCOMPARE(b.delayFor(1), 100);
        QCOMPARE(b.delayFor(2), 200);
        QCOMPARE(b.delayFor(4), 800);
        QCOMPARE(b.delayFor(5), 1000);
        QCOMPARE(b.delayFor(500), 1000);
    }

    // A SQLite file has one console: the feed stays idle and says nothing.
    void idleOnSqlite()
    {
        test::TempDatabase db;
        ChangeFeed feed(db.db());
        QVERIFY(!feed.isActive());
        QVERIFY(!feed.isLive());
        QSignalSpy live(&feed, &ChangeFeed::live);
        QSignalSpy lost(&feed, &ChangeFeed::lost);
        QCoreApplication::processEvents();
        QCOMPARE(live.size(), 0);
        QCOMPARE(lost.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestChangePayload)
#include "tst_changepayload.moc"
