#pragma once

#include "metrics/ChunkStore.h"
#include "metrics/Sample.h"
#include "util/Result.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>

namespace opsdeck {

inline size_t qHash(const SeriesKey& k, size_t seed = 0)
{
    return qHashMulti(seed, k.machine, k.metric, k.source);
}

// The ids of the series a store writes to, so a flush looks up each series once per
// process rather than once per flush.
//
// A series missing from memory is looked up with every other series of its machine in
// one query (a process that starts, polls each machine once and exits, as a cron'd
// `metrics poll --once` does, would otherwise run two statements per series: about
// 500 per node_exporter target); only a series that is not in the database yet is
// created one by one. What a transaction found is staged until commit(): a rolled-back
// transaction leaves the cache as it was. Not thread-safe: the store's flush mutex
// guards it.
class SeriesIdCache
{
public:
    struct Entry
    {
        qint64 id = 0;
        SeriesType type = SeriesType::Gauge;
    };

    // Inside the caller's write transaction on `db`: the id and type of `key`, created
    // with `type` when it does not exist.
    Result<Entry> resolve(QSqlDatabase& db, const ChunkStore& chunks, const SeriesKey& key, SeriesType type,
                          qint64 now);
    // The transaction committed: what it found is known from now on.
    void commit();
    // The transaction rolled back: forget what it found.
    void discard();
    // Forget everything (series may have been deleted).
    void clear();

private:
    const Entry* known(const SeriesKey& key) const;

    QHash<SeriesKey, Entry> m_known;
    QSet<QString> m_loadedMachines; // every series of these machines is in m_known
    QHash<SeriesKey, Entry> m_staged;
    QSet<QString> m_stagedMachines;
};

} // namespace opsdeck
