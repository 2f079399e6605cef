#pragma once

// API CONTRACT (pinned by the lead so collector, sources and GUI can code against it;
// the metrics-store work implements it in MetricStore.cpp and may add to it, but must
// not change these signatures without updating every caller).

#include "db/Database.h"
#include "metrics/Sample.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QObject>

#include <memory>

namespace opsdeck {

// What a query returns: the points of one series at one resolution, rates for
// counter/derive/absolute series, gauges as they are.
struct SeriesData
{
    SeriesKey key;
    SeriesType type = SeriesType::Gauge;
    int resolution = 0; // seconds between points as stored (before decimation)
    QList<SeriesPoint> points;
};

struct SeriesInfo
{
    SeriesKey key;
    SeriesType type = SeriesType::Gauge;
    qint64 firstTimestamp = 0;
    qint64 lastTimestamp = 0;
};

struct MetricQuery
{
    QString machine;
    QString metric;
    QString source; // empty: the source with the freshest data for (machine, metric)
    qint64 from = 0; // epoch seconds, inclusive
    qint64 to = 0;   // epoch seconds, inclusive
    int maxPoints = 0; // 0: as many as stored; else decimated to at most this many
    enum class Decimation { MinMax, Lttb, Average } decimation = Decimation::MinMax;
};

// The round-robin metrics cache in SQLite. Thread-safe: append() may be called from
// any thread (collectors, pollers, receivers); queries from any thread.
class MetricStore : public QObject
{
    Q_OBJECT
public:
    explicit MetricStore(std::shared_ptr<Database> db, const Clock& clock = Clock::system(),
                         QObject* parent = nullptr);
    ~MetricStore() override;

    // Stores a batch (one transaction). Samples with a timestamp far in the future or a
    // non-finite value are rejected and counted, the rest are kept.
    Status append(const SampleBatch& batch);

    Result<SeriesData> query(const MetricQuery& query) const;
    Result<QList<SeriesInfo>> listSeries(const QString& machine = {}) const;

signals:
    // Emitted (from the appending thread) after a batch was committed.
    void samplesAppended(const QStringList& machines);
};

} // namespace opsdeck
