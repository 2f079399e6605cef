#include "TestSupport.h"
#include "inventory_io/AnsibleIniParser.h"

#include <QCryptographicHash>
#include <QTest>

using namespace opsdeck;

namespace {

QStringList nodePaths(const InventoryDocument& doc)
{
    QStringList out;
    for (const InventoryNode& n : doc.nodes)
        out.append(n.path);
    return out;
}

QStringList hostNames(const InventoryDocument& doc)
{
    QStringList out;
    for (const InventoryHost& h : doc.hosts)
        out.append(h.name);
    return out;
}

InventoryDocument parseFixture(const QString& name)
{
    const QByteArray bytes = test::testData(QStringLiteral("inventory/") + name);
    auto r = parseAnsibleIni(bytes, name);
    if (!r.ok())
        qFatal("%s", qPrintable(r.error().message));
    return *r;
}

} // namespace

class TstAnsibleIniParser : public QObject
{
    Q_OBJECT
private slots:
    void nestedChildrenBecomeNestedNodes()
    {
        const InventoryDocument doc = parseFixture(QStringLiteral("production.ini"));
        // `web` has two parents (beijing, frankfurt): it appears under each.
        QCOMPARE(nodePaths(doc), (QStringList{"all", "all/production", "all/production/beijing",
                                              "all/production/beijing/web", "all/production/beijing/db",
                                              "all/production/beijing/cache", "all/production/frankfurt",
                                              "all/production/frankfurt/web", "all/production/monitoring"}));
        for (const InventoryNode& n : doc.nodes)
            QCOMPARE(n.kind, NodeKind::Folder);
        const InventoryNode* web = doc.node(QStringLiteral("all/production/frankfurt/web"));
        QVERIFY(web);
        QCOMPARE(web->vars.value("http_port").toString(), QStringLiteral("8080"));
        QCOMPARE(web->vars.value("nginx_worker_processes").toString(), QStringLiteral("4"));
        QCOMPARE(web->vars.value("origin_header").toString(), QStringLiteral("X-Origin bj"));
        QCOMPARE(doc.node(QStringLiteral("all/production/beijing/web"))->vars, web->vars);
        QCOMPARE(doc.node(QStringLiteral("all"))->vars.value("ntp_server").toString(),
                 QStringLiteral("ntp.example.com"));
    }

    void rangesExpandInFileOrder()
    {
        const InventoryDocument doc = parseFixture(QStringLiteral("production.ini"));
        QCOMPARE(
            hostNames(doc),
            (QStringList{"bastion.example.com", "web01.bj01.example.com", "web02.bj01.example.com",
                         "web03.bj01.example.com", "web04.bj01.example.com", "web-fra-a.example.com",
                         "web-fra-b.example.com", "web-fra-c.example.com", "db-primary", "db-replica1",
                         "db-replica2", "db-replica3", "redis0.bj01.example.com", "redis5.bj01.example.com",
                         "redis10.bj01.example.com", "prometheus.bj01.example.com"}));
    }

