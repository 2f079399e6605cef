// DashboardJson: a dashboard round-trips field for field; every malformed document is
// refused with the JSON path of the field at fault.

#include "TestMessage.h"
#include "dashboards/DashboardJson.h"

#include <QJsonDocument>
#include <QTest>

using namespace opsdeck;

namespace {

Dashboard sample()
{
    Dashboard d;
    d.name = QStringLiteral("ops");
    d.title = QStringLiteral("Operations");
    d.columns = 3;
    Panel chart;
    chart.kind = PanelKind::Chart;
    chart.title = QStringLiteral("web1 load");
    chart.query.machine = QStringLiteral("web1");
    chart.query.metric = QStringLiteral("loadavg-1");
    chart.rangeSecs = 4 * 3600;
    chart.width = 2;
    Panel value;
    value.kind = PanelKind::Value;
    value.title = QStringLiteral("p95 latency");
    value.query.series = QStringLiteral("servers.web1.latency");
    value.query.source = QStringLiteral("graphite-push");
    value.statistic = PanelStatistic::P95;
    value.x = 2;
    Panel table;
    table.kind = PanelKind::Table;
    table.query.node = QStringLiteral("acme/shop");
    table.query.metric = QStringLiteral("cpu");
    table.columns = {QStringLiteral("cpu"), QStringLiteral("memory")};
    table.statistic = PanelStatistic::Max;
    table.rangeSecs = 7 * 86400;
    table.y = 1;
    table.width = 3;
    table.height = 2;
    d.panels = {chart, value, table};
    return d;
}

QByteArray withPanel(const QByteArray& panel)
{
    return R"({"opsdeck_dashboard": 1, "name": "x", "panels": [)" + panel + "]}";
}

} // namespace

class TestDashboardJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        const Dashboard d = sample();
        const QByteArray text = DashboardJson::serialize(d);
        auto back = DashboardJson::parse(text);
        QVERIFY2(back.ok(), test::why(back).constData());
        QCOMPARE(*back, d);
        QCOMPARE(DashboardJson::serialize(*back), text); // stable
        QVERIFY(text.contains("\"range\": \"4h\""));
        QVERIFY(text.contains("\"range\": \"1w\""));
    }

    void defaults()
    {
        auto d = DashboardJson::parse(
            withPanel(R"({"kind": "value", "query": {"machine": "web1", "metric": "cpu"}})"));
        QVERIFY2(d.ok(), test::why(d).constData());
        QCOMPARE(d->title, QStringLiteral("x"));
        QCOMPARE(d->columns, 2);
        QCOMPARE(d->panels.first().statistic, PanelStatistic::Avg);
        QCOMPARE(d->panels.first().rangeSecs, 3600);
        QCOMPARE(d->panels.first().width, 1);
    }

    void errorsNameTheirPath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("{") << "$: not JSON";
        QTest::newRow("array") << QByteArray("[]") << "$: must be a JSON object";
        QTest::newRow("version missing")
            << QByteArray(R"({"name": "x", "panels": []})") << "opsdeck_dashboard: required";
        QTest::newRow("version 2") << QByteArray(R"({"opsdeck_dashboard": 2, "name": "x", "panels": []})")
                                   << "opsdeck_dashboard: version 2";
        QTest::newRow("bad name") << QByteArray(R"({"opsdeck_dashboard": 1, "name": "a b", "panels": []})")
                                  << "name: a dashboard's name";
        QTest::newRow("columns")
            << QByteArray(R"({"opsdeck_dashboard": 1, "name": "x", "columns": 13, "panels": []})")
            << "columns: must be from 1 to 12";
        QTest::newRow("unknown root")
            << QByteArray(R"({"opsdeck_dashboard": 1, "name": "x", "panels": [], "z": 1})")
            << "z: unknown field";
        QTest::newRow("no panels") << QByteArray(R"({"opsdeck_dashboard": 1, "name": "x"})")
                                   << "panels: required";
        QTest::newRow("kind") << withPanel(R"({"kind": "pie", "query": {"series": "a"}})")
                              << "panels[0].kind: must be chart, value or table";
        QTest::newRow("no query") << withPanel(R"({"kind": "chart"})") << "panels[0].query: required";
        QTest::newRow("no metric") << withPanel(R"({"kind": "chart", "query": {"machine": "web1"}})")
                                   << "panels[0].query.metric: required";
        QTest::newRow("both keys")
            << withPanel(R"({"kind": "chart", "query": {"machine": "w", "metric": "a", "series": "b"}})")
            << "panels[0].query.series: give metric or series, not both";
        QTest::newRow("machine and node")
            << withPanel(R"({"kind": "chart", "query": {"machine": "w", "node": "a", "metric": "m"}})")
            << "panels[0].query.node: give machine or node, not both";
        QTest::newRow("metric alone") << withPanel(R"({"kind": "chart", "query": {"metric": "cpu"}})")
                                      << "panels[0].query.machine: a metric needs a machine or a node";
        QTest::newRow("statistic")
            << withPanel(R"({"kind": "value", "query": {"series": "a"}, "statistic": "median"})")
            << "panels[0].statistic: must be one of last, avg, max, min, sum, p95";
        QTest::newRow("range") << withPanel(R"({"kind": "value", "query": {"series": "a"}, "range": "soon"})")
                               << "panels[0].range: must be a duration";
        QTest::newRow("position past the grid")
            << withPanel(
                   R"({"kind": "value", "query": {"series": "a"}, "position": {"x": 1, "y": 0, "width": 2}})")
            << "panels[0].position.width: the panel reaches past";
        QTest::newRow("position type")
            << withPanel(R"({"kind": "value", "query": {"series": "a"}, "position": {"x": 0.5, "y": 0}})")
            << "panels[0].position.x: must be a whole number";
        QTest::newRow("rows on a chart")
            << withPanel(R"({"kind": "chart", "query": {"series": "a"}, "rows": "urls"})")
            << "panels[0].rows: only a table has rows";
        QTest::newRow("url column")
            << withPanel(R"({"kind": "table", "query": {"node": "/"}, "rows": "urls", "columns": ["cpu"]})")
            << "panels[0].columns[0]: a URL table's column is one of";
        QTest::newRow("unknown panel field")
            << withPanel(R"({"kind": "value", "query": {"series": "a"}, "colour": "red"})")
            << "panels[0].colour: unknown field";
        QTest::newRow("unknown query field")
            << withPanel(R"({"kind": "value", "query": {"series": "a", "host": "b"}})")
            << "panels[0].query.host: unknown field";
        QTest::newRow("second panel") << QByteArray(R"({"opsdeck_dashboard": 1, "name": "x", "panels": [
                {"kind": "value", "query": {"series": "a"}}, {"kind": "value", "query": {"series": 3}}]})")
                                      << "panels[1].query.series: must be a string";
    }

    void errorsNameTheirPath()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        auto d = DashboardJson::parse(json);
        QVERIFY(!d.ok());
        QCOMPARE(d.error().code, Error::Code::Usage);
        QVERIFY2(d.error().message.startsWith(message), test::why(d).constData());
    }

    void rangeText()
    {
        QCOMPARE(DashboardJson::rangeText(3600), QStringLiteral("1h"));
        QCOMPARE(DashboardJson::rangeText(90), QStringLiteral("90s"));
        QCOMPARE(DashboardJson::rangeText(86400), QStringLiteral("1d"));
        QCOMPARE(DashboardJson::rangeText(14 * 86400), QStringLiteral("2w"));
        QCOMPARE(DashboardJson::rangeText(300), QStringLiteral("5m"));
    }
};

QTEST_GUILESS_MAIN(TestDashboardJson)
#include "tst_dashboardjson.moc"
