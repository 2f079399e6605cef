// CheckScheduler: real monitoring-plugins (check_dummy) on every machine under a node,
// debounce and alert events recorded, lifecycle checks, the node filter, periodic runs on
// an injectable clock and machines bound later; on SQLite and a real PostgreSQL.

#include "TestDatabase.h"
#include "checks/AlertStore.h"
#include "checks/CheckLookups.h"
#include "checks/CheckScheduler.h"
#include "checks/CheckStateStore.h"
#include "checks/CheckStore.h"
#include "inventory/InventoryWriter.h"
#include "inventory/MachineStore.h"
#include "inventory/TreeStore.h"

#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace opsdeck;

namespace {

const QString kDummy = QStringLiteral("/usr/lib/nagios/plugins/check_dummy");

CheckDefinition nagios(const QString& name, const QString& node, int exitCode, int failuresBefore = 1)
{
    CheckDefinition d;
    d.name = name;
    d.kind = CheckKind::Nagios;
    d.nodePath = node;
    d.intervalSecs = 60;
    d.failuresBefore = failuresBefore;
    d.params = QJsonObject{
        {QStringLiteral("command"), QStringLiteral("%1 %2 'dummy says %2'").arg(kDummy).arg(exitCode)}};
    return d;
}

// The fixture's set-up cannot fail quietly.
void must(const Status& s)
{
    if (!s.ok())
        qFatal("set-up failed: %s", qPrintable(s.error().message));
}

} // namespace

