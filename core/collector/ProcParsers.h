#pragma once

// Parsers of the /proc files the local collector reads. Each is a pure function: the
// file's bytes in, a value (or an Error that says what was wrong) out. Lines are only
// taken when complete; a truncated or partly garbled file gives what could be read
// from it, or an Error when nothing usable is left, never a crash or a made-up value.

#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace opsdeck::proc {

// The aggregate "cpu" line of /proc/stat, in USER_HZ ticks summed over all CPUs.
// Older kernels print fewer columns (2.6.24 added guest, 2.6.33 guest_nice); the
// missing ones read as 0 and `columns` says how many the kernel gave.
struct CpuTimes
{
    qint64 user = 0;
    qint64 nice = 0;
    qint64 system = 0;
    qint64 idle = 0;
    qint64 iowait = 0;
    qint64 irq = 0;
    qint64 softirq = 0;
    qint64 steal = 0;
    qint64 guest = 0;
    qint64 guestNice = 0;
    int columns = 0;
};

struct StatInfo
{
    CpuTimes cpu;
    int processors = 0; // the "cpuN" lines (online CPUs)
};

// /proc/stat. Needs the "cpu" line with at least user, nice, system and idle.
Result<StatInfo> parseStat(QByteArrayView text);

struct LoadAvg
{
    double one = 0;
    double five = 0;
    double fifteen = 0;
};

// /proc/loadavg: "0.24 0.26 0.15 1/96 9229".
Result<LoadAvg> parseLoadAvg(QByteArrayView text);

// The /proc/meminfo fields Kurado reports, in bytes ("kB" values times 1024).
struct MemInfo
{
    qint64 total = 0;
    qint64 free = 0;
    qint64 buffers = 0;
    qint64 cached = 0;
    qint64 inactive = 0;
    qint64 swapTotal = 0;
    qint64 swapFree = 0;
};

// /proc/meminfo. Needs MemTotal; other missing fields read as 0.
Result<MemInfo> parseMemInfo(QByteArrayView text);

// One block device of /proc/diskstats: reads and writes completed and 512-byte sectors.
struct DiskIo
{
    QByteArray name; // as the kernel prints it ("sda", "dm-0", "cciss/c0d0")
    qint64 readIos = 0;
    qint64 readSectors = 0;
    qint64 writeIos = 0;
    qint64 writeSectors = 0;
};

// /proc/diskstats with 14 (< 4.18), 18 (4.18+, discards) or 20 (5.5+, flushes) fields a
// line, and the 7-field partition lines of kernels before 2.6.25. Malformed lines are
// skipped; an Error only when no line could be read.
Result<QList<DiskIo>> parseDiskStats(QByteArrayView text);

struct NetDev
{
    QByteArray name;
    qint64 rxBytes = 0;
    qint64 txBytes = 0;
};

// /proc/net/dev (two header lines, then "iface: rx-bytes ... tx-bytes ..."). Malformed
// lines are skipped; an Error only when no interface could be read.
Result<QList<NetDev>> parseNetDev(QByteArrayView text);

// The TCP connections now ESTABLISHED or CLOSE-WAIT (RFC 1213 tcpCurrEstab) from the
// "Tcp:" header and value lines of /proc/net/snmp. Linux keeps one TCP MIB for IPv4
// and IPv6, so this counts both.
Result<qint64> parseTcpCurrEstab(QByteArrayView text);

struct MountEntry
{
    QByteArray device;     // "/dev/vda", "proc", "tmpfs"
    QByteArray mountPoint; // octal escapes (\040 for a blank) decoded
    QByteArray fsType;
};

// /proc/mounts. Lines with fewer than three fields are skipped.
Result<QList<MountEntry>> parseMounts(QByteArrayView text);

// /proc/uptime: whole seconds since boot.
Result<qint64> parseUptime(QByteArrayView text);

// /proc/version: its one line, trimmed.
Result<QByteArray> parseVersion(QByteArrayView text);

// Kurado's device and interface names in keys: every character other than
// [A-Za-z0-9_-] becomes '_' ("mapper/VolGroup-lv_root" -> "mapper_VolGroup-lv_root").
QByteArray sanitizeName(QByteArrayView name);

} // namespace opsdeck::proc
