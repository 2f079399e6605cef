// Team mode's metrics side: with OPSDECK_DB on a shared PostgreSQL database (postgres.sh),
// machines, sources and their status live there while every sample goes to the local
// SQLite cache (Database::localPathFor): the metrics CLI, collect, poll and the Engine
// the window starts.

#include "RealServer.h"
#include "db/Catalog.h"
#include "db/Database.h"
#include "engine/Engine.h"
#include "inventory/InventoryReader.h"
#include "metrics/MetricStore.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace opsdeck;

class TestPostgresMetrics : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::RealServer> m_pg;
    QTemporaryDir m_home;
    QString m_url;

    test::CliRun run(const QStringList& args, const QByteArray& in = {}) { return test::runCli(args, in); }
    QJsonObject json(const QStringList& args)
    {
        auto r = run(args);
        if (r.exitCode != 0)
            qWarning() << args << r.exitCode << r.err;
        return QJsonDocument::fromJson(r.out).object();
    }
    static std::shared_ptr<Database> open(const QString& where)
    {
        auto db = Database::open(where);
        if (!db.ok())
            qWarning() << db.error().message;
        return db.ok() ? *db : nullptr;
    }
    // Rows of `table` in the database at `where`, -1 when it has no such table.
    static int rows(const QString& where, const QString& table)
    {
        auto db = open(where);
        if (!db)
            return -2;
        QSqlDatabase c = db->connection();
        auto exists = Catalog::tableExists(c, table);
        if (!exists.ok() || !*exists)
            return -1;
        auto q = Database::exec(c, QStringLiteral("SELECT count(*) FROM %1").arg(table));
        return q.ok() && q->next() ? q->value(0).toInt() : -2;
    }
    QString local() const { return Database::localPathFor(m_url); }

