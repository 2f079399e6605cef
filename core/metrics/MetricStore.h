#pragma once

// API CONTRACT (pinned by the lead so collector, sources and GUI can code against it;
// the metrics-store work implements it in MetricStore.cpp and may add to it, but must
// not change these signatures without updating every caller).

#include "db/Database.h"
#include "metrics/RetentionPolicy.h"
#include "metrics/RetentionRules.h"
#include "metrics/Sample.h"
#include "metrics/SeriesMath.h"
#include "util/Clock.h"
#include "util/FailureTracker.h"
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
    int resolution = 0; // the step of the archive read, seconds (raw: the base step), before decimation
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
    QString source;    // empty: the source with the freshest data for (machine, metric)
    qint64 from = 0;   // epoch seconds, inclusive
    qint64 to = 0;     // epoch seconds, inclusive
    int maxPoints = 0; // 0: as many as stored; else decimated to at most this many
    enum class Decimation
    {
        MinMax,
        Lttb,
        Average
    } decimation = Decimation::MinMax;
    // Added for the charts (issue 10): read at the chart's resolution, as RRDtool picks an
    // RRA. With maxPoints > 0, the coarsest archive whose step still fits maxPoints / 2
    // buckets into [from, to] (and whose retention reaches `from`); a rollup bucket then
    // gives its minimum and maximum (MinMax: at its start and its middle, so every pixel
    // column keeps its spikes) or its average (the others). `resolution` says which step.
    // Off: the finest archive that reaches `from`, as before.
    bool atChartResolution = false;
};

// What append() did with the samples it was given (since the store was made).
struct IngestCounts
{
    qint64 accepted = 0;             // buffered for the next commit
    qint64 committed = 0;            // written to the database
    qint64 rejectedNonFinite = 0;    // NaN or infinite value
    qint64 rejectedFuture = 0;       // timestamp more than MetricStore::maxFutureSecs ahead of the clock
    qint64 rejectedInvalid = 0;      // empty metric name or negative timestamp
    qint64 rejectedTypeMismatch = 0; // a type other than the one the series was created with
};

// A series consolidated on a time grid, for statistics: primary data points of the base
// step when the raw archive covers the range, else the rollup archive's buckets. Each
// bucket's count is the number of known primary points in it (rates for counter,
// derive and absolute series).
struct ConsolidatedData
{
    SeriesKey key;
    SeriesType type = SeriesType::Gauge;
    qint64 step = 0;       // seconds a bucket spans
    qint64 baseStep = 0;   // seconds a primary point spans
    QList<Bucket> buckets; // ascending, known ones only
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

    // --- Added by the metrics-store work (see core/metrics/README in MetricStore.cpp) ---

    // Timestamps more than this ahead of the clock are rejected.
    static constexpr qint64 maxFutureSecs = 600;

    // Writes what append() buffered. append() buffers at most `flushIntervalMs` (<= 1 s)
    // or `maxBufferedSamples`; a background thread flushes on time; the destructor
    // flushes. On equal (series, timestamp) the later write wins. A failed flush keeps
    // the samples buffered for the next one.
    Status flush();
    // Rolls raw data up into the coarser archives and prunes what retention drops, so
    // the file does not grow without bound: every series, now. Safe to call from any
    // thread. The background thread does the same work in slices instead: every
    // maintenanceIntervalMs one of `maintenanceSlices` slices of the series (by id), so
    // each series is maintained once per slices x interval (10 min by default) and a pass
    // at Kurado's 100,000 series stays short; a series is pruned on every sixth visit.
    // Queries do not depend on it: what the rollups have not reached is computed from the
    // finer archives.
    Status maintain();

    IngestCounts counts() const;
    RetentionPolicy retention() const;
    // Saves the policy in the settings table and uses it from now on.
    Status setRetention(const RetentionPolicy& policy);
    // Retention by metric key (first matching rule wins, retention() for the rest): a
    // series' rollups, pruning and queries follow the rule its metric key matches.
    RetentionRules retentionRules() const;
    // The longest span any series keeps (the default's and every rule's coarsest archive):
    // a sample older than this would be dropped at once.
    qint64 longestRetentionSecs() const;
    // Saves the rules in the settings table and uses them from now on.
    Status setRetentionRules(const RetentionRules& rules);
    // A malformed retention setting: the store runs on the default and says why here.
    Status retentionStatus() const;

    void setFlushIntervalMs(int ms);       // clamped to 1..1000; default 500
    void setMaxBufferedSamples(int count); // default 50,000
    void setMaintenanceIntervalMs(int ms); // default 60,000; 0 turns the background maintenance off
    void setMaintenanceSlices(int slices); // default 10; 1: every series on every pass
    // One background pass now (the next slice), as the store's thread does on time.
    Status maintainSlice();

    // Which series a (machine, metric[, source]) names; NotFound when none.
    Result<SeriesInfo> resolve(const SeriesKey& key) const;
    Result<ConsolidatedData> consolidated(const MetricQuery& query) const;

    // The current run of failed writes (flushes or maintenance passes), none once both
    // succeed again: what failed, since when, how often. A failed flush keeps its
    // samples buffered and writes them on the next one that succeeds.
    std::optional<FailureRecord> lastFailure() const;

signals:
    // A flush or maintenance pass failed (emitted from the failing thread); `failures`
    // counts the failures since the last success.
    void writeFailed(const QString& message, int failures);
    // The first success after failures: what was buffered is written.
    void writeRecovered();
    // Emitted after a batch was committed, from the committing thread (the appending one,
    // or the store's flush thread when it flushed on time).
    void samplesAppended(const QStringList& machines);
    // Emitted (from the maintaining thread) after a maintenance pass.
    void maintained();

private:
    void runWorker();
    Status noteOutcome(FailureTracker& tracker, Status status);
    Status flushOn(QSqlDatabase& conn);
    Status flushBuffered(QSqlDatabase& conn);
    struct Slice
    {
        int index = 0;
        int count = 1;
        bool prune = true;
    };
    Status maintainOn(QSqlDatabase& conn, const Slice& slice);
    Status maintainSliceOn(QSqlDatabase& conn, const Slice& slice);
    Slice nextSlice();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace opsdeck
