#include "TestSupport.h"
#include "inventory_io/AnsibleIniParser.h"
#include "inventory_io/AnsibleYamlParser.h"
#include "inventory_io/InventoryCsvParser.h"
#include "inventory_io/InventoryJsonParser.h"
#include "inventory_io/InventoryJsonWriter.h"
#include "inventory_io/SshConfigParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace opsdeck;

namespace {

// JSON written with single quotes in the source, for readability.
QByteArray json(const char* text)
{
    return QByteArray(text).replace('\'', '"');
}

} // namespace

class TstInventoryJson : public QObject
{
    Q_OBJECT
private slots:
    void readsTheDocumentedShape()
    {
        const auto r = parseInventoryJson(test::testData(QStringLiteral("inventory/inventory.json")),
                                          QStringLiteral("inventory.json"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->nodes.size(), 5);
        const InventoryNode* shop = r->node(QStringLiteral("acme/shop"));
        QVERIFY(shop->productLine);
        QCOMPARE(shop->vars.value("owner").toString(), QStringLiteral("team-shop"));
        const InventoryNode* checkout = r->node(QStringLiteral("acme/shop/checkout"));
        QCOMPARE(checkout->kind, NodeKind::Service);
        QCOMPARE(checkout->vars.value("port"), QVariant(qlonglong(8443)));
        QCOMPARE(checkout->vars.value("ratio"), QVariant(0.25));
        QCOMPARE(r->node(QStringLiteral("acme/shop/checkout-workers"))->kind, NodeKind::Group);
        QCOMPARE(r->hosts.size(), 3);
        const InventoryHost* chk1 = r->host(QStringLiteral("chk-01"));
        QCOMPARE(chk1->user, QStringLiteral("deploy"));
        QCOMPARE(chk1->meta.value("disks"),
                 QVariant(QVariantList{QStringLiteral("sda"), QStringLiteral("sdb")}));
        const InventoryHost* chk2 = r->host(QStringLiteral("chk-02"));
        QCOMPARE(chk2->port, 22);
        QCOMPARE(chk2->nodePaths.size(), 2);
        const InventoryHost* spare = r->host(QStringLiteral("spare-07"));
        QCOMPARE(spare->address, QStringLiteral("spare-07"));
        QCOMPARE(spare->pool, QString());
        QVERIFY(spare->nodePaths.isEmpty());
        QVERIFY(r->warnings.isEmpty());
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("json") << "inventory.json";
        QTest::newRow("ansible yaml") << "production.yml";
        QTest::newRow("ssh_config") << "ssh_config";
        QTest::newRow("csv") << "machines.csv";
    }
    void roundTrip()
    {
        QFETCH(QString, file);
        const QByteArray bytes = test::testData(QStringLiteral("inventory/") + file);
        Result<InventoryDocument> doc = file.endsWith(u".json")  ? parseInventoryJson(bytes, file)
                                        : file.endsWith(u".yml") ? parseAnsibleYaml(bytes, file)
                                        : file.endsWith(u".csv") ? parseInventoryCsv(bytes, file)
                                                                 : parseSshConfig(bytes, file);
        QVERIFY(doc.ok());
        const QByteArray json = writeInventoryJson(*doc);
        const auto back = parseInventoryJson(json, QStringLiteral("export.json"));
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
        QCOMPARE(back->nodes, doc->nodes);
        QCOMPARE(back->hosts, doc->hosts);
        QVERIFY(back->warnings.isEmpty());
        QCOMPARE(writeInventoryJson(*back), json); // stable output
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(root.value(u"format").toString(), QStringLiteral("opsdeck-inventory"));
        QCOMPARE(root.value(u"version").toInt(), 1);
    }

    void roundTripWholeInventory()
    {
        InventoryDocument doc;
        doc.nodes << InventoryNode{QStringLiteral("all"),
                                   NodeKind::Folder,
                                   {},
                                   true,
                                   {QStringLiteral("https://a.example/")}}
                  << InventoryNode{QStringLiteral("all/api"), NodeKind::Service, {}, false, {}}
                  << InventoryNode{QStringLiteral("all/pg"), NodeKind::Service, {}, false, {}};
        doc.hosts << InventoryHost{QStringLiteral("web01"),
                                   QStringLiteral("10.0.0.1"),
                                   22,
                                   {},
                                   {},
                                   {QStringLiteral("all")},
                                   {},
                                   QStringLiteral("READY"),
                                   {QStringLiteral("rack-3"), QStringLiteral("ssd")}}
                  << InventoryHost{
                         QStringLiteral("web02"), QStringLiteral("10.0.0.2"), 22, {}, {}, {}, {}, {}, {}};
        doc.units << InventoryUnit{QStringLiteral("all/api"), QStringLiteral("web01"), 8080}
                  << InventoryUnit{QStringLiteral("all/pg"), QStringLiteral("web01"), 5432};
        doc.relations << InventoryRelation{QStringLiteral("all/api"), QStringLiteral("all/pg"), 5432, {}}
                      << InventoryRelation{QStringLiteral("all/api"), QStringLiteral("all/pg"), 0, {}}
                      << InventoryRelation{
                             QStringLiteral("all/api"), {}, 0, QStringLiteral("smtp.example.com:25")};
        const QByteArray json = writeInventoryJson(doc);
        const auto back = parseInventoryJson(json, QStringLiteral("export.json"));
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
        QCOMPARE(back->nodes, doc.nodes);
        QCOMPARE(back->hosts, doc.hosts);
        QCOMPARE(back->units, doc.units);
        QCOMPARE(back->relations, doc.relations);
        QVERIFY(back->warnings.isEmpty());
        QCOMPARE(writeInventoryJson(*back), json);
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        const QJsonObject m0 = root.value(u"machines").toArray().at(0).toObject();
        QCOMPARE(m0.value(u"state").toString(), QStringLiteral("READY"));
        QVERIFY(!root.value(u"machines").toArray().at(1).toObject().contains(u"state")); // not given
        const QJsonObject r2 = root.value(u"relations").toArray().at(2).toObject();
        QVERIFY(r2.value(u"needs").isNull());
        QVERIFY(r2.value(u"port").isNull());
        QCOMPARE(r2.value(u"endpoint").toString(), QStringLiteral("smtp.example.com:25"));
        QCOMPARE(root.value(u"units").toArray().at(0).toObject().value(u"port").toInt(), 8080);
    }

    void garbageNamesFileAndLine()
    {
        const auto r = parseInventoryJson(test::testData(QStringLiteral("inventory/garbage.json")),
                                          QStringLiteral("garbage.json"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Refused);
        QVERIFY2(r.error().message.startsWith(QStringLiteral("garbage.json:6: ")),
                 qPrintable(r.error().message));
    }

    void badShapes_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("needle");
        QTest::newRow("unknown kind")
            << test::testData(QStringLiteral("inventory/wrongshape.json")) << "nodes[1]: kind 'cluster'";
        QTest::newRow("unknown node")
            << test::testData(QStringLiteral("inventory/badref.json")) << "machines[0] (a): node 'all/web'";
        QTest::newRow("array") << QByteArray("[1,2]") << "must be a JSON object";
        QTest::newRow("port too big") << json("{'machines':[{'name':'a','port':70000}]}") << "port 70000";
        QTest::newRow("port as text") << json("{'machines':[{'name':'a','port':'22'}]}") << "port 22";
        QTest::newRow("port fraction") << json("{'machines':[{'name':'a','port':22.5}]}") << "port 22.5";
        QTest::newRow("no name") << json("{'machines':[{'address':'x'}]}") << "needs a name";
        QTest::newRow("byte-order mark as name")
            << json("{'machines':[{'name':'\\ufeff'}]}") << "needs a name";
        QTest::newRow("space inside a name")
            << json("{'machines':[{'name':'web 01'}]}") << "contains a space";
        QTest::newRow("twice") << json("{'machines':[{'name':'a'},{'name':'a'}]}") << "listed twice";
        QTest::newRow("orphan node") << json("{'nodes':[{'path':'a/b'}]}") << "without its parent 'a'";
        QTest::newRow("empty part") << json("{'nodes':[{'path':'a//b'}]}") << "empty part";
        QTest::newRow("meta not object") << json("{'machines':[{'name':'a','meta':[1]}]}") << "'meta'";
        QTest::newRow("name not string") << json("{'machines':[{'name':5}]}") << "'name' must be a string";
        QTest::newRow("version 2") << json("{'version':2}") << "version 2";
        QTest::newRow("urls not array") << json("{'nodes':[{'path':'a','urls':'x'}]}") << "'urls'";
        QTest::newRow("tags of numbers") << json("{'machines':[{'name':'a','tags':[1]}]}") << "'tags'";
        QTest::newRow("state number") << json("{'machines':[{'name':'a','state':1}]}") << "'state'";
        QTest::newRow("units object") << json("{'units':{}}") << "units: must be an array";
        QTest::newRow("unit no port")
            << json("{'units':[{'service':'a','machine':'b'}]}") << "units[0]: 'port'";
        QTest::newRow("unit bad port")
            << json("{'units':[{'service':'a','machine':'b','port':0}]}") << "port 0";
        QTest::newRow("unit no machine") << json("{'units':[{'service':'a','port':1}]}") << "'machine'";
        QTest::newRow("relation both") << json("{'relations':[{'service':'a','needs':'b','endpoint':'h:1'}]}")
                                       << "relations[0]: a relation";
        QTest::newRow("relation none") << json("{'relations':[{'service':'a'}]}") << "either 'needs'";
        QTest::newRow("endpoint port")
            << json("{'relations':[{'service':'a','endpoint':'h:1','port':5}]}") << "'port' belongs";
        QTest::newRow("other format") << json("{'format':'terraform'}") << "not an Opsdeck inventory";
    }
    void badShapes()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, needle);
        const auto r = parseInventoryJson(text, QStringLiteral("x.json"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Refused);
        QVERIFY2(r.error().message.startsWith(QStringLiteral("x.json")), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(needle), qPrintable(r.error().message));
    }

