// core/checks' MaintenanceStore on either dialect: windows validated before anything is
// written, the open ones at a moment, what they cover (nodes, machines, checks), the
// notification policy holding alerts back inside a window and letting them through after
// it (storeAlertContext on a ManualClock), and the NOTIFY of another console (PostgreSQL).

#include "TestDatabase.h"
#include "alerts/AlertContext.h"
#include "alerts/NotificationPolicy.h"
#include "checks/CheckStore.h"
#include "checks/MaintenanceStore.h"
#include "db/ChangeFeed.h"
#include "inventory/MachineStore.h"
#include "inventory/TreeStore.h"
#include "util/Clock.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace opsdeck;

namespace {

constexpr qint64 kHour = 3'600'000;

MaintenanceWindow window(const QString& node, qint64 fromMs, qint64 toMs, const QString& reason = {})
{
    MaintenanceWindow w;
    w.nodePath = node;
    w.fromMs = fromMs;
    w.toMs = toMs;
    w.reason = reason;
    return w;
}

CheckDefinition http(const QString& name, const QString& node = {}, const QString& machine = {})
{
    CheckDefinition d;
    d.name = name;
    d.kind = CheckKind::Http;
    d.nodePath = node;
    d.machine = machine;
    d.params = {{QStringLiteral("url"), QStringLiteral("https://shop.example/health")}};
    return d;
}

AlertEvent failing(qint64 check, const QString& target, qint64 atMs)
{
    AlertEvent e;
    e.checkId = check;
    e.checkName = QStringLiteral("shop-http");
    e.target = target;
    e.from = CheckState::Passing;
    e.to = CheckState::Failing;
    e.status = CheckStatus::Critical;
    e.importance = Importance::Critical;
    e.atMs = atMs;
    e.message = QStringLiteral("HTTP 503");
    return e;
}

bool arrived(const QSignalSpy& spy, const QString& op, const QString& id)
{
    for (const QList<QVariant>& args : spy) {
        const auto c = args.at(0).value<Change>();
        if (c.kind == QLatin1String("maintenance") && c.op == op && c.id == id)
            return true;
    }
    return false;
}

} // namespace

class TestMaintenanceStore : public QObject
{
    Q_OBJECT

    // acme/shop/web holds web1 and web2, acme/db holds db1; lab holds nothing.
    struct Fixture
    {
        test::TestDatabase tmp;
        ManualClock clock{1'800'000'000'000};
        InventoryWriter writer{tmp.db(), clock};
        MachineStore machines{writer};
        TreeStore tree{writer};
        CheckStore checks{tmp.db(), clock, QStringLiteral("alice")};
        MaintenanceStore store{tmp.db(), QStringLiteral("alice")};

        Fixture()
        {
            for (const char* m : {"web1", "web2", "db1"})
                QVERIFY(
                    machines.add({QString::fromLatin1(m), QStringLiteral("10.0.0.1"), 22, {}, {}, {}}).ok());
            for (const char* n : {"acme", "acme/shop", "acme/shop/web", "acme/db", "lab"})
                QVERIFY(tree.addNode(QString::fromLatin1(n), QStringLiteral("folder")).ok());
            QVERIFY(tree.bindMachines(QStringLiteral("acme/shop/web"),
                                      {QStringLiteral("web1"), QStringLiteral("web2")})
                        .ok());
            QVERIFY(tree.bindMachine(QStringLiteral("acme/db"), QStringLiteral("db1")).ok());
        }
        qint64 now() const { return clock.nowMs(); }
        qint64 add(const MaintenanceWindow& w)
        {
            auto id = store.add(w);
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

    void addGetListRemove()
    {
        Fixture f;
        const qint64 t = f.now();
        const qint64 shop =
            f.add(window(QStringLiteral("/acme/shop/"), t - kHour, t + kHour, QStringLiteral(" upgrade ")));
        const qint64 later = f.add(window(QStringLiteral("lab"), t + 2 * kHour, t + 3 * kHour));
        const qint64 past = f.add(window(QStringLiteral("acme/db"), t - 3 * kHour, t - 2 * kHour));
        QVERIFY(shop > 0 && later > 0 && past > 0);
        QVERIFY(shop != later && later != past);

        auto got = f.store.get(shop);
        QVERIFY(got.ok());
        QCOMPARE(got->nodePath, QStringLiteral("acme/shop")); // normalised
        QCOMPARE(got->reason, QStringLiteral("upgrade"));     // trimmed
        QCOMPARE(got->createdBy, QStringLiteral("alice"));
        QCOMPARE(got->fromMs, t - kHour);
        QCOMPARE(got->toMs, t + kHour);

        auto all = f.store.list();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).id, past); // by start
        QCOMPARE(all->at(1).id, shop);
        QCOMPARE(all->at(2).id, later);
        auto current = f.store.list(t);
        QVERIFY(current.ok());
        QCOMPARE(current->size(), 2); // the ended one is left out
        QCOMPARE(current->at(0).id, shop);

