#pragma once

// MetricStore's private state, shared by MetricStore.cpp (writing) and
// MetricStoreQuery.cpp (reading). Not part of the API.

#include "metrics/ChunkStore.h"
#include "metrics/MetricStore.h"
#include "metrics/RetentionRules.h"
#include "metrics/SeriesIdCache.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace opsdeck {

namespace detail {

struct BufferedSeries
{
    SeriesKey key;
    SeriesType type = SeriesType::Gauge;
    QList<RawPoint> points; // arrival order
};

} // namespace detail

struct MetricStore::Private
{
    std::shared_ptr<Database> db;
    const Clock& clock;
    ChunkStore chunks{RetentionPolicy::defaults()};
    RetentionRules rules; // by metric key, before `chunks`' policy (guarded by policyMutex)
    Status retentionStatus;

    // Buffer (guarded by bufferMutex).
    mutable QMutex bufferMutex;
    QHash<SeriesKey, detail::BufferedSeries> buffer;
    qint64 buffered = 0;
    QElapsedTimer oldest; // since the first buffered sample
    IngestCounts counts;
    int flushIntervalMs = 500;
    int maxBuffered = 50000;
    int maintenanceIntervalMs = 60000;
    int maintenanceSlices = 10;
    qint64 slicePasses = 0; // background passes so far (guarded by maintainMutex)

    QMutex flushMutex; // one writer of this store at a time
    SeriesIdCache ids; // guarded by flushMutex
    QMutex maintainMutex;
    mutable QMutex policyMutex; // guards `chunks` being replaced

    // Runs of failed writes, reported through lastFailure() and the signals.
    FailureTracker flushFailures;
    FailureTracker maintenanceFailures;

    // Background thread.
    std::mutex wakeMutex;
    std::condition_variable wake;
    bool stopping = false;
    std::thread worker;

    Private(std::shared_ptr<Database> d, const Clock& c) : db(std::move(d)), clock(c) {}

    ChunkStore currentChunks() const
    {
        QMutexLocker lock(&policyMutex);
        return chunks;
    }
    RetentionRules currentRules() const
    {
        QMutexLocker lock(&policyMutex);
        return rules;
    }
    // The chunks (policy) of the series with this metric key: the first matching rule's,
    // else the default `base`.
    static ChunkStore chunksOf(const ChunkStore& base, const RetentionRules& rules, const QString& metric)
    {
        if (rules.isEmpty())
            return base;
        const RetentionPolicy* p = rules.match(metric);
        return p ? ChunkStore(*p) : base;
    }
    ChunkStore chunksFor(const QString& metric) const
    {
        return chunksOf(currentChunks(), currentRules(), metric);
    }
};

} // namespace opsdeck
