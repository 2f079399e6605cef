// MachineChartsView offscreen, over a real MetricStore and a hand-driven clock: the host
// page's groups, the range bar, a zoom on one chart that every chart follows, back, the
// shared crosshair, live appends, the warm-up window and a definition file's restyle.

#include "TestSupport.h"
#include "charts/ChartTimeline.h"
#include "charts/MachineChartsView.h"
#include "charts/MetricChartWidget.h"
#include "metrics/MetricStore.h"

#include <QAbstractButton>
#include <QChart>
#include <QDateTimeAxis>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

namespace {

constexpr qint64 kNow = 1'750'000'020 / 60 * 60;

void pass(MetricStore& store, qint64 t, int i)
{
    SampleBatch batch;
    auto add = [&](const char* metric, SeriesType type, double value) {
        batch << IncomingSample{
            SeriesKey{QStringLiteral("web1"), QLatin1String(metric), QStringLiteral("local")}, type, t,
            value};
    };
    add("cpu-user", SeriesType::Derive, 1500.0 * i);
    add("cpu-system", SeriesType::Derive, 300.0 * i);
    add("cpu-idle", SeriesType::Derive, 4200.0 * i);
    add("loadavg-1", SeriesType::Gauge, 0.5 + (i % 5) * 0.1);
    add("memory-used", SeriesType::Gauge, 2.0 * 1024 * 1024 * 1024);
    add("memory-free", SeriesType::Gauge, 1.0 * 1024 * 1024 * 1024);
    add("traffic-eth0-rxbytes", SeriesType::Derive, 60000.0 * i);
    add("traffic-eth0-txbytes", SeriesType::Derive, 6000.0 * i);
    add("tcp-established", SeriesType::Gauge, 10);
    batch << IncomingSample{SeriesKey{QStringLiteral("web1"), QStringLiteral("servers.web1.app.hits"),
                                      QStringLiteral("graphite-push")},
                            SeriesType::Gauge, t, double(i)};
    QVERIFY(store.append(batch).ok());
}

qint64 axisSpan(MetricChartWidget* chart)
{
    auto* axis = qobject_cast<QDateTimeAxis*>(chart->chart()->axes(Qt::Horizontal).first());
    return axis->min().secsTo(axis->max());
}

} // namespace

