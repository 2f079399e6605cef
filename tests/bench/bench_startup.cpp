// Cold start of the window: from process start to the main window's first paint, and
// the resident memory then, with an empty database and with one holding a week of
// local samples. Runs the built `opsdeck` binary offscreen with OPSDECK_EXIT_AFTER_PAINT=1
// (MainWindow's StartupProbe prints the figures and quits). Prints, never asserts.
//
// Full size by hand:   build/tests/bench_startup            (7 days of samples, 5 runs each)
// Smoke size (ctest):  OPSDECK_BENCH_SMOKE=1 bench_startup  (1 hour of samples, 1 run)

#include "BenchSupport.h"
#include "TestSupport.h"
#include "collector/LocalCollector.h"
#include "metrics/MetricStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

using namespace opsdeck;
using bench::median;

namespace {

struct StartupFigures
{
    double wallMs = -1;  // QProcess::start() to the probe's line, measured here
    double paintMs = -1; // the probe's own figure: ms since its process started
    double cpuMs = -1;   // CPU time the process used until then (less noisy on a busy machine)
    double rssMb = -1;
};

StartupFigures runOnce(const QString& dbPath, const QString& home)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("OPSDECK_EXIT_AFTER_PAINT"), QStringLiteral("1"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("DISPLAY"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    StartupFigures f;
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(OPSDECK_BINARY), {QStringLiteral("--db"), dbPath});
    static const QRegularExpression line(
        QStringLiteral("first_paint_ms=(-?\\d+) cpu_ms=(-?\\d+) rss_kb=(-?\\d+)"));
    QByteArray out;
    while (p.waitForReadyRead(30000)) {
        out += p.readAllStandardOutput();
        if (out.contains('\n')) {
            f.wallMs = double(timer.nsecsElapsed()) / 1e6;
            break;
        }
    }
    p.waitForFinished(30000);
    out += p.readAllStandardOutput();
    const auto m = line.match(QString::fromUtf8(out));
    if (!m.hasMatch()) {
        std::fprintf(stderr, "no startup figures from opsdeck (exit %d): %s %s\n", p.exitCode(),
                     out.constData(), p.readAllStandardError().constData());
        return {};
    }
    f.paintMs = m.captured(1).toDouble();
    f.cpuMs = m.captured(2).toDouble();
    f.rssMb = m.captured(3).toDouble() / 1024.0;
    return f;
}

void measure(const char* label, const QString& dbPath, const QString& home, int runs)
{
    runOnce(dbPath, home); // warm the page cache: "cold" means a new process, not a cold disk
    QList<double> wall, paint, cpu, rss;
    for (int i = 0; i < runs; ++i) {
        const StartupFigures f = runOnce(dbPath, home);
        if (f.wallMs < 0)
            continue;
        wall << f.wallMs;
        paint << f.paintMs;
        cpu << f.cpuMs;
        rss << f.rssMb;
    }
    std::printf("cold start (%s): %.0f ms, RSS %.1f MB   (median of %d runs; the probe's own figure %.0f ms, "
                "CPU %.0f ms; goals < 150 ms, < 80 MB)\n",
                label, median(wall, -1), median(rss, -1), int(wall.size()), median(paint, -1),
                median(cpu, -1));
    std::fflush(stdout);
}

// A week (or, in the smoke run, an hour) of local samples: one pass every 10 s of every
// base metric this machine's collector reports, counters rising, gauges wandering.
bool fillWithSamples(const QString& dbPath, qint64 spanSecs)
{
    auto db = Database::open(dbPath);
    if (!db.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return false;
    }
    MetricStore store(*db);
    LocalCollector collector;
    auto pass = collector.collect(Clock::system());
    if (!pass.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(pass.error().message));
        return false;
    }
    const SampleBatch shape = pass->samples;
    const qint64 end = QDateTime::currentSecsSinceEpoch();
    const qint64 start = end - spanSecs;
    QElapsedTimer timer;
    timer.start();
    qint64 count = 0;
    SampleBatch batch;
    for (qint64 t = start, step = 0; t <= end; t += 10, ++step) {
        for (int i = 0; i < shape.size(); ++i) {
            IncomingSample s = shape.at(i);
            s.timestamp = t;
            if (s.type == SeriesType::Gauge)
                s.value = s.value * (0.9 + 0.1 * ((step + i) % 7) / 7.0);
            else
                s.value = double(step) * (100.0 + 10.0 * (i % 5));
            batch << s;
        }
        if (batch.size() >= 20000) {
            if (auto st = store.append(batch); !st.ok()) {
                std::fprintf(stderr, "%s\n", qPrintable(st.error().message));
                return false;
            }
            count += batch.size();
            batch.clear();
        }
    }
    if (!batch.isEmpty()) {
        if (auto st = store.append(batch); !st.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(st.error().message));
            return false;
        }
        count += batch.size();
    }
    std::printf("generated %lld samples of %d series over %lld s in %.1f s\n", static_cast<long long>(count),
                int(shape.size()), static_cast<long long>(spanSecs), double(timer.elapsed()) / 1000.0);
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const bool smoke = test::benchSmoke();
    const int runs = smoke ? 1 : 5;
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;

    const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
    if (auto db = Database::open(empty); !db.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    measure("empty db", empty, dir.path(), runs);

    const QString week = dir.filePath(QStringLiteral("week.sqlite"));
    if (!fillWithSamples(week, smoke ? 3600 : 7 * 24 * 3600))
        return 1;
    measure(smoke ? "an hour of samples (smoke size)" : "week of samples", week, dir.path(), runs);
    return 0;
}
