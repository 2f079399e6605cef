// The inventory's CLI: exit codes and the JSON shapes DESIGN.md promises.

#include "TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace opsdeck;

class TestInventoryCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::TestDatabase> m_db; // a fresh one for each test function

    test::CliRun run(QStringList args, const QByteArray& in = {})
    {
        args.prepend(m_db->path());
        args.prepend(QStringLiteral("--db"));
        return test::runCli(args, in);
    }
    QJsonObject json(QStringList args)
    {
        auto r = run(args);
        if (r.exitCode != 0)
            qWarning() << args << r.exitCode << r.err;
        return QJsonDocument::fromJson(r.out).object();
    }
    QString writeFile(const QString& name, const QByteArray& content)
    {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return f.fileName();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        OPSDECK_REQUIRE_TEST_DIALECT();
    }
    void init() { m_db = std::make_unique<test::TestDatabase>(); }
    void cleanup() { m_db.reset(); }

    void machineAddListShape()
    {
        auto r = run({"machine", "add", "web1", "--address", "10.0.0.1"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(run({"machine", "add", "web2", "--address", "10.0.0.2", "--port", "2222", "--user", "ops",
                      "--pool", "pool.bj01"})
                     .exitCode,
                 0);
        QCOMPARE(run({"machine", "add", "web1", "--address", "10.0.0.3"}).exitCode, 3); // names are unique
        QCOMPARE(run({"machine", "add", "web3"}).exitCode, 2);                          // no --address
        QCOMPARE(run({"machine", "frobnicate"}).exitCode, 2);

        const QJsonObject o = json({"machine", "list", "--format", "json"});
        const QJsonArray machines = o.value(QStringLiteral("machines")).toArray();
        QCOMPARE(machines.size(), 2);
        const QJsonObject w1 = machines.at(0).toObject();
        QCOMPARE(w1.keys(), QStringList({"address", "last_seen", "name", "nodes", "pool", "port", "state",
                                         "tags", "user", "version"}));
        QCOMPARE(w1.value("version").toInteger(), 1); // a new row; an edit passes it (--expect-version)
        QCOMPARE(w1.value("name").toString(), QStringLiteral("web1"));
        QCOMPARE(w1.value("pool").toString(), QStringLiteral("default"));
        QCOMPARE(w1.value("port").toInt(), 22);
        QCOMPARE(w1.value("state").toString(), QStringLiteral("NEW"));
        QVERIFY(w1.value("tags").isArray());
        QVERIFY(w1.value("nodes").isArray());
        QVERIFY(w1.value("last_seen").isNull());
        QCOMPARE(machines.at(1).toObject().value("user").toString(), QStringLiteral("ops"));

        QCOMPARE(json({"machine", "list", "--pool", "pool.bj01", "--format", "json"})
                     .value("machines")
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(json({"machine", "list", "--state", "READY", "--format", "json"})
                     .value("machines")
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(run({"machine", "list", "--state", "SLEEPY"}).exitCode, 2);

        auto csv = run({"machine", "list", "--format", "csv"});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith("name,address,port,user,pool,state,tags,nodes,last_seen\n"));
        auto table = run({"machine", "list", "--format", "table"});
        QVERIFY(table.out.startsWith("NAME"));
    }

    void transitions()
    {
        QCOMPARE(run({"machine", "add", "m", "--address", "10.0.0.1"}).exitCode, 0);
        auto refused = run({"machine", "transition", "m", "online"});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY(refused.err.contains("init")); // names what is allowed from NEW
        QCOMPARE(run({"machine", "transition", "m", "teleport"}).exitCode, 2);
        QCOMPARE(run({"machine", "transition", "ghost", "init"}).exitCode, 4);
        auto ok = run({"machine", "transition", "m", "init", "--reason", "racked"});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(ok.out.contains("NEW -> INITED"));
        QCOMPARE(run({"machine", "transition", "m", "online"}).exitCode, 0);
        const QJsonObject show = json({"machine", "show", "m", "--format", "json"});
        const QJsonObject m = show.value("machines").toArray().at(0).toObject();
        QCOMPARE(m.value("state").toString(), QStringLiteral("READY"));
        QCOMPARE(m.value("allowed_events").toArray().size(), 2);
        QCOMPARE(m.value("history").toArray().size(), 3);
        QCOMPARE(run({"machine", "show", "nobody"}).exitCode, 4);

        const QJsonObject audit = json({"audit", "list", "--format", "json"});
        const QJsonArray entries = audit.value("entries").toArray();
        QVERIFY(entries.size() >= 4);
        const QJsonObject last = entries.last().toObject();
        QCOMPARE(last.keys(), QStringList({"action", "after", "before", "entity", "entity_id", "operator",
                                           "reason", "time"}));
        QCOMPARE(last.value("action").toString(), QStringLiteral("online"));
        QCOMPARE(last.value("before").toObject().value("state").toString(), QStringLiteral("INITED"));
        QVERIFY(last.value("time").isDouble());
        QVERIFY(!last.value("operator").toString().isEmpty());
        QCOMPARE(entries.at(entries.size() - 2).toObject().value("reason").toString(),
                 QStringLiteral("racked"));
        QCOMPARE(json({"audit", "list", "--since", "-1h", "--entity", "pool", "--format", "json"})
                     .value("entries")
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(json({"audit", "list", "--since", "4102444800", "--format", "json"})
                     .value("entries")
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(run({"audit", "list", "--since", "yesterday-ish"}).exitCode, 2);
    }

    void treeUnitsRelations()
    {
        QCOMPARE(run({"tree", "add", "acme/shop/api", "--kind", "service"}).exitCode, 0);
        QCOMPARE(run({"tree", "add", "acme/shop/redis", "--kind", "service"}).exitCode, 0);
        QCOMPARE(run({"tree", "add", "acme/x", "--kind", "planet"}).exitCode, 2);
        QCOMPARE(run({"tree", "flag", "acme/shop", "--product-line"}).exitCode, 0);
        QCOMPARE(run({"machine", "add", "r1", "--address", "10.0.0.1"}).exitCode, 0);
        QCOMPARE(run({"tree", "bind", "acme/shop", "--machine", "r1"}).exitCode, 0);
        QCOMPARE(run({"tree", "bind", "acme/shop", "--url", "https://shop.example.com/"}).exitCode, 0);
        QCOMPARE(run({"tree", "bind", "acme/nowhere", "--machine", "r1"}).exitCode, 4);
        QCOMPARE(run({"tree", "bind", "acme/shop"}).exitCode, 2);

        // Units only on READY machines: exit 3 until it is.
        auto refused = run({"unit", "add", "acme/shop/redis", "--machine", "r1", "--port", "6379"});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY(refused.err.contains("READY"));
        QCOMPARE(run({"machine", "transition", "r1", "init"}).exitCode, 0);
        QCOMPARE(run({"machine", "transition", "r1", "online"}).exitCode, 0);
        QCOMPARE(run({"unit", "add", "acme/shop/redis", "--machine", "r1", "--port", "6379"}).exitCode, 0);
        QCOMPARE(run({"unit", "add", "acme/shop/api", "--machine", "r1", "--port", "8080"}).exitCode, 0);
        QCOMPARE(run({"unit", "add", "acme/shop/api", "--machine", "r1", "--port", "8080"}).exitCode, 3);

        const QJsonArray nodes = json({"tree", "list", "--format", "json"}).value("nodes").toArray();
        QCOMPARE(nodes.size(), 4);
        QCOMPARE(nodes.at(0).toObject().value("path").toString(), QStringLiteral("acme"));
        QCOMPARE(nodes.at(0).toObject().value("total_units").toInt(), 2);
        QCOMPARE(nodes.at(1).toObject().value("product_line").toBool(), true);
        QCOMPARE(nodes.at(1).toObject().value("machines").toInt(), 1);
        QCOMPARE(nodes.at(1).toObject().value("urls").toInt(), 1);
        QCOMPARE(nodes.at(2).toObject().value("kind").toString(), QStringLiteral("service"));

        const QJsonArray units = json({"unit", "list", "--format", "json"}).value("units").toArray();
        QCOMPARE(units.size(), 2);
        QCOMPARE(units.at(1).toObject().value("deploy_name").toString(), QStringLiteral("redis_6379"));

        QCOMPARE(run({"relation", "add", "acme/shop/api", "--needs", "acme/shop/redis", "--port", "6379"})
                     .exitCode,
                 0);
        QCOMPARE(
            run({"relation", "add", "acme/shop/api", "--needs-endpoint", "db.example.com:5432"}).exitCode, 0);
        QCOMPARE(run({"relation", "add", "acme/shop/api", "--needs-endpoint", "nope"}).exitCode, 2);
        QCOMPARE(run({"relation", "add", "acme/shop/api", "--needs", "acme/shop"}).exitCode, 3);
        QCOMPARE(run({"relation", "add", "acme/shop/api"}).exitCode, 2);
        const QJsonArray rel =
            json({"relation", "resolve", "acme/shop/api", "--format", "json"}).value("relations").toArray();
        QCOMPARE(rel.size(), 2);
        QCOMPARE(rel.at(0).toObject().value("endpoints").toArray(), QJsonArray({"10.0.0.1:6379"}));
        QCOMPARE(rel.at(1).toObject().value("endpoints").toArray(), QJsonArray({"db.example.com:5432"}));
        QCOMPARE(run({"relation", "resolve", "acme/ghost"}).exitCode, 4);

        QCOMPARE(run({"tree", "remove", "acme"}).exitCode, 3); // holds units: needs --force
        QCOMPARE(run({"tree", "rename", "acme/shop", "store"}).exitCode, 0);
        QCOMPARE(json({"tree", "list", "--format", "json"})
                     .value("nodes")
                     .toArray()
                     .at(1)
                     .toObject()
                     .value("path"),
                 QJsonValue(QStringLiteral("acme/store")));
        QCOMPARE(run({"tree", "remove", "acme", "--force"}).exitCode, 0);
        QCOMPARE(json({"tree", "list", "--format", "json"}).value("nodes").toArray().size(), 0);
    }

    // A machine in two child groups (an OpenShift-style inventory) is one machine under
    // their parent: tree list's total_machines agrees with machine list --node.
    void treeTotalsCountMachinesOnce()
    {
        for (const char* g : {"ocp/masters", "ocp/nodes/infra", "ocp/nodes/compute"})
            QCOMPARE(run({"tree", "add", g, "--kind", "group"}).exitCode, 0);
        for (const char* m : {"m1", "m2", "m3"})
            QCOMPARE(run({"machine", "add", m, "--address", "10.0.0.1"}).exitCode, 0);
        QCOMPARE(run({"tree", "bind", "ocp/masters", "--machine", "m1"}).exitCode, 0);
        QCOMPARE(run({"tree", "bind", "ocp/nodes/infra", "--machine", "m1"}).exitCode, 0);
        QCOMPARE(run({"tree", "bind", "ocp/nodes/infra", "--machine", "m2"}).exitCode, 0);
        QCOMPARE(run({"tree", "bind", "ocp/nodes/compute", "--machine", "m2"}).exitCode, 0);
        QCOMPARE(run({"tree", "bind", "ocp/nodes/compute", "--machine", "m3"}).exitCode, 0);

        QHash<QString, int> total;
        for (const QJsonValue& v : json({"tree", "list", "--format", "json"}).value("nodes").toArray())
            total.insert(v.toObject().value("path").toString(), v.toObject().value("total_machines").toInt());
        const QHash<QString, int> want{{"ocp", 3},
                                       {"ocp/masters", 1},
                                       {"ocp/nodes", 3},
                                       {"ocp/nodes/infra", 2},
                                       {"ocp/nodes/compute", 2}};
        QCOMPARE(total, want);
        for (auto it = want.begin(); it != want.end(); ++it) {
            const int listed = json({"machine", "list", "--node", it.key(), "--format", "json"})
                                   .value("machines")
                                   .toArray()
                                   .size();
            QCOMPARE(listed, it.value());
        }
    }

    void importExport()
    {
        const QByteArray ini = "# web tier\r\n"
                               "[web]\r\n"
                               "web[01:03].example.com ansible_user=deploy\r\n"
                               "\r\n"
                               "[db]\r\n"
                               "db01 ansible_host=10.0.1.1 ansible_port=2222 opsdeck_pool=pool.bj01\r\n"
                               "\r\n"
                               "[prod:children]\r\n"
                               "web\r\n"
                               "db\r\n"
                               "\r\n"
                               "[web:vars]\r\n"
                               "http_port=8080\r\n";
        const QString file = writeFile(QStringLiteral("hosts.ini"), ini);

        auto dry = run({"inventory", "import", "--format", "ansible", file, "--dry-run", "--output", "json"});
        QCOMPARE(dry.exitCode, 0);
        const QJsonObject plan = QJsonDocument::fromJson(dry.out).object();
        QCOMPARE(plan.value("dry_run").toBool(), true);
        QCOMPARE(plan.value("machines").toObject().value("added").toInt(), 4);
        QVERIFY(plan.value("changes").toArray().size() > 4);
        QCOMPARE(json({"machine", "list", "--format", "json"}).value("machines").toArray().size(), 0);

        auto first = run({"inventory", "import", "--format", "ansible", file});
        QCOMPARE(first.exitCode, 0);
        QVERIFY(first.out.contains("added"));
        const QJsonArray machines = json({"machine", "list", "--format", "json"}).value("machines").toArray();
        QCOMPARE(machines.size(), 4);
        QCOMPARE(machines.at(0).toObject().value("name").toString(), QStringLiteral("db01"));
        QCOMPARE(machines.at(0).toObject().value("address").toString(), QStringLiteral("10.0.1.1"));
        QCOMPARE(machines.at(0).toObject().value("port").toInt(), 2222);
        QCOMPARE(machines.at(0).toObject().value("pool").toString(), QStringLiteral("pool.bj01"));
        QCOMPARE(machines.at(1).toObject().value("user").toString(), QStringLiteral("deploy"));
        QCOMPARE(machines.at(1).toObject().value("state").toString(), QStringLiteral("NEW"));

        // Re-importing the same file changes nothing.
        auto again = run({"inventory", "import", "--format", "ansible", file, "--output", "json"});
        QCOMPARE(again.exitCode, 0);
        const QJsonObject second = QJsonDocument::fromJson(again.out).object();
        QCOMPARE(second.value("changes").toArray().size(), 0);
        QCOMPARE(second.value("machines").toObject().value("unchanged").toInt(), 4);

        // One audit row per import, with the checksum.
        const QJsonArray imports =
            json({"audit", "list", "--entity", "import", "--format", "json"}).value("entries").toArray();
        QCOMPARE(imports.size(), 2);
        QCOMPARE(imports.at(0).toObject().value("after").toObject().value("sha256").toString().size(), 64);

        // Export JSON, import it back: no changes.
        const QString exported = m_dir.filePath(QStringLiteral("export.json"));
        QCOMPARE(run({"inventory", "export", "--format", "json", "--to", exported}).exitCode, 0);
        auto back = run({"inventory", "import", "--format", "json", exported, "--output", "json"});
        QCOMPARE(back.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(back.out).object().value("changes").toArray().size(), 0);
        auto toStdout = run({"inventory", "export", "--format", "json"});
        QCOMPARE(toStdout.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(toStdout.out).object().contains("machines"));
        auto asIni = run({"inventory", "export", "--format", "ansible-ini"});
        QCOMPARE(asIni.exitCode, 0);
        QVERIFY(asIni.out.contains("db01"));
        auto asYaml = run({"inventory", "export", "--format", "ansible-yaml"});
        QCOMPARE(asYaml.exitCode, 0);
        QVERIFY(asYaml.out.contains("web01.example.com"));
        // The INI group var is a number to Ansible, and stays one in every export.
        QVERIFY2(asYaml.out.contains("http_port: 8080\n"), asYaml.out.constData());
        QVERIFY2(asIni.out.contains("http_port=8080\n"), asIni.out.constData());
        const QJsonObject exportedDoc = QJsonDocument::fromJson(toStdout.out).object();
        for (const QJsonValue& n : exportedDoc.value("nodes").toArray()) {
            if (n.toObject().value("path").toString() == u"all/prod/web")
                QVERIFY(n.toObject().value("vars").toObject().value("http_port").isDouble());
        }
        QCOMPARE(run({"inventory", "export", "--format", "xml"}).exitCode, 2);
    }

    void importOtherFormats()
    {
        const QString yaml = writeFile(QStringLiteral("inventory"), "all:\n"
                                                                    "  children:\n"
                                                                    "    web:\n"
                                                                    "      hosts:\n"
                                                                    "        web01:\n"
                                                                    "          ansible_host: 10.0.0.1\n"
                                                                    "          opsdeck_pool: pool.bj01\n");
        auto y = run({"inventory", "import", "--format", "ansible", yaml, "--output", "json"});
        QCOMPARE(y.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(y.out).object().value("machines").toObject().value("added").toInt(),
                 1);
        const QJsonObject web01 = json({"machine", "show", "web01", "--format", "json"})
                                      .value("machines")
                                      .toArray()
                                      .at(0)
                                      .toObject();
        QCOMPARE(web01.value("address").toString(), QStringLiteral("10.0.0.1"));
        QCOMPARE(web01.value("pool").toString(), QStringLiteral("pool.bj01"));
        QCOMPARE(web01.value("nodes").toArray().at(0).toString(), QStringLiteral("all/web"));

        const QString ssh = writeFile(QStringLiteral("ssh_config"), "Host bastion\n"
                                                                    "    HostName 192.0.2.10\n"
                                                                    "    Port 2222\n"
                                                                    "    User ops\n"
                                                                    "\n"
                                                                    "Host *.internal\n"
                                                                    "    User admin\n");
        auto sres = run({"inventory", "import", "--format", "ssh-config", ssh});
        QCOMPARE(sres.exitCode, 0);
        QVERIFY2(sres.err.contains("warning"), sres.err.constData()); // the wildcard block is reported
        const QJsonObject bastion = json({"machine", "show", "bastion", "--format", "json"})
                                        .value("machines")
                                        .toArray()
                                        .at(0)
                                        .toObject();
        QCOMPARE(bastion.value("address").toString(), QStringLiteral("192.0.2.10"));
        QCOMPARE(bastion.value("port").toInt(), 2222);
        QCOMPARE(bastion.value("user").toString(), QStringLiteral("ops"));
        QCOMPARE(bastion.value("state").toString(), QStringLiteral("NEW"));
        auto again = run({"inventory", "import", "--format", "ssh-config", ssh, "--output", "json"});
        QCOMPARE(QJsonDocument::fromJson(again.out).object().value("changes").toArray().size(), 0);
    }

    void importErrors()
    {
        QCOMPARE(run({"inventory", "import", "--format", "ansible", m_dir.filePath("missing.ini")}).exitCode,
                 4);
        QCOMPARE(run({"inventory", "import", "--format", "toml", m_dir.filePath("x")}).exitCode, 2);
        QCOMPARE(run({"inventory", "import", m_dir.filePath("x")}).exitCode, 2);
        // A broken CSV imports nothing, and the error names the file and the line.
        const QString csv = writeFile(QStringLiteral("broken.csv"), "name,address,port,pool,node_path\n"
                                                                    "a1,10.0.0.1,22,default,all/web\n"
                                                                    "a2,10.0.0.2,notaport,default,all/web\n");
        auto r = run({"inventory", "import", "--format", "csv", csv});
        QVERIFY2(r.exitCode != 0, r.out.constData());
        QVERIFY2(r.err.contains("broken.csv") && r.err.contains("3"), r.err.constData());
        QCOMPARE(json({"machine", "list", "--format", "json"}).value("machines").toArray().size(), 0);

        const QString good = writeFile(QStringLiteral("good.csv"), "name,address,port,pool,node_path\n"
                                                                   "a1,10.0.0.1,22,pool.x,all/web\n");
        QCOMPARE(run({"inventory", "import", "--format", "csv", good}).exitCode, 0);
        QCOMPARE(
            json({"machine", "list", "--node", "all", "--format", "json"}).value("machines").toArray().size(),
            1);
    }
};

QTEST_GUILESS_MAIN(TestInventoryCli)
#include "tst_inventorycli.moc"
