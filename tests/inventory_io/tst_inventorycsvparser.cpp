#include "TestSupport.h"
#include "inventory_io/InventoryCsvParser.h"

#include <QTest>

using namespace opsdeck;

namespace {

Result<InventoryDocument> parseFixture(const QString& name)
{
    return parseInventoryCsv(test::testData(QStringLiteral("inventory/") + name), name);
}

} // namespace

class TstInventoryCsvParser : public QObject
{
    Q_OBJECT
private slots:
    void quotedFieldsAndNodePaths()
    {
        const auto r = parseFixture(QStringLiteral("machines.csv"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QStringList names;
        for (const InventoryHost& h : r->hosts)
            names.append(h.name);
        QCOMPARE(names,
                 (QStringList{"web01", "web02", "db,primary", "cache01", "multi01", QStringLiteral("café")}));
        QStringList paths;
        for (const InventoryNode& n : r->nodes) {
            paths.append(n.path);
            QCOMPARE(n.kind, NodeKind::Folder);
        }
        QCOMPARE(paths, (QStringList{"company", "company/shop", "company/shop/web", "company/shop/db",
                                     "company/shared", "company/shared/storage", "company/shop/cache",
                                     QStringLiteral("公司"), QStringLiteral("公司/商城")}));

        const InventoryHost* web01 = r->host(QStringLiteral("web01"));
        QCOMPARE(web01->address, QStringLiteral("10.0.0.1"));
        QCOMPARE(web01->port, 22);
        QCOMPARE(web01->pool, QStringLiteral("pool.bj01"));
        QCOMPARE(web01->nodePaths, QStringList{"company/shop/web"});
        QCOMPARE(web01->meta.value("rack").toString(), QStringLiteral("r01"));
        QCOMPARE(r->host(QStringLiteral("web02"))->port, 22); // empty port cell

        const InventoryHost* db = r->host(QStringLiteral("db,primary"));
        QCOMPARE(db->port, 5432);
        QCOMPARE(db->nodePaths, (QStringList{"company/shop/db", "company/shared/storage"}));
        QCOMPARE(db->meta.value("rack").toString(), QStringLiteral("r02 \"north\""));

        const InventoryHost* cache = r->host(QStringLiteral("cache01"));
        QCOMPARE(cache->port, 2222);
        QCOMPARE(cache->pool, QString());
        QVERIFY(!cache->meta.contains("rack")); // empty cells are left out

        QCOMPARE(r->host(QStringLiteral("multi01"))->meta.value("rack").toString(),
                 QStringLiteral("rack with\na newline"));
        QVERIFY(r->host(QStringLiteral("multi01"))->nodePaths.isEmpty());
    }

    void headerOrderAndCrLf()
    {
        const auto r = parseFixture(QStringLiteral("reordered.csv"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->hosts.size(), 2);
        QCOMPARE(r->hosts[0].name, QStringLiteral("w1"));
        QCOMPARE(r->hosts[0].address, QStringLiteral("w1"));
        QCOMPARE(r->hosts[0].nodePaths, QStringList{"prod/web"});
        QCOMPARE(r->hosts[1].name, QStringLiteral("d1"));
        QCOMPARE(r->hosts[1].port, 22);
        QVERIFY(r->hosts[1].meta.isEmpty());
    }

    void badFilesNameFileAndLine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("needle");
        QTest::newRow("bad port") << "badport.csv"
                                  << "badport.csv:3: "
                                  << "'70000'";
        QTest::newRow("open quote") << "badquote.csv"
                                    << "badquote.csv:3: "
                                    << "not closed";
        QTest::newRow("no header") << "noheader.csv"
                                   << "noheader.csv:1: "
                                   << "'name'";
    }
    void badFilesNameFileAndLine()
    {
        QFETCH(QString, file);
        QFETCH(QString, prefix);
        QFETCH(QString, needle);
        const auto r = parseFixture(file);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Refused);
        QVERIFY2(r.error().message.startsWith(prefix), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(needle), qPrintable(r.error().message));
    }

    void badSnippets_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("empty file") << QByteArray("") << "x.csv:1: ";
        QTest::newRow("too few fields") << QByteArray("name,port\na,22\nb\n") << "x.csv:3: ";
        QTest::newRow("line after a multi-line field")
            << QByteArray("name,note,port\na,\"two\nlines\",22\nb,x,abc\n") << "x.csv:4: ";
        QTest::newRow("duplicate name") << QByteArray("name\na\nb\na\n") << "x.csv:4: ";
        QTest::newRow("empty name") << QByteArray("name,port\n,22\n") << "x.csv:2: ";
        // Found by fuzz_inventory_csv: a quoted space was a name the JSON export could not read back.
        QTest::newRow("quoted space as name")
            << QByteArray("name,address,port,pool,node_path\n\" \",10.0.0.1,22,,\n") << "x.csv:2: ";
        QTest::newRow("space inside a name") << QByteArray("name\n\"web 01\"\n") << "x.csv:2: ";
        QTest::newRow("slash in a name") << QByteArray("name\nweb/01\n") << "x.csv:2: ";
        QTest::newRow("bad path") << QByteArray("name,node_path\na,prod//web\n") << "x.csv:2: ";
        QTest::newRow("text after quote") << QByteArray("name,port\n\"a\"b,22\n") << "x.csv:2: ";
        QTest::newRow("duplicate column") << QByteArray("name,Port,port\n") << "x.csv:1: ";
    }
    void badSnippets()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, prefix);
        const auto r = parseInventoryCsv(text, QStringLiteral("x.csv"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.startsWith(prefix), qPrintable(r.error().message));
    }

    void duplicateNameNamesTheFirstLine()
    {
        const auto r = parseInventoryCsv(QByteArrayView("name\na\nb\na\n"), QStringLiteral("x.csv"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("line 2")), qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(TstInventoryCsvParser)
#include "tst_inventorycsvparser.moc"
