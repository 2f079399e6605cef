// Fuzz target: any bytes as the answer of any kind of source (node_exporter page,
// Graphite render, Prometheus query_range, OpenTSDB query). The first byte picks the
// kind. Must never crash, hang or store a non-finite value.

#include "sources/SourceProtocol.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace opsdeck;
    if (size == 0)
        return 0;
    Source s;
    s.id = 1;
    s.kind = SourceKind(data[0] % 4);
    s.url = QStringLiteral("http://h/");
    s.query = QStringLiteral("q");
    const PollTarget t{1, QStringLiteral("m"), QStringLiteral("127.0.0.1"), 22};
    const QByteArray body(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    auto d = SourceProtocol::decode(s, t, body, 1700000000);
    if (d.ok())
        for (const IncomingSample& x : d->samples)
            if (s.isBackend() && !std::isfinite(x.value))
                std::abort();
    return 0;
}
