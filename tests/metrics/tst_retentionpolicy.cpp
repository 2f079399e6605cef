#include "TestSupport.h"
#include "metrics/RetentionPolicy.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace opsdeck;

class TstRetentionPolicy : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultsAreKuradosRras()
    {
        const auto p = RetentionPolicy::defaults();
        QCOMPARE(p.toString(), QStringLiteral("1m:2d,5m:10d,1h:40d,1d:1100d"));
        QCOMPARE(p.baseStep(), 60);
        QCOMPARE(p.heartbeat(), 120);
        QCOMPARE(p.xff(), 0.5);
    }

    void parsesGraphiteSyntax_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("seed server") << "60s:1d,5m:7d,15m:3y"
                                     << "1m:1d,5m:7d,15m:1095d";
        QTest::newRow("seed default") << "60s:1d,5m:7d"
                                      << "1m:1d,5m:7d";
        QTest::newRow("spaces and long units") << " 10s:6h , 1min:2days "
                                               << "10s:6h,1m:2d";
        QTest::newRow("bare duration counts points") << "60:1440"
                                                     << "1m:1d";
        QTest::newRow("weeks") << "1m:1w,1h:4w"
                               << "1m:7d,1h:28d";
        QTest::newRow("rounded up to a whole step") << "1h:90m"
                                                    << "1h:2h";
    }
    void parsesGraphiteSyntax()
    {
        QFETCH(QString, text);
        QFETCH(QString, normalized);
        auto p = RetentionPolicy::parse(text);
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
        QCOMPARE(p->toString(), normalized);
        QCOMPARE(RetentionPolicy::parse(p->toString())->toString(), normalized);
    }

    void rejectsWithAClearError_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("no colon") << "60s"
                                  << "precision:duration";
        QTest::newRow("bad unit") << "60x:1d"
                                  << "60x";
        QTest::newRow("zero") << "0s:1d"
                              << "more than zero";
        QTest::newRow("finer later") << "5m:1d,1m:7d"
                                     << "coarser";
        QTest::newRow("not a multiple") << "60s:1d,90s:7d"
                                        << "multiple";
        QTest::newRow("too short to roll up") << "60s:2m,5m:1d"
                                              << "rolled up";
        QTest::newRow("less than a point") << "1h:30m"
                                           << "less than one point";
    }
    void rejectsWithAClearError()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        auto p = RetentionPolicy::parse(text);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code, Error::Code::Usage);
        QVERIFY2(p.error().message.contains(mentions), qPrintable(p.error().message));
    }

    void savedInSettings()
    {
        test::TempDatabase tdb;
        QSqlDatabase db = tdb->connection();
        QCOMPARE(RetentionPolicy::load(db)->toString(), RetentionPolicy::defaults().toString());
        auto p = RetentionPolicy::parse(QStringLiteral("60s:1d,5m:7d,15m:3y"));
        QVERIFY(p->save(db).ok());
        QCOMPARE(RetentionPolicy::load(db)->toString(), p->toString());
        QSqlQuery(db).exec(
            QStringLiteral("UPDATE settings SET value = 'nonsense' WHERE key = 'metrics.retention'"));
        auto bad = RetentionPolicy::load(db);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QStringLiteral("metrics.retention")));
    }
};

QTEST_GUILESS_MAIN(TstRetentionPolicy)
#include "tst_retentionpolicy.moc"