    void hostFieldsAndBindings()
    {
        const InventoryDocument doc = parseFixture(QStringLiteral("production.ini"));
        const InventoryHost* bastion = doc.host(QStringLiteral("bastion.example.com"));
        QVERIFY(bastion);
        QCOMPARE(bastion->address, QStringLiteral("bastion.example.com"));
        QCOMPARE(bastion->port, 2200);
        QCOMPARE(bastion->user, QStringLiteral("jump"));
        QCOMPARE(bastion->pool, QString());
        QVERIFY(bastion->nodePaths.isEmpty()); // ungrouped: bound to no node
        QCOMPARE(bastion->meta.value("ntp_server").toString(), QStringLiteral("ntp.example.com"));

        const InventoryHost* web01 = doc.host(QStringLiteral("web01.bj01.example.com"));
        QVERIFY(web01);
        QCOMPARE(web01->nodePaths, (QStringList{"all/production/beijing/web", "all/production/frankfurt/web",
                                                "all/production/monitoring"}));
        QCOMPARE(web01->pool, QStringLiteral("pool.bj01"));
        QCOMPARE(web01->port, 22);
        QCOMPARE(web01->user, QString());
        QCOMPARE(web01->meta.value("http_port").toString(),
                 QStringLiteral("8080")); // child group beats parent
        QCOMPARE(web01->meta.value("env").toString(), QStringLiteral("production"));
        QCOMPARE(web01->meta.value("exporter").toString(), QStringLiteral("sidecar"));
        QVERIFY(!web01->meta.contains("opsdeck_pool"));

        const InventoryHost* fra = doc.host(QStringLiteral("web-fra-b.example.com"));
        QCOMPARE(fra->user, QStringLiteral("deploy"));
        QCOMPARE(fra->pool, QStringLiteral("pool.fra1"));

        const InventoryHost* primary = doc.host(QStringLiteral("db-primary"));
        QCOMPARE(primary->address, QStringLiteral("10.20.0.10"));
        QCOMPARE(primary->port, 5522);
        QCOMPARE(primary->user, QStringLiteral("postgres")); // from [db:vars]
        QCOMPARE(primary->meta.value("http_port").toString(), QStringLiteral("80"));
        QCOMPARE(primary->meta.value("backup_window").toString(), QStringLiteral("02:00-04:00"));
        QVERIFY(!primary->meta.contains("ansible_host"));
        QVERIFY(!primary->meta.contains("ansible_user"));
        QCOMPARE(primary->nodePaths, QStringList{"all/production/beijing/db"});

        QCOMPARE(doc.host(QStringLiteral("db-replica1"))->address, QStringLiteral("10.20.0.1"));
        QCOMPARE(doc.host(QStringLiteral("db-replica2"))->address,
                 QStringLiteral("10.20.0.12")); // later line wins
        QCOMPARE(doc.host(QStringLiteral("db-replica2"))->meta.value("pg_role").toString(),
                 QStringLiteral("replica"));
    }

