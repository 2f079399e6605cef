// AlertSettings in the settings table and storeAlertContext's reads (check_state's
// silence, maintenance_windows, the nodes binding a machine) on SQLite and, in the _pg
// twin, on a real PostgreSQL; `alert config` on both.

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
        QVERIFY(empty->webhookUrl.isEmpty());
        QCOMPARE(empty->threshold, Importance::Warning);
        AlertSettings s;
        s.webhookUrl = QStringLiteral("https://chat.example.org/hooks/abc");
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
        // Saved again with an empty field: the row holds empty text, not NULL.
        s.webhookUrl.clear();
        QVERIFY(s.save(c).ok());
        QCOMPARE(AlertSettings::load(c)->webhookUrl, QString());
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("SELECT key FROM settings WHERE key LIKE 'alerts.%'")));
        int rows = 0;
        for (; q.next(); ++rows)
            QVERIFY(!q.value(0).toString().contains(QStringLiteral("password")));
        QCOMPARE(rows, 12);
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
