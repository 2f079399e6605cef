#include "TestSupport.h"
#include "inventory_io/SshConfigParser.h"

#include <QTest>

using namespace opsdeck;

namespace {

InventoryDocument fixture()
{
    auto r =
        parseSshConfig(test::testData(QStringLiteral("inventory/ssh_config")), QStringLiteral("ssh_config"));
    if (!r.ok())
        qFatal("%s", qPrintable(r.error().message));
    return *r;
}

} // namespace

class TstSshConfigParser : public QObject
{
    Q_OBJECT
private slots:
    void concreteNamesBecomeMachines()
    {
        const InventoryDocument doc = fixture();
        QStringList names;
        for (const InventoryHost& h : doc.hosts)
            names.append(h.name);
        QCOMPARE(names, (QStringList{"bastion", "bastion.example.com", "web01", "web02", "web03",
                                     "db-primary", "db-replica-1", "intranet.corp.example.com", "legacy-box",
                                     "build-agent-01", "build-agent-02", "github.com",
                                     "gateway.fra1.example.com", QStringLiteral("主机-上海")}));
        QVERIFY(doc.nodes.isEmpty());
        for (const InventoryHost& h : doc.hosts)
            QVERIFY(h.nodePaths.isEmpty());
    }

    void wildcardsMatchAndIncludeAreReported()
    {
        const InventoryDocument doc = fixture();
        const QString all = doc.warnings.join(u'\n');
        QCOMPARE(doc.warnings.size(), 7);
        QVERIFY2(all.contains(QStringLiteral("ssh_config:3: ")) && all.contains(QStringLiteral("Include")),
                 qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("'db-replica-?'")));
        QVERIFY(all.contains(QStringLiteral("'*.corp.example.com'")));
        QVERIFY(all.contains(QStringLiteral("'!vpn.corp.example.com'")));
        QVERIFY(all.contains(QStringLiteral("'10.20.*'")));
        QVERIFY(all.contains(QStringLiteral("ssh_config:42: ")) && all.contains(QStringLiteral("Match")));
    }

    void firstValueWins()
    {
        const InventoryDocument doc = fixture();
        const InventoryHost* bastion = doc.host(QStringLiteral("bastion"));
        QCOMPARE(bastion->address, QStringLiteral("203.0.113.10"));
        QCOMPARE(bastion->port, 2200);
        QCOMPARE(bastion->user, QStringLiteral("jump"));
        // IdentityFile accumulates, as OpenSSH tries every one: the host's own, then Host *'s.
        QCOMPARE(bastion->meta.value("IdentityFile"),
                 QVariant(QVariantList{QStringLiteral("~/.ssh/id_ed25519_bastion"),
                                       QStringLiteral("~/.ssh/id_ed25519")}));
        QCOMPARE(bastion->meta.value("IdentitiesOnly").toString(), QStringLiteral("yes"));
        QCOMPARE(bastion->meta.value("ServerAliveInterval").toString(),
                 QStringLiteral("30")); // global section
        QCOMPARE(bastion->meta.value("ControlPath").toString(), QStringLiteral("~/.ssh/cm-%r@%h:%p"));

        const InventoryHost* web02 = doc.host(QStringLiteral("web02"));
        QCOMPARE(web02->address, QStringLiteral("web02.bj01.example.com")); // %h expanded
        QCOMPARE(web02->user, QStringLiteral("deploy"));
        QCOMPARE(web02->port, 22);
        QCOMPARE(web02->meta.value("ProxyJump").toString(), QStringLiteral("bastion"));

        const InventoryHost* db = doc.host(QStringLiteral("db-primary"));
        QCOMPARE(db->address, QStringLiteral("10.20.0.10")); // HostName=value
        QCOMPARE(db->port, 5522);
        QCOMPARE(db->user, QStringLiteral("postgres")); // lower-case keyword
        QCOMPARE(db->meta.value("IdentityFile").toList().value(0).toString(),
                 QStringLiteral("~/.ssh/keys/db key"));
        QCOMPARE(db->meta.value("IdentityFile").toList().size(), 3);

        // Settings of wildcard blocks still apply, in file order.
        const InventoryHost* replica = doc.host(QStringLiteral("db-replica-1"));
        QCOMPARE(replica->user, QStringLiteral("postgres"));
        QCOMPARE(replica->address, QStringLiteral("10.20.0.11"));
        const InventoryHost* intranet = doc.host(QStringLiteral("intranet.corp.example.com"));
        QCOMPARE(intranet->user, QStringLiteral("corpuser"));
        QCOMPARE(intranet->address, QStringLiteral("10.50.0.2"));
        QCOMPARE(intranet->meta.value("GSSAPIAuthentication").toString(), QStringLiteral("yes"));

        const InventoryHost* legacy = doc.host(QStringLiteral("legacy-box"));
        QCOMPARE(legacy->address, QStringLiteral("198.51.100.7")); // HOSTNAME in capitals
        QCOMPARE(legacy->port, 2222);
        QCOMPARE(legacy->user, QStringLiteral("me")); // from Host *, never from the Match block
        QVERIFY(!legacy->meta.contains("ProxyCommand"));
        QCOMPARE(legacy->meta.value("LocalForward").toList().size(), 2);

        QCOMPARE(doc.host(QStringLiteral("gateway.fra1.example.com"))->port, 443);
        QCOMPARE(doc.host(QStringLiteral("主机-上海"))->address, QStringLiteral("10.8.0.1"));
        QVERIFY(!doc.host(QStringLiteral("github.com"))->meta.contains("HostName"));
    }

    void globalLinesBeatLaterBlocks()
    {
        const auto r = parseSshConfig(QByteArrayView("User global\nHost a\n  User specific\n  Port 2000\n"
                                                     "Host *\n  Port 3000\n"),
                                      QStringLiteral("c"));
        QVERIFY(r.ok());
        QCOMPARE(r->host(QStringLiteral("a"))->user, QStringLiteral("global"));
        QCOMPARE(r->host(QStringLiteral("a"))->port, 2000);
        QCOMPARE(r->host(QStringLiteral("a"))->address, QStringLiteral("a"));
    }

    void badFilesNameFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("bad port") << test::testData(QStringLiteral("inventory/ssh_config_badport"))
                                  << "c:6: ";
        QTest::newRow("empty Host") << test::testData(QStringLiteral("inventory/ssh_config_novalue"))
                                    << "c:3: ";
        QTest::newRow("open quote") << QByteArray("Host a\n  IdentityFile \"~/x y\n") << "c:2: ";
        QTest::newRow("Port= without value") << QByteArray("Host a\r\n  Port=\r\n") << "c:2: ";
        QTest::newRow("not utf-8") << QByteArray("Host a\n# caf\xe9\n") << "c:2: ";
        QTest::newRow("blank Host") << QByteArray("Host a\nHost \" \"\n") << "c:2: ";
        QTest::newRow("space inside a Host") << QByteArray("Host \"a b\"\n") << "c:1: ";
    }
    void badFilesNameFileAndLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, prefix);
        const auto r = parseSshConfig(text, QStringLiteral("c"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Refused);
        QVERIFY2(r.error().message.startsWith(prefix), qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(TstSshConfigParser)
#include "tst_sshconfigparser.moc"
