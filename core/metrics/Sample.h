#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace opsdeck {

// How a series' raw values become what a chart shows (RRDtool's data source types):
// gauge as is; counter, derive and absolute as per-second rates.
enum class SeriesType
{
    Gauge,
    Counter,
    Derive,
    Absolute
};

QString seriesTypeName(SeriesType type); // "gauge", "counter", ...
std::optional<SeriesType> seriesTypeFromName(const QString& name);

// A series is keyed by (machine, metric, source). `machine` is the machine's name
// (empty for a pushed Graphite path that names no machine); `metric` is the Kurado
// short key (`cpu-user`, `loadavg-1`) or a Graphite path as received; `source` names
// where it came from (`local`, `node_exporter`, `graphite-push`, `prometheus`, ...).
struct SeriesKey
{
    QString machine;
    QString metric;
    QString source;

    friend bool operator==(const SeriesKey&, const SeriesKey&) = default;
};

// One raw value as a collector, poller or receiver produced it.
struct IncomingSample
{
    SeriesKey key;
    SeriesType type = SeriesType::Gauge;
    qint64 timestamp = 0; // epoch seconds
    double value = 0;
};

using SampleBatch = QList<IncomingSample>;

// One point of a query's answer; no value means unknown (a gap, never interpolated).
struct SeriesPoint
{
    qint64 timestamp = 0;
    std::optional<double> value;
};

} // namespace opsdeck

Q_DECLARE_METATYPE(opsdeck::SampleBatch)
