// `opsdeck dashboard ...` and `opsdeck export dashboard` through the built binary, over a
// SQLite cache with known data (HomeFixture.h): list with the built-in home first, an
// import/export round trip that gives the same text, refusals and their exit codes, an
// invalid file's JSON path, Grafana imports (taken and skipped panels, an ambiguous
// datasource asked for), and the PDF report's pages (pdfinfo / pdftotext).

#include "../export/ExportTestSupport.h"
#include "HomeFixture.h"
#include "TestMessage.h"
#include "TestSupport.h"
#include "dashboards/DashboardJson.h"
#include "sources/SourceRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace opsdeck;

namespace {

const QByteArray kOps = R"({"opsdeck_dashboard": 1, "name": "ops", "title": "Operations", "columns": 2,
  "panels": [
    {"kind": "chart", "title": "shop CPU", "query": {"node": "shop", "metric": "cpu"}, "range": "1h"},
    {"kind": "value", "title": "web1 memory", "query": {"machine": "web1", "metric": "memory"}},
    {"kind": "table", "title": "shop machines", "query": {"node": "shop", "metric": "cpu"},
     "columns": ["cpu", "disk"], "position": {"x": 0, "y": 1, "width": 2}}
  ]})";

} // namespace

class TestDashboardCli : public QObject
{
    Q_OBJECT

    test::HomeFixture f;
    QTemporaryDir dir;

