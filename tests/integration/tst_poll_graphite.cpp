// A real Graphite (carbon-cache + graphite-web) fed over the plaintext protocol;
// `opsdeck source add graphite URL --query EXPR` + `metrics poll --once`; the datapoints
// Opsdeck stored equal what /render?format=json answers, wildcards and functions alike.

#include "IntegrationSupport.h"
#include "ingest/BackendJson.h"

#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace opsdeck;

namespace {

QList<FetchedSeries> render(quint16 port, const QString& target, qint64 from, qint64 until)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("target"), QString::fromLatin1(QUrl::toPercentEncoding(target)));
    q.addQueryItem(QStringLiteral("format"), QStringLiteral("json"));
    q.addQueryItem(QStringLiteral("from"), QString::number(from));
    q.addQueryItem(QStringLiteral("until"), QString::number(until));
    auto r = parseGraphiteRenderJson(test::httpGet(
        QStringLiteral("http://127.0.0.1:%1/render?%2").arg(port).arg(q.toString(QUrl::FullyEncoded))));
    return r.ok() ? *r : QList<FetchedSeries>{};
}

int knownPoints(const QList<FetchedSeries>& series)
{
    int n = 0;
    for (const auto& s : series)
        for (const auto& p : s.points)
            n += p.value.has_value();
    return n;
}

} // namespace

class TestPollGraphite : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void renderIsStoredAsServed()
    {
        const quint16 line = test::freeTcpPort(), pickle = test::freeTcpPort(), query = test::freeTcpPort(),
                      web = test::freeTcpPort();
        test::RealServer graphite(
            QStringLiteral("graphite.sh"),
            {QString::number(line), QString::number(pickle), QString::number(query), QString::number(web)});
        OPSDECK_REQUIRE_SERVER(graphite);

        // Feed six points per host, 10 s apart (the schema's step), over the plaintext protocol.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const qint64 base = (now / 10) * 10 - 60;
        QByteArray lines;
        for (int i = 0; i < 6; ++i) {
            lines += QStringLiteral("servers.web1.load %1 %2\n").arg(0.5 + 3 * i).arg(base + 10 * i).toUtf8();
            lines += QStringLiteral("servers.web2.load %1 %2\n").arg(0.25 + i).arg(base + 10 * i).toUtf8();
        }
        QTcpSocket feed;
        feed.connectToHost(QHostAddress::LocalHost, line);
        QVERIFY(feed.waitForConnected(5000));
        feed.write(lines);
        QVERIFY(feed.waitForBytesWritten(5000));
        feed.disconnectFromHost();
        QTRY_COMPARE_WITH_TIMEOUT(knownPoints(render(web, QStringLiteral("servers.*.load"), now - 170, now)),
                                  12, 30000);

        test::TempDatabase db;
        auto addWild = test::opsdeck(
            db.path(), {QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("graphite"),
                        QStringLiteral("http://127.0.0.1:%1").arg(web), QStringLiteral("--query"),
                        QStringLiteral("servers.*.load"), QStringLiteral("--step"), QStringLiteral("10s")});
        QVERIFY2(addWild.exitCode == 0, addWild.err.constData());
        auto addSum = test::opsdeck(
            db.path(), {QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("graphite"),
                        QStringLiteral("http://127.0.0.1:%1/render").arg(web), QStringLiteral("--query"),
                        QStringLiteral("sumSeries(servers.*.load)"), QStringLiteral("--as"),
                        QStringLiteral("fleet-load"), QStringLiteral("--step"), QStringLiteral("10s")});
        QVERIFY2(addSum.exitCode == 0, addSum.err.constData());
        auto poll = test::opsdeck(db.path(), {QStringLiteral("metrics"), QStringLiteral("poll"),
                                              QStringLiteral("--once"), QStringLiteral("--format"),
                                              QStringLiteral("json")});
        QVERIFY2(poll.exitCode == 0, poll.out + poll.err);
        const QJsonArray polls = test::jsonOf(poll.out).value(QStringLiteral("polls")).toArray();
        QCOMPARE(polls.size(), 2);
        QCOMPARE(polls.at(0).toObject().value(QStringLiteral("samples")).toInt(), 12);
        QCOMPARE(polls.at(1).toObject().value(QStringLiteral("samples")).toInt(), 6);

        const qint64 later = QDateTime::currentSecsSinceEpoch();
        for (const auto& [target, key] :
             {std::pair{QStringLiteral("servers.web1.load"), QStringLiteral("servers.web1.load")},
              std::pair{QStringLiteral("servers.web2.load"), QStringLiteral("servers.web2.load")},
              std::pair{QStringLiteral("sumSeries(servers.*.load)"), QStringLiteral("fleet-load")}}) {
            const QList<FetchedSeries> served = render(web, target, later - 300, later);
            QCOMPARE(served.size(), 1);
            const QMap<qint64, double> stored = test::storedPoints(
                db.db(), QStringLiteral(""), key, QStringLiteral("graphite"), later - 300, later);
            QCOMPARE(stored.size(), 6);
            int compared = 0;
            for (const SeriesPoint& p : served.first().points) {
                if (!p.value)
                    continue;
                QVERIFY2(stored.contains(p.timestamp), qPrintable(QString::number(p.timestamp)));
                QCOMPARE(stored.value(p.timestamp), *p.value);
                ++compared;
            }
            QCOMPARE(compared, 6);
        }
    }
};

QTEST_GUILESS_MAIN(TestPollGraphite)
#include "tst_poll_graphite.moc"
