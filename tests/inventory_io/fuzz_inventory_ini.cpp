// Fuzz target for parseAnsibleIni (see tests/fuzz/inventory_io.cmake). Whatever the bytes, the reader
// returns a document or an error; a document must survive the writers, the JSON export must read
// back, and the INI and YAML exports must give back the same tree, machines and typed vars.

#include "FuzzInventoryCheck.h"
#include "inventory_io/AnsibleIniParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    opsdeck::fuzz::quietLogs();
    const auto doc = opsdeck::parseAnsibleIni(
        QByteArrayView(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)),
        QStringLiteral("fuzz"));
    if (doc.ok()) {
        opsdeck::fuzz::checkWriters(*doc);
        opsdeck::fuzz::checkAnsibleWriters(*doc);
    }
    return 0;
}
