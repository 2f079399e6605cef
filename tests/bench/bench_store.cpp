// Benchmarks of the metrics cache (issue 4). Prints the figures; asserts nothing about time.
//   ingest   samples/s through append() + flush(), 1,000 series x 1,000 samples, batches of
//            one sample per series (how a poll round arrives)
//   query    a week of one-minute data of one series, 10,080 points (raw archive kept 8 days
//            for this), median of 25 runs; also decimated to 1,000 points
//   size     bytes per series (4 series) with the default retention after 1,102 simulated days of
//            one-minute data (every archive full): half derive counters, half gauges
//   fleet    Kurado's scale through the store: 3,000 hosts x 36 series, one sample a minute
//            each, arriving one host (36 samples) at a time and flushed every 500 ms worth of
//            hosts, maintenance once a simulated minute; CPU s per simulated minute for
//            ingest and for maintenance as the store's thread runs it (one slice a minute),
//            the store's whole cost of polling 3,000 targets
//            `fleet [hosts] [minutes]` (default 3000 80; the last half is measured)
// Smoke sizes under OPSDECK_BENCH_SMOKE (ctest).

#include "TestSupport.h"
#include "metrics/MetricStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>

using namespace opsdeck;

namespace {

constexpr qint64 kDay = 86400;

// CPU seconds of this process (every thread): on a shared, loaded machine the wall time
// says more about the neighbours than about the code, so both are printed.
double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

qint64 pragma(QSqlDatabase& db, const char* name)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
    q.next();
    return q.value(0).toLongLong();
}

qint64 usedBytes(Database& db)
{
    QSqlDatabase c = db.connection();
    return (pragma(c, "page_count") - pragma(c, "freelist_count")) * pragma(c, "page_size");
}

// A realistic pair: CPU jiffies (derive, 100 Hz, whole numbers) and a load average
// with two decimals (gauge).
struct Generator
{
    QRandomGenerator rng{42};
    double counter = 1e9;
    double load = 1.0;
    double next(int series)
    {
        if (series % 2 == 0) {
            counter += 3000 + rng.bounded(2000);
            return counter;
        }
        load = std::clamp(load + (rng.bounded(21) - 10) / 100.0, 0.0, 16.0);
        return std::round(load * 100) / 100;
    }
};

// A store operation that fails ends the benchmark: the message on stderr, exit 1 (figures
// measured over a failed flush would be figures of nothing).
void must(const Status& status, const char* what)
{
    if (status.ok())
        return;
    std::fprintf(stderr, "bench_store: %s failed: %s\n", what, qPrintable(status.error().message));
    std::exit(1);
}

SeriesKey key(int i)
{
    return {QStringLiteral("host%1").arg(i / 40), QStringLiteral("metric-%1").arg(i % 40),
            QStringLiteral("bench")};
}

SeriesType typeOf(int i)
{
    return i % 2 == 0 ? SeriesType::Derive : SeriesType::Gauge;
}

void ingest(bool smoke)
{
    const int series = smoke ? 100 : 1000;
    const int perSeries = smoke ? 50 : 1000;
    test::TempDatabase tdb;
    const qint64 end = 1'700'000'000;
    ManualClock clock(end * 1000);
    MetricStore store(tdb.db(), clock);
    store.setMaintenanceIntervalMs(0);
    Generator gen;
    QList<SampleBatch> batches;
    for (int t = 0; t < perSeries; ++t) {
        SampleBatch b;
        b.reserve(series);
        for (int s = 0; s < series; ++s)
            b.append({key(s), typeOf(s), end - qint64(perSeries - t) * 60, gen.next(s)});
        batches.append(b);
    }
    QElapsedTimer timer;
    timer.start();
    const double cpu0 = cpuSeconds();
    for (const SampleBatch& b : std::as_const(batches))
        must(store.append(b), "append");
    must(store.flush(), "flush");
    const double secs = timer.nsecsElapsed() / 1e9;
    const double cpu = cpuSeconds() - cpu0;
    const qint64 total = qint64(series) * perSeries;
    std::printf("ingest: %lld samples (%d series x %d) in %.3f s wall = %.0f samples/s; %.3f CPU s = %.0f "
                "samples per "
                "CPU second (goal >= 500000/s); committed %lld\n",
                total, series, perSeries, secs, total / secs, cpu, total / cpu, store.counts().committed);
    timer.restart();
    must(store.maintain(), "maintenance");
    std::printf("ingest: maintenance (compaction into chunks, rollups) of that: %.3f s\n",
                timer.nsecsElapsed() / 1e9);
}

