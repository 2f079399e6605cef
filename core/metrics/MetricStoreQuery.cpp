// The reading half of MetricStore: query, consolidated, listSeries, resolve.

#include "metrics/ArchiveReader.h"
#include "metrics/ChunkStore.h"
#include "metrics/Decimator.h"
#include "metrics/MetricStore.h"
#include "metrics/MetricStorePrivate.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace opsdeck {

namespace {

// A read transaction, so chunks and pending pieces come from one snapshot.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(QSqlDatabase& db) : m_db(db)
    {
        m_open = QSqlQuery(m_db).exec(QStringLiteral("BEGIN"));
    }
    ~ReadSnapshot()
    {
        if (m_open)
            QSqlQuery(m_db).exec(QStringLiteral("COMMIT"));
    }

private:
    QSqlDatabase& m_db;
    bool m_open = false;
};

QString describe(const SeriesKey& key)
{
    QString what = key.machine.isEmpty() ? key.metric : key.machine + QLatin1Char('/') + key.metric;
    if (!key.source.isEmpty())
        what += QStringLiteral(" (source %1)").arg(key.source);
    return what;
}

Status checkRange(const MetricQuery& q)
{
    if (q.to < q.from)
        return Error::usage(
            QCoreApplication::translate("MetricStore", "the range ends (%1) before it starts (%2)")
                .arg(q.to)
                .arg(q.from));
    if (q.maxPoints < 0)
        return Error::usage(
            QCoreApplication::translate("MetricStore", "the number of points must not be negative"));
    return {};
}

// The series under `key`, or NotFound naming it.
Result<SeriesRow> findExisting(const ChunkStore& chunks, QSqlDatabase& conn, const SeriesKey& key)
{
    auto row = chunks.findSeries(conn, key);
    if (!row.ok())
        return row.error();
    if (!row->has_value())
        return Error::notFound(QCoreApplication::translate("MetricStore", "no series %1 in the metrics cache")
                                   .arg(describe(key)));
    return **row;
}

} // namespace

Result<SeriesInfo> MetricStore::resolve(const SeriesKey& key) const
{
    QSqlDatabase conn = d->db->connection();
    const ChunkStore chunks = d->currentChunks();
    auto row = findExisting(chunks, conn, key);
    if (!row.ok())
        return row.error();
    const SeriesRow& r = *row;
    return SeriesInfo{r.key, r.type, r.firstTs, r.lastTs};
}

Result<QList<SeriesInfo>> MetricStore::listSeries(const QString& machine) const
{
    QSqlDatabase conn = d->db->connection();
    const ChunkStore chunks = d->currentChunks();
    auto rows = chunks.allSeries(conn, machine.isEmpty() ? std::nullopt : std::optional<QString>(machine));
    if (!rows.ok())
        return rows.error();
    QList<SeriesInfo> out;
    out.reserve(rows->size());
    for (const SeriesRow& r : std::as_const(*rows))
        out.append({r.key, r.type, r.firstTs, r.lastTs});
    return out;
}

Result<SeriesData> MetricStore::query(const MetricQuery& q) const
{
    if (Status s = checkRange(q); !s.ok())
        return s.error();
    QSqlDatabase conn = d->db->connection();
    const ReadSnapshot snapshot(conn);
    const ChunkStore chunks = d->chunksFor(q.metric); // the series' own retention
    const RetentionPolicy& policy = chunks.policy();
    auto found = findExisting(chunks, conn, {q.machine, q.metric, q.source});
    if (!found.ok())
        return found.error();
    const SeriesRow& row = *found;
    const ArchiveReader reader(chunks, conn, d->clock.nowSecs());
    int archive = reader.chooseArchive(q.from);
    if (q.atChartResolution && q.maxPoints > 1) {
        // The coarsest archive with at least one bucket per output bucket (pixel column).
        const qint64 column = (q.to - q.from) / std::max(1, q.maxPoints / 2);
        const auto& archives = policy.archives();
        while (archive + 1 < archives.size() && archives[archive + 1].step <= column)
            ++archive;
    }
    const bool minAndMax =
        q.atChartResolution && archive > 0 && q.decimation == MetricQuery::Decimation::MinMax;

    SeriesData out;
    out.key = row.key;
    out.type = row.type;
    out.resolution = int(policy.archives()[archive].step); // the archive's, however uneven the polls
    if (archive == 0) {
        auto raw = chunks.readRaw(conn, row.id, q.from - policy.heartbeat(), q.to);
        if (!raw.ok())
            return raw.error();
        out.points = SeriesMath::rawPoints(row.type, *raw, policy.heartbeat(), q.from, q.to);
    } else {
        const qint64 step = policy.archives()[archive].step;
        const qint64 first = SeriesMath::alignDown(q.from + step - 1, step);
        if ((q.to - first) / step > 10'000'000)
            return Error::usage(QCoreApplication::translate(
                "MetricStore", "the range is too long for one query; ask for a shorter one"));
        auto buckets = reader.buckets(row, archive, first, q.to + 1);
        if (!buckets.ok())
            return buckets.error();
        const qint64 pdps = step / policy.baseStep();
        qsizetype bi = 0;
        for (qint64 t = first; t <= q.to; t += step) {
            while (bi < buckets->size() && buckets->at(bi).start < t)
                ++bi;
            std::optional<double> v;
            if (bi < buckets->size() && buckets->at(bi).start == t)
                v = SeriesMath::bucketValue(buckets->at(bi), pdps, policy.xff());
            if (minAndMax && v) {
                const Bucket& b = buckets->at(bi);
                out.points.append({t, b.min});
                out.points.append({t + step / 2, b.max});
                continue;
            }
            out.points.append({t, v});
        }
    }
    out.points = Decimator::decimate(out.points, q.maxPoints, q.decimation, q.from, q.to);
    return out;
}

Result<ConsolidatedData> MetricStore::consolidated(const MetricQuery& q) const
{
    if (Status s = checkRange(q); !s.ok())
        return s.error();
    QSqlDatabase conn = d->db->connection();
    const ReadSnapshot snapshot(conn);
    const ChunkStore chunks = d->chunksFor(q.metric); // the series' own retention
    const RetentionPolicy& policy = chunks.policy();
    auto found = findExisting(chunks, conn, {q.machine, q.metric, q.source});
    if (!found.ok())
        return found.error();
    const SeriesRow& row = *found;
    const ArchiveReader reader(chunks, conn, d->clock.nowSecs());
    const int archive = reader.chooseArchive(q.from);
    ConsolidatedData out;
    out.key = row.key;
    out.type = row.type;
    out.baseStep = policy.baseStep();
    out.step = policy.archives()[archive].step;
    const qint64 first = SeriesMath::alignDown(q.from, out.step);
    auto buckets = archive == 0 ? reader.primaryPoints(row, first, q.to + 1)
                                : reader.buckets(row, archive, first, q.to + 1);
    if (!buckets.ok())
        return buckets.error();
    out.buckets = *buckets;
    return out;
}

} // namespace opsdeck
