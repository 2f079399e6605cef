// MetricChartWidget offscreen: range change, drag to zoom, pan, reset, legend toggle, the
// crosshair's values and units, a gap stays a gap (on screen too), live appends that
// reuse the series, stacked areas filled.

#include "charts/MetricChartWidget.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QImage>
#include <QLegendMarker>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTest>

using namespace opsdeck;

namespace {

constexpr qint64 kFrom = 1'750'000'000;
constexpr qint64 kTo = kFrom + 3600;

QList<QPointF> ramp(qint64 fromSecs, qint64 toSecs, double y, qint64 step = 60)
{
    QList<QPointF> pts;
    for (qint64 t = fromSecs; t <= toSecs; t += step)
        pts << QPointF(double(t) * 1000.0, y);
    return pts;
}

// Traffic-like data in KiB/s: "rx" 1.5 KiB/s with a gap in the middle, "tx" 0.5 KiB/s.
ChartData traffic()
{
    ChartData d;
    d.title = QStringLiteral("eth0");
    d.unit = QStringLiteral("KiB/s");
    d.valueUnit = QStringLiteral("bytes/s");
    d.unitDivisor = 1024;
    d.resolution = 60;
    ChartLine rx;
    rx.name = QStringLiteral("rx");
    rx.color = QStringLiteral("#ff0000");
    rx.segments = {ramp(kFrom, kFrom + 1200, 1.5), ramp(kFrom + 2400, kTo, 1.5)};
    ChartLine tx;
    tx.name = QStringLiteral("tx");
    tx.color = QStringLiteral("#0000ff");
    tx.segments = {ramp(kFrom, kTo, 0.5)};
    d.lines = {rx, tx};
    return d;
}

int redPixelsInColumn(const QImage& img, int x, int top, int bottom)
{
    int n = 0;
    for (int y = top; y < bottom; ++y) {
        const QColor c = img.pixelColor(x, y);
        n += c.red() > 200 && c.green() < 90 && c.blue() < 90;
    }
    return n;
}

} // namespace

class TestMetricChartWidget : public QObject
{
    Q_OBJECT
    MetricChartWidget* make()
    {
        auto* w = new MetricChartWidget;
        w->resize(800, 400);
        w->show();
        if (!QTest::qWaitForWindowExposed(w))
            qWarning("not exposed");
        w->setData(traffic(), kFrom, kTo);
        QCoreApplication::processEvents();
        return w;
    }

private slots:
    void rangeChangeMovesTheAxis()
    {
        std::unique_ptr<MetricChartWidget> w(make());
        auto* axis = qobject_cast<QDateTimeAxis*>(w->chart()->axes(Qt::Horizontal).first());
        QCOMPARE(axis->min().toSecsSinceEpoch(), kFrom);
        QCOMPARE(axis->max().toSecsSinceEpoch(), kTo);
        w->setData(traffic(), kFrom - 86400, kTo);
        QCOMPARE(axis->min().toSecsSinceEpoch(), kFrom - 86400);
        QCOMPARE(axis->format(), QStringLiteral("ddd HH:mm"));
        // Units and the resolution in the title.
        QVERIFY2(w->chart()->title().contains(QStringLiteral("(KiB/s)")), qPrintable(w->chart()->title()));
        QVERIFY2(w->chart()->title().contains(QStringLiteral("1 min")), qPrintable(w->chart()->title()));
    }

