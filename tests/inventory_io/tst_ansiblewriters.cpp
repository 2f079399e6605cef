#include "TestSupport.h"
#include "inventory_io/AnsibleIniParser.h"
#include "inventory_io/AnsibleIniWriter.h"
#include "inventory_io/AnsibleYamlParser.h"
#include "inventory_io/AnsibleYamlWriter.h"
#include "inventory_io/InventoryCsvParser.h"

#include <QTest>
#include <algorithm>

using namespace opsdeck;

namespace {

InventoryDocument parseFixture(const QString& file)
{
    const QByteArray bytes = test::testData(QStringLiteral("inventory/") + file);
    auto r = file.endsWith(u".yml")   ? parseAnsibleYaml(bytes, file)
             : file.endsWith(u".csv") ? parseInventoryCsv(bytes, file)
                                      : parseAnsibleIni(bytes, file);
    if (!r.ok())
        qFatal("%s", qPrintable(r.error().message));
    return *r;
}

InventoryHost host(const QString& name, const QStringList& nodes, const QVariantMap& meta = {})
{
    InventoryHost h;
    h.name = name;
    h.address = name;
    h.nodePaths = nodes;
    h.meta = meta;
    return h;
}

// A tree an Opsdeck user builds by hand: kinds, a product line, two different nodes named
// `redis`, names Ansible cannot take as group names, an unbound machine, a machine that must not
// inherit its group's user.
InventoryDocument handMadeTree(bool typedValues)
{
    InventoryDocument doc;
    const auto node = [&](const QString& path, NodeKind kind = NodeKind::Folder, const QVariantMap& vars = {},
                          bool productLine = false) {
        doc.nodes.append(InventoryNode{path, kind, vars, productLine});
    };
    node(QStringLiteral("all"), NodeKind::Folder, {{"ntp", "ntp.example.com"}});
    node(QStringLiteral("all/bj"), NodeKind::Folder, {}, true);
    node(QStringLiteral("all/bj/redis"), NodeKind::Service,
         {{"maxmemory", typedValues ? QVariant(qlonglong(4096)) : QVariant(QStringLiteral("4096"))}});
    node(QStringLiteral("all/sh"), NodeKind::Folder, {}, true);
    node(QStringLiteral("all/sh/redis"), NodeKind::Service, {{"ansible_user", "redis"}});
    node(QStringLiteral("all/sh/web servers"), NodeKind::Group, {{"motd", "  hello, \"world\"  "}});
    node(QStringLiteral("all/sh/a:b=c"));
    node(QStringLiteral("all/sh/empty"));
    node(QStringLiteral("all/all"));

    InventoryHost r1 = host(QStringLiteral("redis-bj-1"), {"all/bj/redis"},
                            {{"maxmemory", doc.nodes[2].vars.value("maxmemory")}});
    r1.address = QStringLiteral("10.0.0.1");
    r1.port = 6380;
    r1.pool = QStringLiteral("pool.bj01");
    doc.hosts.append(r1);
    InventoryHost r2 = host(QStringLiteral("redis-sh-1"), {"all/sh/redis", "all/sh/web servers"},
                            {{"note", "a b \"c\" \\d #e"}, {"empty", ""}, {"motd", "  hello, \"world\"  "}});
    r2.user = QString(); // its group says ansible_user=redis: the writer must say ""
    doc.hosts.append(r2);
    InventoryHost r3 = host(QStringLiteral("web-sh-1"), {"all/sh/web servers", "all/sh/a:b=c", "all/all"},
                            {{"motd", "  hello, \"world\"  "}});
    r3.user = QStringLiteral("deploy");
    doc.hosts.append(r3);
    doc.hosts.append(host(QStringLiteral("spare-1"), {}));
    if (typedValues) {
        doc.hosts[0].meta.insert(QStringLiteral("tags"),
                                 QVariantList{QStringLiteral("cache"), qlonglong(7), true});
        doc.hosts[0].meta.insert(QStringLiteral("limits"), QVariantMap{{"cpu", 1.5}, {"swap", QVariant()}});
        doc.hosts[0].meta.insert(QStringLiteral("looks_numeric"), QStringLiteral("0123"));
        doc.hosts[0].meta.insert(QStringLiteral("looks_bool"), QStringLiteral("yes"));
        doc.hosts[0].meta.insert(QStringLiteral("sexagesimal"), QStringLiteral("1:30"));
    }
    for (InventoryHost& h : doc.hosts) {
        for (const InventoryNode& n : doc.nodes) {
            if (h.nodePaths.contains(n.path) || n.path == u"all") {
                for (auto it = n.vars.cbegin(); it != n.vars.cend(); ++it) {
                    if (!it.key().startsWith(u"ansible_") && !h.meta.contains(it.key()))
                        h.meta.insert(it.key(), it.value());
                }
            }
        }
    }
    return doc;
}

// Nodes in the same order; hosts in any order (a writer lists them group by group).
void compareDocs(const InventoryDocument& backDoc, const InventoryDocument& original)
{
    InventoryDocument back = backDoc;
    InventoryDocument doc = original;
    const auto byName = [](const InventoryHost& a, const InventoryHost& b) {
        return a.name < b.name;
    };
    std::sort(back.hosts.begin(), back.hosts.end(), byName);
    std::sort(doc.hosts.begin(), doc.hosts.end(), byName);
    QCOMPARE(back.nodes.size(), doc.nodes.size());
    for (int i = 0; i < doc.nodes.size(); ++i)
        QCOMPARE(back.nodes[i], doc.nodes[i]);
    QCOMPARE(back.hosts.size(), doc.hosts.size());
    for (int i = 0; i < doc.hosts.size(); ++i) {
        QCOMPARE(back.hosts[i].name, doc.hosts[i].name);
        QCOMPARE(back.hosts[i].nodePaths, doc.hosts[i].nodePaths);
        QCOMPARE(back.hosts[i].meta, doc.hosts[i].meta);
        QCOMPARE(back.hosts[i], doc.hosts[i]);
    }
}

} // namespace

