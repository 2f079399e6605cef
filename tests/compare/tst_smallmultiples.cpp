// The compare widgets offscreen over a real SQLite metrics cache: the small multiples ask
// the model for the visible cells only (first screen, then after a wheel notch), draw
// every cell on one scale (line heights in the rendered image follow the hosts' values),
// hover shows the host and its value, a double-click or Enter emits the machine; the node
// page's figures and error banner; the source overlay has one line per source, and the
// host page opens it.

#include "../models/InventoryFixture.h"
#include "CompareFixture.h"
#include "TestSupport.h"
#include "charts/ChartTimeline.h"
#include "charts/MachineChartsView.h"
#include "charts/MetricChartWidget.h"
#include "compare/CompareModel.h"
#include "compare/NodeComparePage.h"
#include "compare/OverlayChart.h"
#include "compare/SmallMultiplesView.h"

#include <QAction>
#include <QChart>
#include <QComboBox>
#include <QDialog>
#include <QImage>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QWheelEvent>

using namespace opsdeck;
using namespace opsdeck::test;

namespace {

QStringList hosts(int n)
{
    QStringList list;
    for (int k = 1; k <= n; ++k)
        list << hostName(k);
    return list;
}

// The rows whose cells the viewport shows, from the geometry alone.
QStringList onScreen(const SmallMultiplesView& view)
{
    QStringList list;
    for (int row = 0; row < view.model()->rowCount(); ++row) {
        if (view.cellRect(row).intersects(view.viewport()->rect()))
            list << view.model()->machines().at(row);
    }
    return list;
}

// How high above its plot's bottom the highest drawn pixel of the line is, in pixels.
int lineTop(const QImage& image, const QRect& plot, QRgb color)
{
    for (int y = plot.top(); y <= plot.bottom(); ++y) {
        for (int x = plot.left(); x <= plot.right(); ++x) {
            if (image.pixel(x, y) == color)
                return plot.bottom() - y;
        }
    }
    return -1;
}

} // namespace