class TestMachineChartsView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void hostPageRangesZoomCrosshairAndLive()
    {
        test::TempDatabase db;
        ManualClock clock(kNow * 1000);
        MetricStore store(db.db(), clock);
        // Two hours of one-minute passes.
        for (int i = 0; i <= 120; ++i)
            pass(store, kNow - 7200 + 60 * i, i);
        QVERIFY(store.flush().ok());

        MachineChartsView view(store, nullptr, clock);
        view.setDefinitionsDir(QString()); // none
        view.resize(1200, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy loaded(&view, &MachineChartsView::loaded);
        view.setMachine(QStringLiteral("web1"));
        QVERIFY(loaded.wait(10000));
        QTRY_VERIFY(!view.isLoading());

        // Kurado's groups, then the Graphite series; the legacy names on the first charts.
        for (const char* id : {"cpu", "load", "memory", "traffic", "tcp", "series:graphite-push"})
            QVERIFY2(view.groupIds().contains(QLatin1String(id)), id);
        QCOMPARE(view.chartById(QStringLiteral("traffic:eth0")), view.chart(MachineChartKind::Network));
        QCOMPARE(view.chart(MachineChartKind::Network)->objectName(), QStringLiteral("chart-network"));
        QVERIFY(view.chartById(QStringLiteral("series:graphite-push:servers.web1.app")));
        QVERIFY(view.chart(MachineChartKind::Cpu)->pointCount() > 0);
        QVERIFY(view.chart(MachineChartKind::Memory)->pointCount() > 0);
        QVERIFY(view.findChild<QLabel*>(QStringLiteral("group-series:graphite-push"))->isVisible());
        // The first read tells the timeline where the data starts; the page then reads the
        // hour it covers (a second read, which `loaded` above may not have waited for).
        QTRY_COMPARE(axisSpan(view.chart(MachineChartKind::Load)), 3600); // the data covers the hour
        auto* oneHour = view.findChild<QAbstractButton*>(QStringLiteral("range-1h"));
        QVERIFY(oneHour && oneHour->isChecked());

        // 4 h: the data covers 2 h, so the page shows from the first sample.
        view.findChild<QAbstractButton*>(QStringLiteral("range-4h"))->click();
        QCOMPARE(view.timeRange(), TimeRange::Hours4);
        QVERIFY(loaded.wait(10000));
        QTRY_VERIFY(!view.isLoading());
        QTRY_COMPARE(axisSpan(view.chart(MachineChartKind::Load)), 7200);
        QVERIFY(!oneHour->isChecked());

        // Drag on the load chart: every chart zooms to the same window.
        MetricChartWidget* load = view.chart(MachineChartKind::Load);
        const int y = int(load->chart()->plotArea().center().y());
        const QPoint a(int(load->positionOf((kNow - 3600) * 1000)), y);
        const QPoint b(int(load->positionOf((kNow - 1800) * 1000)), y);
        QTest::mousePress(load->viewport(), Qt::LeftButton, {}, a);
        QTest::mouseRelease(load->viewport(), Qt::LeftButton, {}, b);
        QVERIFY(!view.timeline()->isLive());
        QVERIFY(loaded.wait(10000));
        QTRY_VERIFY(!view.isLoading());
        const qint64 zoomed = axisSpan(view.chart(MachineChartKind::Memory));
        QVERIFY2(std::abs(zoomed - 1800) < 60, qPrintable(QString::number(zoomed)));
        QCOMPARE(axisSpan(view.chart(MachineChartKind::Cpu)), zoomed);
        auto* back = view.findChild<QAbstractButton*>(QStringLiteral("rangeBack"));
        QVERIFY(back->isEnabled());
        QVERIFY(!view.findChild<QAbstractButton*>(QStringLiteral("rangeLive"))->isChecked());

        // The crosshair of one chart shows on the others.
        view.chart(MachineChartKind::Cpu)->crosshairMoved((kNow - 2700) * 1000);
        QCOMPARE(*view.chart(MachineChartKind::Memory)->crosshair(), (kNow - 2700) * 1000);
        QVERIFY2(
            view.chart(MachineChartKind::Memory)->crosshairText().contains(QStringLiteral("used: 2 GiB")),
            qPrintable(view.chart(MachineChartKind::Memory)->crosshairText()));
        // The machine reports no buffers or cached: those are left out, free stacks on used.
        QCOMPARE(view.chart(MachineChartKind::Memory)->lineCount(), 2);
        QVERIFY2(
            view.chart(MachineChartKind::Memory)->crosshairText().contains(QStringLiteral("free: 1 GiB")),
            qPrintable(view.chart(MachineChartKind::Memory)->crosshairText()));

        back->click();
        QVERIFY(view.timeline()->isLive());
        QVERIFY(loaded.wait(10000));
        QTRY_VERIFY(!view.isLoading());
        QCOMPARE(axisSpan(view.chart(MachineChartKind::Load)), 7200);

        // Live: a new pass is appended to the same series objects.
        const QList<QAbstractSeries*> series = load->chart()->series();
        const int points = load->pointCount();
        clock.advanceSecs(60);
        pass(store, kNow + 60, 121);
        QVERIFY(store.flush().ok());
        QVERIFY(loaded.wait(10000));
        QTRY_VERIFY(!view.isLoading());
        QCOMPARE(view.appendedUpdates(), 1); // the tail appended, not the whole range read again
        QCOMPARE(load->chart()->series(), series);
        QTRY_VERIFY2(load->valueAt(0, (kNow + 60) * 1000).has_value(), "the new point is drawn");
        QVERIFY(load->pointCount() >= points);
    }

    void warmUpShowsFifteenMinutes()
    {
        test::TempDatabase db;
        ManualClock clock(kNow * 1000);
        MetricStore store(db.db(), clock);
        for (int i = 0; i <= 3; ++i)
            pass(store, kNow - 180 + 60 * i, i);
        QVERIFY(store.flush().ok());
        MachineChartsView view(store, nullptr, clock);
        view.setDefinitionsDir(QString());
        view.resize(1000, 800);
        view.show();
        QSignalSpy loaded(&view, &MachineChartsView::loaded);
        view.setMachine(QStringLiteral("web1"));
        QVERIFY(loaded.wait(10000));
        QTRY_VERIFY(!view.isLoading());
        QVERIFY(view.timeline()->isWarmingUp());
        QCOMPARE(axisSpan(view.chart(MachineChartKind::Load)), 15 * 60);
    }

    void definitionFileRestylesAGroup()
    {
        test::TempDatabase db;
        ManualClock clock(kNow * 1000);
        MetricStore store(db.db(), clock);
        for (int i = 0; i <= 60; ++i)
            pass(store, kNow - 3600 + 60 * i, i);
        QVERIFY(store.flush().ok());
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("mine.def")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("@@ memory\nRAM\nDEF:u=<%RRD_FOR memory-used.gauge %>:n:AVERAGE\nLINE2:u#123456:in use\n"
                "@@ broken\nOops\nDEF:u=<%RRD_FOR memory-used.gauge %>:n:AVERAGE\nLIEN2:u#123456:x\n");
        f.close();
        MachineChartsView view(store, nullptr, clock);
        view.setDefinitionsDir(dir.path());
        auto* status = view.findChild<QLabel*>(QStringLiteral("chartsStatus"));
        QVERIFY2(status->text().contains(QStringLiteral("mine.def: line 8: unknown element 'LIEN2'")),
                 qPrintable(status->text()));
        // The broken file is left out whole; a good one restyles the memory group.
        QFile g(dir.filePath(QStringLiteral("mine.def")));
        QVERIFY(g.open(QIODevice::WriteOnly | QIODevice::Truncate));
        g.write("@@ memory\nRAM\nDEF:u=<%RRD_FOR memory-used.gauge %>:n:AVERAGE\nLINE2:u#123456:in use\n");
        g.close();
        view.setDefinitionsDir(dir.path());
        view.resize(1000, 800);
        view.show();
        QSignalSpy loaded(&view, &MachineChartsView::loaded);
        view.setMachine(QStringLiteral("web1"));
        QVERIFY(loaded.wait(10000));
        QTRY_VERIFY(!view.isLoading());
        MetricChartWidget* mem = view.chart(MachineChartKind::Memory);
        QVERIFY2(mem->chart()->title().startsWith(QStringLiteral("RAM (GiB)")),
                 qPrintable(mem->chart()->title()));
        QCOMPARE(mem->lineCount(), 1);
        QCOMPARE(mem->data().lines[0].color, QStringLiteral("#123456"));
    }
};

QTEST_MAIN(TestMachineChartsView)
#include "tst_machinechartsview.moc"
