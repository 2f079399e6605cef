#include "collector/ProcParsers.h"

#include "collector/ProcText.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <limits>

namespace opsdeck::proc {

using text::Lines;
using text::Tokens;

namespace {

Error emptyOrTruncated(const char* file, const Lines& lines)
{
    if (lines.truncated())
        return Error::failure(QCoreApplication::translate("ProcParsers", "%1 is truncated: no complete line")
                                  .arg(QLatin1String(file)));
    return Error::failure(QCoreApplication::translate("ProcParsers", "%1 is empty").arg(QLatin1String(file)));
}

// The start of a bad line for an error message.
QString excerpt(QByteArrayView v)
{
    return QString::fromLatin1(v.first(std::min<qsizetype>(v.size(), 60)));
}

bool startsWithWord(QByteArrayView line, QByteArrayView word)
{
    return line.size() > word.size() && line.startsWith(word) && text::isSpace(line[word.size()]);
}

bool isDigits(QByteArrayView v)
{
    if (v.isEmpty())
        return false;
    for (char c : v)
        if (c < '0' || c > '9')
            return false;
    return true;
}

} // namespace

Result<StatInfo> parseStat(QByteArrayView input)
{
    Lines lines(input);
    QByteArrayView line;
    StatInfo info;
    bool haveCpu = false;
    QString cpuProblem;
    while (lines.next(line)) {
        if (startsWithWord(line, "cpu")) {
            if (haveCpu)
                continue;
            Tokens tokens(line);
            QByteArrayView token;
            tokens.next(token); // "cpu"
            qint64* fields[] = {&info.cpu.user,   &info.cpu.nice,     &info.cpu.system,  &info.cpu.idle,
                                &info.cpu.iowait, &info.cpu.irq,      &info.cpu.softirq, &info.cpu.steal,
                                &info.cpu.guest,  &info.cpu.guestNice};
            int n = 0;
            while (n < 10 && tokens.next(token)) {
                const auto v = text::toCount(token);
                if (!v)
                    break; // garbage: keep the columns before it
                *fields[n++] = *v;
            }
            if (n < 4) {
                info.cpu = {};
                cpuProblem = QCoreApplication::translate(
                                 "ProcParsers",
                                 "/proc/stat line %1: the cpu line has %2 readable columns, needs at least 4")
                                 .arg(lines.number())
                                 .arg(n);
                continue;
            }
            info.cpu.columns = n;
            haveCpu = true;
        } else if (line.startsWith("cpu") && line.size() > 3 && line[3] >= '0' && line[3] <= '9') {
            ++info.processors;
        }
    }
    if (!haveCpu) {
        if (!cpuProblem.isEmpty())
            return Error::failure(cpuProblem);
        if (input.isEmpty() || lines.number() == 0)
            return emptyOrTruncated("/proc/stat", lines);
        return Error::failure(QCoreApplication::translate("ProcParsers", "/proc/stat has no cpu line"));
    }
    return info;
}

Result<LoadAvg> parseLoadAvg(QByteArrayView input)
{
    Lines lines(input);
    QByteArrayView line;
    if (!lines.next(line))
        return emptyOrTruncated("/proc/loadavg", lines);
    Tokens tokens(line);
    double values[3] = {};
    for (double& v : values) {
        QByteArrayView token;
        const auto d = tokens.next(token) ? text::toDouble(token) : std::nullopt;
        if (!d || !std::isfinite(*d) || *d < 0)
            return Error::failure(
                QCoreApplication::translate("ProcParsers",
                                            "/proc/loadavg: expected three load averages, got \"%1\"")
                    .arg(excerpt(line)));
        v = *d;
    }
    return LoadAvg{values[0], values[1], values[2]};
}

Result<MemInfo> parseMemInfo(QByteArrayView input)
{
    Lines lines(input);
    QByteArrayView line;
    MemInfo m;
    bool haveTotal = false;
    while (lines.next(line)) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArrayView key = line.first(colon);
        qint64* into = nullptr;
        if (key == "MemTotal")
            into = &m.total;
        else if (key == "MemFree")
            into = &m.free;
        else if (key == "Buffers")
            into = &m.buffers;
        else if (key == "Cached")
            into = &m.cached;
        else if (key == "Inactive")
            into = &m.inactive;
        else if (key == "SwapTotal")
            into = &m.swapTotal;
        else if (key == "SwapFree")
            into = &m.swapFree;
        if (!into)
            continue;
        Tokens tokens(line.sliced(colon + 1));
        QByteArrayView number;
        QByteArrayView unit;
        if (!tokens.next(number))
            continue;
        const auto v = text::toCount(number);
        if (!v)
            continue;
        qint64 factor = 1;
        if (tokens.next(unit)) {
            if (unit == "kB")
                factor = 1024;
            else
                continue; // an unknown unit: leave the field out rather than guess
        }
        if (*v > std::numeric_limits<qint64>::max() / factor)
            continue;
        *into = *v * factor;
        if (into == &m.total)
            haveTotal = true;
    }
    if (!haveTotal) {
        if (lines.number() == 0)
            return emptyOrTruncated("/proc/meminfo", lines);
        return Error::failure(
            QCoreApplication::translate("ProcParsers", "/proc/meminfo has no readable MemTotal line"));
    }
    return m;
}