void query(bool smoke)
{
    test::TempDatabase tdb;
    const qint64 end = 1'700'000'000 / 60 * 60;
    ManualClock clock(end * 1000);
    MetricStore store(tdb.db(), clock);
    store.setMaintenanceIntervalMs(0);
    const auto retention = RetentionPolicy::parse(QStringLiteral("1m:8d,5m:10d,1h:40d,1d:1100d"));
    if (!retention.ok())
        must(retention.error(), "retention");
    must(store.setRetention(*retention), "setting the retention");
    const int points = smoke ? 1440 : 10080;
    Generator gen;
    SampleBatch batch;
    for (int i = 0; i <= points; ++i)
        batch.append({key(1), SeriesType::Gauge, end - qint64(points - i) * 60, gen.next(1)});
    must(store.append(batch), "append");
    must(store.flush(), "flush");
    must(store.maintain(), "maintenance");
    MetricQuery q;
    q.machine = key(1).machine;
    q.metric = key(1).metric;
    q.from = end - qint64(points) * 60 + 60;
    q.to = end;
    auto run = [&](int maxPoints, qsizetype* got) {
        q.maxPoints = maxPoints;
        QList<double> ms;
        for (int i = 0; i < 25; ++i) {
            const double c0 = cpuSeconds();
            auto data = store.query(q);
            ms.append((cpuSeconds() - c0) * 1e3);
            if (!data.ok())
                must(data.error(), "query");
            *got = data->points.size();
        }
        std::sort(ms.begin(), ms.end());
        return ms[ms.size() / 2];
    };
    qsizetype got = 0;
    const double all = run(0, &got);
    std::printf("query: one series, %lld one-minute points: median %.2f ms of CPU (goal < 10 ms)\n",
                qlonglong(got), all);
    const double dec = run(1000, &got);
    std::printf("query: same, decimated to %lld points (min/max): median %.2f ms of CPU\n", qlonglong(got),
                dec);
}

void size(bool smoke)
{
    const int series = smoke ? 2 : 4;
    const int days = smoke ? 3 : 1100 + 2;
    test::TempDatabase tdb;
    qint64 t = 1'600'000'000 / kDay * kDay;
    ManualClock clock(t * 1000);
    const qint64 baseline = usedBytes(*tdb);
    MetricStore store(tdb.db(), clock);
    store.setMaintenanceIntervalMs(0);
    store.setMaxBufferedSamples(10'000'000);
    Generator gen;
    QElapsedTimer timer;
    timer.start();
    for (int d = 0; d < days; ++d) {
        SampleBatch batch;
        batch.reserve(series * 1440);
        for (int m = 0; m < 1440; ++m, t += 60)
            for (int s = 0; s < series; ++s)
                batch.append({key(s), typeOf(s), t, gen.next(s)});
        clock.setMs(t * 1000);
        must(store.append(batch), "append");
        must(store.flush(), "flush");
        must(store.maintain(), "maintenance");
    }
    QSqlDatabase c = tdb->connection();
    QSqlQuery(c).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const qint64 used = usedBytes(*tdb) - baseline;
    std::printf(
        "size: %d series, %d simulated days of one-minute data (%s), default retention %s: %.1f KB per "
        "series in the file (goal <= 190 KB); filled in %.1f s\n",
        series, days, smoke ? "smoke: archives not full" : "every archive full",
        qPrintable(store.retention().toString()), used / 1024.0 / series, timer.nsecsElapsed() / 1e9);
    QSqlQuery q(c);
    q.exec(QStringLiteral(
        "SELECT s.type, c.archive, count(*), sum(length(c.data)), sum(c.points) FROM metric_chunks c "
        "JOIN metric_series s ON s.id = c.series_id GROUP BY s.type, c.archive ORDER BY 1, 2"));
    while (q.next())
        std::printf("size:   %-6s archive %d: %lld chunks, %lld points, %.1f KB payload per series\n",
                    qPrintable(q.value(0).toString()), q.value(1).toInt(), q.value(2).toLongLong(),
                    q.value(4).toLongLong(), q.value(3).toLongLong() / 1024.0 / (series / 2.0));
}

