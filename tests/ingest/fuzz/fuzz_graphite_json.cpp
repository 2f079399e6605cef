// Fuzz target: the Graphite /render JSON parser.

#include "ingest/BackendJson.h"

#include <QByteArrayView>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace opsdeck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    (void)parseGraphiteRenderJson(input.toByteArray());
    return 0;
}
