// Benchmarks of the charts (issue 10). Prints the figures; asserts nothing about time.
//   big        one series of 1,000,000 points (10 s apart, ~116 days, all in the raw archive)
//              from the cache to a drawn chart: query with maxPoints = 2 x the plot's pixel
//              width (MinMax: every column's min and max), the segments, setData and a
//              forced paint of the chart into a QImage; median of 5 runs (goal < 50 ms)
//   dashboard  24 charts of 10,000 one-minute points each (a week), first paint of the
//              page: 24 queries, 24 setData, one paint of the whole grid (goal < 300 ms)
// Wall and thread CPU ms of each step are printed: on a shared machine the wall time says
// as much about the neighbours as about the code.
// Smoke sizes under OPSDECK_BENCH_SMOKE (ctest). Full: build-*/tests/bench_charts [big] [dashboard]

#include "BenchSupport.h"
#include "GuiBenchSupport.h"
#include "TestSupport.h"
#include "charts/MetricChartWidget.h"
#include "metrics/MachineChartLoader.h"
#include "metrics/MetricStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QGridLayout>
#include <QImage>
#include <QPainter>
#include <QStandardPaths>
#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace opsdeck;
using bench::median;
using bench::must;

namespace {

struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
};

class Stopwatch
{
public:
    Stopwatch()
    {
        m_timer.start();
        m_cpu = bench::threadCpuMs();
    }
    Timing lap()
    {
        const Timing t{m_timer.nsecsElapsed() / 1e6, bench::threadCpuMs() - m_cpu};
        m_timer.restart();
        m_cpu = bench::threadCpuMs();
        return t;
    }

private:
    QElapsedTimer m_timer;
    double m_cpu = 0;
};

// A load-like series: a daily wave, noise and a rare spike.
double valueAt(qint64 i, int series)
{
    const double wave = 40 + 30 * std::sin(double(i) / 8640.0 * 6.283 + series);
    const double noise = double((i * 2654435761u + qint64(series) * 40503) % 1000) / 100.0;
    return (i % 99991 == 0) ? wave * 20 : wave + noise;
}

