// Headless PNG export (issue 10): one week of one-minute data (10,080 points) of one series
// drawn at 1200x600 by the whole `opsdeck export chart` process, against `rrdtool graph`
// drawing the same week from an RRD of the same data at the same size. Both are timed the
// same way: CPU (user + sys, from wait4's rusage of the child) and wall time of the whole
// process, runs interleaved, medians printed side by side with the ratio. The raw archive
// is kept 8 days on both sides (Opsdeck's retention 1m:8d,..., an RRA of 11,520 one-minute
// rows), so both read and draw the 10,080 one-minute points. Creating and filling the cache
// and the RRD is setup, not timed. Prints, never asserts.
//
// Full size by hand:   build/release/tests/bench_export [RUNS]   (default 11 runs each)
// Smoke size (ctest):  OPSDECK_BENCH_SMOKE=1 bench_export       (one day, 1 run)
// OPSDECK_BENCH_DIR=DIR keeps the cache, the RRD and both images in DIR.

#include "BenchSupport.h"
#include "TestSupport.h"
#include "metrics/MetricStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

using namespace opsdeck;
using bench::median;

namespace {

struct Timing
{
    double cpuMs = -1;
    double wallMs = -1;
    int exitCode = -1;
};

double monotonicMs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Runs `argv` with no display and stdout/stderr to /dev/null; the child's own rusage.
Timing timeProcess(const QStringList& args)
{
    QList<QByteArray> bytes;
    for (const auto& a : args)
        bytes << a.toLocal8Bit();
    std::vector<char*> argv;
    for (auto& b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    Timing t;
    const double start = monotonicMs();
    const pid_t pid = fork();
    if (pid == 0) {
        unsetenv("DISPLAY");
        unsetenv("WAYLAND_DISPLAY");
        unsetenv("QT_QPA_PLATFORM"); // opsdeck picks offscreen itself
        if (FILE* null = std::fopen("/dev/null", "w")) {
            dup2(fileno(null), 1);
        }
        execvp(argv[0], argv.data());
        _exit(127);
    }
    if (pid < 0)
        return t;
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid)
        return t;
    t.wallMs = monotonicMs() - start;
    t.cpuMs = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
              double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
    t.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return t;
}

double valueAt(qint64 i)
{
    return 50 + 30 * std::sin(double(i) / 200.0) + double(i % 17);
}

bool fillCache(const QString& dbPath, qint64 start, qint64 points)
{
    auto db = Database::open(dbPath);
    if (!db.ok())
        return false;
    MetricStore store(*db);
    store.setMaintenanceIntervalMs(0);
    if (!store.setRetention(*RetentionPolicy::parse(QStringLiteral("1m:8d,5m:10d,1h:40d,1d:1100d"))).ok())
        return false;
    SampleBatch batch;
    for (qint64 i = 1; i <= points; ++i)
        batch.append({{QStringLiteral("bench1"), QStringLiteral("loadavg-1"), QStringLiteral("local")},
                      SeriesType::Gauge,
                      start + 60 * i,
                      valueAt(i)});
    return store.append(batch).ok() && store.flush().ok() && store.maintain().ok();
}

bool fillRrd(const QString& rrd, qint64 start, qint64 points)
{
    QProcess p;
    p.start(QStringLiteral("rrdtool"),
            {QStringLiteral("create"), rrd, QStringLiteral("--start"), QString::number(start),
             QStringLiteral("--step"), QStringLiteral("60"), QStringLiteral("DS:v:GAUGE:120:U:U"),
             QStringLiteral("RRA:AVERAGE:0.5:1:11520"), QStringLiteral("RRA:AVERAGE:0.5:5:2880"),
             QStringLiteral("RRA:AVERAGE:0.5:60:960"), QStringLiteral("RRA:AVERAGE:0.5:1440:1100")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return false;
    for (qint64 i = 1; i <= points; i += 1000) {
        QStringList args{QStringLiteral("update"), rrd};
        for (qint64 j = i; j < std::min(points + 1, i + 1000); ++j)
            args << QStringLiteral("%1:%2").arg(start + 60 * j).arg(valueAt(j), 0, 'f', 6);
        p.start(QStringLiteral("rrdtool"), args);
        if (!p.waitForFinished(30000) || p.exitCode() != 0) {
            std::fprintf(stderr, "rrdtool update: %s\n", p.readAllStandardError().constData());
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(QStringLiteral("opsdeck.*.info=false")); // the setup's migration notes
    const bool smoke = test::benchSmoke();
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : (smoke ? 1 : 11);
    const qint64 points = smoke ? 1440 : 10080;
    if (QStandardPaths::findExecutable(QStringLiteral("rrdtool")).isEmpty()) {
        std::printf("bench_export: rrdtool is not installed (Debian: rrdtool); nothing to compare with\n");
        return qEnvironmentVariableIsSet("OPSDECK_REQUIRE_TOOLS") ? 1 : 0;
    }
    QTemporaryDir temp;
    // OPSDECK_BENCH_DIR=DIR keeps the cache, the RRD and both images there (to look at, to profile).
    const QString keep = qEnvironmentVariable("OPSDECK_BENCH_DIR");
    const QDir dir(keep.isEmpty() ? temp.path() : keep);
    if (!keep.isEmpty())
        QDir().mkpath(keep);
    const QString dbPath = dir.filePath(QStringLiteral("opsdeck.sqlite"));
    const QString rrd = dir.filePath(QStringLiteral("bench.rrd"));
    const qint64 end = QDateTime::currentSecsSinceEpoch() / 60 * 60 - 120;
    const qint64 start = end - 60 * points;
    if (!fillCache(dbPath, start, points) || !fillRrd(rrd, start, points)) {
        std::fprintf(stderr, "bench_export: setup failed\n");
        return 1;
    }
    const QString from = QString::number(start);
    const QString to = QString::number(end);
    const QString ourPng = dir.filePath(QStringLiteral("opsdeck.png"));
    const QString rrdPng = dir.filePath(QStringLiteral("rrdtool.png"));
    const QStringList ours{QStringLiteral(OPSDECK_BINARY),
                           QStringLiteral("--db"),
                           dbPath,
                           QStringLiteral("export"),
                           QStringLiteral("chart"),
                           QStringLiteral("--machine"),
                           QStringLiteral("bench1"),
                           QStringLiteral("--metric"),
                           QStringLiteral("loadavg-1"),
                           QStringLiteral("--from"),
                           from,
                           QStringLiteral("--to"),
                           to,
                           QStringLiteral("--size"),
                           QStringLiteral("1200x600"),
                           QStringLiteral("--out"),
                           ourPng};
    // --full-size-mode: the whole image is 1200x600, as ours (without it rrdtool's plot area
    // is 1200x600 and the image 1281x668).
    const QStringList theirs{QStringLiteral("rrdtool"),
                             QStringLiteral("graph"),
                             rrdPng,
                             QStringLiteral("--full-size-mode"),
                             QStringLiteral("--width"),
                             QStringLiteral("1200"),
                             QStringLiteral("--height"),
                             QStringLiteral("600"),
                             QStringLiteral("--start"),
                             from,
                             QStringLiteral("--end"),
                             to,
                             QStringLiteral("--title"),
                             QStringLiteral("bench1:loadavg-1"),
                             QStringLiteral("DEF:v=%1:v:AVERAGE").arg(rrd),
                             QStringLiteral("LINE1:v#1f77b4:loadavg-1"),
                             QStringLiteral("GPRINT:v:LAST:Last\\: %5.2lf"),
                             QStringLiteral("GPRINT:v:AVERAGE:Avg\\: %5.2lf"),
                             QStringLiteral("GPRINT:v:MAX:Max\\: %5.2lf"),
                             QStringLiteral("GPRINT:v:MIN:Min\\: %5.2lf")};

    // Warm the page cache once each: a new process is measured, not a cold disk.
    const Timing warmOurs = timeProcess(ours);
    const Timing warmTheirs = timeProcess(theirs);
    if (warmOurs.exitCode != 0 || warmTheirs.exitCode != 0) {
        std::fprintf(stderr, "bench_export: opsdeck exit %d, rrdtool exit %d\n", warmOurs.exitCode,
                     warmTheirs.exitCode);
        return 1;
    }
    // `opsdeck export --help`: the launcher and opsdeck-export started, their libraries
    // loaded and the offscreen platform up, but no export work (the floor under the figure).
    const QStringList startUp{QStringLiteral(OPSDECK_BINARY), QStringLiteral("export"),
                              QStringLiteral("--help")};
    const QStringList theirStartUp{QStringLiteral("rrdtool"), QStringLiteral("--version")};
    QList<double> ourCpu, ourWall, theirCpu, theirWall, startCpu, startWall, theirStartCpu, theirStartWall;
    for (int i = 0; i < runs; ++i) {
        const Timing a = timeProcess(ours);
        const Timing b = timeProcess(theirs);
        const Timing c = timeProcess(startUp);
        const Timing d = timeProcess(theirStartUp);
        if (a.exitCode != 0 || b.exitCode != 0 || c.exitCode != 0)
            continue;
        theirStartCpu << d.cpuMs;
        theirStartWall << d.wallMs;
        ourCpu << a.cpuMs;
        ourWall << a.wallMs;
        theirCpu << b.cpuMs;
        theirWall << b.wallMs;
        startCpu << c.cpuMs;
        startWall << c.wallMs;
    }
    const double oc = median(ourCpu, -1), ow = median(ourWall, -1), tc = median(theirCpu, -1),
                 tw = median(theirWall, -1);
    std::printf(
        "PNG export, %lld one-minute points at 1200x600, whole process (median of %d runs):\n"
        "  opsdeck export chart : CPU %6.1f ms   wall %6.1f ms   (%lld bytes)\n"
        "  rrdtool graph        : CPU %6.1f ms   wall %6.1f ms   (%lld bytes)\n"
        "  opsdeck / rrdtool    : CPU %.2f   wall %.2f   (goal <= 1.00 for both)\n"
        "  opsdeck export --help: CPU %6.1f ms   wall %6.1f ms   (start-up alone: launcher, opsdeck-export)\n"
        "  rrdtool --version    : CPU %6.1f ms   wall %6.1f ms   (its start-up alone)\n",
        static_cast<long long>(points), int(ourCpu.size()), oc, ow,
        static_cast<long long>(QFileInfo(ourPng).size()), tc, tw,
        static_cast<long long>(QFileInfo(rrdPng).size()), tc > 0 ? oc / tc : -1.0, tw > 0 ? ow / tw : -1.0,
        median(startCpu, -1), median(startWall, -1), median(theirStartCpu, -1), median(theirStartWall, -1));
    std::fflush(stdout);
    return 0;
}
