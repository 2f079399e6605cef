// JenkinsProbe against a real HTTP server (check_target.sh) serving Jenkins's
// job/NAME/lastBuild/api/json answers (tests/data/jenkins: the shape of a FreeStyleBuild
// as Jenkins 2.x returns it), and fromJson on broken answers.
#include "ProbeTestSupport.h"
#include "RealServer.h"
#include "checks/JenkinsProbe.h"

#include <QFile>

using namespace opsdeck;
using opsdeck::test::probeCheck;
using opsdeck::test::RealServer;
using opsdeck::test::runProbe;

class tst_JenkinsProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lastBuild_data();
    void lastBuild();
    void buildingJudgedByLastCompleted();
    void missingJobUnknown();
    void garbageJson_data();
    void garbageJson();

private:
    void serve(const QString& job, const QString& build, const QString& fixture);
    std::unique_ptr<RealServer> m_http;
    QString m_base;
};

void tst_JenkinsProbe::initTestCase()
{
    const quint16 port = opsdeck::test::freeTcpPort();
    m_http =
        std::make_unique<RealServer>(QStringLiteral("check_target.sh"), QStringList{QString::number(port)});
    OPSDECK_REQUIRE_SERVER(*m_http);
    m_base = QStringLiteral("http://127.0.0.1:%1/").arg(port);
}

void tst_JenkinsProbe::serve(const QString& job, const QString& build, const QString& fixture)
{
    QFile f(m_http->dir() + QStringLiteral("/%1.%2.json").arg(job, build));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    const QByteArray body = opsdeck::test::testData(QStringLiteral("jenkins/%1").arg(fixture));
    QVERIFY(!body.isEmpty());
    f.write(body);
}

void tst_JenkinsProbe::lastBuild_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("number");
    QTest::newRow("success") << "lastBuild_success.json" << int(CheckStatus::Ok) << 422;
    QTest::newRow("unstable") << "lastBuild_unstable.json" << int(CheckStatus::Warning) << 423;
    QTest::newRow("failure") << "lastBuild_failure.json" << int(CheckStatus::Critical) << 424;
    QTest::newRow("aborted") << "lastBuild_aborted.json" << int(CheckStatus::Warning) << 426;
}

void tst_JenkinsProbe::lastBuild()
{
    QFETCH(QString, fixture);
    QFETCH(int, status);
    QFETCH(int, number);
    serve(QStringLiteral("nightly"), QStringLiteral("lastBuild"), fixture);
    JenkinsProbe probe(probeCheck(CheckKind::Jenkins, {{"url", m_base}, {"job", "nightly"}}));
    const ProbeResult r = runProbe(probe);
    QCOMPARE(int(r.status), status);
    QCOMPARE(r.value, std::optional<double>(number));
    QVERIFY2(r.message.contains(QStringLiteral("nightly-backup #%1").arg(number)), qPrintable(r.message));
}

void tst_JenkinsProbe::buildingJudgedByLastCompleted()
{
    serve(QStringLiteral("deploy"), QStringLiteral("lastBuild"), QStringLiteral("lastBuild_building.json"));
    serve(QStringLiteral("deploy"), QStringLiteral("lastCompletedBuild"),
          QStringLiteral("lastBuild_failure.json"));
    JenkinsProbe probe(probeCheck(CheckKind::Jenkins, {{"url", m_base}, {"job", "deploy"}}));
    const ProbeResult r = runProbe(probe);
    QCOMPARE(r.status, CheckStatus::Critical);
    QCOMPARE(r.value, std::optional<double>(424));
    QFile log(m_http->dir() + QStringLiteral("/requests.log"));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray requests = log.readAll();
    QVERIFY(requests.contains("GET /job/deploy/lastBuild/api/json"));
    QVERIFY(requests.contains("GET /job/deploy/lastCompletedBuild/api/json"));
}

void tst_JenkinsProbe::missingJobUnknown()
{
    JenkinsProbe probe(probeCheck(CheckKind::Jenkins, {{"url", m_base}, {"job", "no-such-job"}}));
    const ProbeResult r = runProbe(probe);
    QCOMPARE(r.status, CheckStatus::Unknown);
    QVERIFY2(r.message.contains(QStringLiteral("404")), qPrintable(r.message));
}

void tst_JenkinsProbe::garbageJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html") << QByteArray("<html><body>Jenkins is starting</body></html>");
    QTest::newRow("array") << QByteArray("[1,2]");
    QTest::newRow("no number") << QByteArray("{\"result\":\"SUCCESS\"}");
    QTest::newRow("truncated")
        << opsdeck::test::testData(QStringLiteral("jenkins/lastBuild_success.json")).left(100);
    QTest::newRow("odd result") << QByteArray("{\"number\":5,\"result\":\"NOT_BUILT\",\"building\":false}");
}

void tst_JenkinsProbe::garbageJson()
{
    QFETCH(QByteArray, json);
    const ProbeResult r = JenkinsProbe::fromJson(json);
    QCOMPARE(r.status, CheckStatus::Unknown);
    QVERIFY(!r.message.isEmpty());
    if (!json.startsWith("{\"number\""))
        QVERIFY2(r.message.contains(QStringLiteral("not Jenkins's build JSON")), qPrintable(r.message));
}

QTEST_GUILESS_MAIN(tst_JenkinsProbe)
#include "tst_jenkinsprobe.moc"
