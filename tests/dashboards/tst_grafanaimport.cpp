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
        // No source polls these queries: one source is planned per query, a copy of source 1.
        QCOMPARE(o->added.size(), 5);
        for (const auto& t : o->taken) {
            QCOMPARE(t.sourceId, 0);
            QVERIFY(t.added >= 0);
            QCOMPARE(o->added.at(t.added).basedOn, 1);
            QCOMPARE(o->added.at(t.added).source.asKey, t.series);
        }
        QVERIFY(o->unresolved.isEmpty());
        // What it made is a dashboard Opsdeck accepts as it is.
        QVERIFY2(DashboardJson::validate(o->dashboard).ok(),
                 test::why(DashboardJson::validate(o->dashboard)).constData());
    }

    // A stat panel with no reducer shows the last value, as in Grafana; the old
    // singlestat without a valueName its average.
    void statPanelsWithoutAReducer()
    {
        const QByteArray json = R"({"title": "Bare", "panels": [
            {"type": "stat", "title": "Now", "datasource": {"type": "prometheus", "uid": "p"},
             "gridPos": {"x": 0, "y": 0, "w": 12, "h": 4}, "targets": [{"expr": "up"}]},
            {"type": "singlestat", "title": "Then", "datasource": {"type": "prometheus", "uid": "p"},
             "gridPos": {"x": 12, "y": 0, "w": 12, "h": 4}, "targets": [{"expr": "up"}]}]})";
        auto o = GrafanaImporter::import(json, options());
        QVERIFY2(o.ok(), test::why(o).constData());
        QCOMPARE(titles(o->taken), (QStringList{QStringLiteral("Now"), QStringLiteral("Then")}));
        QCOMPARE(o->dashboard.panels.at(0).statistic, PanelStatistic::Last);
        QCOMPARE(o->dashboard.panels.at(1).statistic, PanelStatistic::Avg);
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
        QCOMPARE(o->added.at(o->taken.first().added).basedOn, 2);
        QCOMPARE(o->added.at(o->taken.first().added).source.kind, SourceKind::Graphite);
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
        QCOMPARE(o->added.at(o->taken.first().added).basedOn, 3);

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
        QVERIFY(o->added.isEmpty());
        QCOMPARE(o->taken.first().sourceId, 1);
    }

    void addedSourcesCopyTheMatchedOne()
    {
        GrafanaImporter::Options opts = options();
        Source& prom = opts.sources[0];
        prom.query = QStringLiteral("up");
        prom.asKey = QStringLiteral("up-now");
        prom.machine = QStringLiteral("web1");
        prom.auth = AuthKind::Basic;
        prom.authUser = QStringLiteral("grafana");
        prom.secretName = QStringLiteral("opsdeck/prom");
        prom.intervalSecs = 30;
        prom.timeoutSecs = 5;
        prom.stepSecs = 15;
        prom.enabled = false;
        auto o = GrafanaImporter::import(fixture("node-exporter-full.json"), opts);
        QVERIFY2(o.ok(), test::why(o).constData());
        QCOMPARE(o->added.size(), 5);
        for (const auto& a : std::as_const(o->added)) {
            const Source& s = a.source;
            QCOMPARE(s.id, 0);
            QCOMPARE(a.basedOn, 1);
            QCOMPARE(s.kind, SourceKind::Prometheus);
            QCOMPARE(s.url, prom.url);
            QCOMPARE(s.machine, QStringLiteral("web1"));
            QCOMPARE(s.nodePath, QString());
            QCOMPARE(s.auth, AuthKind::Basic);
            QCOMPARE(s.authUser, QStringLiteral("grafana"));
            QCOMPARE(s.secretName, QStringLiteral("opsdeck/prom"));
            QCOMPARE(s.intervalSecs, 30);
            QCOMPARE(s.timeoutSecs, 5);
            QCOMPARE(s.stepSecs, 15);
            QVERIFY(s.enabled);
            QVERIFY(s.query != prom.query);
            QCOMPARE(s.asKey, s.query.simplified());
            QCOMPARE(a.panels.size(), 1);
        }
        QCOMPARE(o->added.first().source.query, o->dashboard.panels.first().query.series);
        QCOMPARE(o->added.first().panels, QStringList{QStringLiteral("Uptime")});
        // Each panel reads its source's series on the machine that source is bound to.
        for (const Panel& p : std::as_const(o->dashboard.panels)) {
            QCOMPARE(p.query.machine, QStringLiteral("web1"));
            QCOMPARE(p.query.source, QStringLiteral("prometheus"));
        }
        QVERIFY(o->unpolled.isEmpty());
        QVERIFY(DashboardJson::validate(o->dashboard).ok());
    }

    void aSecondImportAddsNone()
    {
        GrafanaImporter::Options opts = options();
        auto first = GrafanaImporter::import(fixture("node-exporter-full.json"), opts);
        QVERIFY(first.ok());
        QCOMPARE(first->added.size(), 5);
        // As the database has them after the first import: ids after the matched source's.
        qint64 id = 10;
        QList<qint64> ids;
        for (const auto& a : std::as_const(first->added)) {
            Source s = a.source;
            s.id = id++;
            ids << s.id;
            opts.sources << s;
        }
        auto second = GrafanaImporter::import(fixture("node-exporter-full.json"), opts);
        QVERIFY2(second.ok(), test::why(second).constData());
        QVERIFY(second->unresolved.isEmpty()); // the copies are no second datasource
        QVERIFY(second->added.isEmpty());
        QCOMPARE(second->taken.size(), first->taken.size());
        for (qsizetype i = 0; i < second->taken.size(); ++i) {
            QCOMPARE(second->taken.at(i).sourceId, ids.at(first->taken.at(i).added));
            QCOMPARE(second->taken.at(i).added, -1);
        }
        QCOMPARE(second->dashboard, first->dashboard);
    }

    void aSourcePollingTheQueryWithoutAnAsKeyIsNotEnough()
    {
        // Its series are stored under the names Prometheus gives them, which the panel
        // cannot know: a source with an --as key is added.
        GrafanaImporter::Options opts = options();
        opts.sources[0].query = QStringLiteral("sum(rate(http_requests_total{job=\"shop\"}[5m]))");
        auto o = GrafanaImporter::import(fixture("unsupported.json"), opts);
        QVERIFY(o.ok());
        QCOMPARE(o->added.size(), 1);
        QCOMPARE(o->added.first().source.query, opts.sources[0].query);
    }

    void noAddSourcesListsThePanelsLeftEmpty()
    {
        GrafanaImporter::Options opts = options();
        opts.addSources = false;
        auto o = GrafanaImporter::import(fixture("node-exporter-full.json"), opts);
        QVERIFY(o.ok());
        QVERIFY(o->added.isEmpty());
        QCOMPARE(o->unpolled.size(), 5);
        QCOMPARE(o->unpolled.first().title, QStringLiteral("Uptime"));
        QCOMPARE(o->unpolled.first().sourceId, 1);
        QCOMPARE(o->unpolled.first().series, o->dashboard.panels.first().query.series);
        for (const auto& t : o->taken)
            QCOMPARE(t.sourceId, 1);
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