void fill(MetricStore& store, const QString& machine, const QString& metric, qint64 end, qint64 count,
          qint64 step, int series)
{
    SampleBatch batch;
    batch.reserve(50'000);
    for (qint64 i = 0; i < count; ++i) {
        batch.append({SeriesKey{machine, metric, QStringLiteral("local")}, SeriesType::Gauge,
                      end - (count - 1 - i) * step, valueAt(i, series)});
        if (batch.size() == 50'000) {
            must(store.append(batch), "append");
            batch.clear();
        }
    }
    must(store.append(batch), "append");
}

// The chart's data for one series over [from, to] at the chart's resolution.
ChartData chartData(const MetricStore& store, const QString& machine, const QString& metric, qint64 from,
                    qint64 to, int pixels, bool chartResolution = true)
{
    MetricQuery q;
    q.machine = machine;
    q.metric = metric;
    q.from = from;
    q.to = to;
    q.maxPoints = 2 * pixels; // a minimum and a maximum per pixel column
    q.decimation = MetricQuery::Decimation::MinMax;
    q.atChartResolution = chartResolution;
    auto data = store.query(q);
    if (!data.ok())
        must(data.error(), "query");
    ChartData chart;
    chart.title = metric;
    chart.resolution = data->resolution;
    ChartLine line;
    line.name = metric;
    const qint64 bucket = std::max<qint64>(data->resolution, (to - from) / std::max(1, pixels));
    line.segments = MachineChartLoader::toSegments(data->points, 3 * bucket);
    chart.lines << line;
    return chart;
}

void big(bool smoke)
{
    const qint64 count = smoke ? 50'000 : 1'000'000;
    const qint64 step = 10;
    test::TempDatabase tdb;
    const qint64 end = 1'700'000'000 / 60 * 60;
    ManualClock clock(end * 1000);
    MetricStore store(tdb.db(), clock);
    store.setMaintenanceIntervalMs(0);
    const auto retention = RetentionPolicy::parse(QStringLiteral("10s:120d,1h:400d"));
    if (!retention.ok())
        must(retention.error(), "retention");
    must(store.setRetention(*retention), "setting the retention");
    fill(store, QStringLiteral("big"), QStringLiteral("loadavg-1"), end, count, step, 0);
    must(store.flush(), "flush");
    must(store.maintain(), "maintenance");

    MetricChartWidget chart;
    chart.resize(1200, 400);
    chart.show();
    QImage image(chart.size(), QImage::Format_ARGB32_Premultiplied);
    const qint64 from = end - (count - 1) * step;
    // A first paint lays the chart out, so plotWidthPixels() is the real one.
    chart.setData(ChartData{}, from, end);
    static_cast<QWidget&>(chart).render(&image);
    const int pixels = chart.plotWidthPixels();

    double dataMax = 0;
    for (qint64 i = 0; i < count; ++i)
        dataMax = std::max(dataMax, valueAt(i, 0));
    for (const bool chartResolution : {false, true}) {
        QList<double> q, set, paint, total, totalCpu;
        int points = 0;
        double drawnMax = 0;
        int resolution = 0;
        for (int run = 0; run < 5; ++run) {
            Stopwatch sw;
            const ChartData data = chartData(store, QStringLiteral("big"), QStringLiteral("loadavg-1"), from,
                                             end, pixels, chartResolution);
            const Timing tq = sw.lap();
            chart.setData(data, from, end);
            const Timing ts = sw.lap();
            image.fill(Qt::white);
            static_cast<QWidget&>(chart).render(&image);
            const Timing tp = sw.lap();
            points = data.pointCount();
            resolution = data.resolution;
            for (const auto& seg : data.lines.first().segments) {
                for (const auto& p : seg)
                    drawnMax = std::max(drawnMax, p.y());
            }
            q << tq.wallMs;
            set << ts.wallMs;
            paint << tp.wallMs;
            total << tq.wallMs + ts.wallMs + tp.wallMs;
            totalCpu << tq.cpuMs + ts.cpuMs + tp.cpuMs;
        }
        std::printf(
            "big (%s): %lld points (10 s apart) -> %d drawn (plot %d px wide, archive step %d s; highest "
            "value %.1f drawn of %.1f): query+segments %.1f ms, setData %.1f ms, paint %.1f ms; total "
            "median %.1f ms wall, %.1f ms CPU (goal < 50 ms)\n",
            chartResolution ? "read at the chart's resolution" : "raw archive, decimated", qlonglong(count),
            points, pixels, resolution, drawnMax, dataMax, median(q), median(set), median(paint),
            median(total), median(totalCpu));
    }
}

void dashboard(bool smoke)
{
    const int charts = 24;
    const qint64 count = smoke ? 1'000 : 10'000;
    test::TempDatabase tdb;
    const qint64 end = 1'700'000'000 / 60 * 60;
    ManualClock clock(end * 1000);
    MetricStore store(tdb.db(), clock);
    store.setMaintenanceIntervalMs(0);
    const auto retention = RetentionPolicy::parse(QStringLiteral("1m:8d,5m:10d,1h:40d,1d:1100d"));
    if (!retention.ok())
        must(retention.error(), "retention");
    must(store.setRetention(*retention), "setting the retention");
    for (int i = 0; i < charts; ++i)
        fill(store, QStringLiteral("web%1").arg(i), QStringLiteral("loadavg-1"), end, count, 60, i);
    must(store.flush(), "flush");
    must(store.maintain(), "maintenance");
    const qint64 from = end - (count - 1) * 60;

    QList<double> wall, cpu, qWall, setWall, paintWall;
    int points = 0;
    for (int run = 0; run < 3; ++run) {
        QWidget page;
        auto* grid = new QGridLayout(&page);
        QList<MetricChartWidget*> widgets;
        for (int i = 0; i < charts; ++i) {
            auto* w = new MetricChartWidget(&page);
            grid->addWidget(w, i / 4, i % 4);
            widgets << w;
        }
        page.resize(4 * 400, 6 * 250);
        page.show();
        QCoreApplication::processEvents(); // laid out, as a page is before its data arrives
        QImage image(page.size(), QImage::Format_ARGB32_Premultiplied);
        Stopwatch sw;
        QList<ChartData> all;
        for (int i = 0; i < charts; ++i)
            all << chartData(store, QStringLiteral("web%1").arg(i), QStringLiteral("loadavg-1"), from, end,
                             widgets[i]->plotWidthPixels());
        const Timing tq = sw.lap();
        points = 0;
        for (int i = 0; i < charts; ++i) {
            widgets[i]->setData(all[i], from, end);
            points += all[i].pointCount();
        }
        const Timing ts = sw.lap();
        image.fill(Qt::white);
        page.render(&image);
        const Timing tp = sw.lap();
        wall << tq.wallMs + ts.wallMs + tp.wallMs;
        cpu << tq.cpuMs + ts.cpuMs + tp.cpuMs;
        qWall << tq.wallMs;
        setWall << ts.wallMs;
        paintWall << tp.wallMs;
    }
    std::printf(
        "dashboard: %d charts x %lld points -> %d drawn in all: queries %.1f ms, setData %.1f ms, paint "
        "%.1f ms; first paint median %.1f ms wall, %.1f ms CPU (goal < 300 ms)\n",
        charts, qlonglong(count), points, median(qWall), median(setWall), median(paintWall), median(wall),
        median(cpu));
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const bool smoke = test::benchSmoke();
    const QStringList args = app.arguments().mid(1);
    const bool all = args.isEmpty();
    std::printf("load average: %s\n", bench::loadAverage().constData());
    if (all || args.contains(QStringLiteral("big")))
        big(smoke);
    if (all || args.contains(QStringLiteral("dashboard")))
        dashboard(smoke);
    return 0;
}
