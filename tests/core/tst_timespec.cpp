#include "util/TimeSpec.h"

#include <QTest>

using namespace opsdeck;

class TstTimeSpec : public QObject
{
    Q_OBJECT
private slots:
    void times_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected");
        const qint64 now = 1'795'000'000;
        QTest::newRow("now") << "now" << now;
        QTest::newRow("epoch") << "1700000000" << qint64(1'700'000'000);
        QTest::newRow("iso Z") << "2026-11-21T10:00:00Z" << qint64(1'795'255'200);
        QTest::newRow("iso no zone is UTC") << "2026-11-21T10:00:00" << qint64(1'795'255'200);
        QTest::newRow("iso offset") << "2026-11-21T19:00:00+09:00" << qint64(1'795'255'200);
        QTest::newRow("-30s") << "-30s" << now - 30;
        QTest::newRow("-10m") << "-10m" << now - 600;
        QTest::newRow("-2h") << "-2h" << now - 7200;
        QTest::newRow("-7d") << "-7d" << now - 7 * 86400;
        QTest::newRow("-1w") << "-1w" << now - 7 * 86400;
    }
    void times()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        auto r = TimeSpec::parseTime(text, 1'795'000'000);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(*r, expected);
    }
    void badTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("word") << "yesterday";
        QTest::newRow("no unit") << "-10";
        QTest::newRow("bad unit") << "-10x";
        QTest::newRow("bad date") << "2026-13-45T00:00:00Z";
    }
    void badTimes()
    {
        QFETCH(QString, text);
        auto r = TimeSpec::parseTime(text, 0);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Usage);
        QVERIFY(r.error().message.contains(text));
    }
    void durations()
    {
        QCOMPARE(*TimeSpec::parseDuration(QStringLiteral("30s")), qint64(30));
        QCOMPARE(*TimeSpec::parseDuration(QStringLiteral("5m")), qint64(300));
        QCOMPARE(*TimeSpec::parseDuration(QStringLiteral("1h")), qint64(3600));
        QCOMPARE(*TimeSpec::parseDuration(QStringLiteral("1d")), qint64(86400));
        QCOMPARE(*TimeSpec::parseDuration(QStringLiteral("90")), qint64(90));
        QVERIFY(!TimeSpec::parseDuration(QStringLiteral("0s")).ok());
        QVERIFY(!TimeSpec::parseDuration(QStringLiteral("-5m")).ok());
        QVERIFY(!TimeSpec::parseDuration(QStringLiteral("five")).ok());
    }
    void iso() { QCOMPARE(TimeSpec::toIso(1'795'255'200), QStringLiteral("2026-11-21T10:00:00Z")); }
};

QTEST_APPLESS_MAIN(TstTimeSpec)
#include "tst_timespec.moc"
