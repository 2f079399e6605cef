#include "inventory_io/HostPattern.h"

#include <QTest>

using namespace opsdeck;

class TstHostPattern : public QObject
{
    Q_OBJECT
private slots:
    void expands_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<int>("port");
        QTest::newRow("plain") << "web1.example.com" << QStringList{"web1.example.com"} << 0;
        QTest::newRow("zero padded") << "web[08:11].example.com"
                                     << QStringList{"web08.example.com", "web09.example.com",
                                                    "web10.example.com", "web11.example.com"}
                                     << 0;
        QTest::newRow("unpadded") << "n[9:11]" << QStringList{"n9", "n10", "n11"} << 0;
        QTest::newRow("letters") << "db-[a:c]" << QStringList{"db-a", "db-b", "db-c"} << 0;
        QTest::newRow("stride") << "r[0:10:5]" << QStringList{"r0", "r5", "r10"} << 0;
        QTest::newRow("empty start") << "x[:2]" << QStringList{"x0", "x1", "x2"} << 0;
        QTest::newRow("two ranges") << "r[1:2]c[a:b]" << QStringList{"r1ca", "r1cb", "r2ca", "r2cb"} << 0;
        QTest::newRow("port") << "web1:2222" << QStringList{"web1"} << 2222;
        QTest::newRow("range and port") << "w[1:2]:2200" << QStringList{"w1", "w2"} << 2200;
        QTest::newRow("ipv6 has no port") << "fe80::1" << QStringList{"fe80::1"} << 0;
        QTest::newRow("unicode") << "服务器[1:2]" << QStringList{"服务器1", "服务器2"} << 0;
    }
    void expands()
    {
        QFETCH(QString, pattern);
        QFETCH(QStringList, names);
        QFETCH(int, port);
        const auto r = HostPattern::parse(pattern);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->names, names);
        QCOMPARE(r->port.value_or(0), port);
    }
    void refuses_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("needle");
        QTest::newRow("backwards") << "web[9:2]"
                                   << "starts after it ends";
        QTest::newRow("open") << "web[1:2"
                              << "without ']'";
        QTest::newRow("stray close") << "web1]"
                                     << "without '['";
        QTest::newRow("mixed") << "web[1:c]"
                               << "two numbers or two letters";
        QTest::newRow("zero stride") << "web[1:9:0]"
                                     << "stride";
        QTest::newRow("huge") << "web[1:99999999]"
                              << "more than";
        QTest::newRow("huge product") << "a[1:1000]b[1:1000]"
                                      << "more than";
        QTest::newRow("bad port") << "web1:http"
                                  << "not a port";
        QTest::newRow("empty") << "  "
                               << "empty host";
    }
    void refuses()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, needle);
        const auto r = HostPattern::parse(pattern);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(needle), qPrintable(r.error().message));
        QCOMPARE(r.error().code, Error::Code::Refused);
    }
};

QTEST_GUILESS_MAIN(TstHostPattern)
#include "tst_hostpattern.moc"