        QVERIFY(f.store.remove(shop).ok());
        QCOMPARE(f.store.remove(shop).error().code, Error::Code::NotFound);
        QCOMPARE(f.store.get(shop).error().code, Error::Code::NotFound);
        QCOMPARE(f.store.list()->size(), 2);
    }

    void activeAtHasAStartAndAnEnd()
    {
        Fixture f;
        const qint64 t = f.now();
        const qint64 id = f.add(window(QStringLiteral("acme"), t, t + kHour));
        QCOMPARE(f.store.activeAt(t - 1)->size(), 0);
        QCOMPARE(f.store.activeAt(t)->size(), 1); // from is inside
        QCOMPARE(f.store.activeAt(t)->first().id, id);
        QCOMPARE(f.store.activeAt(t + kHour - 1)->size(), 1);
        QCOMPARE(f.store.activeAt(t + kHour)->size(), 0); // to is not
    }

    void badInputWritesNothing_data()
    {
        QTest::addColumn<QString>("node");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<int>("reasonLength");
        QTest::addColumn<int>("code");
        QTest::newRow("ends before it starts")
            << "acme" << kHour << qint64(0) << 0 << int(Error::Code::Usage);
        QTest::newRow("ends as it starts") << "acme" << kHour << kHour << 0 << int(Error::Code::Usage);
        QTest::newRow("empty part") << "acme/ /shop" << qint64(0) << kHour << 0 << int(Error::Code::Usage);
        QTest::newRow("long reason") << "acme" << qint64(0) << kHour << 501 << int(Error::Code::Usage);
        QTest::newRow("no such node")
            << "acme/nowhere" << qint64(0) << kHour << 0 << int(Error::Code::NotFound);
    }
    void badInputWritesNothing()
    {
        QFETCH(QString, node);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(int, reasonLength);
        QFETCH(int, code);
        Fixture f;
        auto id =
            f.store.add(window(node, f.now() + from, f.now() + to, QString(reasonLength, QLatin1Char('x'))));
        QVERIFY(!id.ok());
        QCOMPARE(int(id.error().code), code);
        QVERIFY(!id.error().message.isEmpty());
        QCOMPARE(f.store.list()->size(), 0);
    }

    void coverFollowsTheTree()
    {
        Fixture f;
        const qint64 t = f.now();
        QVERIFY(f.store.coverAt(t)->isEmpty());
        f.add(window(QStringLiteral("acme/shop"), t - 1000, t + kHour));
        f.add(window(QStringLiteral("lab"), t + kHour, t + 2 * kHour)); // not open yet
        auto cover = f.store.coverAt(t);
        QVERIFY(cover.ok());
        QCOMPARE(cover->openWindows().size(), 1);
        QVERIFY(cover->node(QStringLiteral("acme/shop")));
        QVERIFY(cover->node(QStringLiteral("acme/shop/web")));   // below it
        QVERIFY(!cover->node(QStringLiteral("acme")));           // not above it
        QVERIFY(!cover->node(QStringLiteral("acme/shopfront"))); // a prefix is not a parent
        QVERIFY(!cover->node(QStringLiteral("lab")));
        QVERIFY(cover->machine(QStringLiteral("web1")));
        QVERIFY(!cover->machine(QStringLiteral("db1")));

        // A check on the node, on a machine below it, on a node above with all or some
        // targets below, and on nothing.
        const CheckDefinition onShop = http(QStringLiteral("a"), QStringLiteral("acme/shop"));
        const CheckDefinition onWeb1 = http(QStringLiteral("b"), {}, QStringLiteral("web1"));
        const CheckDefinition onDb1 = http(QStringLiteral("c"), {}, QStringLiteral("db1"));
        const CheckDefinition onAcme = http(QStringLiteral("d"), QStringLiteral("acme"));
        const CheckDefinition unbound = http(QStringLiteral("e"));
        QVERIFY(cover->check(onShop, {QStringLiteral("web1"), QStringLiteral("web2")}));
        QVERIFY(cover->check(onWeb1, {QStringLiteral("web1")}));
        QVERIFY(!cover->check(onDb1, {QStringLiteral("db1")}));
        QVERIFY(cover->check(onAcme, {QStringLiteral("web1"), QStringLiteral("web2")}));
        QVERIFY(!cover->check(onAcme, {QStringLiteral("web1"), QStringLiteral("db1")}));
        QVERIFY(cover->target(onAcme, QStringLiteral("web2")));
        QVERIFY(!cover->target(onAcme, QStringLiteral("db1")));
        QVERIFY(!cover->check(unbound, {QString()}));

        // The whole tree.
        f.add(window(QString(), t - 1000, t + kHour));
        QVERIFY(f.store.coverAt(t)->check(onDb1, {QStringLiteral("db1")}));
    }

