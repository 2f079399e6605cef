#include "ingest/NodeExporterMapping.h"

#include "ingest/NodeExporterMemory.h"

#include <QMap>
#include <array>
#include <cmath>

namespace opsdeck {
namespace {

// Every name mapNodeExporter reads (the memory names: NodeExporterMemory::wanted).
constexpr std::array<QByteArrayView, 18> kWanted = {
    "node_cpu_seconds_total",
    "node_cpu_guest_seconds_total",
    "node_load1",
    "node_load5",
    "node_load15",
    "node_disk_reads_completed_total",
    "node_disk_writes_completed_total",
    "node_disk_read_bytes_total",
    "node_disk_written_bytes_total",
    "node_disk_device_mapper_info",
    "node_devstat_transfers_total",
    "node_devstat_bytes_total",
    "node_filesystem_size_bytes",
    "node_filesystem_free_bytes",
    "node_filesystem_avail_bytes",
    "node_network_receive_bytes_total",
    "node_network_transmit_bytes_total",
    "node_netstat_Tcp_CurrEstab",
};

// Kurado's CPU modes, in /proc/stat order, then guest and guest-nice.
constexpr std::array<QByteArrayView, 8> kCpuModes = {"user",   "nice", "system",  "idle",
                                                     "iowait", "irq",  "softirq", "steal"};
constexpr size_t kIrq = 5;

// As Kurado's agent: every character outside [A-Za-z0-9_-] becomes '_'.
QString deviceKey(QByteArrayView device)
{
    QString out;
    out.reserve(device.size());
    for (char c : device) {
        const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                          c == '_' || c == '-';
        out.append(keep ? QLatin1Char(c) : QLatin1Char('_'));
    }
    return out;
}

// "disk-usage-" and the device as the series are named: without /dev/, '/' as '_'.
// What df would print for a filesystem: a used figure from size and free, an available
// one from avail; only finite, non-negative values count (a NaN or Inf makes no sample).
bool usedKnown(double size, double free)
{
    return std::isfinite(size) && std::isfinite(free) && size >= 0 && free >= 0;
}

bool availableKnown(double avail)
{
    return std::isfinite(avail) && avail >= 0;
}

QString diskUsagePrefix(QByteArrayView device)
{
    if (device.startsWith("/dev/"))
        device = device.sliced(5);
    return QStringLiteral("disk-usage-") + deviceKey(device);
}

struct DiskIo
{
    double readIos = 0, writeIos = 0, readBytes = 0, writtenBytes = 0;
    int series = 0; // page series read into it
};
struct DiskUsage
{
    double size = -1, free = -1, avail = -1;
    QByteArray mountpoint;
    QList<QByteArray> mounts; // every mount point of the device, the measured one first
    int series = 0;
};
struct Traffic
{
    std::optional<double> rx, tx;
};

QByteArray renderSeriesName(const PromSample& s)
{
    if (s.labels.isEmpty())
        return s.name;
    QByteArray out = s.name;
    out += '{';
    bool first = true;
    for (const auto& [k, v] : s.labels) {
        if (!first)
            out += ',';
        first = false;
        out += k;
        out += "=\"";
        for (char c : v) {
            if (c == '\\' || c == '"')
                out += '\\';
            if (c == '\n')
                out += "\\n";
            else
                out += c;
        }
        out += '"';
    }
    out += '}';
    return out;
}

using Push = std::function<void(const QString& metric, SeriesType type, double value)>;

// Reads a page's samples into per-family slots, then pushes the Kurado series. Counts the
// page series that fed a pushed series.
class PageMapper
{
public:
    void read(const PromSample& s);
    void flush(const Push& push);
    int mapped() const { return m_mapped; }
    QList<NodeExporterMeta> meta() const;

private:
    void readCpu(const PromSample& s, bool guest);
    void readDisk(const PromSample& s, QByteArrayView n);
    void readFilesystem(const PromSample& s, QByteArrayView n);
    void emitCpu(const Push& push);
    void emitDisks(const Push& push);

