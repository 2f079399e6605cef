#include "TestSupport.h"
#include "metrics/MetricStore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <cmath>
#include <limits>

using namespace opsdeck;

namespace {

constexpr qint64 T0 = 1699920000; // a UTC midnight

IncomingSample sample(const QString& metric, qint64 ts, double v, SeriesType type = SeriesType::Gauge,
                      const QString& source = QStringLiteral("local"),
                      const QString& machine = QStringLiteral("web1"))
{
    return IncomingSample{{machine, metric, source}, type, ts, v};
}

MetricQuery range(const QString& metric, qint64 from, qint64 to, int maxPoints = 0)
{
    MetricQuery q;
    q.machine = QStringLiteral("web1");
    q.metric = metric;
    q.from = from;
    q.to = to;
    q.maxPoints = maxPoints;
    return q;
}

qint64 usedBytes(Database& db)
{
    QSqlDatabase c = db.connection();
    QSqlQuery q(c);
    q.exec(QStringLiteral("PRAGMA page_count"));
    q.next();
    const qint64 pages = q.value(0).toLongLong();
    q.exec(QStringLiteral("PRAGMA freelist_count"));
    q.next();
    const qint64 free = q.value(0).toLongLong();
    q.exec(QStringLiteral("PRAGMA page_size"));
    q.next();
    return (pages - free) * q.value(0).toLongLong();
}

qint64 filePages(Database& db)
{
    QSqlDatabase c = db.connection();
    QSqlQuery q(c);
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    q.exec(QStringLiteral("PRAGMA page_count"));
    q.next();
    return q.value(0).toLongLong();
}

} // namespace

class TstMetricStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void gaugeRoundTripsRaw()
    {
        test::TempDatabase tdb;
        ManualClock clock(T0 * 1000);
        MetricStore store(tdb.db(), clock);
        SampleBatch batch;
        for (int i = 0; i < 60; ++i)
            batch.append(sample(QStringLiteral("loadavg-1"), T0 - 3600 + i * 60, i * 0.01));
        QVERIFY(store.append(batch).ok());
        QVERIFY(store.flush().ok());
        auto data = store.query(range(QStringLiteral("loadavg-1"), T0 - 3600, T0));
        QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error().message));
        QCOMPARE(data->resolution, 60);
        QCOMPARE(data->points.size(), 60);
        QCOMPARE(data->points[10].timestamp, T0 - 3600 + 600);
        QCOMPARE(*data->points[10].value, 0.1);
        QCOMPARE(data->key.source, QStringLiteral("local"));
        QCOMPARE(store.counts().committed, 60);
    }

    void survivesMaintenanceUnchanged()
    {
        // Pending pieces compacted into chunks read back the same.
        test::TempDatabase tdb;
        ManualClock clock(T0 * 1000);
        MetricStore store(tdb.db(), clock);
        for (int b = 0; b < 5; ++b) {
            SampleBatch batch;
            for (int i = 0; i < 50; ++i)
                batch.append(sample(QStringLiteral("m"), T0 - 20000 + (b * 50 + i) * 60,
                                    std::sqrt(double(b * 50 + i))));
            QVERIFY(store.append(batch).ok());
            QVERIFY(store.flush().ok());
        }
        auto before = store.query(range(QStringLiteral("m"), T0 - 20000, T0));
        QVERIFY(store.maintain().ok());
        auto after = store.query(range(QStringLiteral("m"), T0 - 20000, T0));
        QVERIFY(before.ok() && after.ok());
        QCOMPARE(after->points.size(), 250);
        for (int i = 0; i < 250; ++i) {
            QCOMPARE(after->points[i].timestamp, before->points[i].timestamp);
            QCOMPARE(*after->points[i].value, *before->points[i].value);
        }
        QSqlDatabase c = tdb->connection();
        QSqlQuery q(c);
        q.exec(QStringLiteral("SELECT count(*) FROM metric_pending"));
        q.next();
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void ratesForEachType_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QList<double>>("raw");
        QTest::addColumn<QList<double>>("rates");
        QTest::newRow("counter 32-bit wrap")
            << int(SeriesType::Counter) << QList<double>{4294966096.0, 4294967000.0, 504.0, 1704.0}
            << QList<double>{904.0 / 60, 800.0 / 60, 20.0};
        QTest::newRow("counter 64-bit wrap")
            << int(SeriesType::Counter) << QList<double>{18446744073709543424.0, 2048.0}
            << QList<double>{10240.0 / 60};
        QTest::newRow("derive negative")
            << int(SeriesType::Derive) << QList<double>{600, 0, 60} << QList<double>{-10, 1};
        QTest::newRow("absolute") << int(SeriesType::Absolute) << QList<double>{999, 60, 120}
                                  << QList<double>{1, 2};
    }
    void ratesForEachType()
    {
        QFETCH(int, type);
        QFETCH(QList<double>, raw);
        QFETCH(QList<double>, rates);
        test::TempDatabase tdb;
        ManualClock clock(T0 * 1000);
        MetricStore store(tdb.db(), clock);
        SampleBatch batch;
        for (int i = 0; i < raw.size(); ++i)
            batch.append(sample(QStringLiteral("c"), T0 - 600 + i * 60, raw[i], SeriesType(type)));
        QVERIFY(store.append(batch).ok());
        QVERIFY(store.flush().ok());
        auto data = store.query(range(QStringLiteral("c"), T0 - 600, T0));
        QVERIFY(data.ok());
        QCOMPARE(data->type, SeriesType(type));
        QCOMPARE(data->points.size(), rates.size());
        for (int i = 0; i < rates.size(); ++i)
            QVERIFY2(
                qAbs(*data->points[i].value - rates[i]) < 1e-9,
                qPrintable(QStringLiteral("%1: %2 vs %3").arg(i).arg(*data->points[i].value).arg(rates[i])));
    }

    void rejectsBadSamplesAndCountsThem()
    {
        test::TempDatabase tdb;
        ManualClock clock(T0 * 1000);
        MetricStore store(tdb.db(), clock);
        SampleBatch batch{sample(QStringLiteral("a"), T0, std::numeric_limits<double>::quiet_NaN()),
                          sample(QStringLiteral("a"), T0, std::numeric_limits<double>::infinity()),
                          sample(QStringLiteral("a"), T0 + MetricStore::maxFutureSecs + 1, 1),
                          sample(QStringLiteral("a"), T0 + MetricStore::maxFutureSecs, 2),
                          sample(QString(), T0, 1),
                          sample(QStringLiteral("a"), T0 - 60, 3)};
        QVERIFY(store.append(batch).ok());
        QVERIFY(store.flush().ok());
        const IngestCounts c = store.counts();
        QCOMPARE(c.rejectedNonFinite, 2);
        QCOMPARE(c.rejectedFuture, 1);
        QCOMPARE(c.rejectedInvalid, 1);
        QCOMPARE(c.committed, 2); // the good ones are kept
        auto data = store.query(range(QStringLiteral("a"), T0 - 120, T0 + 3600));
        QCOMPARE(data->points.size(), 3); // 3, a null marking the 660 s gap, 2
        QCOMPARE(*data->points.first().value, 3.0);
        QCOMPARE(*data->points.last().value, 2.0);
    }

    void typeOfASeriesIsFixed()
    {
        test::TempDatabase tdb;
        ManualClock clock(T0 * 1000);
        MetricStore store(tdb.db(), clock);
        QVERIFY(store.append({sample(QStringLiteral("x"), T0 - 60, 1, SeriesType::Derive)}).ok());
        QVERIFY(store.flush().ok());
        QVERIFY(store.append({sample(QStringLiteral("x"), T0, 2, SeriesType::Gauge)}).ok());
        QVERIFY(store.flush().ok());
        QCOMPARE(store.counts().rejectedTypeMismatch, 1);
        QCOMPARE(store.resolve({QStringLiteral("web1"), QStringLiteral("x"), {}})->type, SeriesType::Derive);
    }

    void duplicateTimestampLastWriteWins()
    {
        test::TempDatabase tdb;
        ManualClock clock(T0 * 1000);
        MetricStore store(tdb.db(), clock);
        // Within one batch, across flushes, and across a maintenance pass.
        QVERIFY(
            store.append({sample(QStringLiteral("d"), T0 - 120, 1), sample(QStringLiteral("d"), T0 - 120, 2)})
                .ok());
        QVERIFY(store.flush().ok());
        QCOMPARE(*store.query(range(QStringLiteral("d"), T0 - 200, T0))->points.first().value, 2.0);
        QVERIFY(store.append({sample(QStringLiteral("d"), T0 - 120, 3)}).ok());
        QVERIFY(store.flush().ok());
        QCOMPARE(*store.query(range(QStringLiteral("d"), T0 - 200, T0))->points.first().value, 3.0);
        QVERIFY(store.maintain().ok());
        QVERIFY(store.append({sample(QStringLiteral("d"), T0 - 120, 4)}).ok());
        QVERIFY(store.flush().ok());
        auto data = store.query(range(QStringLiteral("d"), T0 - 200, T0));
        QCOMPARE(data->points.size(), 1);
        QCOMPARE(*data->points.first().value, 4.0);
        QVERIFY(store.maintain().ok());
        QCOMPARE(*store.query(range(QStringLiteral("d"), T0 - 200, T0))->points.first().value, 4.0);
    }

    void emptySourceTakesTheFreshest()
    {
        test::TempDatabase tdb;
        ManualClock clock(T0 * 1000);
        MetricStore store(tdb.db(), clock);
        QVERIFY(
            store
                .append(
                    {sample(QStringLiteral("load"), T0 - 600, 1, SeriesType::Gauge, QStringLiteral("local")),
                     sample(QStringLiteral("load"), T0 - 60, 2, SeriesType::Gauge,
                            QStringLiteral("node_exporter")),
                     sample(QStringLiteral("load"), T0 - 300, 3, SeriesType::Gauge, QStringLiteral("ssh"))})
                .ok());
        QVERIFY(store.flush().ok());
        auto data = store.query(range(QStringLiteral("load"), T0 - 3600, T0));
        QCOMPARE(data->key.source, QStringLiteral("node_exporter"));
        QCOMPARE(*data->points.first().value, 2.0);
        auto q = range(QStringLiteral("load"), T0 - 3600, T0);
        q.source = QStringLiteral("local");
        QCOMPARE(*store.query(q)->points.first().value, 1.0);
        q.source = QStringLiteral("nope");
        QCOMPARE(store.query(q).error().code, Error::Code::NotFound);
        QCOMPARE(store.query(range(QStringLiteral("missing"), T0 - 60, T0)).error().code,
                 Error::Code::NotFound);
        QCOMPARE(store.listSeries(QStringLiteral("web1"))->size(), 3);
        QCOMPARE(store.listSeries(QStringLiteral("other"))->size(), 0);
    }

    void choosesTheFinestArchiveCoveringTheRange()
    {
        test::TempDatabase tdb;
        ManualClock clock(T0 * 1000);
        MetricStore store(tdb.db(), clock);
        store.setMaintenanceIntervalMs(0);
        // 50 days of one-minute data, maintained every simulated 6 hours.
        qint64 t = T0 - 50 * 86400;
        const qint64 end = T0;
        clock.setMs(t * 1000);
        while (t < end) {
            SampleBatch batch;
            for (int i = 0; i < 360; ++i, t += 60)
                batch.append(sample(QStringLiteral("g"), t, 5.0));
            clock.setMs(t * 1000);
            QVERIFY(store.append(batch).ok());
            QVERIFY(store.flush().ok());
            QVERIFY(store.maintain().ok());
        }
        const qint64 now = clock.nowSecs();
        struct Case
        {
            qint64 back;
            int resolution;
        };
        for (const Case& c : {Case{86400, 60}, Case{2 * 86400 - 60, 60}, Case{5 * 86400, 300},
                              Case{20 * 86400, 3600}, Case{45 * 86400, 86400}}) {
            auto data = store.query(range(QStringLiteral("g"), now - c.back, now));
            QVERIFY(data.ok());
            QCOMPARE(data->resolution, c.resolution);
            int known = 0;
            for (const auto& p : std::as_const(data->points)) {
                if (p.value) {
                    QCOMPARE(*p.value, 5.0);
                    ++known;
                }
            }
            // All but the edges are known, including the part not rolled up yet.
            QVERIFY2(known >= int(c.back / c.resolution) - 2,
                     qPrintable(QStringLiteral("%1 known of %2").arg(known).arg(c.back / c.resolution)));
            auto few = store.query(range(QStringLiteral("g"), now - c.back, now, 100));
            QVERIFY(few->points.size() <= 100);
        }
    }

    void rollupAveragesAndXff()
    {
        test::TempDatabase tdb;
        ManualClock clock(T0 * 1000);
        MetricStore store(tdb.db(), clock);
        QVERIFY(store.setRetention(*RetentionPolicy::parse(QStringLiteral("1m:1h,5m:1d"))).ok());
        SampleBatch batch;
        const qint64 start = T0 - 7200;
        // Bucket 1: 5 minutes of 1..5 (plus the sample before it) -> avg 3.
        // Bucket 2: only two known minutes -> more than half unknown -> null.
        batch.append(sample(QStringLiteral("x"), start, 0));
        for (int i = 1; i <= 5; ++i)
            batch.append(sample(QStringLiteral("x"), start + i * 60, i));
        batch.append(sample(QStringLiteral("x"), start + 300 + 600, 9));
        batch.append(sample(QStringLiteral("x"), start + 300 + 660, 9));
        batch.append(sample(QStringLiteral("x"), start + 300 + 720, 9));
        QVERIFY(store.append(batch).ok());
        QVERIFY(store.flush().ok());
        QVERIFY(store.maintain().ok());
        auto data = store.query(range(QStringLiteral("x"), start, start + 1800));
        QVERIFY(data.ok());
        QCOMPARE(data->resolution, 300);
        QCOMPARE(data->points[0].timestamp, start);
        QCOMPARE(*data->points[0].value, 3.0);
        QVERIFY(!data->points[1].value); // nothing at all
        QVERIFY(!data->points[2].value); // [start+600, +900): only 0 known minutes
        QVERIFY(!data->points[3].value); // [start+900, +1200): 2 of 5 known -> null
        QVERIFY(!data->points[4].value);
    }

    void lateSamplesAreRolledUpAgain()
    {
        test::TempDatabase tdb;
        ManualClock clock(T0 * 1000);
        MetricStore store(tdb.db(), clock);
        QVERIFY(store.setRetention(*RetentionPolicy::parse(QStringLiteral("1m:1h,5m:1d"))).ok());
        const qint64 start = T0 - 7200;
        SampleBatch batch;
        for (int i = 0; i <= 5; ++i)
            batch.append(sample(QStringLiteral("x"), start + i * 60, 1));
        QVERIFY(store.append(batch).ok());
        QVERIFY(store.flush().ok());
        QVERIFY(store.maintain().ok());
        QCOMPARE(*store.query(range(QStringLiteral("x"), start, start + 299))->points[0].value, 1.0);
        // The same minutes arrive again with other values (a backfill).
        batch.clear();
        for (int i = 0; i <= 5; ++i)
            batch.append(sample(QStringLiteral("x"), start + i * 60, 7));
        QVERIFY(store.append(batch).ok());
        QVERIFY(store.flush().ok());
        QVERIFY(store.maintain().ok());
        QCOMPARE(*store.query(range(QStringLiteral("x"), start, start + 299))->points[0].value, 7.0);
    }

    void slicesMaintainEverySeriesInTurn()
    {
        // The background pass takes one slice of the series (by id) at a time: after
        // `slices` passes every series is compacted and rolled up, and a query reads the
        // same before, between and after.
        test::TempDatabase tdb;
        ManualClock clock(T0 * 1000);
        MetricStore store(tdb.db(), clock);
        store.setMaintenanceIntervalMs(0);
        store.setMaintenanceSlices(3);
        SampleBatch batch;
        for (int s = 0; s < 9; ++s)
            for (int i = 0; i < 30; ++i)
                batch.append(sample(QStringLiteral("s%1").arg(s), T0 - 3600 + i * 60, s * 100 + i));
        QVERIFY(store.append(batch).ok());
        QVERIFY(store.flush().ok());
        auto before = store.query(range(QStringLiteral("s4"), T0 - 3600, T0));
        QVERIFY(before.ok());
        QSqlDatabase c = tdb->connection();
        auto seriesWithPending = [&c] {
            QSqlQuery q(c);
            q.exec(QStringLiteral("SELECT count(DISTINCT series_id) FROM metric_pending"));
            q.next();
            return q.value(0).toInt();
        };
        auto rolledSeries = [&c] {
            QSqlQuery q(c);
            q.exec(QStringLiteral("SELECT count(DISTINCT series_id) FROM metric_rollup_state"));
            q.next();
            return q.value(0).toInt();
        };
        QCOMPARE(seriesWithPending(), 9);
        QVERIFY(store.maintainSlice().ok());
        QCOMPARE(seriesWithPending(), 6);
        QCOMPARE(rolledSeries(), 3);
        auto between = store.query(range(QStringLiteral("s4"), T0 - 3600, T0));
        QVERIFY(between.ok());
        QCOMPARE(between->points.size(), before->points.size());
        QVERIFY(store.maintainSlice().ok());
        QVERIFY(store.maintainSlice().ok());
        QCOMPARE(seriesWithPending(), 0);
        QCOMPARE(rolledSeries(), 9);
        auto after = store.query(range(QStringLiteral("s4"), T0 - 3600, T0));
        QVERIFY(after.ok());
        QCOMPARE(after->points.size(), before->points.size());
        for (qsizetype i = 0; i < after->points.size(); ++i)
            QCOMPARE(after->points[i].value, before->points[i].value);
    }

    void slicedMaintenanceKeepsTheFileBounded()
    {
        // Only background slices (pruning on every sixth visit) for three simulated weeks
        // of a short retention: the data stops growing once the archives are full.
        test::TempDatabase tdb;
        ManualClock clock(T0 * 1000);
        MetricStore store(tdb.db(), clock);
        store.setMaintenanceIntervalMs(0);
        store.setMaintenanceSlices(4);
        QVERIFY(store.setRetention(*RetentionPolicy::parse(QStringLiteral("1m:6h,5m:1d,1h:3d,1d:7d"))).ok());
        qint64 t = T0;
        QList<qint64> used;
        for (int week = 0; week < 3; ++week) {
            for (int hour = 0; hour < 7 * 24; ++hour) {
                for (int quarter = 0; quarter < 4; ++quarter) {
                    SampleBatch batch;
                    for (int m = 0; m < 15; ++m, t += 60)
                        for (int s = 0; s < 4; ++s)
                            batch.append(
                                sample(QStringLiteral("s%1").arg(s), t, std::cos(double(t) / 5000.0) + s));
                    clock.setMs(t * 1000);
                    QVERIFY(store.append(batch).ok());
                    QVERIFY(store.flush().ok());
                    QVERIFY(store.maintainSlice().ok());
                }
            }
            used << usedBytes(*tdb);
        }
        qInfo() << "used bytes per week" << used;
        QVERIFY2(used[2] <= used[1] * 11 / 10,
                 qPrintable(QStringLiteral("%1 -> %2").arg(used[1]).arg(used[2])));
        QSqlDatabase c = tdb->connection();
        QSqlQuery q(c);
        q.exec(QStringLiteral("SELECT count(*) FROM metric_chunks WHERE archive = 0 AND chunk_start < ?"));
        // Raw data is kept 6 h; a series is pruned every 6th visit, every 24 passes of 15
        // minutes: nothing raw older than 6 h + 6 h + a chunk is left.
        q.bindValue(0, t - 13 * 3600);
        q.exec();
        q.next();
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void fileDoesNotGrowWithoutBound()
    {
        test::TempDatabase tdb;
        ManualClock clock(T0 * 1000);
        MetricStore store(tdb.db(), clock);
        store.setMaintenanceIntervalMs(0);
        QVERIFY(store.setRetention(*RetentionPolicy::parse(QStringLiteral("1m:6h,5m:1d,1h:3d,1d:7d"))).ok());
        qint64 t = T0;
        QList<qint64> used;
        QList<qint64> pages;
        for (int week = 0; week < 4; ++week) {
            for (int hour = 0; hour < 7 * 24; ++hour) {
                SampleBatch batch;
                for (int m = 0; m < 60; ++m, t += 60)
                    for (int s = 0; s < 5; ++s)
                        batch.append(sample(QStringLiteral("s%1").arg(s), t,
                                            std::sin(double(t) / 7000.0) * 100 + s,
                                            s % 2 ? SeriesType::Derive : SeriesType::Gauge));
                clock.setMs(t * 1000);
                QVERIFY(store.append(batch).ok());
                QVERIFY(store.flush().ok());
                QVERIFY(store.maintain().ok());
            }
            used << usedBytes(*tdb);
            pages << filePages(*tdb);
        }
        qInfo() << "used bytes per week" << used << "file pages" << pages;
        // From the second week on the archives are full: the data stays flat and the
        // file reuses the pages that pruning freed.
        QVERIFY2(used[3] <= used[1] * 11 / 10,
                 qPrintable(QStringLiteral("%1 -> %2").arg(used[1]).arg(used[3])));
        QVERIFY2(pages[3] <= pages[1] * 12 / 10,
                 qPrintable(QStringLiteral("%1 -> %2").arg(pages[1]).arg(pages[3])));
        // And the old data is really gone.
        auto info = store.query(range(QStringLiteral("s0"), T0, T0 + 86400));
        for (const auto& p : std::as_const(info->points))
            QVERIFY(!p.value);
    }

    void flushesInTheBackgroundWithinASecond()
    {
        test::TempDatabase tdb;
        MetricStore store(tdb.db());
        QSignalSpy spy(&store, &MetricStore::samplesAppended);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(store.append({sample(QStringLiteral("bg"), now, 42)}).ok());
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() == 1, 1500);
        QCOMPARE(spy.first().first().toStringList(), QStringList{QStringLiteral("web1")});
        auto data = store.query(range(QStringLiteral("bg"), now - 60, now));
        QVERIFY(data.ok());
        QCOMPARE(*data->points.first().value, 42.0);
    }

    void destructorFlushes()
    {
        test::TempDatabase tdb;
        ManualClock clock(T0 * 1000);
        {
            MetricStore store(tdb.db(), clock);
            QVERIFY(store.append({sample(QStringLiteral("late"), T0, 1)}).ok());
        }
        MetricStore again(tdb.db(), clock);
        QCOMPARE(again.query(range(QStringLiteral("late"), T0 - 60, T0))->points.size(), 1);
    }

    void appendsFromManyThreads()
    {
        test::TempDatabase tdb;
        ManualClock clock(T0 * 1000);
        MetricStore store(tdb.db(), clock);
        store.setMaxBufferedSamples(500);
        QList<QThread*> threads;
        for (int th = 0; th < 4; ++th) {
            threads << QThread::create([&store, th] {
                for (int i = 0; i < 1000; ++i)
                    (void)store.append({sample(QStringLiteral("t%1").arg(th), T0 - 100000 + i * 60, i)});
            });
            threads.last()->start();
        }
        for (QThread* t : threads) {
            t->wait();
            delete t;
        }
        QVERIFY(store.flush().ok());
        for (int th = 0; th < 4; ++th)
            QCOMPARE(store.query(range(QStringLiteral("t%1").arg(th), T0 - 100000, T0))->points.size(), 1000);
        QCOMPARE(store.counts().committed, 4000);
    }

    void badRangeIsAUsageError()
    {
        test::TempDatabase tdb;
        MetricStore store(tdb.db());
        QCOMPARE(store.query(range(QStringLiteral("x"), 100, 50)).error().code, Error::Code::Usage);
    }
};

QTEST_GUILESS_MAIN(TstMetricStore)
#include "tst_metricstore.moc"
