// GrafanaImporter over captured-shape Grafana dashboards (tests/data/grafana): Node
// Exporter Full (new layout, rows, a collapsed row, __inputs, template variables), an
// old-style Graphite dashboard (rows with spans, singlestat, a mixed panel) and one of
// panels Opsdeck cannot take. Which panels are taken, which skipped and why; datasource
// matching, ambiguity and --datasource mappings.

#include "TestMessage.h"
#include "dashboards/DashboardJson.h"
#include "dashboards/GrafanaImporter.h"

#include <QFile>
#include <QTest>

using namespace opsdeck;

namespace {

QByteArray fixture(const char* name)
{
    QFile f(QStringLiteral(OPSDECK_TEST_DATA "/grafana/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

Source source(qint64 id, SourceKind kind, const QString& url)
{
    Source s;
    s.id = id;
    s.kind = kind;
    s.url = url;
    s.machine = QStringLiteral("");
    return s;
}

GrafanaImporter::Options options()
{
    GrafanaImporter::Options o;
    o.sources = {source(1, SourceKind::Prometheus, QStringLiteral("http://prom.example:9090")),
                 source(2, SourceKind::Graphite, QStringLiteral("http://graphite.example"))};
    return o;
}

QStringList titles(const QList<GrafanaImporter::Taken>& taken)
{
    QStringList out;
    for (const auto& t : taken)
        out << t.title;
    return out;
}

QString reasonOf(const GrafanaImporter::Outcome& o, const QString& title)
{
    for (const auto& s : o.skipped)
        if (s.title == title)
            return s.reason;
    return {};
}

} // namespace

class TestGrafanaImport : public QObject
{
    Q_OBJECT

private slots:
    void nodeExporterFull()
    {
        auto o = GrafanaImporter::import(fixture("node-exporter-full.json"), options());
        QVERIFY2(o.ok(), test::why(o).constData());
        QCOMPARE(o->dashboard.name, QStringLiteral("node-exporter-full"));
        QCOMPARE(o->dashboard.title, QStringLiteral("Node Exporter Full"));
        QCOMPARE(titles(o->taken),
                 (QStringList{QStringLiteral("Uptime"), QStringLiteral("CPU Basic (A)"),
                              QStringLiteral("CPU Basic (B)"), QStringLiteral("Memory Basic"),
                              QStringLiteral("Filesystem available")}));
        QCOMPARE(o->skipped.size(), 3);
        QVERIFY(reasonOf(*o, QStringLiteral("CPU Busy")).contains(QStringLiteral("'gauge'")));
        QVERIFY(reasonOf(*o, QStringLiteral("Filesystem sizes")).contains(QStringLiteral("'bargauge'")));
        QVERIFY(
            reasonOf(*o, QStringLiteral("Disk Space Used Basic")).contains(QStringLiteral("$mountpoint")));
        // Variables with one current value and Grafana's own intervals are resolved.
        const Panel& uptime = o->dashboard.panels.at(0);
        QCOMPARE(uptime.kind, PanelKind::Value);
        QCOMPARE(uptime.statistic, PanelStatistic::Last);
        QCOMPARE(uptime.query.series,
                 QStringLiteral("node_time_seconds{instance=\"web1:9100\",job=\"node\"} - "
                                "node_boot_time_seconds{instance=\"web1:9100\",job=\"node\"}"));
        QCOMPARE(uptime.query.source, QStringLiteral("prometheus"));
        QCOMPARE(uptime.rangeSecs, 86400); // the dashboard's now-24h
        QVERIFY(o->dashboard.panels.at(1).query.series.contains(QStringLiteral("[5m]")));
        QCOMPARE(o->dashboard.panels.at(1).kind, PanelKind::Chart);
        QCOMPARE(o->dashboard.panels.at(4).kind, PanelKind::Table);
        for (const auto& t : o->taken)
            QCOMPARE(t.sourceId, 1);
        QVERIFY(o->unresolved.isEmpty());
        // What it made is a dashboard Opsdeck accepts as it is.
        QVERIFY2(DashboardJson::validate(o->dashboard).ok(),
                 test::why(DashboardJson::validate(o->dashboard)).constData());
    }

    void graphiteRows()
    {
        auto o = GrafanaImporter::import(fixture("graphite-rows.json"), options());
        QVERIFY2(o.ok(), test::why(o).constData());
        QCOMPARE(titles(o->taken),
                 (QStringList{QStringLiteral("Requests per second"), QStringLiteral("5xx now"),
                              QStringLiteral("Upstream latency p95")}));
        QCOMPARE(o->dashboard.panels.at(0).query.series,
                 QStringLiteral("sumSeries(frontends.*.nginx.requests)"));
        QCOMPARE(o->dashboard.panels.at(0).query.source, QStringLiteral("graphite"));
        QCOMPARE(o->dashboard.panels.at(0).width, 3); // span 8 of 12 on a 4-column grid
        QCOMPARE(o->dashboard.panels.at(1).kind, PanelKind::Value);
        QCOMPARE(o->dashboard.panels.at(1).statistic, PanelStatistic::Last);
        QCOMPARE(o->dashboard.panels.at(2).query.series,
                 QStringLiteral("frontends.web1.nginx.upstream_time.p95"));
        QCOMPARE(o->dashboard.panels.at(2).y, 1); // the second row
        QCOMPARE(o->dashboard.panels.at(0).rangeSecs, 6 * 3600);
        QVERIFY(reasonOf(*o, QStringLiteral("Frontends vs backends")).contains(QStringLiteral("mixes")));
        QVERIFY(reasonOf(*o, QStringLiteral("Placeholder")).contains(QStringLiteral("no target")));
        QCOMPARE(o->taken.first().sourceId, 2);
        QVERIFY(DashboardJson::validate(o->dashboard).ok());
    }

    void unsupportedPanels()
    {
        auto o = GrafanaImporter::import(fixture("unsupported.json"), options());
        QVERIFY2(o.ok(), test::why(o).constData());
        QCOMPARE(titles(o->taken), QStringList{QStringLiteral("Requests")});
        QCOMPARE(o->skipped.size(), 6);
        for (const char* type : {"text", "heatmap", "piechart", "news"})
            QVERIFY(std::any_of(o->skipped.cbegin(), o->skipped.cend(), [&](const auto& s) {
                return s.grafanaType == QLatin1String(type) && s.reason.contains(QLatin1String(type));
            }));
        QVERIFY(reasonOf(*o, QStringLiteral("Error logs"))
                    .contains(QStringLiteral("neither Prometheus nor Graphite")));
        QVERIFY(reasonOf(*o, QStringLiteral("Hidden only")).contains(QStringLiteral("no target")));
    }

    void ambiguousDatasourceIsAsked()
    {
        GrafanaImporter::Options opts = options();
        opts.sources << source(3, SourceKind::Prometheus, QStringLiteral("http://prom2.example:9090"));
        auto o = GrafanaImporter::import(fixture("node-exporter-full.json"), opts);
        QVERIFY(o.ok());
        QVERIFY(o->taken.isEmpty());
        QCOMPARE(o->unresolved.size(), 1);
        QCOMPARE(o->unresolved.first().datasource, QStringLiteral("Prometheus"));
        QCOMPARE(o->unresolved.first().candidates, (QList<qint64>{1, 3}));
        QVERIFY(reasonOf(*o, QStringLiteral("Uptime"))
                    .contains(QStringLiteral("--datasource Prometheus=SOURCE")));

        opts.datasources.insert(QStringLiteral("Prometheus"), QStringLiteral("http://prom2.example:9090/"));
        o = GrafanaImporter::import(fixture("node-exporter-full.json"), opts);
        QVERIFY(o.ok());
        QCOMPARE(o->taken.size(), 5);
        QCOMPARE(o->taken.first().sourceId, 3);

        opts.datasources.insert(QStringLiteral("Prometheus"), QStringLiteral("2"));
        o = GrafanaImporter::import(fixture("node-exporter-full.json"), opts);
        QVERIFY(o.ok());
        QVERIFY(o->taken.isEmpty());
        QVERIFY(reasonOf(*o, QStringLiteral("Uptime")).contains(QStringLiteral("a graphite source")));

        opts.datasources.insert(QStringLiteral("Prometheus"), QStringLiteral("99"));
        o = GrafanaImporter::import(fixture("node-exporter-full.json"), opts);
        QVERIFY(!o.ok());
        QCOMPARE(o.error().code, Error::Code::Usage);
    }

    void aSourcePollingTheQueryGivesItsKey()
    {
        GrafanaImporter::Options opts = options();
        opts.sources[0].query = QStringLiteral("sum(rate(http_requests_total{job=\"shop\"}[5m]))");
        opts.sources[0].asKey = QStringLiteral("shop.requests");
        auto o = GrafanaImporter::import(fixture("unsupported.json"), opts);
        QVERIFY(o.ok());
        QCOMPARE(o->dashboard.panels.size(), 1);
        QCOMPARE(o->dashboard.panels.first().query.series, QStringLiteral("shop.requests"));
    }

    void notADashboard()
    {
        auto o = GrafanaImporter::import("{\"title\": \"x\"}", options());
        QVERIFY(!o.ok());
        QVERIFY(o.error().message.startsWith(QStringLiteral("$: not a Grafana dashboard")));
        o = GrafanaImporter::import("{", options());
        QVERIFY(!o.ok());
        QVERIFY(o.error().message.startsWith(QStringLiteral("$: not JSON")));
    }
};

QTEST_GUILESS_MAIN(TestGrafanaImport)
#include "tst_grafanaimport.moc"
