// Fuzz target for KnownHostsParser (see tests/fuzz/ssh.cmake). Whatever the bytes: every
// entry and every malformed line has a line number inside the input, in order, never
// both; an entry's key starts with the type its column names; hashed names carry a
// 20-byte salt and hash; an entry written back with toLine() reads back equal; and the
// matcher answers for a few names without crashing.
#include "ssh/KnownHosts.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace opsdeck::ssh;

namespace {

void require(bool ok, const char* what)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz_known_hosts invariant broken: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto parsed = KnownHostsParser::parse(text);
    const int lines = int(text.count('\n')) + 1;
    int last = 0;
    for (const KnownHostEntry& e : parsed.entries) {
        require(e.line > last && e.line <= lines, "entry line out of order or range");
        require(!parsed.malformedLines.contains(e.line), "a line both parsed and malformed");
        last = e.line;
        require(!e.keyType.isEmpty() && KnownHostsParser::wireKeyType(e.key) == e.keyType,
                "key type mismatch");
        require(!e.patterns.isEmpty(), "entry without host patterns");
        for (const HostPattern& p : e.patterns)
            require(p.hashed ? p.salt.size() == 20 && p.hash.size() == 20 && p.glob.isEmpty()
                             : !p.glob.isEmpty(),
                    "bad pattern");
        KnownHostEntry again;
        require(KnownHostsParser::parseLine(e.toLine(), &again), "toLine() does not parse");
        again.line = e.line;
        require(again == e, "toLine() does not read back equal");
        for (const char* host : {"example.com", "10.0.0.1", "[::1]", ""})
            (void)e.matches(QString::fromLatin1(host), 22), (void)e.matches(QString::fromLatin1(host), 2222);
    }
    last = 0;
    for (int l : parsed.malformedLines) {
        require(l > last && l <= lines, "malformed line out of order or range");
        last = l;
    }
    return 0;
}
