// A metric check on what a real prometheus-node-exporter served: `source add
// node-exporter` + `metrics poll --once` (the existing poller) fill the cache, then `check
// add metric` + `check run --once` judge the stored point against thresholds on both
// sides (above: > / >=, below: < / <=): ok, warning and critical, each with Nagios's exit
// code and the value the cache holds.

#include "IntegrationSupport.h"

#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace opsdeck;

class TestMetricCheckNodeExporter : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::RealServer> m_exporter;
    std::unique_ptr<test::TempDatabase> m_db;
    double m_memory = 0; // memory-total as stored from node_memory_MemTotal_bytes

    test::CliRun cli(const QStringList& args) { return test::opsdeck(m_db->path(), args); }
    static QString number(double v) { return QString::number(v, 'f', 0); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const quint16 port = test::freeTcpPort();
        m_exporter = std::make_unique<test::RealServer>(QStringLiteral("node_exporter.sh"),
                                                        QStringList{QString::number(port)});
        OPSDECK_REQUIRE_SERVER(*m_exporter);
        m_db = std::make_unique<test::TempDatabase>();
        QVERIFY(test::addMachine(**m_db, QStringLiteral("box1"), QStringLiteral("127.0.0.1")));
        auto add =
            cli({"source", "add", "node-exporter", QStringLiteral("http://{address}:%1/metrics").arg(port),
                 "--machine", "box1", "--interval", "1m"});
        QVERIFY2(add.exitCode == 0, add.err.constData());
        auto poll = cli({"metrics", "poll", "--once"});
        QVERIFY2(poll.exitCode == 0, poll.out + poll.err);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const auto points =
            test::storedPoints(m_db->db(), QStringLiteral("box1"), QStringLiteral("memory-total"),
                               QStringLiteral("node_exporter"), now - 120, now + 60);
        QVERIFY(!points.isEmpty());
        m_memory = points.last();
        QVERIFY(m_memory > 1e6); // bytes of RAM
    }

    void thresholdsOnBothSides_data()
    {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("warning");  // "M" stands for memory-total's value
        QTest::addColumn<QString>("critical"); // "" for none
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("exit");
        // Above: the value must stay under the limits.
        QTest::newRow("above ok") << "memory-total"
                                  << ">"
                                  << "M+1"
                                  << "M*2"
                                  << "ok" << 0;
        QTest::newRow("above warning") << "memory-total"
                                       << ">"
                                       << "M/2"
                                       << "M*2"
                                       << "warning" << 1;
        QTest::newRow("above critical") << "memory-total"
                                        << ">"
                                        << "M/4"
                                        << "M/2"
                                        << "critical" << 2;
        QTest::newRow("at the limit") << "memory-total"
                                      << ">="
                                      << ""
                                      << "M"
                                      << "critical" << 2;
        // Below: the value must stay over the limits.
        QTest::newRow("below ok") << "memory-total"
                                  << "<"
                                  << "M/2"
                                  << "M/4"
                                  << "ok" << 0;
        QTest::newRow("below warning") << "memory-total"
                                       << "<"
                                       << "M*2"
                                       << "M/2"
                                       << "warning" << 1;
        QTest::newRow("below critical") << "memory-total"
                                        << "<="
                                        << "M*4"
                                        << "M"
                                        << "critical" << 2;
        // A moving value: the load average is never negative.
        QTest::newRow("load never below 0") << "loadavg-1"
                                            << "<"
                                            << ""
                                            << "0"
                                            << "ok" << 0;
        QTest::newRow("load at least 0") << "loadavg-1"
                                         << ">="
                                         << ""
                                         << "0"
                                         << "critical" << 2;
    }
    void thresholdsOnBothSides()
    {
        QFETCH(QString, metric);
        QFETCH(QString, op);
        QFETCH(QString, warning);
        QFETCH(QString, critical);
        QFETCH(QString, status);
        QFETCH(int, exit);
        auto value = [this](QString v) {
            if (v.startsWith(QLatin1Char('M'))) {
                const QString rest = v.mid(1);
                double m = m_memory;
                if (rest.startsWith(QLatin1Char('+')))
                    m += rest.mid(1).toDouble();
                else if (rest.startsWith(QLatin1Char('*')))
                    m *= rest.mid(1).toDouble();
                else if (rest.startsWith(QLatin1Char('/')))
                    m /= rest.mid(1).toDouble();
                v = number(m);
            }
            return v;
        };
        QStringList add{"check", "add",      "metric", "--name", "probe", "--machine",
                        "box1",  "--metric", metric,   "--op",   op};
        if (!warning.isEmpty())
            add << "--warning" << value(warning);
        if (!critical.isEmpty())
            add << "--critical" << value(critical);
        auto added = cli(add);
        QVERIFY2(added.exitCode == 0, added.err.constData());

        auto run = cli({"check", "run", "--once", "--format", "json"});
        const QJsonArray results = test::jsonOf(run.out).value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 1);
        const QJsonObject r = results.first().toObject();
        QVERIFY2(r.value("status").toString() == status,
                 qPrintable(r.value("status").toString() + ": " + r.value("message").toString()));
        QCOMPARE(run.exitCode, exit);
        QCOMPARE(r.value("target").toString(), QStringLiteral("box1"));
        if (metric == QLatin1String("memory-total"))
            QCOMPARE(r.value("value").toDouble(), m_memory); // the stored point, not another read
        else
            QVERIFY(r.value("value").toDouble() >= 0);

        QCOMPARE(cli({"check", "remove", "probe"}).exitCode, 0);
    }

    void cleanupTestCase()
    {
        m_db.reset();
        m_exporter.reset();
    }
};

QTEST_GUILESS_MAIN(TestMetricCheckNodeExporter)
#include "tst_metriccheck_node_exporter.moc"
