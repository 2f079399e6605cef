// PollScheduler end to end on its own thread: a node-bound source's targets are polled
// on their interval with at most `concurrency` at once, outcomes are recorded, and the
// status signals go ok → down when the targets stop answering.

#include "TestDatabase.h"
#include "sources/PollScheduler.h"
#include "sources/SourceRepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace opsdeck;

namespace {

// Answers every request with the captured node_exporter page.
class PageServer : public QTcpServer
{
public:
    QByteArray body;
    PageServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    if (!s->readAll().contains("\r\n\r\n"))
                        return;
                    s->write("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body.size()) +
                             "\r\n\r\n" + body);
                });
            }
        });
    }
};

} // namespace

class TestPollScheduler : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        OPSDECK_REQUIRE_TEST_DIALECT();
    }

    void pollsRecordsAndSignals()
    {
        PageServer server;
        server.body = test::testData(QStringLiteral("sources/node_exporter_1.5.0.txt"));
        QVERIFY(server.listen(QHostAddress::Any, 0));

        test::TestDatabase db;
        Status st = db->transaction([&](QSqlDatabase& c) -> Status {
            auto p =
                Database::exec(c, QStringLiteral("INSERT INTO pools (name, created_at) VALUES ('p', 0)"));
            auto n = Database::exec(c, QStringLiteral("INSERT INTO tree_nodes (name, kind, path, created_at) "
                                                      "VALUES ('fleet', 'folder', 'fleet', 0)"));
            if (!p.ok() || !n.ok())
                return Error::failure(QStringLiteral("setup"));
            for (int i = 1; i <= 6; ++i) {
                auto m =
                    Database::exec(c,
                                   QStringLiteral("INSERT INTO machines (name, address, pool_id, created_at) "
                                                  "VALUES (?, ?, (SELECT id FROM pools), 0)"),
                                   {QStringLiteral("m%1").arg(i), QStringLiteral("127.0.0.%1").arg(i)});
                if (!m.ok())
                    return m.error();
                auto b = Database::exec(
                    c,
                    QStringLiteral("INSERT INTO node_machines (node_id, machine_id, created_at) "
                                   "VALUES ((SELECT id FROM tree_nodes), ?, 0)"),
                    {m->lastInsertId()});
                if (!b.ok())
                    return b.error();
            }
            return {};
        });
        QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().message));
        Source s;
        s.url = QStringLiteral("http://{address}:%1/metrics").arg(server.serverPort());
        s.nodePath = QStringLiteral("fleet");
        s.intervalSecs = 1;
        s.timeoutSecs = 1;
        QVERIFY(SourceRepository(db.db()).add(s, 0).ok());

        std::atomic<int> stored{0};
        PollScheduler::Options o;
        o.concurrency = 2;
        o.schedule.health.downAfterFailures = 2;
        PollScheduler scheduler(
            db.db(),
            [&stored](const SampleBatch& b) {
                stored += int(b.size());
                return Status{};
            },
            Clock::system(), o);
        QSignalSpy polled(&scheduler, &PollScheduler::polled);
        QSignalSpy states(&scheduler, &PollScheduler::targetStateChanged);
        QSignalSpy loaded(&scheduler, &PollScheduler::sourcesLoaded);
        scheduler.start();
        QVERIFY(scheduler.isRunning());
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().first().toInt(), 6);
        // Six targets once a second: after ~2.5 s each has been polled at least twice.
        QTRY_VERIFY_WITH_TIMEOUT(polled.size() >= 12, 5000);
        QMap<QString, int> perMachine;
        for (const auto& args : polled) {
            const auto o = args.first().value<PollOutcome>();
            QVERIFY2(o.ok, qPrintable(o.error));
            ++perMachine[o.target.machine];
        }
        QCOMPARE(perMachine.size(), 6);
        QVERIFY(stored > 0);
        // Each target ends up ok (one polled before its first evaluation may say stale
        // first: no data yet).
        auto latest = [&states] {
            QMap<QString, TargetState> last;
            for (const auto& args : states)
                last.insert(args.at(1).toString(), args.at(2).value<TargetState>());
            return last;
        };
        QTRY_VERIFY_WITH_TIMEOUT(latest().size() == 6 && !latest().values().contains(TargetState::Stale),
                                 5000);
        for (TargetState s : latest())
            QCOMPARE(s, TargetState::Ok);

        // The server goes away: every target goes down (two failures in a row; the
        // second after a 2 s backoff).
        server.close();
        const auto sockets = server.findChildren<QTcpSocket*>();
        for (QTcpSocket* socket : sockets)
            socket->abort(); // kept-alive connections too
        states.clear();
        QTRY_VERIFY_WITH_TIMEOUT(states.size() >= 6, 10000);
        for (const auto& args : states)
            QCOMPARE(args.at(2).value<TargetState>(), TargetState::Down);
        scheduler.stop();
        QVERIFY(!scheduler.isRunning());

        auto statuses = SourceRepository(db.db()).statuses();
        QVERIFY(statuses.ok());
        QCOMPARE(statuses->size(), 6);
        for (const TargetStatus& t : *statuses) {
            QCOMPARE(t.state, TargetState::Down);
            QVERIFY(t.lastOk.has_value());
            QVERIFY(!t.lastError.isEmpty());
        }
    }

    // A source whose targets cannot be resolved is skipped, and the user is told which
    // and why (not only a log line); once a reload resolves it, the failure clears.
    void skippedSourceIsReportedUntilResolved()
    {
        test::TestDatabase db;
        auto sql = [&db](const QString& statement) {
            return db->transaction([&](QSqlDatabase& c) -> Status {
                auto q = Database::exec(c, statement);
                return q.ok() ? Status{} : Status{q.error()};
            });
        };
        const QString addNode = QStringLiteral(
            "INSERT INTO tree_nodes (name, kind, path, created_at) VALUES ('gone', 'folder', 'gone', 0)");
        QVERIFY(sql(addNode).ok());
        Source s;
        s.url = QStringLiteral("http://{address}:9/metrics");
        s.nodePath = QStringLiteral("gone");
        s.intervalSecs = 60;
        auto added = SourceRepository(db.db()).add(s, 0);
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
        QVERIFY(sql(QStringLiteral("DELETE FROM tree_nodes WHERE path = 'gone'")).ok());

        PollScheduler::Options o;
        o.recordOutcomes = false;
        PollScheduler scheduler(
            db.db(), [](const SampleBatch&) { return Status{}; }, Clock::system(), o);
        QSignalSpy failed(&scheduler, &PollScheduler::failed);
        QSignalSpy recovered(&scheduler, &PollScheduler::recovered);
        scheduler.start();
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("no tree node 'gone'")),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(scheduler.skippedSources().size(), 1);
        QVERIFY(scheduler.lastFailure());
        QCOMPARE(scheduler.lastFailure()->failures, 1);

        QVERIFY(sql(addNode).ok());
        scheduler.reload();
        QVERIFY(recovered.wait(10000));
        QVERIFY(!scheduler.lastFailure());
        QVERIFY(scheduler.skippedSources().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPollScheduler)
#include "tst_pollscheduler.moc"
