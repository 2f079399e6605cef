// A real Prometheus scraping a real node_exporter every second; `opsdeck source add
// prometheus URL --query PROMQL --step 1s --as KEY` + `metrics poll --once`; the points
// Opsdeck stored equal what /api/v1/query_range answers for the same timestamps.

#include "IntegrationSupport.h"
#include "PrometheusSupport.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace opsdeck;

class TestPollPrometheus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void queryRangeIsStoredAsServed()
    {
        test::ScrapedNodeExporter servers;
        OPSDECK_REQUIRE_SERVER(servers.exporter);
        OPSDECK_REQUIRE_SERVER(servers.prometheus);
        const quint16 promPort = servers.port;

        const QString promql = QStringLiteral("node_memory_MemFree_bytes / 1024 + node_load1");
        // Wait until Prometheus holds a few seconds of scrapes.
        QMap<qint64, double> served;
        QTRY_VERIFY_WITH_TIMEOUT(
            (served = test::prometheusQueryRange(promPort, promql, QDateTime::currentSecsSinceEpoch() - 60,
                                                 QDateTime::currentSecsSinceEpoch()))
                    .size() >= 5,
            40000);

        test::TempDatabase db;
        QVERIFY(test::addMachine(*db, QStringLiteral("box1"), QStringLiteral("127.0.0.1")));
        auto add = test::opsdeck(
            db.path(),
            {QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("prometheus"),
             QStringLiteral("http://127.0.0.1:%1").arg(promPort), QStringLiteral("--query"), promql,
             QStringLiteral("--step"), QStringLiteral("1s"), QStringLiteral("--as"),
             QStringLiteral("free-kb-plus-load"), QStringLiteral("--machine"), QStringLiteral("box1")});
        QVERIFY2(add.exitCode == 0, add.err.constData());
        auto poll = test::opsdeck(db.path(), {QStringLiteral("metrics"), QStringLiteral("poll"),
                                              QStringLiteral("--once"), QStringLiteral("--format"),
                                              QStringLiteral("json")});
        QVERIFY2(poll.exitCode == 0, poll.out + poll.err);
        const QJsonObject p =
            test::jsonOf(poll.out).value(QStringLiteral("polls")).toArray().first().toObject();
        QVERIFY(p.value(QStringLiteral("samples")).toInt() >= 5);

        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QMap<qint64, double> stored =
            test::storedPoints(db.db(), QStringLiteral("box1"), QStringLiteral("free-kb-plus-load"),
                               QStringLiteral("prometheus"), now - 600, now);
        served = test::prometheusQueryRange(promPort, promql, now - 600, now);
        QVERIFY(stored.size() >= 5);
        int compared = 0;
        for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
            if (!served.contains(it.key()))
                continue;
            QCOMPARE(it.value(), served.value(it.key()));
            ++compared;
        }
        QVERIFY2(compared >= 5, qPrintable(QString::number(compared)));
        QCOMPARE(p.value(QStringLiteral("samples")).toInt(), int(stored.size()));
    }

    void promqlErrorIsTheTargetsLastError()
    {
        const quint16 promPort = test::freeTcpPort();
        test::RealServer prometheus(
            QStringLiteral("prometheus.sh"),
            {QString::number(promPort), QStringLiteral("5s"), QStringLiteral("127.0.0.1:9")});
        OPSDECK_REQUIRE_SERVER(prometheus);
        test::TempDatabase db;
        auto add = test::opsdeck(db.path(), {QStringLiteral("source"), QStringLiteral("add"),
                                             QStringLiteral("prometheus"),
                                             QStringLiteral("http://127.0.0.1:%1").arg(promPort),
                                             QStringLiteral("--query"), QStringLiteral("rate(up[5m]")});
        QVERIFY2(add.exitCode == 0, add.err.constData());
        auto poll = test::opsdeck(db.path(), {QStringLiteral("metrics"), QStringLiteral("poll"),
                                              QStringLiteral("--once"), QStringLiteral("--format"),
                                              QStringLiteral("json")});
        QCOMPARE(poll.exitCode, 1);
        auto list = test::opsdeck(db.path(), {QStringLiteral("source"), QStringLiteral("list"),
                                              QStringLiteral("--format"), QStringLiteral("json")});
        const QString error = test::jsonOf(list.out)
                                  .value(QStringLiteral("sources"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("last_error"))
                                  .toString();
        QVERIFY2(error.contains(QLatin1String("HTTP 400")) && error.contains(QLatin1String("parse error")),
                 qPrintable(error));
    }

    void selfSignedCertificateIsRefused()
    {
        // A real Prometheus serving TLS with a certificate nobody trusts: the poll fails
        // with the certificate named as the reason (errors are never ignored).
        QTemporaryDir tls;
        QProcess openssl;
        openssl.setWorkingDirectory(tls.path());
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                       QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"),
                       QStringLiteral("key.pem"), QStringLiteral("-out"), QStringLiteral("cert.pem")});
        if (!openssl.waitForStarted(10000))
            OPSDECK_SKIP_OR_FAIL("openssl is not installed");
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
        QFile web(tls.filePath(QStringLiteral("web.yml")));
        QVERIFY(web.open(QIODevice::WriteOnly));
        web.write(QStringLiteral("tls_server_config:\n  cert_file: %1\n  key_file: %2\n")
                      .arg(tls.filePath(QStringLiteral("cert.pem")), tls.filePath(QStringLiteral("key.pem")))
                      .toUtf8());
        web.close();
        qputenv("PROMETHEUS_WEB_CONFIG", web.fileName().toLocal8Bit());
        const quint16 promPort = test::freeTcpPort();
        test::RealServer prometheus(
            QStringLiteral("prometheus.sh"),
            {QString::number(promPort), QStringLiteral("5s"), QStringLiteral("127.0.0.1:9")});
        qunsetenv("PROMETHEUS_WEB_CONFIG");
        OPSDECK_REQUIRE_SERVER(prometheus);

        test::TempDatabase db;
        QCOMPARE(test::opsdeck(db.path(),
                               {QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("prometheus"),
                                QStringLiteral("https://127.0.0.1:%1").arg(promPort),
                                QStringLiteral("--query"), QStringLiteral("up")})
                     .exitCode,
                 0);
        auto poll = test::opsdeck(db.path(), {QStringLiteral("metrics"), QStringLiteral("poll"),
                                              QStringLiteral("--once"), QStringLiteral("--format"),
                                              QStringLiteral("json")});
        QCOMPARE(poll.exitCode, 1);
        const QString error = test::jsonOf(poll.out)
                                  .value(QStringLiteral("polls"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("error"))
                                  .toString();
        QVERIFY2(error.contains(QLatin1String("certificate"), Qt::CaseInsensitive), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestPollPrometheus)
#include "tst_poll_prometheus.moc"
