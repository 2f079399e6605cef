#include "TestSupport.h"
#include "inventory_io/AnsibleIniParser.h"
#include "inventory_io/AnsibleYamlParser.h"

#include <QCryptographicHash>
#include <QRegularExpression>
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

Result<InventoryDocument> parseFixture(const QString& name)
{
    return parseAnsibleYaml(test::testData(QStringLiteral("inventory/") + name), name);
}

} // namespace

class TstAnsibleYamlParser : public QObject
{
    Q_OBJECT
private slots:
    void sameFleetAsTheIniFile()
    {
        const auto yaml = parseFixture(QStringLiteral("production.yml"));
        QVERIFY2(yaml.ok(), yaml.ok() ? "" : qPrintable(yaml.error().message));
        const auto ini = parseAnsibleIni(test::testData(QStringLiteral("inventory/production.ini")),
                                         QStringLiteral("production.ini"));
        QVERIFY(ini.ok());
        QCOMPARE(nodePaths(*yaml), nodePaths(*ini));
        QCOMPARE(yaml->hosts.size(), ini->hosts.size());
        for (int i = 0; i < ini->hosts.size(); ++i) {
            const InventoryHost& a = yaml->hosts[i];
            const InventoryHost& b = ini->hosts[i];
            QCOMPARE(a.name, b.name);
            QCOMPARE(a.address, b.address);
            QCOMPARE(a.port, b.port);
            QCOMPARE(a.user, b.user);
            QCOMPARE(a.pool, b.pool);
            QCOMPARE(a.nodePaths, b.nodePaths);
        }
        // Listed only under all: is Ansible's `ungrouped`, as outside any section in INI: pool stock.
        QCOMPARE(yaml->host(QStringLiteral("bastion.example.com"))->nodePaths, QStringList());
        QCOMPARE(yaml->sha256,
                 QCryptographicHash::hash(test::testData(QStringLiteral("inventory/production.yml")),
                                          QCryptographicHash::Sha256));
    }

    void scalarsAreTypedLikeAnsible()
    {
        const auto doc = parseFixture(QStringLiteral("production.yml"));
        QVERIFY(doc.ok());
        const InventoryNode* web = doc->node(QStringLiteral("all/production/beijing/web"));
        QVERIFY(web);
        QCOMPARE(web->vars.value("http_port"), QVariant(qlonglong(8080)));
        QCOMPARE(web->vars.value("origin_header"), QVariant(QStringLiteral("X-Origin bj")));
        const InventoryHost* web01 = doc->host(QStringLiteral("web01.bj01.example.com"));
        QCOMPARE(web01->meta.value("http_port"), QVariant(qlonglong(8080)));
        QCOMPARE(web01->meta.value("tags"),
                 QVariant(QVariantList{QStringLiteral("frontend"), QStringLiteral("edge")}));
        const QVariantMap limits = web01->meta.value("limits").toMap();
        QCOMPARE(limits.value("cpu"), QVariant(2.5));
        QCOMPARE(limits.value("memory"), QVariant(qlonglong(4096)));
        QVERIFY(limits.contains("swap"));
        QVERIFY(!limits.value("swap").isValid());
        QCOMPARE(limits.value("enabled"), QVariant(true));
        QCOMPARE(doc->host(QStringLiteral("db-primary"))->meta.value("backup_window"),
                 QVariant(QStringLiteral("02:00-04:00")));
    }

    void badFilesNameFileAndLine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("pattern");
        QTest::newRow("unclosed flow mapping") << "broken.yml"
                                               << R"(^broken\.yml:[0-9]+: )";
        QTest::newRow("hosts as a list") << "badshape.yml"
                                         << R"(^badshape\.yml:5: 'hosts' of group 'web')";
    }
    void badFilesNameFileAndLine()
    {
        QFETCH(QString, file);
        QFETCH(QString, pattern);
        const auto r = parseFixture(file);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Refused);
        QVERIFY2(QRegularExpression(pattern).match(r.error().message).hasMatch(),
                 qPrintable(r.error().message));
    }

    void badSnippets_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("top-level list") << QByteArray("- all\n- web\n") << "x.yml:1: ";
        QTest::newRow("bad port") << QByteArray("all:\n  children:\n    web:\n      hosts:\n        w[1:2]:\n"
                                                "          ansible_port: 99999\n")
                                  << "x.yml:5: ";
        QTest::newRow("bad range") << QByteArray("all:\n  hosts:\n    w[3:1]:\n") << "x.yml:3: ";
        QTest::newRow("vars as a list") << QByteArray("all:\n  vars:\n    - a\n") << "x.yml:3: ";
        QTest::newRow("cycle") << QByteArray("a:\n  children:\n    b:\n      children:\n        a:\n")
                               << "x.yml:5: ";
        QTest::newRow("tab indentation") << QByteArray("all:\n\thosts:\n") << "x.yml:2: ";
        QTest::newRow("blank name") << QByteArray("all:\n  hosts:\n    \" \":\n") << "x.yml:3: ";
        QTest::newRow("byte-order mark as name")
            << QByteArray("all:\n  hosts:\n    \"\\uFEFF\":\n") << "x.yml:3: ";
    }
    void badSnippets()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, prefix);
        const auto r = parseAnsibleYaml(text, QStringLiteral("x.yml"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.startsWith(prefix), qPrintable(r.error().message));
    }

    void unknownKeysAreWarnings()
    {
        const auto r =
            parseAnsibleYaml(QByteArrayView("all:\n  hosts:\n    h1:\n  hostvars:\n    h1: {a: 1}\n"),
                             QStringLiteral("x.yml"));
        QVERIFY(r.ok());
        QCOMPARE(r->warnings.size(), 1);
        QVERIFY2(r->warnings.first().startsWith(QStringLiteral("x.yml:4: ")),
                 qPrintable(r->warnings.first()));
        QCOMPARE(r->hosts.size(), 1);
    }

    void emptyAndPortSyntax()
    {
        const auto empty = parseAnsibleYaml(QByteArrayView(""), QStringLiteral("e.yml"));
        QVERIFY(empty.ok());
        QCOMPARE(nodePaths(*empty), QStringList{"all"});
        const auto r = parseAnsibleYaml(QByteArrayView("all:\n  children:\n    ungrouped:\n      hosts:\n"
                                                       "        lone.example.com:2201:\n"),
                                        QStringLiteral("x.yml"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(nodePaths(*r), QStringList{"all"});
        QCOMPARE(r->host(QStringLiteral("lone.example.com"))->port, 2201);
        QVERIFY(r->host(QStringLiteral("lone.example.com"))->nodePaths.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstAnsibleYamlParser)
#include "tst_ansibleyamlparser.moc"
