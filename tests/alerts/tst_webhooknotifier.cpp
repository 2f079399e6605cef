// WebhookNotifier against a real local HTTP listener that records each POST
// (tests/integration/scripts/webhook_recorder.sh): the body it received, one retry on a
// 5xx, none on a 4xx, a timeout and a refused connection as errors (values, via the signal).

#include "RealServer.h"
#include "alerts/AlertMessage.h"
#include "alerts/WebhookNotifier.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace opsdeck;

namespace {

AlertEvent sample()
{
    AlertEvent e;
    e.checkId = 3;
    e.checkName = QStringLiteral("shop-http");
    e.target = QStringLiteral("web2");
    e.from = CheckState::Failing;
    e.to = CheckState::Passing;
    e.status = CheckStatus::Ok;
    e.importance = Importance::Error;
    e.atMs = 1764936000000;
    e.message = QStringLiteral("HTTP 200 in 12 ms");
    e.value = 12;
    return e;
}

} // namespace

class TestWebhookNotifier : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::RealServer> m_server;
    QString m_base;

    QList<QJsonObject> posts() const
    {
        QFile f(m_server->reported(QStringLiteral("POSTS")));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QList<QJsonObject> out;
        for (const QByteArray& line : f.readAll().split('\n'))
            if (!line.isEmpty())
                out << QJsonDocument::fromJson(line).object();
        return out;
    }
    // Sends `e` to `path` and returns what finished() carried.
    Status sendTo(const QString& path, int timeoutMs = 10000, const AlertEvent& e = sample())
    {
        WebhookNotifier n(QUrl(m_base + path));
        n.setTimeoutMs(timeoutMs);
        n.setRetryDelayMs(50);
        QSignalSpy spy(&n, &WebhookNotifier::finished);
        n.send(e);
        if (!spy.wait(30000))
            return Error::failure(QStringLiteral("no finished() signal"));
        if (spy.count() != 1)
            return Error::failure(QStringLiteral("finished() more than once"));
        return spy.at(0).at(1).value<Status>();
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<test::RealServer>(QStringLiteral("webhook_recorder.sh"),
                                                      QStringList{QString::number(test::freeTcpPort())});
        OPSDECK_REQUIRE_SERVER(*m_server);
        m_base = QStringLiteral("http://127.0.0.1:%1").arg(m_server->reported(QStringLiteral("PORT")));
    }

    void postsThePayload()
    {
        const Status st = sendTo(QStringLiteral("/ok"));
        QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().message));
        const auto got = posts();
        QCOMPARE(got.size(), 1);
        QCOMPARE(got.first().value("path").toString(), QStringLiteral("/ok"));
        QCOMPARE(got.first().value("content_type").toString(), QStringLiteral("application/json"));
        const QJsonObject body =
            QJsonDocument::fromJson(got.first().value("body").toString().toUtf8()).object();
        QCOMPARE(body, AlertMessage::webhookPayload(sample()));
        QCOMPARE(body.value("text").toString(),
                 QStringLiteral("[ERROR] shop-http on web2 recovered: HTTP 200 in 12 ms"));
        QCOMPARE(body.value("attachments").toArray().first().toObject().value("color").toString(),
                 QStringLiteral("#2fa44f"));
        QCOMPARE(body.value("opsdeck").toObject().value("to").toString(), QStringLiteral("passing"));
        QCOMPARE(body.value("opsdeck").toObject().value("time").toInteger(), 1764936000);
    }

    void retriesOnceAfterA5xx()
    {
        const qsizetype before = posts().size();
        const Status st = sendTo(QStringLiteral("/fail-once"));
        QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().message));
        QCOMPARE(posts().size(), before + 2);
        const Status twice = sendTo(QStringLiteral("/always-500"));
        QVERIFY(!twice.ok());
        QVERIFY2(twice.error().message.contains(QStringLiteral("HTTP 500")),
                 qPrintable(twice.error().message));
        QVERIFY(twice.error().message.contains(QStringLiteral("recorder says no")));
        QVERIFY(twice.error().message.contains(QStringLiteral("tried twice")));
        QCOMPARE(posts().size(), before + 4);
    }

    void noRetryOnA4xxAndThePathStaysSecret()
    {
        const qsizetype before = posts().size();
        const Status st = sendTo(QStringLiteral("/not-found"));
        QVERIFY(!st.ok());
        QVERIFY2(st.error().message.contains(QStringLiteral("HTTP 404")), qPrintable(st.error().message));
        QVERIFY(!st.error().message.contains(QStringLiteral("not-found"))); // the URL's path is its secret
        QCOMPARE(posts().size(), before + 1);
    }

    void timeout()
    {
        const Status st = sendTo(QStringLiteral("/slow"), 500);
        QVERIFY(!st.ok());
        QVERIFY2(st.error().message.contains(QStringLiteral("did not answer within 500 ms")),
                 qPrintable(st.error().message));
    }

    void connectionRefused()
    {
        WebhookNotifier n(QUrl(QStringLiteral("http://127.0.0.1:%1/hooks/secret").arg(test::freeTcpPort())));
        n.setRetryDelayMs(10);
        QSignalSpy spy(&n, &WebhookNotifier::finished);
        n.send(sample());
        QVERIFY(spy.wait(20000));
        const Status st = spy.at(0).at(1).value<Status>();
        QVERIFY(!st.ok());
        QVERIFY2(st.error().message.contains(QStringLiteral("connection refused")),
                 qPrintable(st.error().message));
        QVERIFY(!st.error().message.contains(QStringLiteral("secret")));
    }
};

QTEST_GUILESS_MAIN(TestWebhookNotifier)
#include "tst_webhooknotifier.moc"
