// core/checks' stores on either dialect: definitions validated before anything is
// written, optimistic updates, targets under a node (machines bound later count), the
// state a checker records with its alerts, acknowledgements and silences.

#include "TestDatabase.h"
#include "checks/AlertStore.h"
#include "checks/CheckParams.h"
#include "checks/CheckStateStore.h"
#include "checks/CheckStore.h"
#include "db/ChangeFeed.h"
#include "db/RowVersion.h"
#include "inventory/MachineStore.h"
#include "inventory/TreeStore.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace opsdeck;

namespace {

CheckDefinition http(const QString& name, const QString& node = {})
{
    CheckDefinition d;
    d.name = name;
    d.kind = CheckKind::Http;
    d.nodePath = node;
    d.params = {{QStringLiteral("url"), QStringLiteral("https://shop.example/health")},
                {QStringLiteral("status"), QJsonArray{200, 301}}};
    return d;
}

CheckRuntime runtime(qint64 check, const QString& target, CheckState state, qint64 sinceMs,
                     const QString& message = {})
{
    CheckRuntime r;
    r.checkId = check;
    r.target = target;
    r.state = state;
    r.lastStatus = state == CheckState::Failing ? CheckStatus::Critical : CheckStatus::Ok;
    r.sinceMs = sinceMs;
    r.message = message;
    return r;
}

AlertEvent alertEvent(qint64 check, const QString& target, CheckState from, CheckState to, qint64 atMs,
                      Importance importance = Importance::Error)
{
    AlertEvent e;
    e.checkId = check;
    e.target = target;
    e.from = from;
    e.to = to;
    e.status = to == CheckState::Failing ? CheckStatus::Critical : CheckStatus::Ok;
    e.importance = importance;
    e.atMs = atMs;
    e.message = QStringLiteral("HTTP 503");
    e.value = 503;
    return e;
}

bool arrived(const QSignalSpy& spy, const QString& kind, const QString& op, const QString& id)
{
    for (const QList<QVariant>& args : spy) {
        const auto c = args.at(0).value<Change>();
        if (c.kind == kind && c.op == op && c.id == id)
            return true;
    }
    return false;
}

bool ok(const Status& s)
{
    if (!s.ok())
        qWarning() << s.error().message;
    return s.ok();
}

} // namespace

