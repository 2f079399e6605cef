#include "collector/LocalCollector.h"

#include "collector/ProcParsers.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSysInfo>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace opsdeck {

namespace {

// Reads a whole /proc file into `buf` (reused between files of a pass): one open, and
// reads until end of file (a small /proc file comes in one read).
Status readWhole(const QByteArray& path, QByteArray& buf)
{
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return Error::failure(
            QCoreApplication::translate("LocalCollector", "cannot read %1: %2")
                .arg(QFile::decodeName(path), QString::fromLocal8Bit(std::strerror(errno))));
    if (buf.capacity() < 16384)
        buf.reserve(16384);
    buf.resize(buf.capacity());
    qsizetype used = 0;
    for (;;) {
        if (used == buf.size())
            buf.resize(buf.size() * 2);
        const ssize_t n = ::read(fd, buf.data() + used, static_cast<size_t>(buf.size() - used));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int e = errno;
            ::close(fd);
            return Error::failure(
                QCoreApplication::translate("LocalCollector", "cannot read %1: %2")
                    .arg(QFile::decodeName(path), QString::fromLocal8Bit(std::strerror(e))));
        }
        if (n == 0)
            break;
        used += n;
        if (buf.size() > (64 << 20)) // a /proc file never gets near this
            break;
    }
    ::close(fd);
    buf.truncate(used);
    return {};
}

// "dm-0" -> "mapper/VolGroup-lv_root" by the /dev/mapper symlinks, as Kurado names them.
QHash<QByteArray, QByteArray> deviceMapperNames(const QByteArray& devRoot)
{
    QHash<QByteArray, QByteArray> names;
    const QByteArray dirPath = devRoot + "/mapper";
    DIR* dir = ::opendir(dirPath.constData());
    if (!dir)
        return names;
    while (const dirent* e = ::readdir(dir)) {
        if (e->d_name[0] == '.')
            continue;
        char target[512];
        const QByteArray link = dirPath + '/' + e->d_name;
        const ssize_t n = ::readlink(link.constData(), target, sizeof target - 1);
        if (n <= 0)
            continue;
        QByteArrayView t(target, n);
        const qsizetype slash = t.lastIndexOf('/');
        if (slash >= 0)
            t = t.sliced(slash + 1);
        if (t.startsWith("dm-"))
            names.insert(t.toByteArray(), QByteArray("mapper/") + e->d_name);
    }
    ::closedir(dir);
    return names;
}

bool allDigits(QByteArrayView v)
{
    return !v.isEmpty() && std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Kurado reads /sys/block, which lists whole disks only; /proc/diskstats lists their
// partitions too. A device is a partition when another listed device's name plus a
// number ("sda" + "1") or, for a name ending in a digit, plus "p" and a number
// ("nvme0n1" + "p1", "mmcblk0" + "p2") gives its name.
bool isPartition(const QByteArray& name, const QList<proc::DiskIo>& all)
{
    for (const proc::DiskIo& d : all) {
        const QByteArray& w = d.name;
        if (w.size() >= name.size() || !name.startsWith(w) || w.isEmpty())
            continue;
        const QByteArrayView rest = QByteArrayView(name).sliced(w.size());
        const char last = w.back();
        if (last >= '0' && last <= '9') {
            if (rest.size() > 1 && rest.front() == 'p' && allDigits(rest.sliced(1)))
                return true;
        } else if (allDigits(rest)) {
            return true;
        }
    }
    return false;
}

bool isRamOrLoop(QByteArrayView name)
{
    if (name.startsWith("loop"))
        return allDigits(name.sliced(4));
    if (name.startsWith("ram"))
        return allDigits(name.sliced(3));
    return false;
}

// Builds the batch's samples: every one shares the machine and source strings.
class SampleSink
{
public:
    SampleSink(const QString& machine, const QString& source, qint64 ts, SampleBatch& out)
        : m_machine(machine), m_source(source), m_ts(ts), m_out(out)
    {}

    void add(const char* metric, SeriesType type, double value) { add(QLatin1String(metric), type, value); }
    void add(QLatin1String metric, SeriesType type, double value)
    {
        m_out.append(IncomingSample{{m_machine, QString(metric), m_source}, type, m_ts, value});
    }
    void add(const QByteArray& metric, SeriesType type, double value)
    {
        add(QLatin1String(metric.constData(), metric.size()), type, value);
    }

private:
    const QString& m_machine;
    const QString m_source;
    qint64 m_ts;
    SampleBatch& m_out;
};

const char* typeSuffix(SeriesType t)
{
    return t == SeriesType::Derive     ? ".derive"
           : t == SeriesType::Counter  ? ".counter"
           : t == SeriesType::Absolute ? ".absolute"
                                       : ".gauge";
}

// a.metric + suffix(a) < b.metric + suffix(b), without building either string.
bool agentOrder(const IncomingSample& a, const IncomingSample& b)
{
    const QString& am = a.key.metric;
    const QString& bm = b.key.metric;
    const char* as = typeSuffix(a.type);
    const char* bs = typeSuffix(b.type);
    const qsizetype an = am.size() + qsizetype(std::strlen(as));
    const qsizetype bn = bm.size() + qsizetype(std::strlen(bs));
    for (qsizetype i = 0; i < an && i < bn; ++i) {
        const char16_t ca = i < am.size() ? am.at(i).unicode() : char16_t(as[i - am.size()]);
        const char16_t cb = i < bm.size() ? bm.at(i).unicode() : char16_t(bs[i - bm.size()]);
        if (ca != cb)
            return ca < cb;
    }
    return an < bn;
}

} // namespace

