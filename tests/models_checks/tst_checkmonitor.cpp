// CheckMonitor sees what another console or process wrote without being asked: on
// PostgreSQL through the ChangeFeed's check, check_state and alert payloads (no poll),
// on SQLite by its poll. Run on both dialects (the _pg twin).

#include "CheckFixture.h"
#include "TestDatabase.h"
#include "checks/AlertHistoryModel.h"
#include "checks/CheckListModel.h"
#include "checks/CheckMonitor.h"
#include "db/ChangeFeed.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace opsdeck;

class TestCheckMonitor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        OPSDECK_REQUIRE_TEST_DIALECT();
    }

    void seesOtherConsolesWrites()
    {
        test::TestDatabase tmp;
        ManualClock clock(1'800'000'000'000);
        const test::CheckIds ids = test::seedChecks(tmp.db(), clock);
        auto window = Database::open(tmp.path()); // this console's own connection
        QVERIFY(window.ok());
        std::shared_ptr<Database> db = std::move(*window);

        const bool live = tmp.isPostgres();
        std::unique_ptr<ChangeFeed> feed;
        CheckMonitor monitor(db, clock, live ? 0 : 100);
        CheckListModel list(&monitor);
        AlertHistoryModel history(db);
        QAbstractItemModelTester listTester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester historyTester(&history,
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        if (live) {
            feed = std::make_unique<ChangeFeed>(db);
            QTRY_VERIFY_WITH_TIMEOUT(feed->isLive(), 10000);
            monitor.follow(feed.get());
            history.follow(feed.get());
        } else {
            connect(&monitor, &CheckMonitor::alertsArrived, &history, &AlertHistoryModel::refresh);
        }
        QSignalSpy updated(&monitor, &CheckMonitor::updated);
        QSignalSpy arrived(&monitor, &CheckMonitor::alertsArrived);
        monitor.readNow();
        QVERIFY(updated.wait(5000));
        history.reload();
        QTRY_COMPARE(history.rowCount(), 3);
        QCOMPARE(list.rowCount(), 3);

        // Another console acknowledges; the checker (another process) records a recovery.
        CheckStateStore other(tmp.db(), clock);
        QVERIFY(other.acknowledge(ids.dbTcp).ok());
        const int row = list.rowOfCheck(ids.dbTcp);
        QTRY_COMPARE_WITH_TIMEOUT(list.index(row, CheckListModel::AcknowledgedColumn).data().toString(),
                                  QStringLiteral("yes"), 5000);
        const QList<CheckRuntime> recovered{test::checkRuntime(
            ids.shopHttp, QStringLiteral("web01"), CheckState::Passing, CheckStatus::Ok, clock.nowMs())};
        const QList<AlertEvent> events{test::alertEvent(
            ids.shopHttp, QStringLiteral("web01"), CheckState::Failing, CheckState::Passing, CheckStatus::Ok,
            Importance::Critical, clock.nowMs() + 1, QStringLiteral("HTTP 200"))};
        QVERIFY(other.record(recovered, events).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!arrived.isEmpty(), 5000);
        QCOMPARE(arrived.first().first().value<QList<AlertEvent>>().first().message,
                 QStringLiteral("HTTP 200"));
        QTRY_COMPARE_WITH_TIMEOUT(history.rowCount(), 4, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(
            list.index(list.rowOfCheck(ids.shopHttp), CheckListModel::StateColumn).data().toString(),
            QStringLiteral("passing"), 5000);

        // A check added elsewhere gets its row.
        auto added = CheckStore(tmp.db(), clock)
                         .add(test::checkDef(QStringLiteral("cache-tcp"), CheckKind::Tcp, Importance::Error,
                                             {}, QStringLiteral("cache01")));
        QVERIFY(added.ok());
        QTRY_COMPARE_WITH_TIMEOUT(list.rowCount(), 4, 5000);
    }

    void aPollSeesASilenceEndWithoutAWrite()
    {
        test::TestDatabase tmp;
        ManualClock clock(1'800'000'000'000);
        const test::CheckIds ids = test::seedChecks(tmp.db(), clock);
        QVERIFY(CheckStateStore(tmp.db(), clock).silence(ids.dbTcp, clock.nowMs() + 1000).ok());
        CheckMonitor monitor(tmp.db(), clock, 20);
        QSignalSpy updated(&monitor, &CheckMonitor::updated);
        monitor.readNow();
        QVERIFY(updated.wait(5000));
        auto openChecks = [&monitor] {
            QStringList out;
            for (const OpenProblem& p : monitor.snapshot()->open)
                out << p.check;
            return out;
        };
        QCOMPARE(openChecks(), QStringList{QStringLiteral("shop-http")});
        QCOMPARE(monitor.snapshot()->nextSilenceEndMs, std::optional<qint64>(clock.nowMs() + 1000));
        clock.advanceMs(2000); // nothing written: the revision did not move, the silence ended
        QTRY_COMPARE_WITH_TIMEOUT(openChecks(),
                                  (QStringList{QStringLiteral("shop-http"), QStringLiteral("db-tcp")}), 5000);
    }
};

QTEST_MAIN(TestCheckMonitor)
#include "tst_checkmonitor.moc"
