// libFuzzer entry point for Change::parse, the reader of migration 0011's NOTIFY payload
// ("KIND:OP:ID"): anything another client NOTIFYs on the channel reaches it. Besides "no
// crash", a payload it accepts must keep the parser's promises (checked here).

#include "db/ChangeFeed.h"

#include <QString>
#include <cstdint>
#include <cstdlib>

using namespace opsdeck;

namespace {

void check(bool promise)
{
    if (!promise)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString payload = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const std::optional<Change> c = Change::parse(payload);
    if (!c)
        return 0;
    check(!c->kind.isEmpty() && c->kind.size() <= 32 && !c->id.isEmpty());
    for (QChar ch : c->kind)
        check((ch >= u'a' && ch <= u'z') || ch == u'_');
    check(c->op == QLatin1String("insert") || c->op == QLatin1String("update") ||
          c->op == QLatin1String("delete"));
    check(payload == c->kind + u':' + c->op + u':' + c->id); // nothing lost or added
    (void)c->number();
    (void)c->jobId();
    (void)c->machine();
    return 0;
}
