// Fuzz target: the Prometheus text exposition parser, and the node_exporter mapping on what it accepts.

#include "ingest/NodeExporterMapping.h"

#include <QByteArrayView>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace opsdeck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const PromParseResult all = parsePrometheusText(input);
    if (all.report.errors.size() > ParseReport::kMaxErrors || all.samples.size() != all.report.accepted ||
        all.report.errorLines.size() != all.report.errors.size())
        std::abort();
    const PromParseResult wanted = parsePrometheusText(input, nodeExporterNameWanted);
    if (wanted.report.accepted !=
        all.report.accepted) // (a second TYPE line of an unwanted family goes unseen)
        std::abort();
    (void)mapNodeExporter(all, QStringLiteral("h"), QStringLiteral("s"), 1, {"node_load1", "m"});
    return 0;
}
