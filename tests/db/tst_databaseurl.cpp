// DatabaseUrl: --db / OPSDECK_DB as postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=...],
// never with a password.

#include "db/DatabaseUrl.h"

#include <QTest>

using namespace opsdeck;

class TestDatabaseUrl : public QObject
{
    Q_OBJECT

private slots:
    void parsesAFullUrl()
    {
        auto u = DatabaseUrl::parse(
            QStringLiteral("postgresql://ops@db.example.com:6543/fleet?sslmode=verify-full"));
        QVERIFY(u.ok());
        QCOMPARE(u->user, QStringLiteral("ops"));
        QCOMPARE(u->host, QStringLiteral("db.example.com"));
        QCOMPARE(u->port, 6543);
        QCOMPARE(u->dbname, QStringLiteral("fleet"));
        QCOMPARE(u->sslmode, QStringLiteral("verify-full"));
        QCOMPARE(u->display(), QStringLiteral("postgresql://ops@db.example.com:6543/fleet"));
    }

    void defaults()
    {
        auto u = DatabaseUrl::parse(QStringLiteral("postgres://ops@10.0.0.5/fleet"));
        QVERIFY(u.ok());
        QCOMPARE(u->port, 5432);
        QVERIFY(u->sslmode.isEmpty());
    }

    void refused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("password") << QStringLiteral("postgresql://ops:hunter2@h/fleet");
        QTest::newRow("no user") << QStringLiteral("postgresql://h/fleet");
        QTest::newRow("no database") << QStringLiteral("postgresql://ops@h/");
        QTest::newRow("unknown option") << QStringLiteral("postgresql://ops@h/fleet?password=x");
        QTest::newRow("bad sslmode") << QStringLiteral("postgresql://ops@h/fleet?sslmode=sometimes");
        QTest::newRow("not a url") << QStringLiteral("/var/lib/opsdeck.sqlite");
    }

    void refused()
    {
        QFETCH(QString, url);
        auto u = DatabaseUrl::parse(url);
        QVERIFY(!u.ok());
        QCOMPARE(u.error().code, Error::Code::Usage);
        QVERIFY(!u.error().message.contains(QLatin1String("hunter2")));
    }

    void isUrl()
    {
        QVERIFY(DatabaseUrl::isUrl(QStringLiteral("postgresql://a@b/c")));
        QVERIFY(!DatabaseUrl::isUrl(QStringLiteral("postgresql.sqlite")));
        QVERIFY(!DatabaseUrl::isUrl(QStringLiteral(":memory:")));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
