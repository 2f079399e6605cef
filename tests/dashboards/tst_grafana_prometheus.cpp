// A Grafana dashboard's Prometheus panels imported against a REAL Prometheus (scraping a
// real node_exporter every second, as tst_poll_prometheus): the only Prometheus source
// polls another query, so the import adds a source per panel query (a copy of it, with
// the query as its --as key); after `metrics poll --once` each panel evaluates to the
// points Prometheus serves. A second import adds no source.

#include "IntegrationSupport.h"
#include "PrometheusSupport.h"
#include "TestMessage.h"
#include "dashboards/DashboardStore.h"
#include "dashboards/PanelEvaluator.h"
#include "sources/SourceRepository.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace opsdeck;

namespace {

const QString kChartQuery = QStringLiteral("node_memory_MemFree_bytes / 1024");
const QString kValueQuery = QStringLiteral("node_load1 + 1");
// Two series (one per mode): stored as KEY.{mode="system"} and KEY.{mode="user"}.
const QString kModesQuery = QStringLiteral("sum by (mode) (node_cpu_seconds_total{mode=~\"user|system\"})");

// A Grafana export with a timeseries and a stat panel on one Prometheus datasource.
QByteArray grafanaJson()
{
    const auto target = [](const QString& expr) {
        return QJsonArray{
            QJsonObject{{QStringLiteral("refId"), QStringLiteral("A")}, {QStringLiteral("expr"), expr}}};
    };
    const QJsonObject ds{{QStringLiteral("type"), QStringLiteral("prometheus")},
                         {QStringLiteral("uid"), QStringLiteral("local-prom")}};
    const QJsonObject chart{{QStringLiteral("type"), QStringLiteral("timeseries")},
                            {QStringLiteral("title"), QStringLiteral("Free memory")},
                            {QStringLiteral("datasource"), ds},
                            {QStringLiteral("gridPos"), QJsonObject{{QStringLiteral("x"), 0},
                                                                    {QStringLiteral("y"), 0},
                                                                    {QStringLiteral("w"), 12},
                                                                    {QStringLiteral("h"), 8}}},
                            {QStringLiteral("targets"), target(kChartQuery)}};
    const QJsonObject stat{
        {QStringLiteral("type"), QStringLiteral("stat")},
        {QStringLiteral("title"), QStringLiteral("Load plus one")},
        {QStringLiteral("datasource"), ds},
        {QStringLiteral("gridPos"), QJsonObject{{QStringLiteral("x"), 12},
                                                {QStringLiteral("y"), 0},
                                                {QStringLiteral("w"), 12},
                                                {QStringLiteral("h"), 8}}},
        {QStringLiteral("targets"), target(kValueQuery)},
        {QStringLiteral("options"),
         QJsonObject{{QStringLiteral("reduceOptions"),
                      QJsonObject{{QStringLiteral("calcs"), QJsonArray{QStringLiteral("lastNotNull")}}}}}}};
    const QJsonObject modes{{QStringLiteral("type"), QStringLiteral("timeseries")},
                            {QStringLiteral("title"), QStringLiteral("CPU modes")},
                            {QStringLiteral("datasource"), ds},
                            {QStringLiteral("gridPos"), QJsonObject{{QStringLiteral("x"), 0},
                                                                    {QStringLiteral("y"), 8},
                                                                    {QStringLiteral("w"), 24},
                                                                    {QStringLiteral("h"), 8}}},
                            {QStringLiteral("targets"), target(kModesQuery)}};
    const QJsonObject dashboard{
        {QStringLiteral("title"), QStringLiteral("Box one")},
        {QStringLiteral("time"), QJsonObject{{QStringLiteral("from"), QStringLiteral("now-15m")},
                                             {QStringLiteral("to"), QStringLiteral("now")}}},
        {QStringLiteral("panels"), QJsonArray{chart, stat, modes}}};
    return QJsonDocument(dashboard).toJson();
}

} // namespace

