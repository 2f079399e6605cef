#pragma once

#include "ingest/PrometheusText.h"
#include "metrics/Sample.h"

#include <QSet>
#include <QString>

namespace opsdeck {

// Maps a node_exporter page onto Kurado's base metric names and units, so a host charts
// the same whether its data came from node_exporter or from the local collector. Linux,
// macOS and the BSDs (node_exporter's collectors for each name things their own way):
//
//   cpu-<mode> (derive, jiffies at USER_HZ 100, summed over CPUs) from
//       node_cpu_seconds_total{mode} × 100 (modes user nice system idle iowait irq
//       softirq steal; the BSDs' "interrupt" as cpu-irq, OpenBSD's "spin" not mapped;
//       cpu-guest from node_cpu_guest_seconds_total{mode="user"} if present)
//   processors (gauge)            number of distinct cpu labels
//   loadavg-1/-5/-15 (gauge)      node_load1/5/15
//   memory-<x> (gauge, bytes)     per system, see NodeExporterMemory.h
//   disk-io-<dev>-read-ios, -write-ios (derive)         node_disk_{reads,writes}_completed_total,
//                                 FreeBSD: node_devstat_transfers_total{type=read|write}
//   disk-io-<dev>-read-sectors, -write-sectors (derive) node_disk_{read,written}_bytes_total / 512,
//                                 FreeBSD: node_devstat_bytes_total{type=read|write} / 512
//   disk-usage-<dev>-used, -available (gauge, KB like df) node_filesystem_{size,free,avail}_bytes,
//                                 real devices only (/dev/..., and ZFS datasets), <dev> without
//                                 "/dev/" and with '/' as '_' (mapper/vg-root → mapper_vg-root,
//                                 zroot/ROOT/default → zroot_ROOT_default)
//   traffic-<if>-rxbytes, -txbytes (derive) node_network_{receive,transmit}_bytes_total
//                                 (loopback lo and lo0 skipped)
//   tcp-established (gauge)       node_netstat_Tcp_CurrEstab (Linux only)
//
// Samples carry `machine`, `source` and `timestampSecs` (a sample's own timestamp is used
// if it has one). Non-finite values are skipped.
SampleBatch mapNodeExporter(const PromParseResult& page, const QString& machine, const QString& source,
                            qint64 timestampSecs);

// What a page says of the machine beside its samples (machine_meta rows, as the local
// collector writes them): `disk-usage-<dev>-mount` = the mount points of the device
// (node_filesystem_*'s mountpoint label), one a line, the one measured first.
struct NodeExporterMeta
{
    QString key;
    QString value;
    friend bool operator==(const NodeExporterMeta&, const NodeExporterMeta&) = default;
};

// How much of a page the mapping used, so a page that maps nothing says so.
struct NodeExporterCoverage
{
    int series = 0; // sample lines on the page (report.accepted)
    int mapped = 0; // of them, those that fed a mapped (or kept raw) series
};

// Same, and in addition keeps every sample whose name is in `extraRaw` as it is: metric =
// the name with its labels rendered `name{a="b",c="d"}` (no labels: the bare name),
// type gauge, or counter if the family's TYPE is counter. `coverage`, when given,
// receives how many of the page's series were mapped; `meta` what the page says of the
// machine (NodeExporterMeta), in device order.
SampleBatch mapNodeExporter(const PromParseResult& page, const QString& machine, const QString& source,
                            qint64 timestampSecs, const QSet<QByteArray>& extraRaw,
                            NodeExporterCoverage* coverage = nullptr,
                            QList<NodeExporterMeta>* meta = nullptr);

// The metric names mapNodeExporter reads; pass as parsePrometheusText's `wanted` filter
// (add the extra raw names yourself if any).
bool nodeExporterNameWanted(QByteArrayView name);

} // namespace opsdeck
