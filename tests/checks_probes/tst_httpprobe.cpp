// HttpProbe against a real local HTTP(S) server (tests/integration/scripts/check_target.sh,
// Python's http.server answering with chosen statuses, bodies and delays), and HTTPS with
// a self-signed certificate made by openssl in the script, valid for 5 days.
#include "ProbeTestSupport.h"
#include "RealServer.h"
#include "checks/CurlMulti.h"
#include "checks/HttpProbe.h"

#include <QFile>
#include <QJsonArray>

using namespace opsdeck;
using opsdeck::test::probeCheck;
using opsdeck::test::RealServer;
using opsdeck::test::runProbe;

class tst_HttpProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void statusCodes_data();
    void statusCodes();
    void bodyRegex();
    void slowAnswers();
    void redirects();
    void basicAuthNeverShowsThePassword();
    void aProbeRunsAgainWithANewPassword();
    void methodAndBigBody();
    void badUrlUnknown();
    void tlsCertificateExpiry();
    void tlsUntrustedIsCritical();

private:
    ProbeResult probe(QJsonObject params, int timeoutMs = 0, const QString& password = {});
    QString url(const QString& path) const { return m_base + path; }
    QString log() const;

    std::unique_ptr<RealServer> m_http;
    std::unique_ptr<RealServer> m_https;
    QString m_base;
    QString m_tlsBase;
    CurlMulti m_transfers;
};

void tst_HttpProbe::initTestCase()
{
    const quint16 port = opsdeck::test::freeTcpPort();
    m_http =
        std::make_unique<RealServer>(QStringLiteral("check_target.sh"), QStringList{QString::number(port)});
    OPSDECK_REQUIRE_SERVER(*m_http);
    m_base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    const quint16 tlsPort = opsdeck::test::freeTcpPort();
    m_https = std::make_unique<RealServer>(QStringLiteral("check_target.sh"),
                                           QStringList{QString::number(tlsPort), QStringLiteral("5")});
    OPSDECK_REQUIRE_SERVER(*m_https);
    m_tlsBase = QStringLiteral("https://127.0.0.1:%1").arg(tlsPort);
}

ProbeResult tst_HttpProbe::probe(QJsonObject params, int timeoutMs, const QString& password)
{
    HttpProbe p(probeCheck(CheckKind::Http, params), &m_transfers);
    if (timeoutMs > 0)
        p.setTimeoutMs(timeoutMs);
    p.setPassword(password);
    return runProbe(p);
}

QString tst_HttpProbe::log() const
{
    QFile f(m_http->dir() + QStringLiteral("/requests.log"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

void tst_HttpProbe::statusCodes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("accepted");
    QTest::addColumn<int>("status");
    QTest::newRow("200 by default") << "/status/200" << QJsonValue() << int(CheckStatus::Ok);
    QTest::newRow("204 by default") << "/status/204" << QJsonValue() << int(CheckStatus::Ok);
    QTest::newRow("503 by default") << "/status/503" << QJsonValue() << int(CheckStatus::Critical);
    QTest::newRow("404 by default") << "/status/404" << QJsonValue() << int(CheckStatus::Critical);
    QTest::newRow("503 accepted") << "/status/503" << QJsonValue(QJsonArray{200, 503})
                                  << int(CheckStatus::Ok);
    QTest::newRow("200 not in list") << "/status/200" << QJsonValue(QJsonArray{201})
                                     << int(CheckStatus::Critical);
    QTest::newRow("list as text") << "/status/418" << QJsonValue(QStringLiteral("200, 418"))
                                  << int(CheckStatus::Ok);
}

void tst_HttpProbe::statusCodes()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, accepted);
    QFETCH(int, status);
    QJsonObject params{{"url", url(path)}};
    if (!accepted.isUndefined() && !accepted.isNull())
        params.insert(QStringLiteral("status"), accepted);
    const ProbeResult r = probe(params);
    QCOMPARE(int(r.status), status);
    QVERIFY2(r.message.contains(path.section(u'/', 2)), qPrintable(r.message));
    QVERIFY(r.value.has_value());
    QVERIFY(r.elapsedMs >= 0);
}

void tst_HttpProbe::bodyRegex()
{
    ProbeResult r = probe({{"url", url("/body/service ready v2")}, {"body_regex", "ready v\\d"}});
    QCOMPARE(r.status, CheckStatus::Ok);
    r = probe({{"url", url("/body/service degraded")}, {"body_regex", "ready"}});
    QCOMPARE(r.status, CheckStatus::Critical);
    QVERIFY2(r.message.contains(QStringLiteral("does not match")), qPrintable(r.message));
    r = probe({{"url", url("/body/x")}, {"body_regex", "(unclosed"}});
    QCOMPARE(r.status, CheckStatus::Unknown);
    QVERIFY2(r.message.contains(QStringLiteral("invalid")), qPrintable(r.message));
}

void tst_HttpProbe::slowAnswers()
{
    // Slower than max_time_ms: critical with the time; slower than the probe's timeout: critical, no answer.
    ProbeResult r = probe({{"url", url("/delay/700")}, {"max_time_ms", 200}});
    QCOMPARE(r.status, CheckStatus::Critical);
    QVERIFY2(r.message.contains(QStringLiteral("more than 200 ms")), qPrintable(r.message));
    QVERIFY(*r.value >= 700);
    r = probe({{"url", url("/delay/5000")}}, 500);
    QCOMPARE(r.status, CheckStatus::Critical);
    QVERIFY2(r.message.contains(QStringLiteral("no answer within 500 ms")), qPrintable(r.message));
    QVERIFY(r.elapsedMs < 4000);
    r = probe({{"url", url("/delay/100")}, {"max_time_ms", 3000}});
    QCOMPARE(r.status, CheckStatus::Ok);
}

