// MetricProbe and UnreachableProbe on a real metrics cache (MetricStore on a temporary
// SQLite database) with a ManualClock: aggregation over the last N points, each
// comparator against warning and critical, a machine-less series path, no data → unknown
// (naming a dead source when the health callback says so), stale machines.
#include "ProbeTestSupport.h"
#include "TestSupport.h"
#include "checks/CheckProbeFactory.h"
#include "checks/HttpProbe.h"
#include "checks/JenkinsProbe.h"
#include "checks/MetricProbe.h"
#include "checks/NagiosProbe.h"
#include "checks/TcpProbe.h"
#include "checks/UnreachableProbe.h"
#include "metrics/MetricStore.h"

#include <QStandardPaths>

using namespace opsdeck;
using opsdeck::test::probeCheck;
using opsdeck::test::runProbe;

namespace {
const qint64 T0 = 1699999980; // a multiple of 60

IncomingSample sample(const QString& machine, const QString& metric, const QString& source, qint64 ts,
                      double v)
{
    IncomingSample s;
    s.key = {machine, metric, source};
    s.timestamp = ts;
    s.value = v;
    return s;
}
} // namespace

class tst_MetricProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void thresholds_data();
    void thresholds();
    void seriesPath();
    void noDataUnknown();
    void sourceDownNamed();
    void badParams();
    void aggregateAndJudge();
    void unreachable();
    void factory();

private:
    ProbeResult probe(const QJsonObject& params, const QString& target = QStringLiteral("web1"));
    std::unique_ptr<test::TempDatabase> m_tdb;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<MetricStore> m_store;
};

void tst_MetricProbe::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_tdb = std::make_unique<test::TempDatabase>();
    m_clock = std::make_unique<ManualClock>(T0 * 1000);
    m_store = std::make_unique<MetricStore>(m_tdb->db(), *m_clock);
    m_store->setMaintenanceIntervalMs(0);
    SampleBatch batch;
    for (int i = 1; i <= 10; ++i) // 1 .. 10, the last at T0
        batch << sample(QStringLiteral("web1"), QStringLiteral("loadavg-1"), QStringLiteral("local"),
                        T0 - (10 - i) * 60, i);
    for (int i = 0; i < 5; ++i)
        batch << sample(QString(), QStringLiteral("servers.web1.errors"), QStringLiteral("graphite"),
                        T0 - (4 - i) * 60, 100 + i);
    QVERIFY(m_store->append(batch).ok());
    QVERIFY(m_store->flush().ok());
}

ProbeResult tst_MetricProbe::probe(const QJsonObject& params, const QString& target)
{
    MetricProbe p(probeCheck(CheckKind::Metric, params), *m_store, *m_clock);
    return runProbe(p, target);
}

void tst_MetricProbe::thresholds_data()
{
    QTest::addColumn<QString>("agg");
    QTest::addColumn<int>("over");
    QTest::addColumn<QString>("op");
    QTest::addColumn<double>("warning");
    QTest::addColumn<double>("critical");
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("status");
    QTest::newRow("last > crit") << "last" << 1 << ">" << 5.0 << 9.5 << 10.0 << int(CheckStatus::Critical);
    QTest::newRow("avg of 3 > warn") << "avg" << 3 << ">" << 5.0 << 9.5 << 9.0 << int(CheckStatus::Warning);
    QTest::newRow("min of 3 >= warn") << "min" << 3 << ">=" << 8.0 << 9.0 << 8.0 << int(CheckStatus::Warning);
    QTest::newRow("max of 5 >= crit")
        << "max" << 5 << ">=" << 5.0 << 10.0 << 10.0 << int(CheckStatus::Critical);
    QTest::newRow("avg of all < ok") << "avg" << 100 << "<" << 2.0 << 1.0 << 5.5 << int(CheckStatus::Ok);
    QTest::newRow("last <= crit") << "last" << 1 << "<=" << 20.0 << 10.0 << 10.0
                                  << int(CheckStatus::Critical);
    QTest::newRow("last == warn") << "last" << 1 << "==" << 10.0 << 11.0 << 10.0 << int(CheckStatus::Warning);
    QTest::newRow("last != ok") << "last" << 1 << "!=" << 10.0 << 10.0 << 10.0 << int(CheckStatus::Ok);
}

void tst_MetricProbe::thresholds()
{
    QFETCH(QString, agg);
    QFETCH(int, over);
    QFETCH(QString, op);
    QFETCH(double, warning);
    QFETCH(double, critical);
    QFETCH(double, value);
    QFETCH(int, status);
    const ProbeResult r = probe({{"metric", "loadavg-1"},
                                 {"op", op},
                                 {"warning", warning},
                                 {"critical", critical},
                                 {"over", over},
                                 {"agg", agg}});
    QVERIFY2(r.value.has_value(), qPrintable(r.message));
    QCOMPARE(*r.value, value);
    QCOMPARE(int(r.status), status);
    QVERIFY2(r.message.contains(QStringLiteral("web1/loadavg-1")), qPrintable(r.message));
}

void tst_MetricProbe::seriesPath()
{
    const ProbeResult r = probe(
        {{"series", "servers.web1.errors"}, {"op", ">"}, {"critical", 103}, {"agg", "max"}, {"over", 2}},
        QString());
    QCOMPARE(r.status, CheckStatus::Critical);
    QCOMPARE(r.value, std::optional<double>(104));
}

