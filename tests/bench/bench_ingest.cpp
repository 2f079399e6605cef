// Parse + map a real 57 KB node_exporter page N times and print the CPU time per page —
// the figure to compare with Prometheus 2.42's ≈0.76 ms of CPU per scrape of the same
// page. Also Graphite plaintext and Kurado-line throughput.
//
//   build/tests/bench_ingest [pages]     (default 20000; ctest runs a smoke size)

#include "TestSupport.h"
#include "ingest/GraphitePlaintext.h"
#include "ingest/KuradoLines.h"
#include "ingest/NodeExporterMapping.h"
#include "ingest/PrometheusText.h"

#include <QCoreApplication>
#include <cstdio>
#include <ctime>

using namespace opsdeck;

namespace {

double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const bool smoke = test::benchSmoke();
    int pages = smoke ? 200 : 20000;
    if (argc > 1)
        pages = QByteArray(argv[1]).toInt();

    const QByteArray page = test::testData(QStringLiteral("ingest/node_exporter_metrics.txt"));
    if (page.isEmpty()) {
        std::fprintf(stderr, "no fixture\n");
        return 1;
    }
    qsizetype mapped = 0;
    const QString machine = QStringLiteral("host"), source = QStringLiteral("node_exporter");
    double t0 = cpuMs();
    for (int i = 0; i < pages; ++i) {
        const PromParseResult r = parsePrometheusText(page, nodeExporterNameWanted);
        mapped += mapNodeExporter(r, machine, source, 1795262500 + i).size();
    }
    double ms = (cpuMs() - t0) / pages;
    std::printf("page: %lld bytes, %d pages\n", static_cast<long long>(page.size()), pages);
    std::printf("exposition parse+map: %.3f ms CPU per page (%lld series mapped per page; Prometheus 2.42: "
                "0.76 ms per scrape)\n",
                ms, static_cast<long long>(mapped / pages));
    std::printf("  3,000 targets a minute: %.2f s CPU per minute (%.2f%% of one core)\n", ms * 3000 / 1000,
                ms * 3000 / 60000 * 100);

    // Everything kept (no filter): what a chart asking for every series would cost.
    t0 = cpuMs();
    const int full = std::max(1, pages / 10);
    qsizetype samples = 0;
    for (int i = 0; i < full; ++i)
        samples += parsePrometheusText(page).samples.size();
    std::printf("exposition parse, all %lld samples kept: %.3f ms CPU per page\n",
                static_cast<long long>(samples / full), (cpuMs() - t0) / full);

    // Graphite plaintext: 100,000 lines per round.
    QByteArray plain;
    for (int i = 0; i < 100000; ++i)
        plain += "server.idc" + QByteArray::number(i % 10) + ".host" + QByteArray::number(i % 1000) +
                 ".system.load " + QByteArray::number(i * 0.01) + " " + QByteArray::number(1795262500 + i) +
                 "\n";
    const int rounds = smoke ? 1 : 20;
    t0 = cpuMs();
    qsizetype lines = 0;
    for (int i = 0; i < rounds; ++i)
        lines += parseGraphitePlaintext(plain, 1795262500).samples.size();
    double s = (cpuMs() - t0) / 1000;
    std::printf("graphite plaintext: %.0f lines/s CPU\n", double(lines) / s);

    const QByteArray kurado = test::testData(QStringLiteral("ingest/kurado_agent_dump.txt")).repeated(2000);
    t0 = cpuMs();
    lines = 0;
    for (int i = 0; i < rounds; ++i)
        lines += parseKuradoLines(kurado, machine, QStringLiteral("kurado")).report.accepted;
    s = (cpuMs() - t0) / 1000;
    std::printf("kurado lines: %.0f lines/s CPU\n", double(lines) / s);
    return mapped > 0 ? 0 : 1;
}
