// CPU time of one local collector pass over this machine's real /proc (statvfs of the
// real mounts included), averaged over N passes. Goal: under 2 ms.
//   bench_collector [N]   (default 2000; the ctest smoke run uses a small N)
// Prints "collector pass: X ms CPU (mean of N)", and the user/system split.

#include "TestSupport.h"
#include "collector/LocalCollector.h"

#include <QCoreApplication>
#include <cstdio>
#include <cstdlib>
#include <sys/resource.h>
#include <time.h>

using namespace opsdeck;

namespace {

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double seconds(const timeval& tv)
{
    return double(tv.tv_sec) + double(tv.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int n = test::benchSmoke() ? 20 : 2000;
    if (argc > 1)
        n = std::max(1, std::atoi(argv[1]));

    const LocalCollector collector;
    // Warm up (first open of each file, page cache, allocator).
    for (int i = 0; i < 5; ++i)
        (void)collector.collect(Clock::system());

    rusage before{};
    getrusage(RUSAGE_SELF, &before);
    const double start = cpuSeconds();
    qsizetype samples = 0;
    qsizetype dumpBytes = 0;
    for (int i = 0; i < n; ++i) {
        const auto pass = collector.collect(Clock::system());
        if (!pass.ok()) {
            std::fprintf(stderr, "collector pass failed: %s\n", qPrintable(pass.error().message));
            return 1;
        }
        samples = pass->samples.size();
        dumpBytes += formatKuradoDump(*pass).size();
    }
    const double cpu = cpuSeconds() - start;
    rusage after{};
    getrusage(RUSAGE_SELF, &after);
    const double user = seconds(after.ru_utime) - seconds(before.ru_utime);
    const double sys = seconds(after.ru_stime) - seconds(before.ru_stime);

    std::printf("collector pass: %.3f ms CPU (mean of %d)\n", cpu * 1000.0 / n, n);
    std::printf("  user %.3f ms, system %.3f ms per pass; %lld samples a pass, dump %lld bytes\n",
                user * 1000.0 / n, sys * 1000.0 / n, static_cast<long long>(samples),
                static_cast<long long>(dumpBytes / n));
    return 0;
}
