// PollExecutor and PollRound: fetch → decode → sink, secrets into headers, errors into
// the outcome, a round's concurrency limit.

#include "TestSupport.h"
#include "sources/PollExecutor.h"
#include "sources/PollRound.h"
#include "sources/SecretProvider.h"

#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace opsdeck;

namespace {

// Serves one fixed answer to every request, after `delayMs`; counts requests at once.
class PageServer : public QTcpServer
{
public:
    QByteArray status = "200 OK";
    QByteArray body;
    int delayMs = 0;
    int open = 0;
    int maxOpen = 0;
    QList<QByteArray> heads;

    PageServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
                    buffer->append(s->readAll());
                    if (!buffer->contains("\r\n\r\n"))
                        return;
                    heads << *buffer;
                    buffer->clear();
                    maxOpen = std::max(maxOpen, ++open);
                    QTimer::singleShot(delayMs, s, [this, s] {
                        --open;
                        s->write("HTTP/1.1 " + status + "\r\nContent-Length: " +
                                 QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                        s->disconnectFromHost();
                    });
                });
            }
        });
        listen(QHostAddress::Any, 0);
    }
};

class FakeSecrets : public SecretProvider
{
public:
    QHash<QString, QString> entries;
    int reads = 0;
    void read(const QString& name, Callback done) override
    {
        ++reads;
        const bool found = entries.contains(name);
        const QString value = entries.value(name);
        QTimer::singleShot(0, [done, found, value, name] {
            if (found)
                done(value);
            else
                done(Error::notFound(QStringLiteral("no secret named '%1'").arg(name)));
        });
    }
};

PollOutcome pollNow(PollExecutor& e, const Source& s, const PollTarget& t)
{
    return PollRound::runBlocking(e, 1, {PollRound::Job{s, t}}).value(0);
}

} // namespace

