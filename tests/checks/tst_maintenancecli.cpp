// `opsdeck check maintenance add|list|remove` and `check list`'s in_maintenance: the JSON
// shapes, and the exit codes (2 bad input, checked before anything is written; 4 not found).

#include "TestDatabase.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace opsdeck;

class TestMaintenanceCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db; // a fresh one for each test function

    test::CliRun run(QStringList args)
    {
        args.prepend(m_db->path());
        args.prepend(QStringLiteral("--db"));
        return test::runCli(args);
    }
    int exit(const QStringList& args)
    {
        auto r = run(args);
        if (r.exitCode != 0)
            qInfo() << args << r.exitCode << r.err.left(200);
        return r.exitCode;
    }
    QJsonArray array(const QStringList& args, const QString& name)
    {
        auto r = run(args);
        if (r.exitCode != 0)
            qWarning() << args << r.exitCode << r.err;
        return QJsonDocument::fromJson(r.out).object().value(name).toArray();
    }
    QJsonArray windows(bool all = false)
    {
        QStringList args{"check", "maintenance", "list", "--format", "json"};
        if (all)
            args << "--all";
        return array(args, QStringLiteral("maintenance"));
    }
    // check name -> in_maintenance
    QHash<QString, bool> inMaintenance()
    {
        QHash<QString, bool> out;
        for (const QJsonValue& v : array({"check", "list", "--format", "json"}, QStringLiteral("checks"))) {
            const QJsonObject o = v.toObject();
            if (!o.contains(QStringLiteral("in_maintenance")) ||
                !o.value(QStringLiteral("in_maintenance")).isBool())
                qWarning() << "no in_maintenance in" << o;
            out.insert(o.value(QStringLiteral("name")).toString(),
                       o.value(QStringLiteral("in_maintenance")).toBool());
        }
        return out;
    }
    static QString iso(const QDateTime& t) { return t.toUTC().toString(Qt::ISODate); }

    // The bad-input rows change nothing (each checks so): they share one database, which
    // also shows that no refused command left anything behind for the next.
    static bool sharesDatabase()
    {
        return qstrcmp(QTest::currentTestFunction(), "badInputChangesNothing") == 0;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        OPSDECK_REQUIRE_TEST_DIALECT();
    }
    void init()
    {
        if (m_db && sharesDatabase())
            return;
        m_db = std::make_unique<test::TestDatabase>();
        QCOMPARE(exit({"machine", "add", "web1", "--address", "10.0.0.1"}), 0);
        QCOMPARE(exit({"machine", "add", "db1", "--address", "10.0.0.2"}), 0);
        QCOMPARE(exit({"tree", "add", "acme/shop", "--kind", "service"}), 0);
        QCOMPARE(exit({"tree", "add", "acme/db", "--kind", "service"}), 0);
        QCOMPARE(exit({"tree", "bind", "acme/shop", "--machine", "web1"}), 0);
        QCOMPARE(exit({"tree", "bind", "acme/db", "--machine", "db1"}), 0);
        QCOMPARE(exit({"check", "add", "http", "--name", "shop-http", "--node", "acme/shop", "--url",
                       "https://shop.example/"}),
                 0);
        QCOMPARE(exit({"check", "add", "tcp", "--name", "web1-ssh", "--machine", "web1", "--port", "22"}), 0);
        QCOMPARE(exit({"check", "add", "tcp", "--name", "db1-pg", "--machine", "db1", "--port", "5432"}), 0);
        QCOMPARE(exit({"check", "add", "http", "--name", "site", "--url", "https://site.example/"}), 0);
    }
    void cleanup()
    {
        if (!sharesDatabase())
            m_db.reset();
    }

    void addListRemove()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime from = now.addSecs(-600);
        const QDateTime to = now.addSecs(3600);
        auto added = run({"check", "maintenance", "add", "--node", "/acme/shop/", "--from", iso(from), "--to",
                          iso(to), "--reason", "kernel upgrade", "--format", "json"});
        QCOMPARE(added.exitCode, 0);
        const QJsonObject a = QJsonDocument::fromJson(added.out).object();
        QVERIFY(a.value("id").toInteger() > 0);
        QCOMPARE(a.value("node").toString(), QStringLiteral("acme/shop"));

        const QJsonArray list = windows();
        QCOMPARE(list.size(), 1);
        const QJsonObject w = list.at(0).toObject();
        const QSet<QString> keys{"id", "node", "from", "to", "reason", "created_by"};
        const QStringList got = w.keys();
        QCOMPARE(QSet<QString>(got.cbegin(), got.cend()), keys);
        QCOMPARE(w.value("id").toInteger(), a.value("id").toInteger());
        QCOMPARE(w.value("node").toString(), QStringLiteral("acme/shop"));
        QCOMPARE(w.value("from").toInteger(), from.toSecsSinceEpoch());
        QCOMPARE(w.value("to").toInteger(), to.toSecsSinceEpoch());
        QCOMPARE(w.value("reason").toString(), QStringLiteral("kernel upgrade"));
        QVERIFY(!w.value("created_by").toString().isEmpty());

        // The check on the node and the one on its machine are in maintenance; the others not.
        auto flags = inMaintenance();
        QCOMPARE(flags.size(), 4);
        QCOMPARE(flags.value("shop-http"), true);
        QCOMPARE(flags.value("web1-ssh"), true);
        QCOMPARE(flags.value("db1-pg"), false);
        QCOMPARE(flags.value("site"), false);

        // A text listing says the same in words.
        auto text = run({"check", "maintenance", "list", "--format", "text"});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("acme/shop"));
        QVERIFY(text.out.contains("kernel upgrade"));

        const QString id = QString::number(w.value("id").toInteger());
        QCOMPARE(exit({"check", "maintenance", "remove", id}), 0);
        QCOMPARE(windows().size(), 0);
        QCOMPARE(inMaintenance().value("shop-http"), false);
        auto again = run({"check", "maintenance", "remove", id});
        QCOMPARE(again.exitCode, 4);
        QVERIFY(again.err.startsWith("opsdeck: "));
    }

    void durationsAndEndedWindows()
    {
        // --from defaults to now, --to may be a duration after --from.
        QCOMPARE(exit({"check", "maintenance", "add", "--node", "acme/db", "--to", "2h"}), 0);
        // An ended window: listed with --all only, and covering nothing.
        QCOMPARE(exit({"check", "maintenance", "add", "--node", "acme/shop", "--from", "-3h", "--to", "1h"}),
                 0);
        QCOMPARE(windows().size(), 1);
        QCOMPARE(windows(true).size(), 2);
        const QJsonObject w = windows().at(0).toObject();
        QCOMPARE(w.value("node").toString(), QStringLiteral("acme/db"));
        QCOMPARE(w.value("to").toInteger() - w.value("from").toInteger(), 7200);
        auto flags = inMaintenance();
        QCOMPARE(flags.value("db1-pg"), true);
        QCOMPARE(flags.value("shop-http"), false);
        QCOMPARE(flags.value("web1-ssh"), false);
        // The whole tree: every check bound somewhere.
        QCOMPARE(exit({"check", "maintenance", "add", "--node", "/", "--to", "30m"}), 0);
        flags = inMaintenance();
        QCOMPARE(flags.value("shop-http"), true);
        QCOMPARE(flags.value("web1-ssh"), true);
        QCOMPARE(flags.value("site"), false); // bound to nothing: no node to be under
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        const QStringList add{"check", "maintenance", "add"};
        QTest::newRow("no node") << add + QStringList{"--to", "1h"} << 2;
        QTest::newRow("no to") << add + QStringList{"--node", "acme"} << 2;
        QTest::newRow("bad from") << add + QStringList{"--node", "acme", "--from", "soonish", "--to", "1h"}
                                  << 2;
        QTest::newRow("bad to") << add + QStringList{"--node", "acme", "--to", "2026-13-45T99:00:00Z"} << 2;
        QTest::newRow("ends before it starts") << add + QStringList{"--node", "acme",
                                                                    "--from", "2026-12-05T10:00:00Z",
                                                                    "--to",   "2026-12-05T09:00:00Z"}
                                               << 2;
        QTest::newRow("empty path part") << add + QStringList{"--node", "acme/ /shop", "--to", "1h"} << 2;
        QTest::newRow("long reason") << add + QStringList{"--node", "acme",     "--to",
                                                          "1h",     "--reason", QString(501, 'x')}
                                     << 2;
        QTest::newRow("an argument") << add + QStringList{"extra", "--node", "acme", "--to", "1h"} << 2;
        QTest::newRow("another verb's option")
            << add + QStringList{"--node", "acme", "--to", "1h", "--all"} << 2;
        QTest::newRow("unknown node") << add + QStringList{"--node", "acme/nowhere", "--to", "1h"} << 4;
        QTest::newRow("remove no id") << QStringList{"check", "maintenance", "remove"} << 2;
        QTest::newRow("remove a word") << QStringList{"check", "maintenance", "remove", "shop"} << 2;
        QTest::newRow("remove unknown") << QStringList{"check", "maintenance", "remove", "42"} << 4;
        QTest::newRow("no verb") << QStringList{"check", "maintenance"} << 2;
        QTest::newRow("unknown verb") << QStringList{"check", "maintenance", "extend"} << 2;
    }
    void badInputChangesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        auto r = run(args);
        QCOMPARE(r.exitCode, code);
        QVERIFY(r.err.startsWith("opsdeck: "));
        QCOMPARE(windows(true).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMaintenanceCli)
#include "tst_maintenancecli.moc"
