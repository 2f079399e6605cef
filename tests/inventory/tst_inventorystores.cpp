// The inventory stores: defaults, tree, bindings, units, relations, pool stock and
// an audit row for every kind of change.

#include "TestDatabase.h"
#include "inventory/InventoryEvents.h"
#include "inventory/InventoryReader.h"
#include "inventory/MachineStore.h"
#include "inventory/RelationResolver.h"
#include "inventory/RelationStore.h"
#include "inventory/TreeStore.h"
#include "inventory/UnitStore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace opsdeck;

class TestInventoryStores : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        test::TestDatabase tmp;
        ManualClock clock{1'700'000'000'000};
        InventoryWriter writer{tmp.db(), clock};
        MachineStore machines{writer};
        TreeStore tree{writer};
        UnitStore units{writer};
        RelationStore relations{writer};
        InventoryReader reader{tmp.db()};

        AuditEntry lastAudit() const { return reader.loadAudit()->last(); }
        Machine machine(const QString& name) const { return **reader.machine(name); }
        void ready(const QString& name, const QString& address)
        {
            QVERIFY(machines.add({name, address, 22, {}, {}, {}}).ok());
            QVERIFY(machines.transition(name, MachineEvent::Init).ok());
            QVERIFY(machines.transition(name, MachineEvent::Online).ok());
        }
    };

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        OPSDECK_REQUIRE_TEST_DIALECT();
    }

    void machineAddDefaults()
    {
        Fixture f;
        f.writer.setOperatorName(QStringLiteral("alice"));
        QVERIFY(f.machines.add({QStringLiteral("web1"), QStringLiteral("10.0.0.1"), 22, {}, {}, {}}).ok());
        const Machine m = f.machine(QStringLiteral("web1"));
        QCOMPARE(m.pool, QStringLiteral("default"));
        QCOMPARE(m.port, 22);
        QCOMPARE(m.state, MachineState::New);
        QCOMPARE(m.createdAt, 1'700'000'000);
        QVERIFY(m.poolStock);
        auto audit = *f.reader.loadAudit();
        QCOMPARE(audit.size(), 2); // the pool, created on first use, then the machine
        QCOMPARE(audit.at(0).entity, QStringLiteral("pool"));
        QCOMPARE(audit.at(0).entityId, QStringLiteral("default"));
        QCOMPARE(audit.at(1).entity, QStringLiteral("machine"));
        QCOMPARE(audit.at(1).action, QStringLiteral("add"));
        QCOMPARE(audit.at(1).operatorName, QStringLiteral("alice"));
        QCOMPARE(audit.at(1).time, 1'700'000'000);
        QVERIFY(audit.at(1).before.isNull());
        QCOMPARE(audit.at(1).after.toObject().value(QStringLiteral("address")).toString(),
                 QStringLiteral("10.0.0.1"));

        // Names are unique, addresses need not be.
        Status dup = f.machines.add({QStringLiteral("web1"), QStringLiteral("10.0.0.9"), 22, {}, {}, {}});
        QCOMPARE(dup.error().code, Error::Code::Refused);
        QVERIFY(f.machines
                    .add({QStringLiteral("web2"),
                          QStringLiteral("10.0.0.1"),
                          2222,
                          QStringLiteral("ops"),
                          QStringLiteral("pool.bj01"),
                          {}})
                    .ok());
        QCOMPARE(f.machine(QStringLiteral("web2")).pool, QStringLiteral("pool.bj01"));
        QCOMPARE(*f.reader.loadPools(), QStringList({"default", "pool.bj01"}));
        QCOMPARE(f.machines.add({QStringLiteral("bad"), QStringLiteral("h"), 70000, {}, {}, {}}).error().code,
                 Error::Code::Refused);
        QCOMPARE(f.machines.add({QStringLiteral("noaddr"), {}, 22, {}, {}, {}}).error().code,
                 Error::Code::Usage);
    }

    void localMachine()
    {
        Fixture f;
        auto name = f.machines.ensureLocalMachine();
        QVERIFY(name.ok());
        QVERIFY(!name->contains(QLatin1Char('.')));
        const Machine m = f.machine(*name);
        QCOMPARE(m.address, QStringLiteral("127.0.0.1"));
        QCOMPARE(m.pool, QStringLiteral("local"));
        QCOMPARE(m.state, MachineState::Ready);
        const qint64 rev = *f.reader.revision();
        QCOMPARE(*f.machines.ensureLocalMachine(), *name);
        QCOMPARE(*f.reader.revision(), rev); // second call: nothing to do, nothing audited
        QCOMPARE(f.reader.loadAudit()->last().entityId, *name);
    }

    void poolAndTags()
    {
        Fixture f;
        QVERIFY(f.machines.add({QStringLiteral("a"), QStringLiteral("10.0.0.1"), 22, {}, {}, {}}).ok());
        QVERIFY(f.machines.setPool({QStringLiteral("a")}, QStringLiteral("pool.nj01")).ok());
        QCOMPARE(f.machine(QStringLiteral("a")).pool, QStringLiteral("pool.nj01"));
        QCOMPARE(f.lastAudit().action, QStringLiteral("set_pool"));
        QVERIFY(
            f.machines.setTags({QStringLiteral("a")}, {QStringLiteral("db"), QStringLiteral("ssd")}).ok());
        QCOMPARE(f.machine(QStringLiteral("a")).tags, QStringList({"db", "ssd"}));
        QCOMPARE(f.lastAudit().action, QStringLiteral("set_tags"));
        QCOMPARE(f.lastAudit().before.toObject().value(QStringLiteral("tags")).toArray().size(), 0);
        QVERIFY(
            f.machines.setAddress(QStringLiteral("a"), QStringLiteral("10.1.1.1"), 2200, QStringLiteral("u"))
                .ok());
        QCOMPARE(f.machine(QStringLiteral("a")).port, 2200);
        QCOMPARE(f.lastAudit().action, QStringLiteral("set_address"));
    }

    void treeNodes()
    {
        Fixture f;
        QSignalSpy changed(&InventoryEvents::instance(), &InventoryEvents::changed);
        QVERIFY(f.tree.addNode(QStringLiteral("acme/shop/web"), QStringLiteral("service")).ok());
        QCOMPARE(changed.count(), 1);
        auto tree = *f.reader.loadTree();
        QCOMPARE(tree.size(), 3);
        QCOMPARE(tree.at(0).path, QStringLiteral("acme"));
        QCOMPARE(tree.at(0).kind, QStringLiteral("folder"));
        QCOMPARE(tree.at(1).parentId, tree.at(0).id);
        QCOMPARE(tree.at(2).kind, QStringLiteral("service"));
        QCOMPARE(f.reader.loadAudit()->size(), 3); // one row per node, ancestors included
        QCOMPARE(f.tree.addNode(QStringLiteral("acme/shop"), QStringLiteral("folder")).error().code,
                 Error::Code::Refused);
        QCOMPARE(f.tree.addNode(QStringLiteral("acme/shop/web/x"), QStringLiteral("folder")).error().code,
                 Error::Code::Refused);
        QCOMPARE(f.tree.addNode(QStringLiteral("x"), QStringLiteral("planet")).error().code,
                 Error::Code::Usage);

        QVERIFY(f.tree.setProductLine(QStringLiteral("acme/shop"), true).ok());
        QCOMPARE(f.lastAudit().action, QStringLiteral("flag"));
        QCOMPARE(f.tree.setProductLine(QStringLiteral("acme/shop/web"), true).error().code,
                 Error::Code::Refused);

        QVERIFY(f.tree.rename(QStringLiteral("acme/shop"), QStringLiteral("store")).ok());
        QCOMPARE(f.lastAudit().action, QStringLiteral("rename"));
        tree = *f.reader.loadTree();
        QCOMPARE(tree.at(2).path, QStringLiteral("acme/store/web"));
        QVERIFY(tree.at(1).productLine);

        QVERIFY(f.tree.addNode(QStringLiteral("other"), QStringLiteral("folder")).ok());
        QVERIFY(f.tree.move(QStringLiteral("acme/store"), QStringLiteral("other")).ok());
        QCOMPARE(f.lastAudit().action, QStringLiteral("move"));
        tree = *f.reader.loadTree();
        QStringList paths;
        for (const auto& n : tree)
            paths << n.path;
        QCOMPARE(paths, QStringList({"acme", "other", "other/store", "other/store/web"}));
        QCOMPARE(f.tree.move(QStringLiteral("other"), QStringLiteral("other/store")).error().code,
                 Error::Code::Refused);
        QCOMPARE(f.tree.move(QStringLiteral("nowhere"), {}).error().code, Error::Code::NotFound);
    }

    void bindingsAndPoolStock()
    {
        Fixture f;
        QVERIFY(f.machines.add({QStringLiteral("m1"), QStringLiteral("10.0.0.1"), 22, {}, {}, {}}).ok());
        QVERIFY(f.machines.add({QStringLiteral("m2"), QStringLiteral("10.0.0.2"), 22, {}, {}, {}}).ok());
        QVERIFY(f.tree.addNode(QStringLiteral("acme/shop/web"), QStringLiteral("group")).ok());
        QVERIFY(f.tree.addNode(QStringLiteral("acme/lab"), QStringLiteral("folder")).ok());
        QVERIFY(f.tree.setProductLine(QStringLiteral("acme/shop"), true).ok());
        QVERIFY(f.tree.bindMachine(QStringLiteral("acme/shop/web"), QStringLiteral("m1")).ok());
        QCOMPARE(f.lastAudit().entity, QStringLiteral("binding"));
        QCOMPARE(f.lastAudit().after.toObject().value(QStringLiteral("machine")).toString(),
                 QStringLiteral("m1"));
        QVERIFY(f.tree.bindMachine(QStringLiteral("acme/lab"), QStringLiteral("m2")).ok());
        const qint64 rev = *f.reader.revision();
        QVERIFY(f.tree.bindMachine(QStringLiteral("acme/lab"), QStringLiteral("m2")).ok()); // already: no row
        QCOMPARE(*f.reader.revision(), rev);
        QCOMPARE(f.tree.bindMachine(QStringLiteral("acme/lab"), QStringLiteral("ghost")).error().code,
                 Error::Code::NotFound);

        QVERIFY(!f.machine(QStringLiteral("m1")).poolStock); // under the product line acme/shop
        QVERIFY(f.machine(QStringLiteral("m2")).poolStock);  // bound, but to no product line
        QCOMPARE(f.machine(QStringLiteral("m1")).nodes, QStringList({"acme/shop/web"}));

        MachineFilter byNode;
        byNode.node = QStringLiteral("acme");
        QCOMPARE(f.reader.loadAllMachines(byNode)->size(), 2);
        byNode.subtree = false;
        QCOMPARE(f.reader.loadAllMachines(byNode)->size(), 0);
        byNode.node = QStringLiteral("acme/shop");
        byNode.subtree = true;
        QCOMPARE(f.reader.loadAllMachines(byNode)->first().name, QStringLiteral("m1"));

        QVERIFY(
            f.tree.bindUrl(QStringLiteral("acme/shop"), QStringLiteral("https://shop.example.com/")).ok());
        QCOMPARE(f.lastAudit().entity, QStringLiteral("url"));
        QCOMPARE(f.tree.bindUrl(QStringLiteral("acme/shop"), QStringLiteral("not a url")).error().code,
                 Error::Code::Refused);
        QCOMPARE(f.reader.loadUrls(QStringLiteral("acme/shop"))->size(), 1);

        // m1 bound under acme twice is still one machine under acme, as machine list --node says.
        QVERIFY(f.tree.bindMachine(QStringLiteral("acme/lab"), QStringLiteral("m1")).ok());
        byNode.node = QStringLiteral("acme");
        QCOMPARE(f.reader.loadAllMachines(byNode)->size(), 2);
        auto tree = *f.reader.loadTree();
        QCOMPARE(tree.at(0).path, QStringLiteral("acme"));
        QCOMPARE(tree.at(0).totalMachines, 2);
        QCOMPARE(tree.at(0).machines, 0);
        QVERIFY(f.tree.unbindMachine(QStringLiteral("acme/lab"), QStringLiteral("m1")).ok());

        QVERIFY(f.tree.unbindMachine(QStringLiteral("acme/shop/web"), QStringLiteral("m1")).ok());
        QCOMPARE(f.lastAudit().action, QStringLiteral("unbind"));
        QVERIFY(f.machine(QStringLiteral("m1")).poolStock);
        QVERIFY(
            f.tree.unbindUrl(QStringLiteral("acme/shop"), QStringLiteral("https://shop.example.com/")).ok());
        QCOMPARE(f.lastAudit().entity, QStringLiteral("url"));
        QCOMPARE(f.lastAudit().action, QStringLiteral("unbind"));
    }

    void unitsOnlyOnReady()
    {
        Fixture f;
        QVERIFY(f.tree.addNode(QStringLiteral("shop/redis"), QStringLiteral("service")).ok());
        QVERIFY(f.machines.add({QStringLiteral("new1"), QStringLiteral("10.0.0.1"), 22, {}, {}, {}}).ok());
        const qint64 rev = *f.reader.revision();
        Status s = f.units.add({QStringLiteral("shop/redis"), QStringLiteral("new1"), 6379});
        QCOMPARE(s.error().code, Error::Code::Refused);
        QVERIFY(s.error().message.contains(QStringLiteral("READY")));
        QCOMPARE(*f.reader.revision(), rev);
        QVERIFY(f.reader.loadUnits()->isEmpty());

        f.ready(QStringLiteral("r1"), QStringLiteral("10.0.0.2"));
        QVERIFY(f.units.add({QStringLiteral("shop/redis"), QStringLiteral("r1"), 6379}).ok());
        QCOMPARE(f.lastAudit().entity, QStringLiteral("unit"));
        QCOMPARE(f.lastAudit().entityId, QStringLiteral("redis_6379@r1"));
        QVERIFY(f.units.add({QStringLiteral("shop/redis"), QStringLiteral("r1"), 6380}).ok());
        // One port, one unit per machine.
        QCOMPARE(f.units.add({QStringLiteral("shop/redis"), QStringLiteral("r1"), 6379}).error().code,
                 Error::Code::Refused);
        // Only services hold units.
        QCOMPARE(f.units.add({QStringLiteral("shop"), QStringLiteral("r1"), 7000}).error().code,
                 Error::Code::Refused);
        auto units = *f.reader.loadUnits(QStringLiteral("shop/redis"));
        QCOMPARE(units.size(), 2);
        QCOMPARE(units.at(0).deployName, QStringLiteral("redis_6379"));
        QCOMPARE(units.at(1).deployName, QStringLiteral("redis_6380"));
        auto tree = *f.reader.loadTree();
        QCOMPARE(tree.at(1).units, 2);
        QCOMPARE(tree.at(0).totalUnits, 2);

        // A batch is all or nothing: the second unit's machine is not READY.
        const qint64 rev2 = *f.reader.revision();
        QVERIFY(!f.units
                     .addMany({{QStringLiteral("shop/redis"), QStringLiteral("r1"), 7001},
                               {QStringLiteral("shop/redis"), QStringLiteral("new1"), 7001}})
                     .ok());
        QCOMPARE(*f.reader.revision(), rev2);
        QCOMPARE(f.reader.loadUnits()->size(), 2);

        QVERIFY(f.units.remove({QStringLiteral("shop/redis"), QStringLiteral("r1"), 6380}).ok());
        QCOMPARE(f.lastAudit().action, QStringLiteral("remove"));
        QCOMPARE(f.reader.loadUnits()->size(), 1);

        // A unit under a product line takes its machine out of the pool stock.
        QVERIFY(f.machine(QStringLiteral("r1")).poolStock);
        QVERIFY(f.tree.setProductLine(QStringLiteral("shop"), true).ok());
        QVERIFY(!f.machine(QStringLiteral("r1")).poolStock);
    }

    void removeNode()
    {
        Fixture f;
        QVERIFY(f.tree.addNode(QStringLiteral("a/b/svc"), QStringLiteral("service")).ok());
        f.ready(QStringLiteral("r1"), QStringLiteral("10.0.0.2"));
        QVERIFY(f.units.add({QStringLiteral("a/b/svc"), QStringLiteral("r1"), 80}).ok());
        auto preview = f.tree.previewRemove(QStringLiteral("a"));
        QVERIFY(preview.ok());
        QCOMPARE(preview->nodes, 3);
        QCOMPARE(preview->units, 1);
        Status s = f.tree.remove(QStringLiteral("a"), false);
        QCOMPARE(s.error().code, Error::Code::Refused);
        QVERIFY(s.error().message.contains(QStringLiteral("1 units")));
        QCOMPARE(f.reader.loadTree()->size(), 3);
        QVERIFY(f.tree.remove(QStringLiteral("a"), true).ok());
        QCOMPARE(f.reader.loadTree()->size(), 0);
        QCOMPARE(f.reader.loadUnits()->size(), 0);
        QCOMPARE(f.lastAudit().action, QStringLiteral("remove"));
        QCOMPARE(f.lastAudit()
                     .before.toObject()
                     .value(QStringLiteral("removed"))
                     .toObject()
                     .value("units")
                     .toInt(),
                 1);
        QVERIFY(f.machine(QStringLiteral("r1")).name == QStringLiteral("r1")); // machines stay in the pool
    }

    void serviceData()
    {
        Fixture f;
        QVERIFY(f.tree.addNode(QStringLiteral("s"), QStringLiteral("service")).ok());
        QVERIFY(
            f.tree
                .setServiceData(QStringLiteral("s"), QStringLiteral("redis-7.tar.gz"), QStringLiteral("x=1"))
                .ok());
        QCOMPARE(f.lastAudit().entity, QStringLiteral("service"));
        QCOMPARE(f.lastAudit().after.toObject().value(QStringLiteral("package")).toString(),
                 QStringLiteral("redis-7.tar.gz"));
    }

    void relations()
    {
        Fixture f;
        QVERIFY(f.tree.addNode(QStringLiteral("g/api"), QStringLiteral("service")).ok());
        QVERIFY(f.tree.addNode(QStringLiteral("g/redis"), QStringLiteral("service")).ok());
        QVERIFY(f.tree.addNode(QStringLiteral("g/folder"), QStringLiteral("folder")).ok());
        f.ready(QStringLiteral("r1"), QStringLiteral("10.0.0.1"));
        f.ready(QStringLiteral("r2"), QStringLiteral("10.0.0.2"));
        f.ready(QStringLiteral("a1"), QStringLiteral("10.0.1.1"));
        QVERIFY(f.units
                    .addMany({{QStringLiteral("g/redis"), QStringLiteral("r1"), 6379},
                              {QStringLiteral("g/redis"), QStringLiteral("r2"), 6379},
                              {QStringLiteral("g/redis"), QStringLiteral("r2"), 6380},
                              {QStringLiteral("g/api"), QStringLiteral("a1"), 8080},
                              {QStringLiteral("g/api"), QStringLiteral("a1"), 8081}})
                    .ok());
        QVERIFY(f.relations.addNeedsService(QStringLiteral("g/api"), QStringLiteral("g/redis"), 6379).ok());
        QCOMPARE(f.lastAudit().entity, QStringLiteral("relation"));
        QVERIFY(f.relations.addNeedsEndpoint(QStringLiteral("g/api"), QStringLiteral("db.example.com:5432"))
                    .ok());
        QCOMPARE(
            f.relations.addNeedsEndpoint(QStringLiteral("g/api"), QStringLiteral("nohostport")).error().code,
            Error::Code::Usage);
        QCOMPARE(
            f.relations.addNeedsService(QStringLiteral("g/api"), QStringLiteral("g/folder")).error().code,
            Error::Code::Refused);
        QCOMPARE(f.relations.addNeedsService(QStringLiteral("g/api"), QStringLiteral("g/redis"), 6379)
                     .error()
                     .code,
                 Error::Code::Refused);

        RelationResolver resolver(f.tmp.db());
        auto resolved = resolver.resolve(QStringLiteral("g/api"));
        QVERIFY(resolved.ok());
        QCOMPARE(resolved->size(), 2);
        QCOMPARE(resolved->at(0).endpoints, QStringList({"10.0.0.1:6379", "10.0.0.2:6379"}));
        QCOMPARE(resolved->at(1).endpoints, QStringList({"db.example.com:5432"}));

        // redis gains a unit: both api units must get relation-changed with the new list.
        f.ready(QStringLiteral("r3"), QStringLiteral("10.0.0.3"));
        QVERIFY(f.units.add({QStringLiteral("g/redis"), QStringLiteral("r3"), 6379}).ok());
        auto changes = resolver.changesFor(QStringLiteral("g/redis"));
        QVERIFY(changes.ok());
        QCOMPARE(changes->size(), 2);
        QCOMPARE(changes->at(0).unit.deployName, QStringLiteral("api_8080"));
        QCOMPARE(changes->at(1).unit.deployName, QStringLiteral("api_8081"));
        QCOMPARE(changes->at(0).endpoints, QStringList({"10.0.0.1:6379", "10.0.0.2:6379", "10.0.0.3:6379"}));
        QVERIFY(resolver.changesFor(QStringLiteral("g/api"))->isEmpty()); // nobody needs api

        const qint64 id = f.reader.loadRelations(QStringLiteral("g/api"))->first().id;
        QVERIFY(f.relations.remove(id).ok());
        QCOMPARE(f.lastAudit().action, QStringLiteral("remove"));
        QCOMPARE(f.reader.loadRelations()->size(), 1);
        QCOMPARE(RelationResolver::endpoint(QStringLiteral("fe80::1"), 80), QStringLiteral("[fe80::1]:80"));
    }

    void auditFilters()
    {
        Fixture f;
        QVERIFY(f.machines.add({QStringLiteral("a"), QStringLiteral("10.0.0.1"), 22, {}, {}, {}}).ok());
        f.clock.advanceSecs(100);
        QVERIFY(f.tree.addNode(QStringLiteral("x"), QStringLiteral("folder")).ok());
        AuditFilter since;
        since.since = 1'700'000'050;
        QCOMPARE(f.reader.loadAudit(since)->size(), 1);
        AuditFilter entity;
        entity.entity = QStringLiteral("machine");
        QCOMPARE(f.reader.loadAudit(entity)->size(), 1);
        AuditFilter limit;
        limit.limit = 1;
        QCOMPARE(f.reader.loadAudit(limit)->first().entity, QStringLiteral("node"));
    }
};

QTEST_GUILESS_MAIN(TestInventoryStores)
#include "tst_inventorystores.moc"
