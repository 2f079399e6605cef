#include "metrics/ArchiveReader.h"

#include <algorithm>

namespace opsdeck {

using SeriesMath::alignDown;

int ArchiveReader::chooseArchive(qint64 from) const
{
    const auto& archives = m_store.policy().archives();
    for (int i = 0; i < archives.size(); ++i)
        if (from >= m_now - archives[i].retention)
            return i;
    return int(archives.size()) - 1;
}

Result<QList<Bucket>> ArchiveReader::primaryPoints(const SeriesRow& s, qint64 from, qint64 to) const
{
    const RetentionPolicy& p = m_store.policy();
    auto raw = m_store.readRaw(m_db, s.id, from - p.heartbeat(), to);
    if (!raw.ok())
        return raw.error();
    return SeriesMath::primaryPoints(SeriesMath::knownSpans(s.type, *raw, p.heartbeat()), p.baseStep(), from,
                                     to);
}

Result<QList<Bucket>> ArchiveReader::rollUp(const SeriesRow& s, int archive, qint64 from, qint64 to) const
{
    const qint64 step = m_store.policy().archives().at(archive).step;
    auto finer = archive == 1 ? primaryPoints(s, from, to) : buckets(s, archive - 1, from, to);
    if (!finer.ok())
        return finer.error();
    return SeriesMath::consolidate(*finer, step, from, to);
}

Result<QList<Bucket>> ArchiveReader::buckets(const SeriesRow& s, int archive, qint64 from, qint64 to) const
{
    const qint64 step = m_store.policy().archives().at(archive).step;
    const qint64 start = alignDown(from, step);
    auto stored = m_store.readBuckets(m_db, s.id, archive, start, to - 1);
    if (!stored.ok())
        return stored.error();
    auto rolled = m_store.rolledUntil(m_db, s.id, archive);
    if (!rolled.ok())
        return rolled.error();
    const qint64 tailStart = rolled->has_value() ? std::max(start, **rolled) : start;
    const qint64 tailEnd = std::min(to, alignDown(m_now, step)); // complete buckets only
    if (tailEnd <= tailStart)
        return stored;
    auto tail = rollUp(s, archive, tailStart, tailEnd);
    if (!tail.ok())
        return tail.error();
    QList<Bucket> out;
    out.reserve(stored->size() + tail->size());
    for (const Bucket& b : std::as_const(*stored))
        if (b.start >= from && b.start < tailStart)
            out.append(b);
    for (const Bucket& b : std::as_const(*tail))
        if (b.start >= from)
            out.append(b);
    return out;
}

} // namespace opsdeck
