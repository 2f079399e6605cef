// `opsdeck source add|list|remove` and `opsdeck metrics poll --once` through the real
// binary: exit codes, the JSON shapes, and failing targets' errors stored and listed.

#include "TestDatabase.h"
#include "sources/SourceRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace opsdeck;

namespace {

test::CliRun cli(const test::TestDatabase& db, const QStringList& args)
{
    return test::runCli(QStringList{QStringLiteral("--db"), db.path()} + args);
}

void addMachine(Database& db, const QString& name)
{
    QSqlDatabase c = db.connection();
    QVERIFY(Database::exec(
                c, QStringLiteral(
                       "INSERT INTO pools (name, created_at) VALUES ('default', 0) ON CONFLICT DO NOTHING"))
                .ok());
    QVERIFY(Database::exec(
                c,
                QStringLiteral("INSERT INTO machines (name, address, pool_id, created_at) "
                               "VALUES (?, '127.0.0.1', (SELECT id FROM pools WHERE name = 'default'), 0)"),
                {name})
                .ok());
}

QJsonObject firstSource(const test::TestDatabase& db)
{
    const auto list = cli(db, {QStringLiteral("source"), QStringLiteral("list"), QStringLiteral("--format"),
                               QStringLiteral("json")});
    return QJsonDocument::fromJson(list.out)
        .object()
        .value(QStringLiteral("sources"))
        .toArray()
        .first()
        .toObject();
}

} // namespace

class TestSourceCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        OPSDECK_REQUIRE_TEST_DIALECT();
    }

    void usageAndNotFound()
    {
        test::TestDatabase db;
        addMachine(*db, QStringLiteral("web1"));
        QCOMPARE(cli(db, {QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("snmp"),
                          QStringLiteral("http://x/")})
                     .exitCode,
                 2);
        const auto noBinding =
            cli(db, {QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("node-exporter"),
                     QStringLiteral("http://{address}:9100/metrics")});
        QCOMPARE(noBinding.exitCode, 2);
        QVERIFY(noBinding.err.contains("--machine"));
        QCOMPARE(cli(db, {QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("node-exporter"),
                          QStringLiteral("http://{address}:9100/metrics"), QStringLiteral("--machine"),
                          QStringLiteral("nobody")})
                     .exitCode,
                 4);
        QCOMPARE(cli(db, {QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("graphite"),
                          QStringLiteral("http://g/"), QStringLiteral("--auth"), QStringLiteral("bearer"),
                          QStringLiteral("--query"), QStringLiteral("a.b")})
                     .exitCode,
                 2);
        QCOMPARE(cli(db, {QStringLiteral("source"), QStringLiteral("remove"), QStringLiteral("99")}).exitCode,
                 4);
        QCOMPARE(cli(db, {QStringLiteral("metrics"), QStringLiteral("poll"), QStringLiteral("--source"),
                          QStringLiteral("1")})
                     .exitCode,
                 2);
    }

    void addListRemove()
    {
        test::TestDatabase db;
        addMachine(*db, QStringLiteral("web1"));
        const auto add =
            cli(db, {QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("node-exporter"),
                     QStringLiteral("http://{address}:9100/metrics"), QStringLiteral("--machine"),
                     QStringLiteral("web1"), QStringLiteral("--interval"), QStringLiteral("30s")});
        QVERIFY2(add.exitCode == 0, add.err.constData());
        QVERIFY(add.out.contains("added source 1"));
        const auto add2 =
            cli(db, {QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("prometheus"),
                     QStringLiteral("https://prom.example:9090"), QStringLiteral("--query"),
                     QStringLiteral("up"), QStringLiteral("--step"), QStringLiteral("15s"),
                     QStringLiteral("--auth"), QStringLiteral("basic"), QStringLiteral("--user"),
                     QStringLiteral("ops"), QStringLiteral("--secret-name"), QStringLiteral("prom-pw")});
        QVERIFY2(add2.exitCode == 0, add2.err.constData());

        const auto list = cli(db, {QStringLiteral("source"), QStringLiteral("list"),
                                   QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray sources =
            QJsonDocument::fromJson(list.out).object().value(QStringLiteral("sources")).toArray();
        QCOMPARE(sources.size(), 2);
        const QJsonObject first = sources.at(0).toObject();
        for (const char* key :
             {"id", "kind", "url", "machine", "node", "interval", "last_ok", "last_error", "malformed"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("node-exporter"));
        QCOMPARE(first.value(QStringLiteral("interval")).toInt(), 30);
        QVERIFY(first.value(QStringLiteral("last_ok")).isNull());
        const QJsonObject second = sources.at(1).toObject();
        QCOMPARE(second.value(QStringLiteral("step")).toInt(), 15);
        QCOMPARE(second.value(QStringLiteral("secret_name")).toString(), QStringLiteral("prom-pw"));

        const auto csv = cli(db, {QStringLiteral("source"), QStringLiteral("list"),
                                  QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY(csv.out.startsWith("id,kind,url,"));
        QCOMPARE(csv.out.count('\n'), 3);

        QCOMPARE(cli(db, {QStringLiteral("source"), QStringLiteral("remove"), QStringLiteral("1")}).exitCode,
                 0);
        QCOMPARE(firstSource(db).value(QStringLiteral("id")).toInt(), 2);
    }

    void setChangesIntervalTimeoutUrlAndEnabled()
    {
        test::TestDatabase db;
        addMachine(*db, QStringLiteral("web1"));
        QCOMPARE(cli(db, {QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("node-exporter"),
                          QStringLiteral("http://{address}:9100/metrics"), QStringLiteral("--machine"),
                          QStringLiteral("web1")})
                     .exitCode,
                 0);
        const auto set =
            cli(db, {QStringLiteral("source"), QStringLiteral("set"), QStringLiteral("1"),
                     QStringLiteral("--interval"), QStringLiteral("2m"), QStringLiteral("--timeout"),
                     QStringLiteral("30s"), QStringLiteral("--url"),
                     QStringLiteral("http://{address}:9101/metrics"), QStringLiteral("--disable")});
        QVERIFY2(set.exitCode == 0, set.err.constData());
        QVERIFY(set.out.contains("changed source 1"));
        QJsonObject first = firstSource(db);
        QCOMPARE(first.value(QStringLiteral("interval")).toInt(), 120);
        QCOMPARE(first.value(QStringLiteral("timeout")).toInt(), 30);
        QCOMPARE(first.value(QStringLiteral("url")).toString(),
                 QStringLiteral("http://{address}:9101/metrics"));
        QCOMPARE(first.value(QStringLiteral("enabled")).toBool(), false);
        QCOMPARE(cli(db, {QStringLiteral("source"), QStringLiteral("set"), QStringLiteral("1"),
                          QStringLiteral("--enable")})
                     .exitCode,
                 0);
        QCOMPARE(firstSource(db).value(QStringLiteral("enabled")).toBool(), true);

        // Usage: nothing to change, both switches, a bad duration, a field set cannot change.
        for (const QStringList& args :
             {QStringList{QStringLiteral("1")},
              QStringList{QStringLiteral("1"), QStringLiteral("--enable"), QStringLiteral("--disable")},
              QStringList{QStringLiteral("1"), QStringLiteral("--interval"), QStringLiteral("soon")},
              QStringList{QStringLiteral("1"), QStringLiteral("--machine"), QStringLiteral("web1"),
                          QStringLiteral("--node"), QStringLiteral("shop")},
              QStringList{QStringLiteral("x"), QStringLiteral("--enable")}}) {
            const auto r = cli(db, QStringList{QStringLiteral("source"), QStringLiteral("set")} + args);
            QVERIFY2(r.exitCode == 2, qPrintable(args.join(QLatin1Char(' ')) + QLatin1String(": ") +
                                                 QString::fromUtf8(r.err)));
        }
        // Validation: a timeout over the interval is refused and changes nothing.
        const auto tooLong = cli(db, {QStringLiteral("source"), QStringLiteral("set"), QStringLiteral("1"),
                                      QStringLiteral("--timeout"), QStringLiteral("10m")});
        QCOMPARE(tooLong.exitCode, 2);
        QVERIFY(tooLong.err.contains("timeout"));
        QCOMPARE(firstSource(db).value(QStringLiteral("timeout")).toInt(), 30);
        QCOMPARE(cli(db, {QStringLiteral("source"), QStringLiteral("set"), QStringLiteral("9"),
                          QStringLiteral("--enable")})
                     .exitCode,
                 4);
        // A short interval without --timeout brings the timeout down to it.
        QCOMPARE(cli(db, {QStringLiteral("source"), QStringLiteral("set"), QStringLiteral("1"),
                          QStringLiteral("--interval"), QStringLiteral("5s")})
                     .exitCode,
                 0);
        QCOMPARE(firstSource(db).value(QStringLiteral("timeout")).toInt(), 5);
        const auto quick =
            cli(db, {QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("node-exporter"),
                     QStringLiteral("http://{address}:9100/metrics"), QStringLiteral("--machine"),
                     QStringLiteral("web1"), QStringLiteral("--interval"), QStringLiteral("3s")});
        QVERIFY2(quick.exitCode == 0, quick.err.constData());
    }

    void setRebindsAndChangesAuthentication()
    {
        test::TestDatabase db;
        addMachine(*db, QStringLiteral("web1"));
        QSqlDatabase c = db->connection();
        QVERIFY(Database::exec(c, QStringLiteral("INSERT INTO tree_nodes (name, kind, path, created_at) "
                                                 "VALUES ('shop', 'folder', 'shop', 0)"))
                    .ok());
        QCOMPARE(cli(db, {QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("node-exporter"),
                          QStringLiteral("http://{address}:9100/metrics"), QStringLiteral("--machine"),
                          QStringLiteral("web1")})
                     .exitCode,
                 0);
        auto set = [&db](const QStringList& args) {
            return cli(db, QStringList{QStringLiteral("source"), QStringLiteral("set"), QStringLiteral("1")} +
                               args);
        };
        // Machine -> node -> machine.
        auto r = set({QStringLiteral("--node"), QStringLiteral("shop")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(firstSource(db).value(QStringLiteral("node")).toString(), QStringLiteral("shop"));
        QCOMPARE(firstSource(db).value(QStringLiteral("machine")).toString(), QString());
        r = set({QStringLiteral("--machine"), QStringLiteral("web1")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(firstSource(db).value(QStringLiteral("machine")).toString(), QStringLiteral("web1"));
        QCOMPARE(firstSource(db).value(QStringLiteral("node")).toString(), QString());

        // Authentication: basic with a user, bearer, then none again.
        r = set({QStringLiteral("--auth"), QStringLiteral("basic"), QStringLiteral("--user"),
                 QStringLiteral("ops"), QStringLiteral("--secret-name"), QStringLiteral("web-pw")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(firstSource(db).value(QStringLiteral("auth")).toString(), QStringLiteral("basic"));
        QCOMPARE(firstSource(db).value(QStringLiteral("secret_name")).toString(), QStringLiteral("web-pw"));
        QCOMPARE(SourceRepository(db.db()).get(1)->authUser, QStringLiteral("ops"));
        r = set({QStringLiteral("--auth"), QStringLiteral("bearer"), QStringLiteral("--secret-name"),
                 QStringLiteral("web-token")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(firstSource(db).value(QStringLiteral("auth")).toString(), QStringLiteral("bearer"));
        QCOMPARE(SourceRepository(db.db()).get(1)->authUser, QString());
        const QJsonObject before = firstSource(db);

        // Bad combinations: usage (exit 2) before the database is touched, nothing changes.
        for (const QStringList& args :
             {QStringList{QStringLiteral("--machine"), QStringLiteral("web1"), QStringLiteral("--node"),
                          QStringLiteral("shop")},
              QStringList{QStringLiteral("--auth"), QStringLiteral("basic")},
              QStringList{QStringLiteral("--auth"), QStringLiteral("none"), QStringLiteral("--secret-name"),
                          QStringLiteral("x")},
              QStringList{QStringLiteral("--auth"), QStringLiteral("bearer"), QStringLiteral("--user"),
                          QStringLiteral("u"), QStringLiteral("--secret-name"), QStringLiteral("x")},
              QStringList{QStringLiteral("--user"), QStringLiteral("u")},
              QStringList{QStringLiteral("--auth"), QStringLiteral("bearer"),
                          QStringLiteral("--secret-stdin")},
              QStringList{QStringLiteral("--auth"), QStringLiteral("digest"), QStringLiteral("--secret-name"),
                          QStringLiteral("x")},
              QStringList{QStringLiteral("--machine"), QStringLiteral("")}}) {
            const auto bad = set(args);
            QVERIFY2(bad.exitCode == 2, qPrintable(args.join(QLatin1Char(' ')) + QLatin1String(": ") +
                                                   QString::fromUtf8(bad.err)));
        }
        // A binding to something that does not exist is refused by the repository; no change.
        QVERIFY(set({QStringLiteral("--machine"), QStringLiteral("nosuch")}).exitCode != 0);
        QVERIFY(set({QStringLiteral("--node"), QStringLiteral("nowhere")}).exitCode != 0);
        QCOMPARE(firstSource(db), before);

        r = set({QStringLiteral("--auth"), QStringLiteral("none")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(firstSource(db).value(QStringLiteral("auth")).toString(), QStringLiteral("none"));
        QCOMPARE(firstSource(db).value(QStringLiteral("secret_name")).toString(), QString());
    }

    void removeSaysWhenTheKeychainKeepsTheSecret()
    {
        // No session bus: the keychain cannot be reached, so the entry cannot be deleted.
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        test::TestDatabase db;
        QCOMPARE(cli(db, {QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("prometheus"),
                          QStringLiteral("https://prom.example:9090"), QStringLiteral("--query"),
                          QStringLiteral("up"), QStringLiteral("--auth"), QStringLiteral("bearer"),
                          QStringLiteral("--secret-name"), QStringLiteral("prom-token")})
                     .exitCode,
                 0);
        const auto removed =
            cli(db, {QStringLiteral("source"), QStringLiteral("remove"), QStringLiteral("1")});
        if (!bus.isEmpty())
            qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
        QCOMPARE(removed.exitCode, 1);
        QVERIFY(removed.out.contains("removed source 1"));
        QVERIFY2(removed.err.contains("is removed, but its secret 'prom-token' is still in the keychain"),
                 removed.err.constData());
        QVERIFY(SourceRepository(db.db()).list()->isEmpty()); // the removal stands
    }

    void statusListsEveryTarget()
    {
        test::TestDatabase db;
        addMachine(*db, QStringLiteral("web1"));
        addMachine(*db, QStringLiteral("web2"));
        SourceRepository repo(db.db());
        Source s;
        s.url = QStringLiteral("http://{address}:9100/metrics");
        s.machine = QStringLiteral("web1");
        const qint64 a = *repo.add(s, 0);
        s.machine = QStringLiteral("web2");
        const qint64 b = *repo.add(s, 0);
        PollOutcome ok;
        ok.target = PollTarget{a, QStringLiteral("web1"), QStringLiteral("127.0.0.1"), 22};
        ok.ok = true;
        ok.samples = 507;
        ok.malformed = 3;
        ok.startedMs = 1'700'000'000'000;
        ok.parsed = true;
        ok.series = 812;
        ok.mapped = 0;
        ok.malformedLines = {
            MalformedLine{12, QStringLiteral("bad label name"), QStringLiteral("node_x{9=\"a\"} 1")},
            MalformedLine{40, QStringLiteral("missing value"), QStringLiteral("node_y")}};
        QVERIFY(repo.record(ok, HealthPolicy{}).ok());
        PollOutcome bad;
        bad.target = PollTarget{b, QStringLiteral("web2"), QStringLiteral("127.0.0.1"), 22};
        bad.error = QStringLiteral("connection refused");
        bad.startedMs = 1'700'000'000'000;
        QVERIFY(repo.record(bad, HealthPolicy{}).ok());
        QVERIFY(repo.record(bad, HealthPolicy{}).ok());

        const auto json = cli(db, {QStringLiteral("source"), QStringLiteral("status"),
                                   QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const QJsonArray targets =
            QJsonDocument::fromJson(json.out).object().value(QStringLiteral("targets")).toArray();
        QCOMPARE(targets.size(), 2);
        const QJsonObject first = targets.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("source_id")).toInt(), int(a));
        QCOMPARE(first.value(QStringLiteral("machine")).toString(), QStringLiteral("web1"));
        QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("ok"));
        QCOMPARE(first.value(QStringLiteral("last_ok")).toDouble(), 1'700'000'000.0);
        QCOMPARE(first.value(QStringLiteral("last_attempt")).toDouble(), 1'700'000'000.0);
        QCOMPARE(first.value(QStringLiteral("samples")).toInt(), 507);
        QCOMPARE(first.value(QStringLiteral("malformed")).toInt(), 3);
        QCOMPARE(first.value(QStringLiteral("failures")).toInt(), 0);
        // How much of the page was mapped, and its last malformed lines with their text.
        QCOMPARE(first.value(QStringLiteral("series")).toInt(), 812);
        QCOMPARE(first.value(QStringLiteral("mapped")).toInt(), 0);
        const QJsonArray lines = first.value(QStringLiteral("malformed_lines")).toArray();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).toObject().value(QStringLiteral("line")).toInt(), 12);
        QCOMPARE(lines.at(0).toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("bad label name"));
        QCOMPARE(lines.at(0).toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("node_x{9=\"a\"} 1"));
        QCOMPARE(lines.at(1).toObject().value(QStringLiteral("line")).toInt(), 40);
        const QJsonObject second = targets.at(1).toObject();
        QCOMPARE(second.value(QStringLiteral("state")).toString(), QStringLiteral("down"));
        QCOMPARE(second.value(QStringLiteral("last_error")).toString(), QStringLiteral("connection refused"));
        QCOMPARE(second.value(QStringLiteral("failures")).toInt(), 2);
        QVERIFY(second.value(QStringLiteral("last_ok")).isNull());
        QVERIFY(second.value(QStringLiteral("malformed_lines")).toArray().isEmpty());

        const auto one = cli(db, {QStringLiteral("source"), QStringLiteral("status"), QString::number(b),
                                  QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(one.exitCode, 0);
        QVERIFY2(one.out.startsWith(
                     "source_id,machine,state,last_attempt,last_ok,last_error,samples,malformed,failures,"
                     "series,mapped\n"),
                 one.out.constData());
        QCOMPARE(one.out.count('\n'), 2);
        QVERIFY(one.out.contains("web2,down,"));

        const auto table = cli(db, {QStringLiteral("source"), QStringLiteral("status"),
                                    QStringLiteral("--format"), QStringLiteral("table")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains("2023-11-14T22:13:20Z"), table.out.constData());
        QVERIFY2(
            table.out.contains(
                "last malformed lines of source 1 web1:\n  line 12: bad label name: node_x{9=\"a\"} 1\n"),
            table.out.constData());

        QCOMPARE(cli(db, {QStringLiteral("source"), QStringLiteral("status"), QStringLiteral("42")}).exitCode,
                 4);
        QCOMPARE(
            cli(db, {QStringLiteral("source"), QStringLiteral("status"), QStringLiteral("zero")}).exitCode,
            2);
    }

    // A source the poller skips (its node is gone) shows in `source status` with why.
    void statusNamesASkippedSource()
    {
        test::TestDatabase db;
        QCOMPARE(cli(db, {QStringLiteral("tree"), QStringLiteral("add"), QStringLiteral("web"),
                          QStringLiteral("--kind"), QStringLiteral("folder")})
                     .exitCode,
                 0);
        const auto added =
            cli(db, {QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("node-exporter"),
                     QStringLiteral("http://{address}:9100/metrics"), QStringLiteral("--node"),
                     QStringLiteral("web")});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const auto removed = cli(db, {QStringLiteral("tree"), QStringLiteral("remove"), QStringLiteral("web"),
                                      QStringLiteral("--force")});
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
        const auto status = cli(db, {QStringLiteral("source"), QStringLiteral("status"),
                                     QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(status.exitCode, 0);
        const QJsonArray targets =
            QJsonDocument::fromJson(status.out).object().value(QStringLiteral("targets")).toArray();
        QCOMPARE(targets.size(), 1);
        const QJsonObject row = targets.first().toObject();
        QCOMPARE(row.value(QStringLiteral("state")).toString(), QStringLiteral("skipped"));
        QVERIFY2(
            row.value(QStringLiteral("last_error")).toString().contains(QStringLiteral("no tree node 'web'")),
            qPrintable(row.value(QStringLiteral("last_error")).toString()));
    }

    void refusedConnectionIsStored()
    {
        test::TestDatabase db;
        addMachine(*db, QStringLiteral("web1"));
        const quint16 port = test::freeTcpPort();
        QCOMPARE(cli(db, {QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("node-exporter"),
                          QStringLiteral("http://{address}:%1/metrics").arg(port),
                          QStringLiteral("--machine"), QStringLiteral("web1")})
                     .exitCode,
                 0);
        const auto poll =
            cli(db, {QStringLiteral("metrics"), QStringLiteral("poll"), QStringLiteral("--once"),
                     QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(poll.exitCode, 1);
        const QJsonObject p = QJsonDocument::fromJson(poll.out)
                                  .object()
                                  .value(QStringLiteral("polls"))
                                  .toArray()
                                  .first()
                                  .toObject();
        QCOMPARE(p.value(QStringLiteral("ok")).toBool(), false);
        QVERIFY(p.value(QStringLiteral("error")).toString().contains(QLatin1String("refused")));
        const QJsonObject s = firstSource(db);
        QVERIFY2(
            s.value(QStringLiteral("last_error")).toString().contains(QLatin1String("Connection refused")),
            qPrintable(s.value(QStringLiteral("last_error")).toString()));
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("stale"));
        // The second failure in a row: down.
        QCOMPARE(
            cli(db, {QStringLiteral("metrics"), QStringLiteral("poll"), QStringLiteral("--once")}).exitCode,
            1);
        QCOMPARE(firstSource(db).value(QStringLiteral("state")).toString(), QStringLiteral("down"));
    }

    void silentServerTimesOut()
    {
        // Listening but never answering: the kernel completes the handshake, nobody reads.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        test::TestDatabase db;
        addMachine(*db, QStringLiteral("web1"));
        QCOMPARE(cli(db, {QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("node-exporter"),
                          QStringLiteral("http://{address}:%1/metrics").arg(silent.serverPort()),
                          QStringLiteral("--machine"), QStringLiteral("web1"), QStringLiteral("--timeout"),
                          QStringLiteral("1s")})
                     .exitCode,
                 0);
        QElapsedTimer t;
        t.start();
        const auto poll =
            cli(db, {QStringLiteral("metrics"), QStringLiteral("poll"), QStringLiteral("--once")});
        QCOMPARE(poll.exitCode, 1);
        QVERIFY(t.elapsed() < 15000);
        QVERIFY2(firstSource(db)
                     .value(QStringLiteral("last_error"))
                     .toString()
                     .contains(QLatin1String("timed out")),
                 poll.out.constData());
    }

    void pollsContinuouslyUntilTerminated()
    {
        // A page server in this process (the event loop runs while we wait on the CLI).
        QTcpServer server;
        const QByteArray page = test::testData(QStringLiteral("sources/node_exporter_1.5.0.txt"));
        connect(&server, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket* s = server.nextPendingConnection())
                connect(s, &QTcpSocket::readyRead, s, [s, page] {
                    if (s->readAll().contains("\r\n\r\n"))
                        s->write("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(page.size()) +
                                 "\r\n\r\n" + page);
                });
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        test::TestDatabase db;
        addMachine(*db, QStringLiteral("web1"));
        QCOMPARE(cli(db, {QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("node-exporter"),
                          QStringLiteral("http://{address}:%1/metrics").arg(server.serverPort()),
                          QStringLiteral("--machine"), QStringLiteral("web1"), QStringLiteral("--interval"),
                          QStringLiteral("1s"), QStringLiteral("--timeout"), QStringLiteral("1s")})
                     .exitCode,
                 0);
        QProcess p;
        p.start(QStringLiteral(OPSDECK_BINARY),
                {QStringLiteral("--db"), db.path(), QStringLiteral("metrics"), QStringLiteral("poll")});
        QVERIFY(p.waitForStarted());
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).count(" web1 ok ") >= 2, 10000);
        p.terminate(); // SIGTERM
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(firstSource(db).value(QStringLiteral("state")).toString(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestSourceCli)
#include "tst_sourcecli.moc"