    void policyHoldsAlertsBackInsideAWindowOnly()
    {
        Fixture f;
        const qint64 t = f.now();
        auto check = f.checks.add(http(QStringLiteral("shop-http"), QStringLiteral("acme/shop")));
        auto byMachine = f.checks.add(http(QStringLiteral("web1-http"), {}, QStringLiteral("web1")));
        QVERIFY(check.ok() && byMachine.ok());
        f.add(window(QStringLiteral("acme/shop"), t + kHour, t + 2 * kHour, QStringLiteral("deploy")));
        const AlertContextProvider context = storeAlertContext(f.tmp.db(), f.clock);
        NotificationPolicy policy(f.clock, QTimeZone::utc());
        using R = NotifyDecision::Reason;

        auto decide = [&](qint64 checkId, const QString& target) {
            auto ctx = context(failing(checkId, target, f.clock.nowMs()));
            if (!ctx.ok())
                qWarning() << ctx.error().message;
            return ctx.ok() ? policy.decide(failing(checkId, target, f.clock.nowMs()), *ctx)
                            : NotifyDecision{};
        };
        // Before the window: delivered.
        QCOMPARE(decide(*check, QStringLiteral("web1")).reason, R::Failing);
        // Inside: held back, for the node's check and for a machine bound below the node.
        f.clock.advanceMs(kHour);
        const NotifyDecision held = decide(*check, QStringLiteral("web2"));
        QVERIFY(!held.deliver);
        QCOMPARE(held.reason, R::Maintenance);
        QVERIFY(held.why.contains(QStringLiteral("acme/shop")));
        QCOMPARE(decide(*byMachine, QStringLiteral("web1")).reason, R::Maintenance);
        // The check's own node is covered: every target of it is held back.
        QCOMPARE(decide(*check, QStringLiteral("db1")).reason, R::Maintenance);
        f.clock.advanceMs(kHour - 1);
        QCOMPARE(decide(*byMachine, QStringLiteral("web1")).reason, R::Maintenance);
        // After it (the end is not inside): delivered again.
        f.clock.advanceMs(1);
        const NotifyDecision after = decide(*byMachine, QStringLiteral("web1"));
        QVERIFY(after.deliver);
        QCOMPARE(after.reason, R::Failing);
        // A removed window holds nothing back.
        f.clock.setMs(t + kHour + 10);
        QVERIFY(f.store.remove(f.store.list()->first().id).ok());
        QCOMPARE(decide(*check, QStringLiteral("web2")).reason, R::Failing);
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
        const qint64 id = f.add(window(QStringLiteral("acme"), f.now(), f.now() + kHour));
        QTRY_VERIFY_WITH_TIMEOUT(arrived(changed, QStringLiteral("insert"), QString::number(id)), 2000);
        QVERIFY(f.store.remove(id).ok());
        QTRY_VERIFY_WITH_TIMEOUT(arrived(changed, QStringLiteral("delete"), QString::number(id)), 2000);
        QCOMPARE(feed.malformedCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMaintenanceStore)
#include "tst_maintenancestore.moc"
