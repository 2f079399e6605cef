#pragma once

#include "metrics/ChunkStore.h"

namespace opsdeck {

// Reads a series at one archive's resolution, the part its rollups have not reached
// yet computed from the finer archives (so a coarse chart ends at the last complete
// bucket, not at the last maintenance pass). Used by queries and by maintenance.
class ArchiveReader
{
public:
    ArchiveReader(const ChunkStore& store, QSqlDatabase& db, qint64 now)
        : m_store(store), m_db(db), m_now(now)
    {}

    // The finest archive whose retention reaches back to `from`, else the coarsest.
    int chooseArchive(qint64 from) const;

    // Primary data points (base step) for steps starting in [from, to).
    Result<QList<Bucket>> primaryPoints(const SeriesRow& s, qint64 from, qint64 to) const;
    // Rollup buckets of `archive` (>= 1) starting in [from, to); complete buckets only.
    Result<QList<Bucket>> buckets(const SeriesRow& s, int archive, qint64 from, qint64 to) const;
    // Rollup buckets built from the finer archive for [from, to) (what maintenance stores).
    Result<QList<Bucket>> rollUp(const SeriesRow& s, int archive, qint64 from, qint64 to) const;

private:
    const ChunkStore& m_store;
    QSqlDatabase& m_db;
    qint64 m_now;
};

} // namespace opsdeck
