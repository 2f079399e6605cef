#pragma once

#include "ingest/PrometheusText.h"
#include "metrics/Sample.h"

#include <QSet>
#include <QString>

namespace opsdeck {

// Maps a node_exporter page onto Kurado's base metric names and units, so a host charts
// the same whether its data came from node_exporter or from the local collector:
//
//   cpu-<mode> (derive, jiffies at USER_HZ 100, summed over CPUs) from
//       node_cpu_seconds_total{mode} × 100 (modes user nice system idle iowait irq
//       softirq steal; cpu-guest from node_cpu_guest_seconds_total{mode="user"} if present)
//   processors (gauge)            number of distinct cpu labels
//   loadavg-1/-5/-15 (gauge)      node_load1/5/15
//   memory-<x> (gauge, bytes)     total free buffers cached swap-total swap-free,
//                                 memory-used = total − free − buffers − cached
//   disk-io-<dev>-read-ios, -write-ios (derive)         node_disk_{reads,writes}_completed_total
//   disk-io-<dev>-read-sectors, -write-sectors (derive) node_disk_{read,written}_bytes_total / 512
//   disk-usage-<dev>-used, -available (gauge, KB like df) node_filesystem_{size,free,avail}_bytes,
//                                 real devices only (/dev/...), <dev> without "/dev/" and
//                                 with '/' as '_' (mapper/vg-root → mapper_vg-root)
//   traffic-<if>-rxbytes, -txbytes (derive) node_network_{receive,transmit}_bytes_total (lo skipped)
//   tcp-established (gauge)       node_netstat_Tcp_CurrEstab
//
// Samples carry `machine`, `source` and `timestampSecs` (a sample's own timestamp is used
// if it has one). Non-finite values are skipped.
SampleBatch mapNodeExporter(const PromParseResult& page, const QString& machine, const QString& source,
                            qint64 timestampSecs);

// Same, and in addition keeps every sample whose name is in `extraRaw` as it is: metric =
// the name with its labels rendered `name{a="b",c="d"}` (no labels: the bare name),
// type gauge, or counter if the family's TYPE is counter.
SampleBatch mapNodeExporter(const PromParseResult& page, const QString& machine, const QString& source,
                            qint64 timestampSecs, const QSet<QByteArray>& extraRaw);

// The metric names mapNodeExporter reads; pass as parsePrometheusText's `wanted` filter
// (add the extra raw names yourself if any).
bool nodeExporterNameWanted(QByteArrayView name);

} // namespace opsdeck
