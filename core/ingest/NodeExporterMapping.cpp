#include "ingest/NodeExporterMapping.h"

#include <QMap>
#include <array>
#include <cmath>

namespace opsdeck {
namespace {

// Every name mapNodeExporter reads.
constexpr std::array<QByteArrayView, 23> kWanted = {
    "node_cpu_seconds_total",
    "node_cpu_guest_seconds_total",
    "node_load1",
    "node_load5",
    "node_load15",
    "node_memory_MemTotal_bytes",
    "node_memory_MemFree_bytes",
    "node_memory_Buffers_bytes",
    "node_memory_Cached_bytes",
    "node_memory_Inactive_bytes",
    "node_memory_SwapTotal_bytes",
    "node_memory_SwapFree_bytes",
    "node_disk_reads_completed_total",
    "node_disk_writes_completed_total",
    "node_disk_read_bytes_total",
    "node_disk_written_bytes_total",
    "node_disk_device_mapper_info",
    "node_filesystem_size_bytes",
    "node_filesystem_free_bytes",
    "node_filesystem_avail_bytes",
    "node_network_receive_bytes_total",
    "node_network_transmit_bytes_total",
    "node_netstat_Tcp_CurrEstab",
};

// Kurado's CPU modes, in /proc/stat order.
constexpr std::array<QByteArrayView, 8> kCpuModes = {"user",   "nice", "system",  "idle",
                                                     "iowait", "irq",  "softirq", "steal"};

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

struct DiskIo
{
    double readIos = 0, writeIos = 0, readBytes = 0, writtenBytes = 0;
};
struct DiskUsage
{
    double size = -1, free = -1, avail = -1;
    QByteArray mountpoint;
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

} // namespace

bool nodeExporterNameWanted(QByteArrayView name)
{
    if (name.size() < 10 || !name.startsWith("node_"))
        return false;
    for (QByteArrayView w : kWanted) {
        if (w.size() == name.size() && w == name)
            return true;
    }
    return false;
}

SampleBatch mapNodeExporter(const PromParseResult& page, const QString& machine, const QString& source,
                            qint64 timestampSecs)
{
    return mapNodeExporter(page, machine, source, timestampSecs, {});
}

SampleBatch mapNodeExporter(const PromParseResult& page, const QString& machine, const QString& source,
                            qint64 timestampSecs, const QSet<QByteArray>& extraRaw)
{
    SampleBatch out;
    out.reserve(64);
    // The page's own timestamp, if its samples carry one (node_exporter's do not).
    qint64 ts = timestampSecs;
    auto push = [&](const QString& metric, SeriesType type, double value) {
        if (!std::isfinite(value))
            return;
        IncomingSample s;
        s.key = SeriesKey{machine, metric, source};
        s.type = type;
        s.timestamp = ts;
        s.value = value;
        out.append(std::move(s));
    };

    // Per cpu label: the eight modes, then guest and guest-nice (a duplicate series on
    // the page overwrites, never adds).
    QMap<QByteArray, std::array<std::optional<double>, 10>> cpus;
    std::optional<double> load1, load5, load15, tcpEstab;
    std::optional<double> memTotal, memFree, memBuffers, memCached, memInactive, swapTotal, swapFree;
    QMap<QByteArray, DiskIo> disks;
    QMap<QByteArray, QByteArray> mapperNames; // dm-0 -> vg-root
    QMap<QByteArray, DiskUsage> filesystems;  // by device, first mount wins
    QMap<QByteArray, Traffic> traffic;

    for (const PromSample& s : page.samples) {
        if (s.timestampMs)
            ts = *s.timestampMs / 1000;
        if (!extraRaw.isEmpty() && extraRaw.contains(s.name)) {
            const QByteArray family = s.name;
            const bool counter = page.types.value(family) == "counter";
            push(QString::fromUtf8(renderSeriesName(s)), counter ? SeriesType::Counter : SeriesType::Gauge,
                 s.value);
        }
        const QByteArrayView n = s.name;
        if (!n.startsWith("node_"))
            continue;
        if (n == "node_cpu_seconds_total") {
            const QByteArrayView mode = s.label("mode");
            auto& modes = cpus[s.label("cpu").toByteArray()];
            for (size_t i = 0; i < kCpuModes.size(); ++i) {
                if (mode == kCpuModes[i])
                    modes[i] = s.value;
            }
        } else if (n == "node_cpu_guest_seconds_total") {
            const QByteArrayView mode = s.label("mode");
            if (mode == "user")
                cpus[s.label("cpu").toByteArray()][8] = s.value;
            else if (mode == "nice")
                cpus[s.label("cpu").toByteArray()][9] = s.value;
        } else if (n == "node_load1") {
            load1 = s.value;
        } else if (n == "node_load5") {
            load5 = s.value;
        } else if (n == "node_load15") {
            load15 = s.value;
        } else if (n == "node_netstat_Tcp_CurrEstab") {
            tcpEstab = s.value;
        } else if (n.startsWith("node_memory_")) {
            if (n == "node_memory_MemTotal_bytes")
                memTotal = s.value;
            else if (n == "node_memory_MemFree_bytes")
                memFree = s.value;
            else if (n == "node_memory_Buffers_bytes")
                memBuffers = s.value;
            else if (n == "node_memory_Cached_bytes")
                memCached = s.value;
            else if (n == "node_memory_Inactive_bytes")
                memInactive = s.value;
            else if (n == "node_memory_SwapTotal_bytes")
                swapTotal = s.value;
            else if (n == "node_memory_SwapFree_bytes")
                swapFree = s.value;
        } else if (n.startsWith("node_disk_")) {
            const QByteArray device = s.label("device").toByteArray();
            if (device.isEmpty())
                continue;
            if (n == "node_disk_device_mapper_info") {
                const QByteArrayView name = s.label("name");
                if (!name.isEmpty())
                    mapperNames.insert(device, name.toByteArray());
                continue;
            }
            DiskIo& d = disks[device];
            if (n == "node_disk_reads_completed_total")
                d.readIos = s.value;
            else if (n == "node_disk_writes_completed_total")
                d.writeIos = s.value;
            else if (n == "node_disk_read_bytes_total")
                d.readBytes = s.value;
            else if (n == "node_disk_written_bytes_total")
                d.writtenBytes = s.value;
        } else if (n.startsWith("node_filesystem_")) {
            const QByteArrayView device = s.label("device");
            const QByteArrayView mountpoint = s.label("mountpoint");
            // Real devices only, and not /boot (as Kurado's agent).
            if (!device.startsWith("/dev/") || mountpoint == "/boot")
                continue;
            DiskUsage& fs = filesystems[device.toByteArray()];
            if (fs.mountpoint.isEmpty())
                fs.mountpoint = mountpoint.toByteArray();
            else if (fs.mountpoint != mountpoint)
                continue; // the same device mounted again (bind mount): first one counts
            if (n == "node_filesystem_size_bytes")
                fs.size = s.value;
            else if (n == "node_filesystem_free_bytes")
                fs.free = s.value;
            else if (n == "node_filesystem_avail_bytes")
                fs.avail = s.value;
        } else if (n.startsWith("node_network_")) {
            const QByteArrayView device = s.label("device");
            if (device.isEmpty() || device == "lo")
                continue;
            if (n == "node_network_receive_bytes_total")
                traffic[device.toByteArray()].rx = s.value;
            else if (n == "node_network_transmit_bytes_total")
                traffic[device.toByteArray()].tx = s.value;
        }
    }

    // CPU: seconds × USER_HZ (100) = jiffies, summed over CPUs, whole jiffies like /proc/stat.
    static const QString cpuNames[10] = {QStringLiteral("cpu-user"),    QStringLiteral("cpu-nice"),
                                         QStringLiteral("cpu-system"),  QStringLiteral("cpu-idle"),
                                         QStringLiteral("cpu-iowait"),  QStringLiteral("cpu-irq"),
                                         QStringLiteral("cpu-softirq"), QStringLiteral("cpu-steal"),
                                         QStringLiteral("cpu-guest"),   QStringLiteral("cpu-guest-nice")};
    std::array<std::optional<double>, 10> sums;
    int processors = 0;
    for (const auto& modes : std::as_const(cpus)) {
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

    if (load1)
        push(QStringLiteral("loadavg-1"), SeriesType::Gauge, *load1);
    if (load5)
        push(QStringLiteral("loadavg-5"), SeriesType::Gauge, *load5);
    if (load15)
        push(QStringLiteral("loadavg-15"), SeriesType::Gauge, *load15);

    if (memTotal)
        push(QStringLiteral("memory-total"), SeriesType::Gauge, *memTotal);
    if (memFree)
        push(QStringLiteral("memory-free"), SeriesType::Gauge, *memFree);
    if (memBuffers)
        push(QStringLiteral("memory-buffers"), SeriesType::Gauge, *memBuffers);
    if (memCached)
        push(QStringLiteral("memory-cached"), SeriesType::Gauge, *memCached);
    if (memInactive)
        push(QStringLiteral("memory-inactive"), SeriesType::Gauge, *memInactive);
    if (memTotal && memFree && memBuffers && memCached)
        push(QStringLiteral("memory-used"), SeriesType::Gauge,
             *memTotal - *memFree - *memBuffers - *memCached);
    if (swapTotal)
        push(QStringLiteral("memory-swap-total"), SeriesType::Gauge, *swapTotal);
    if (swapFree)
        push(QStringLiteral("memory-swap-free"), SeriesType::Gauge, *swapFree);
    if (swapTotal && swapFree)
        push(QStringLiteral("memory-swap-used"), SeriesType::Gauge, *swapTotal - *swapFree);

    for (auto it = disks.cbegin(); it != disks.cend(); ++it) {
        const DiskIo& d = it.value();
        if (d.readIos == 0 && d.writeIos == 0)
            continue; // never used (as Kurado's agent)
        const QByteArray mapped = mapperNames.value(it.key());
        const QString dev = deviceKey(mapped.isEmpty() ? QByteArray(it.key()) : "mapper/" + mapped);
        const QString prefix = QStringLiteral("disk-io-") + dev;
        push(prefix + QStringLiteral("-read-ios"), SeriesType::Derive, d.readIos);
        push(prefix + QStringLiteral("-read-sectors"), SeriesType::Derive, std::floor(d.readBytes / 512.0));
        push(prefix + QStringLiteral("-write-ios"), SeriesType::Derive, d.writeIos);
        push(prefix + QStringLiteral("-write-sectors"), SeriesType::Derive,
             std::floor(d.writtenBytes / 512.0));
    }

    for (auto it = filesystems.cbegin(); it != filesystems.cend(); ++it) {
        const DiskUsage& fs = it.value();
        const QString prefix = QStringLiteral("disk-usage-") + deviceKey(QByteArrayView(it.key()).sliced(5));
        // df's 1K-blocks: Used = size − free, Available = avail.
        if (fs.size >= 0 && fs.free >= 0)
            push(prefix + QStringLiteral("-used"), SeriesType::Gauge,
                 std::floor((fs.size - fs.free) / 1024.0));
        if (fs.avail >= 0)
            push(prefix + QStringLiteral("-available"), SeriesType::Gauge, std::floor(fs.avail / 1024.0));
    }

    for (auto it = traffic.cbegin(); it != traffic.cend(); ++it) {
        const QString prefix = QStringLiteral("traffic-") + QString::fromUtf8(it.key());
        if (it.value().rx)
            push(prefix + QStringLiteral("-rxbytes"), SeriesType::Derive, *it.value().rx);
        if (it.value().tx)
            push(prefix + QStringLiteral("-txbytes"), SeriesType::Derive, *it.value().tx);
    }

    if (tcpEstab)
        push(QStringLiteral("tcp-established"), SeriesType::Gauge, *tcpEstab);
    return out;
}

} // namespace opsdeck
