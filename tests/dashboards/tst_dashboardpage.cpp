// The Dashboards tab offscreen over a known SQLite cache (HomeFixture.h): Home shows the
// company's CPU (40 %: the pool machine left out) and the product lines' table, read off
// the GUI thread; a stored dashboard is offered in the picker and shows its panels; Home
// is read-only (its panel actions are off).

#include "HomeFixture.h"
#include "charts/ChartTimeline.h"
#include "charts/MetricChartWidget.h"
#include "dashboards/DashboardJson.h"
#include "dashboards/DashboardListModel.h"
#include "dashboards/DashboardPage.h"
#include "dashboards/DashboardStore.h"
#include "dashboards/GrafanaImportFlow.h"
#include "dashboards/PanelDialog.h"
#include "dashboards/PanelTableModel.h"
#include "dashboards/PanelView.h"
#include "inventory/AsyncLoad.h"
#include "sources/SourceRepository.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace opsdeck;

class TestDashboardPage : public QObject
{
    Q_OBJECT

    test::HomeFixture f;
    std::unique_ptr<MetricStore> store;

private slots:
    // A page gone leaves its reads running on the pool; they use the store, so they end
    // before the next test (and before the store goes).
    void cleanup() { asyncPool()->waitForDone(); }

    void initTestCase()
    {
        QVERIFY(f.build());
        store = std::make_unique<MetricStore>(f.db);
        store->setMaintenanceIntervalMs(0);
    }