Result<QList<DiskIo>> parseDiskStats(QByteArrayView input)
{
    Lines lines(input);
    QByteArrayView line;
    QList<DiskIo> disks;
    while (lines.next(line)) {
        Tokens tokens(line);
        QByteArrayView major, minor, name, token;
        if (!tokens.next(major) || !tokens.next(minor) || !tokens.next(name) || !isDigits(major) ||
            !isDigits(minor))
            continue;
        qint64 f[20];
        int n = 0;
        bool bad = false;
        while (tokens.next(token)) {
            const auto v = text::toCount(token);
            if (!v) {
                bad = true;
                break;
            }
            if (n < 20)
                f[n] = *v;
            ++n;
        }
        if (bad)
            continue;
        DiskIo d;
        d.name = name.toByteArray();
        if (n == 4) { // a partition line before 2.6.25: reads, sectors read, writes, sectors written
            d.readIos = f[0];
            d.readSectors = f[1];
            d.writeIos = f[2];
            d.writeSectors = f[3];
        } else if (n >= 11) {
            d.readIos = f[0];
            d.readSectors = f[2];
            d.writeIos = f[4];
            d.writeSectors = f[6];
        } else {
            continue;
        }
        disks.append(std::move(d));
    }
    if (disks.isEmpty()) {
        if (lines.number() == 0)
            return emptyOrTruncated("/proc/diskstats", lines);
        return Error::failure(
            QCoreApplication::translate("ProcParsers", "/proc/diskstats has no readable device line"));
    }
    return disks;
}

Result<QList<NetDev>> parseNetDev(QByteArrayView input)
{
    Lines lines(input);
    QByteArrayView line;
    QList<NetDev> devs;
    while (lines.next(line)) {
        const qsizetype colon = line.lastIndexOf(':');
        if (colon <= 0)
            continue; // the two header lines
        const QByteArrayView name = text::trimmed(line.first(colon));
        if (name.isEmpty() || name.contains('|'))
            continue;
        Tokens tokens(line.sliced(colon + 1));
        QByteArrayView token;
        qint64 f[16];
        int n = 0;
        bool bad = false;
        while (n < 16 && tokens.next(token)) {
            const auto v = text::toCount(token);
            if (!v) {
                bad = true;
                break;
            }
            f[n++] = *v;
        }
        if (bad || n < 9)
            continue;
        devs.append({name.toByteArray(), f[0], f[8]});
    }
    if (devs.isEmpty()) {
        if (lines.number() == 0)
            return emptyOrTruncated("/proc/net/dev", lines);
        return Error::failure(
            QCoreApplication::translate("ProcParsers", "/proc/net/dev has no readable interface line"));
    }
    return devs;
}