LocalCollector::LocalCollector() : LocalCollector(Options{}) {}

LocalCollector::LocalCollector(Options options) : m_options(std::move(options))
{
    m_machine = m_options.machine.isEmpty() ? localMachineName() : m_options.machine;
    m_procRoot = QFile::encodeName(m_options.procRoot);
    m_devRoot = QFile::encodeName(m_options.devRoot);
    if (!m_options.fsUsage)
        m_options.fsUsage = &LocalCollector::statvfsUsage;
}

QString LocalCollector::localMachineName()
{
    const QString host = QSysInfo::machineHostName();
    const qsizetype dot = host.indexOf(QLatin1Char('.'));
    const QString name = dot > 0 ? host.left(dot) : host;
    return name.isEmpty() ? QStringLiteral("localhost") : name;
}

Result<FsUsage> LocalCollector::statvfsUsage(const QByteArray& mountPoint)
{
    struct statvfs s;
    if (::statvfs(mountPoint.constData(), &s) != 0)
        return Error::failure(
            QCoreApplication::translate("LocalCollector", "cannot measure %1: %2")
                .arg(QFile::decodeName(mountPoint), QString::fromLocal8Bit(std::strerror(errno))));
    const unsigned long long unit = s.f_frsize ? s.f_frsize : s.f_bsize;
    auto kb = [unit](unsigned long long blocks) {
        if (unit % 1024 == 0)
            return static_cast<qint64>(blocks * (unit / 1024));
        return static_cast<qint64>((blocks * unit + 1023) / 1024);
    };
    const unsigned long long usedBlocks = s.f_blocks >= s.f_bfree ? s.f_blocks - s.f_bfree : 0;
    return FsUsage{kb(usedBlocks), kb(s.f_bavail)};
}

Result<CollectorPass> LocalCollector::collect(const Clock& clock) const
{
    return collectAt(clock.nowSecs());
}

