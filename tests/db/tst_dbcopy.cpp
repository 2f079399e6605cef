// Moving to a team and back (`opsdeck db copy --to URL` / `--from URL`) against a real
// PostgreSQL 15 (postgres.sh): a local inventory, sources, audit and job history (with
// binary output) copied into the empty shared database and from there into a new local
// file come back equal, row for row; a non-empty target is refused and left untouched;
// the metrics cache stays local.

#include "RealServer.h"
#include "db/Database.h"
#include "db/DatabaseCopy.h"
#include "db/TableCatalog.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace opsdeck;

class TestDbCopy : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::RealServer> m_pg;
    QTemporaryDir m_home;
    QString m_url;
    QString m_source; // the local file filled first

    test::CliRun run(const QStringList& args) { return test::runCli(args); }
    std::shared_ptr<Database> open(const QString& path)
    {
        auto db = Database::open(path);
        if (!db.ok())
            qWarning() << db.error().message;
        return db.ok() ? *db : nullptr;
    }
    static bool exec(Database& db, const QString& sql, const QVariantList& bindings = {})
    {
        QSqlDatabase c = db.connection();
        auto q = Database::exec(c, sql, bindings);
        if (!q.ok())
            qWarning() << q.error().message;
        return q.ok();
    }
    static qint64 count(Database& db, const QString& table)
    {
        QSqlDatabase c = db.connection();
        auto q = Database::exec(c, QStringLiteral("SELECT count(*) FROM ") + table);
        return q.ok() && q->next() ? q->value(0).toLongLong() : -1;
    }
    // Every row of `table`, each value as text (bytes as hex, NULL apart), in key order.
    static QStringList dump(Database& db, const QString& table)
    {
        QSqlDatabase c = db.connection();
        auto shape = TableCatalog::shape(c, table);
        if (!shape.ok())
            return {QStringLiteral("no table ") + table};
        const QString order = shape->primaryKey.isEmpty()
                                  ? QString()
                                  : QStringLiteral(" ORDER BY ") + shape->primaryKey.join(", ");
        auto q = Database::exec(c, QStringLiteral("SELECT %1 FROM %2%3")
                                       .arg(shape->columns.join(QStringLiteral(", ")), table, order));
        if (!q.ok())
            return {q.error().message};
        QStringList rows;
        while (q->next()) {
            QStringList row;
            for (int i = 0; i < shape->columns.size(); ++i) {
                const QVariant v = q->value(i);
                row << (v.isNull() ? QStringLiteral("<null>")
                        : v.metaType().id() == QMetaType::QByteArray
                            ? QString::fromLatin1(v.toByteArray().toHex())
                            : v.toString());
            }
            rows << row.join(QLatin1Char('|'));
        }
        if (shape->primaryKey.isEmpty())
            rows.sort(); // no key, no order to compare by
        return rows;
    }

