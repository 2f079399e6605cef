// Fuzz target for parseInventoryCsv (see tests/fuzz/inventory_io.cmake). Whatever the bytes, the reader
// returns a document or an error; a document must survive the writers, and the JSON export
// must read back.

#include "FuzzInventoryCheck.h"
#include "inventory_io/InventoryCsvParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    opsdeck::fuzz::quietLogs();
    const auto doc = opsdeck::parseInventoryCsv(
        QByteArrayView(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)),
        QStringLiteral("fuzz"));
    if (doc.ok())
        opsdeck::fuzz::checkWriters(*doc);
    return 0;
}