class TestCheckStore : public QObject
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
        CheckStateStore states{tmp.db(), clock};
        AlertStore alerts{tmp.db()};

        void machine(const QString& name)
        {
            QVERIFY(machines.add({name, QStringLiteral("10.0.0.1"), 22, {}, {}, {}}).ok());
        }
        qint64 add(const CheckDefinition& d)
        {
            auto id = checks.add(d);
            if (!id.ok())
                qWarning() << id.error().message;
            return id.ok() ? *id : 0;
        }
    };

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        OPSDECK_REQUIRE_TEST_DIALECT();
    }

    void addGetList()
    {
        Fixture f;
        f.machine(QStringLiteral("web1"));
        QVERIFY(f.tree.addNode(QStringLiteral("acme/shop"), QStringLiteral("service")).ok());
        CheckDefinition d = http(QStringLiteral("shop-home"), QStringLiteral("/acme/shop/"));
        d.importance = Importance::Critical;
        d.intervalSecs = 30;
        d.failuresBefore = 3;
        d.passesBefore = 2;
        d.allowedHostFailures = 1;
        const qint64 id = f.add(d);
        QVERIFY(id > 0);
        auto got = f.checks.get(id);
        QVERIFY(got.ok());
        QCOMPARE(got->name, QStringLiteral("shop-home"));
        QCOMPARE(got->nodePath, QStringLiteral("acme/shop")); // normalised
        QCOMPARE(got->importance, Importance::Critical);
        QCOMPARE(got->intervalSecs, 30);
        QCOMPARE(got->failuresBefore, 3);
        QCOMPARE(got->passesBefore, 2);
        QCOMPARE(got->allowedHostFailures, 1);
        QCOMPARE(got->params, d.params);
        QCOMPARE(got->version, 1);

        CheckDefinition tcp;
        tcp.name = QStringLiteral("ssh-port");
        tcp.kind = CheckKind::Tcp;
        tcp.machine = QStringLiteral("web1");
        tcp.params = {{QStringLiteral("port"), 22}};
        const qint64 tcpId = f.add(tcp);
        QVERIFY(tcpId > id);
        QCOMPARE(f.checks.find(QStringLiteral("ssh-port"))->id, tcpId);
        QCOMPARE(f.checks.find(QString::number(tcpId))->machine, QStringLiteral("web1"));
        auto all = f.checks.list();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).name, QStringLiteral("shop-home")); // by name
        QCOMPARE(f.checks.find(QStringLiteral("nope")).error().code, Error::Code::NotFound);
        QCOMPARE(f.checks.get(999).error().code, Error::Code::NotFound);
    }

    void validatesBeforeWriting_data()
    {
        QTest::addColumn<CheckDefinition>("def");
        QTest::addColumn<int>("code");
        const int usage = int(Error::Code::Usage);
        CheckDefinition d = http(QStringLiteral("x"));
        QTest::newRow("good") << d << 0;
        CheckDefinition digits = d;
        digits.name = QStringLiteral("123");
        QTest::newRow("digit name") << digits << usage;
        CheckDefinition ftp = d;
        ftp.params.insert(QStringLiteral("url"), QStringLiteral("ftp://x"));
        QTest::newRow("ftp url") << ftp << usage;
        CheckDefinition status = d;
        status.params.insert(QStringLiteral("status"), QJsonArray{200, 999});
        QTest::newRow("status 999") << status << usage;
        CheckDefinition regex = d;
        regex.params.insert(QStringLiteral("body_regex"), QStringLiteral("(open"));
        QTest::newRow("bad regex") << regex << usage;
        CheckDefinition unknownKey = d;
        unknownKey.params.insert(QStringLiteral("port"), 80);
        QTest::newRow("key of another kind") << unknownKey << usage;
        CheckDefinition metric;
        metric.name = QStringLiteral("load");
        metric.kind = CheckKind::Metric;
        metric.params = {{QStringLiteral("metric"), QStringLiteral("load1")},
                         {QStringLiteral("op"), QStringLiteral(">")},
                         {QStringLiteral("warning"), 4},
                         {QStringLiteral("critical"), 8}};
        QTest::newRow("metric") << metric << 0;
        CheckDefinition inverted = metric;
        inverted.params.insert(QStringLiteral("warning"), 10);
        QTest::newRow("warning past critical") << inverted << usage;
        CheckDefinition both = metric;
        both.params.insert(QStringLiteral("series"), QStringLiteral("a.b"));
        QTest::newRow("metric and series") << both << usage;
        CheckDefinition noOp = metric;
        noOp.params.insert(QStringLiteral("op"), QStringLiteral("~"));
        QTest::newRow("bad op") << noOp << usage;
        CheckDefinition nagios;
        nagios.name = QStringLiteral("disk");
        nagios.kind = CheckKind::Nagios;
        nagios.params = {{QStringLiteral("command"), QStringLiteral("check_disk -w 10%")},
                         {QStringLiteral("over_ssh"), true}};
        QTest::newRow("ssh without binding") << nagios << usage;
        CheckDefinition unreachable;
        unreachable.name = QStringLiteral("gone");
        unreachable.kind = CheckKind::Unreachable;
        QTest::newRow("unreachable without binding") << unreachable << usage;
        CheckDefinition interval = d;
        interval.intervalSecs = 0;
        QTest::newRow("interval 0") << interval << usage;
        CheckDefinition allowed = d;
        allowed.allowedHostFailures = 2;
        QTest::newRow("allowed hosts without node") << allowed << usage;
        CheckDefinition twice = d;
        twice.nodePath = QStringLiteral("a");
        twice.machine = QStringLiteral("b");
        QTest::newRow("node and machine") << twice << usage;
        CheckDefinition noNode = d;
        noNode.nodePath = QStringLiteral("acme/none");
        QTest::newRow("missing node") << noNode << int(Error::Code::NotFound);
        CheckDefinition noMachine = d;
        noMachine.machine = QStringLiteral("ghost");
        QTest::newRow("missing machine") << noMachine << int(Error::Code::NotFound);
    }
    void validatesBeforeWriting()
    {
        QFETCH(CheckDefinition, def);
        QFETCH(int, code);
        Fixture f;
        QCOMPARE(CheckParams::validate(def).ok(), code == 0 || code == int(Error::Code::NotFound));
        auto id = f.checks.add(def);
        QCOMPARE(id.ok(), code == 0);
        if (code != 0)
            QCOMPARE(int(id.error().code), code);
        QCOMPARE(f.checks.list()->size(), code == 0 ? 1 : 0);
    }

    void namesAreUnique()
    {
        Fixture f;
        QVERIFY(f.add(http(QStringLiteral("home"))) > 0);
        auto again = f.checks.add(http(QStringLiteral(" home ")));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, Error::Code::Refused);
        QVERIFY(again.error().message.contains(QLatin1String("home")));
    }

    void updateRefusesAStaleVersion()
    {
        Fixture f;
        const qint64 id = f.add(http(QStringLiteral("home")));
        CheckDefinition mine = *f.checks.get(id);
        CheckDefinition theirs = mine;
        theirs.intervalSecs = 120;
        f.clock.advanceSecs(10);
        CheckStore bob(f.tmp.db(), f.clock, QStringLiteral("bob"));
        QVERIFY(bob.update(theirs).ok());
        QCOMPARE(f.checks.get(id)->version, 2);
        mine.importance = Importance::Warning;
        const Status stale = f.checks.update(mine);
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().code, Error::Code::Refused);
        // The name the console gives; on PostgreSQL the database role (migration 0016).
        const QString who = f.tmp.isPostgres() ? QStringLiteral("opsdeck") : QStringLiteral("bob");
        QVERIFY2(stale.error().message.contains(QStringLiteral("changed by %1").arg(who)),
                 qPrintable(stale.error().message));
        QVERIFY(stale.error().stale);
        QCOMPARE(stale.error().stale->version, 2);
        QCOMPARE(stale.error().stale->current.value(QStringLiteral("interval")).toInt(), 120);
        const CheckDefinition now = *f.checks.get(id);
        QCOMPARE(now.importance, Importance::Error); // not written
        QCOMPARE(now.intervalSecs, 120);
        // Based on the current version it goes through.
        CheckDefinition fresh = now;
        fresh.importance = Importance::Warning;
        QVERIFY(f.checks.update(fresh).ok());
        QCOMPARE(f.checks.get(id)->version, 3);
        QCOMPARE(f.checks.get(id)->importance, Importance::Warning);
    }

    void targetsUnderANodeIncludeMachinesAddedLater()
    {
        Fixture f;
        for (const char* m : {"web1", "web2", "db1"})
            f.machine(QString::fromLatin1(m));
        QVERIFY(f.tree.addNode(QStringLiteral("acme/shop"), QStringLiteral("group")).ok());
        QVERIFY(f.tree.addNode(QStringLiteral("acme/shop/web"), QStringLiteral("service")).ok());
        QVERIFY(f.tree.bindMachine(QStringLiteral("acme/shop/web"), QStringLiteral("web1")).ok());
        QVERIFY(f.tree.bindMachine(QStringLiteral("acme/shop"), QStringLiteral("web2")).ok());
        const qint64 id = f.add(http(QStringLiteral("shop"), QStringLiteral("acme/shop")));
        const CheckDefinition d = *f.checks.get(id);
        QCOMPARE(*f.checks.targetsOf(d), QStringList({"web1", "web2"}));
        // A machine added and bound after the check was defined is a target too.
        f.machine(QStringLiteral("web3"));
        QVERIFY(f.tree.bindMachine(QStringLiteral("acme/shop/web"), QStringLiteral("web3")).ok());
        QCOMPARE(*f.checks.targetsOf(d), QStringList({"web1", "web2", "web3"}));
        // Bound to one machine, or to nothing (the check itself).
        CheckDefinition one = http(QStringLiteral("db"));
        one.machine = QStringLiteral("db1");
        QCOMPARE(*f.checks.targetsOf(one), QStringList({"db1"}));
        QCOMPARE(*f.checks.targetsOf(http(QStringLiteral("url"))), QStringList({QString()}));
    }

    void recordWritesStateAndAlertsTogether()
    {
        Fixture f;
        f.machine(QStringLiteral("web1"));
        f.machine(QStringLiteral("web2"));
        QVERIFY(f.tree.addNode(QStringLiteral("acme"), QStringLiteral("group")).ok());
        QVERIFY(f.tree.bindMachines(QStringLiteral("acme"), {QStringLiteral("web1"), QStringLiteral("web2")})
                    .ok());
        const qint64 id = f.add(http(QStringLiteral("shop"), QStringLiteral("acme")));
        const qint64 t0 = f.clock.nowMs();
        QVERIFY(ok(f.states.record({runtime(id, "web1", CheckState::Failing, t0, "HTTP 503"),
                                    runtime(id, "web2", CheckState::Passing, t0)},
                                   {alertEvent(id, "web1", CheckState::Pending, CheckState::Failing, t0)})));
        auto rows = f.states.load(id);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).target, QStringLiteral("web1"));
        QCOMPARE(rows->at(0).state, CheckState::Failing);
        QCOMPARE(rows->at(0).lastStatus, CheckStatus::Critical);
        QCOMPARE(rows->at(0).message, QStringLiteral("HTTP 503"));
        const CheckSummary s = CheckStateStore::summarize(*rows, f.clock.nowMs());
        QCOMPARE(s.state, CheckState::Failing);
        QCOMPARE(*s.sinceMs, t0);
        QCOMPARE(s.message, QStringLiteral("web1: HTTP 503"));
        QVERIFY(!s.acknowledged);

        // A failing write (an event of a check that does not exist) writes nothing.
        const Status bad =
            f.states.record({runtime(id, "web2", CheckState::Failing, t0 + 1)},
                            {alertEvent(id + 100, "web2", CheckState::Passing, CheckState::Failing, t0)});
        QVERIFY(!bad.ok());
        QCOMPARE(f.states.load(id)->at(1).state, CheckState::Passing);
        QCOMPARE(f.alerts.list({})->size(), 1);
    }

    void alertsSinceWithFilters()
    {
        Fixture f;
        const qint64 a = f.add(http(QStringLiteral("a")));
        const qint64 b = f.add(http(QStringLiteral("b")));
        const qint64 t = f.clock.nowMs();
        QList<AlertEvent> events{
            alertEvent(a, {}, CheckState::Pending, CheckState::Failing, t - 60'000),
            alertEvent(a, {}, CheckState::Failing, CheckState::Passing, t - 30'000),
            alertEvent(b, {}, CheckState::Pending, CheckState::Failing, t - 10'000, Importance::Critical),
            alertEvent(b, QStringLiteral("web9"), CheckState::Pending, CheckState::Failing, t,
                       Importance::Warning)};
        QVERIFY(ok(f.states.record({}, events)));
        auto all = f.alerts.list({});
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 4);
        QCOMPARE(all->first().atMs, t);                        // newest first
        QCOMPARE(all->first().checkName, QStringLiteral("b")); // taken from the check
        QCOMPARE(*all->first().value, 503.0);
        AlertFilter since;
        since.sinceMs = t - 30'000;
        QCOMPARE(f.alerts.list(since)->size(), 3);
        AlertFilter ofA;
        ofA.check = QStringLiteral("a");
        QCOMPARE(f.alerts.list(ofA)->size(), 2);
        AlertFilter critical;
        critical.minImportance = Importance::Critical;
        QCOMPARE(f.alerts.list(critical)->size(), 1);
        AlertFilter atLeastError;
        atLeastError.minImportance = Importance::Error;
        QCOMPARE(f.alerts.list(atLeastError)->size(), 3);
        AlertFilter web9;
        web9.target = QStringLiteral("web9");
        QCOMPARE(f.alerts.list(web9)->size(), 1);
        // The history outlives its check.
        QVERIFY(f.checks.remove(b).ok());
        QCOMPARE(f.states.load(b)->size(), 0);
        AlertFilter ofB;
        ofB.check = QStringLiteral("b");
        auto kept = f.alerts.list(ofB);
        QCOMPARE(kept->size(), 2);
        QCOMPARE(kept->first().checkId, 0);
        QCOMPARE(f.checks.remove(b).error().code, Error::Code::NotFound);
    }

    void acknowledgeUntilRecovery()
    {
        Fixture f;
        const qint64 id = f.add(http(QStringLiteral("home")));
        const qint64 t = f.clock.nowMs();
        QVERIFY(ok(f.states.record({runtime(id, {}, CheckState::Passing, t)}, {})));
        auto nothing = f.states.acknowledge(id);
        QCOMPARE(nothing.error().code, Error::Code::Refused); // nothing fails
        QVERIFY(ok(f.states.record({runtime(id, {}, CheckState::Failing, t + 1)}, {})));
        QCOMPARE(*f.states.acknowledge(id), 1);
        // The checker's next round keeps the acknowledgement...
        CheckRuntime still = runtime(id, {}, CheckState::Failing, t + 1);
        still.consecutiveFailures = 5;
        QVERIFY(ok(f.states.record({still}, {})));
        QVERIFY(f.states.load(id)->first().acknowledged);
        QVERIFY(CheckStateStore::summarize(*f.states.load(id), t).acknowledged);
        // ...until the check recovers.
        QVERIFY(ok(f.states.record({runtime(id, {}, CheckState::Passing, t + 2)}, {})));
        QVERIFY(!f.states.load(id)->first().acknowledged);
        QCOMPARE(f.states.acknowledge(999).error().code, Error::Code::NotFound);
    }

    void silenceUntilATime()
    {
        Fixture f;
        f.machine(QStringLiteral("web1"));
        QVERIFY(f.tree.addNode(QStringLiteral("acme"), QStringLiteral("group")).ok());
        QVERIFY(f.tree.bindMachine(QStringLiteral("acme"), QStringLiteral("web1")).ok());
        const qint64 id = f.add(http(QStringLiteral("shop"), QStringLiteral("acme")));
        const qint64 now = f.clock.nowMs();
        QCOMPARE(f.states.silence(id, now - 1).error().code, Error::Code::Usage); // in the past
        // No state yet: the silence makes a pending row for each target.
        QCOMPARE(*f.states.silence(id, now + 3'600'000), 1);
        auto rows = f.states.load(id);
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().state, CheckState::Pending);
        QCOMPARE(*rows->first().silencedUntilMs, now + 3'600'000);
        QCOMPARE(*CheckStateStore::summarize(*rows, now).silencedUntilMs, now + 3'600'000);
        // An expired silence no longer shows.
        QVERIFY(!CheckStateStore::summarize(*rows, now + 3'600'001).silencedUntilMs);
        // The checker's write keeps it; a target that appears later inherits it.
        f.machine(QStringLiteral("web2"));
        QVERIFY(f.tree.bindMachine(QStringLiteral("acme"), QStringLiteral("web2")).ok());
        QVERIFY(ok(f.states.record(
            {runtime(id, "web1", CheckState::Failing, now), runtime(id, "web2", CheckState::Failing, now)},
            {})));
        rows = f.states.load(id);
        QCOMPARE(rows->size(), 2);
        for (const CheckRuntime& r : std::as_const(*rows))
            QCOMPARE(r.silencedUntilMs.value_or(0), now + 3'600'000);
        QCOMPARE(*f.states.unsilence(id), 2);
        rows = f.states.load(id);
        for (const CheckRuntime& r : std::as_const(*rows))
            QVERIFY(!r.silencedUntilMs);
        QCOMPARE(*f.states.unsilence(id), 0);
        // A node with no machine: nothing to silence.
        QVERIFY(f.tree.addNode(QStringLiteral("empty"), QStringLiteral("group")).ok());
        const qint64 lonely = f.add(http(QStringLiteral("lonely"), QStringLiteral("empty")));
        QCOMPARE(f.states.silence(lonely, now + 1000).error().code, Error::Code::Refused);
    }
    void changesArriveInOtherConsoles()
    {
        if (!test::postgresVariant())
            QSKIP("PostgreSQL only: a SQLite file has one console (no NOTIFY)");
        Fixture f;
        auto other = Database::open(f.tmp.path());
        QVERIFY(other.ok());
        ChangeFeed feed(*other);
        QTRY_VERIFY_WITH_TIMEOUT(feed.isLive(), 10000);
        QSignalSpy changed(&feed, &ChangeFeed::changed);
        const qint64 id = f.add(http(QStringLiteral("home")));
        const QString ids = QString::number(id);
        QTRY_VERIFY_WITH_TIMEOUT(arrived(changed, QStringLiteral("check"), QStringLiteral("insert"), ids),
                                 2000);
        const qint64 t = f.clock.nowMs();
        QVERIFY(ok(f.states.record(
            {runtime(id, QStringLiteral("web1"), CheckState::Failing, t)},
            {alertEvent(id, QStringLiteral("web1"), CheckState::Pending, CheckState::Failing, t)})));
        QTRY_VERIFY_WITH_TIMEOUT(arrived(changed, QStringLiteral("check_state"), QStringLiteral("insert"),
                                         ids + QStringLiteral("/web1")),
                                 2000);
        const QString alertId = QString::number(f.alerts.list({})->first().id);
        QTRY_VERIFY_WITH_TIMEOUT(arrived(changed, QStringLiteral("alert"), QStringLiteral("insert"), alertId),
                                 2000);
        QVERIFY(f.states.acknowledge(id).ok());
        QTRY_VERIFY_WITH_TIMEOUT(arrived(changed, QStringLiteral("check_state"), QStringLiteral("update"),
                                         ids + QStringLiteral("/web1")),
                                 2000);
        QCOMPARE(feed.malformedCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCheckStore)
#include "tst_checkstore.moc"
