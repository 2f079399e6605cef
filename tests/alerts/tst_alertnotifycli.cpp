// `opsdeck alert config | notify-test | set-smtp-password` against real servers: the
// webhook recorder, aiosmtpd with STARTTLS (smtp.sh), a private Secret Service
// (keychain.sh) and a real notification daemon (notifyd.sh). Exit codes and one-line errors.

#include "RealServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

class TestAlertNotifyCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<test::RealServer> m_recorder;

    test::CliRun run(const QStringList& args, const QByteArray& in = {})
    {
        return test::runCli(QStringList{QStringLiteral("--db"), m_db->path()} + args, in);
    }
    QJsonObject config()
    {
        const auto r = run({"alert", "config", "--format", "json"});
        return r.exitCode == 0 ? QJsonDocument::fromJson(r.out).object() : QJsonObject();
    }
    static int lines(const QByteArray& text) { return int(text.trimmed().count('\n')) + 1; }
    QString hook(const QString& path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2")
            .arg(m_recorder->reported(QStringLiteral("PORT")), path);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("HOME", m_home.path().toUtf8());
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        m_recorder = std::make_unique<test::RealServer>(QStringLiteral("webhook_recorder.sh"),
                                                        QStringList{QString::number(test::freeTcpPort())});
        OPSDECK_REQUIRE_SERVER(*m_recorder);
    }
    void init() { m_db = std::make_unique<test::TempDatabase>(); }

    void configSetAndShow()
    {
        QCOMPARE(config().value("webhook_url").toString(), QString());
        const auto set =
            run({"alert", "config", "--webhook", "https://chat.example.org/hooks/T1/B2", "--smtp-server",
                 "mail.example.org", "--smtp-port", "2525", "--smtp-user", "ops", "--smtp-from",
                 "ops@example.org", "--smtp-to", "a@example.org, b@example.org", "--threshold", "error",
                 "--quiet", "22:00-07:00"});
        QCOMPARE(set.exitCode, 0);
        QVERIFY(set.out.contains("quiet_hours: 22:00-07:00"));
        const QJsonObject c = config();
        QCOMPARE(c.value("webhook_url").toString(), QStringLiteral("https://chat.example.org/hooks/T1/B2"));
        QCOMPARE(c.value("threshold").toString(), QStringLiteral("error"));
        QCOMPARE(c.value("quiet_hours").toString(), QStringLiteral("22:00-07:00"));
        QCOMPARE(c.value("quiet_critical_passes").toBool(), true);
        const QJsonObject smtp = c.value("smtp").toObject();
        QCOMPARE(smtp.value("server").toString(), QStringLiteral("mail.example.org"));
        QCOMPARE(smtp.value("port").toInt(), 2525);
        QCOMPARE(smtp.value("to").toArray(), (QJsonArray{"a@example.org", "b@example.org"}));
        QCOMPARE(smtp.value("require_starttls").toBool(), true);
        QCOMPARE(c.value("smtp_password_entry").toString(), QStringLiteral("smtp:ops@mail.example.org:2525"));
        // One change leaves the rest; off clears.
        QCOMPARE(run({"alert", "config", "--webhook", "off", "--quiet-critical", "off"}).exitCode, 0);
        QCOMPARE(config().value("webhook_url").toString(), QString());
        QCOMPARE(config().value("quiet_critical_passes").toBool(), false);
        QCOMPARE(config().value("threshold").toString(), QStringLiteral("error"));
    }

    void badConfigIsAUsageErrorAndChangesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("quiet") << QStringList{"--quiet", "22:00-7"} << "HH:MM-HH:MM";
        QTest::newRow("threshold") << QStringList{"--threshold", "loud"} << "threshold";
        QTest::newRow("port") << QStringList{"--smtp-port", "70000"} << "smtp-port";
        QTest::newRow("webhook") << QStringList{"--webhook", "ftp://x/y"} << "http:// or https://";
        QTest::newRow("from") << QStringList{"--smtp-server", "m.example.org", "--smtp-from",
                                             "nobody",        "--smtp-to",     "a@example.org"}
                              << "nobody";
    }
    void badConfigIsAUsageErrorAndChangesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const auto r = run(QStringList{"alert", "config"} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(says.toUtf8()), r.err.constData());
        QCOMPARE(config().value("threshold").toString(), QStringLiteral("warning"));
        QCOMPARE(config().value("smtp").toObject().value("server").toString(), QString());
    }

    void notifyTestWithoutAChannel()
    {
        const auto r = run({"alert", "notify-test"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith("opsdeck: no notification channel is set up"), r.err.constData());
        const auto w = run({"alert", "notify-test", "--webhook"});
        QCOMPARE(w.exitCode, 2);
        QVERIFY(w.err.startsWith("opsdeck: no webhook URL is set"));
    }

    void notifyTestThroughTheWebhook()
    {
        QCOMPARE(run({"alert", "config", "--webhook", hook("/ok")}).exitCode, 0);
        QFile posts(m_recorder->reported(QStringLiteral("POSTS")));
        const auto r = run({"alert", "notify-test"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("sent a test notification by webhook"), r.out.constData());
        QVERIFY(posts.open(QIODevice::ReadOnly));
        const QList<QByteArray> got = posts.readAll().trimmed().split('\n');
        const QJsonObject last = QJsonDocument::fromJson(got.last()).object();
        const QJsonObject body = QJsonDocument::fromJson(last.value("body").toString().toUtf8()).object();
        QCOMPARE(body.value("username").toString(), QStringLiteral("Opsdeck"));
        QCOMPARE(body.value("opsdeck").toObject().value("check").toString(),
                 QStringLiteral("opsdeck-notify-test"));
        // A failing webhook: exit 1, one line, the hook's path (its secret) not in it.
        QCOMPARE(run({"alert", "config", "--webhook", hook("/always-500")}).exitCode, 0);
        const auto bad = run({"alert", "notify-test", "--webhook"});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(lines(bad.err) == 1, bad.err.constData());
        QVERIFY2(bad.err.contains("HTTP 500"), bad.err.constData());
        QVERIFY(!bad.err.contains("always-500"));
    }

    void emailWithThePasswordFromTheKeychain()
    {
        test::RealServer keychain(QStringLiteral("keychain.sh"), {});
        OPSDECK_REQUIRE_SERVER(keychain);
        test::RealServer smtp(QStringLiteral("smtp.sh"), {QString::number(test::freeTcpPort())});
        OPSDECK_REQUIRE_SERVER(smtp);
        qputenv("DBUS_SESSION_BUS_ADDRESS",
                keychain.reported(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")).toUtf8());
        QCOMPARE(
            run({"alert", "config", "--smtp-server", "127.0.0.1", "--smtp-port",
                 smtp.reported(QStringLiteral("PORT")), "--smtp-user", smtp.reported(QStringLiteral("USER")),
                 "--smtp-from", "opsdeck@example.org", "--smtp-to", "oncall@example.org", "--smtp-ca-file",
                 smtp.reported(QStringLiteral("CA_FILE"))})
                .exitCode,
            0);
        // No password stored yet: a clear refusal naming the command that stores it.
        auto none = run({"alert", "notify-test", "--email"});
        QCOMPARE(none.exitCode, 3);
        QVERIFY2(none.err.contains("alert set-smtp-password"), none.err.constData());
        // A wrong password is checked with the server and not kept.
        auto wrong = run({"alert", "set-smtp-password", "--stdin"}, "not-it\n");
        QCOMPARE(wrong.exitCode, 3);
        QVERIFY2(wrong.err.contains("refused the login") && wrong.err.contains("nothing was stored"),
                 wrong.err.constData());
        QVERIFY(!wrong.err.contains("not-it"));
        QCOMPARE(run({"alert", "notify-test", "--email"}).exitCode, 3);
        auto right = run({"alert", "set-smtp-password", "--stdin"},
                         smtp.reported(QStringLiteral("PASSWORD")).toUtf8() + '\n');
        QCOMPARE(right.exitCode, 0);
        QVERIFY(!right.out.contains(smtp.reported(QStringLiteral("PASSWORD")).toUtf8()));
        QVERIFY(QDir(smtp.reported(QStringLiteral("MAIL_DIR")))
                    .entryList({"*.eml"})
                    .isEmpty()); // a login, no mail
        auto sent = run({"alert", "notify-test", "--email"});
        QVERIFY2(sent.exitCode == 0, sent.err.constData());
        QFile eml(smtp.reported(QStringLiteral("MAIL_DIR")) + QStringLiteral("/1.eml"));
        QVERIFY(eml.open(QIODevice::ReadOnly));
        const QByteArray mail = eml.readAll();
        QVERIFY2(mail.contains("Subject: [CRITICAL] opsdeck-notify-test is failing"), mail.constData());
        QVERIFY(mail.contains("To: oncall@example.org"));
        // Nothing about the password reached the database.
        QFile db(m_db->path());
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.readAll().contains(smtp.reported(QStringLiteral("PASSWORD")).toUtf8()));
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    }

    void desktopThroughARealDaemon()
    {
        test::RealServer daemon(QStringLiteral("notifyd.sh"), {});
        OPSDECK_REQUIRE_SERVER(daemon);
        const auto without = run({"alert", "notify-test", "--desktop"});
        QCOMPARE(without.exitCode, 1);
        QVERIFY2(without.err.contains("no notification daemon"), without.err.constData());
        qputenv("DBUS_SESSION_BUS_ADDRESS",
                daemon.reported(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")).toUtf8());
        const auto r = run({"alert", "notify-test", "--desktop"});
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("sent a test notification by desktop notification"));
    }
};

QTEST_GUILESS_MAIN(TestAlertNotifyCli)
#include "tst_alertnotifycli.moc"
