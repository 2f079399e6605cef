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
#include "dashboards/PanelDialog.h"
#include "dashboards/PanelTableModel.h"
#include "dashboards/PanelView.h"
#include "inventory/AsyncLoad.h"

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
};

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
