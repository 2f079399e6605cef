// Applying InventoryDocuments: what is added, idempotent re-import, dry run, one
// audit row per import, and the export's round trip.

#include "TestSupport.h"
#include "inventory/InventoryApplier.h"
#include "inventory/InventoryExporter.h"
#include "inventory/InventoryReader.h"
#include "inventory/MachineStore.h"
#include "inventory/TreeStore.h"
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
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void importAddsEverything()
    {
        test::TempDatabase tmp;
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
        test::TempDatabase tmp;
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
        test::TempDatabase tmp;
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
        test::TempDatabase tmp;
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
        test::TempDatabase tmp;
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
        test::TempDatabase tmp;
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
        test::TempDatabase other;
        InventoryWriter otherWriter(other.db());
        QVERIFY(InventoryApplier(otherWriter).apply(*parsed).ok());
        auto doc2 = InventoryExporter(other.db()).exportDocument();
        QCOMPARE(doc2->nodes, doc->nodes);
        QCOMPARE(doc2->hosts, doc->hosts);
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
    }
};

QTEST_GUILESS_MAIN(TestInventoryApplier)
#include "tst_inventoryapplier.moc"
