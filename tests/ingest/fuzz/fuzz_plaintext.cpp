// Fuzz target: the Graphite plaintext parser.

#include "ingest/GraphitePlaintext.h"

#include <QByteArrayView>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace opsdeck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const PlaintextResult r = parseGraphitePlaintext(input, 1700000000);
    if (r.samples.size() != r.report.accepted || r.report.errors.size() > ParseReport::kMaxErrors)
        std::abort();
    for (const IncomingSample& s : r.samples) {
        if (s.key.metric.isEmpty() || !qIsFinite(s.value))
            std::abort();
    }
    return 0;
}
