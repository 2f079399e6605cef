// A team database's password, against a real PostgreSQL (postgres.sh: scram-sha-256 over
// TCP) and a real Secret Service (keychain.sh): what the server answers without one, with a
// wrong one and with the right one; the CLI finding it in ~/.pgpass or the keychain
// (`db set-password`, `db forget-password`), and saying how to give it when it has none.
// The password never shows in what the CLI prints.

#include "RealServer.h"
#include "db/DatabaseLogin.h"
#include "db/DatabaseUrl.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace opsdeck;

class TestTeamLogin : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::RealServer> m_keychain;
    std::unique_ptr<test::RealServer> m_pg;
    QTemporaryDir m_home;
    QString m_url;
    QString m_password;

    QString pgpass() const { return m_home.filePath(QStringLiteral(".pgpass")); }
    // ~/.pgpass out of the way (libpq then has no password of its own).
    bool hidePgpass() const
    {
        return !QFile::exists(pgpass()) || QFile::rename(pgpass(), pgpass() + QStringLiteral(".off"));
    }
    bool restorePgpass() const
    {
        return QFile::exists(pgpass()) || QFile::rename(pgpass() + QStringLiteral(".off"), pgpass());
    }
    test::CliRun cli(const QStringList& args, const QByteArray& in = {}) const
    {
        return test::runCli(QStringList{QStringLiteral("--db"), m_url} + args, in);
    }
    void verifyNoPassword(const test::CliRun& r) const
    {
        QVERIFY2(!r.out.contains(m_password.toUtf8()) && !r.err.contains(m_password.toUtf8()),
                 "the password shows in the CLI's output");
    }

private slots:
    void initTestCase()
    {
        m_keychain = std::make_unique<test::RealServer>(QStringLiteral("keychain.sh"), QStringList());
        OPSDECK_REQUIRE_SERVER(*m_keychain);
        qputenv("DBUS_SESSION_BUS_ADDRESS",
                m_keychain->reported(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")).toUtf8());
        OPSDECK_START_POSTGRES(m_pg, m_url, m_home.path());
        m_password = m_pg->reported(QStringLiteral("PASSWORD"));
        QVERIFY(!m_password.isEmpty());
        qputenv("HOME", m_home.path().toUtf8());
        QVERIFY(cli({QStringLiteral("db"), QStringLiteral("forget-password")}).exitCode == 0);
    }

    void cleanupTestCase()
    {
        m_pg.reset();
        m_keychain.reset();
    }

    void init() { QVERIFY(restorePgpass()); }

    void serverSaysWhatItWants()
    {
        auto url = DatabaseUrl::parse(m_url);
        QVERIFY(url.ok());
        QCOMPARE(
            DatabaseLogin::secretName(*url),
            QStringLiteral("db:opsdeck@127.0.0.1:%1/opsdeck").arg(m_pg->reported(QStringLiteral("PORT"))));
        // ~/.pgpass has it.
        auto withPgpass = DatabaseLogin::attempt(*url, {});
        QVERIFY2(withPgpass.ok(), qPrintable(withPgpass.ok() ? QString() : withPgpass.error().message));
        QCOMPARE(*withPgpass, DatabaseLogin::Outcome::Accepted);
        QVERIFY(hidePgpass());
        QCOMPARE(*DatabaseLogin::attempt(*url, {}), DatabaseLogin::Outcome::PasswordNeeded);
        QCOMPARE(*DatabaseLogin::attempt(*url, QStringLiteral("not-it")),
                 DatabaseLogin::Outcome::PasswordRejected);
        QCOMPARE(*DatabaseLogin::attempt(*url, m_password), DatabaseLogin::Outcome::Accepted);
        // No server there is an error, not a question for a password.
        DatabaseUrl nowhere = *url;
        nowhere.port = test::freeTcpPort();
        auto dead = DatabaseLogin::attempt(nowhere, m_password);
        QVERIFY(!dead.ok());
        QVERIFY2(dead.error().message.contains(nowhere.display()), qPrintable(dead.error().message));
    }

    void noPasswordAnywhereSaysHowToGiveOne()
    {
        QVERIFY(hidePgpass());
        const test::CliRun r = cli({QStringLiteral("db"), QStringLiteral("status")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("asks for a password") && r.err.contains("db set-password") &&
                     r.err.contains(".pgpass"),
                 r.err.constData());
    }

    void keychainHoldsWhatSetPasswordChecked()
    {
        QVERIFY(hidePgpass());
        // A wrong password is refused by the server and not stored.
        test::CliRun wrong = cli(
            {QStringLiteral("db"), QStringLiteral("set-password"), QStringLiteral("--stdin")}, "not-it\n");
        QCOMPARE(wrong.exitCode, 3);
        QVERIFY2(wrong.err.contains("refused the password; nothing was stored"), wrong.err.constData());
        QCOMPARE(cli({QStringLiteral("db"), QStringLiteral("status")}).exitCode, 3);

        test::CliRun set =
            cli({QStringLiteral("db"), QStringLiteral("set-password"), QStringLiteral("--stdin")},
                m_password.toUtf8() + "\n");
        QVERIFY2(set.exitCode == 0, set.err.constData());
        QVERIFY2(set.out.contains("db:opsdeck@127.0.0.1:"), set.out.constData());
        verifyNoPassword(set);
        // Every command finds it now, without ~/.pgpass.
        test::CliRun status = cli({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--format"),
                                   QStringLiteral("json")});
        QVERIFY2(status.exitCode == 0, status.err.constData());
        QVERIFY(status.out.contains("schema_version"));
        verifyNoPassword(status);

        test::CliRun forget = cli({QStringLiteral("db"), QStringLiteral("forget-password")});
        QVERIFY2(forget.exitCode == 0, forget.err.constData());
        QCOMPARE(cli({QStringLiteral("db"), QStringLiteral("status")}).exitCode, 3);
    }

    void localFileHasNoPassword()
    {
        QTemporaryDir dir;
        const test::CliRun r =
            test::runCli({QStringLiteral("--db"), dir.filePath(QStringLiteral("x.sqlite")),
                          QStringLiteral("db"), QStringLiteral("set-password"), QStringLiteral("--stdin")},
                         "secret\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("local file"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestTeamLogin)
#include "tst_teamlogin.moc"