void fleet(bool smoke, const QStringList& args)
{
    const int hosts = args.value(1).toInt() > 0 ? args.value(1).toInt() : (smoke ? 30 : 3000);
    const int minutes = args.value(2).toInt() > 0 ? args.value(2).toInt() : (smoke ? 12 : 80);
    constexpr int perHost = 36;
    const int flushEvery = std::max(1, hosts / 120); // hosts per 500 ms at one poll a minute
    test::TempDatabase tdb;
    qint64 t = 1'700'000'000 / 3600 * 3600;
    ManualClock clock(t * 1000);
    MetricStore store(tdb.db(), clock);
    store.setMaintenanceIntervalMs(0);
    store.setMaxBufferedSamples(10'000'000);
    Generator gen;
    QList<SeriesKey> keys;
    for (int h = 0; h < hosts; ++h)
        for (int m = 0; m < perHost; ++m)
            keys.append({QStringLiteral("host%1").arg(h), QStringLiteral("metric-%1").arg(m),
                         QStringLiteral("node_exporter")});
    double ingestCpu = 0, maintainCpu = 0, worstMaintain = 0;
    int measured = 0;
    const int steadyFrom = std::min(minutes / 2, 60);
    for (int minute = 0; minute < minutes; ++minute) {
        const double c0 = cpuSeconds();
        for (int h = 0; h < hosts; ++h) {
            const qint64 ts = t + qint64(h) * 60 / hosts;
            clock.setMs(ts * 1000);
            SampleBatch batch;
            batch.reserve(perHost);
            for (int m = 0; m < perHost; ++m)
                batch.append({keys[h * perHost + m], typeOf(m), ts, gen.next(m)});
            must(store.append(batch), "append");
            if ((h + 1) % flushEvery == 0 || h + 1 == hosts)
                must(store.flush(), "flush");
        }
        const double c1 = cpuSeconds();
        must(store.maintainSlice(), "maintenance");
        const double c2 = cpuSeconds();
        if (minute >= steadyFrom) {
            ingestCpu += c1 - c0;
            maintainCpu += c2 - c1;
            worstMaintain = std::max(worstMaintain, c2 - c1);
            ++measured;
        }
        t += 60;
    }
    QSqlDatabase c = tdb->connection();
    QSqlQuery q(c);
    q.exec(QStringLiteral("SELECT count(*) FROM metric_pending"));
    q.next();
    const qint64 pending = q.value(0).toLongLong();
    std::printf("fleet: %d hosts x %d series, one sample a minute, %d simulated minutes (measured the last "
                "%d): ingest %.3f CPU s/min, maintenance %.3f CPU s/min (worst minute %.3f s), together "
                "%.3f CPU s/min = %.2f %% of one core; %lld pending rows, %.1f MB used\n",
                hosts, perHost, minutes, measured, ingestCpu / measured, maintainCpu / measured,
                worstMaintain, (ingestCpu + maintainCpu) / measured,
                (ingestCpu + maintainCpu) / measured / 60.0 * 100.0, pending, usedBytes(*tdb) / 1048576.0);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const bool smoke = test::benchSmoke();
    const QStringList args = app.arguments().mid(1);
    const bool all = args.isEmpty();
    if (all || args.contains(QStringLiteral("ingest")))
        ingest(smoke);
    if (all || args.contains(QStringLiteral("query")))
        query(smoke);
    if (all || args.contains(QStringLiteral("size")))
        size(smoke);
    if (all || args.contains(QStringLiteral("fleet")))
        fleet(smoke, args.contains(QStringLiteral("fleet")) ? args.mid(args.indexOf(QStringLiteral("fleet")))
                                                            : QStringList());
    return 0;
}