    // One name rule for every reader (inventory_text::machineName): outer spaces, Unicode ones
    // included, and byte-order marks are dropped, and the name a reader keeps is what the JSON
    // export reads back.
    void everyReaderKeepsTheSameName_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("reader");
        QTest::newRow("ini") << QByteArray("[web]\n'\xE3\x80\x80web01\xEF\xBB\xBF'\n") << 0;
        QTest::newRow("yaml") << QByteArray("all:\n  hosts:\n    \"\\u3000web01\\uFEFF\":\n") << 1;
        QTest::newRow("csv") << QByteArray("name\n\"\xE3\x80\x80web01\xEF\xBB\xBF\"\n") << 2;
        QTest::newRow("ssh_config") << QByteArray("Host \"\xE3\x80\x80web01\xEF\xBB\xBF\"\n") << 3;
        QTest::newRow("json") << json("{'machines':[{'name':'\\u3000web01\\ufeff'}]}") << 4;
    }
    void everyReaderKeepsTheSameName()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, reader);
        using Reader = Result<InventoryDocument> (*)(QByteArrayView, const QString&);
        const Reader readers[] = {parseAnsibleIni, parseAnsibleYaml, parseInventoryCsv, parseSshConfig,
                                  parseInventoryJson};
        const auto doc = readers[reader](text, QStringLiteral("x"));
        QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().message));
        QCOMPARE(doc->hosts.size(), 1);
        QCOMPARE(doc->hosts.first().name, QStringLiteral("web01"));
        const auto back = parseInventoryJson(writeInventoryJson(*doc), QStringLiteral("export.json"));
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
        QCOMPARE(back->hosts.size(), 1);
        QCOMPARE(back->hosts.first().name, QStringLiteral("web01"));
    }

    void unknownKeysAreWarnings()
    {
        const auto r = parseInventoryJson(json("{'nodes':[],'machines':[{'name':'a','colour':'red'}],'x':1}"),
                                          QStringLiteral("x.json"));
        QVERIFY(r.ok());
        QCOMPARE(r->warnings.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TstInventoryJson)
#include "tst_inventoryjson.moc"