void tst_HttpProbe::redirects()
{
    ProbeResult r = probe({{"url", url("/redirect/204")}});
    QCOMPARE(r.status, CheckStatus::Ok); // followed to /status/204
    QVERIFY2(r.message.contains(QStringLiteral("status 204")), qPrintable(r.message));
    r = probe({{"url", url("/redirect/204")}, {"follow_redirects", false}});
    QCOMPARE(r.status, CheckStatus::Ok); // 302 is within the default 200-399
    QVERIFY2(r.message.contains(QStringLiteral("302")), qPrintable(r.message));
    r = probe({{"url", url("/redirect/204")}, {"follow_redirects", false}, {"status", QJsonArray{200, 204}}});
    QCOMPARE(r.status, CheckStatus::Critical);
    QVERIFY2(r.message.contains(QStringLiteral("302")), qPrintable(r.message));
}

// One probe run after run (the scheduler keeps it): the same set-up each time, and a
// password changed in the keychain takes effect at the next run.
void tst_HttpProbe::aProbeRunsAgainWithANewPassword()
{
    const QString password = m_http->reported(QStringLiteral("PASSWORD"));
    QVERIFY(!password.isEmpty());
    HttpProbe p(probeCheck(CheckKind::Http, {{"url", url("/auth")}, {"user", "probe"}}), &m_transfers);
    p.setPassword(password);
    QCOMPARE(runProbe(p).status, CheckStatus::Ok);
    QCOMPARE(runProbe(p).status, CheckStatus::Ok);
    p.setPassword(QStringLiteral("wrong-secret"));
    const ProbeResult refused = runProbe(p);
    QCOMPARE(refused.status, CheckStatus::Critical);
    QVERIFY2(refused.message.contains(QLatin1String("401")), qPrintable(refused.message));
    p.setPassword(password);
    QCOMPARE(runProbe(p).status, CheckStatus::Ok);
}

void tst_HttpProbe::basicAuthNeverShowsThePassword()
{
    const QString password = m_http->reported(QStringLiteral("PASSWORD"));
    QVERIFY(!password.isEmpty());
    ProbeResult r = probe({{"url", url("/auth")}, {"user", "probe"}}, 0, password);
    QCOMPARE(r.status, CheckStatus::Ok);
    QVERIFY(!r.message.contains(password));
    r = probe({{"url", url("/auth")}, {"user", "probe"}}, 0, QStringLiteral("wrong-secret"));
    QCOMPARE(r.status, CheckStatus::Critical);
    QVERIFY2(r.message.contains(QStringLiteral("401")), qPrintable(r.message));
    QVERIFY(!r.message.contains(QStringLiteral("wrong-secret")));
    r = probe({{"url", url("/auth")}});
    QCOMPARE(r.status, CheckStatus::Critical);
}

void tst_HttpProbe::methodAndBigBody()
{
    ProbeResult r = probe({{"url", url("/status/200")}, {"method", "head"}});
    QVERIFY2(r.status == CheckStatus::Ok, qPrintable(r.message));
    QVERIFY(log().contains(QStringLiteral("HEAD /status/200")));
    r = probe({{"url", url("/status/201")}, {"method", "POST"}, {"status", QJsonArray{201}}});
    QCOMPARE(r.status, CheckStatus::Ok);
    QVERIFY(log().contains(QStringLiteral("POST /status/201")));
    // 3 MiB: only the first MiB is read, the regex still runs on it.
    r = probe({{"url", url("/big/3145728")}, {"body_regex", "^x+$"}});
    QVERIFY2(r.status == CheckStatus::Ok, qPrintable(r.message));
}

void tst_HttpProbe::badUrlUnknown()
{
    const ProbeResult r = probe({{"url", "ftp://127.0.0.1/x"}});
    QCOMPARE(r.status, CheckStatus::Unknown);
    QVERIFY2(r.message.contains(QStringLiteral("http://")), qPrintable(r.message));
}

void tst_HttpProbe::tlsCertificateExpiry()
{
    const QString ca = m_https->reported(QStringLiteral("CERT"));
    QVERIFY(QFile::exists(ca));
    const QString u = m_tlsBase + QStringLiteral("/status/200");
    ProbeResult r = probe({{"url", u}, {"ca_file", ca}});
    QCOMPARE(r.status, CheckStatus::Ok);
    r = probe({{"url", u}, {"ca_file", ca}, {"cert_days", 30}});
    QCOMPARE(r.status, CheckStatus::Warning);
    QVERIFY2(r.message.contains(QStringLiteral("expires in 4 days")) ||
                 r.message.contains(QStringLiteral("expires in 5 days")),
             qPrintable(r.message));
    r = probe({{"url", u}, {"ca_file", ca}, {"cert_days", 3}});
    QCOMPARE(r.status, CheckStatus::Ok);
    QVERIFY2(r.message.contains(QStringLiteral("certificate valid for")), qPrintable(r.message));
    // insecure: any certificate is accepted, its expiry still read.
    r = probe({{"url", u}, {"insecure", true}, {"cert_days", 30}});
    QCOMPARE(r.status, CheckStatus::Warning);
}

void tst_HttpProbe::tlsUntrustedIsCritical()
{
    const ProbeResult r = probe({{"url", m_tlsBase + QStringLiteral("/status/200")}});
    QCOMPARE(r.status, CheckStatus::Critical);
    QVERIFY2(r.message.contains(QStringLiteral("certificate"), Qt::CaseInsensitive) ||
                 r.message.contains(QStringLiteral("SSL"), Qt::CaseInsensitive),
             qPrintable(r.message));
}

QTEST_GUILESS_MAIN(tst_HttpProbe)
#include "tst_httpprobe.moc"