Result<qint64> parseTcpCurrEstab(QByteArrayView input)
{
    Lines lines(input);
    QByteArrayView line;
    int index = -1;
    while (lines.next(line)) {
        if (!line.startsWith("Tcp:"))
            continue;
        Tokens tokens(line.sliced(4));
        QByteArrayView token;
        if (index < 0) {
            int i = 0;
            while (tokens.next(token)) {
                if (token == "CurrEstab") {
                    index = i;
                    break;
                }
                ++i;
            }
            if (index < 0)
                return Error::failure(QCoreApplication::translate(
                    "ProcParsers", "/proc/net/snmp: the Tcp header has no CurrEstab column"));
            continue;
        }
        for (int i = 0; i <= index; ++i) {
            if (!tokens.next(token))
                return Error::failure(QCoreApplication::translate(
                    "ProcParsers", "/proc/net/snmp: the Tcp value line is too short"));
        }
        const auto v = text::toCount(token);
        if (!v)
            return Error::failure(QCoreApplication::translate(
                                      "ProcParsers", "/proc/net/snmp: CurrEstab is not a number: \"%1\"")
                                      .arg(excerpt(token)));
        return *v;
    }
    if (lines.number() == 0)
        return emptyOrTruncated("/proc/net/snmp", lines);
    return Error::failure(
        index < 0 ? QCoreApplication::translate("ProcParsers", "/proc/net/snmp has no Tcp lines")
                  : QCoreApplication::translate("ProcParsers", "/proc/net/snmp has no Tcp value line"));
}

namespace {

// Decodes the kernel's octal escapes in /proc/mounts fields (\040 blank, \011 tab,
// \012 newline, \134 backslash); anything else is kept as it is.
QByteArray unescapeMountField(QByteArrayView v)
{
    if (!v.contains('\\'))
        return v.toByteArray();
    QByteArray out;
    out.reserve(v.size());
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v[i] == '\\' && i + 3 < v.size()) {
            const char a = v[i + 1], b = v[i + 2], c = v[i + 3];
            if (a >= '0' && a <= '3' && b >= '0' && b <= '7' && c >= '0' && c <= '7') {
                out.append(char(((a - '0') << 6) | ((b - '0') << 3) | (c - '0')));
                i += 3;
                continue;
            }
        }
        out.append(v[i]);
    }
    return out;
}

} // namespace

Result<QList<MountEntry>> parseMounts(QByteArrayView input)
{
    Lines lines(input);
    QByteArrayView line;
    QList<MountEntry> mounts;
    while (lines.next(line)) {
        Tokens tokens(line);
        QByteArrayView device, mountPoint, fsType;
        if (!tokens.next(device) || !tokens.next(mountPoint) || !tokens.next(fsType))
            continue;
        mounts.append({unescapeMountField(device), unescapeMountField(mountPoint), fsType.toByteArray()});
    }
    if (mounts.isEmpty()) {
        if (lines.number() == 0)
            return emptyOrTruncated("/proc/mounts", lines);
        return Error::failure(
            QCoreApplication::translate("ProcParsers", "/proc/mounts has no readable mount line"));
    }
    return mounts;
}

Result<qint64> parseUptime(QByteArrayView input)
{
    Lines lines(input);
    QByteArrayView line;
    if (!lines.next(line))
        return emptyOrTruncated("/proc/uptime", lines);
    Tokens tokens(line);
    QByteArrayView token;
    const auto v = tokens.next(token) ? text::toDouble(token) : std::nullopt;
    if (!v || !std::isfinite(*v) || *v < 0 || *v > 9e15)
        return Error::failure(
            QCoreApplication::translate("ProcParsers", "/proc/uptime: expected seconds, got \"%1\"")
                .arg(excerpt(line)));
    return static_cast<qint64>(*v);
}

Result<QByteArray> parseVersion(QByteArrayView input)
{
    Lines lines(input);
    QByteArrayView line;
    if (!lines.next(line))
        return emptyOrTruncated("/proc/version", lines);
    const QByteArrayView v = text::trimmed(line);
    if (v.isEmpty())
        return Error::failure(QCoreApplication::translate("ProcParsers", "/proc/version is blank"));
    return v.toByteArray();
}

QByteArray sanitizeName(QByteArrayView name)
{
    QByteArray out = name.toByteArray();
    for (char& c : out) {
        const bool keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                          c == '_' || c == '-';
        if (!keep)
            c = '_';
    }
    return out;
}

} // namespace opsdeck::proc
