#include "TestSupport.h"
#include "inventory_io/SshConfigParser.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

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

// A real-world style snippet: several SetEnv variables with both quotings, SendEnv patterns over
// two lines, a negated pattern, IgnoreUnknown for a macOS-only keyword.
const QByteArray kSnippet = "IgnoreUnknown UseKeychain\n"
                            "Host build !build-old\n"
                            "  HostName 10.1.0.5\n"
                            "  SetEnv FOO=1 BAR=\"two words\" 'Q=x y'\n"
                            "  SetEnv LATER=1\n"
                            "  SendEnv LANG LC_*\n"
                            "  UseKeychain yes\n"
                            "Host *\n"
                            "  SendEnv TZ\n"
                            "  SetEnv ZZ=1\n"
                            "  User ops\n"
                            "Host plain\n"
                            "  Port 2200\n";

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

    void setEnvKeepsEachVariable()
    {
        const auto doc = parseSshConfig(kSnippet, QStringLiteral("snippet"));
        QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().message));
        const InventoryHost* build = doc->host(QStringLiteral("build"));
        QVERIFY(build);
        QCOMPARE(build->meta.value("SetEnv"),
                 QVariant(QVariantList{"FOO=1", "BAR=two words", "Q=x y"})); // the first SetEnv line wins
        QCOMPARE(build->meta.value("SendEnv"), QVariant(QVariantList{"LANG", "LC_*", "TZ"}));
        QCOMPARE(doc->host(QStringLiteral("plain"))->meta.value("SetEnv"), QVariant(QVariantList{"ZZ=1"}));
        QVERIFY(!build->meta.contains("UseKeychain")); // ignored, as ssh ignores it
    }

    void negationIsNamedAsSuch()
    {
        const auto doc = parseSshConfig(kSnippet, QStringLiteral("snippet"));
        QVERIFY(doc.ok());
        const QString all = doc->warnings.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("snippet:2: skipped negated Host pattern '!build-old'")),
                 qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("wildcard Host pattern '!")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("snippet:8: skipped wildcard Host pattern '*'")));
    }

    // ssh stops at these ("Bad configuration option", "Invalid SetEnv"): named with file and line.
    void whatSshRefusesIsReported()
    {
        const auto doc = parseSshConfig("Host a\n  HostName 10.0.0.1\n  Frobnicate yes\n  SetEnv NOEQUALS\n",
                                        QStringLiteral("cfg"));
        QVERIFY(doc.ok());
        QCOMPARE(doc->warnings.size(), 2);
        QVERIFY2(doc->warnings.at(0).startsWith(
                     QStringLiteral("cfg:3: ssh refuses this file: 'Frobnicate' is not an OpenSSH keyword")),
                 qPrintable(doc->warnings.at(0)));
        QVERIFY2(
            doc->warnings.at(1).startsWith(QStringLiteral("cfg:4: ssh refuses this file: SetEnv 'NOEQUALS'")),
            qPrintable(doc->warnings.at(1)));
        QVERIFY(doc->host(QStringLiteral("a"))->meta.isEmpty());
        // Keywords ssh knows, in any case, say nothing.
        const auto known = parseSshConfig("Host a\n  serveraliveinterval 30\n  ForwardX11Trusted no\n",
                                          QStringLiteral("cfg"));
        QVERIFY(known.ok());
        QVERIFY2(known->warnings.isEmpty(), qPrintable(known->warnings.join(u'\n')));
    }

    // `ssh -G` is the judge: address, port, user, SetEnv and SendEnv as ssh resolves them.
    void agreesWithSshG()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (QStandardPaths::findExecutable(QStringLiteral("ssh")).isEmpty())
            OPSDECK_SKIP_OR_FAIL("ssh (Debian package openssh-client) is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("config"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kSnippet);
        f.close();
        const auto doc = parseSshConfig(kSnippet, path);
        QVERIFY(doc.ok());
        for (const InventoryHost& h : doc->hosts) {
            QProcess ssh;
            ssh.start(QStringLiteral("ssh"), {QStringLiteral("-G"), QStringLiteral("-F"), path, h.name});
            QVERIFY(ssh.waitForFinished(30000));
            QCOMPARE(ssh.exitCode(), 0);
            QMultiHash<QString, QString> g;
            for (const QByteArray& line : ssh.readAllStandardOutput().split('\n')) {
                const qsizetype sp = line.indexOf(' ');
                if (sp > 0)
                    g.insert(QString::fromUtf8(line.left(sp)), QString::fromUtf8(line.mid(sp + 1)));
            }
            QCOMPARE(h.address, g.value("hostname"));
            QCOMPARE(QString::number(h.port), g.value("port"));
            QCOMPARE(h.user, g.value("user"));
            for (const char* key : {"SetEnv", "SendEnv"}) {
                QStringList theirs = g.values(QString::fromLatin1(key).toLower());
                std::reverse(theirs.begin(), theirs.end()); // QMultiHash: newest first
                QStringList ours;
                for (const QVariant& v : h.meta.value(QString::fromLatin1(key)).toList())
                    ours.append(v.toString());
                QCOMPARE(ours, theirs);
            }
        }
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
