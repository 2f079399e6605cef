#include "metrics/ChunkStore.h"

#include "db/Database.h"
#include "db/StatementCache.h"
#include "metrics/ChunkCodec.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <cmath>

namespace opsdeck {

namespace {

constexpr qint64 kRawPointsPerChunk = 60; // one hour of one-minute samples
constexpr qint64 kBucketsPerChunk = 256;  // a few KB: one full overflow page plus a shared local part

using SeriesMath::alignDown;

SeriesRow rowFrom(const StatementRows& q)
{
    SeriesRow r;
    r.id = q.value(0).toLongLong();
    r.key = {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    r.type = seriesTypeFromName(q.value(4).toString()).value_or(SeriesType::Gauge);
    r.firstTs = q.value(5).toLongLong();
    r.lastTs = q.value(6).toLongLong();
    if (!q.value(7).isNull())
        r.dirtyFrom = q.value(7).toLongLong();
    return r;
}

// SQLite stores a null QString as NULL; keys are never NULL (an empty machine is "").
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

const QString kSeriesColumns = QStringLiteral(
    "id, machine, metric, source, type, coalesce(first_ts, 0), coalesce(last_ts, 0), dirty_from");

} // namespace

namespace ChunkFormat {

QByteArray encodeRaw(const QList<RawPoint>& points)
{
    ChunkCodec::Columns c;
    c.timestamps.reserve(points.size());
    QList<double> values;
    values.reserve(points.size());
    for (const RawPoint& p : points) {
        c.timestamps.append(p.timestamp);
        values.append(p.value);
    }
    c.values.append(values);
    return ChunkCodec::encode(c);
}

Result<QList<RawPoint>> decodeRaw(const QByteArray& bytes)
{
    auto c = ChunkCodec::decode(bytes);
    if (!c.ok())
        return c.error();
    if (c->values.size() != 1)
        return Error::failure(
            QCoreApplication::translate("ChunkStore", "a raw metrics chunk has %1 value columns instead of 1")
                .arg(c->values.size()));
    QList<RawPoint> out;
    out.reserve(c->timestamps.size());
    for (qsizetype i = 0; i < c->timestamps.size(); ++i)
        out.append({c->timestamps[i], c->values[0][i]});
    return out;
}

QByteArray encodeBuckets(const QList<Bucket>& buckets)
{
    ChunkCodec::Columns c;
    QList<double> avg, mn, mx, count;
    for (const Bucket& b : buckets) {
        c.timestamps.append(b.start);
        avg.append(b.avg);
        mn.append(b.min);
        mx.append(b.max);
        count.append(double(b.count));
    }
    c.values = {avg, mn, mx, count};
    return ChunkCodec::encode(c);
}

Result<QList<Bucket>> decodeBuckets(const QByteArray& bytes)
{
    auto c = ChunkCodec::decode(bytes);
    if (!c.ok())
        return c.error();
    if (c->values.size() != 4)
        return Error::failure(QCoreApplication::translate(
                                  "ChunkStore", "a rollup metrics chunk has %1 value columns instead of 4")
                                  .arg(c->values.size()));
    QList<Bucket> out;
    out.reserve(c->timestamps.size());
    for (qsizetype i = 0; i < c->timestamps.size(); ++i) {
        // A damaged chunk can hold anything; a count that is not a finite number is a
        // damaged chunk, not a value to convert (NaN to an integer is undefined).
        const double count = c->values[3][i];
        if (!std::isfinite(count))
            return Error::failure(QCoreApplication::translate(
                "ChunkStore", "a rollup metrics chunk is damaged (a bucket count is not a number)"));
        out.append({c->timestamps[i], c->values[0][i], c->values[1][i], c->values[2][i],
                    quint32(std::clamp(count, 0.0, 4294967295.0))});
    }
    return out;
}

void sortKeepLast(QList<RawPoint>& points)
{
    std::stable_sort(points.begin(), points.end(),
                     [](const RawPoint& a, const RawPoint& b) { return a.timestamp < b.timestamp; });
    qsizetype w = 0;
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (w > 0 && points[w - 1].timestamp == points[i].timestamp)
            points[w - 1] = points[i];
        else
            points[w++] = points[i];
    }
    points.resize(w);
}

} // namespace ChunkFormat

qint64 ChunkStore::chunkSpan(int archive) const
{
    const qint64 step = m_policy.archives().at(archive).step;
    return step * (archive == 0 ? kRawPointsPerChunk : kBucketsPerChunk);
}

Result<SeriesRow> ChunkStore::ensureSeries(QSqlDatabase& db, const SeriesKey& key, SeriesType type,
                                           qint64 now) const
{
    auto ins = StatementCache::run(
        db,
        QStringLiteral("INSERT INTO metric_series (machine, metric, source, type, created_at) "
                       "VALUES (coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), ?, ?) ON "
                       "CONFLICT (machine, metric, source) DO NOTHING"),
        {text(key.machine), text(key.metric), text(key.source), seriesTypeName(type), now});
    if (!ins.ok())
        return ins.error();
    auto found = findSeries(db, key);
    if (!found.ok())
        return found.error();
    if (!found->has_value())
        return Error::failure(
            QCoreApplication::translate("ChunkStore", "the series %1 could not be created").arg(key.metric));
    return **found;
}

Result<std::optional<SeriesRow>> ChunkStore::findSeries(QSqlDatabase& db, const SeriesKey& key) const
{
    auto q =
        key.source.isEmpty()
            ? StatementCache::run(db,
                                  QStringLiteral("SELECT %1 FROM metric_series WHERE machine = coalesce(?, "
                                                 "'') AND metric = coalesce(?, '') "
                                                 "ORDER BY coalesce(last_ts, 0) DESC, id LIMIT 1")
                                      .arg(kSeriesColumns),
                                  {key.machine, key.metric})
            : StatementCache::run(db,
                                  QStringLiteral("SELECT %1 FROM metric_series WHERE machine = coalesce(?, "
                                                 "'') AND metric = coalesce(?, '') "
                                                 "AND source = coalesce(?, '')")
                                      .arg(kSeriesColumns),
                                  {key.machine, key.metric, key.source});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<SeriesRow>{};
    return std::optional<SeriesRow>{rowFrom(*q)};
}

Result<std::optional<SeriesRow>> ChunkStore::seriesById(QSqlDatabase& db, qint64 id) const
{
    auto q = StatementCache::run(
        db, QStringLiteral("SELECT %1 FROM metric_series WHERE id = ?").arg(kSeriesColumns), {id});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<SeriesRow>{};
    return std::optional<SeriesRow>{rowFrom(*q)};
}

Result<QList<SeriesRow>> ChunkStore::allSeries(QSqlDatabase& db, const std::optional<QString>& machine) const
{
    auto q = machine ? StatementCache::run(
                           db,
                           QStringLiteral("SELECT %1 FROM metric_series WHERE machine = coalesce(?, '') "
                                          "ORDER BY machine, metric, source")
                               .arg(kSeriesColumns),
                           {text(*machine)})
                     : StatementCache::run(
                           db, QStringLiteral("SELECT %1 FROM metric_series ORDER BY machine, metric, source")
                                   .arg(kSeriesColumns));
    if (!q.ok())
        return q.error();
    QList<SeriesRow> out;
    while (q->next())
        out.append(rowFrom(*q));
    return out;
}

Result<QList<SeriesRow>> ChunkStore::seriesSlice(QSqlDatabase& db, int slice, int slices, qint64 afterId,
                                                 int limit) const
{
    auto q = StatementCache::run(db,
                                 QStringLiteral("SELECT %1 FROM metric_series WHERE id > ? AND id % ? = ? "
                                                "ORDER BY id LIMIT ?")
                                     .arg(kSeriesColumns),
                                 {afterId, qint64(std::max(1, slices)), qint64(slice), qint64(limit)});
    if (!q.ok())
        return q.error();
    QList<SeriesRow> out;
    while (q->next())
        out.append(rowFrom(*q));
    return out;
}

PendingWriter::PendingWriter(QSqlDatabase& db) : m_insert(db)
{
    // The series' first_ts, last_ts and dirty_from follow in SQLite (trigger
    // metric_pending_updates_series, migration 0005).
    m_ready = m_insert.prepare(QStringLiteral(
        "INSERT INTO metric_pending (series_id, first_ts, last_ts, data) VALUES (?, ?, ?, ?)"));
}

Status PendingWriter::add(qint64 seriesId, const QList<RawPoint>& points)
{
    if (!m_ready)
        return Database::sqlError(QCoreApplication::translate("ChunkStore", "preparing a statement failed"),
                                  m_insert.lastError());
    if (points.isEmpty())
        return {};
    m_insert.bindValue(0, seriesId);
    m_insert.bindValue(1, points.first().timestamp);
    m_insert.bindValue(2, points.last().timestamp);
    m_insert.bindValue(3, ChunkFormat::encodeRaw(points));
    if (!m_insert.exec())
        return Database::sqlError(QCoreApplication::translate("ChunkStore", "storing samples failed"),
                                  m_insert.lastError());
    return {};
}

Status ChunkStore::addPending(QSqlDatabase& db, qint64 seriesId, const QList<RawPoint>& points) const
{
    PendingWriter w(db);
    return w.add(seriesId, points);
}

Result<QList<RawPoint>> ChunkStore::readRaw(QSqlDatabase& db, qint64 seriesId, qint64 from, qint64 to) const
{
    QList<RawPoint> out;
    const qint64 span = chunkSpan(0);
    auto chunks = StatementCache::run(
        db,
        QStringLiteral("SELECT data FROM metric_chunks WHERE series_id = ? AND archive = 0 "
                       "AND chunk_start BETWEEN ? AND ? ORDER BY chunk_start"),
        {seriesId, alignDown(from, span), to});
    if (!chunks.ok())
        return chunks.error();
    while (chunks->next()) {
        auto pts = ChunkFormat::decodeRaw(chunks->value(0).toByteArray());
        if (!pts.ok())
            return pts.error();
        for (const RawPoint& p : std::as_const(*pts))
            if (p.timestamp >= from && p.timestamp <= to)
                out.append(p);
    }
    auto pending = StatementCache::run(db,
                                       QStringLiteral("SELECT data FROM metric_pending WHERE series_id = ? "
                                                      "AND last_ts >= ? AND first_ts <= ? ORDER BY id"),
                                       {seriesId, from, to});
    if (!pending.ok())
        return pending.error();
    bool merged = false;
    while (pending->next()) {
        auto pts = ChunkFormat::decodeRaw(pending->value(0).toByteArray());
        if (!pts.ok())
            return pts.error();
        for (const RawPoint& p : std::as_const(*pts))
            if (p.timestamp >= from && p.timestamp <= to)
                out.append(p);
        merged = true;
    }
    if (merged)
        ChunkFormat::sortKeepLast(out);
    return out;
}

Result<QList<Bucket>> ChunkStore::readBuckets(QSqlDatabase& db, qint64 seriesId, int archive, qint64 from,
                                              qint64 to) const
{
    QList<Bucket> out;
    const qint64 span = chunkSpan(archive);
    auto chunks = StatementCache::run(
        db,
        QStringLiteral("SELECT data FROM metric_chunks WHERE series_id = ? AND archive = ? "
                       "AND chunk_start BETWEEN ? AND ? ORDER BY chunk_start"),
        {seriesId, archive, alignDown(from, span), to});
    if (!chunks.ok())
        return chunks.error();
    while (chunks->next()) {
        auto buckets = ChunkFormat::decodeBuckets(chunks->value(0).toByteArray());
        if (!buckets.ok())
            return buckets.error();
        for (const Bucket& b : std::as_const(*buckets))
            if (b.start >= from && b.start <= to)
                out.append(b);
    }
    return out;
}

Result<QList<RawPoint>> ChunkStore::readRawChunk(QSqlDatabase& db, qint64 seriesId, qint64 chunkStart) const
{
    auto q = StatementCache::run(
        db,
        QStringLiteral(
            "SELECT data FROM metric_chunks WHERE series_id = ? AND archive = 0 AND chunk_start = ?"),
        {seriesId, chunkStart});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return QList<RawPoint>{};
    return ChunkFormat::decodeRaw(q->value(0).toByteArray());
}

Result<QList<Bucket>> ChunkStore::readBucketChunk(QSqlDatabase& db, qint64 seriesId, int archive,
                                                  qint64 chunkStart) const
{
    auto q = StatementCache::run(
        db,
        QStringLiteral(
            "SELECT data FROM metric_chunks WHERE series_id = ? AND archive = ? AND chunk_start = ?"),
        {seriesId, archive, chunkStart});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return QList<Bucket>{};
    return ChunkFormat::decodeBuckets(q->value(0).toByteArray());
}

Status ChunkStore::putChunk(QSqlDatabase& db, qint64 seriesId, int archive, qint64 chunkStart, qint64 firstTs,
                            qint64 lastTs, qsizetype points, const QByteArray& data) const
{
    if (points == 0) {
        auto del = StatementCache::run(
            db,
            QStringLiteral(
                "DELETE FROM metric_chunks WHERE series_id = ? AND archive = ? AND chunk_start = ?"),
            {seriesId, archive, chunkStart});
        return del.ok() ? Status{} : Status{del.error()};
    }
    auto put = StatementCache::run(
        db,
        QStringLiteral("INSERT INTO metric_chunks (series_id, archive, chunk_start, first_ts, "
                       "last_ts, points, data) VALUES (?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (series_id, archive, chunk_start) DO UPDATE SET "
                       "first_ts = excluded.first_ts, last_ts = excluded.last_ts, "
                       "points = excluded.points, data = excluded.data"),
        {seriesId, archive, chunkStart, firstTs, lastTs, qint64(points), data});
    return put.ok() ? Status{} : Status{put.error()};
}

Status ChunkStore::writeRawChunk(QSqlDatabase& db, qint64 seriesId, qint64 chunkStart,
                                 const QList<RawPoint>& points) const
{
    if (points.isEmpty())
        return putChunk(db, seriesId, 0, chunkStart, 0, 0, 0, {});
    return putChunk(db, seriesId, 0, chunkStart, points.first().timestamp, points.last().timestamp,
                    points.size(), ChunkFormat::encodeRaw(points));
}

Status ChunkStore::writeBucketChunk(QSqlDatabase& db, qint64 seriesId, int archive, qint64 chunkStart,
                                    const QList<Bucket>& buckets) const
{
    if (buckets.isEmpty())
        return putChunk(db, seriesId, archive, chunkStart, 0, 0, 0, {});
    return putChunk(db, seriesId, archive, chunkStart, buckets.first().start, buckets.last().start,
                    buckets.size(), ChunkFormat::encodeBuckets(buckets));
}

Status ChunkStore::compactPending(QSqlDatabase& db, qint64 seriesId) const
{
    auto q = StatementCache::run(
        db, QStringLiteral("SELECT id, data FROM metric_pending WHERE series_id = ? ORDER BY id"),
        {seriesId});
    if (!q.ok())
        return q.error();
    QList<RawPoint> incoming;
    qint64 maxId = -1;
    while (q->next()) {
        maxId = q->value(0).toLongLong();
        auto pts = ChunkFormat::decodeRaw(q->value(1).toByteArray());
        if (!pts.ok())
            return pts.error();
        incoming.append(*pts);
    }
    if (maxId < 0)
        return {};
    ChunkFormat::sortKeepLast(incoming);
    const qint64 span = chunkSpan(0);
    qsizetype i = 0;
    while (i < incoming.size()) {
        const qint64 chunkStart = alignDown(incoming[i].timestamp, span);
        qsizetype j = i;
        while (j < incoming.size() && incoming[j].timestamp < chunkStart + span)
            ++j;
        auto existing = readRawChunk(db, seriesId, chunkStart);
        if (!existing.ok())
            return existing.error();
        QList<RawPoint> merged = *existing;
        merged.append(incoming.mid(i, j - i));
        ChunkFormat::sortKeepLast(merged);
        if (Status s = writeRawChunk(db, seriesId, chunkStart, merged); !s.ok())
            return s;
        i = j;
    }
    auto del = StatementCache::run(
        db, QStringLiteral("DELETE FROM metric_pending WHERE series_id = ? AND id <= ?"), {seriesId, maxId});
    return del.ok() ? Status{} : Status{del.error()};
}

Status ChunkStore::writeBuckets(QSqlDatabase& db, qint64 seriesId, int archive, const QList<Bucket>& buckets,
                                qint64 from, qint64 to, qint64 keepBefore) const
{
    if (to <= from)
        return {};
    const qint64 span = chunkSpan(archive);
    qsizetype bi = 0;
    for (qint64 chunkStart = alignDown(from, span); chunkStart < to; chunkStart += span) {
        const qint64 chunkEnd = chunkStart + span;
        QList<Bucket> fresh;
        while (bi < buckets.size() && buckets[bi].start < chunkEnd) {
            if (buckets[bi].start >= chunkStart)
                fresh.append(buckets[bi]);
            ++bi;
        }
        auto existing = readBucketChunk(db, seriesId, archive, chunkStart);
        if (!existing.ok())
            return existing.error();
        if (existing->isEmpty() && fresh.isEmpty())
            continue;
        QList<Bucket> merged;
        qsizetype fi = 0;
        for (const Bucket& old : std::as_const(*existing)) {
            while (fi < fresh.size() && fresh[fi].start < old.start)
                merged.append(fresh[fi++]);
            const bool inRange = old.start >= from && old.start < to;
            const bool replaced = fi < fresh.size() && fresh[fi].start == old.start;
            if (replaced)
                merged.append(fresh[fi++]);
            else if (!inRange || old.start < keepBefore)
                merged.append(old);
        }
        while (fi < fresh.size())
            merged.append(fresh[fi++]);
        if (Status s = writeBucketChunk(db, seriesId, archive, chunkStart, merged); !s.ok())
            return s;
    }
    return {};
}

Result<std::optional<qint64>> ChunkStore::rolledUntil(QSqlDatabase& db, qint64 seriesId, int archive) const
{
    auto q = StatementCache::run(
        db,
        QStringLiteral("SELECT rolled_until FROM metric_rollup_state WHERE series_id = ? AND archive = ?"),
        {seriesId, archive});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<qint64>{};
    return std::optional<qint64>{q->value(0).toLongLong()};
}

Status ChunkStore::setRolledUntil(QSqlDatabase& db, qint64 seriesId, int archive, qint64 until) const
{
    auto q = StatementCache::run(
        db,
        QStringLiteral("INSERT INTO metric_rollup_state (series_id, archive, rolled_until) "
                       "VALUES (?, ?, ?) ON CONFLICT (series_id, archive) DO UPDATE SET "
                       "rolled_until = excluded.rolled_until"),
        {seriesId, archive, until});
    return q.ok() ? Status{} : Status{q.error()};
}

Status ChunkStore::clearDirty(QSqlDatabase& db, qint64 seriesId) const
{
    auto q = StatementCache::run(
        db, QStringLiteral("UPDATE metric_series SET dirty_from = NULL WHERE id = ?"), {seriesId});
    return q.ok() ? Status{} : Status{q.error()};
}

Status ChunkStore::prune(QSqlDatabase& db, const SeriesRow& series, qint64 now) const
{
    const auto& archives = m_policy.archives();
    qint64 longest = 0;
    for (const auto& a : archives)
        longest = std::max(longest, a.retention);
    if (series.lastTs > 0 && series.lastTs < now - longest) {
        auto del =
            StatementCache::run(db, QStringLiteral("DELETE FROM metric_series WHERE id = ?"), {series.id});
        return del.ok() ? Status{} : Status{del.error()};
    }
    // One look at every archive's chunks up to the one across its cutoff (usually just
    // that one): whole chunks that end before the cutoff go, their pages reused by new
    // chunks; the chunk across it is trimmed once an eighth of it (or of the retention,
    // when that is shorter) is stale, at least a step.
    QString sql =
        QStringLiteral("SELECT id, archive, chunk_start, first_ts FROM metric_chunks WHERE series_id = ? "
                       "AND (");
    QVariantList bindings{series.id};
    for (int a = 0; a < archives.size(); ++a) {
        sql += QLatin1String(a == 0 ? "" : " OR ") + QStringLiteral("(archive = ? AND chunk_start <= ?)");
        bindings << a << alignDown(now - archives[a].retention, chunkSpan(a));
    }
    sql += QStringLiteral(") ORDER BY archive, chunk_start");
    auto q = StatementCache::run(db, sql, bindings);
    if (!q.ok())
        return q.error();
    QList<qint64> expired;
    QList<std::pair<int, qint64>> trims; // (archive, chunk start)
    while (q->next()) {
        const int a = q->value(1).toInt();
        const qint64 chunkStart = q->value(2).toLongLong();
        const qint64 cutoff = now - archives[a].retention;
        const qint64 span = chunkSpan(a);
        const qint64 trimAfter = std::max(archives[a].step, std::min(span, archives[a].retention) / 8);
        if (chunkStart + span <= cutoff)
            expired << q->value(0).toLongLong();
        else if (cutoff - q->value(3).toLongLong() >= trimAfter)
            trims << std::pair{a, chunkStart};
    }
    for (qint64 id : std::as_const(expired)) {
        auto del = StatementCache::run(db, QStringLiteral("DELETE FROM metric_chunks WHERE id = ?"), {id});
        if (!del.ok())
            return del.error();
    }
    for (const auto& [a, straddle] : std::as_const(trims)) {
        const qint64 cutoff = now - archives[a].retention;
        if (a == 0) {
            auto pts = readRawChunk(db, series.id, straddle);
            if (!pts.ok())
                return pts.error();
            QList<RawPoint> kept;
            for (const RawPoint& p : std::as_const(*pts))
                if (p.timestamp >= cutoff)
                    kept.append(p);
            if (Status s = writeRawChunk(db, series.id, straddle, kept); !s.ok())
                return s;
        } else {
            auto buckets = readBucketChunk(db, series.id, a, straddle);
            if (!buckets.ok())
                return buckets.error();
            QList<Bucket> kept;
            for (const Bucket& b : std::as_const(*buckets))
                if (b.start >= cutoff)
                    kept.append(b);
            if (Status s = writeBucketChunk(db, series.id, a, straddle, kept); !s.ok())
                return s;
        }
    }
    return {};
}

} // namespace opsdeck
