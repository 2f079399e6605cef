// Benchmark of the compare page's small multiples (issue 10, part 3). Prints the figures;
// asserts nothing about time.
//   500 hosts x one day of one-minute loadavg-1 (720,000 samples) in a real SQLite cache,
//   maintained (rollups built, as the store's thread keeps them).
//   first screen  the view shown at 1280x800 until every visible cell is read (off the GUI
//                 thread, at the chart's resolution) and painted: wall ms (goal < 500 ms)
//   scroll step   one wheel notch: the scroll and repaint, then the new cells arriving and
//                 painted; the GUI thread's CPU ms per step (goal < 16 ms), reads happen
//                 on the async pool. Median and worst of 40 steps.
// Smoke sizes under OPSDECK_BENCH_SMOKE (ctest). Full: build-*/tests/bench_compare [HOSTS]

#include "BenchSupport.h"
#include "GuiBenchSupport.h"
#include "TestSupport.h"
#include "compare/CompareModel.h"
#include "compare/SmallMultiplesView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTimer>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace opsdeck;
using bench::median;
using bench::must;

namespace {

QStringList fill(MetricStore& store, int hosts, qint64 end, int minutes)
{
    QStringList names;
    SampleBatch batch;
    batch.reserve(50'000);
    for (int h = 0; h < hosts; ++h) {
        const QString host = QStringLiteral("host%1.example.com").arg(h, 4, 10, QLatin1Char('0'));
        names << host;
        for (int i = 0; i < minutes; ++i) {
            const double wave = 1 + h % 7 + std::sin(i / 120.0 + h) + ((i * 7919 + h) % 97) / 97.0;
            batch.append({SeriesKey{host, QStringLiteral("loadavg-1"), QStringLiteral("local")},
                          SeriesType::Gauge, end - qint64(minutes - 1 - i) * 60, wave});
            if (batch.size() == 50'000) {
                must(store.append(batch), "append");
                batch.clear();
            }
        }
    }
    must(store.append(batch), "append");
    must(store.flush(), "flush");
    must(store.maintain(), "maintenance");
    return names;
}

// Runs the event loop until every read asked for has come back and been painted.
void settle(CompareModel& model)
{
    if (model.pendingCount() > 0) {
        QEventLoop loop;
        QObject::connect(&model, &CompareModel::idle, &loop, &QEventLoop::quit);
        QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    QCoreApplication::processEvents(); // the repaint of what arrived
}

void wheelNotch(SmallMultiplesView& view)
{
    const QPointF at(200, 200);
    QWheelEvent wheel(at, view.viewport()->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view.viewport(), &wheel);
    QCoreApplication::processEvents(); // the repaint of the scrolled view
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const bool smoke = test::benchSmoke();
    const QStringList args = app.arguments().mid(1);
    const int hosts = args.isEmpty() ? (smoke ? 60 : 500) : args.first().toInt();
    const int minutes = smoke ? 360 : 1440;
    if (hosts < 10) {
        std::fprintf(stderr, "usage: bench_compare [HOSTS >= 10]\n");
        return 2;
    }
    std::printf("load average: %s\n", bench::loadAverage().constData());
    test::TempDatabase tdb;
    const qint64 end = 1'700'000'000 / 60 * 60;
    ManualClock clock(end * 1000);
    MetricStore store(tdb.db(), clock);
    store.setMaintenanceIntervalMs(0);
    QElapsedTimer fillTimer;
    fillTimer.start();
    const QStringList names = fill(store, hosts, end, minutes);
    std::printf("cache: %d hosts x %d one-minute points, filled and maintained in %.1f s\n", hosts, minutes,
                fillTimer.elapsed() / 1000.0);

    CompareModel model(store);
    model.setMetric(CompareMetric{CompareMetric::Kind::Load, {}});
    model.setRange(end - qint64(minutes) * 60, end);
    model.setMachines(names);
    SmallMultiplesView view;
    view.setModel(&model);
    view.resize(1280, 800);

    QElapsedTimer wall;
    wall.start();
    const double cpu0 = bench::threadCpuMs();
    view.show();
    QCoreApplication::processEvents();
    settle(model);
    const double firstWall = wall.nsecsElapsed() / 1e6;
    const double firstCpu = bench::threadCpuMs() - cpu0;
    const auto [first, last] = view.visibleRows();
    std::printf("first screen: %d cells read (of %d hosts, %d px wide each, archive step %d s) and painted: "
                "%.1f ms wall, %.1f ms GUI-thread CPU (goal < 500 ms)\n",
                model.requestCount(), hosts, model.pixelWidth(),
                model.series(0) ? model.series(0)->resolution : 0, firstWall, firstCpu);
    if (model.requestCount() != last - first + 1 || view.paintedLines() == 0)
        std::fprintf(stderr, "unexpected: %d reads for rows %d..%d, %d lines painted\n", model.requestCount(),
                     first, last, view.paintedLines());

    QList<double> stepCpu, scrollCpu, scrollWall;
    int newCells = 0;
    const int steps = smoke ? 10 : 40;
    for (int i = 0; i < steps && view.verticalScrollBar()->value() < view.verticalScrollBar()->maximum();
         ++i) {
        const int before = model.requestCount();
        QElapsedTimer t;
        t.start();
        const double c0 = bench::threadCpuMs();
        wheelNotch(view);
        scrollWall << t.nsecsElapsed() / 1e6;
        scrollCpu << bench::threadCpuMs() - c0;
        settle(model); // the new cells arrive (read off this thread) and are painted
        stepCpu << bench::threadCpuMs() - c0;
        newCells += model.requestCount() - before;
    }
    std::printf(
        "scroll step (one wheel notch, %d steps, %.1f new cells a step): scroll+repaint median %.2f ms "
        "wall, %.2f ms CPU; with the new cells arriving and painted: GUI-thread CPU median %.2f ms, "
        "worst %.2f ms (goal < 16 ms)\n",
        int(stepCpu.size()), stepCpu.isEmpty() ? 0.0 : double(newCells) / stepCpu.size(), median(scrollWall),
        median(scrollCpu), median(stepCpu),
        stepCpu.isEmpty() ? 0.0 : *std::max_element(stepCpu.cbegin(), stepCpu.cend()));
    std::printf("hosts read in all: %d of %d; resident memory %.0f MB\n", model.loadedCount(), hosts,
                bench::rssMb());
    return 0;
}
