// Benchmark of live charts (issue 10): 24 of the host page's MetricChartWidget in live
// mode (a one-hour window, three lines each as the built-in load graph: an area and two
// one-pixel lines; 721 points a line, about two a pixel column, as a read at the chart's
// resolution gives), each receiving one new
// point per line every second for 60 s through appendData, and repainted. The ticks are
// driven by the benchmark (an injected clock: back to back by default, or a 1 s QTimer
// with --realtime); the cost is the process's CPU time (getrusage, user + system) over the
// run, as a share of the seconds the run stands for. Goal: < 5 % of one core.
// Smoke sizes under OPSDECK_BENCH_SMOKE (ctest): 10 s.
// Full: build-*/tests/bench_live_charts [SECONDS] [--realtime]

#include "GuiBenchSupport.h"
#include "TestSupport.h"
#include "charts/MetricChartWidget.h"
#include "util/Clock.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGridLayout>
#include <QStandardPaths>
#include <QTimer>
#include <cmath>
#include <cstdio>
#include <sys/resource.h>

using namespace opsdeck;

namespace {

constexpr int kCharts = 24;
constexpr qint64 kWindow = 3600;

double processCpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double valueAt(qint64 t, int chart, int line)
{
    return 1 + line + chart % 5 + std::sin(double(t) / 300.0 + chart) * 0.5 + double((t * 7919) % 13) / 50.0;
}

// As the host page's built-in load graph: AREA 1 min, LINE1 5 min, LINE1 15 min.
const char* const lineNames[] = {"1 min", "5 min", "15 min"};
const char* const lineColors[] = {"#00c000", "#0000ff", "#ff3e00"};

// The page's first read: the window at the chart's resolution (a point every 5 s).
ChartData initial(int chart, qint64 now)
{
    ChartData data;
    data.title = QStringLiteral("Load %1").arg(chart);
    data.id = QStringLiteral("load");
    data.resolution = 5;
    for (int li = 0; li < 3; ++li) {
        ChartLine line;
        line.name = QLatin1String(lineNames[li]);
        line.color = QLatin1String(lineColors[li]);
        line.style = li == 0 ? ChartLineStyle::Area : ChartLineStyle::Line;
        line.width = 1;
        QList<QPointF> seg;
        for (qint64 t = now - kWindow; t <= now; t += 5)
            seg << QPointF(double(t) * 1000.0, valueAt(t, chart, li));
        line.segments << seg;
        data.lines << line;
    }
    return data;
}

// What a live tail read gives a second later: one new point per line.
ChartData tail(int chart, qint64 now)
{
    ChartData data;
    data.title = QStringLiteral("Load %1").arg(chart);
    data.id = QStringLiteral("load");
    for (int li = 0; li < 3; ++li) {
        ChartLine line;
        line.name = QLatin1String(lineNames[li]);
        line.segments << QList<QPointF>{QPointF(double(now) * 1000.0, valueAt(now, chart, li))};
        data.lines << line;
    }
    return data;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const bool smoke = test::benchSmoke();
    QStringList args = app.arguments().mid(1);
    const bool realtime = args.removeAll(QStringLiteral("--realtime")) > 0;
    const int seconds = args.isEmpty() ? (smoke ? 10 : 60) : args.first().toInt();
    if (seconds < 1) {
        std::fprintf(stderr, "usage: bench_live_charts [SECONDS] [--realtime]\n");
        return 2;
    }
    std::printf("load average: %s\n", bench::loadAverage().constData());

    ManualClock clock(qint64(1'700'000'000) * 1000);
    QWidget page;
    auto* grid = new QGridLayout(&page);
    QList<MetricChartWidget*> charts;
    for (int i = 0; i < kCharts; ++i) {
        auto* w = new MetricChartWidget(&page);
        grid->addWidget(w, i / 4, i % 4);
        charts << w;
    }
    page.resize(4 * 400, 6 * 250);
    page.show();
    QCoreApplication::processEvents();
    for (int i = 0; i < kCharts; ++i) {
        const qint64 now = clock.nowMs() / 1000;
        charts[i]->setData(initial(i, now), now - kWindow, now);
    }
    QCoreApplication::processEvents(); // the first paint, before the measured window

    int ticks = 0;
    int refused = 0;
    auto tick = [&] {
        clock.advanceSecs(1);
        const qint64 now = clock.nowMs() / 1000;
        for (int i = 0; i < kCharts; ++i) {
            if (!charts[i]->appendData(tail(i, now), now - kWindow, now))
                ++refused;
        }
        ++ticks;
    };
    QElapsedTimer wall;
    wall.start();
    const double cpu0 = processCpuSeconds();
    if (realtime) {
        QEventLoop loop;
        QTimer timer;
        timer.setInterval(1000);
        QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
            tick();
            if (ticks == seconds)
                loop.quit();
        });
        timer.start();
        loop.exec();
        QCoreApplication::processEvents(); // the last repaint
    } else {
        for (int s = 0; s < seconds; ++s) {
            tick();
            QCoreApplication::processEvents(); // the repaint a second's appends cause
        }
    }
    const double cpu = processCpuSeconds() - cpu0;
    const double wallSecs = wall.nsecsElapsed() / 1e9;
    int points = 0;
    for (auto* c : charts)
        points += c->pointCount();
    std::printf(
        "live charts (%s): %d charts x 3 lines, one point a line a second for %d s (%d appends, %d "
        "refused; %d points on screen): %.3f s CPU over %.2f s wall = %.2f %% of one core for the %d s "
        "the run stands for (goal < 5 %%)\n",
        realtime ? "1 s timer, real time" : "injected clock, back to back", kCharts, seconds, ticks * kCharts,
        refused, points, cpu, wallSecs, 100.0 * cpu / seconds, seconds);
    return refused == 0 ? 0 : 1;
}
