// AlertSettings in the settings table and storeAlertContext's reads (check_state's
// silence, maintenance_windows, the nodes binding a machine) on SQLite and, in the _pg
// twin, on a real PostgreSQL; `alert config` on both.

#include "RealServer.h"
#include "TestDatabase.h"
#include "alerts/AlertContext.h"
#include "alerts/AlertSettings.h"
#include "checks/CheckStateStore.h"
#include "checks/CheckStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace opsdeck;

class TestAlertSettings : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;

    int cli(const QStringList& args, QByteArray* out = nullptr)
    {
        auto r = test::runCli(QStringList{QStringLiteral("--db"), m_db->path()} + args);
        if (r.exitCode != 0)
            qWarning() << args << r.err;
        if (out)
            *out = r.out;
        return r.exitCode;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        OPSDECK_REQUIRE_TEST_DIALECT();
    }
    void init() { m_db = std::make_unique<test::TestDatabase>(); }
    void cleanup() { m_db.reset(); }

    void roundTrip()
    {
        QSqlDatabase c = m_db->db()->connection();
        auto empty = AlertSettings::load(c);
        QVERIFY(empty.ok());
        QVERIFY(!empty->webhook);
        QCOMPARE(empty->threshold, Importance::Warning);
        AlertSettings s;
        s.webhook = true;
        s.webhookHost =
            *AlertSettings::webhookOrigin(QStringLiteral("https://chat.example.org/hooks/abc?x=1"));
        QCOMPARE(s.webhookHost, QStringLiteral("https://chat.example.org:443"));
        s.smtp.server = QStringLiteral("mail.example.org");
        s.smtp.port = 2525;
        s.smtp.user = QStringLiteral("ops");
        s.smtp.from = QStringLiteral("ops@example.org");
        s.smtp.to = {QStringLiteral("a@example.org"), QStringLiteral("b@example.org")};
        s.threshold = Importance::Error;
        s.quiet = *QuietHours::parse(QStringLiteral("22:00-07:00"));
        s.quiet.criticalPasses = false;
        const Status saved = s.save(c);
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
        auto back = AlertSettings::load(c);
        QVERIFY(back.ok());
        QCOMPARE(back->toJson(), s.toJson());
        QCOMPARE(back->smtp.secretName(), QStringLiteral("smtp:ops@mail.example.org:2525"));
        QCOMPARE(back->toJson().value("webhook").toObject(),
                 (QJsonObject{{"configured", true}, {"host", "https://chat.example.org:443"}}));
        // Saved again with an empty field: the row holds empty text, not NULL.
        s.webhook = false;
        QVERIFY(s.save(c).ok());
        QCOMPARE(AlertSettings::load(c)->webhook, false);
        QCOMPARE(AlertSettings::load(c)->toJson().value("webhook").toObject().value("host").toString(),
                 QString());
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("SELECT key FROM settings WHERE key LIKE 'alerts.%'")));
        int rows = 0;
        for (; q.next(); ++rows)
            QVERIFY(!q.value(0).toString().contains(QStringLiteral("password")));
        QCOMPARE(rows, 13);
    }

    void webhookOriginOnly_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("origin"); // empty: refused
        QTest::newRow("https") << "https://hooks.slack.com/services/T0/B0/XyZ"
                               << "https://hooks.slack.com:443";
        QTest::newRow("port") << "http://127.0.0.1:8065/hooks/abc"
                              << "http://127.0.0.1:8065";
        QTest::newRow("ftp") << "ftp://x/y"
                             << "";
        QTest::newRow("no host") << "https:///hooks/abc"
                                 << "";
        QTest::newRow("words") << "not a url"
                               << "";
    }
    void webhookOriginOnly()
    {
        QFETCH(QString, url);
        QFETCH(QString, origin);
        auto o = AlertSettings::webhookOrigin(url);
        QCOMPARE(o.ok(), !origin.isEmpty());
        if (o.ok())
            QCOMPARE(*o, origin);
        else // the message never repeats the URL (a secret)
            QVERIFY(o.error().code == Error::Code::Usage && !o.error().message.contains(url));
    }

    void anEarlyBuildsUrlIsDroppedOnSave()
    {
        QSqlDatabase c = m_db->db()->connection();
        QVERIFY(
            Database::exec(c, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
                           {QStringLiteral("alerts.webhook_url"), QStringLiteral("https://h.example/secret")})
                .ok());
        AlertSettings s;
        QVERIFY(s.save(c).ok());
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM settings WHERE value LIKE '%secret%'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void cliConfig()
    {
        QCOMPARE(cli({"alert", "config", "--threshold", "critical", "--quiet", "23:30-06:15", "--smtp-to",
                      "x@example.org"}),
                 0);
        QByteArray out;
        QCOMPARE(cli({"alert", "config", "--format", "json"}, &out), 0);
        const QJsonObject c = QJsonDocument::fromJson(out).object();
        QCOMPARE(c.value("threshold").toString(), QStringLiteral("critical"));
        QCOMPARE(c.value("quiet_hours").toString(), QStringLiteral("23:30-06:15"));
    }

    // `alert config --webhook-stdin` with a real private keychain (keychain.sh): the
    // settings table holds "on" and the origin, never any part of the URL's path.
    void cliKeepsTheWebhookUrlOutOfTheTable()
    {
        test::RealServer keychain(QStringLiteral("keychain.sh"), {});
        OPSDECK_REQUIRE_SERVER(keychain);
        qputenv("DBUS_SESSION_BUS_ADDRESS",
                keychain.reported(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")).toUtf8());
        const auto set = test::runCli({"--db", m_db->path(), "alert", "config", "--webhook-stdin"},
                                      "https://chat.example.org/hooks/T1/B2/s3cr3t\n");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        QVERIFY2(set.exitCode == 0, set.err.constData());
        QVERIFY(!set.out.contains("s3cr3t"));
        QSqlDatabase c = m_db->db()->connection();
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("SELECT key, value FROM settings")));
        QMap<QString, QString> rows;
        while (q.next()) {
            QVERIFY2(!q.value(1).toString().contains(QStringLiteral("s3cr3t")) &&
                         !q.value(1).toString().contains(QStringLiteral("/hooks")),
                     qPrintable(q.value(0).toString()));
            rows.insert(q.value(0).toString(), q.value(1).toString());
        }
        QCOMPARE(rows.value(QStringLiteral("alerts.webhook")), QStringLiteral("on"));
        QCOMPARE(rows.value(QStringLiteral("alerts.webhook_host")),
                 QStringLiteral("https://chat.example.org:443"));
        QVERIFY(!rows.contains(QStringLiteral("alerts.webhook_url")));
    }

    void contextFromTheStore()
    {
        QCOMPARE(cli({"machine", "add", "web1", "--address", "10.0.0.1"}), 0);
        QCOMPARE(cli({"tree", "add", "acme/shop", "--kind", "service"}), 0);
        QCOMPARE(cli({"tree", "bind", "acme/shop", "--machine", "web1"}), 0);
        ManualClock clock(1764936000000);
        CheckDefinition d;
        d.name = QStringLiteral("shop");
        d.kind = CheckKind::Tcp;
        d.nodePath = QStringLiteral("acme");
        d.params = {{QStringLiteral("host"), QStringLiteral("10.0.0.1")}, {QStringLiteral("port"), 80}};
        auto id = CheckStore(m_db->db(), clock).add(d);
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
        auto silenced = CheckStateStore(m_db->db(), clock).silence(*id, clock.nowMs() + 60000);
        QVERIFY2(silenced.ok(), silenced.ok() ? "" : qPrintable(silenced.error().message));
        QSqlDatabase c = m_db->db()->connection();
        QVERIFY(Database::exec(
                    c,
                    QStringLiteral("INSERT INTO maintenance_windows (node_path, from_ms, to_ms, reason) "
                                   "VALUES ('acme', ?, ?, 'upgrade'), ('acme', ?, ?, 'over')"),
                    {clock.nowMs() - 1000, clock.nowMs() + 1000, clock.nowMs() - 9000, clock.nowMs() - 5000})
                    .ok());
        AlertEvent e;
        e.checkId = *id;
        e.target = QStringLiteral("web1");
        auto ctx = storeAlertContext(m_db->db(), clock)(e);
        QVERIFY2(ctx.ok(), ctx.ok() ? "" : qPrintable(ctx.error().message));
        QVERIFY(ctx->runtime.has_value());
        QCOMPARE(ctx->runtime->silencedUntilMs.value_or(0), clock.nowMs() + 60000);
        QCOMPARE(ctx->windows.size(), 1); // the open one only
        QCOMPARE(ctx->windows.first().reason, QStringLiteral("upgrade"));
        QStringList paths = ctx->nodePaths;
        paths.sort();
        QCOMPARE(paths, (QStringList{"acme", "acme/shop"})); // the check's node and the machine's
    }
};

QTEST_GUILESS_MAIN(TestAlertSettings)
#include "tst_alertsettings.moc"
