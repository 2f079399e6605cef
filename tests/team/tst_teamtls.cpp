// TLS to a team database as libpq's sslmode says, against a real PostgreSQL with TLS on
// (postgres.sh start DIR PORT tls: its own CA, a certificate for 127.0.0.1, TCP only over
// TLS): verify-full with the right CA gets an encrypted connection, with another CA it is
// refused for the certificate, and disable is refused by the server.

#include "RealServer.h"
#include "db/Database.h"
#include "db/DatabaseLogin.h"
#include "db/DatabaseUrl.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace opsdeck;

class TestTeamTls : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::RealServer> m_pg;
    QTemporaryDir m_home;
    QString m_url;

    // libpq's trusted CAs for verify-ca / verify-full: ~/.postgresql/root.crt.
    bool trust(const QString& caFile)
    {
        const QString dir = m_home.filePath(QStringLiteral(".postgresql"));
        QDir().mkpath(dir);
        const QString root = dir + QStringLiteral("/root.crt");
        QFile::remove(root);
        return QFile::copy(caFile, root);
    }
    QString withMode(const QString& mode) const { return m_url + QStringLiteral("?sslmode=") + mode; }

private slots:
    void initTestCase()
    {
        OPSDECK_START_POSTGRES(m_pg, m_url, m_home.path(), QStringLiteral("tls"));
        QVERIFY2(!m_pg->reported(QStringLiteral("CA_CERT")).isEmpty(), qPrintable(m_pg->output()));
        qputenv("HOME", m_home.path().toUtf8());
        qunsetenv("PGSSLROOTCERT");
        qunsetenv("PGSSLMODE");
    }

    void verifyFullWithTheRightCaIsEncrypted()
    {
        QVERIFY(trust(m_pg->reported(QStringLiteral("CA_CERT"))));
        auto url = DatabaseUrl::parse(withMode(QStringLiteral("verify-full")));
        QVERIFY(url.ok());
        QCOMPARE(url->sslmode, QStringLiteral("verify-full"));
        auto login = DatabaseLogin::attempt(*url, {});
        QVERIFY2(login.ok(), qPrintable(login.ok() ? QString() : login.error().message));
        QCOMPARE(*login, DatabaseLogin::Outcome::Accepted);

        auto db = Database::open(withMode(QStringLiteral("verify-full")));
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QSqlDatabase c = (*db)->connection();
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toBool(), "the connection is not encrypted");

        // The CLI the same way.
        const test::CliRun status =
            test::runCli({QStringLiteral("--db"), withMode(QStringLiteral("verify-full")),
                          QStringLiteral("db"), QStringLiteral("status")});
        QVERIFY2(status.exitCode == 0, status.err.constData());
    }

    void verifyFullRefusesACertificateItCannotTrust()
    {
        QVERIFY(trust(m_pg->reported(QStringLiteral("OTHER_CA_CERT"))));
        auto url = DatabaseUrl::parse(withMode(QStringLiteral("verify-full")));
        auto login = DatabaseLogin::attempt(*url, {});
        QVERIFY(!login.ok());
        QVERIFY2(login.error().message.contains(QLatin1String("certificate")),
                 qPrintable(login.error().message));
        const test::CliRun status =
            test::runCli({QStringLiteral("--db"), withMode(QStringLiteral("verify-full")),
                          QStringLiteral("db"), QStringLiteral("status")});
        QCOMPARE(status.exitCode, 1);
        QVERIFY2(status.err.contains("certificate"), status.err.constData());
        // Without verification the same server is reachable (encrypted, not authenticated;
        // libpq verifies under `require` too when a root.crt exists, so none here).
        QVERIFY(QFile::remove(m_home.filePath(QStringLiteral(".postgresql/root.crt"))));
        auto unverified =
            DatabaseLogin::attempt(*DatabaseUrl::parse(withMode(QStringLiteral("require"))), {});
        QVERIFY2(unverified.ok(), qPrintable(unverified.ok() ? QString() : unverified.error().message));
        QCOMPARE(*unverified, DatabaseLogin::Outcome::Accepted);
    }

    void serverRefusesAPlainConnection()
    {
        auto login = DatabaseLogin::attempt(*DatabaseUrl::parse(withMode(QStringLiteral("disable"))), {});
        QVERIFY(!login.ok());
        QVERIFY2(login.error().message.contains(QLatin1String("no encryption")) ||
                     login.error().message.contains(QLatin1String("pg_hba.conf")),
                 qPrintable(login.error().message));
    }
};

QTEST_GUILESS_MAIN(TestTeamTls)
#include "tst_teamtls.moc"