    void checksumAndSource()
    {
        const QByteArray bytes = test::testData(QStringLiteral("inventory/production.ini"));
        const auto r = parseAnsibleIni(bytes, QStringLiteral("production.ini"));
        QVERIFY(r.ok());
        QCOMPARE(r->sha256, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
        QCOMPARE(r->sourceName, QStringLiteral("production.ini"));
    }

    void windowsLineEndings()
    {
        const QByteArray bytes = test::testData(QStringLiteral("inventory/windows.ini"));
        QVERIFY(bytes.contains("\r\n"));
        const auto r = parseAnsibleIni(bytes, QStringLiteral("windows.ini"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(nodePaths(*r), (QStringList{"all", "all/office", "all/office/app"}));
        const InventoryHost* app1 = r->host(QStringLiteral("app1"));
        QCOMPARE(app1->address, QStringLiteral("192.168.1.5"));
        QCOMPARE(app1->port, 2022);
        QCOMPARE(r->host(QStringLiteral("app2"))->meta.value("owner").toString(), QStringLiteral("ops"));
    }

    void unicodeNames()
    {
        const InventoryDocument doc = parseFixture(QStringLiteral("unicode.ini"));
        QCOMPARE(nodePaths(doc), (QStringList{"all", QStringLiteral("all/北京机房")}));
        const InventoryHost* h = doc.host(QStringLiteral("服务器-01"));
        QVERIFY(h);
        QCOMPARE(h->meta.value(QStringLiteral("描述")).toString(), QStringLiteral("前端 节点"));
        QCOMPARE(h->meta.value(QStringLiteral("负责人")).toString(), QStringLiteral("张三"));
        QCOMPARE(doc.host(QStringLiteral("café.example.com"))->user, QStringLiteral("josé"));
    }

    void badFilesNameFileAndLine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("needle");
        QTest::newRow("line without =") << "broken.ini"
                                        << "broken.ini:7: "
                                        << "expected key=value";
        QTest::newRow("backwards range") << "badrange.ini"
                                         << "badrange.ini:4: "
                                         << "starts after it ends";
        QTest::newRow("cycle") << "cycle.ini"
                               << "cycle.ini:"
                               << "its own ancestor";
        QTest::newRow("bad port") << "badport.ini"
                                  << "badport.ini:3: "
                                  << "not a port";
    }
    void badFilesNameFileAndLine()
    {
        QFETCH(QString, file);
        QFETCH(QString, prefix);
        QFETCH(QString, needle);
        const auto r = parseAnsibleIni(test::testData(QStringLiteral("inventory/") + file), file);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Refused);
        QVERIFY2(r.error().message.startsWith(prefix), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(needle), qPrintable(r.error().message));
    }

    void badSnippets_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("unknown section kind") << QByteArray("[web]\nw1\n[web:hostvars]\n") << "x.ini:3: ";
        QTest::newRow("bare word after host") << QByteArray("[web]\nw1 fast\n") << "x.ini:2: ";
        QTest::newRow("open quote") << QByteArray("\n[web]\nw1 a=\"b c\n") << "x.ini:3: ";
        QTest::newRow("all as child") << QByteArray("[web:children]\nall\n") << "x.ini:2: ";
        QTest::newRow("two names in children") << QByteArray("[a:children]\nb c\n") << "x.ini:2: ";
        QTest::newRow("bad header") << QByteArray("[web\nw1\n") << "x.ini:1: ";
        QTest::newRow("not utf-8") << QByteArray("[web]\nw\xff\n") << "x.ini:2: ";
        QTest::newRow("bad opsdeck_kind") << QByteArray("[web:vars]\nopsdeck_kind=cluster\n") << "x.ini:2: ";
        // Found by fuzz_inventory_ini: a carriage return, then a byte-order mark, was a host the
        // JSON export could not read back.
        QTest::newRow("byte-order mark as name") << QByteArray::fromBase64("De+7vw==") << "x.ini:1: ";
        QTest::newRow("quoted space as name") << QByteArray("[web]\n' '\n") << "x.ini:2: ";
        QTest::newRow("space inside a name") << QByteArray("[web]\n'web 01'\n") << "x.ini:2: ";
        // Found by fuzz_inventory_ini: a child group whose name opens with a byte-order mark
        // gave a node path part the JSON export refused to read back.
        QTest::newRow("byte-order mark opening a group name") << QByteArray("[a:children]\n\xef\xbb\xbf"
                                                                            "b\n")
                                                              << "x.ini:2: ";
        QTest::newRow("fuzz input: byte-order mark child")
            << QByteArray::fromBase64("W2E6Y2hpbGRyZW5dCu+7v1tjOmNoaWxkcgFhCl1uCmUAAAAAAAAQ") << "x.ini:";
    }
    void badSnippets()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, prefix);
        const auto r = parseAnsibleIni(text, QStringLiteral("x.ini"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.startsWith(prefix), qPrintable(r.error().message));
    }

    void smallForms()
    {
        const auto r = parseAnsibleIni(QByteArrayView("\xEF\xBB\xBF"
                                                      "# only a comment\n"
                                                      "[svc]\n"
                                                      "s1:2201 ansible_user=root # trailing comment\n"
                                                      "s2 note='it''s' path=\"C:\\\\x\"\n"
                                                      "[svc:vars]\n"
                                                      "opsdeck_kind=service\n"
                                                      "opsdeck_product_line=true\n"),
                                       QStringLiteral("x.ini"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        const InventoryNode* svc = r->node(QStringLiteral("all/svc"));
        QVERIFY(svc);
        QCOMPARE(svc->kind, NodeKind::Service);
        QVERIFY(svc->productLine);
        QVERIFY(svc->vars.isEmpty());
        QCOMPARE(r->host(QStringLiteral("s1"))->port, 2201);
        QCOMPARE(r->host(QStringLiteral("s1"))->user, QStringLiteral("root"));
        QVERIFY(!r->host(QStringLiteral("s1"))->meta.contains(QStringLiteral("opsdeck_kind")));
        QCOMPARE(r->host(QStringLiteral("s2"))->meta.value("note").toString(), QStringLiteral("its"));
        QCOMPARE(r->host(QStringLiteral("s2"))->meta.value("path").toString(), QStringLiteral("C:\\x"));
    }

    void emptyFileIsJustTheRoot()
    {
        const auto r = parseAnsibleIni(QByteArrayView(""), QStringLiteral("empty.ini"));
        QVERIFY(r.ok());
        QCOMPARE(nodePaths(*r), QStringList{"all"});
        QVERIFY(r->hosts.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstAnsibleIniParser)
#include "tst_ansibleiniparser.moc"