    // Per cpu label: the eight modes, then guest and guest-nice (a duplicate series on
    // the page overwrites, never adds).
    QMap<QByteArray, std::array<std::optional<double>, 10>> m_cpus;
    std::optional<double> m_load1, m_load5, m_load15, m_tcpEstab;
    NodeExporterMemory m_memory;
    QMap<QByteArray, DiskIo> m_disks;
    QMap<QByteArray, QByteArray> m_mapperNames; // dm-0 -> vg-root
    QMap<QByteArray, DiskUsage> m_filesystems;  // by device, first mount wins
    QMap<QByteArray, Traffic> m_traffic;
    int m_mapped = 0;
};

void PageMapper::readCpu(const PromSample& s, bool guest)
{
    const QByteArrayView mode = s.label("mode");
    std::optional<size_t> slot;
    if (guest) {
        if (mode == "user")
            slot = 8;
        else if (mode == "nice")
            slot = 9;
    } else if (mode == "interrupt") {
        slot = kIrq; // the BSDs' one interrupt mode (Linux splits it into irq and softirq)
    } else {
        for (size_t i = 0; i < kCpuModes.size(); ++i) {
            if (mode == kCpuModes[i])
                slot = i;
        }
    }
    if (!slot)
        return; // OpenBSD's spin: no Kurado counterpart
    m_cpus[s.label("cpu").toByteArray()][*slot] = s.value;
    ++m_mapped;
}

void PageMapper::readDisk(const PromSample& s, QByteArrayView n)
{
    const QByteArray device = s.label("device").toByteArray();
    if (device.isEmpty())
        return;
    if (n == "node_disk_device_mapper_info") {
        const QByteArrayView name = s.label("name");
        if (!name.isEmpty())
            m_mapperNames.insert(device, name.toByteArray());
        return;
    }
    DiskIo& d = m_disks[device];
    double* slot = nullptr;
    if (n == "node_disk_reads_completed_total")
        slot = &d.readIos;
    else if (n == "node_disk_writes_completed_total")
        slot = &d.writeIos;
    else if (n == "node_disk_read_bytes_total")
        slot = &d.readBytes;
    else if (n == "node_disk_written_bytes_total")
        slot = &d.writtenBytes;
    else if (n.startsWith("node_devstat_")) { // FreeBSD's devstat: {type="read"|"write"|...}
        const QByteArrayView type = s.label("type");
        const bool transfers = n == "node_devstat_transfers_total";
        if (type == "read")
            slot = transfers ? &d.readIos : &d.readBytes;
        else if (type == "write")
            slot = transfers ? &d.writeIos : &d.writtenBytes;
    }
    if (!slot)
        return;
    *slot = s.value;
    ++d.series;
}

void PageMapper::readFilesystem(const PromSample& s, QByteArrayView n)
{
    const QByteArrayView device = s.label("device");
    const QByteArrayView mountpoint = s.label("mountpoint");
    // Real devices only (and ZFS datasets, which have no /dev node), and not /boot (as
    // Kurado's agent).
    if ((!device.startsWith("/dev/") && s.label("fstype") != "zfs") || device.isEmpty() ||
        mountpoint == "/boot")
        return;
    DiskUsage& fs = m_filesystems[device.toByteArray()];
    if (!mountpoint.isEmpty() && !fs.mounts.contains(mountpoint.toByteArray()))
        fs.mounts << mountpoint.toByteArray(); // (a sample without the label names no mount)
    if (fs.mountpoint.isEmpty())
        fs.mountpoint = mountpoint.toByteArray();
    else if (fs.mountpoint != mountpoint)
        return; // the same device mounted again (bind mount): first one counts
    if (n == "node_filesystem_size_bytes")
        fs.size = s.value;
    else if (n == "node_filesystem_free_bytes")
        fs.free = s.value;
    else if (n == "node_filesystem_avail_bytes")
        fs.avail = s.value;
    else
        return;
    ++fs.series;
}

void PageMapper::read(const PromSample& s)
{
    const QByteArrayView n = s.name;
    if (!n.startsWith("node_"))
        return;
    if (n == "node_cpu_seconds_total" || n == "node_cpu_guest_seconds_total") {
        readCpu(s, n == "node_cpu_guest_seconds_total");
    } else if (n == "node_load1") {
        m_load1 = s.value;
    } else if (n == "node_load5") {
        m_load5 = s.value;
    } else if (n == "node_load15") {
        m_load15 = s.value;
    } else if (n == "node_netstat_Tcp_CurrEstab") {
        m_tcpEstab = s.value;
    } else if (n.startsWith("node_memory_")) {
        m_memory.read(n, s.value);
    } else if (n.startsWith("node_disk_") || n.startsWith("node_devstat_")) {
        readDisk(s, n);
    } else if (n.startsWith("node_filesystem_")) {
        readFilesystem(s, n);
    } else if (n.startsWith("node_network_")) {
        const QByteArrayView device = s.label("device");
        if (device.isEmpty() || device == "lo" || device == "lo0") // Linux's and the BSDs' loopback
            return;
        if (n == "node_network_receive_bytes_total")
            m_traffic[device.toByteArray()].rx = s.value;
        else if (n == "node_network_transmit_bytes_total")
            m_traffic[device.toByteArray()].tx = s.value;
    }
}

void PageMapper::emitCpu(const Push& push)
{
    // CPU: seconds × USER_HZ (100) = jiffies, summed over CPUs, whole jiffies like /proc/stat.
    static const QString cpuNames[10] = {QStringLiteral("cpu-user"),    QStringLiteral("cpu-nice"),
                                         QStringLiteral("cpu-system"),  QStringLiteral("cpu-idle"),
                                         QStringLiteral("cpu-iowait"),  QStringLiteral("cpu-irq"),
                                         QStringLiteral("cpu-softirq"), QStringLiteral("cpu-steal"),
                                         QStringLiteral("cpu-guest"),   QStringLiteral("cpu-guest-nice")};
    std::array<std::optional<double>, 10> sums;
    int processors = 0;
    for (const auto& modes : std::as_const(m_cpus)) {
        bool isCpu = false;
        for (size_t i = 0; i < modes.size(); ++i) {
            if (modes[i]) {
                sums[i] = sums[i].value_or(0) + *modes[i];
                isCpu |= i < 8;
            }
        }
        processors += isCpu ? 1 : 0;
    }
    for (size_t i = 0; i < sums.size(); ++i) {
        if (sums[i])
            push(cpuNames[i], SeriesType::Derive, std::round(*sums[i] * 100.0));
    }
    if (processors > 0)
        push(QStringLiteral("processors"), SeriesType::Gauge, double(processors));
}

void PageMapper::emitDisks(const Push& push)
{
    for (auto it = m_disks.cbegin(); it != m_disks.cend(); ++it) {
        const DiskIo& d = it.value();
        if (d.readIos == 0 && d.writeIos == 0)
            continue; // never used (as Kurado's agent)
        m_mapped += d.series;
        const QByteArray mapped = m_mapperNames.value(it.key());
        const QString dev = deviceKey(mapped.isEmpty() ? QByteArray(it.key()) : "mapper/" + mapped);
        const QString prefix = QStringLiteral("disk-io-") + dev;
        push(prefix + QStringLiteral("-read-ios"), SeriesType::Derive, d.readIos);
        push(prefix + QStringLiteral("-read-sectors"), SeriesType::Derive, std::floor(d.readBytes / 512.0));
        push(prefix + QStringLiteral("-write-ios"), SeriesType::Derive, d.writeIos);
        push(prefix + QStringLiteral("-write-sectors"), SeriesType::Derive,
             std::floor(d.writtenBytes / 512.0));
    }
    for (auto it = m_filesystems.cbegin(); it != m_filesystems.cend(); ++it) {
        const DiskUsage& fs = it.value();
        const QString prefix = diskUsagePrefix(it.key());
        // df's 1K-blocks: Used = size − free, Available = avail.
        if (usedKnown(fs.size, fs.free))
            push(prefix + QStringLiteral("-used"), SeriesType::Gauge,
                 std::floor((fs.size - fs.free) / 1024.0));
        if (availableKnown(fs.avail))
            push(prefix + QStringLiteral("-available"), SeriesType::Gauge, std::floor(fs.avail / 1024.0));
        if (usedKnown(fs.size, fs.free) || availableKnown(fs.avail))
            m_mapped += fs.series;
    }
}

QList<NodeExporterMeta> PageMapper::meta() const
{
    QList<NodeExporterMeta> out;
    for (auto it = m_filesystems.cbegin(); it != m_filesystems.cend(); ++it) {
        const DiskUsage& fs = it.value();
        if (fs.mounts.isEmpty() || (!usedKnown(fs.size, fs.free) && !availableKnown(fs.avail)))
            continue; // no disk-usage series for it
        QStringList mounts;
        for (const QByteArray& m : fs.mounts)
            mounts << QString::fromUtf8(m);
        out.append({diskUsagePrefix(it.key()) + QStringLiteral("-mount"), mounts.join(QLatin1Char('\n'))});
    }
    return out;
}

void PageMapper::flush(const Push& push)
{
    emitCpu(push);
    const std::pair<const char*, std::optional<double>> gauges[] = {
        {"loadavg-1", m_load1}, {"loadavg-5", m_load5}, {"loadavg-15", m_load15}};
    for (const auto& [name, value] : gauges) {
        if (value) {
            push(QString::fromLatin1(name), SeriesType::Gauge, *value);
            ++m_mapped;
        }
    }
    m_mapped += m_memory.flush([&](const QString& metric, double v) { push(metric, SeriesType::Gauge, v); });
    emitDisks(push);
    for (auto it = m_traffic.cbegin(); it != m_traffic.cend(); ++it) {
        const QString prefix = QStringLiteral("traffic-") + QString::fromUtf8(it.key());
        if (it.value().rx) {
            push(prefix + QStringLiteral("-rxbytes"), SeriesType::Derive, *it.value().rx);
            ++m_mapped;
        }
        if (it.value().tx) {
            push(prefix + QStringLiteral("-txbytes"), SeriesType::Derive, *it.value().tx);
            ++m_mapped;
        }
    }
    if (m_tcpEstab) {
        push(QStringLiteral("tcp-established"), SeriesType::Gauge, *m_tcpEstab);
        ++m_mapped;
    }
}

} // namespace

bool nodeExporterNameWanted(QByteArrayView name)
{
    if (name.size() < 10 || !name.startsWith("node_"))
        return false;
    for (QByteArrayView w : kWanted) {
        if (w.size() == name.size() && w == name)
            return true;
    }
    return name.startsWith("node_memory_") && NodeExporterMemory::wanted(name);
}

SampleBatch mapNodeExporter(const PromParseResult& page, const QString& machine, const QString& source,
                            qint64 timestampSecs)
{
    return mapNodeExporter(page, machine, source, timestampSecs, {});
}

SampleBatch mapNodeExporter(const PromParseResult& page, const QString& machine, const QString& source,
                            qint64 timestampSecs, const QSet<QByteArray>& extraRaw,
                            NodeExporterCoverage* coverage, QList<NodeExporterMeta>* meta)
{
    SampleBatch out;
    out.reserve(64);
    // The page's own timestamp, if its samples carry one (node_exporter's do not).
    qint64 ts = timestampSecs;
    const Push push = [&](const QString& metric, SeriesType type, double value) {
        if (!std::isfinite(value))
            return;
        IncomingSample s;
        s.key = SeriesKey{machine, metric, source};
        s.type = type;
        s.timestamp = ts;
        s.value = value;
        out.append(std::move(s));
    };

    PageMapper mapper;
    int raw = 0;
    for (const PromSample& s : page.samples) {
        if (s.timestampMs)
            ts = *s.timestampMs / 1000;
        if (!extraRaw.isEmpty() && extraRaw.contains(s.name)) {
            const bool counter = page.types.value(s.name) == "counter";
            push(QString::fromUtf8(renderSeriesName(s)), counter ? SeriesType::Counter : SeriesType::Gauge,
                 s.value);
            if (!nodeExporterNameWanted(s.name))
                ++raw; // else the mapper counts it
        }
        mapper.read(s);
    }
    mapper.flush(push);
    if (meta)
        *meta = mapper.meta();
    if (coverage) {
        coverage->series = page.report.accepted;
        coverage->mapped = std::min(page.report.accepted, mapper.mapped() + raw);
    }
    return out;
}

} // namespace opsdeck
