// `opsdeck alert config | notify-test | set-smtp-password` against real servers: the
// webhook recorder, aiosmtpd with STARTTLS (smtp.sh), a private Secret Service
// (keychain.sh) and a real notification daemon (notifyd.sh). Exit codes and one-line errors.
// The webhook URL lives in the keychain only: the test reads it there itself.

#include "RealServer.h"
#include "alerts/AlertSettings.h"
#include "sources/SecretProvider.h"

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
    std::unique_ptr<test::RealServer> m_keychain;

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

    // The CLI runs from here on see the private keychain (init() takes it away again).
    void useKeychain()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS",
                m_keychain->reported(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")).toUtf8());
    }
    // What the keychain holds for the webhook, read in this process.
    Result<QString> keychainEntry()
    {
        useKeychain();
        std::optional<Result<QString>> got;
        KeychainSecretProvider keychain;
        keychain.read(AlertSettings::webhookSecretName(),
                      [&](Result<QString> r) { got.emplace(std::move(r)); });
        if (!QTest::qWaitFor([&] { return got.has_value(); }, 20000))
            return Error::failure(QStringLiteral("the keychain did not answer"));
        return *got;
    }
    QByteArray dbFile() const
    {
        QFile f(m_db->path());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
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
        m_keychain = std::make_unique<test::RealServer>(QStringLiteral("keychain.sh"), QStringList{});
        OPSDECK_REQUIRE_SERVER(*m_keychain);
    }
    void init()
    {
        m_db = std::make_unique<test::TempDatabase>();
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    }

    void configSetAndShow()
    {
        QCOMPARE(config().value("webhook").toObject().value("configured").toBool(), false);
        useKeychain();
        const auto set =
            run({"alert", "config", "--webhook", "https://chat.example.org/hooks/T1/B2", "--smtp-server",
                 "mail.example.org", "--smtp-port", "2525", "--smtp-user", "ops", "--smtp-from",
                 "ops@example.org", "--smtp-to", "a@example.org, b@example.org", "--threshold", "error",
                 "--quiet", "22:00-07:00"});
        QCOMPARE(set.exitCode, 0);
        QVERIFY(set.out.contains("quiet_hours: 22:00-07:00"));
        QVERIFY2(set.out.contains("webhook_host: https://chat.example.org:443"), set.out.constData());
        QVERIFY(!set.out.contains("T1/B2"));
        const QJsonObject c = config();
        QCOMPARE(c.value("webhook").toObject(),
                 (QJsonObject{{"configured", true}, {"host", "https://chat.example.org:443"}}));
        QVERIFY(!QJsonDocument(c).toJson().contains("hooks"));
        auto stored = keychainEntry();
        QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().message));
        QCOMPARE(*stored, QStringLiteral("https://chat.example.org/hooks/T1/B2"));
        QVERIFY(!dbFile().contains("T1/B2"));
        QCOMPARE(c.value("threshold").toString(), QStringLiteral("error"));
        QCOMPARE(c.value("quiet_hours").toString(), QStringLiteral("22:00-07:00"));
        QCOMPARE(c.value("quiet_critical_passes").toBool(), true);
        const QJsonObject smtp = c.value("smtp").toObject();
        QCOMPARE(smtp.value("server").toString(), QStringLiteral("mail.example.org"));
        QCOMPARE(smtp.value("port").toInt(), 2525);
        QCOMPARE(smtp.value("to").toArray(), (QJsonArray{"a@example.org", "b@example.org"}));
        QCOMPARE(smtp.value("require_starttls").toBool(), true);
        QCOMPARE(c.value("smtp_password_entry").toString(), QStringLiteral("smtp:ops@mail.example.org:2525"));
        // One change leaves the rest; off clears, and takes the URL out of the keychain.
        QCOMPARE(run({"alert", "config", "--webhook", "off", "--quiet-critical", "off"}).exitCode, 0);
        QCOMPARE(config().value("webhook").toObject(), (QJsonObject{{"configured", false}, {"host", ""}}));
        auto gone = keychainEntry();
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code, Error::Code::NotFound);
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
        QTest::newRow("both") << QStringList{"--webhook", "https://h.example/x", "--webhook-stdin"}
                              << "not both";
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

    // No D-Bus session bus, so no keychain: one line, exit 1, and not even the other
    // options given with it are saved.
    void webhookWithoutAKeychainChangesNothing()
    {
        const auto r = run(
            {"alert", "config", "--webhook", "https://chat.example.org/hooks/x", "--threshold", "critical"});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(lines(r.err), 1);
        QVERIFY2(r.err.contains("no keychain") && r.err.contains("nothing was changed"), r.err.constData());
        QCOMPARE(config().value("threshold").toString(), QStringLiteral("warning"));
        QCOMPARE(config().value("webhook").toObject().value("configured").toBool(), false);
        QCOMPARE(run({"alert", "config", "--webhook", "off"}).exitCode, 1);
        const auto in = run({"alert", "config", "--webhook-stdin"}, "https://chat.example.org/hooks/x\n");
        QCOMPARE(in.exitCode, 1);
        QVERIFY(!dbFile().contains("hooks/x"));
    }

    void alertHelpNamesEveryVerb()
    {
        const auto r = test::runCli({"alert", "--help"});
        QCOMPARE(r.exitCode, 0);
        for (const char* verb :
             {"alert list", "alert config", "alert notify-test", "alert set-smtp-password"})
            QVERIFY2(r.out.contains(verb), verb);
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
        useKeychain();
        const auto set =
            run({"alert", "config", "--webhook-stdin"}, hook("/ok?token=s3cr3t").toUtf8() + '\n');
        QVERIFY2(set.exitCode == 0, set.err.constData());
        QVERIFY(!set.out.contains("s3cr3t"));
        QVERIFY(!dbFile().contains("s3cr3t"));
        QFile posts(m_recorder->reported(QStringLiteral("POSTS")));
        const auto r = run({"alert", "notify-test"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("sent a test notification by webhook"), r.out.constData());
        QVERIFY(posts.open(QIODevice::ReadOnly));
        const QList<QByteArray> got = posts.readAll().trimmed().split('\n');
        const QJsonObject last = QJsonDocument::fromJson(got.last()).object();
        QCOMPARE(last.value("path").toString(), QStringLiteral("/ok?token=s3cr3t")); // the keychain's URL
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
        // Another cache on this computer turns the webhook off: the keychain's entry goes,
        // this cache still says on, and notify-test says how to set the URL again.
        test::TempDatabase other;
        QCOMPARE(test::runCli({"--db", other.path(), "alert", "config", "--webhook", "off"}).exitCode, 0);
        const auto missing = run({"alert", "notify-test", "--webhook"});
        QCOMPARE(missing.exitCode, 3);
        QCOMPARE(lines(missing.err), 1);
        QVERIFY2(missing.err.contains("alert:webhook") && missing.err.contains("--webhook-stdin"),
                 missing.err.constData());
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
