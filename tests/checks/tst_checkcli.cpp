// `opsdeck check ...` and `opsdeck alert list`: the JSON shapes issue 11 promises, and the
// exit codes (2 bad input, nothing written; 3 refused; 4 not found).

#include "TestDatabase.h"
#include "checks/CheckStateStore.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace opsdeck;

class TestCheckCli : public QObject
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
    QJsonArray checks() { return array({"check", "list", "--format", "json"}, QStringLiteral("checks")); }
    void inventory()
    {
        QCOMPARE(exit({"machine", "add", "web1", "--address", "10.0.0.1"}), 0);
        QCOMPARE(exit({"tree", "add", "acme/shop", "--kind", "service"}), 0);
        QCOMPARE(exit({"tree", "bind", "acme/shop", "--machine", "web1"}), 0);
    }

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
        if (!m_db || !sharesDatabase())
            m_db = std::make_unique<test::TestDatabase>();
    }
    void cleanup()
    {
        if (!sharesDatabase())
            m_db.reset();
    }

    void addListAckSilenceAlerts()
    {
        inventory();
        QCOMPARE(exit({"check",
                       "add",
                       "http",
                       "--name",
                       "shop-home",
                       "--node",
                       "/acme/shop/",
                       "--url",
                       "https://shop.example/",
                       "--status",
                       "200,301",
                       "--max-time",
                       "500",
                       "--cert-days",
                       "14",
                       "--importance",
                       "critical",
                       "--interval",
                       "30s",
                       "--failures",
                       "3",
                       "--passes",
                       "2",
                       "--allowed-hosts",
                       "1"}),
                 0);
        QCOMPARE(exit({"check", "add", "metric", "--name", "load", "--machine", "web1", "--metric", "load1",
                       "--op", ">", "--warning", "4", "--critical", "8.5", "--over", "3", "--agg", "avg"}),
                 0);
        QCOMPARE(exit({"check", "add", "nagios", "--name", "disk", "--node", "acme", "--command",
                       "check_disk -w 10% -c 5%", "--over-ssh"}),
                 0);
        QCOMPARE(exit({"check", "add", "tcp", "--name", "pg", "--host", "db.example", "--port", "5432"}), 0);
        QCOMPARE(exit({"check", "add", "jenkins", "--name", "build", "--url", "https://ci.example", "--job",
                       "shop"}),
                 0);
        QCOMPARE(exit({"check", "add", "unreachable", "--name", "gone", "--node", "acme", "--stale", "5m"}),
                 0);

        QJsonArray list = checks();
        QCOMPARE(list.size(), 6);
        const QJsonObject build = list.at(0).toObject(); // by name
        QCOMPARE(build.keys(),
                 QStringList({"acknowledged", "id", "importance", "in_maintenance", "interval", "machine",
                              "message", "name", "node", "silenced_until", "since", "state", "type"}));
        QCOMPARE(build.value("in_maintenance").toBool(true), false);
        QCOMPARE(build.value("name").toString(), QStringLiteral("build"));
        QCOMPARE(build.value("type").toString(), QStringLiteral("jenkins"));
        QCOMPARE(build.value("state").toString(), QStringLiteral("pending"));
        QVERIFY(build.value("since").isNull());
        QVERIFY(build.value("silenced_until").isNull());
        QCOMPARE(build.value("acknowledged").toBool(), false);
        QJsonObject shop;
        for (const QJsonValue& v : list)
            if (v.toObject().value("name").toString() == QLatin1String("shop-home"))
                shop = v.toObject();
        QCOMPARE(shop.value("node").toString(), QStringLiteral("acme/shop"));
        QCOMPARE(shop.value("importance").toString(), QStringLiteral("critical"));
        QCOMPARE(shop.value("interval").toInt(), 30);
        const qint64 id = shop.value("id").toInteger();

        // The checker (the probes' part) records a failure: ack it, silence it, list alerts.
        QCOMPARE(exit({"check", "ack", "shop-home"}), 3); // nothing fails yet
        const qint64 t = QDateTime::currentMSecsSinceEpoch() - 5000;
        CheckRuntime r;
        r.checkId = id;
        r.target = QStringLiteral("web1");
        r.state = CheckState::Failing;
        r.lastStatus = CheckStatus::Critical;
        r.sinceMs = t;
        r.message = QStringLiteral("HTTP 503");
        AlertEvent e;
        e.checkId = id;
        e.target = r.target;
        e.from = CheckState::Passing;
        e.to = CheckState::Failing;
        e.status = CheckStatus::Critical;
        e.importance = Importance::Critical;
        e.atMs = t;
        e.message = r.message;
        e.value = 503;
        QVERIFY(CheckStateStore(m_db->db()).record({r}, {e}).ok());

        QCOMPARE(exit({"check", "ack", QString::number(id)}), 0);
        QCOMPARE(exit({"check", "silence", "shop-home", "--until", "2h"}), 0);
        list = checks();
        for (const QJsonValue& v : list)
            if (v.toObject().value("id").toInteger() == id)
                shop = v.toObject();
        QCOMPARE(shop.value("state").toString(), QStringLiteral("failing"));
        QCOMPARE(shop.value("since").toInteger(), t / 1000);
        QCOMPARE(shop.value("message").toString(), QStringLiteral("web1: HTTP 503"));
        QCOMPARE(shop.value("acknowledged").toBool(), true);
        const qint64 until = shop.value("silenced_until").toInteger();
        QVERIFY2(qAbs(until - (QDateTime::currentSecsSinceEpoch() + 7200)) < 120,
                 qPrintable(QString::number(until)));
        QCOMPARE(exit({"check", "unsilence", "shop-home"}), 0);
        const QJsonArray afterUnsilence = checks();
        for (const QJsonValue& v : afterUnsilence)
            if (v.toObject().value("id").toInteger() == id)
                QVERIFY(v.toObject().value("silenced_until").isNull());

        const QJsonArray alerts = array({"alert", "list", "--since", "-1h", "--format", "json"}, "alerts");
        QCOMPARE(alerts.size(), 1);
        const QJsonObject a = alerts.at(0).toObject();
        QCOMPARE(a.keys(), QStringList({"check", "from", "id", "importance", "message", "status", "target",
                                        "time", "to", "value"}));
        QCOMPARE(a.value("check").toString(), QStringLiteral("shop-home"));
        QCOMPARE(a.value("target").toString(), QStringLiteral("web1"));
        QCOMPARE(a.value("from").toString(), QStringLiteral("passing"));
        QCOMPARE(a.value("to").toString(), QStringLiteral("failing"));
        QCOMPARE(a.value("status").toString(), QStringLiteral("critical"));
        QCOMPARE(a.value("importance").toString(), QStringLiteral("critical"));
        QCOMPARE(a.value("time").toInteger(), t / 1000);
        QCOMPARE(a.value("value").toDouble(), 503.0);
        QCOMPARE(array({"alert", "list", "--check", "load", "--format", "json"}, "alerts").size(), 0);
        QCOMPARE(array({"alert", "list", "--since", "now", "--format", "json"}, "alerts").size(), 0);
        auto table = run({"alert", "list"});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("shop-home"));

        // Removing the check keeps its history.
        QCOMPARE(exit({"check", "remove", "shop-home"}), 0);
        QCOMPARE(checks().size(), 5);
        QCOMPARE(array({"alert", "list", "--check", "shop-home", "--format", "json"}, "alerts").size(), 1);
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::newRow("no kind") << QStringList{"check", "add", "--name", "x"} << 2;
        QTest::newRow("unknown kind") << QStringList{"check", "add", "smtp", "--name", "x"} << 2;
        QTest::newRow("no name") << QStringList{"check", "add", "http", "--url", "https://a.example"} << 2;
        QTest::newRow("no url") << QStringList{"check", "add", "http", "--name", "x"} << 2;
        QTest::newRow("ftp url") << QStringList{"check", "add", "http", "--name", "x", "--url", "ftp://a"}
                                 << 2;
        QTest::newRow("bad status")
            << QStringList{"check",    "add",    "http", "--name", "x", "--url", "https://a.example",
                           "--status", "200,abc"}
            << 2;
        QTest::newRow("other kind's option")
            << QStringList{"check", "add", "tcp", "--name", "x", "--port", "80", "--url", "https://a.example"}
            << 2;
        QTest::newRow("bad importance")
            << QStringList{"check",        "add", "http", "--name", "x", "--url", "https://a.example",
                           "--importance", "meh"}
            << 2;
        QTest::newRow("bad interval")
            << QStringList{"check",      "add", "http", "--name", "x", "--url", "https://a.example",
                           "--interval", "soon"}
            << 2;
        QTest::newRow("metric without op")
            << QStringList{"check", "add", "metric", "--name", "x", "--metric", "load1", "--warning", "1"}
            << 2;
        QTest::newRow("metric bad value")
            << QStringList{"check", "add",  "metric", "--name",    "x",   "--metric",
                           "load1", "--op", ">",      "--warning", "lots"}
            << 2;
        QTest::newRow("tcp bad port")
            << QStringList{"check", "add", "tcp", "--name", "x", "--host", "h", "--port", "70000"} << 2;
        QTest::newRow("node and machine")
            << QStringList{"check",  "add",  "http",      "--name", "x", "--url", "https://a.example",
                           "--node", "acme", "--machine", "web1"}
            << 2;
        QTest::newRow("missing node")
            << QStringList{"check",  "add",    "http", "--name", "x", "--url", "https://a.example",
                           "--node", "nowhere"}
            << 4;
        QTest::newRow("missing machine")
            << QStringList{"check",     "add",  "http", "--name", "x", "--url", "https://a.example",
                           "--machine", "ghost"}
            << 4;
        QTest::newRow("ack unknown") << QStringList{"check", "ack", "nope"} << 4;
        QTest::newRow("remove unknown") << QStringList{"check", "remove", "42"} << 4;
        QTest::newRow("silence without until") << QStringList{"check", "silence", "1"} << 2;
        QTest::newRow("silence bad until") << QStringList{"check", "silence", "1", "--until", "later"} << 2;
        QTest::newRow("alert bad since") << QStringList{"alert", "list", "--since", "yesterday-ish"} << 2;
        QTest::newRow("alert bad importance") << QStringList{"alert", "list", "--importance", "meh"} << 2;
    }
    void badInputChangesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        auto r = run(args);
        QCOMPARE(r.exitCode, code);
        QVERIFY(r.err.startsWith("opsdeck: "));
        QCOMPARE(checks().size(), 0);
    }

    void duplicateNameIsRefused()
    {
        QCOMPARE(exit({"check", "add", "http", "--name", "home", "--url", "https://a.example"}), 0);
        auto again = run({"check", "add", "http", "--name", "home", "--url", "https://b.example"});
        QCOMPARE(again.exitCode, 3);
        QVERIFY(again.err.contains("home"));
        QCOMPARE(checks().size(), 1);
        QCOMPARE(checks().at(0).toObject().value("id").toInteger(), 1);
        auto text = run({"check", "list"});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.startsWith("ID"));
        QVERIFY(text.out.contains("home"));
    }
};

QTEST_GUILESS_MAIN(TestCheckCli)
#include "tst_checkcli.moc"