class TestGrafanaPrometheus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void importedPanelsShowWhatPrometheusServes()
    {
        test::ScrapedNodeExporter servers;
        OPSDECK_REQUIRE_SERVER(servers.exporter);
        OPSDECK_REQUIRE_SERVER(servers.prometheus);
        const quint16 promPort = servers.port;
        // Wait until Prometheus holds a few seconds of scrapes.
        QTRY_VERIFY_WITH_TIMEOUT(test::prometheusQueryRange(promPort, kChartQuery,
                                                            QDateTime::currentSecsSinceEpoch() - 60,
                                                            QDateTime::currentSecsSinceEpoch())
                                         .size() >= 5,
                                 40000);

        test::TempDatabase db;
        QVERIFY(test::addMachine(*db, QStringLiteral("box1"), QStringLiteral("127.0.0.1")));
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(promPort);
        auto add = test::opsdeck(
            db.path(), {QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("prometheus"), url,
                        QStringLiteral("--query"), QStringLiteral("up"), QStringLiteral("--step"),
                        QStringLiteral("1s"), QStringLiteral("--as"), QStringLiteral("up-now"),
                        QStringLiteral("--machine"), QStringLiteral("box1")});
        QVERIFY2(add.exitCode == 0, add.err.constData());

        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("box.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(grafanaJson());
        file.close();
        auto imported = test::opsdeck(db.path(), {QStringLiteral("dashboard"), QStringLiteral("import"),
                                                  QStringLiteral("--grafana"), file.fileName(),
                                                  QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(imported.exitCode == 0, imported.out + imported.err);
        const QJsonArray added = test::jsonOf(imported.out).value(QStringLiteral("added_sources")).toArray();
        QCOMPARE(added.size(), 3);
        QCOMPARE(added.at(0).toObject().value(QStringLiteral("query")).toString(), kChartQuery);
        QCOMPARE(added.at(1).toObject().value(QStringLiteral("query")).toString(), kValueQuery);
        QCOMPARE(added.at(2).toObject().value(QStringLiteral("query")).toString(), kModesQuery);

        auto poll = test::opsdeck(db.path(), {QStringLiteral("metrics"), QStringLiteral("poll"),
                                              QStringLiteral("--once"), QStringLiteral("--format"),
                                              QStringLiteral("json")});
        QVERIFY2(poll.exitCode == 0, poll.out + poll.err);

        auto entry = DashboardStore(db.db()).get(QStringLiteral("box-one"));
        QVERIFY2(entry.ok(), test::why(entry).constData());
        QCOMPARE(entry->dashboard.panels.size(), 3);
        MetricStore store(db.db());
        store.setMaintenanceIntervalMs(0);
        const PanelEvaluator evaluator(store, db.db());

        // The chart: a line with points, each what Prometheus serves for that second.
        auto chart = evaluator.evaluate(entry->dashboard.panels.at(0), {});
        QVERIFY2(chart.ok(), test::why(chart).constData());
        QVERIFY2(chart->problem.isEmpty(), qPrintable(chart->problem));
        QCOMPARE(chart->chart.lines.size(), 1);
        QVERIFY(chart->chart.pointCount() >= 5);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QMap<qint64, double> stored =
            test::storedPoints(db.db(), QStringLiteral("box1"), entry->dashboard.panels.at(0).query.series,
                               QStringLiteral("prometheus"), now - 900, now);
        const QMap<qint64, double> served = test::prometheusQueryRange(promPort, kChartQuery, now - 900, now);
        int compared = 0;
        for (auto it = stored.cbegin(); it != stored.cend(); ++it)
            if (served.contains(it.key())) {
                QCOMPARE(it.value(), served.value(it.key()));
                ++compared;
            }
        QVERIFY2(compared >= 5, qPrintable(QString::number(compared)));

        // The value: load + 1 is at least 1.
        auto value = evaluator.evaluate(entry->dashboard.panels.at(1), {});
        QVERIFY2(value.ok(), test::why(value).constData());
        QVERIFY2(value->value.has_value(), qPrintable(value->problem));
        QVERIFY(*value->value >= 1.0);

        // A query giving several series: a line each (stored as KEY.<series name>).
        auto modes = evaluator.evaluate(entry->dashboard.panels.at(2), {});
        QVERIFY2(modes.ok(), test::why(modes).constData());
        QVERIFY2(modes->problem.isEmpty(), qPrintable(modes->problem));
        QStringList lines;
        for (const ChartLine& l : std::as_const(modes->chart.lines))
            lines << l.name;
        lines.sort();
        QCOMPARE(lines,
                 (QStringList{QStringLiteral("{mode=\"system\"}"), QStringLiteral("{mode=\"user\"}")}));
        QVERIFY(modes->chart.pointCount() >= 10);
        // The same query as a single value (over its series) and as a table (a row each).
        Panel asValue = entry->dashboard.panels.at(2);
        asValue.kind = PanelKind::Value;
        asValue.statistic = PanelStatistic::Last;
        auto seriesValue = evaluator.evaluate(asValue, {});
        QVERIFY2(seriesValue.ok(), test::why(seriesValue).constData());
        QVERIFY2(seriesValue->value.has_value(), qPrintable(seriesValue->problem));
        QVERIFY(*seriesValue->value > 0); // CPU seconds in user and system mode since boot
        Panel asTable = entry->dashboard.panels.at(2);
        asTable.kind = PanelKind::Table;
        asTable.statistic = PanelStatistic::Last;
        auto table = evaluator.evaluate(asTable, {});
        QVERIFY2(table.ok(), test::why(table).constData());
        QCOMPARE(table->table.rowHeader, QStringLiteral("Series"));
        QStringList rows = table->table.rows;
        rows.sort();
        QCOMPARE(rows, lines);
        for (const auto& row : std::as_const(table->table.cells)) {
            QCOMPARE(row.size(), 1);
            QVERIFY(row.first().has_value() && *row.first() > 0);
        }

        // A second import: the sources are there, none is added.
        imported = test::opsdeck(db.path(),
                                 {QStringLiteral("dashboard"), QStringLiteral("import"),
                                  QStringLiteral("--grafana"), file.fileName(), QStringLiteral("--replace"),
                                  QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(imported.exitCode == 0, imported.out + imported.err);
        QVERIFY(test::jsonOf(imported.out).value(QStringLiteral("added_sources")).toArray().isEmpty());
        QCOMPARE(SourceRepository(db.db()).list().valueOr({}).size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestGrafanaPrometheus)
#include "tst_grafana_prometheus.moc"