private slots:
    void initTestCase()
    {
        OPSDECK_START_POSTGRES(m_pg, m_url, m_home.path());
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        m_source = m_home.filePath(QStringLiteral("local.sqlite"));
        qputenv("OPSDECK_DB", m_source.toUtf8());
    }

    void fillTheLocalFile()
    {
        QCOMPARE(run({"machine", "add", "r1", "--address", "10.0.0.1", "--pool", "pool.bj01"}).exitCode, 0);
        QCOMPARE(run({"machine", "add", "r2", "--address", "10.0.0.2", "--port", "2222"}).exitCode, 0);
        QCOMPARE(run({"machine", "transition", "r1", "init", "--reason", "racked"}).exitCode, 0);
        QCOMPARE(run({"machine", "transition", "r1", "online"}).exitCode, 0);
        QCOMPARE(run({"tree", "add", "acme/shop/api", "--kind", "service"}).exitCode, 0);
        QCOMPARE(run({"tree", "add", "acme/shop/redis", "--kind", "service"}).exitCode, 0);
        QCOMPARE(run({"tree", "bind", "acme/shop", "--machine", "r1"}).exitCode, 0);
        QCOMPARE(run({"tree", "bind", "acme/shop", "--url", "https://shop.example.com/"}).exitCode, 0);
        QCOMPARE(run({"unit", "add", "acme/shop/redis", "--machine", "r1", "--port", "6379"}).exitCode, 0);
        QCOMPARE(run({"relation", "add", "acme/shop/api", "--needs", "acme/shop/redis", "--port", "6379"})
                     .exitCode,
                 0);
        auto source = run({"source", "add", "node-exporter", "http://{address}:9100/metrics", "--node",
                           "acme/shop", "--interval", "1m"});
        QVERIFY2(source.exitCode == 0, source.err.constData());

        auto check = run({"check", "add", "http", "--name", "shop", "--node", "acme/shop", "--url",
                          "https://shop.example.com/", "--status", "200,301"});
        QVERIFY2(check.exitCode == 0, check.err.constData());

        auto db = open(m_source);
        QVERIFY(db);
        // The check's state and alert history (a value with a fraction).
        QVERIFY(exec(
            *db, QStringLiteral("INSERT INTO check_state (check_id, target, state, last_status, since_ms, "
                                "message, value, silenced_until_ms) SELECT id, 'r1', 'failing', "
                                "'critical', 1000, 'HTTP 503', 2.25, 99000 FROM checks")));
        QVERIFY(
            exec(*db, QStringLiteral("INSERT INTO alert_events (check_id, check_name, target, from_state, "
                                     "to_state, status, importance, at_ms, message, value) SELECT id, name, "
                                     "'r1', 'passing', 'failing', 'critical', 'error', 1000, 'HTTP 503', "
                                     "2.25 FROM checks")));
        // A job with its hosts, steps and output (bytes that are not text among them), and
        // a retry pointing at it (a reference to its own table).
        QVERIFY(exec(
            *db, QStringLiteral("INSERT INTO jobs (id, kind, target, state, operator, created_ms, "
                                "finished_ms) VALUES (7, 'command', 'r1', 'failed', 'ops', 1000, 2000)")));
        QVERIFY(exec(
            *db, QStringLiteral("INSERT INTO jobs (id, kind, target, state, operator, retry_of, created_ms) "
                                "VALUES (9, 'command', 'r1', 'ok', 'ops', 7, 3000)")));
        QVERIFY(
            exec(*db, QStringLiteral("INSERT INTO job_hosts (job_id, machine, position, state, exit_code) "
                                     "VALUES (7, 'r1', 0, 'failed', 2)")));
        QVERIFY(exec(
            *db, QStringLiteral("INSERT INTO job_steps (job_id, machine, seq, name, started_ms, exit_code) "
                                "VALUES (7, 'r1', 0, 'command', 1100, 2)")));
        QVERIFY(exec(*db,
                     QStringLiteral("INSERT INTO job_output (job_id, machine, stream, at_ms, data) "
                                    "VALUES (7, 'r1', ?, ?, ?)"),
                     {1, 1200, QByteArray("hello\n\x00\xff\x01", 9)}));
        QVERIFY(exec(*db,
                     QStringLiteral("INSERT INTO job_output (job_id, machine, stream, at_ms, data) "
                                    "VALUES (7, 'r1', 2, 1300, ?)"),
                     {QByteArray("boom\n")}));
        QVERIFY(
            exec(*db, QStringLiteral("INSERT INTO job_templates (name, kind, target, created_ms, updated_ms) "
                                     "VALUES ('uptime', 'command', 'acme/shop', 1, 2)")));
        // The metrics cache: stays local.
        QVERIFY(
            exec(*db, QStringLiteral("INSERT INTO metric_series (machine, metric, source, type, created_at) "
                                     "VALUES ('r1', 'cpu', 'collector', 'gauge', 1)")));
        QVERIFY(count(*db, QStringLiteral("audit_log")) >= 8);
    }

    void optionsAreCheckedFirst()
    {
        QCOMPARE(run({"db", "copy"}).exitCode, 2);
        QCOMPARE(run({"db", "copy", "--to", m_url, "--from", m_url}).exitCode, 2);
        QCOMPARE(run({"db", "copy", "--to", m_source}).exitCode, 2); // into itself
        QCOMPARE(run({"db", "copy", "--to", "postgresql://u:secret@127.0.0.1:1/x"}).exitCode, 2);
    }

    void roundTripIsEqual()
    {
        auto to = run({"db", "copy", "--to", m_url});
        QVERIFY2(to.exitCode == 0, to.err.constData());
        QVERIFY2(to.out.contains("copied"), to.out.constData());

        const QString back = m_home.filePath(QStringLiteral("offline.sqlite"));
        auto from = run({"--db", back, "db", "copy", "--from", m_url});
        QVERIFY2(from.exitCode == 0, from.err.constData());

        auto source = open(m_source);
        auto shared = open(m_url);
        auto copy = open(back);
        QVERIFY(source && shared && copy);
        QSqlDatabase sc = source->connection();
        auto tables = TableCatalog::tables(sc);
        QVERIFY(tables.ok());
        int compared = 0;
        for (const QString& table : *tables) {
            if (!DatabaseCopy::copies(table))
                continue;
            const QStringList want = dump(*source, table);
            QCOMPARE(dump(*copy, table), want);
            QCOMPARE(count(*shared, table), qint64(want.size()));
            ++compared;
        }
        QVERIFY(compared >= 15);
        QCOMPARE(count(*copy, QStringLiteral("jobs")), 2);
        QCOMPARE(count(*copy, QStringLiteral("job_output")), 2);
        for (const char* table : {"checks", "check_state", "alert_events"})
            QCOMPARE(count(*copy, QString::fromLatin1(table)), 1);
        QCOMPARE(count(*copy, QStringLiteral("metric_series")), 0); // the cache stays local
        QVERIFY(count(*copy, QStringLiteral("audit_log")) >= 8);

        // The shared database goes on from the copied ids, and its audit kept the names.
        QVERIFY(
            exec(*shared,
                 QStringLiteral("INSERT INTO jobs (kind, target, created_ms) VALUES ('command', 'r2', 5)")));
        QSqlDatabase pc = shared->connection();
        auto maxId = Database::exec(pc, QStringLiteral("SELECT max(id) FROM jobs"));
        QVERIFY(maxId.ok() && maxId->next());
        QCOMPARE(maxId->value(0).toLongLong(), 10);
        QCOMPARE(run({"--db", m_url, "machine", "add", "r3", "--address", "10.0.0.3"}).exitCode, 0);
    }

    void nonEmptyTargetIsRefused()
    {
        auto shared = open(m_url);
        QVERIFY(shared);
        const qint64 machines = count(*shared, QStringLiteral("machines"));
        const qint64 audit = count(*shared, QStringLiteral("audit_log"));
        auto again = run({"db", "copy", "--to", m_url});
        QCOMPARE(again.exitCode, 3);
        QVERIFY2(again.err.contains("not empty"), again.err.constData());
        QCOMPARE(count(*shared, QStringLiteral("machines")), machines);
        QCOMPARE(count(*shared, QStringLiteral("audit_log")), audit);

        // The other way: a local file with rows is not overwritten either.
        auto into = run({"db", "copy", "--from", m_url});
        QCOMPARE(into.exitCode, 3);
        auto source = open(m_source);
        QVERIFY(source);
        QCOMPARE(count(*source, QStringLiteral("machines")), 2);
    }

    void cleanupTestCase() { m_pg.reset(); }
};

QTEST_GUILESS_MAIN(TestDbCopy)
#include "tst_dbcopy.moc"