class TestCheckScheduler : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        test::TestDatabase tmp;
        ManualClock clock{1'800'000'000'000};
        InventoryWriter writer{tmp.db(), clock};
        MachineStore machines{writer};
        TreeStore tree{writer};
        CheckStore checks{tmp.db(), clock, QStringLiteral("alice")};

        Fixture()
        {
            for (const QString& m : {QStringLiteral("web1"), QStringLiteral("web2"), QStringLiteral("db1")})
                add(m);
            must(tree.addNode(QStringLiteral("acme/shop/web"), QStringLiteral("service")));
            must(tree.addNode(QStringLiteral("acme/shop/db"), QStringLiteral("service")));
            must(tree.bindMachines(QStringLiteral("acme/shop/web"),
                                   {QStringLiteral("web1"), QStringLiteral("web2")}));
            must(tree.bindMachine(QStringLiteral("acme/shop/db"), QStringLiteral("db1")));
        }
        void add(const QString& machine)
        {
            QVERIFY(machines.add({machine, QStringLiteral("127.0.0.1"), 22, {}, {}, {}}).ok());
        }
        qint64 addCheck(const CheckDefinition& d)
        {
            auto id = checks.add(d);
            if (!id.ok())
                qWarning() << id.error().message;
            return id.ok() ? *id : 0;
        }
        std::unique_ptr<CheckScheduler> scheduler(CheckScheduler::Options o = {})
        {
            ProbeServices services;
            services.clock = &clock;
            return std::make_unique<CheckScheduler>(tmp.db(),
                                                    check_lookups::withInventory(services, tmp.db()), o);
        }
        // One round; its outcomes.
        QList<CheckScheduler::Outcome> round(CheckScheduler& s, const QString& node = {})
        {
            QSignalSpy done(&s, &CheckScheduler::roundFinished);
            const Status st = s.runOnce(node);
            if (!st.ok())
                qWarning() << st.error().message;
            if (!done.wait(30000))
                return {};
            return done.at(0).at(0).value<QList<CheckScheduler::Outcome>>();
        }
    };

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        OPSDECK_REQUIRE_TEST_DIALECT();
        if (!QFile::exists(kDummy))
            OPSDECK_SKIP_OR_FAIL("monitoring-plugins-basic is not installed (check_dummy)");
    }

    void nodeCheckRunsOnEveryMachineUnderIt()
    {
        Fixture f;
        QVERIFY(f.addCheck(nagios(QStringLiteral("web-ok"), QStringLiteral("acme/shop/web"), 0)) > 0);
        auto s = f.scheduler();
        const auto outcomes = f.round(*s);
        QCOMPARE(outcomes.size(), 2);
        QStringList targets;
        for (const auto& o : outcomes) {
            targets << o.target;
            QCOMPARE(o.result.status, CheckStatus::Ok);
            QCOMPARE(o.runtime.state, CheckState::Passing);
            QVERIFY2(o.result.message.contains(QLatin1String("dummy says 0")), qPrintable(o.result.message));
        }
        targets.sort();
        QCOMPARE(targets, (QStringList{QStringLiteral("web1"), QStringLiteral("web2")}));
        auto stored = CheckStateStore(f.tmp.db(), f.clock).loadAll();
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), 2);
        QCOMPARE(stored->first().state, CheckState::Passing);
    }

    // A plugin's performance data and the check's up/down become series (source `check`).
    void performanceDataBecomesSeries()
    {
        Fixture f;
        CheckDefinition load = nagios(QStringLiteral("load"), QString(), 0);
        load.machine = QStringLiteral("db1");
        load.params = QJsonObject{
            {QStringLiteral("command"), QStringLiteral("/usr/lib/nagios/plugins/check_load -w 900,900,900 -c "
                                                       "990,990,990")}};
        QVERIFY(f.addCheck(load) > 0);
        auto s = f.scheduler();
        SampleBatch written;
        s->setSampleSink([&written](const SampleBatch& b) {
            written += b;
            return Status{};
        });
        const auto outcomes = f.round(*s);
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().result.status, CheckStatus::Ok);
        QStringList metrics;
        for (const IncomingSample& x : std::as_const(written)) {
            QCOMPARE(x.key.machine, QStringLiteral("db1"));
            QCOMPARE(x.key.source, QStringLiteral("check"));
            metrics << x.key.metric;
        }
        QVERIFY2(metrics.contains(QStringLiteral("check.load.up")), qPrintable(metrics.join(',')));
        QVERIFY2(metrics.contains(QStringLiteral("check.load.load1")), qPrintable(metrics.join(',')));
        QCOMPARE(written.first().value, 1.0);
    }

    void failingAfterDebounceRecordsOneAlert()
    {
        Fixture f;
        QVERIFY(f.addCheck(nagios(QStringLiteral("db-down"), QStringLiteral("acme/shop/db"), 2, 2)) > 0);
        auto s = f.scheduler();
        QSignalSpy alerts(s.get(), &CheckScheduler::alert);
        auto first = f.round(*s);
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first().result.status, CheckStatus::Critical);
        QVERIFY(first.first().runtime.state != CheckState::Failing); // one failure of the two
        QCOMPARE(alerts.size(), 0);
        f.clock.advanceSecs(60);
        auto second = f.round(*s);
        QCOMPARE(second.first().runtime.state, CheckState::Failing);
        QCOMPARE(alerts.size(), 1);
        const auto event = alerts.at(0).at(0).value<AlertEvent>();
        QCOMPARE(event.to, CheckState::Failing);
        QCOMPARE(event.target, QStringLiteral("db1"));
        QVERIFY(alerts.at(0).at(1).toBool());
        AlertFilter filter;
        auto history = AlertStore(f.tmp.db()).list(filter);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().checkName, QStringLiteral("db-down"));
        QCOMPARE(history->first().status, CheckStatus::Critical);
    }

    void lifecycleCheckSeesErrorDetected()
    {
        Fixture f;
        CheckDefinition d;
        d.name = QStringLiteral("web1-lifecycle");
        d.kind = CheckKind::Lifecycle;
        d.machine = QStringLiteral("web1");
        QVERIFY(f.addCheck(d) > 0);
        auto s = f.scheduler();
        auto before = f.round(*s);
        QCOMPARE(before.size(), 1);
        QCOMPARE(before.first().result.status, CheckStatus::Ok);
        QVERIFY(f.machines.transition(QStringLiteral("web1"), MachineEvent::Init).ok());
        QVERIFY(f.machines.transition(QStringLiteral("web1"), MachineEvent::Online).ok());
        QVERIFY(f.machines.transition(QStringLiteral("web1"), MachineEvent::Abnormal).ok());
        auto after = f.round(*s);
        QCOMPARE(after.first().result.status, CheckStatus::Critical);
        QVERIFY(after.first().result.message.contains(QLatin1String("ERROR_DETECTED")));
    }

    void nodeFilterLimitsTargets()
    {
        Fixture f;
        QVERIFY(f.addCheck(nagios(QStringLiteral("all-web"), QStringLiteral("acme/shop/web"), 1)) > 0);
        QVERIFY(f.addCheck(nagios(QStringLiteral("all-db"), QStringLiteral("acme/shop/db"), 0)) > 0);
        CheckDefinition unbound = nagios(QStringLiteral("global"), QString(), 0);
        QVERIFY(f.addCheck(unbound) > 0);
        auto s = f.scheduler();
        QCOMPARE(f.round(*s).size(), 4); // 2 web + 1 db + the unbound check itself
        auto onlyDb = f.round(*s, QStringLiteral("acme/shop/db"));
        QCOMPARE(onlyDb.size(), 1);
        QCOMPARE(onlyDb.first().target, QStringLiteral("db1"));
        QCOMPARE(onlyDb.first().check.name, QStringLiteral("all-db"));
        // A node that does not exist is an error, and nothing runs.
        QVERIFY(!s->runOnce(QStringLiteral("acme/nowhere")).ok());
    }

    void periodicRunsFollowTheClockAndNewMachines()
    {
        Fixture f;
        QVERIFY(f.addCheck(nagios(QStringLiteral("web-warn"), QStringLiteral("acme/shop/web"), 1)) > 0);
        CheckScheduler::Options o;
        o.tickMs = 20;
        o.reloadMs = 30000; // on the manual clock
        auto s = f.scheduler(o);
        QSignalSpy probed(s.get(), &CheckScheduler::probed);
        s->start();
        QTRY_COMPARE_WITH_TIMEOUT(probed.size(), 2, 20000);
        // A machine bound later is checked after the next reload.
        f.add(QStringLiteral("web3"));
        QVERIFY(f.tree.bindMachine(QStringLiteral("acme/shop/web"), QStringLiteral("web3")).ok());
        f.clock.advanceSecs(60);
        QTRY_COMPARE_WITH_TIMEOUT(probed.size(), 5, 20000);
        QStringList targets;
        for (int i = 2; i < 5; ++i)
            targets << probed.at(i).at(0).value<CheckScheduler::Outcome>().target;
        // Each machine once more (none ran again before its interval passed on the clock),
        // the one bound later among them.
        targets.sort();
        QCOMPARE(targets,
                 (QStringList{QStringLiteral("web1"), QStringLiteral("web2"), QStringLiteral("web3")}));
        s->stop();
        QCOMPARE(probed.last().at(0).value<CheckScheduler::Outcome>().result.status, CheckStatus::Warning);
    }

    void periodicRunsPickUpAChangedCheck()
    {
        Fixture f;
        const qint64 id = f.addCheck(nagios(QStringLiteral("db-dummy"), QStringLiteral("acme/shop/db"), 0));
        QVERIFY(id > 0);
        CheckScheduler::Options o;
        o.tickMs = 20;
        o.reloadMs = 30000; // on the manual clock
        auto s = f.scheduler(o);
        QSignalSpy probed(s.get(), &CheckScheduler::probed);
        s->start();
        QTRY_COMPARE_WITH_TIMEOUT(probed.size(), 1, 20000);
        QCOMPARE(probed.at(0).at(0).value<CheckScheduler::Outcome>().result.status, CheckStatus::Ok);
        // Nothing changed: the next run reuses what it read (and its probe), same answer.
        f.clock.advanceSecs(60);
        QTRY_COMPARE_WITH_TIMEOUT(probed.size(), 2, 20000);
        QCOMPARE(probed.at(1).at(0).value<CheckScheduler::Outcome>().result.status, CheckStatus::Ok);
        // The check changed (its version moves): the run after the next reload uses the new
        // command, not the probe made for the old one.
        auto d = f.checks.get(id);
        QVERIFY(d.ok());
        d->params = nagios(d->name, d->nodePath, 2).params;
        QVERIFY(f.checks.update(*d).ok());
        f.clock.advanceSecs(60);
        QTRY_COMPARE_WITH_TIMEOUT(probed.size(), 3, 20000);
        const auto changed = probed.at(2).at(0).value<CheckScheduler::Outcome>();
        QCOMPARE(changed.result.status, CheckStatus::Critical);
        QVERIFY2(changed.result.message.contains(QLatin1String("dummy says 2")),
                 qPrintable(changed.result.message));
        s->stop();
    }

    void resultsOfARoundAreRecordedBeforeItEnds()
    {
        Fixture f;
        QVERIFY(f.addCheck(nagios(QStringLiteral("web-crit"), QStringLiteral("acme/shop/web"), 2)) > 0);
        QVERIFY(f.addCheck(nagios(QStringLiteral("db-warn"), QStringLiteral("acme/shop/db"), 1)) > 0);
        CheckScheduler::Options o;
        o.recordMs = 60000; // only the round's end writes the batch
        auto s = f.scheduler(o);
        QSignalSpy alerts(s.get(), &CheckScheduler::alert);
        const auto outcomes = f.round(*s);
        QCOMPARE(outcomes.size(), 3);
        // Every target's state and its transition are in the database when the round says it is over.
        auto states = CheckStateStore(f.tmp.db(), f.clock).loadAll();
        QVERIFY(states.ok());
        QCOMPARE(states->size(), 3);
        QCOMPARE(alerts.size(), 3);
        auto history = AlertStore(f.tmp.db()).list({});
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestCheckScheduler)
#include "tst_checkscheduler.moc"
