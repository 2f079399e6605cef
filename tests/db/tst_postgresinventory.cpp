// Team mode's first step: the schema migrated in PostgreSQL's dialect on a real server
// (postgres.sh), and the inventory CLI (machines, lifecycle, tree, audit) working on it
// with the password taken from ~/.pgpass, while the metrics cache stays local.

#include "RealServer.h"
#include "db/Database.h"
#include "db/DatabaseUrl.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace opsdeck;

class TestPostgresInventory : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::RealServer> m_pg;
    QTemporaryDir m_home;
    QString m_url;

    test::CliRun run(const QStringList& args) { return test::runCli(args); }
    QJsonObject json(const QStringList& args)
    {
        auto r = run(args);
        if (r.exitCode != 0)
            qWarning() << args << r.exitCode << r.err;
        return QJsonDocument::fromJson(r.out).object();
    }
    // A connection of the test's own to the shared database, for looking behind the CLI.
    std::shared_ptr<Database> open()
    {
        auto db = Database::open(m_url);
        if (!db.ok())
            qWarning() << db.error().message;
        return db.ok() ? *db : nullptr;
    }

private slots:
    void initTestCase()
    {
        OPSDECK_START_POSTGRES(m_pg, m_url, m_home.path());
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("OPSDECK_DB", m_url.toUtf8());
    }

    void migratesInPostgresDialect()
    {
        auto db = open();
        QVERIFY(db);
        QCOMPARE(db->dialect(), Dialect::Postgres);
        QCOMPARE(db->schemaVersion(), Database::latestVersion());
        QCOMPARE(db->path(), m_url);
        QSqlDatabase c = db->connection();
        // The inventory, sources and jobs are there; the metrics cache is not (it stays local).
        for (const char* table :
             {"machines", "tree_nodes", "audit_log", "sources", "jobs", "schema_version"}) {
            auto q = Database::exec(c, QStringLiteral("SELECT to_regclass(?) IS NOT NULL"),
                                    {QString::fromLatin1(table)});
            QVERIFY(q.ok());
            QVERIFY(q->next());
            QVERIFY2(q->value(0).toBool(), table);
        }
        auto metrics = Database::exec(c, QStringLiteral("SELECT to_regclass('metric_series') IS NULL"));
        QVERIFY(metrics.ok() && metrics->next());
        QVERIFY(metrics->value(0).toBool());
        // One row per migration, as in SQLite, the metrics ones included.
        auto versions = Database::exec(c, QStringLiteral("SELECT count(*) FROM schema_version"));
        QVERIFY(versions.ok() && versions->next());
        QCOMPARE(versions->value(0).toInt(), Migration::all().size());
        // Opening again applies nothing and keeps the version.
        auto again = open();
        QVERIFY(again);
        QCOMPARE(again->schemaVersion(), Database::latestVersion());
    }

    void passwordInUrlIsRefused()
    {
        QVERIFY(!DatabaseUrl::parse(QStringLiteral("postgresql://u:secret@127.0.0.1/x")).ok());
        auto r = run({"--db", "postgresql://u:secret@127.0.0.1:1/x", "machine", "list"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("pgpass"));
        QVERIFY(!r.err.contains("secret"));
        QCOMPARE(Database::localPathFor(m_url), Database::defaultPath());
        QCOMPARE(Database::localPathFor(QStringLiteral("/x/y.sqlite")), QStringLiteral("/x/y.sqlite"));
    }

    void wrongPasswordIsAnError()
    {
        // No ~/.pgpass entry for this database: libpq has no password to send, and with no
        // terminal to ask on (nor a keychain) the command is refused, saying how to give one.
        auto r = run({"--db", m_url + QStringLiteral("x"), "machine", "list"});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("asks for a password"), r.err.constData());
    }

    void inventoryCliOnPostgres()
    {
        QCOMPARE(run({"machine", "add", "web1", "--address", "10.0.0.1"}).exitCode, 0);
        QCOMPARE(run({"machine", "add", "web2", "--address", "10.0.0.2", "--port", "2222", "--user", "ops",
                      "--pool", "pool.bj01"})
                     .exitCode,
                 0);
        QCOMPARE(run({"machine", "add", "web1", "--address", "10.0.0.3"}).exitCode, 3); // names are unique
        const QJsonArray machines = json({"machine", "list", "--format", "json"}).value("machines").toArray();
        QCOMPARE(machines.size(), 2);
        QCOMPARE(machines.at(1).toObject().value("port").toInt(), 2222);
        QCOMPARE(machines.at(1).toObject().value("pool").toString(), QStringLiteral("pool.bj01"));

        QCOMPARE(run({"machine", "transition", "web1", "online"}).exitCode, 3); // NEW cannot go online
        auto init = run({"machine", "transition", "web1", "init", "--reason", "racked"});
        QCOMPARE(init.exitCode, 0);
        QVERIFY(init.out.contains("NEW -> INITED"));
        QCOMPARE(run({"machine", "transition", "web1", "online"}).exitCode, 0);
        const QJsonObject web1 = json({"machine", "list", "--state", "READY", "--format", "json"})
                                     .value("machines")
                                     .toArray()
                                     .at(0)
                                     .toObject();
        QCOMPARE(web1.value("name").toString(), QStringLiteral("web1"));

        QCOMPARE(run({"tree", "add", "acme/shop/api", "--kind", "service"}).exitCode, 0);
        QCOMPARE(run({"tree", "add", "acme/shop/api", "--kind", "service"}).exitCode, 3);
        QCOMPARE(run({"tree", "bind", "acme/shop", "--machine", "web1"}).exitCode, 0);
        const QJsonArray nodes = json({"tree", "list", "--format", "json"}).value("nodes").toArray();
        QCOMPARE(nodes.size(), 3);
        QCOMPARE(json({"machine", "list", "--node", "acme", "--format", "json"})
                     .value("machines")
                     .toArray()
                     .size(),
                 1);

        const QJsonArray entries = json({"audit", "list", "--format", "json"}).value("entries").toArray();
        QVERIFY(entries.size() >= 6);
        bool sawOnline = false;
        for (const auto& e : entries) {
            const QJsonObject o = e.toObject();
            if (o.value("action").toString() == QLatin1String("online")) {
                sawOnline = true;
                QCOMPARE(o.value("entity_id").toString(), QStringLiteral("web1"));
                QCOMPARE(o.value("before").toObject().value("state").toString(), QStringLiteral("INITED"));
                QVERIFY(o.value("time").isDouble());
            }
        }
        QVERIFY(sawOnline);
        QCOMPARE(json({"audit", "list", "--since", "-1h", "--entity", "pool", "--format", "json"})
                     .value("entries")
                     .toArray()
                     .size(),
                 2);

        // The rows are in the shared database, not in a local file.
        auto db = open();
        QVERIFY(db);
        QSqlDatabase c = db->connection();
        auto count = Database::exec(c, QStringLiteral("SELECT count(*) FROM machines"));
        QVERIFY(count.ok() && count->next());
        QCOMPARE(count->value(0).toInt(), 2);
    }

    // `db status` on the shared database: its URL, its schema, a write probe that works.
    void dbStatus()
    {
        const QJsonObject row =
            json({"db", "status", "--format", "json"}).value("databases").toArray().at(0).toObject();
        QCOMPARE(row.value("path").toString(), m_url);
        QCOMPARE(row.value("schema_version").toInt(), Database::latestVersion());
        QCOMPARE(row.value("writable").toBool(), true);
        QVERIFY(row.value("problem").isNull());
    }

    // The import gives machines their ids itself; a machine added after it gets the next.
    void importThenAdd()
    {
        const QString file = m_home.filePath(QStringLiteral("hosts.ini"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[web]\nimp[01:03].example.com ansible_user=deploy\n\n[db]\nimpdb ansible_host=10.0.1.1\n");
        f.close();
        auto first = run({"inventory", "import", "--format", "ansible", file});
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QCOMPARE(run({"machine", "add", "after-import", "--address", "10.0.9.9"}).exitCode, 0);
        QCOMPARE(json({"machine", "list", "--format", "json"}).value("machines").toArray().size(), 7);
        auto again = run({"inventory", "import", "--format", "ansible", file});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(json({"machine", "list", "--format", "json"}).value("machines").toArray().size(), 7);
    }

    void newerSchemaIsRefused()
    {
        {
            auto db = open();
            QVERIFY(db);
            QSqlDatabase c = db->connection();
            QVERIFY(
                Database::exec(c,
                               QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES "
                                              "(?, 'from_the_future', 0)"),
                               {Database::latestVersion() + 1})
                    .ok());
        }
        auto refused = Database::open(m_url);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::Refused);
        auto r = run({"machine", "list"});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("newer Opsdeck"));
    }

    void cleanupTestCase() { m_pg.reset(); }
};

QTEST_GUILESS_MAIN(TestPostgresInventory)
#include "tst_postgresinventory.moc"
