// CheckService: the checker on its own thread; on a shared PostgreSQL database only one
// console runs the checks (the advisory lock), and another takes over when it goes.

#include "TestDatabase.h"
#include "checks/CheckService.h"
#include "checks/CheckStore.h"
#include "db/Database.h"
#include "inventory/InventoryWriter.h"
#include "inventory/MachineStore.h"
#include "metrics/MetricStore.h"

#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace opsdeck;

class TestCheckService : public QObject
{
    Q_OBJECT

    static CheckService::Options fast()
    {
        CheckService::Options o;
        o.leaderRetryMs = 100;
        o.scheduler.tickMs = 50;
        return o;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        OPSDECK_REQUIRE_TEST_DIALECT();
        if (!QFile::exists(QStringLiteral("/usr/lib/nagios/plugins/check_dummy")))
            OPSDECK_SKIP_OR_FAIL("monitoring-plugins-basic is not installed (check_dummy)");
    }

    void runsChecksAndWritesSeries()
    {
        test::TestDatabase tmp;
        InventoryWriter writer(tmp.db());
        QVERIFY(MachineStore(writer)
                    .add({QStringLiteral("web1"), QStringLiteral("127.0.0.1"), 22, {}, {}, {}})
                    .ok());
        CheckDefinition d;
        d.name = QStringLiteral("dummy");
        d.kind = CheckKind::Nagios;
        d.machine = QStringLiteral("web1");
        d.params = QJsonObject{
            {QStringLiteral("command"), QStringLiteral("/usr/lib/nagios/plugins/check_dummy 1 'a warning'")}};
        QVERIFY(CheckStore(tmp.db()).add(d).ok());
        auto metricsDb = Database::open(QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                                            .filePath(QStringLiteral("tst_checkservice_metrics.sqlite")));
        QVERIFY(metricsDb.ok());
        MetricStore store(*metricsDb, Clock::system());
        CheckService service(tmp.db(), store, fast());
        QSignalSpy probed(&service, &CheckService::probed);
        QSignalSpy alerts(&service, &CheckService::alert);
        QVERIFY(probed.wait(20000));
        const auto outcome = probed.at(0).at(0).value<CheckScheduler::Outcome>();
        QCOMPARE(outcome.result.status, CheckStatus::Warning);
        QCOMPARE(outcome.target, QStringLiteral("web1"));
        QTRY_COMPARE_WITH_TIMEOUT(alerts.size(), 1, 5000);
        QVERIFY(service.isLeader());
        QVERIFY(store.flush().ok());
        auto series = store.listSeries(QStringLiteral("web1"));
        QVERIFY(series.ok());
        bool up = false;
        for (const auto& s : std::as_const(*series))
            up = up || s.key.metric == QLatin1String("check.dummy.up");
        QVERIFY(up);
    }

    void oneConsoleOfATeamRunsTheChecks()
    {
        test::TestDatabase tmp;
        if (!tmp.isPostgres())
            QSKIP("PostgreSQL only: a SQLite file has one console");
        auto other = Database::open(tmp.path());
        QVERIFY(other.ok());
        auto metricsDb = Database::open(QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                                            .filePath(QStringLiteral("tst_checkservice_team.sqlite")));
        QVERIFY(metricsDb.ok());
        MetricStore store(*metricsDb, Clock::system());
        auto first = std::make_unique<CheckService>(tmp.db(), store, fast());
        QTRY_VERIFY_WITH_TIMEOUT(first->isLeader(), 10000);
        CheckService second(*other, store, fast());
        QSignalSpy took(&second, &CheckService::leaderChanged);
        // The second console keeps trying but does not lead while the first does.
        QTRY_VERIFY_WITH_TIMEOUT(second.leaderAttempts() >= 3, 10000);
        QVERIFY(!second.isLeader());
        QVERIFY(first->isLeader());
        first.reset(); // the first console quits: its connection, and the lock, go with its thread
        QVERIFY(took.wait(15000));
        QVERIFY(second.isLeader());
    }
};

QTEST_GUILESS_MAIN(TestCheckService)
#include "tst_checkservice.moc"
