#include "metrics/SeriesIdCache.h"

namespace opsdeck {

const SeriesIdCache::Entry* SeriesIdCache::known(const SeriesKey& key) const
{
    if (auto it = m_known.constFind(key); it != m_known.constEnd())
        return &*it;
    if (auto it = m_staged.constFind(key); it != m_staged.constEnd())
        return &*it;
    return nullptr;
}

Result<SeriesIdCache::Entry> SeriesIdCache::resolve(QSqlDatabase& db, const ChunkStore& chunks,
                                                    const SeriesKey& key, SeriesType type, qint64 now)
{
    if (const Entry* e = known(key))
        return *e;
    if (!m_loadedMachines.contains(key.machine) && !m_stagedMachines.contains(key.machine)) {
        auto rows = chunks.allSeries(db, key.machine);
        if (!rows.ok())
            return rows.error();
        for (const SeriesRow& row : std::as_const(*rows))
            if (!m_known.contains(row.key))
                m_staged.insert(row.key, Entry{row.id, row.type});
        m_stagedMachines.insert(key.machine);
        if (const Entry* e = known(key))
            return *e;
    }
    auto row = chunks.ensureSeries(db, key, type, now);
    if (!row.ok())
        return row.error();
    const Entry e{row->id, row->type};
    m_staged.insert(key, e);
    return e;
}

void SeriesIdCache::commit()
{
    m_known.insert(m_staged);
    m_loadedMachines.unite(m_stagedMachines);
    discard();
}

void SeriesIdCache::discard()
{
    m_staged.clear();
    m_stagedMachines.clear();
}

void SeriesIdCache::clear()
{
    discard();
    m_known.clear();
    m_loadedMachines.clear();
}

} // namespace opsdeck