void tst_MetricProbe::noDataUnknown()
{
    ProbeResult r = probe({{"metric", "no-such-metric"}, {"op", ">"}, {"critical", 1}});
    QCOMPARE(r.status, CheckStatus::Unknown);
    QVERIFY(r.sourceDown.isEmpty());
    // Data older than the look-back window is no data either.
    m_clock->advanceSecs(86400);
    r = probe({{"metric", "loadavg-1"}, {"op", ">"}, {"critical", 1}});
    m_clock->setMs(T0 * 1000);
    QCOMPARE(r.status, CheckStatus::Unknown);
    QVERIFY2(r.message.contains(QStringLiteral("web1/loadavg-1")), qPrintable(r.message));
}

void tst_MetricProbe::sourceDownNamed()
{
    MetricProbe p(
        probeCheck(CheckKind::Metric, {{"series", "servers.web9.errors"}, {"op", ">"}, {"critical", 1}}),
        *m_store, *m_clock);
    QString askedMetric;
    p.setSourceHealth([&askedMetric](const QString&, const QString& metric) {
        askedMetric = metric;
        return QStringLiteral("graphite");
    });
    const ProbeResult r = runProbe(p);
    QCOMPARE(r.status, CheckStatus::Unknown);
    QCOMPARE(r.sourceDown, QStringLiteral("graphite"));
    QCOMPARE(askedMetric, QStringLiteral("servers.web9.errors"));
    QVERIFY2(r.message.contains(QStringLiteral("graphite is down")), qPrintable(r.message));
}

void tst_MetricProbe::badParams()
{
    QCOMPARE(probe({{"metric", "loadavg-1"}, {"op", "=>"}, {"critical", 1}}).status, CheckStatus::Unknown);
    QCOMPARE(probe({{"metric", "loadavg-1"}, {"op", ">"}}).status, CheckStatus::Unknown);
    QCOMPARE(probe({{"metric", "loadavg-1"}, {"op", ">"}, {"critical", 1}, {"agg", "median"}}).status,
             CheckStatus::Unknown);
    QCOMPARE(probe({{"metric", "loadavg-1"}, {"op", ">"}, {"critical", 1}}, QString()).status,
             CheckStatus::Unknown);
}

void tst_MetricProbe::aggregateAndJudge()
{
    QCOMPARE(MetricProbe::aggregate({1, 2, 6}, QStringLiteral("avg")), std::optional<double>(3));
    QCOMPARE(MetricProbe::aggregate({}, QStringLiteral("avg")), std::nullopt);
    QCOMPARE(MetricProbe::judge(5, QStringLiteral(">"), std::nullopt, 4), CheckStatus::Critical);
    QCOMPARE(MetricProbe::judge(5, QStringLiteral(">"), 4, std::nullopt), CheckStatus::Warning);
    QCOMPARE(MetricProbe::judge(5, QStringLiteral("<"), 4, 3), CheckStatus::Ok);
}

void tst_MetricProbe::unreachable()
{
    UnreachableProbe p(probeCheck(CheckKind::Unreachable, {{"stale_secs", 300}}), *m_store, *m_clock);
    m_clock->setMs((T0 + 100) * 1000);
    ProbeResult r = runProbe(p, QStringLiteral("web1"));
    QCOMPARE(r.status, CheckStatus::Ok);
    QCOMPARE(r.value, std::optional<double>(100));
    m_clock->setMs((T0 + 1000) * 1000);
    r = runProbe(p, QStringLiteral("web1"));
    QCOMPARE(r.status, CheckStatus::Critical);
    QVERIFY2(r.message.contains(QStringLiteral("no data for 1000 s")), qPrintable(r.message));
    r = runProbe(p, QStringLiteral("never-seen"));
    QCOMPARE(r.status, CheckStatus::Critical);
    r = runProbe(p, QString());
    QCOMPARE(r.status, CheckStatus::Unknown);
    m_clock->setMs(T0 * 1000);
}

void tst_MetricProbe::factory()
{
    ProbeServices services;
    services.clock = m_clock.get();
    QStringList asked;
    services.password = [&asked](const CheckDefinition& c) {
        asked << c.name;
        return QStringLiteral("secret");
    };
    const auto make = [&](CheckKind kind) {
        return makeCheckProbe(probeCheck(kind, {}), services);
    };
    QVERIFY(qobject_cast<HttpProbe*>(make(CheckKind::Http).get()));
    QVERIFY(qobject_cast<JenkinsProbe*>(make(CheckKind::Jenkins).get()));
    QVERIFY(qobject_cast<TcpProbe*>(make(CheckKind::Tcp).get()));
    QVERIFY(qobject_cast<NagiosProbe*>(make(CheckKind::Nagios).get()));
    QVERIFY(!make(CheckKind::Metric)); // no store given
    QVERIFY(!make(CheckKind::Lifecycle));
    QVERIFY(asked.isEmpty()); // no user, no password asked
    QVERIFY(makeCheckProbe(probeCheck(CheckKind::Http, {{"user", "ops"}}), services));
    QCOMPARE(asked, QStringList{QStringLiteral("probe")});
    services.metrics = m_store.get();
    QVERIFY(qobject_cast<MetricProbe*>(make(CheckKind::Metric).get()));
    QVERIFY(qobject_cast<UnreachableProbe*>(make(CheckKind::Unreachable).get()));
}

QTEST_GUILESS_MAIN(tst_MetricProbe)
#include "tst_metricprobe.moc"
