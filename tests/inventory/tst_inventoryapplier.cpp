// Applying InventoryDocuments: what is added, idempotent re-import, dry run, one
// audit row per import, and the export's round trip.

#include "TestDatabase.h"
#include "inventory/InventoryApplier.h"
#include "inventory/InventoryExporter.h"
#include "inventory/InventoryReader.h"
#include "inventory/MachineStore.h"
#include "inventory/RelationStore.h"
#include "inventory/TreeStore.h"
#include "inventory/UnitStore.h"
#include "inventory_io/AnsibleIniParser.h"
#include "inventory_io/InventoryJsonParser.h"
#include "inventory_io/InventoryJsonWriter.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace opsdeck;

namespace {

InventoryDocument sampleDocument()
{
    InventoryDocument doc;
    doc.sourceName = QStringLiteral("hosts.ini");
    doc.sha256 = QCryptographicHash::hash("sample", QCryptographicHash::Sha256);
    doc.nodes << InventoryNode{QStringLiteral("all"), NodeKind::Folder, {}, false}
              << InventoryNode{QStringLiteral("all/web"), NodeKind::Folder, {{"http_port", 8080}}, false}
              << InventoryNode{QStringLiteral("all/web/frontend"), NodeKind::Folder, {}, false}
              << InventoryNode{QStringLiteral("all/db"), NodeKind::Folder, {}, false};
    InventoryHost web1{QStringLiteral("web01"),
                       QStringLiteral("10.0.0.1"),
                       22,
                       QStringLiteral("deploy"),
                       {},
                       {QStringLiteral("all/web/frontend")},
                       {{"http_port", 8080}, {"role", "fe"}}};
    InventoryHost web2{QStringLiteral("web02"),
                       QStringLiteral("10.0.0.2"),
                       2222,
                       {},
                       QStringLiteral("pool.bj01"),
                       {QStringLiteral("all/web/frontend"), QStringLiteral("all/db")},
                       {}};
    InventoryHost db1{QStringLiteral("db01"),
                      QStringLiteral("10.0.1.1"),
                      22,
                      {},
                      {},
                      {QStringLiteral("all/db")},
                      {{"tags", QVariantList{"a", 1, true}}}};
    doc.hosts << web1 << web2 << db1;
    return doc;
}

int rows(Database& db, const char* table)
{
    QSqlDatabase c = db.connection();
    QSqlQuery q(c);
    q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    q.next();
    return q.value(0).toInt();
}

} // namespace

