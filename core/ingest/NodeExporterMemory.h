#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <functional>

namespace opsdeck {

// The memory part of mapNodeExporter: node_exporter's node_memory_* series onto Kurado's
// memory-* names (gauges, bytes), for each system node_exporter runs on. The page says
// which one it is by the total it has:
//
//   Linux   (node_memory_MemTotal_bytes, meminfo): total free buffers cached inactive
//           swap-total swap-free; used = total − free − buffers − cached,
//           swap-used = swap-total − swap-free.
//   macOS   (node_memory_total_bytes, meminfo_darwin): total free inactive;
//           used = active + wired + compressed; swap-total, swap-used from
//           node_memory_swap_{total,used}_bytes, swap-free = swap-total − swap-used.
//   FreeBSD, OpenBSD, NetBSD, DragonFly (node_memory_size_bytes, memory_bsd / meminfo_*bsd):
//           total free inactive, buffers (buffer_bytes, FreeBSD), cached (cache_bytes,
//           FreeBSD and OpenBSD); used = active + wired (+ laundry, FreeBSD);
//           swap-total from swap_size_bytes, swap-used from swap_used_bytes,
//           swap-free = swap-total − swap-used.
//
// What has no Kurado counterpart (macOS purgeable, BSD user_wired, page-in counters) is
// not mapped.
class NodeExporterMemory
{
public:
    // Whether mapNodeExporter reads this node_memory_* name.
    static bool wanted(QByteArrayView name);

    // Records one sample (a name `wanted` accepts; others are ignored). A second sample
    // of the same name overwrites.
    void read(QByteArrayView name, double value);

    // Pushes the memory-* series and returns how many of the page's series fed them.
    int flush(const std::function<void(const QString& metric, double value)>& push) const;

private:
    QHash<QByteArray, double> m_values; // by full series name
};

} // namespace opsdeck
