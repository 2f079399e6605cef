// Fuzz target: the Kurado line-format parser.

#include "ingest/KuradoLines.h"

#include <QByteArrayView>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace opsdeck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const KuradoResult r = parseKuradoLines(input, QString(), QStringLiteral("s"), 1700000000);
    if (r.samples.size() + r.meta.size() != r.report.accepted ||
        r.report.errors.size() > ParseReport::kMaxErrors)
        std::abort();
    return 0;
}
