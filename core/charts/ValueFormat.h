#pragma once

#include <QString>

namespace opsdeck {

// The units a chart's values are in, and how they read: bytes with binary prefixes
// (KiB, MiB, GiB), traffic in bits/s with SI prefixes (kbit/s, Mbit/s), percent,
// operations per second and plain numbers with SI prefixes (k, M, G).
enum class ValueUnit
{
    Number,      // SI prefixes: 1.2k, 3.4M
    Percent,     // 0..100, no prefix
    Bytes,       // KiB, MiB, GiB
    BytesPerSec, // KiB/s, MiB/s
    BitsPerSec,  // kbit/s, Mbit/s (SI, as network people count)
    OpsPerSec,   // ops/s, kops/s
};

namespace ValueFormat {

// A divisor and the unit text for values up to `maxAbs` (e.g. {1048576, "MiB"}).
struct Scale
{
    double divisor = 1;
    QString unit; // translated where it is words ("ops/s")
};

Scale scaleFor(ValueUnit unit, double maxAbs);

// One value with its own prefix, `precision` significant digits: "1.5 MiB", "12 %",
// "840 kbit/s", "3.2k". Non-finite: "–".
QString format(ValueUnit unit, double value, int precision = 3);

// One value in a scale chosen for the chart (the axis' unit): "1.5" with scale MiB.
QString formatIn(const Scale& scale, double value, int precision = 3);

// The unit a Kurado metric key or a pushed path most likely is in ("traffic-eth0-rxbytes"
// -> BytesPerSec, "memory-used" -> Bytes, "cpu-user" -> Percent after CpuPercent,
// "*.requests" under a rate -> OpsPerSec); Number when nothing says.
ValueUnit unitForMetric(const QString& metric);

// Settings / definition file spelling: "number", "percent", "bytes", "bytes/s", "bits/s",
// "ops/s". Unknown: Number.
ValueUnit unitFromName(const QString& name);
QString unitName(ValueUnit unit);

} // namespace ValueFormat
} // namespace opsdeck
