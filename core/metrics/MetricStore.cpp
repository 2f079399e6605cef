#include "metrics/MetricStore.h"

#include "db/StatementCache.h"
#include "metrics/ArchiveReader.h"
#include "metrics/ChunkStore.h"
#include "metrics/MetricStorePrivate.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <cmath>
#include <condition_variable>
#include <mutex>
#include <thread>

Q_LOGGING_CATEGORY(lcMetrics, "opsdeck.metrics")

namespace opsdeck {

namespace {

// One series' maintenance: pending pieces into raw chunks, rollups up to the last
// complete bucket (rebuilding what a late write touched), and, when asked, pruning.
Status maintainSeries(const ChunkStore& chunks, QSqlDatabase& db, const SeriesRow& row, qint64 now,
                      bool prune)
{
    const RetentionPolicy& policy = chunks.policy();
    if (Status c = chunks.compactPending(db, row.id); !c.ok())
        return c;
    const ArchiveReader reader(chunks, db, now);
    std::optional<qint64> finerUntil;
    for (int a = 1; a < policy.archives().size(); ++a) {
        const qint64 step = policy.archives()[a].step;
        auto rolledUntil = chunks.rolledUntil(db, row.id, a);
        if (!rolledUntil.ok())
            return rolledUntil.error();
        const std::optional<qint64> rolled = *rolledUntil;
        qint64 start = rolled.value_or(SeriesMath::alignDown(row.firstTs, step));
        if (row.dirtyFrom)
            start = std::min(start, SeriesMath::alignDown(*row.dirtyFrom, step));
        qint64 end = SeriesMath::alignDown(now - policy.heartbeat(), step);
        if (finerUntil)
            end = std::min(end, SeriesMath::alignDown(*finerUntil, step));
        // Nothing older than this archive keeps needs building.
        start = std::max(start, SeriesMath::alignDown(now - policy.archives()[a].retention, step));
        if (end > start) {
            auto built = reader.rollUp(row, a, start, end);
            if (!built.ok())
                return built.error();
            const qint64 keepBefore = now - policy.archives()[a - 1].retention;
            if (Status w = chunks.writeBuckets(db, row.id, a, *built, start, end, keepBefore); !w.ok())
                return w;
        }
        const qint64 until = std::max(end, rolled.value_or(end));
        if (!rolled || until != *rolled)
            if (Status u = chunks.setRolledUntil(db, row.id, a, until); !u.ok())
                return u;
        finerUntil = until;
    }
    if (row.dirtyFrom)
        if (Status c = chunks.clearDirty(db, row.id); !c.ok())
            return c;
    if (!prune)
        return {};
    return chunks.prune(db, row, now);
}

} // namespace

MetricStore::MetricStore(std::shared_ptr<Database> db, const Clock& clock, QObject* parent)
    : QObject(parent), d(std::make_unique<Private>(std::move(db), clock))
{
    QSqlDatabase conn = d->db->connection();
    auto policy = RetentionPolicy::load(conn);
    if (policy.ok()) {
        d->chunks = ChunkStore(*policy);
    } else {
        d->retentionStatus = policy.error();
        qCWarning(lcMetrics) << policy.error().message;
    }
    auto rules = RetentionRules::load(conn);
    if (rules.ok()) {
        d->rules = *rules;
    } else if (d->retentionStatus.ok()) {
        d->retentionStatus = rules.error();
        qCWarning(lcMetrics) << rules.error().message;
    }

    d->worker = std::thread([this] { runWorker(); });
}

void MetricStore::runWorker()
{
    // This thread's own connection, from the one place that opens them; it is closed
    // when the thread ends. An in-memory database cannot be shared with a second
    // connection: then only append() (when the buffer is full), flush() and the
    // destructor write.
    std::optional<QSqlDatabase> conn;
    if (!d->db->isPrivatePerConnection()) {
        auto opened = d->db->tryConnection();
        if (opened.ok())
            conn = *opened;
        else
            (void)noteOutcome(d->flushFailures, opened.error());
    }
    QElapsedTimer sinceMaintenance;
    sinceMaintenance.start();
    std::unique_lock lock(d->wakeMutex);
    while (!d->stopping) {
        d->wake.wait_for(lock, std::chrono::milliseconds(100));
        if (d->stopping || !conn)
            continue;
        lock.unlock();
        bool due = false;
        int maintenanceMs = 0;
        {
            QMutexLocker b(&d->bufferMutex);
            due = d->buffered > 0 && d->oldest.isValid() && d->oldest.elapsed() >= d->flushIntervalMs;
            maintenanceMs = d->maintenanceIntervalMs;
        }
        // Failures reach the user through lastFailure() and writeFailed().
        if (due)
            (void)flushOn(*conn);
        if (maintenanceMs > 0 && sinceMaintenance.elapsed() >= maintenanceMs) {
            sinceMaintenance.restart();
            (void)maintainOn(*conn, nextSlice());
        }
        lock.lock();
    }
    conn.reset();
    d->db->releaseConnection();
}

MetricStore::~MetricStore()
{
    {
        std::lock_guard lock(d->wakeMutex);
        d->stopping = true;
    }
    d->wake.notify_all();
    if (d->worker.joinable())
        d->worker.join();
    if (Status s = flush(); !s.ok())
        qCWarning(lcMetrics) << "samples lost at shutdown:" << s.error().message;
}

Status MetricStore::append(const SampleBatch& batch)
{
    const qint64 latest = d->clock.nowSecs() + maxFutureSecs;
    bool full = false;
    {
        QMutexLocker lock(&d->bufferMutex);
        for (const IncomingSample& s : batch) {
            if (!std::isfinite(s.value)) {
                ++d->counts.rejectedNonFinite;
                continue;
            }
            if (s.timestamp > latest) {
                ++d->counts.rejectedFuture;
                continue;
            }
            if (s.key.metric.isEmpty() || s.timestamp < 0) {
                ++d->counts.rejectedInvalid;
                continue;
            }
            detail::BufferedSeries& b = d->buffer[s.key];
            if (b.points.isEmpty()) {
                b.key = s.key;
                b.type = s.type;
            } else if (b.type != s.type) {
                ++d->counts.rejectedTypeMismatch;
                continue;
            }
            b.points.append({s.timestamp, s.value});
            if (d->buffered++ == 0)
                d->oldest.start();
            ++d->counts.accepted;
        }
        full = d->buffered >= d->maxBuffered;
    }
    if (full)
        return flush();
    return {};
}

Status MetricStore::flush()
{
    QSqlDatabase conn = d->db->connection();
    return flushOn(conn);
}

std::optional<FailureRecord> MetricStore::lastFailure() const
{
    return FailureTracker::latest({&d->flushFailures, &d->maintenanceFailures});
}

Status MetricStore::noteOutcome(FailureTracker& tracker, Status status)
{
    if (!status.ok()) {
        const FailureRecord run = tracker.fail(status.error(), d->clock.nowMs());
        emit writeFailed(status.error().message, run.failures);
    } else if (tracker.succeed() && !lastFailure()) {
        emit writeRecovered();
    }
    return status;
}

Status MetricStore::flushOn(QSqlDatabase& conn)
{
    return noteOutcome(d->flushFailures, flushBuffered(conn));
}

Status MetricStore::flushBuffered(QSqlDatabase& conn)
{
    QMutexLocker writer(&d->flushMutex);
    QHash<SeriesKey, detail::BufferedSeries> taken;
    {
        QMutexLocker lock(&d->bufferMutex);
        if (d->buffered == 0)
            return {};
        taken.swap(d->buffer);
        d->buffered = 0;
        d->oldest.invalidate();
    }
    const ChunkStore chunks = d->currentChunks();
    const qint64 now = d->clock.nowSecs();
    qint64 committed = 0;
    qint64 mismatched = 0;
    QSet<QString> machines;
    // Statements prepared once per flush, not once per series.
    StatementCache statements(conn);
    StatementCache::Scope scope(statements);
    Status s = Database::transactionOn(conn, [&](QSqlDatabase& db) -> Status {
        committed = 0;
        mismatched = 0;
        d->ids.discard();
        PendingWriter pending(db);
        for (auto it = taken.begin(); it != taken.end(); ++it) {
            detail::BufferedSeries& b = it.value();
            auto cached = d->ids.resolve(db, chunks, b.key, b.type, now);
            if (!cached.ok())
                return cached.error();
            if (cached->type != b.type) {
                mismatched += b.points.size();
                continue;
            }
            QList<RawPoint> points = b.points;
            ChunkFormat::sortKeepLast(points);
            if (Status a = pending.add(cached->id, points); !a.ok())
                return a;
            committed += b.points.size();
            machines.insert(b.key.machine);
        }
        return {};
    });
    if (!s.ok()) {
        // Keep everything for the next attempt: nothing accepted is dropped on a locked file.
        QMutexLocker lock(&d->bufferMutex);
        for (auto it = taken.begin(); it != taken.end(); ++it) {
            detail::BufferedSeries& into = d->buffer[it.key()];
            if (into.points.isEmpty()) {
                into = it.value();
            } else {
                QList<RawPoint> merged = it->points;
                merged.append(into.points);
                into.points = merged;
            }
            d->buffered += it->points.size();
        }
        if (!d->oldest.isValid())
            d->oldest.start();
        d->ids.clear(); // a series may have been pruned by another process
        return s;
    }
    d->ids.commit();
    {
        QMutexLocker lock(&d->bufferMutex);
        d->counts.committed += committed;
        d->counts.rejectedTypeMismatch += mismatched;
    }
    if (!machines.isEmpty()) {
        QStringList list(machines.begin(), machines.end());
        list.sort();
        emit samplesAppended(list);
    }
    return {};
}

Status MetricStore::maintain()
{
    QSqlDatabase conn = d->db->connection();
    return maintainOn(conn, Slice{});
}

Status MetricStore::maintainSlice()
{
    QSqlDatabase conn = d->db->connection();
    return maintainOn(conn, nextSlice());
}

MetricStore::Slice MetricStore::nextSlice()
{
    int slices = 1;
    {
        QMutexLocker b(&d->bufferMutex);
        slices = d->maintenanceSlices;
    }
    QMutexLocker lock(&d->maintainMutex);
    const qint64 pass = d->slicePasses++;
    // Each series is pruned on every sixth visit (hourly at the defaults), the slices
    // staggered so that one pass in six prunes rather than the first ten in sixty.
    constexpr qint64 kPruneEvery = 6;
    const int slice = int(pass % slices);
    return Slice{slice, slices, (pass / slices + slice) % kPruneEvery == 0};
}

Status MetricStore::maintainOn(QSqlDatabase& conn, const Slice& slice)
{
    return noteOutcome(d->maintenanceFailures, maintainSliceOn(conn, slice));
}

Status MetricStore::maintainSliceOn(QSqlDatabase& conn, const Slice& slice)
{
    QMutexLocker lock(&d->maintainMutex);
    // A few hundred series per transaction: a pass over 100,000 series does not hold the
    // write lock for its whole length, nor pay a commit per series.
    constexpr int kSeriesPerTransaction = 256;
    StatementCache cache(conn);
    StatementCache::Scope scope(cache);
    const ChunkStore chunks = d->currentChunks();
    const RetentionRules rules = d->currentRules();
    const qint64 now = d->clock.nowSecs();
    bool deleted = false;
    qint64 afterId = 0;
    for (bool more = true; more;) {
        Status s = Database::transactionOn(conn, [&](QSqlDatabase& db) -> Status {
            auto batch = chunks.seriesSlice(db, slice.index, slice.count, afterId, kSeriesPerTransaction);
            if (!batch.ok())
                return batch.error();
            more = batch->size() == kSeriesPerTransaction;
            for (const SeriesRow& row : std::as_const(*batch)) {
                afterId = row.id;
                const ChunkStore own = Private::chunksOf(chunks, rules, row.key.metric);
                if (Status m = maintainSeries(own, db, row, now, slice.prune); !m.ok())
                    return m;
                if (row.lastTs > 0 && row.lastTs < now - own.policy().archives().last().retention)
                    deleted = true;
            }
            return {};
        });
        if (!s.ok())
            return s;
    }
    if (deleted) {
        QMutexLocker writer(&d->flushMutex);
        d->ids.clear();
    }
    emit maintained();
    return {};
}

IngestCounts MetricStore::counts() const
{
    QMutexLocker lock(&d->bufferMutex);
    return d->counts;
}

RetentionPolicy MetricStore::retention() const
{
    return d->currentChunks().policy();
}

Status MetricStore::setRetention(const RetentionPolicy& policy)
{
    QSqlDatabase conn = d->db->connection();
    if (Status s = policy.save(conn); !s.ok())
        return s;
    QMutexLocker lock(&d->policyMutex);
    d->chunks = ChunkStore(policy);
    d->retentionStatus = {};
    return {};
}

RetentionRules MetricStore::retentionRules() const
{
    return d->currentRules();
}

qint64 MetricStore::longestRetentionSecs() const
{
    qint64 longest = retention().archives().last().retention;
    const RetentionRules rules = retentionRules();
    for (const RetentionRules::Rule& r : rules.rules())
        longest = std::max(longest, r.policy.archives().last().retention);
    return longest;
}

Status MetricStore::setRetentionRules(const RetentionRules& rules)
{
    QSqlDatabase conn = d->db->connection();
    if (Status s = rules.save(conn); !s.ok())
        return s;
    QMutexLocker lock(&d->policyMutex);
    d->rules = rules;
    return {};
}

Status MetricStore::retentionStatus() const
{
    QMutexLocker lock(&d->policyMutex);
    return d->retentionStatus;
}

void MetricStore::setFlushIntervalMs(int ms)
{
    QMutexLocker lock(&d->bufferMutex);
    d->flushIntervalMs = std::clamp(ms, 1, 1000);
}

void MetricStore::setMaxBufferedSamples(int count)
{
    QMutexLocker lock(&d->bufferMutex);
    d->maxBuffered = std::max(1, count);
}

void MetricStore::setMaintenanceSlices(int slices)
{
    QMutexLocker lock(&d->bufferMutex);
    d->maintenanceSlices = std::max(1, slices);
}

void MetricStore::setMaintenanceIntervalMs(int ms)
{
    QMutexLocker lock(&d->bufferMutex);
    d->maintenanceIntervalMs = std::max(0, ms);
}

} // namespace opsdeck
