// Fuzz target: the Prometheus text exposition parser, and the node_exporter mapping on what it accepts.

#include "ingest/NodeExporterMapping.h"

#include <QByteArrayView>
#include <algorithm>
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
    // The last malformed lines: as many as were malformed up to kMaxRecent, in line order,
    // each cut to at most kMaxTextBytes (+ the ellipsis).
    if (all.report.recent.size() != std::min(all.report.malformed, ParseReport::kMaxRecent))
        std::abort();
    for (qsizetype i = 0; i < all.report.recent.size(); ++i) {
        const MalformedLine& m = all.report.recent.at(i);
        if (m.line < 1 || (i > 0 && m.line <= all.report.recent.at(i - 1).line) ||
            m.text.toUtf8().size() > 3 * MalformedLine::kMaxTextBytes + 3)
            std::abort();
    }
    NodeExporterCoverage coverage;
    QList<NodeExporterMeta> meta;
    const SampleBatch mapped = mapNodeExporter(all, QStringLiteral("h"), QStringLiteral("s"), 1,
                                               {"node_load1", "m"}, &coverage, &meta);
    if (coverage.mapped < 0 || coverage.mapped > coverage.series || coverage.series != all.report.accepted)
        std::abort();
    // Every mount recorded is of a device whose disk usage is among the samples.
    for (const NodeExporterMeta& m : meta) {
        if (!m.key.startsWith(QLatin1String("disk-usage-")) || !m.key.endsWith(QLatin1String("-mount")) ||
            m.value.isEmpty())
            std::abort();
        const QString prefix = m.key.chopped(int(sizeof("mount") - 1));
        if (std::none_of(mapped.cbegin(), mapped.cend(),
                         [&](const IncomingSample& s) { return s.key.metric.startsWith(prefix); }))
            std::abort();
    }
    return 0;
}