    test::CliRun cli(const QStringList& args)
    {
        return test::runCli(QStringList{QStringLiteral("--db"), f.path} + args);
    }
    QString file(const QString& name, const QByteArray& content = {})
    {
        const QString path = dir.filePath(name);
        if (!content.isNull()) {
            QFile out(path);
            if (out.open(QIODevice::WriteOnly))
                out.write(content);
        }
        return path;
    }
    QJsonObject json(const test::CliRun& r) { return QJsonDocument::fromJson(r.out).object(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(f.build());
    }

    void importExportRoundTrip()
    {
        const QByteArray canonical = DashboardJson::serialize(*DashboardJson::parse(kOps));
        auto r = cli({QStringLiteral("dashboard"), QStringLiteral("import"),
                      file(QStringLiteral("ops.json"), canonical)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("imported dashboard ops (3 panels)"));

        r = cli({QStringLiteral("dashboard"), QStringLiteral("export"), QStringLiteral("ops")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, canonical);
        const QString out = file(QStringLiteral("ops-out.json"));
        r = cli({QStringLiteral("dashboard"), QStringLiteral("export"), QStringLiteral("ops"),
                 QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(test::readAll(out), canonical);

        r = cli({QStringLiteral("dashboard"), QStringLiteral("list"), QStringLiteral("--format"),
                 QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = json(r).value(QStringLiteral("dashboards")).toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("home"));
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("builtin")).toBool(), true);
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("ops"));
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("panels")).toInt(), 3);

        r = cli({QStringLiteral("dashboard"), QStringLiteral("show"), QStringLiteral("ops"),
                 QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.out, canonical);
        r = cli({QStringLiteral("dashboard"), QStringLiteral("show"), QStringLiteral("home")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("product_line_urls"));
    }

    void refusals()
    {
        const QString ops = file(QStringLiteral("ops2.json"), kOps);
        auto r = cli({QStringLiteral("dashboard"), QStringLiteral("import"), ops, QStringLiteral("--name"),
                      QStringLiteral("ops2")});
        QCOMPARE(r.exitCode, 0);
        r = cli({QStringLiteral("dashboard"), QStringLiteral("import"), ops, QStringLiteral("--name"),
                 QStringLiteral("ops2")});
        QCOMPARE(r.exitCode, 3); // exists
        QVERIFY(r.err.contains("--replace"));
        r = cli({QStringLiteral("dashboard"), QStringLiteral("import"), ops, QStringLiteral("--name"),
                 QStringLiteral("ops2"), QStringLiteral("--replace")});
        QCOMPARE(r.exitCode, 0);
        r = cli({QStringLiteral("dashboard"), QStringLiteral("import"), ops, QStringLiteral("--name"),
                 QStringLiteral("home"), QStringLiteral("--replace")});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(
            cli({QStringLiteral("dashboard"), QStringLiteral("remove"), QStringLiteral("home")}).exitCode, 3);
        QCOMPARE(
            cli({QStringLiteral("dashboard"), QStringLiteral("remove"), QStringLiteral("nosuch")}).exitCode,
            4);
        QCOMPARE(
            cli({QStringLiteral("dashboard"), QStringLiteral("show"), QStringLiteral("nosuch")}).exitCode, 4);
        QCOMPARE(
            cli({QStringLiteral("dashboard"), QStringLiteral("export"), QStringLiteral("nosuch")}).exitCode,
            4);
        QCOMPARE(
            cli({QStringLiteral("dashboard"), QStringLiteral("remove"), QStringLiteral("ops2")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("dashboard"), QStringLiteral("bogus")}).exitCode, 2);
    }

    void invalidFileNamesTheJsonPath()
    {
        QByteArray bad = kOps;
        bad.replace(R"("metric": "memory")", R"("metrik": "memory")");
        const QString path = file(QStringLiteral("bad.json"), bad);
        auto r = cli({QStringLiteral("dashboard"), QStringLiteral("import"), path, QStringLiteral("--name"),
                      QStringLiteral("bad")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("panels[1].query.metrik: unknown field"), r.err.constData());
        QCOMPARE(cli({QStringLiteral("dashboard"), QStringLiteral("show"), QStringLiteral("bad")}).exitCode,
                 4);
    }

    void grafanaTakenAndSkipped()
    {
        SourceRepository repo(f.db);
        Source prom;
        prom.kind = SourceKind::Prometheus;
        prom.url = QStringLiteral("http://prom.example:9090/api/v1/query_range");
        prom.query = QStringLiteral("up");
        prom.machine = QStringLiteral("web1");
        auto id = repo.add(prom, f.now);
        QVERIFY2(id.ok(), test::why(id).constData());
        const QString grafana = QStringLiteral(OPSDECK_TEST_DATA "/grafana/");
        const auto sourceCount = [&] {
            return repo.list().valueOr({}).size();
        };

        // The dashboard's name is taken: refused (exit 3), and no source is left behind.
        auto r = cli({QStringLiteral("dashboard"), QStringLiteral("import"), QStringLiteral("--grafana"),
                      grafana + QStringLiteral("node-exporter-full.json"), QStringLiteral("--name"),
                      QStringLiteral("ops")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.out.contains("not added: a copy of source"), r.out.constData());
        QCOMPARE(sourceCount(), 1);

        // --no-add-sources: saved as before, the panels no source polls listed as empty.
        r = cli({QStringLiteral("dashboard"), QStringLiteral("import"), QStringLiteral("--grafana"),
                 grafana + QStringLiteral("node-exporter-full.json"), QStringLiteral("--name"),
                 QStringLiteral("nef-bare"), QStringLiteral("--no-add-sources")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(
            r.out.contains(
                QStringLiteral("empty:   Uptime: no source of source %1's URL polls").arg(*id).toUtf8()) &&
                r.out.contains("5 panels taken, 3 skipped, 0 sources added"),
            r.out.constData());
        QCOMPARE(sourceCount(), 1);
        QCOMPARE(cli({QStringLiteral("dashboard"), QStringLiteral("import"), QStringLiteral("x.json"),
                      QStringLiteral("--no-add-sources")})
                     .exitCode,
                 2);

        r = cli({QStringLiteral("dashboard"), QStringLiteral("import"), QStringLiteral("--grafana"),
                 grafana + QStringLiteral("node-exporter-full.json"), QStringLiteral("--format"),
                 QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonObject o = json(r);
        QCOMPARE(o.value(QStringLiteral("dashboard")).toString(), QStringLiteral("node-exporter-full"));
        QCOMPARE(o.value(QStringLiteral("saved")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("taken")).toArray().size(), 5);
        QCOMPARE(o.value(QStringLiteral("skipped")).toArray().size(), 3);
        QVERIFY(o.value(QStringLiteral("empty_panels")).toArray().isEmpty());
        // A source per query no source polled, each a copy of the Prometheus source.
        const QJsonArray added = o.value(QStringLiteral("added_sources")).toArray();
        QCOMPARE(added.size(), 5);
        QCOMPARE(sourceCount(), 6);
        QHash<qint64, QString> addedKeys;
        for (const QJsonValue& v : added) {
            const QJsonObject a = v.toObject();
            QCOMPARE(a.value(QStringLiteral("based_on")).toInteger(), *id);
            auto stored = repo.get(a.value(QStringLiteral("id")).toInteger());
            QVERIFY2(stored.ok(), test::why(stored).constData());
            QCOMPARE(stored->kind, SourceKind::Prometheus);
            QCOMPARE(stored->url, prom.url);
            QCOMPARE(stored->machine, QStringLiteral("web1"));
            QCOMPARE(stored->query, a.value(QStringLiteral("query")).toString());
            QCOMPARE(stored->asKey, a.value(QStringLiteral("as")).toString());
            addedKeys.insert(stored->id, stored->asKey);
        }
        for (const QJsonValue& v : o.value(QStringLiteral("taken")).toArray()) {
            const QJsonObject t = v.toObject();
            const qint64 sid = t.value(QStringLiteral("source_id")).toInteger();
            QVERIFY2(addedKeys.contains(sid), qPrintable(QString::number(sid)));
            QCOMPARE(t.value(QStringLiteral("series")).toString(), addedKeys.value(sid));
        }

        // Again: the sources are there now, none is added, the panels read the same ones.
        r = cli({QStringLiteral("dashboard"), QStringLiteral("import"), QStringLiteral("--grafana"),
                 grafana + QStringLiteral("node-exporter-full.json"), QStringLiteral("--replace")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("5 panels taken, 3 skipped, 0 sources added") && !r.out.contains("added:"),
                 r.out.constData());
        QCOMPARE(sourceCount(), 6);

        // A second Prometheus source: the datasource is ambiguous, nothing is written.
        prom.url = QStringLiteral("http://prom2.example:9090/api/v1/query_range");
        auto second = repo.add(prom, f.now);
        QVERIFY(second.ok());
        r = cli({QStringLiteral("dashboard"), QStringLiteral("import"), QStringLiteral("--grafana"),
                 grafana + QStringLiteral("unsupported.json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--datasource") && r.err.contains("P1809F7CD0C75ACF3"), r.err.constData());
        QVERIFY2(r.out.contains("skipped: Latency heatmap (heatmap)"), r.out.constData());
        QCOMPARE(cli({QStringLiteral("dashboard"), QStringLiteral("show"), QStringLiteral("team-overview")})
                     .exitCode,
                 4);

        r = cli({QStringLiteral("dashboard"), QStringLiteral("import"), QStringLiteral("--grafana"),
                 grafana + QStringLiteral("unsupported.json"), QStringLiteral("--datasource"),
                 QStringLiteral("P1809F7CD0C75ACF3=%1").arg(*second)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("taken:   Requests (timeseries) <- source"), r.out.constData());
        QVERIFY(r.out.contains("skipped: Error logs (timeseries)"));
        QVERIFY(r.out.contains("1 panels taken, 6 skipped"));
        QCOMPARE(cli({QStringLiteral("dashboard"), QStringLiteral("show"), QStringLiteral("team-overview")})
                     .exitCode,
                 0);

        r = cli({QStringLiteral("dashboard"), QStringLiteral("import"), QStringLiteral("--grafana"),
                 grafana + QStringLiteral("unsupported.json"), QStringLiteral("--datasource"),
                 QStringLiteral("x")});
        QCOMPARE(r.exitCode, 2);
    }

    void exportDashboardPdf()
    {
        if (!test::havePoppler())
            OPSDECK_SKIP_OR_FAIL("pdfinfo/pdftotext (poppler-utils) are not installed");
        QVERIFY(
            cli({QStringLiteral("dashboard"), QStringLiteral("import"),
                 file(QStringLiteral("ops3.json"), kOps), QStringLiteral("--name"), QStringLiteral("ops3")})
                .exitCode == 0);
        const QString pdf = file(QStringLiteral("ops3.pdf"));
        auto r = cli({QStringLiteral("export"), QStringLiteral("dashboard"), QStringLiteral("ops3"),
                      QStringLiteral("--out"), pdf});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(test::pdfPages(pdf), 2); // three panels, two a page
        const QString first = test::pdfText(pdf, 1);
        QVERIFY2(first.contains(QStringLiteral("Operations")) &&
                     first.contains(QStringLiteral("Page 1 of 2")),
                 qPrintable(first));
        QVERIFY2(first.contains(QStringLiteral("web1 memory: 25")), qPrintable(first));
        // The table panel drawn: its title, header row and cells (shop's machines: CPU 20 and 40 %, disk 30
        // %).
        const QString second = test::pdfText(pdf, 2);
        for (const char* text : {"shop machines", "Machine", "CPU", "Disk", "web1", "web2", "20 %", "40 %",
                                 "30 %", "Page 2 of 2", "Operations"})
            QVERIFY2(second.contains(QLatin1String(text)),
                     qPrintable(text + QStringLiteral(" not in: ") + second));

        const QString home = file(QStringLiteral("home.pdf"));
        r = cli({QStringLiteral("export"), QStringLiteral("dashboard"), QStringLiteral("home"),
                 QStringLiteral("--out"), home});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // value + chart, then the four tables two a page
        QCOMPARE(test::pdfPages(home), 3);
        QVERIFY2(test::pdfText(home, 1).contains(QStringLiteral("40")), qPrintable(test::pdfText(home, 1)));
        const QString tables = test::pdfText(home, 2);
        for (const char* text : {"Resource use by product line", "Product line", "shop", "data", "Domains",
                                 "https://shop.example.com/api", "95 %", "Page 2 of 3"})
            QVERIFY2(tables.contains(QLatin1String(text)),
                     qPrintable(text + QStringLiteral(" not in: ") + tables));
        QVERIFY2(test::pdfText(home, 3).contains(QStringLiteral("averages")),
                 qPrintable(test::pdfText(home, 3)));

        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("dashboard"), QStringLiteral("nosuch"),
                      QStringLiteral("--out"), pdf})
                     .exitCode,
                 4);
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("dashboard"), QStringLiteral("ops3"),
                      QStringLiteral("--out"), file(QStringLiteral("x.png"))})
                     .exitCode,
                 2);
        r = cli({QStringLiteral("export"), QStringLiteral("dashboard"), QStringLiteral("ops3"),
                 QStringLiteral("--from"), QStringLiteral("2020-01-01T00:00:00Z"), QStringLiteral("--to"),
                 QStringLiteral("2020-01-02T00:00:00Z"), QStringLiteral("--out"),
                 file(QStringLiteral("empty.pdf"))});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(!QFile::exists(file(QStringLiteral("empty.pdf"))));

        // A table longer than a page runs over pages of its own, each with its header row.
        InventoryWriter writer(f.db);
        MachineStore machines(writer);
        TreeStore tree(writer);
        QVERIFY(tree.addNode(QStringLiteral("big"), QStringLiteral("folder")).ok());
        QStringList names;
        for (int i = 1; i <= 70; ++i)
            names << QStringLiteral("big%1").arg(i, 2, 10, QLatin1Char('0'));
        for (const QString& m : std::as_const(names))
            QVERIFY(machines.add({m, QStringLiteral("10.0.1.1"), 22, {}, {}, {}}).ok());
        QVERIFY(tree.bindMachines(QStringLiteral("big"), names).ok());
        const QByteArray big = R"({"opsdeck_dashboard": 1, "name": "big", "title": "Big", "columns": 1,
          "panels": [
            {"kind": "value", "title": "web1 memory", "query": {"machine": "web1", "metric": "memory"}},
            {"kind": "table", "title": "big machines", "query": {"node": "big", "metric": "cpu"}}
          ]})";
        QCOMPARE(cli({QStringLiteral("dashboard"), QStringLiteral("import"),
                      file(QStringLiteral("big.json"), big)})
                     .exitCode,
                 0);
        const QString bigPdf = file(QStringLiteral("big.pdf"));
        r = cli({QStringLiteral("export"), QStringLiteral("dashboard"), QStringLiteral("big"),
                 QStringLiteral("--out"), bigPdf});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(test::pdfPages(bigPdf), 3); // the value alone, then 70 rows over two pages
        const QString p1 = test::pdfText(bigPdf, 1);
        const QString p2 = test::pdfText(bigPdf, 2);
        const QString p3 = test::pdfText(bigPdf, 3);
        QVERIFY2(!p1.contains(QStringLiteral("big01")), qPrintable(p1));
        QVERIFY2(p2.contains(QStringLiteral("big machines")) && p2.contains(QStringLiteral("big01")) &&
                     !p2.contains(QStringLiteral("big70")) && p2.contains(QStringLiteral("Page 2 of 3")),
                 qPrintable(p2));
        QVERIFY2(p3.contains(QStringLiteral("big machines (continued)")) &&
                     p3.contains(QStringLiteral("Machine")) && p3.contains(QStringLiteral("big70")) &&
                     p3.contains(QStringLiteral("Page 3 of 3")) && p3.contains(QStringLiteral("Big")),
                 qPrintable(p3));
    }
};

QTEST_GUILESS_MAIN(TestDashboardCli)
#include "tst_dashboardcli.moc"
