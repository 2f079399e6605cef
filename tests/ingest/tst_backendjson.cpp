// The storage backends' JSON answers: captured from a real graphite-web and a real
// Prometheus 2.42, and OpenTSDB's documented /api/query shape.

#include "TestSupport.h"
#include "ingest/BackendJson.h"

#include <QStandardPaths>
#include <QTest>
#include <cmath>

using namespace opsdeck;

class TestBackendJson : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void graphiteWildcard()
    {
        const auto r =
            parseGraphiteRenderJson(test::testData(QStringLiteral("ingest/graphite_render_wildcard.json")));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->size(), 2);
        const FetchedSeries& load = r->at(1);
        QCOMPARE(load.name, QStringLiteral("server.local.vm.system.load"));
        QCOMPARE(load.points.size(), 6);
        QCOMPARE(load.points.at(0).timestamp, Q_INT64_C(1795262660));
        QVERIFY(!load.points.at(0).value); // null is a gap
        QCOMPARE(load.points.at(2).value.value_or(-1), 0.15);
        QCOMPARE(load.points.at(4).value.value_or(-1), 0.5);
        QCOMPARE(r->at(0).points.at(3).value.value_or(-1), 12.0);
    }

    void graphiteFunctionAndEmpty()
    {
        const auto sum =
            parseGraphiteRenderJson(test::testData(QStringLiteral("ingest/graphite_render_sumseries.json")));
        QVERIFY(sum.ok());
        QCOMPARE(sum->at(0).name, QStringLiteral("sumSeries(server.local.vm.system.*)"));
        QCOMPARE(sum->at(0).points.at(3).value.value_or(-1), 12.25);
        const auto empty =
            parseGraphiteRenderJson(test::testData(QStringLiteral("ingest/graphite_render_empty.json")));
        QVERIFY(empty.ok());
        QVERIFY(empty->isEmpty());
    }

    void prometheusMatrix()
    {
        const auto r = parsePrometheusQueryRange(
            test::testData(QStringLiteral("ingest/prometheus_query_range_load1.json")));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->size(), 1);
        QCOMPARE(r->at(0).name, QStringLiteral("node_load1{instance=\"127.0.0.1:53491\",job=\"node\"}"));
        QCOMPARE(r->at(0).points.size(), 4);
        QCOMPARE(r->at(0).points.at(0).timestamp, Q_INT64_C(1795262688));
        QCOMPARE(r->at(0).points.at(3).value.value_or(-1), 2.82);

        const auto rate = parsePrometheusQueryRange(
            test::testData(QStringLiteral("ingest/prometheus_query_range_cpu_rate.json")));
        QVERIFY(rate.ok());
        QCOMPARE(rate->size(), 4);
        QCOMPARE(rate->at(0).name,
                 QStringLiteral("{cpu=\"0\",instance=\"127.0.0.1:53491\",job=\"node\",mode=\"system\"}"));
        QCOMPARE(rate->at(1).points.at(0).value.value_or(-1), 0.3945);
    }

    void prometheusNaNIsAGap()
    {
        const auto r = parsePrometheusQueryRange(
            test::testData(QStringLiteral("ingest/prometheus_query_range_nan.json")));
        QVERIFY(r.ok());
        QCOMPARE(r->at(0).points.size(), 6);
        for (const SeriesPoint& p : r->at(0).points)
            QVERIFY(!p.value);
    }

    void prometheusErrorCarriesItsText()
    {
        const auto r = parsePrometheusQueryRange(
            test::testData(QStringLiteral("ingest/prometheus_query_range_error.json")));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("bad_data")), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QLatin1String("parse error: unexpected end of input")),
                 qPrintable(r.error().message));
    }

    void openTsdbDocumentedShape()
    {
        const auto r = parseOpenTsdbQuery(test::testData(QStringLiteral("ingest/opentsdb_query.json")));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->size(), 2);
        QCOMPARE(r->at(0).name, QStringLiteral("tsd.hbase.puts"));
        QCOMPARE(r->at(0).points.size(), 4);
        QCOMPARE(r->at(0).points.at(0).timestamp, Q_INT64_C(1365966001));
        QCOMPARE(r->at(0).points.at(0).value.value_or(-1), 25595461080.0);
        QCOMPARE(r->at(0).points.at(3).timestamp, Q_INT64_C(1365973801));
        QCOMPARE(r->at(1).name, QStringLiteral("sys.cpu.nice{dc=lga,host=web01}"));
        QCOMPARE(r->at(1).points.at(2).value.value_or(-1), 18.25);
    }

    void openTsdbArraysInMilliseconds()
    {
        const auto r =
            parseOpenTsdbQuery(test::testData(QStringLiteral("ingest/opentsdb_query_arrays_ms.json")));
        QVERIFY(r.ok());
        QCOMPARE(r->at(0).points.size(), 2);
        QCOMPARE(r->at(0).points.at(1).timestamp, Q_INT64_C(1346846401));
        QCOMPARE(r->at(0).points.at(1).value.value_or(-1), 43.0);
        const auto empty =
            parseOpenTsdbQuery(test::testData(QStringLiteral("ingest/opentsdb_query_empty.json")));
        QVERIFY(empty.ok());
        QVERIFY(empty->isEmpty());
    }

    void openTsdbErrorObject()
    {
        const auto r = parseOpenTsdbQuery(test::testData(QStringLiteral("ingest/opentsdb_query_error.json")));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("No such name for 'metrics': 'sys.cpu.foo'")),
                 qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QLatin1String("400")));
    }

    void badDocuments_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("graphite not json") << 0 << QByteArray("<html>502 Bad Gateway</html>");
        QTest::newRow("graphite object") << 0 << QByteArray("{\"a\":1}");
        QTest::newRow("graphite bad point") << 0 << QByteArray("[{\"target\":\"a\",\"datapoints\":[[1]]}]");
        QTest::newRow("graphite no target") << 0 << QByteArray("[{\"datapoints\":[]}]");
        QTest::newRow("prometheus truncated") << 1 << QByteArray("{\"status\":\"success\",\"data\":{");
        QTest::newRow("prometheus scalar")
            << 1
            << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"scalar\","
                          "\"result\":[1,\"1\"]}}");
        QTest::newRow("prometheus bad value")
            << 1
            << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":"
                          "\"matrix\",\"result\":[{\"metric\":{},\"values\":[[1,"
                          "\"abc\"]]}]}}");
        QTest::newRow("opentsdb no metric") << 2 << QByteArray("[{\"dps\":{}}]");
        QTest::newRow("opentsdb bad ts") << 2 << QByteArray("[{\"metric\":\"m\",\"dps\":{\"x\":1}}]");
        QTest::newRow("opentsdb empty") << 2 << QByteArray("");
    }
    void badDocuments()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, json);
        const auto r = kind == 0   ? parseGraphiteRenderJson(json)
                       : kind == 1 ? parsePrometheusQueryRange(json)
                                   : parseOpenTsdbQuery(json);
        QVERIFY(!r.ok());
        QVERIFY(!r.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBackendJson)
#include "tst_backendjson.moc"