private slots:
    void initTestCase()
    {
        OPSDECK_START_POSTGRES(m_pg, m_url, m_home.path());
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("OPSDECK_DB", m_url.toUtf8());
        QVERIFY(local().startsWith(m_home.path()));
    }

    void tableExistsOnBothDialects()
    {
        auto pg = open(m_url);
        QVERIFY(pg);
        QSqlDatabase c = pg->connection();
        QCOMPARE(Catalog::tableExists(c, QStringLiteral("tree_nodes")).valueOr(false), true);
        QCOMPARE(Catalog::tableExists(c, QStringLiteral("metric_series")).valueOr(true), false);
        auto sqlite = open(local());
        QVERIFY(sqlite);
        QSqlDatabase s = sqlite->connection();
        QCOMPARE(Catalog::tableExists(s, QStringLiteral("metric_series")).valueOr(false), true);
        QCOMPARE(Catalog::tableExists(s, QStringLiteral("no_such_table")).valueOr(true), false);
    }

    // Sources (bound to a machine or a tree node) and their poll status in the shared
    // database; `metrics poll --once` reads them from there.
    void sourcesOnPostgres()
    {
        QCOMPARE(run({"machine", "add", "box1", "--address", "127.0.0.1"}).exitCode, 0);
        QCOMPARE(run({"tree", "add", "acme/web", "--kind", "service"}).exitCode, 0);
        QCOMPARE(run({"tree", "bind", "acme/web", "--machine", "box1"}).exitCode, 0);
        const QString closed = QString::number(test::freeTcpPort());
        auto add = run({"source", "add", "node-exporter", "http://{address}:" + closed + "/metrics",
                        "--machine", "box1", "--interval", "1m"});
        QVERIFY2(add.exitCode == 0, add.err.constData());
        auto node = run({"source", "add", "node-exporter", "http://{address}:" + closed + "/metrics",
                         "--node", "acme/web", "--interval", "1m"});
        QVERIFY2(node.exitCode == 0, node.err.constData());
        QCOMPARE(json({"source", "list", "--format", "json"}).value("sources").toArray().size(), 2);
        QCOMPARE(rows(m_url, QStringLiteral("sources")), 2);

        // Nothing listens there: both targets (box1 directly and through the node) fail,
        // and the failure is recorded on the shared sources.
        auto poll = run({"metrics", "poll", "--once", "--format", "json"});
        const QJsonArray polls = QJsonDocument::fromJson(poll.out).object().value("polls").toArray();
        QVERIFY2(polls.size() == 2, poll.out + poll.err);
        for (const auto& p : polls) {
            QCOMPARE(p.toObject().value("machine").toString(), QStringLiteral("box1"));
            QCOMPARE(p.toObject().value("ok").toBool(), false);
        }
        const QJsonArray listed = json({"source", "list", "--format", "json"}).value("sources").toArray();
        QVERIFY2(!listed.first().toObject().value("last_error").toString().isEmpty(),
                 (poll.out + poll.err).constData());
        // A second failed poll counts on the recorded row (the upsert's update branch).
        QCOMPARE(run({"metrics", "poll", "--once", "--source", "1"}).exitCode, 1);
        auto status = run({"source", "status", "1", "--format", "json"});
        QVERIFY2(status.exitCode == 0, status.err.constData());
        QVERIFY2(status.out.contains("\"failures\":2"), status.out.constData());
        QCOMPARE(run({"source", "set", "2", "--disable", "--interval", "2m"}).exitCode, 0);
        QCOMPARE(run({"source", "remove", "2"}).exitCode, 0);
        QCOMPARE(rows(m_url, QStringLiteral("sources")), 1);
    }

    // `metrics import` stores into the local file, its meta into the shared machines;
    // query, series, report and retention read the local file.
    void importThenQuery()
    {
        const QByteArray ts = QByteArray::number(QDateTime::currentSecsSinceEpoch() - 60);
        auto imported =
            run({"metrics", "import", "--machine", "box1", "-"},
                "mysql.metrics.qps.gauge\t100\t" + ts + "\nmysql.meta.version\t8.0.36\t" + ts + "\n");
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const QJsonArray points = json({"metrics", "query", "--machine", "box1", "--metric", "mysql.qps",
                                        "--from", "-10m", "--format", "json"})
                                      .value("points")
                                      .toArray();
        QVERIFY(!points.isEmpty());
        QCOMPARE(points.last().toArray().at(1).toDouble(), 100.0);
        QCOMPARE(json({"machine", "show", "box1", "--format", "json"})
                     .value("machines")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("meta")
                     .toObject()
                     .value("mysql.version")
                     .toString(),
                 QStringLiteral("8.0.36"));

        QVERIFY(json({"metrics", "series", "--machine", "box1", "--format", "json"})
                    .value("series")
                    .toArray()
                    .size() >= 1);
        QCOMPARE(json({"metrics", "retention", "list", "--format", "json"}).value("rules").toArray().size(),
                 1);
        // Availability reads the status-class series from the local cache.
        QByteArray http;
        for (const char* line : {"web.http.2xx 90 ", "web.http.3xx 5 ", "web.http.4xx 3 ", "web.http.5xx 2 "})
            http += line + ts + "\n";
        auto graphite = run({"metrics", "import", "--machine", "box1", "--format", "graphite", "-"}, http);
        QVERIFY2(graphite.exitCode == 0, graphite.err.constData());
        auto availability = run({"metrics", "availability", "--series-prefix", "web.http", "--machine",
                                 "box1", "--days", "1", "--format", "json"});
        QVERIFY2(availability.exitCode == 0, availability.err.constData());
        QCOMPARE(QJsonDocument::fromJson(availability.out).object().value("prefix").toString(),
                 QStringLiteral("web.http"));

        QVERIFY(rows(local(), QStringLiteral("metric_series")) >= 1);
        QCOMPARE(rows(m_url, QStringLiteral("metric_series")), -1);
    }

    // `collect --once` registers this machine in the shared database and stores its
    // samples locally.
    void collectOnce()
    {
        const int before = rows(local(), QStringLiteral("metric_series"));
        auto r = run({"collect", "--once"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(rows(local(), QStringLiteral("metric_series")) > before);
        QCOMPARE(rows(m_url, QStringLiteral("machines")), 2);
    }

    // The window's Engine on the URL: machines from the shared database, metrics local.
    void engineOnPostgres()
    {
        Engine::Options options;
        options.startCollector = false;
        options.startPolling = false;
        auto engine = Engine::start(m_url, options);
        QVERIFY2(engine.ok(), engine.ok() ? "" : qPrintable(engine.error().message));
        QCOMPARE((*engine)->database().dialect(), Dialect::Postgres);
        QCOMPARE((*engine)->metricsDatabase()->dialect(), Dialect::Sqlite);
        QCOMPARE((*engine)->metricsDatabase()->path(), local());
        QVERIFY((*engine)->startupWarnings().isEmpty());

        auto machines = InventoryReader((*engine)->sharedDatabase()).loadAllMachines();
        QVERIFY(machines.ok());
        QCOMPARE(machines->size(), 2);

        const qint64 now = QDateTime::currentSecsSinceEpoch();
        MetricStore& store = (*engine)->metricStore();
        IncomingSample sample{{QStringLiteral("box1"), QStringLiteral("engine.test"), QStringLiteral("test")},
                              SeriesType::Gauge,
                              now - 5,
                              7.5};
        QVERIFY(store.append({sample}).ok());
        QVERIFY(store.flush().ok());
        auto data = store.query(
            MetricQuery{QStringLiteral("box1"), QStringLiteral("engine.test"), {}, now - 60, now});
        QVERIFY2(data.ok(), data.ok() ? "" : qPrintable(data.error().message));
        QVERIFY(!data->points.isEmpty());
        QCOMPARE(data->points.last().value.value_or(0), 7.5);

        // The CLI sees the same local sample.
        (*engine)->shutdown();
        const QJsonArray points = json({"metrics", "query", "--machine", "box1", "--metric", "engine.test",
                                        "--from", "-10m", "--format", "json"})
                                      .value("points")
                                      .toArray();
        QVERIFY(!points.isEmpty());
        QCOMPARE(points.last().toArray().at(1).toDouble(), 7.5);
    }

    void cleanupTestCase() { m_pg.reset(); }
};

QTEST_GUILESS_MAIN(TestPostgresMetrics)
#include "tst_postgresmetrics.moc"