class TstAnsibleWriters : public QObject
{
    Q_OBJECT
private slots:
    void iniRoundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("production") << "production.ini";
        QTest::newRow("windows") << "windows.ini";
        QTest::newRow("unicode") << "unicode.ini";
    }
    void iniRoundTrip()
    {
        QFETCH(QString, file);
        const InventoryDocument doc = parseFixture(file);
        const QByteArray ini = writeAnsibleIni(doc);
        const auto back = parseAnsibleIni(ini, QStringLiteral("export.ini"));
        QVERIFY2(back.ok(),
                 back.ok() ? "" : qPrintable(back.error().message + u'\n' + QString::fromUtf8(ini)));
        compareDocs(*back, doc);
        InventoryDocument again = *back;
        again.sourceName = doc.sourceName;
        QCOMPARE(writeAnsibleIni(again), ini); // stable
    }

    void yamlRoundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("production yaml") << "production.yml";
        QTest::newRow("production ini") << "production.ini"; // string values stay strings
        QTest::newRow("unicode ini") << "unicode.ini";
    }
    void yamlRoundTrip()
    {
        QFETCH(QString, file);
        const InventoryDocument doc = parseFixture(file);
        const QByteArray yaml = writeAnsibleYaml(doc);
        const auto back = parseAnsibleYaml(yaml, QStringLiteral("export.yml"));
        QVERIFY2(back.ok(),
                 back.ok() ? "" : qPrintable(back.error().message + u'\n' + QString::fromUtf8(yaml)));
        compareDocs(*back, doc);
        QVERIFY(back->warnings.isEmpty());
    }

    void handMadeTreeThroughIni()
    {
        const InventoryDocument doc = handMadeTree(false);
        const QByteArray ini = writeAnsibleIni(doc);
        const QString text = QString::fromUtf8(ini);
        QVERIFY2(text.contains(QStringLiteral("[bj_redis:vars]\nopsdeck_name=redis\nopsdeck_kind=service\n")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("[web_servers]\n")));
        QVERIFY(text.contains(QStringLiteral("opsdeck_product_line=True"))); // a Python literal for Ansible
        QVERIFY(text.contains(QStringLiteral("redis-sh-1 ansible_user=\"\"")));
        QVERIFY(text.indexOf(QStringLiteral("spare-1")) < text.indexOf(u'[')); // ungrouped hosts come first
        const auto back = parseAnsibleIni(ini, QStringLiteral("export.ini"));
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message + u'\n' + text));
        compareDocs(*back, doc);
    }

    void handMadeTreeThroughYaml()
    {
        const InventoryDocument doc = handMadeTree(true);
        const QByteArray yaml = writeAnsibleYaml(doc);
        const auto back = parseAnsibleYaml(yaml, QStringLiteral("export.yml"));
        QVERIFY2(back.ok(),
                 back.ok() ? "" : qPrintable(back.error().message + u'\n' + QString::fromUtf8(yaml)));
        compareDocs(*back, doc);
        const QString text = QString::fromUtf8(yaml);
        QVERIFY2(text.contains(QStringLiteral("looks_bool: \"yes\"")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("sexagesimal: \"1:30\"")));
    }

    void treesNotRootedAtAllGoUnderAll()
    {
        const InventoryDocument doc = parseFixture(QStringLiteral("machines.csv"));
        const auto back = parseAnsibleIni(writeAnsibleIni(doc), QStringLiteral("export.ini"));
        QVERIFY(back.ok());
        QVERIFY(back->node(QStringLiteral("all/company/shop/web")));
        QVERIFY(back->node(QStringLiteral("all/公司/商城")));
        QCOMPARE(back->host(QStringLiteral("db,primary"))->nodePaths,
                 (QStringList{"all/company/shop/db", "all/company/shared/storage"}));
        QCOMPARE(back->host(QStringLiteral("cache01"))->port, 2222);
        QCOMPARE(
            back->host(QStringLiteral("multi01"))->meta.value("rack").toString(),
            QStringLiteral("rack with\na newline")); // written as the Python literal 'rack with\na newline'
    }
};

QTEST_GUILESS_MAIN(TstAnsibleWriters)
#include "tst_ansiblewriters.moc"
