// SourceProtocol: the request each kind sends and how captured real answers (node_exporter
// 1.5.0, Prometheus 2.42, graphite-web 1.1.8; OpenTSDB's documented /api/query shape)
// become samples.

#include "TestSupport.h"
#include "sources/SourceProtocol.h"

#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

using namespace opsdeck;

Q_DECLARE_METATYPE(opsdeck::SourceKind)

namespace {

Source backend(SourceKind kind, const QString& url, const QString& query)
{
    Source s;
    s.id = 7;
    s.kind = kind;
    s.url = url;
    s.query = query;
    s.intervalSecs = 60;
    s.stepSecs = 60;
    return s;
}

const PollTarget web1{7, QStringLiteral("web1"), QStringLiteral("10.0.0.5"), 22};

double valueOf(const SampleBatch& batch, const QString& metric)
{
    for (const IncomingSample& s : batch)
        if (s.key.metric == metric)
            return s.value;
    return -1;
}

} // namespace

class TestSourceProtocol : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void requestUrls_data()
    {
        QTest::addColumn<SourceKind>("kind");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("items"); // key=value, decoded

        QTest::newRow("node-exporter template")
            << SourceKind::NodeExporter << QStringLiteral("http://{address}:9100/metrics") << QString()
            << QStringLiteral("/metrics") << QStringList{};
        QTest::newRow("graphite wildcard and function")
            << SourceKind::Graphite << QStringLiteral("http://graphite:8080")
            << QStringLiteral("sumSeries(servers.{name}.*.load)") << QStringLiteral("/render")
            << QStringList{QStringLiteral("target=sumSeries(servers.web1.*.load)"),
                           QStringLiteral("format=json"), QStringLiteral("from=1699999820"),
                           QStringLiteral("until=1700000000")};
        QTest::newRow("graphite base with /render")
            << SourceKind::Graphite << QStringLiteral("https://g.example/graphite/render/")
            << QStringLiteral("a.b") << QStringLiteral("/graphite/render")
            << QStringList{QStringLiteral("target=a.b")};
        QTest::newRow("prometheus promql with + and braces")
            << SourceKind::Prometheus << QStringLiteral("http://prom:9090/")
            << QStringLiteral(
                   "sum(rate(node_cpu_seconds_total{instance=\"{address}:9100\",mode!=\"idle\"}[5m])) + 1")
            << QStringLiteral("/api/v1/query_range")
            << QStringList{QStringLiteral("query=sum(rate(node_cpu_seconds_total{instance=\"10.0.0.5:9100\","
                                          "mode!=\"idle\"}[5m])) + 1"),
                           QStringLiteral("start=1699999400"), QStringLiteral("end=1700000000"),
                           QStringLiteral("step=60")};
        QTest::newRow("opentsdb aggregator tags downsample")
            << SourceKind::OpenTsdb << QStringLiteral("http://tsdb:4242")
            << QStringLiteral("sum:1m-avg:sys.cpu.user{host={name},dc=lga}") << QStringLiteral("/api/query")
            << QStringList{QStringLiteral("m=sum:1m-avg:sys.cpu.user{host=web1,dc=lga}"),
                           QStringLiteral("start=1699999400"), QStringLiteral("end=1700000000")};
    }

    void requestUrls()
    {
        QFETCH(SourceKind, kind);
        QFETCH(QString, url);
        QFETCH(QString, query);
        QFETCH(QString, path);
        QFETCH(QStringList, items);
        Source s = backend(kind, url, query);
        if (kind == SourceKind::Graphite)
            s.stepSecs = 10; // lookback = max(3 × 60, 10 × 10) = 180 s
        auto built = SourceProtocol::requestUrl(s, web1, 1700000000);
        QVERIFY2(built.ok(), built.ok() ? "" : qPrintable(built.error().message));
        QCOMPARE(built->path(), path);
        if (kind == SourceKind::NodeExporter)
            QCOMPARE(built->host(), QStringLiteral("10.0.0.5"));
        const QUrlQuery q(*built);
        for (const QString& item : items) {
            const QString key = item.section(QLatin1Char('='), 0, 0);
            const QString value = item.section(QLatin1Char('='), 1);
            QCOMPARE(q.queryItemValue(key, QUrl::FullyDecoded), value);
        }
        // Reserved characters travel percent-encoded.
        if (kind == SourceKind::Prometheus) {
            QVERIFY(built->query(QUrl::FullyEncoded).contains(QLatin1String("%2B")));
            QVERIFY(!built->query(QUrl::FullyEncoded).contains(QLatin1Char('{')));
        }
    }

    void badTemplatesAreRefused()
    {
        Source s = backend(SourceKind::NodeExporter, QStringLiteral("ftp://{address}/x"), QString());
        QVERIFY(!SourceProtocol::requestUrl(s, web1, 0).ok());
        s.url = QStringLiteral("not a url");
        QVERIFY(!SourceProtocol::requestUrl(s, web1, 0).ok());
    }

    void nodeExporterPage()
    {
        Source s =
            backend(SourceKind::NodeExporter, QStringLiteral("http://{address}:9100/metrics"), QString());
        const QByteArray page = test::testData(QStringLiteral("sources/node_exporter_1.5.0.txt"));
        auto d = SourceProtocol::decode(s, web1, page, 1700000000);
        QVERIFY2(d.ok(), d.ok() ? "" : qPrintable(d.error().message));
        QCOMPARE(d->report.malformed, 0);
        QVERIFY(d->samples.size() > 20);
        for (const IncomingSample& x : d->samples) {
            QCOMPARE(x.key.machine, QStringLiteral("web1"));
            QCOMPARE(x.key.source, QStringLiteral("node_exporter"));
        }
        // node_load1 of the captured page.
        const int at = page.indexOf("\nnode_load1 ");
        QVERIFY(at > 0);
        const double load1 = page.mid(at + 12, page.indexOf('\n', at + 1) - at - 12).trimmed().toDouble();
        QCOMPARE(valueOf(d->samples, QStringLiteral("loadavg-1")), load1);
        QVERIFY(valueOf(d->samples, QStringLiteral("memory-total")) > 0);
    }

    void nodeExporterMalformedLinesAreCounted()
    {
        Source s =
            backend(SourceKind::NodeExporter, QStringLiteral("http://{address}:9100/metrics"), QString());
        QByteArray page = test::testData(QStringLiteral("sources/node_exporter_1.5.0.txt"));
        page.prepend("node_load1{ 3\nbad line here\n");
        auto d = SourceProtocol::decode(s, web1, page, 1700000000);
        QVERIFY(d.ok());
        QCOMPARE(d->report.malformed, 2);
        QVERIFY(valueOf(d->samples, QStringLiteral("loadavg-1")) >= 0); // the rest is kept
    }

    void notAnExpositionPage()
    {
        Source s =
            backend(SourceKind::NodeExporter, QStringLiteral("http://{address}:9100/metrics"), QString());
        auto d = SourceProtocol::decode(s, web1, "<html><body>Welcome to nginx!</body></html>\n", 0);
        QVERIFY(!d.ok());
        QVERIFY(d.error().message.contains(QLatin1String("Prometheus text format")));
    }

    void graphiteRender()
    {
        Source s =
            backend(SourceKind::Graphite, QStringLiteral("http://g"), QStringLiteral("servers.*.load"));
        auto d = SourceProtocol::decode(s, PollTarget{7, {}, {}, 0},
                                        test::testData(QStringLiteral("sources/graphite_render.json")), 0);
        QVERIFY2(d.ok(), d.ok() ? "" : qPrintable(d.error().message));
        QCOMPARE(d->series, 2);
        QCOMPARE(d->samples.size(), 12); // the trailing nulls are gaps, not zeros
        QCOMPARE(d->samples.first().key.metric, QStringLiteral("servers.web1.load"));
        QCOMPARE(d->samples.first().key.machine, QString());
        QCOMPARE(d->samples.first().key.source, QStringLiteral("graphite"));
        QCOMPARE(d->samples.first().value, 0.5);
        QCOMPARE(d->samples.first().timestamp, qint64(1795262740));
        QCOMPARE(d->samples.at(11).value, 5.25);
    }

    void graphiteAsKey()
    {
        Source s =
            backend(SourceKind::Graphite, QStringLiteral("http://g"), QStringLiteral("sumSeries(x.*)"));
        s.asKey = QStringLiteral("load-sum");
        auto d = SourceProtocol::decode(
            s, web1, test::testData(QStringLiteral("sources/graphite_render_sum.json")), 0);
        QVERIFY(d.ok());
        QCOMPARE(d->samples.size(), 6);
        QCOMPARE(d->samples.first().key,
                 (SeriesKey{QStringLiteral("web1"), QStringLiteral("load-sum"), QStringLiteral("graphite")}));
        // Several series under one --as key stay apart.
        auto two = SourceProtocol::decode(s, web1,
                                          test::testData(QStringLiteral("sources/graphite_render.json")), 0);
        QVERIFY(two.ok());
        QCOMPARE(two->samples.first().key.metric, QStringLiteral("load-sum.servers.web1.load"));
    }

    void prometheusQueryRange()
    {
        Source s = backend(SourceKind::Prometheus, QStringLiteral("http://p"), QStringLiteral("node_load1"));
        auto d = SourceProtocol::decode(
            s, web1, test::testData(QStringLiteral("sources/prometheus_query_range.json")), 0);
        QVERIFY2(d.ok(), d.ok() ? "" : qPrintable(d.error().message));
        QCOMPARE(d->samples.size(), 3);
        QCOMPARE(d->samples.at(0).value, 2.81);
        QCOMPARE(d->samples.at(2).timestamp, qint64(1795262805));
        QVERIFY(d->samples.at(0).key.metric.startsWith(QLatin1String("node_load1{")));
        QCOMPARE(d->samples.at(0).key.source, QStringLiteral("prometheus"));
    }

    void prometheusError()
    {
        Source s = backend(SourceKind::Prometheus, QStringLiteral("http://p"), QStringLiteral("foo("));
        auto d = SourceProtocol::decode(s, web1,
                                        test::testData(QStringLiteral("sources/prometheus_error.json")), 0);
        QVERIFY(!d.ok());
        QVERIFY2(d.error().message.contains(QLatin1String("unclosed left parenthesis")),
                 qPrintable(d.error().message));
    }

    void openTsdbQuery()
    {
        Source s =
            backend(SourceKind::OpenTsdb, QStringLiteral("http://t"), QStringLiteral("sum:sys.cpu.user"));
        auto d =
            SourceProtocol::decode(s, web1, test::testData(QStringLiteral("sources/opentsdb_query.json")), 0);
        QVERIFY2(d.ok(), d.ok() ? "" : qPrintable(d.error().message));
        QCOMPARE(d->series, 2);
        QCOMPARE(d->samples.size(), 5);
        QCOMPARE(d->samples.at(0).key.source, QStringLiteral("opentsdb"));
        QCOMPARE(d->samples.at(0).timestamp, qint64(1346846400));
        QCOMPARE(d->samples.at(1).value, 9.25);
        auto e =
            SourceProtocol::decode(s, web1, test::testData(QStringLiteral("sources/opentsdb_error.json")), 0);
        QVERIFY(!e.ok());
        QVERIFY(e.error().message.contains(QLatin1String("No such name")));
    }

    void garbageJsonIsAnError()
    {
        for (SourceKind k : {SourceKind::Graphite, SourceKind::Prometheus, SourceKind::OpenTsdb}) {
            Source s = backend(k, QStringLiteral("http://x"), QStringLiteral("q"));
            QVERIFY(!SourceProtocol::decode(s, web1, "{\"truncated\": [1, 2", 0).ok());
        }
    }
};

QTEST_GUILESS_MAIN(TestSourceProtocol)
#include "tst_sourceprotocol.moc"