    void dragZoomsAndShiftDragPans()
    {
        std::unique_ptr<MetricChartWidget> w(make());
        QSignalSpy zoom(w.get(), &MetricChartWidget::zoomRequested);
        QSignalSpy pan(w.get(), &MetricChartWidget::panRequested);
        QSignalSpy reset(w.get(), &MetricChartWidget::resetRequested);
        const qint64 a = (kFrom + 600) * 1000;
        const qint64 b = (kFrom + 1800) * 1000;
        const int y = int(w->chart()->plotArea().center().y());
        const QPoint pa(int(std::lround(w->positionOf(a))), y);
        const QPoint pb(int(std::lround(w->positionOf(b))), y);
        QTest::mousePress(w->viewport(), Qt::LeftButton, {}, pa);
        QTest::mouseMove(w->viewport(), pb);
        QTest::mouseRelease(w->viewport(), Qt::LeftButton, {}, pb);
        QCOMPARE(zoom.size(), 1);
        const qint64 secsPerPixel = 3600 / w->plotWidthPixels() + 1;
        QVERIFY2(std::abs(zoom[0][0].toLongLong() - (kFrom + 600)) <= secsPerPixel,
                 qPrintable(QString::number(zoom[0][0].toLongLong() - kFrom)));
        QVERIFY(std::abs(zoom[0][1].toLongLong() - (kFrom + 1800)) <= secsPerPixel);
        // A click is no zoom.
        QTest::mouseClick(w->viewport(), Qt::LeftButton, {}, pa);
        QCOMPARE(zoom.size(), 1);

        // Shift+drag 100 px to the right: back in time by 100 px worth of seconds.
        QTest::mousePress(w->viewport(), Qt::LeftButton, Qt::ShiftModifier, pa);
        QTest::mouseMove(w->viewport(), pa + QPoint(100, 0));
        QTest::mouseRelease(w->viewport(), Qt::LeftButton, Qt::ShiftModifier, pa + QPoint(100, 0));
        QCOMPARE(pan.size(), 1);
        const double expected = -100.0 * 3600 / w->chart()->plotArea().width();
        QVERIFY2(std::abs(pan[0][0].toLongLong() - expected) <= 1,
                 qPrintable(QString::number(pan[0][0].toLongLong())));
        QCOMPARE(zoom.size(), 1);

        QTest::mouseDClick(w->viewport(), Qt::LeftButton, {}, pa);
        QCOMPARE(reset.size(), 1);
    }