class TestSmallMultiples : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void onlyVisibleCellsAreReadAndScrollingReadsTheNewOnes()
    {
        TempDatabase db;
        ManualClock clock(kCompareNow * 1000);
        MetricStore store(db.db(), clock);
        fillCompareHosts(store, hosts(60));
        CompareModel model(store);
        model.setMetric(CompareMetric{CompareMetric::Kind::Load, {}});
        model.setRange(kCompareNow - 7200, kCompareNow);
        model.setMachines(hosts(60));
        SmallMultiplesView view;
        view.setModel(&model);
        view.resize(720, 420);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy idle(&model, &CompareModel::idle);
        if (model.pendingCount() > 0)
            QVERIFY(idle.wait());
        const QStringList first = onScreen(view);
        QVERIFY(first.size() >= 6 && first.size() < 30);
        QCOMPARE(model.requestedMachines(), first);
        QCOMPARE(model.loadedCount(), int(first.size()));
        view.viewport()->repaint();
        QCOMPARE(view.paintedLines(), int(first.size()));

        // One wheel notch down: a row of cells scrolls in and only those are read.
        model.clearRequestLog();
        QWheelEvent wheel(QPointF(100, 100), view.viewport()->mapToGlobal(QPointF(100, 100)), QPoint(),
                          QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view.viewport(), &wheel);
        QVERIFY(view.verticalScrollBar()->value() > 0);
        const QStringList second = onScreen(view);
        QStringList fresh;
        for (const auto& m : second) {
            if (!first.contains(m))
                fresh << m;
        }
        QVERIFY(!fresh.isEmpty());
        QCOMPARE(model.requestedMachines(), fresh);
        if (model.pendingCount() > 0)
            QVERIFY(idle.wait());
        for (int row = 0; row < model.rowCount(); ++row) {
            const bool read = first.contains(model.machines()[row]) || second.contains(model.machines()[row]);
            QCOMPARE(model.state(row) == CompareModel::LoadState::Loaded, read);
        }
    }

    void everyCellIsDrawnOnTheSharedScale()
    {
        TempDatabase db;
        ManualClock clock(kCompareNow * 1000);
        MetricStore store(db.db(), clock);
        fillCompareHosts(store, hosts(6));
        CompareModel model(store);
        model.setMetric(CompareMetric{CompareMetric::Kind::Load, {}});
        model.setRange(kCompareNow - 7200, kCompareNow);
        model.setMachines(hosts(6));
        SmallMultiplesView view;
        view.setModel(&model);
        view.resize(720, 420);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE(model.loadedCount(), 6);
        QCOMPARE(view.drawnScale(), (std::pair<double, double>(0.0, 6.5))); // from zero to the highest host
        QImage image(view.viewport()->size(), QImage::Format_RGB32);
        view.viewport()->render(&image);
        const QRgb color = view.palette().highlight().color().rgb();
        const QRect plot1 = view.plotRect(0);
        const double unit = plot1.height() / 6.5;
        for (int row : {0, 2, 5}) {
            const int top = lineTop(image, view.plotRect(row), color);
            const double expected = (row + 1 + 0.5) * unit; // host k's highest value is k + 0.5
            QVERIFY2(
                qAbs(top - expected) <= 2.0,
                qPrintable(QStringLiteral("row %1: top %2, expected %3").arg(row).arg(top).arg(expected)));
        }
    }

    void hoverShowsTheValueAndActivationEmitsTheMachine()
    {
        TempDatabase db;
        ManualClock clock(kCompareNow * 1000);
        MetricStore store(db.db(), clock);
        fillCompareHosts(store, hosts(8));
        CompareModel model(store);
        model.setMetric(CompareMetric{CompareMetric::Kind::Load, {}});
        model.setRange(kCompareNow - 7200, kCompareNow);
        model.setMachines(hosts(8));
        SmallMultiplesView view;
        view.setModel(&model);
        view.resize(720, 420);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(model.state(1) == CompareModel::LoadState::Loaded);

        const QPoint inPlot = view.plotRect(1).center();
        QMouseEvent move(QEvent::MouseMove, QPointF(inPlot), view.viewport()->mapToGlobal(QPointF(inPlot)),
                         Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(view.viewport(), &move);
        QVERIFY2(view.hoverText().startsWith(hostName(2) + QLatin1Char('\n')), qPrintable(view.hoverText()));
        QVERIFY2(view.hoverText().endsWith(QLatin1String(": 2")) ||
                     view.hoverText().endsWith(QLatin1String(": 2.5")),
                 qPrintable(view.hoverText()));

        QSignalSpy activated(&view, &SmallMultiplesView::machineActivated);
        QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, view.cellRect(2).center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.takeFirst().first().toString(), hostName(3));
        view.setCurrentRow(4);
        QTest::keyClick(&view, Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.takeFirst().first().toString(), hostName(5));
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(view.currentRow(), 5);
    }

    void nodePageShowsTheFiguresAndErrors()
    {
        TempDatabase db;
        seedInventory(db.db());
        ManualClock clock(kCompareNow * 1000);
        MetricStore store(db.db(), clock);
        fillCompareHosts(store, {QStringLiteral("db01"), QStringLiteral("web01"), QStringLiteral("web02")});
        ChartTimeline timeline(clock);
        QVERIFY(timeline.setCustom(kCompareNow - 7200, kCompareNow));
        NodeComparePage page(store, db.db(), &timeline);
        page.resize(900, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy shown(&page, &NodeComparePage::summaryShown);
        page.setMetric(CompareMetric{CompareMetric::Kind::Load, {}});
        page.setNode(QStringLiteral("shop"));
        QVERIFY(shown.wait());
        QCOMPARE(page.model()->machines(),
                 (QStringList{QStringLiteral("db01"), QStringLiteral("web01"), QStringLiteral("web02")}));
        QCOMPARE(page.summary().hosts, 3);
        QCOMPARE(page.summary().maxHost, QStringLiteral("web02")); // the third host: 3 .. 3.5
        QVERIFY2(page.figuresText().contains(QLatin1String("3 host")), qPrintable(page.figuresText()));
        QVERIFY(page.figuresText().contains(QLatin1String("web02")));
        QVERIFY(page.bannerText().isEmpty());
        QSignalSpy activated(&page, &NodeComparePage::machineActivated);
        QTRY_VERIFY(page.model()->loadedCount() == 3);
        QTest::mouseDClick(page.view()->viewport(), Qt::LeftButton, {}, page.view()->cellRect(1).center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), QStringLiteral("web01"));

        // The picker offers the hosts' own series keys; choosing one reads the screen again.
        auto* picker = page.findChild<QComboBox*>(QStringLiteral("compareMetric"));
        QVERIFY(picker);
        QTRY_VERIFY(picker->findData(QStringLiteral("series:memory-used")) >= 0);
        QVERIFY(picker->findData(QStringLiteral("cpu")) >= 0);
        page.model()->clearRequestLog();
        picker->setCurrentIndex(picker->findData(QStringLiteral("series:memory-used")));
        emit picker->activated(picker->currentIndex());
        QCOMPARE(page.model()->metric(), CompareMetric::series(QStringLiteral("memory-used")));
        QCOMPARE(page.model()->requestCount(), 3);
        QVERIFY(shown.wait());
        QVERIFY2(page.figuresText().contains(QLatin1String("GiB")), qPrintable(page.figuresText()));

        // A zoom on the shared timeline reads the screen and the figures again.
        page.model()->clearRequestLog();
        QVERIFY(timeline.zoomTo(kCompareNow - 3600, kCompareNow));
        QCOMPARE(page.model()->requestCount(), 3);
        QVERIFY(shown.wait());

        // An inventory that cannot be read: the banner says so.
        QSqlDatabase conn = db->connection();
        QVERIFY(Database::exec(conn, QStringLiteral("ALTER TABLE machines RENAME TO gone")).ok());
        QSignalSpy failed(page.model(), &CompareModel::nodeFailed);
        page.setNode(QStringLiteral("shop/web"));
        QVERIFY(failed.wait());
        QVERIFY2(page.bannerText().contains(QLatin1String("shop/web")), qPrintable(page.bannerText()));
    }

    // bench_live_charts' fix in MetricChartWidget: on a fixed axis appended points are
    // drawn by the view (the series catch up when the axis moves a pixel column).
    void liveAppendsOnAFixedAxisAreDrawnAndCaughtUp()
    {
        const qint64 to = 1'750'000'000;
        const qint64 from = to - 3600;
        auto line = [](qint64 a, qint64 b, double y) {
            ChartData d;
            d.title = QStringLiteral("load");
            ChartLine l;
            l.name = QStringLiteral("1 min");
            l.color = QStringLiteral("#ff0000");
            l.width = 1;
            QList<QPointF> seg;
            for (qint64 t = a; t <= b; t += 10)
                seg << QPointF(double(t) * 1000, y);
            l.segments << seg;
            d.lines << l;
            return d;
        };
        MetricChartWidget w;
        w.resize(800, 300);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setData(line(from, to - 600, 1.0), from, to);
        auto* series = qobject_cast<QLineSeries*>(w.chart()->series().first());
        QVERIFY(series);
        const int had = int(series->count());
        QVERIFY(w.appendData(line(to - 590, to - 10, 1.0), from, to)); // the same window: the axis stays
        QCOMPARE(int(series->count()), had);                           // the series lags ...
        QCOMPARE(w.pointCount(), had + 59);                            // ... the chart does not
        QImage image(w.viewport()->size(), QImage::Format_RGB32);
        w.viewport()->render(&image);
        const QPointF at = w.mapFromScene(
            w.chart()->mapToScene(w.chart()->mapToPosition(QPointF(double(to - 300) * 1000, 1.0), series)));
        bool red = false;
        for (int dy = -2; dy <= 2; ++dy) {
            const QColor c = image.pixelColor(int(at.x()), int(at.y()) + dy);
            red = red || (c.red() > 200 && c.green() < 120 && c.blue() < 120);
        }
        QVERIFY2(red, "the appended stretch is drawn");
        QVERIFY(w.appendData(line(to, to + 600, 1.0), from + 600, to + 600)); // the axis moves
        QCOMPARE(w.seriesCount(), 1);
        QCOMPARE(int(series->count()), w.pointCount());
    }

    void overlayDrawsOneLinePerSourceAndTheHostPageOpensIt()
    {
        TempDatabase db;
        ManualClock clock(kCompareNow * 1000);
        MetricStore store(db.db(), clock);
        SampleBatch batch;
        for (int i = 0; i <= 120; ++i) {
            const qint64 t = kCompareNow - 7200 + 60 * i;
            for (const auto& [source, value] : {std::pair{"local", 1.0}, std::pair{"node_exporter", 2.0}})
                batch << IncomingSample{
                    SeriesKey{QStringLiteral("web1"), QStringLiteral("loadavg-1"), QLatin1String(source)},
                    SeriesType::Gauge, t, value};
            batch << IncomingSample{SeriesKey{QStringLiteral("web1"), QStringLiteral("servers.web1.load"),
                                              QStringLiteral("graphite-push")},
                                    SeriesType::Gauge, t, 3.0};
        }
        QVERIFY(store.append(batch).ok());
        QVERIFY(store.flush().ok());
        ChartTimeline timeline(clock);
        QVERIFY(timeline.setCustom(kCompareNow - 7200, kCompareNow));

        OverlayChart overlay(store, &timeline);
        overlay.resize(900, 500);
        overlay.show();
        QVERIFY(QTest::qWaitForWindowExposed(&overlay));
        QSignalSpy loaded(&overlay, &OverlayChart::loaded);
        overlay.setMachine(QStringLiteral("web1"));
        QVERIFY(loaded.wait());
        QCOMPARE(overlay.quantities().first(), QStringLiteral("loadavg-1")); // two sources: first
        QCOMPARE(overlay.chart()->lineCount(), 2);
        QStringList names;
        for (const auto& line : overlay.chart()->data().lines)
            names << line.name;
        QCOMPARE(names, (QStringList{QStringLiteral("local"), QStringLiteral("node_exporter")}));
        QStringList legend;
        for (auto* marker : overlay.chart()->chart()->legend()->markers()) {
            legend << marker->label(); // one segment a line here: one marker a line
        }
        QCOMPARE(legend, (QStringList{QStringLiteral("local"), QStringLiteral("node_exporter")}));
        const qint64 at = (kCompareNow - 1800) * 1000;
        QCOMPARE(overlay.chart()->valueAt(0, at).value_or(-1), 1.0);
        QCOMPARE(overlay.chart()->valueAt(1, at).value_or(-1), 2.0);
        QVERIFY(overlay.bannerText().isEmpty());

        // Any series side by side: a Graphite path beside the collector's key.
        overlay.setSeries(
            QStringLiteral("load"),
            {SeriesKey{QStringLiteral("web1"), QStringLiteral("loadavg-1"), QStringLiteral("local")},
             SeriesKey{QStringLiteral("web1"), QStringLiteral("servers.web1.load"),
                       QStringLiteral("graphite-push")}});
        QVERIFY(loaded.wait());
        QCOMPARE(overlay.chart()->lineCount(), 2);
        QCOMPARE(overlay.chart()->data().lines[1].name, QStringLiteral("graphite-push: servers.web1.load"));

        // The host page's "Compare sources…".
        MachineChartsView host(store, nullptr, clock);
        host.setDefinitionsDir(QString());
        host.setMachine(QStringLiteral("web1"));
        auto* action = host.findChild<QAction*>(QStringLiteral("compareSourcesAction"));
        QVERIFY(action);
        QVERIFY(host.actions().contains(action));
        QDialog* dialog = host.compareSources();
        QVERIFY(dialog);
        auto* inDialog = dialog->findChild<OverlayChart*>();
        QVERIFY(inDialog);
        QSignalSpy dialogLoaded(inDialog, &OverlayChart::loaded);
        QVERIFY(dialogLoaded.wait());
        QCOMPARE(inDialog->chart()->lineCount(), 2);
        dialog->close();
    }
};

QTEST_MAIN(TestSmallMultiples)
#include "tst_smallmultiples.moc"