    void homeShowsTheCompanyCpu()
    {
        DashboardPage page(*store, f.db);
        page.resize(1200, 900);
        page.show();
        QCOMPARE(page.dashboard().name, QStringLiteral("home"));
        QCOMPARE(page.panelCount(), 6);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 20000);
        const QString value = page.panelView(0)->valueText();
        QVERIFY2(value.startsWith(QStringLiteral("40")) && value.contains(QLatin1Char('%')),
                 qPrintable(value));
        QVERIFY(page.panelView(1)->chart()->pointCount() > 0);
        const PanelTableModel* lines = page.panelView(2)->tableModel();
        QCOMPARE(lines->rowCount(), 2);
        QCOMPARE(lines->data(lines->index(1, 0)).toString(), QStringLiteral("shop"));
        QCOMPARE(lines->data(lines->index(1, 1), Qt::UserRole).toDouble(), 30.0);
        for (const char* name : {"actionNewPanel", "actionEditPanel", "actionRemovePanel"}) {
            auto* a = page.findChild<QAction*>(QLatin1String(name));
            QVERIFY2(a && !a->isEnabled(), name);
        }
        QVERIFY(page.findChild<QAction*>(QStringLiteral("actionImportDashboard"))->isEnabled());
    }

    void followsTheChartsTimeline()
    {
        ChartTimeline timeline;
        DashboardPage page(*store, f.db);
        page.followTimeline(&timeline);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 20000);
        QVERIFY(page.panelView(0)->valueText().startsWith(QStringLiteral("40")));
        QVERIFY(timeline.setCustom(f.now - 30 * 86400, f.now - 29 * 86400)); // before the data
        QCOMPARE(page.panelView(0)->valueText(), QStringLiteral("40 %"));    // the panels' own range still
        auto* range = page.findChild<QComboBox*>(QStringLiteral("dashboardRange"));
        QVERIFY(range);
        QSignalSpy loaded(&page, &DashboardPage::loaded);
        range->setCurrentIndex(range->count() - 1); // the charts' range
        QVERIFY(loaded.wait(20000));
        QCOMPARE(page.panelView(0)->valueText(), QStringLiteral("—"));
        QVERIFY(timeline.setCustom(f.now - 3600, f.now));
        QVERIFY(loaded.wait(20000));
        QVERIFY2(page.panelView(0)->valueText().startsWith(QStringLiteral("40")),
                 qPrintable(page.panelView(0)->valueText()));
    }

    void panelDialogSaysWhatIsWrong()
    {
        Panel p;
        p.kind = PanelKind::Value;
        p.query.machine = QStringLiteral("web1");
        p.query.metric = QStringLiteral("cpu");
        PanelDialog dialog(p, 2);
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("panelError"));
        QVERIFY(error);
        dialog.accept(); // valid as it is
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.panel(), p);

        p.query.metric.clear();
        PanelDialog bad(p, 2);
        bad.accept();
        QCOMPARE(bad.result(), int(QDialog::Rejected));
        auto* badError = bad.findChild<QLabel*>(QStringLiteral("panelError"));
        QVERIFY2(badError->text().startsWith(QStringLiteral("query.metric: required")),
                 qPrintable(badError->text()));
    }

    void storedDashboardInThePicker()
    {
        Dashboard d;
        d.name = QStringLiteral("web");
        d.title = QStringLiteral("Web");
        Panel p;
        p.kind = PanelKind::Value;
        p.title = QStringLiteral("web1 disk");
        p.query.machine = QStringLiteral("web1");
        p.query.metric = QStringLiteral("disk");
        d.panels << p;
        QVERIFY(DashboardStore(f.db).save(d, true).ok());

        DashboardPage page(*store, f.db);
        page.show();
        QTRY_COMPARE_WITH_TIMEOUT(page.listModel()->rowCount(), 2, 20000);
        auto* picker = page.findChild<QComboBox*>(QStringLiteral("dashboardPicker"));
        QVERIFY(picker);
        QSignalSpy loaded(&page, &DashboardPage::loaded);
        page.showDashboard(QStringLiteral("web"));
        QCOMPARE(picker->currentIndex(), 1);
        QCOMPARE(page.dashboard().name, QStringLiteral("web"));
        QVERIFY(loaded.wait(20000));
        QTRY_VERIFY(!page.isLoading());
        QVERIFY2(page.panelView(0)->valueText().startsWith(QStringLiteral("30")),
                 qPrintable(page.panelView(0)->valueText()));
    }

    void importFromGrafanaAsksForAnAmbiguousDatasource()
    {
        SourceRepository repo(f.db);
        Source prom;
        prom.kind = SourceKind::Prometheus;
        prom.query = QStringLiteral("up");
        prom.machine = QStringLiteral("web1");
        prom.url = QStringLiteral("http://prom-a.example:9090/api/v1/query_range");
        auto first = repo.add(prom, f.now);
        QVERIFY(first.ok());
        prom.url = QStringLiteral("http://prom-b.example:9090/api/v1/query_range");
        auto second = repo.add(prom, f.now);
        QVERIFY(second.ok());
        const QString file = QStringLiteral(OPSDECK_TEST_DATA "/grafana/unsupported.json");

        DashboardPage page(*store, f.db);
        page.show();
        QVERIFY(page.findChild<QAction*>(QStringLiteral("actionImportGrafana")));
        GrafanaImportFlow* flow = page.grafanaImport();
        QSignalSpy status(&page, &DashboardPage::statusMessage);
        QSignalSpy imported(flow, &GrafanaImportFlow::imported);
        QSignalSpy failed(flow, &GrafanaImportFlow::failed);
        QSignalSpy saved(flow, &GrafanaImportFlow::saved);

        // Given up at the question: nothing is saved.
        QStringList asked;
        flow->setDatasourcePrompt([&](const GrafanaImporter::Unresolved& u) -> std::optional<QString> {
            asked << u.datasource;
            return std::nullopt;
        });
        flow->startFile(file);
        QVERIFY(failed.wait(20000));
        QCOMPARE(asked, QStringList{QStringLiteral("P1809F7CD0C75ACF3")});
        QVERIFY(!DashboardStore(f.db).get(QStringLiteral("team-overview")).ok());

        // Answered with the second source: the panels it can take are saved, the rest named.
        flow->setDatasourcePrompt([&](const GrafanaImporter::Unresolved& u) -> std::optional<QString> {
            if (!u.candidates.contains(*second))
                return std::nullopt;
            return QString::number(*second);
        });
        flow->startFile(file);
        QVERIFY(imported.wait(20000));
        const QString summary = imported.last().at(1).toString();
        QVERIFY2(summary.contains(QStringLiteral("team-overview")) &&
                     summary.contains(QStringLiteral("1 panel")),
                 qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("1 source(s) to add")), qPrintable(summary));
        const QStringList skipped = imported.last().at(2).toStringList();
        QCOMPARE(skipped.size(), 6);
        QVERIFY(skipped.join(QLatin1Char('\n')).contains(QStringLiteral("Latency heatmap (heatmap)")));
        // Saved with the source it adds for the Requests query (no source polled it), named.
        QVERIFY(saved.wait(20000));
        QVERIFY(DashboardStore(f.db).get(QStringLiteral("team-overview")).ok());
        const auto sources = repo.list();
        QVERIFY(sources.ok());
        QCOMPARE(sources->size(), 3);
        const Source& added = sources->last();
        QCOMPARE(added.url, prom.url); // the second source's
        QCOMPARE(added.machine, QStringLiteral("web1"));
        QVERIFY(added.query.contains(QStringLiteral("http_requests_total")));
        QCOMPARE(added.asKey, added.query.simplified());
        const QString done = saved.last().at(1).toString();
        QVERIFY2(done.contains(QStringLiteral("sources added: %1").arg(added.id)), qPrintable(done));
        const QString details = saved.last().at(2).toString();
        QVERIFY2(details.contains(QStringLiteral("Sources added:")) &&
                     details.contains(
                         QStringLiteral("source %1 (a copy of source %2)").arg(added.id).arg(*second)) &&
                     details.contains(QStringLiteral("Latency heatmap (heatmap)")),
                 qPrintable(details));
        QTRY_VERIFY(!status.isEmpty() && status.last().first().toString() == done);

        // A file that is no Grafana dashboard says so.
        failed.clear();
        flow->start("{\"opsdeck_dashboard\": 1}");
        QVERIFY(failed.wait(20000));
        QVERIFY(failed.last().first().toString().startsWith(
            GrafanaImportFlow::tr("Not a Grafana dashboard").left(10)));
        QVERIFY(DashboardStore(f.db).remove(QStringLiteral("team-overview")).ok());
        QVERIFY(repo.remove(added.id).ok());
    }
};

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
