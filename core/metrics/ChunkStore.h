#pragma once

#include "metrics/RetentionPolicy.h"
#include "metrics/Sample.h"
#include "metrics/SeriesMath.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <optional>

namespace opsdeck {

// One row of metric_series.
struct SeriesRow
{
    qint64 id = 0;
    SeriesKey key;
    SeriesType type = SeriesType::Gauge;
    qint64 firstTs = 0;
    qint64 lastTs = 0;
    std::optional<qint64> dirtyFrom;
};

// Adds one flush's pieces with statements prepared once (ingest's hot path).
class PendingWriter
{
public:
    explicit PendingWriter(QSqlDatabase& db);
    // `points` ascending with unique timestamps.
    Status add(qint64 seriesId, const QList<RawPoint>& points);

private:
    QSqlQuery m_insert;
    bool m_ready = false;
};

// The SQL side of the metrics cache: series rows, pending pieces and compressed chunks
// (schema in core/db/migrations/0002_metrics.sql). Every method works on the caller's
// connection and transaction; none keeps state besides the retention policy.
class ChunkStore
{
public:
    explicit ChunkStore(RetentionPolicy policy) : m_policy(std::move(policy)) {}

    const RetentionPolicy& policy() const { return m_policy; }
    // Seconds covered by one chunk of `archive` (chunks start at multiples of it).
    qint64 chunkSpan(int archive) const;

    Result<SeriesRow> ensureSeries(QSqlDatabase& db, const SeriesKey& key, SeriesType type, qint64 now) const;
    // `key.source` empty: the source with the freshest data for (machine, metric).
    Result<std::optional<SeriesRow>> findSeries(QSqlDatabase& db, const SeriesKey& key) const;
    Result<std::optional<SeriesRow>> seriesById(QSqlDatabase& db, qint64 id) const;
    // Every series, or those of one machine; ordered by machine, metric, source.
    Result<QList<SeriesRow>> allSeries(QSqlDatabase& db, const std::optional<QString>& machine = {}) const;

    // Up to `limit` series with id > afterId and id % slices == slice, by id.
    Result<QList<SeriesRow>> seriesSlice(QSqlDatabase& db, int slice, int slices, qint64 afterId,
                                         int limit) const;

    // One flush's samples of one series (ascending, unique timestamps).
    Status addPending(QSqlDatabase& db, qint64 seriesId, const QList<RawPoint>& points) const;

    // Raw samples in [from, to], chunks and pending pieces merged; on equal timestamps the
    // later write wins.
    Result<QList<RawPoint>> readRaw(QSqlDatabase& db, qint64 seriesId, qint64 from, qint64 to) const;
    // Stored rollup buckets of `archive` starting in [from, to].
    Result<QList<Bucket>> readBuckets(QSqlDatabase& db, qint64 seriesId, int archive, qint64 from,
                                      qint64 to) const;

    // Moves the series' pending pieces into raw chunks.
    Status compactPending(QSqlDatabase& db, qint64 seriesId) const;
    // Replaces the buckets of [from, to) with `buckets`; a bucket the new data does not
    // have is kept when it starts before `keepBefore` (its finer data is already pruned).
    Status writeBuckets(QSqlDatabase& db, qint64 seriesId, int archive, const QList<Bucket>& buckets,
                        qint64 from, qint64 to, qint64 keepBefore) const;

    Result<std::optional<qint64>> rolledUntil(QSqlDatabase& db, qint64 seriesId, int archive) const;
    Status setRolledUntil(QSqlDatabase& db, qint64 seriesId, int archive, qint64 until) const;
    Status clearDirty(QSqlDatabase& db, qint64 seriesId) const;

    // Drops (or trims) chunks older than each archive's retention, and the series itself
    // when it has had no data for the longest retention.
    Status prune(QSqlDatabase& db, const SeriesRow& series, qint64 now) const;

private:
    Result<QList<RawPoint>> readRawChunk(QSqlDatabase& db, qint64 seriesId, qint64 chunkStart) const;
    Status writeRawChunk(QSqlDatabase& db, qint64 seriesId, qint64 chunkStart,
                         const QList<RawPoint>& points) const;
    Result<QList<Bucket>> readBucketChunk(QSqlDatabase& db, qint64 seriesId, int archive,
                                          qint64 chunkStart) const;
    Status writeBucketChunk(QSqlDatabase& db, qint64 seriesId, int archive, qint64 chunkStart,
                            const QList<Bucket>& buckets) const;
    Status putChunk(QSqlDatabase& db, qint64 seriesId, int archive, qint64 chunkStart, qint64 firstTs,
                    qint64 lastTs, qsizetype points, const QByteArray& data) const;

    RetentionPolicy m_policy;
};

// The encodings of a chunk's contents (ChunkCodec with one or four value columns).
namespace ChunkFormat {
QByteArray encodeRaw(const QList<RawPoint>& points);
Result<QList<RawPoint>> decodeRaw(const QByteArray& bytes);
QByteArray encodeBuckets(const QList<Bucket>& buckets);
Result<QList<Bucket>> decodeBuckets(const QByteArray& bytes);
// Sorts by timestamp; on equal timestamps keeps the later element (last write wins).
void sortKeepLast(QList<RawPoint>& points);
} // namespace ChunkFormat

} // namespace opsdeck
