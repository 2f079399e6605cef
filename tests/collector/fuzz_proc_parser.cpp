// One libFuzzer entry point per /proc parser: tests/fuzz/collector.cmake builds this file
// once for each, with OPSDECK_PROC_FILE naming the file the target feeds its parser.
// Besides "no crash", a parser that says ok must keep its promises (checked here).

#include "collector/ProcParsers.h"

#include <QByteArrayView>
#include <cstdint>
#include <cstdlib>
#include <cstring>

using namespace opsdeck::proc;

namespace {

void check(bool promise)
{
    if (!promise)
        std::abort();
}

void run(const char* file, QByteArrayView in)
{
    if (!std::strcmp(file, "stat")) {
        const auto r = parseStat(in);
        if (r.ok())
            check(r->cpu.columns >= 4 && r->cpu.columns <= 10 && r->processors >= 0 && r->cpu.user >= 0);
    } else if (!std::strcmp(file, "loadavg")) {
        const auto r = parseLoadAvg(in);
        if (r.ok())
            check(r->one >= 0 && r->five >= 0 && r->fifteen >= 0);
    } else if (!std::strcmp(file, "meminfo")) {
        const auto r = parseMemInfo(in);
        if (r.ok())
            check(r->total >= 0 && r->free >= 0 && r->swapFree >= 0);
    } else if (!std::strcmp(file, "diskstats")) {
        const auto r = parseDiskStats(in);
        if (r.ok())
            for (const DiskIo& d : *r)
                check(!d.name.isEmpty() && d.readIos >= 0 && d.writeSectors >= 0);
    } else if (!std::strcmp(file, "netdev")) {
        const auto r = parseNetDev(in);
        if (r.ok())
            for (const NetDev& d : *r)
                check(!d.name.isEmpty() && d.rxBytes >= 0 && d.txBytes >= 0);
    } else if (!std::strcmp(file, "snmp")) {
        const auto r = parseTcpCurrEstab(in);
        if (r.ok())
            check(*r >= 0);
    } else if (!std::strcmp(file, "mounts")) {
        const auto r = parseMounts(in);
        if (r.ok())
            for (const MountEntry& m : *r)
                check(!m.device.isEmpty() && !m.fsType.isEmpty());
    } else if (!std::strcmp(file, "uptime")) {
        const auto r = parseUptime(in);
        if (r.ok())
            check(*r >= 0);
    } else if (!std::strcmp(file, "version")) {
        const auto r = parseVersion(in);
        if (r.ok())
            check(!r->isEmpty() && !r->contains('\n'));
    } else {
        std::abort(); // a target built with an unknown OPSDECK_PROC_FILE
    }
    // Names in keys: whatever the kernel printed, only [A-Za-z0-9_-] comes out.
    for (char c : sanitizeName(in.first(std::min<qsizetype>(in.size(), 64))))
        check((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
              c == '-');
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    run(OPSDECK_PROC_FILE, QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)));
    return 0;
}