class TestPollExecutor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pollsANodeExporterPage()
    {
        PageServer server;
        server.body = test::testData(QStringLiteral("sources/node_exporter_1.5.0.txt"));
        server.body.prepend("garbage{ line\n");
        SampleBatch stored;
        PollExecutor e(
            [&](const SampleBatch& b) {
                stored += b;
                return Status{};
            },
            nullptr, Clock::system());
        Source s;
        s.id = 3;
        s.url = QStringLiteral("http://{address}:%1/metrics").arg(server.serverPort());
        const PollOutcome o =
            pollNow(e, s, PollTarget{3, QStringLiteral("web1"), QStringLiteral("127.0.0.1"), 22});
        QVERIFY2(o.ok, qPrintable(o.error));
        QCOMPARE(o.malformed, 1);
        QCOMPARE(o.parseErrors.size(), 1);
        // The bad line is kept with its number and text, and the page's coverage is counted.
        QVERIFY(o.parsed);
        QCOMPARE(o.malformedLines.size(), 1);
        QCOMPARE(o.malformedLines.first().line, 1);
        QCOMPARE(o.malformedLines.first().text, QStringLiteral("garbage{ line"));
        QVERIFY(!o.malformedLines.first().reason.isEmpty());
        QVERIFY2(o.mapped > 20 && o.mapped < o.series,
                 qPrintable(QStringLiteral("%1 of %2").arg(o.mapped).arg(o.series)));
        QCOMPARE(o.samples, int(stored.size()));
        QVERIFY(o.samples > 20);
        QCOMPARE(stored.first().key.machine, QStringLiteral("web1"));
        QVERIFY(server.heads.first().startsWith("GET /metrics HTTP/1.1"));
    }

    // A page refused as a whole: the outcome counts the malformed lines its error names.
    void refusedPageCountsItsMalformedLines()
    {
        PageServer server;
        server.body = "<html>\n<body>Welcome to nginx!</body>\n</html>\n";
        PollExecutor e([](const SampleBatch&) { return Status{}; }, nullptr, Clock::system());
        Source s;
        s.id = 2;
        s.url = QStringLiteral("http://127.0.0.1:%1/metrics").arg(server.serverPort());
        const PollOutcome o =
            pollNow(e, s, PollTarget{2, QStringLiteral("web1"), QStringLiteral("127.0.0.1"), 22});
        QVERIFY(!o.ok);
        QVERIFY2(o.error.contains(QLatin1String("(3 malformed lines")), qPrintable(o.error));
        QCOMPARE(o.malformed, 3);
        QCOMPARE(o.parseErrors.size(), 3);
        QCOMPARE(o.samples, 0);
        QVERIFY(o.parsed);
        QCOMPARE(o.malformedLines.size(), 3);
        QCOMPARE(o.malformedLines.last().line, 3);
        QCOMPARE(o.malformedLines.last().text, QStringLiteral("</html>"));
        QCOMPARE(o.mapped, 0);
    }

    void sinkFailureFailsThePoll()
    {
        PageServer server;
        server.body = test::testData(QStringLiteral("sources/node_exporter_1.5.0.txt"));
        PollExecutor e(
            [](const SampleBatch&) { return Status(Error::failure(QStringLiteral("database is locked"))); },
            nullptr, Clock::system());
        Source s;
        s.id = 1;
        s.url = QStringLiteral("http://127.0.0.1:%1/metrics").arg(server.serverPort());
        const PollOutcome o =
            pollNow(e, s, PollTarget{1, QStringLiteral("m"), QStringLiteral("127.0.0.1"), 22});
        QVERIFY(!o.ok);
        QVERIFY(o.error.contains(QLatin1String("database is locked")));
    }

    void bearerAndBasicSecrets()
    {
        PageServer server;
        server.body = test::testData(QStringLiteral("sources/graphite_render.json"));
        FakeSecrets secrets;
        secrets.entries.insert(QStringLiteral("tok"), QStringLiteral("abc123"));
        secrets.entries.insert(QStringLiteral("pw"), QStringLiteral("s3cret"));
        PollExecutor e([](const SampleBatch&) { return Status{}; }, &secrets, Clock::system());
        Source s;
        s.id = 1;
        s.kind = SourceKind::Graphite;
        s.url = QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort());
        s.query = QStringLiteral("servers.*.load");
        s.auth = AuthKind::Bearer;
        s.secretName = QStringLiteral("tok");
        PollOutcome o = pollNow(e, s, PollTarget{1, {}, {}, 0});
        QVERIFY2(o.ok, qPrintable(o.error));
        QCOMPARE(o.samples, 12);
        QVERIFY(server.heads.last().contains("Authorization: Bearer abc123\r\n"));
        // The secret is read once and kept.
        o = pollNow(e, s, PollTarget{1, {}, {}, 0});
        QVERIFY(o.ok);
        QCOMPARE(secrets.reads, 1);

        s.auth = AuthKind::Basic;
        s.authUser = QStringLiteral("admin");
        s.secretName = QStringLiteral("pw");
        o = pollNow(e, s, PollTarget{1, {}, {}, 0});
        QVERIFY(o.ok);
        QVERIFY(
            server.heads.last().contains("Authorization: Basic " + QByteArray("admin:s3cret").toBase64()));

        s.secretName = QStringLiteral("missing");
        o = pollNow(e, s, PollTarget{1, {}, {}, 0});
        QVERIFY(!o.ok);
        QVERIFY(o.error.contains(QLatin1String("missing")));
        QVERIFY(!o.error.contains(QLatin1String("s3cret")));
    }

    void backendErrorIsTheTargetsError()
    {
        PageServer server;
        server.status = "400 Bad Request";
        server.body = test::testData(QStringLiteral("sources/prometheus_error.json"));
        PollExecutor e([](const SampleBatch&) { return Status{}; }, nullptr, Clock::system());
        Source s;
        s.id = 1;
        s.kind = SourceKind::Prometheus;
        s.url = QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort());
        s.query = QStringLiteral("foo(");
        const PollOutcome o = pollNow(e, s, PollTarget{1, {}, {}, 0});
        QVERIFY(!o.ok);
        QVERIFY2(o.error.contains(QLatin1String("HTTP 400")), qPrintable(o.error));
        QVERIFY(o.error.contains(QLatin1String("unclosed left parenthesis")));
    }

    void roundKeepsToItsConcurrency()
    {
        PageServer server;
        server.delayMs = 50;
        server.body = test::testData(QStringLiteral("sources/node_exporter_1.5.0.txt"));
        PollExecutor e([](const SampleBatch&) { return Status{}; }, nullptr, Clock::system());
        Source s;
        s.id = 1;
        s.url = QStringLiteral("http://{address}:%1/metrics").arg(server.serverPort());
        QList<PollRound::Job> jobs;
        for (int i = 1; i <= 12; ++i)
            jobs << PollRound::Job{
                s, PollTarget{1, QStringLiteral("h%1").arg(i), QStringLiteral("127.0.0.%1").arg(i), 22}};
        const QList<PollOutcome> outcomes = PollRound::runBlocking(e, 3, jobs);
        QCOMPARE(outcomes.size(), 12);
        for (int i = 0; i < 12; ++i) {
            QVERIFY2(outcomes.at(i).ok, qPrintable(outcomes.at(i).error));
            QCOMPARE(outcomes.at(i).target.machine, QStringLiteral("h%1").arg(i + 1)); // in job order
        }
        QCOMPARE(server.maxOpen, 3);
    }
};

QTEST_GUILESS_MAIN(TestPollExecutor)
#include "tst_pollexecutor.moc"
