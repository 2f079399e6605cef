// The package reader on arbitrary bytes: never crashes, and what it accepts keeps its
// promises (hooks present and in run order, no path that climbs out).

#include "deploy/PackageManifest.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto m =
        opsdeck::PackageManifest::parse(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (!m.ok())
        return 0;
    if (m->hooks.isEmpty() || m->sha256.size() != 64)
        std::abort();
    qsizetype last = -1;
    for (const QString& h : m->hooks) {
        const qsizetype at = opsdeck::PackageManifest::hookOrder().indexOf(h);
        if (at <= last)
            std::abort();
        last = at;
    }
    for (const QString& e : m->entries)
        if (e.startsWith(QLatin1Char('/')) || e.split(QLatin1Char('/')).contains(QStringLiteral("..")))
            std::abort();
    return 0;
}
