// HttpFetcher against bad servers: a silent one times out, an oversize or endless
// answer is cut at the cap, HTTP 500 and a refused connection give clear errors.
// (Small QTcpServer stand-ins are fine here: this is the fetcher's unit test; the
// real servers are in tests/integration.)

#include "TestSupport.h"
#include "sources/HttpFetcher.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <functional>
#include <optional>

using namespace opsdeck;

namespace {

// Accepts connections and hands each complete request head to `respond`.
class ScriptedServer : public QTcpServer
{
public:
    std::function<void(QTcpSocket*, const QByteArray& head)> respond;
    QByteArray lastHead;

    ScriptedServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
                    buffer->append(s->readAll());
                    if (!buffer->contains("\r\n\r\n") || buffer->isEmpty())
                        return;
                    lastHead = *buffer;
                    buffer->clear();
                    if (respond)
                        respond(s, lastHead);
                });
            }
        });
        QVERIFY(listen(QHostAddress::LocalHost, 0));
    }

    QUrl url(const QString& path = QStringLiteral("/metrics")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path));
    }
};

Result<FetchResponse> fetchNow(HttpFetcher& f, const FetchRequest& r)
{
    std::optional<Result<FetchResponse>> out;
    QEventLoop loop;
    f.fetch(r, [&](Result<FetchResponse> res) {
        out = std::move(res);
        loop.quit();
    });
    if (!out)
        loop.exec();
    return *out;
}

} // namespace

class TestHttpFetcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void fetchesABodyAndSendsTheHeaders()
    {
        ScriptedServer server;
        server.respond = [](QTcpSocket* s, const QByteArray&) {
            s->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 11\r\n\r\nnode_load1 ");
            s->write("");
        };
        // Content-Length 11 and 11 bytes sent.
        HttpFetcher f;
        FetchRequest r;
        r.url = server.url();
        r.authorization = "Bearer s3cret";
        r.accept = "text/plain;version=0.0.4";
        auto res = fetchNow(f, r);
        QVERIFY2(res.ok(), res.ok() ? "" : qPrintable(res.error().message));
        QCOMPARE(res->httpStatus, 200);
        QCOMPARE(res->body, QByteArray("node_load1 "));
        QVERIFY(server.lastHead.contains("Authorization: Bearer s3cret\r\n"));
        QVERIFY(server.lastHead.contains("Accept: text/plain;version=0.0.4\r\n"));
        QVERIFY(server.lastHead.contains("User-Agent: opsdeck/"));
        QCOMPARE(f.inFlight(), 0);
    }

    void silentServerTimesOut()
    {
        ScriptedServer server; // accepts, reads, never answers
        HttpFetcher f;
        FetchRequest r;
        r.url = server.url();
        r.timeoutMs = 300;
        QElapsedTimer t;
        t.start();
        auto res = fetchNow(f, r);
        QVERIFY(!res.ok());
        QVERIFY2(res.error().message.contains(QLatin1String("timed out")), qPrintable(res.error().message));
        QVERIFY(res.error().message.contains(server.url().toString()));
        QVERIFY(t.elapsed() >= 250);
        QVERIFY(t.elapsed() < 5000);
    }

    void slowDripHitsTheDeadline()
    {
        // A byte every 100 ms never trips an idle timeout; the whole-exchange deadline ends it.
        ScriptedServer server;
        QTimer drip;
        QList<QTcpSocket*> sockets;
        server.respond = [&](QTcpSocket* s, const QByteArray&) {
            s->write("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n");
            sockets << s;
        };
        connect(&drip, &QTimer::timeout, this, [&] {
            for (QTcpSocket* s : sockets)
                s->write("x");
        });
        drip.start(100);
        HttpFetcher f;
        FetchRequest r;
        r.url = server.url();
        r.timeoutMs = 700;
        QElapsedTimer t;
        t.start();
        auto res = fetchNow(f, r);
        QVERIFY(!res.ok());
        QVERIFY2(res.error().message.contains(QLatin1String("timed out")), qPrintable(res.error().message));
        QVERIFY(t.elapsed() < 3000);
    }

    void declaredOversizeIsRefused()
    {
        ScriptedServer server;
        server.respond = [](QTcpSocket* s, const QByteArray&) {
            s->write("HTTP/1.1 200 OK\r\nContent-Length: 104857600\r\n\r\n"); // 100 MB announced
            s->write(QByteArray(64 * 1024, 'a'));
        };
        HttpFetcher f;
        FetchRequest r;
        r.url = server.url();
        auto res = fetchNow(f, r);
        QVERIFY(!res.ok());
        QVERIFY2(res.error().message.contains(QLatin1String("larger than the 16 MB cap")),
                 qPrintable(res.error().message));
    }

    void endlessResponseIsCutAtTheCap()
    {
        // Chunked, no length, never ends: the fetcher stops reading at the cap.
        ScriptedServer server;
        QList<QTcpSocket*> sockets;
        QTimer pump;
        server.respond = [&](QTcpSocket* s, const QByteArray&) {
            s->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
            sockets << s;
        };
        const QByteArray chunk =
            QByteArray::number(64 * 1024, 16) + "\r\n" + QByteArray(64 * 1024, 'z') + "\r\n";
        qint64 sent = 0;
        connect(&pump, &QTimer::timeout, this, [&] {
            for (QTcpSocket* s : sockets)
                if (s->state() == QAbstractSocket::ConnectedState && s->bytesToWrite() < 1024 * 1024) {
                    s->write(chunk);
                    sent += chunk.size();
                }
        });
        pump.start(0);
        HttpFetcher f;
        FetchRequest r;
        r.url = server.url();
        r.maxBytes = 1024 * 1024;
        r.timeoutMs = 20000;
        auto res = fetchNow(f, r);
        pump.stop();
        QVERIFY(!res.ok());
        QVERIFY2(res.error().message.contains(QLatin1String("larger than the 1 MB cap")),
                 qPrintable(res.error().message));
        QVERIFY(sent >= 1024 * 1024);
    }

    void http500QuotesTheBody()
    {
        ScriptedServer server;
        server.respond = [](QTcpSocket* s, const QByteArray&) {
            const QByteArray body = "collector failed: disk\n";
            s->write("HTTP/1.1 500 Internal Server Error\r\nContent-Length: " +
                     QByteArray::number(body.size()) + "\r\n\r\n" + body);
        };
        HttpFetcher f;
        FetchRequest r;
        r.url = server.url();
        auto res = fetchNow(f, r);
        QVERIFY(!res.ok());
        QVERIFY2(res.error().message.contains(QLatin1String("HTTP 500")), qPrintable(res.error().message));
        QVERIFY(res.error().message.contains(QLatin1String("collector failed: disk")));
    }

    void refusedConnection()
    {
        HttpFetcher f;
        FetchRequest r;
        r.url = QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(test::freeTcpPort()));
        auto res = fetchNow(f, r);
        QVERIFY(!res.ok());
        QVERIFY2(res.error().message.contains(QLatin1String("refused"), Qt::CaseInsensitive),
                 qPrintable(res.error().message));
    }

    void userInfoIsNeverShown()
    {
        const QUrl url(QStringLiteral("http://admin:hunter2@127.0.0.1:9/metrics"));
        QCOMPARE(HttpFetcher::displayUrl(url), QStringLiteral("http://127.0.0.1:9/metrics"));
        HttpFetcher f;
        FetchRequest r;
        r.url = QUrl(QStringLiteral("http://admin:hunter2@127.0.0.1:%1/").arg(test::freeTcpPort()));
        auto res = fetchNow(f, r);
        QVERIFY(!res.ok());
        QVERIFY(!res.error().message.contains(QLatin1String("hunter2")));
    }
};

QTEST_GUILESS_MAIN(TestHttpFetcher)
#include "tst_httpfetcher.moc"