class TestInventoryApplier : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        OPSDECK_REQUIRE_TEST_DIALECT();
    }

    void importAddsEverything()
    {
        test::TestDatabase tmp;
        InventoryWriter writer(tmp.db());
        InventoryApplier applier(writer);
        InventoryReader reader(tmp.db());
        auto plan = applier.apply(sampleDocument(), QStringLiteral("first import"));
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message));
        QCOMPARE(plan->nodes.added, 4);
        QCOMPARE(plan->machines.added, 3);
        QCOMPARE(plan->bindings.added, 4);
        QCOMPARE(plan->poolsAdded, 2);
        QCOMPARE(plan->total().changed, 0);

        auto machines = *reader.loadAllMachines();
        QCOMPARE(machines.size(), 3);
        QCOMPARE(machines.at(0).name, QStringLiteral("db01"));
        QCOMPARE(machines.at(0).pool, QStringLiteral("default"));
        QCOMPARE(machines.at(0).state, MachineState::New);
        QCOMPARE(machines.at(2).name, QStringLiteral("web02"));
        QCOMPARE(machines.at(2).pool, QStringLiteral("pool.bj01"));
        QCOMPARE(machines.at(2).port, 2222);
        QCOMPARE(machines.at(2).nodes, QStringList({"all/db", "all/web/frontend"}));
        auto meta = *reader.machineMeta(QStringLiteral("web01"));
        QCOMPARE(meta.size(), 2);
        QCOMPARE(meta.at(0).key, QStringLiteral("http_port"));
        QCOMPARE(meta.at(0).value, QStringLiteral("8080"));
        QCOMPARE(meta.at(0).source, QStringLiteral("import"));
        QCOMPARE((*reader.machineMeta(QStringLiteral("db01"))).at(0).value, QStringLiteral("[\"a\",1,true]"));
        auto tree = *reader.loadTree();
        QCOMPARE(tree.at(2).path, QStringLiteral("all/web"));
        QCOMPARE(tree.at(2).vars.value(QStringLiteral("http_port")).toInt(), 8080);

        // One audit row for the whole import, with file, checksum and counts.
        auto audit = *reader.loadAudit();
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.at(0).entity, QStringLiteral("import"));
        QCOMPARE(audit.at(0).entityId, QStringLiteral("hosts.ini"));
        QCOMPARE(audit.at(0).reason, QStringLiteral("first import"));
        const QJsonObject after = audit.at(0).after.toObject();
        QCOMPARE(after.value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(QCryptographicHash::hash("sample", QCryptographicHash::Sha256).toHex()));
        QCOMPARE(after.value(QStringLiteral("added")).toInt(), 11);
        QCOMPARE(after.value(QStringLiteral("changed")).toInt(), 0);
        QCOMPARE(after.value(QStringLiteral("unchanged")).toInt(), 0);
    }

    void reimportChangesNothing()
    {
        test::TestDatabase tmp;
        InventoryWriter writer(tmp.db());
        InventoryApplier applier(writer);
        QVERIFY(applier.apply(sampleDocument()).ok());
        const int machineMeta = rows(*tmp.db(), "machine_meta");
        auto again = applier.apply(sampleDocument());
        QVERIFY(again.ok());
        QVERIFY(!again->hasChanges());
        QCOMPARE(again->total().added, 0);
        QCOMPARE(again->total().changed, 0);
        QCOMPARE(again->nodes.unchanged, 4);
        QCOMPARE(again->machines.unchanged, 3);
        QCOMPARE(again->bindings.unchanged, 4);
        QCOMPARE(rows(*tmp.db(), "machines"), 3);
        QCOMPARE(rows(*tmp.db(), "tree_nodes"), 4);
        QCOMPARE(rows(*tmp.db(), "node_machines"), 4);
        QCOMPARE(rows(*tmp.db(), "machine_meta"), machineMeta);
    }

    void importKeepsStateAndUserChanges()
    {
        test::TestDatabase tmp;
        InventoryWriter writer(tmp.db());
        InventoryApplier applier(writer);
        QVERIFY(applier.apply(sampleDocument()).ok());
        MachineStore machines(writer);
        QVERIFY(machines.transition(QStringLiteral("db01"), MachineEvent::Init).ok());
        QVERIFY(machines.setPool({QStringLiteral("db01")}, QStringLiteral("pool.x")).ok());
        InventoryDocument doc = sampleDocument();
        doc.hosts[0].address = QStringLiteral("10.9.9.9");
        doc.hosts[0].meta.remove(QStringLiteral("role"));
        doc.hosts[1].nodePaths << QStringLiteral("all/new/deep");
        auto plan = applier.apply(doc);
        QVERIFY(plan.ok());
        QCOMPARE(plan->machines.changed, 1);
        QCOMPARE(plan->machines.unchanged, 2); // db01: the file names no pool, so it stays in pool.x
        QCOMPARE(plan->nodes.added, 2);        // all/new and all/new/deep
        QCOMPARE(plan->bindings.added, 1);
        const ImportChange& c = plan->changes.at(2);
        QCOMPARE(c.entity, QStringLiteral("machine"));
        QCOMPARE(c.fields, QStringList({"address", "meta"}));
        InventoryReader reader(tmp.db());
        auto db01 = **reader.machine(QStringLiteral("db01"));
        QCOMPARE(db01.state, MachineState::Inited);
        QCOMPARE(db01.pool, QStringLiteral("pool.x"));
        QCOMPARE(reader.machineMeta(QStringLiteral("web01"))->size(), 1);
    }

    void dryRunWritesNothing()
    {
        test::TestDatabase tmp;
        InventoryWriter writer(tmp.db());
        InventoryApplier applier(writer);
        InventoryReader reader(tmp.db());
        auto plan = applier.plan(sampleDocument());
        QVERIFY(plan.ok());
        QVERIFY(plan->dryRun);
        QCOMPARE(plan->machines.added, 3);
        QCOMPARE(plan->changes.size(), 11);
        QCOMPARE(rows(*tmp.db(), "machines"), 0);
        QCOMPARE(rows(*tmp.db(), "tree_nodes"), 0);
        QCOMPARE(rows(*tmp.db(), "pools"), 0);
        QCOMPARE(*reader.revision(), 0);
        QVERIFY(applier.apply(sampleDocument()).ok());
        auto second = applier.plan(sampleDocument());
        QVERIFY(!second->hasChanges());
    }

    void refusedDocumentImportsNothing()
    {
        test::TestDatabase tmp;
        InventoryWriter writer(tmp.db());
        TreeStore tree(writer);
        QVERIFY(tree.addNode(QStringLiteral("all/db"), QStringLiteral("service")).ok());
        InventoryReader reader(tmp.db());
        const qint64 rev = *reader.revision();

        // A node below a service: refused, the file named, nothing written.
        InventoryDocument bad = sampleDocument();
        bad.nodes << InventoryNode{QStringLiteral("all/db/child"), NodeKind::Folder, {}, false};
        auto refused = InventoryApplier(writer).apply(bad);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::Refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("hosts.ini")));
        QCOMPARE(*reader.revision(), rev);
        QCOMPARE(rows(*tmp.db(), "machines"), 0);
        QCOMPARE(rows(*tmp.db(), "tree_nodes"), 2);

        // A bad port on the last host: the first hosts are not kept either.
        InventoryDocument badPort = sampleDocument();
        badPort.hosts[2].port = 0;
        auto refused2 = InventoryApplier(writer).apply(badPort);
        QVERIFY(!refused2.ok());
        QVERIFY(refused2.error().message.contains(QStringLiteral("db01")));
        QCOMPARE(rows(*tmp.db(), "machines"), 0);

        // The plain document keeps all/db a service (a file's folder never demotes it).
        auto plan = InventoryApplier(writer).apply(sampleDocument());
        QVERIFY(plan.ok());
        QCOMPARE(reader.loadTree()->at(1).kind, QStringLiteral("service"));
    }

    void exportRoundTrip()
    {
        test::TestDatabase tmp;
        InventoryWriter writer(tmp.db());
        InventoryApplier applier(writer);
        QVERIFY(applier.apply(sampleDocument()).ok());
        TreeStore tree(writer);
        QVERIFY(tree.addNode(QStringLiteral("all/web/api"), QStringLiteral("service")).ok());
        QVERIFY(tree.setProductLine(QStringLiteral("all"), true).ok());
        MachineStore(writer).add({QStringLiteral("lonely"), QStringLiteral("10.3.3.3"), 22, {}, {}, {}}).ok();

        auto doc = InventoryExporter(tmp.db()).exportDocument();
        QVERIFY(doc.ok());
        QCOMPARE(doc->nodes.size(), 5);
        QCOMPARE(doc->hosts.size(), 4);
        const InventoryHost* web1 = doc->host(QStringLiteral("web01"));
        QVERIFY(web1);
        QCOMPARE(web1->pool, QStringLiteral("default"));
        QCOMPARE(web1->meta.value(QStringLiteral("http_port")).toInt(), 8080);
        QCOMPARE(web1->meta.value(QStringLiteral("role")).toString(), QStringLiteral("fe"));

        // The document itself re-applies with no changes ...
        auto again = applier.apply(*doc);
        QVERIFY(again.ok());
        QVERIFY2(!again->hasChanges(), again->changes.isEmpty() ? "" : qPrintable(again->changes.first().id));
        // ... and so does it after a trip through the JSON format.
        const QByteArray json = writeInventoryJson(*doc);
        auto parsed = parseInventoryJson(json, QStringLiteral("export.json"));
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
        auto viaJson = applier.apply(*parsed);
        QVERIFY(viaJson.ok());
        QVERIFY2(!viaJson->hasChanges(), viaJson->changes.isEmpty()
                                             ? ""
                                             : qPrintable(viaJson->changes.first().id + " " +
                                                          viaJson->changes.first().fields.join(',')));

        // Into an empty database it gives the same tree and machines.
        test::TestDatabase other;
        InventoryWriter otherWriter(other.db());
        QVERIFY(InventoryApplier(otherWriter).apply(*parsed).ok());
        auto doc2 = InventoryExporter(other.db()).exportDocument();
        QCOMPARE(doc2->nodes, doc->nodes);
        QCOMPARE(doc2->hosts, doc->hosts);
    }

    // Every part of the inventory: states, tags, URLs, units and relations.
    void wholeInventoryRoundTrip()
    {
        test::TestDatabase tmp;
        InventoryWriter writer(tmp.db());
        QVERIFY(InventoryApplier(writer).apply(sampleDocument()).ok());
        TreeStore tree(writer);
        MachineStore machines(writer);
        QVERIFY(tree.addNode(QStringLiteral("all/web/api"), QStringLiteral("service")).ok());
        QVERIFY(tree.addNode(QStringLiteral("all/db/pg"), QStringLiteral("service")).ok());
        QVERIFY(tree.setProductLine(QStringLiteral("all/web"), true).ok());
        QVERIFY(tree.bindUrl(QStringLiteral("all/web"), QStringLiteral("https://shop.example.com/")).ok());
        QVERIFY(tree.bindUrl(QStringLiteral("all/web"), QStringLiteral("https://m.shop.example.com/")).ok());
        const QStringList ready{QStringLiteral("web01"), QStringLiteral("db01")};
        QVERIFY(machines.transition(ready, MachineEvent::Init).ok());
        QVERIFY(machines.transition(ready, MachineEvent::Online).ok());
        QVERIFY(machines.transition(QStringLiteral("web02"), MachineEvent::Init).ok());
        QVERIFY(machines.setTags({QStringLiteral("web01")}, {QStringLiteral("rack-3"), QStringLiteral("ssd")})
                    .ok());
        UnitStore units(writer);
        QVERIFY(units.add({QStringLiteral("all/web/api"), QStringLiteral("web01"), 8080}).ok());
        QVERIFY(units.add({QStringLiteral("all/web/api"), QStringLiteral("web01"), 8081}).ok());
        QVERIFY(units.add({QStringLiteral("all/db/pg"), QStringLiteral("db01"), 5432}).ok());
        RelationStore relations(writer);
        QVERIFY(
            relations.addNeedsService(QStringLiteral("all/web/api"), QStringLiteral("all/db/pg"), 5432).ok());
        QVERIFY(relations.addNeedsService(QStringLiteral("all/db/pg"), QStringLiteral("all/web/api")).ok());
        QVERIFY(
            relations.addNeedsEndpoint(QStringLiteral("all/web/api"), QStringLiteral("smtp.example.com:25"))
                .ok());

        auto doc = InventoryExporter(tmp.db()).exportDocument();
        QVERIFY(doc.ok());
        QCOMPARE(doc->units.size(), 3);
        QCOMPARE(doc->relations.size(), 3);
        QCOMPARE(doc->node(QStringLiteral("all/web"))->urls.size(), 2);
        QCOMPARE(doc->host(QStringLiteral("web01"))->state, QStringLiteral("READY"));
        QCOMPARE(doc->host(QStringLiteral("web02"))->state, QStringLiteral("INITED"));
        QCOMPARE(doc->host(QStringLiteral("web01"))->tags, QStringList({"rack-3", "ssd"}));

        const QByteArray json = writeInventoryJson(*doc);
        auto parsed = parseInventoryJson(json, QStringLiteral("export.json"));
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));

        // Into an empty database: the same inventory, exactly.
        test::TestDatabase other;
        InventoryWriter otherWriter(other.db());
        auto first = InventoryApplier(otherWriter).apply(*parsed);
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
        QCOMPARE(first->urls.added, 2);
        QCOMPARE(first->units.added, 3);
        QCOMPARE(first->relations.added, 3);
        QVERIFY(first->warnings.isEmpty());
        auto doc2 = InventoryExporter(other.db()).exportDocument();
        QVERIFY(doc2.ok());
        QCOMPARE(doc2->nodes, doc->nodes);
        QCOMPARE(doc2->hosts, doc->hosts);
        QCOMPARE(doc2->units, doc->units);
        QCOMPARE(doc2->relations, doc->relations);
        InventoryReader reader(other.db());
        QCOMPARE((*reader.machine(QStringLiteral("web01")))->state, MachineState::Ready);
        QCOMPARE(reader.loadUnits(QStringLiteral("all/web/api"))->size(), 2);

        // Re-importing into either database changes nothing.
        for (InventoryWriter* w : {&writer, &otherWriter}) {
            const qint64 rev = *InventoryReader(w->database()).revision();
            auto dry = InventoryApplier(*w).plan(*parsed);
            QVERIFY(dry.ok());
            QVERIFY2(!dry->hasChanges(), dry->changes.isEmpty() ? "" : qPrintable(dry->changes.first().id));
            auto again = InventoryApplier(*w).apply(*parsed);
            QVERIFY(again.ok());
            QVERIFY(!again->hasChanges());
            QCOMPARE(again->total().added, 0);
            QCOMPARE(again->total().changed, 0);
            QCOMPARE(again->units.unchanged, 3);
            QCOMPARE(again->relations.unchanged, 3);
            QCOMPARE(again->urls.unchanged, 2);
            QCOMPARE(again->machines.unchanged, 3);
            QVERIFY(again->warnings.isEmpty());
            QCOMPARE(*InventoryReader(w->database()).revision(), rev + 1); // the import's own audit row
        }
    }

    void dryRunCountsLinksAndWritesNothing()
    {
        InventoryDocument doc = sampleDocument();
        doc.nodes << InventoryNode{QStringLiteral("all/web/api"), NodeKind::Service, {}, false};
        doc.nodes[1].urls << QStringLiteral("https://shop.example.com/");
        doc.hosts[0].state = QStringLiteral("READY");
        doc.units << InventoryUnit{QStringLiteral("all/web/api"), QStringLiteral("web01"), 8080};
        doc.relations << InventoryRelation{
            QStringLiteral("all/web/api"), {}, 0, QStringLiteral("db.example.com:5432")};
        test::TestDatabase tmp;
        InventoryWriter writer(tmp.db());
        auto plan = InventoryApplier(writer).plan(doc);
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message));
        QCOMPARE(plan->urls.added, 1);
        QCOMPARE(plan->units.added, 1);
        QCOMPARE(plan->relations.added, 1);
        QCOMPARE(rows(*tmp.db(), "machines"), 0);
        QCOMPARE(rows(*tmp.db(), "units"), 0);
        QCOMPARE(rows(*tmp.db(), "node_urls"), 0);
        QCOMPARE(rows(*tmp.db(), "relations"), 0);
        auto applied = InventoryApplier(writer).apply(doc);
        QVERIFY(applied.ok());
        QCOMPARE(rows(*tmp.db(), "units"), 1);
        QCOMPARE(rows(*tmp.db(), "node_urls"), 1);
        QCOMPARE(rows(*tmp.db(), "relations"), 1);
    }

    void unitNeedsReadyMachine()
    {
        InventoryDocument doc = sampleDocument();
        doc.nodes << InventoryNode{QStringLiteral("all/web/api"), NodeKind::Service, {}, false};
        doc.hosts[1].state = QStringLiteral("INITED");
        doc.units << InventoryUnit{QStringLiteral("all/web/api"), QStringLiteral("web02"), 8080};
        test::TestDatabase tmp;
        InventoryWriter writer(tmp.db());
        auto refused = InventoryApplier(writer).apply(doc);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::Refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("hosts.ini")),
                 qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(QStringLiteral("INITED")),
                 qPrintable(refused.error().message));
        QCOMPARE(rows(*tmp.db(), "machines"), 0);
        QCOMPARE(rows(*tmp.db(), "tree_nodes"), 0);

        // A unit on a service that is no service, or on an unknown machine: refused as well.
        InventoryDocument folder = sampleDocument();
        folder.hosts[0].state = QStringLiteral("READY");
        folder.units << InventoryUnit{QStringLiteral("all/web"), QStringLiteral("web01"), 8080};
        QVERIFY(!InventoryApplier(writer).apply(folder).ok());
        InventoryDocument ghost = doc;
        ghost.units = {InventoryUnit{QStringLiteral("all/web/api"), QStringLiteral("ghost"), 8080}};
        auto r = InventoryApplier(writer).apply(ghost);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("ghost")));
        QCOMPARE(rows(*tmp.db(), "machines"), 0);
    }

    void existingStateIsKeptWithAWarning()
    {
        test::TestDatabase tmp;
        InventoryWriter writer(tmp.db());
        QVERIFY(InventoryApplier(writer).apply(sampleDocument()).ok());
        QVERIFY(MachineStore(writer).setTags({QStringLiteral("web01")}, {QStringLiteral("old")}).ok());
        InventoryDocument doc = sampleDocument();
        doc.hosts[0].state = QStringLiteral("READY");
        doc.hosts[0].tags = {QStringLiteral("new"), QStringLiteral("old")};
        doc.hosts[2].state = QStringLiteral("NEW"); // what it is: no warning
        auto plan = InventoryApplier(writer).apply(doc);
        QVERIFY(plan.ok());
        QCOMPARE(plan->warnings.size(), 1);
        QVERIFY(plan->warnings.first().contains(QStringLiteral("web01")));
        QCOMPARE(plan->machines.changed, 1);
        QCOMPARE(plan->changes.first().fields, QStringList({"tags"}));
        auto web1 = **InventoryReader(tmp.db()).machine(QStringLiteral("web01"));
        QCOMPARE(web1.state, MachineState::New);
        QCOMPARE(web1.tags, QStringList({"old", "new"}));

        InventoryDocument bad = sampleDocument();
        bad.hosts[0].state = QStringLiteral("SLEEPING");
        auto refused = InventoryApplier(writer).apply(bad);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("SLEEPING")));
    }

    void metaValues()
    {
        QCOMPARE(InventoryApplier::metaText(QVariant(8080)), QStringLiteral("8080"));
        QCOMPARE(InventoryApplier::metaText(QVariant(true)), QStringLiteral("true"));
        QCOMPARE(InventoryApplier::metaText(QVariant(QStringLiteral("x"))), QStringLiteral("x"));
        QCOMPARE(InventoryApplier::metaValue(QStringLiteral("8080")).toInt(), 8080);
        QCOMPARE(InventoryApplier::metaValue(QStringLiteral("007")).toString(), QStringLiteral("007"));
        QCOMPARE(InventoryApplier::metaValue(QStringLiteral("[1,2]")).toList().size(), 2);
        QCOMPARE(InventoryApplier::metaValue(QStringLiteral("~/.ssh/id")).toString(),
                 QStringLiteral("~/.ssh/id"));
        // Every value reads back with its type: a string that looks like a number stays a string,
        // a whole float stays a float.
        const QVariantList values{QStringLiteral("2"),
                                  QStringLiteral("true"),
                                  QStringLiteral("\"x\""),
                                  QStringLiteral("[1]"),
                                  QStringLiteral("null"),
                                  QStringLiteral(" 2"),
                                  qlonglong(2),
                                  2.0,
                                  2.5,
                                  true,
                                  QVariant(),
                                  QVariantList{qlonglong(1), "a"},
                                  QVariantMap{{"k", 1.5}}};
        for (const QVariant& v : values) {
            const QVariant back = InventoryApplier::metaValue(InventoryApplier::metaText(v));
            QVERIFY2(back.typeId() == v.typeId() && back == v, qPrintable(InventoryApplier::metaText(v)));
        }
        QCOMPARE(InventoryApplier::metaText(QVariant(QStringLiteral("2"))), QStringLiteral("\"2\""));
        QCOMPARE(InventoryApplier::metaText(QVariant(2.0)), QStringLiteral("2.0"));
    }

    // An INI file's typed values (Ansible's literal_eval) come out of the database with their types.
    void typedIniValuesSurviveTheDatabase()
    {
        const QByteArray ini = "[web]\n"
                               "w1 d=\"{'a': 1}\" s=\"'2'\" n=None t=True f=2.0 l=80,443\n"
                               "[web:vars]\n"
                               "debug_level=2\n"
                               "label='007'\n";
        auto doc = parseAnsibleIni(ini, QStringLiteral("t.ini"));
        QVERIFY(doc.ok());
        test::TestDatabase tmp;
        InventoryWriter writer(tmp.db());
        QVERIFY(InventoryApplier(writer).apply(*doc).ok());
        auto out = InventoryExporter(tmp.db()).exportDocument();
        QVERIFY(out.ok());
        QCOMPARE(out->node(QStringLiteral("all/web"))->vars, doc->node(QStringLiteral("all/web"))->vars);
        const QVariantMap meta = out->host(QStringLiteral("w1"))->meta;
        const QVariantMap expected = doc->host(QStringLiteral("w1"))->meta;
        QCOMPARE(meta.keys(), expected.keys());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QVERIFY2(meta.value(it.key()).typeId() == it.value().typeId() &&
                         meta.value(it.key()) == it.value(),
                     qPrintable(it.key()));
        // `machine show` and the details pane show a string as it is.
        auto shown = InventoryReader(tmp.db()).machineMeta(QStringLiteral("w1"));
        QVERIFY(shown.ok());
        int checked = 0;
        for (const MachineMetaEntry& e : std::as_const(*shown)) {
            if (e.key == u"s" && ++checked)
                QCOMPARE(e.value, QStringLiteral("2"));
            if (e.key == u"d" && ++checked)
                QCOMPARE(e.value, QStringLiteral("{\"a\":1}"));
        }
        QCOMPARE(checked, 2);
    }
};

QTEST_GUILESS_MAIN(TestInventoryApplier)
#include "tst_inventoryapplier.moc"