Result<CollectorPass> LocalCollector::collectAt(qint64 timestamp) const
{
    CollectorPass pass;
    pass.timestamp = timestamp;
    pass.machine = m_machine;
    pass.samples.reserve(80);
    SampleSink sink(pass.machine, m_options.source, timestamp, pass.samples);
    QByteArray buf;
    int partsRead = 0;

    auto warn = [&pass](const char* part, const QString& message) {
        pass.warnings.append({QLatin1String(part), message});
    };
    // Reads <procRoot>/<rel> and hands the bytes to `use`, or records why not.
    auto withFile = [&](const char* part, const char* rel, auto&& use) {
        Status st =
            m_options.readFile ? m_options.readFile(rel, buf) : readWhole(m_procRoot + '/' + rel, buf);
        if (!st.ok()) {
            warn(part, st.error().message);
            return;
        }
        use(QByteArrayView(buf));
    };
    auto meta = [&pass](const QString& key, const QString& value) {
        pass.meta.append({key, value});
    };

    withFile("memory", "meminfo", [&](QByteArrayView text) {
        const auto m = proc::parseMemInfo(text);
        if (!m.ok())
            return warn("memory", m.error().message);
        ++partsRead;
        sink.add("memory-total", SeriesType::Gauge, double(m->total));
        sink.add("memory-free", SeriesType::Gauge, double(m->free));
        sink.add("memory-buffers", SeriesType::Gauge, double(m->buffers));
        sink.add("memory-cached", SeriesType::Gauge, double(m->cached));
        sink.add("memory-inactive", SeriesType::Gauge, double(m->inactive));
        // As the agent of the seed's dump computes it (and its numbers bear out):
        // used = total - free - inactive.
        sink.add("memory-used", SeriesType::Gauge, double(m->total - m->free - m->inactive));
        sink.add("memory-swap-total", SeriesType::Gauge, double(m->swapTotal));
        sink.add("memory-swap-free", SeriesType::Gauge, double(m->swapFree));
        sink.add("memory-swap-used", SeriesType::Gauge, double(m->swapTotal - m->swapFree));
    });
    withFile("loadavg", "loadavg", [&](QByteArrayView text) {
        const auto l = proc::parseLoadAvg(text);
        if (!l.ok())
            return warn("loadavg", l.error().message);
        ++partsRead;
        sink.add("loadavg-1", SeriesType::Gauge, l->one);
        sink.add("loadavg-5", SeriesType::Gauge, l->five);
        sink.add("loadavg-15", SeriesType::Gauge, l->fifteen);
    });
    withFile("uptime", "uptime", [&](QByteArrayView text) {
        const auto u = proc::parseUptime(text);
        if (!u.ok())
            return warn("uptime", u.error().message);
        ++partsRead;
        meta(QStringLiteral("uptime"), QString::number(*u));
    });
    withFile("sys_version", "version", [&](QByteArrayView text) {
        const auto v = proc::parseVersion(text);
        if (!v.ok())
            return warn("sys_version", v.error().message);
        ++partsRead;
        meta(QStringLiteral("version"), QString::fromUtf8(*v));
    });
    withFile("cpu_usage", "stat", [&](QByteArrayView text) {
        const auto s = proc::parseStat(text);
        if (!s.ok())
            return warn("cpu_usage", s.error().message);
        ++partsRead;
        const proc::CpuTimes& c = s->cpu;
        sink.add("cpu-user", SeriesType::Derive, double(c.user));
        sink.add("cpu-nice", SeriesType::Derive, double(c.nice));
        sink.add("cpu-system", SeriesType::Derive, double(c.system));
        sink.add("cpu-idle", SeriesType::Derive, double(c.idle));
        sink.add("cpu-iowait", SeriesType::Derive, double(c.iowait));
        sink.add("cpu-irq", SeriesType::Derive, double(c.irq));
        sink.add("cpu-softirq", SeriesType::Derive, double(c.softirq));
        sink.add("cpu-steal", SeriesType::Derive, double(c.steal));
        sink.add("cpu-guest", SeriesType::Derive, double(c.guest));
        sink.add("cpu-guest-nice", SeriesType::Derive, double(c.guestNice));
        if (s->processors > 0)
            sink.add("processors", SeriesType::Gauge, double(s->processors));
        else
            warn("processors",
                 QCoreApplication::translate("LocalCollector", "/proc/stat lists no cpuN line"));
    });
    withFile("tcp_established", "net/snmp", [&](QByteArrayView text) {
        const auto t = proc::parseTcpCurrEstab(text);
        if (!t.ok())
            return warn("tcp_established", t.error().message);
        ++partsRead;
        sink.add("tcp-established", SeriesType::Gauge, double(*t));
    });
    withFile("disk_usage", "mounts", [&](QByteArrayView text) {
        const auto mounts = proc::parseMounts(text);
        if (!mounts.ok())
            return warn("disk_usage", mounts.error().message);
        ++partsRead;
        QList<QByteArray> devices;
        QHash<QByteArray, QStringList> mountsOf; // a device's mount points, the measured one first
        for (const proc::MountEntry& m : *mounts) {
            // Real block devices only, as Kurado (and df of them) sees them; /boot is left out.
            if (!m.device.startsWith("/dev/") || m.device.size() <= 5 || !m.mountPoint.startsWith('/') ||
                m.mountPoint == "/boot")
                continue;
            const QByteArray dev = proc::sanitizeName(QByteArrayView(m.device).sliced(5));
            if (devices.contains(dev)) {
                // The same device mounted again (bind mounts): its first mount is measured,
                // the others are named with it.
                if (!mountsOf[dev].contains(QFile::decodeName(m.mountPoint)))
                    mountsOf[dev] << QFile::decodeName(m.mountPoint);
                continue;
            }
            const auto usage = m_options.fsUsage(m.mountPoint);
            if (!usage.ok()) {
                warn("disk_usage", usage.error().message);
                continue;
            }
            devices.append(dev);
            sink.add("disk-usage-" + dev + "-used", SeriesType::Gauge, double(usage->usedKb));
            sink.add("disk-usage-" + dev + "-available", SeriesType::Gauge, double(usage->availableKb));
            mountsOf[dev] << QFile::decodeName(m.mountPoint);
        }
        // One a line: the host page titles a device's disk usage by them.
        for (const QByteArray& dev : std::as_const(devices))
            meta(QLatin1String("disk-usage-" + dev + "-mount"), mountsOf.value(dev).join(QLatin1Char('\n')));
        if (!devices.isEmpty())
            meta(QStringLiteral("disk-usage-devices"), QString::fromLatin1(devices.join(',')));
    });
    withFile("disk_io", "diskstats", [&](QByteArrayView text) {
        const auto disks = proc::parseDiskStats(text);
        if (!disks.ok())
            return warn("disk_io", disks.error().message);
        ++partsRead;
        QHash<QByteArray, QByteArray> mapperNames;
        bool mapperRead = false;
        QList<QByteArray> devices;
        for (const proc::DiskIo& d : *disks) {
            if (isRamOrLoop(d.name) || (d.readIos == 0 && d.writeIos == 0) || isPartition(d.name, *disks))
                continue;
            QByteArray name = d.name;
            if (name.startsWith("dm-")) {
                if (!mapperRead) {
                    mapperNames = deviceMapperNames(m_devRoot);
                    mapperRead = true;
                }
                name = mapperNames.value(name, name);
            }
            const QByteArray dev = proc::sanitizeName(name);
            if (devices.contains(dev))
                continue;
            devices.append(dev);
            sink.add("disk-io-" + dev + "-read-ios", SeriesType::Derive, double(d.readIos));
            sink.add("disk-io-" + dev + "-read-sectors", SeriesType::Derive, double(d.readSectors));
            sink.add("disk-io-" + dev + "-write-ios", SeriesType::Derive, double(d.writeIos));
            sink.add("disk-io-" + dev + "-write-sectors", SeriesType::Derive, double(d.writeSectors));
        }
        std::sort(devices.begin(), devices.end());
        if (!devices.isEmpty())
            meta(QStringLiteral("disk-io-devices"), QString::fromLatin1(devices.join(',')));
    });
    withFile("traffic", "net/dev", [&](QByteArrayView text) {
        const auto devs = proc::parseNetDev(text);
        if (!devs.ok())
            return warn("traffic", devs.error().message);
        ++partsRead;
        QList<QByteArray> interfaces;
        for (const proc::NetDev& n : *devs) {
            // Kurado takes interfaces that are up, loopback aside; /proc has no link
            // state, so an interface that never moved a byte counts as not in use.
            if (n.name == "lo" || (n.rxBytes == 0 && n.txBytes == 0))
                continue;
            const QByteArray name = proc::sanitizeName(n.name);
            if (interfaces.contains(name))
                continue;
            interfaces.append(name);
            sink.add("traffic-" + name + "-rxbytes", SeriesType::Derive, double(n.rxBytes));
            sink.add("traffic-" + name + "-txbytes", SeriesType::Derive, double(n.txBytes));
        }
        if (!interfaces.isEmpty())
            meta(QStringLiteral("traffic-interfaces"), QString::fromLatin1(interfaces.join(',')));
    });

    if (partsRead == 0) {
        QString why = pass.warnings.isEmpty() ? QString() : pass.warnings.first().value;
        return Error::failure(
            QCoreApplication::translate("LocalCollector", "nothing could be read from %1: %2")
                .arg(m_options.procRoot, why));
    }

    // The agent's order: metrics by "<metric>.<type>", meta by key.
    std::sort(pass.samples.begin(), pass.samples.end(), agentOrder);
    std::sort(pass.meta.begin(), pass.meta.end(),
              [](const CollectorFact& a, const CollectorFact& b) { return a.key < b.key; });
    return pass;
}

} // namespace opsdeck
