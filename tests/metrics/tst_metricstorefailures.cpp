#include "TestSupport.h"
#include "metrics/MetricStore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace opsdeck;

namespace {

constexpr qint64 T0 = 1699920000;

// An in-memory database: the store's own thread cannot share it, so every write goes
// through the connection the test sets pragmas on.
std::shared_ptr<Database> memoryDatabase()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    return db.ok() ? *db : nullptr;
}

SampleBatch series(const QString& prefix, int seriesCount, int points)
{
    SampleBatch batch;
    for (int s = 0; s < seriesCount; ++s)
        for (int p = 0; p < points; ++p)
            batch.append(
                IncomingSample{{QStringLiteral("web1"), prefix + QString::number(s), QStringLiteral("local")},
                               SeriesType::Gauge,
                               T0 - 3600 + p * 60,
                               double(s + p)});
    return batch;
}

int points(const MetricStore& store, const QString& metric)
{
    MetricQuery q;
    q.machine = QStringLiteral("web1");
    q.metric = metric;
    q.from = T0 - 7200;
    q.to = T0;
    auto data = store.query(q);
    return data.ok() ? int(data->points.size()) : -1;
}

bool pragma(Database& db, const QString& statement)
{
    QSqlDatabase c = db.connection();
    QSqlQuery q(c);
    return q.exec(statement);
}

qint64 pageCount(Database& db)
{
    QSqlDatabase c = db.connection();
    QSqlQuery q(c);
    return q.exec(QStringLiteral("PRAGMA page_count")) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

// A write the disk refuses reaches the user as a value and a signal, keeps what was
// committed, and keeps the buffered samples until they can be written.
class TstMetricStoreFailures : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void fullDiskIsReportedAndNothingIsLost()
    {
        auto db = memoryDatabase();
        QVERIFY(db);
        ManualClock clock(T0 * 1000);
        MetricStore store(db, clock);
        store.setMaintenanceIntervalMs(0);
        QSignalSpy failed(&store, &MetricStore::writeFailed);
        QSignalSpy recovered(&store, &MetricStore::writeRecovered);

        QVERIFY(store.append(series(QStringLiteral("kept-"), 1, 60)).ok());
        QVERIFY(store.flush().ok());
        QVERIFY(!store.lastFailure());

        // The disk is full: the file may not grow by one page.
        QVERIFY(pragma(*db, QStringLiteral("PRAGMA max_page_count = %1").arg(pageCount(*db))));
        QVERIFY(store.append(series(QStringLiteral("new-"), 2000, 10)).ok());
        Status first = store.flush();
        QVERIFY(!first.ok());
        QVERIFY2(first.error().message.contains(QStringLiteral("disk is full")),
                 qPrintable(first.error().message));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(1).toInt(), 1);
        QVERIFY(!store.flush().ok());
        QCOMPARE(failed.count(), 2);
        QVERIFY(store.lastFailure());
        QCOMPARE(store.lastFailure()->failures, 2);
        QCOMPARE(store.lastFailure()->firstAtMs, T0 * 1000);
        QCOMPARE(points(store, QStringLiteral("kept-0")), 60);
        QCOMPARE(recovered.count(), 0);

        // Space returns: the next flush writes everything that was buffered, once.
        QVERIFY(pragma(*db, QStringLiteral("PRAGMA max_page_count = 1073741823")));
        QVERIFY(store.flush().ok());
        QCOMPARE(recovered.count(), 1);
        QVERIFY(!store.lastFailure());
        QCOMPARE(points(store, QStringLiteral("new-0")), 10);
        QCOMPARE(points(store, QStringLiteral("new-1999")), 10);
        QCOMPARE(store.counts().committed, 60 + 2000 * 10);
    }

    void readOnlyIsReported()
    {
        auto db = memoryDatabase();
        QVERIFY(db);
        ManualClock clock(T0 * 1000);
        MetricStore store(db, clock);
        store.setMaintenanceIntervalMs(0);
        QSignalSpy failed(&store, &MetricStore::writeFailed);
        QVERIFY(store.append(series(QStringLiteral("kept-"), 1, 30)).ok());
        QVERIFY(store.flush().ok());

        QVERIFY(pragma(*db, QStringLiteral("PRAGMA query_only = ON")));
        QVERIFY(store.append(series(QStringLiteral("later-"), 3, 5)).ok());
        Status s = store.flush();
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QStringLiteral("read-only")), qPrintable(s.error().message));
        QCOMPARE(failed.count(), 1);
        // Maintenance fails the same way and says so too.
        QVERIFY(!store.maintain().ok());
        QCOMPARE(failed.count(), 2);
        QCOMPARE(points(store, QStringLiteral("kept-0")), 30);

        QVERIFY(pragma(*db, QStringLiteral("PRAGMA query_only = OFF")));
        QVERIFY(store.flush().ok());
        QVERIFY(store.lastFailure()); // maintenance has not succeeded yet
        QVERIFY(store.maintain().ok());
        QVERIFY(!store.lastFailure());
        QCOMPARE(points(store, QStringLiteral("later-2")), 5);
    }
};

QTEST_GUILESS_MAIN(TstMetricStoreFailures)
#include "tst_metricstorefailures.moc"