    void crosshairShowsEveryValueWithItsUnit()
    {
        std::unique_ptr<MetricChartWidget> w(make());
        QSignalSpy moved(w.get(), &MetricChartWidget::crosshairMoved);
        const qint64 at = (kFrom + 600) * 1000;
        const QPointF pos(std::lround(w->positionOf(at)), int(w->chart()->plotArea().center().y()));
        QMouseEvent move(QEvent::MouseMove, pos, w->viewport()->mapToGlobal(pos), Qt::NoButton, Qt::NoButton,
                         {});
        QCoreApplication::sendEvent(w->viewport(), &move);
        QCOMPARE(moved.size(), 1);
        QVERIFY(std::abs(moved[0][0].toLongLong() - at) < 10'000);
        w->setCrosshair(at);
        QCOMPARE(*w->valueAt(0, at), 1.5 * 1024);
        const QString text = w->crosshairText();
        QVERIFY2(text.contains(QStringLiteral("rx: 1.5 KiB/s")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("tx: 512 B/s")), qPrintable(text));
        QVERIFY2(
            text.startsWith(QDateTime::fromMSecsSinceEpoch(at).toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
            qPrintable(text));
        // In rx's gap: no value, never one made up between the segments.
        const qint64 inGap = (kFrom + 1800) * 1000;
        QVERIFY(!w->valueAt(0, inGap));
        w->setCrosshair(inGap);
        QVERIFY2(w->crosshairText().contains(QStringLiteral("rx: –")), qPrintable(w->crosshairText()));
        w->setCrosshair(-1);
        QVERIFY(w->crosshairText().isEmpty());
    }

    void aGapStaysAGap()
    {
        std::unique_ptr<MetricChartWidget> w(make());
        QCOMPARE(w->seriesCount(), 3); // rx's two segments, tx's one
        w->setLineVisible(1, false);   // tx out of the way
        QCoreApplication::processEvents();
        QImage img(w->size(), QImage::Format_ARGB32);
        img.fill(Qt::white);
        static_cast<QWidget*>(w.get())->render(&img);
        const QRectF area = w->chart()->plotArea();
        const int top = int(area.top()) + 1, bottom = int(area.bottom()) - 1;
        QVERIFY(redPixelsInColumn(img, int(w->positionOf((kFrom + 600) * 1000)), top, bottom) > 0);
        QVERIFY(redPixelsInColumn(img, int(w->positionOf((kFrom + 3000) * 1000)), top, bottom) > 0);
        QCOMPARE(redPixelsInColumn(img, int(w->positionOf((kFrom + 1800) * 1000)), top, bottom), 0);
    }

    void legendTogglesALine()
    {
        std::unique_ptr<MetricChartWidget> w(make());
        auto* rxFirst = w->chart()->series().at(0);
        auto* rxSecond = w->chart()->series().at(1);
        const auto markers = w->chart()->legend()->markers(rxFirst);
        QCOMPARE(markers.size(), 1);
        QVERIFY(markers.first()->isVisible());
        QVERIFY(!w->chart()->legend()->markers(rxSecond).first()->isVisible()); // one entry a line
        QVERIFY(QMetaObject::invokeMethod(markers.first(), "clicked"));
        QVERIFY(!w->isLineVisible(0));
        QVERIFY(!rxFirst->isVisible() && !rxSecond->isVisible());
        QVERIFY(markers.first()->isVisible()); // still there to turn it back on
        w->setCrosshair((kFrom + 600) * 1000);
        QVERIFY(!w->crosshairText().contains(QStringLiteral("rx:")));
        // Hidden stays hidden across a reload.
        w->setData(traffic(), kFrom, kTo);
        QVERIFY(!w->chart()->series().at(0)->isVisible());
        QVERIFY(QMetaObject::invokeMethod(w->chart()->legend()->markers(w->chart()->series().at(0)).first(),
                                          "clicked"));
        QVERIFY(w->isLineVisible(0));
        QVERIFY(w->chart()->series().at(0)->isVisible());
    }

    void liveAppendsWithoutNewSeries()
    {
        std::unique_ptr<MetricChartWidget> w(make());
        QList<QAbstractSeries*> before = w->chart()->series();
        const int points = w->pointCount();
        ChartData tail = traffic();
        tail.lines[0].segments = {ramp(kTo - 120, kTo + 120, 2.0)};
        tail.lines[1].segments = {ramp(kTo - 120, kTo + 120, 0.5)};
        QVERIFY(w->appendData(tail, kFrom + 120, kTo + 120));
        QCOMPARE(w->chart()->series(), before);    // the same objects
        QCOMPARE(w->pointCount(), points + 4 - 4); // two new points a line, two older ones out of the window
        QCOMPARE(*w->valueAt(0, (kTo + 120) * 1000), 2.0 * 1024);
        // After a silence longer than the gap: one new series for that line only.
        tail.lines[0].segments = {ramp(kTo + 1200, kTo + 1260, 3.0)};
        tail.lines[1].segments = {ramp(kTo + 180, kTo + 1260, 0.5)};
        QVERIFY(w->appendData(tail, kFrom + 120, kTo + 1260));
        QCOMPARE(w->seriesCount(), 4);
        QVERIFY(!w->valueAt(0, (kTo + 600) * 1000));
        // Another unit: the caller must reload.
        tail.unit = QStringLiteral("MiB/s");
        QVERIFY(!w->appendData(tail, kFrom, kTo));
    }

    void stackedAreasAreFilled()
    {
        ChartData d;
        d.title = QStringLiteral("CPU");
        d.unit = QStringLiteral("%");
        d.valueUnit = QStringLiteral("percent");
        d.yMax = 100;
        ChartLine user;
        user.name = QStringLiteral("user");
        user.color = QStringLiteral("#ff0000");
        user.style = ChartLineStyle::Area;
        user.segments = {ramp(kFrom, kTo, 20)};
        ChartLine system;
        system.name = QStringLiteral("system");
        system.color = QStringLiteral("#0000ff");
        system.style = ChartLineStyle::Stack;
        system.segments = {ramp(kFrom, kTo, 50)}; // 30 % on top of 20 %
        d.lines = {user, system};
        MetricChartWidget w;
        w.resize(600, 400);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setData(d, kFrom, kTo);
        QCoreApplication::processEvents();
        QImage img(w.size(), QImage::Format_ARGB32);
        img.fill(Qt::white);
        static_cast<QWidget&>(w).render(&img);
        const int x = int(w.positionOf((kFrom + 1500) * 1000)); // off the grid lines
        auto yOf = [&](double v) {
            return int(w.chart()->mapToPosition(QPointF((kFrom + 1500) * 1000.0, v)).y());
        };
        const QColor low = img.pixelColor(x, yOf(10));
        const QColor high = img.pixelColor(x, yOf(35));
        const QColor above = img.pixelColor(x, yOf(75));
        QVERIFY2(low.red() > 150 && low.blue() < 120, qPrintable(low.name()));
        QVERIFY2(high.blue() > 150 && high.red() < 120, qPrintable(high.name()));
        QVERIFY2(above.red() > 200 && above.blue() > 200, qPrintable(above.name())); // not filled
        QCOMPARE(*w.valueAt(1, (kFrom + 1800) * 1000), 30.0);                        // its own share
    }
};

QTEST_MAIN(TestMetricChartWidget)
#include "tst_metricchartwidget.moc"
