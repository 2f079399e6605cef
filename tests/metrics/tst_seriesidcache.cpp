#include "TestSupport.h"
#include "db/Database.h"
#include "metrics/SeriesIdCache.h"

#include <QSqlQuery>
#include <QTest>

using namespace opsdeck;

namespace {

SeriesKey key(const QString& machine, const QString& metric)
{
    return SeriesKey{machine, metric, QStringLiteral("node")};
}

template <typename T> Status statusOf(const Result<T>& r)
{
    if (!r.ok())
        return r.error();
    return {};
}

int seriesRows(Database& db)
{
    QSqlDatabase c = db.connection();
    QSqlQuery q(c);
    q.exec(QStringLiteral("SELECT count(*) FROM metric_series"));
    q.next();
    return q.value(0).toInt();
}

} // namespace

class TestSeriesIdCache : public QObject
{
    Q_OBJECT

private slots:
    // One lookup brings every series of the machine: a second series of the same machine
    // is answered from memory even after its row is gone.
    void aMachinesSeriesComeInOneLookup()
    {
        test::TempDatabase db;
        const ChunkStore chunks(RetentionPolicy::defaults());
        QHash<QString, qint64> ids;
        QVERIFY(db->transaction([&](QSqlDatabase& c) -> Status {
                      for (const QString& m : {QStringLiteral("cpu-user"), QStringLiteral("loadavg-1")}) {
                          auto row =
                              chunks.ensureSeries(c, key(QStringLiteral("web1"), m), SeriesType::Gauge, 1);
                          if (!row.ok())
                              return row.error();
                          ids.insert(m, row->id);
                      }
                      return {};
                  }).ok());

        SeriesIdCache cache;
        QVERIFY(db->transaction([&](QSqlDatabase& c) -> Status {
                      auto first =
                          cache.resolve(c, chunks, key(QStringLiteral("web1"), QStringLiteral("cpu-user")),
                                        SeriesType::Gauge, 2);
                      if (!first.ok())
                          return first.error();
                      if (first->id != ids.value(QStringLiteral("cpu-user")))
                          return Error::failure(QStringLiteral("wrong id for cpu-user"));
                      return {};
                  }).ok());
        cache.commit();
        QVERIFY(db->transaction([&](QSqlDatabase& c) -> Status {
                      return statusOf(Database::exec(c, QStringLiteral("DELETE FROM metric_series")));
                  }).ok());
        Result<SeriesIdCache::Entry> second = Error::failure(QStringLiteral("not run"));
        QVERIFY(db->transaction([&](QSqlDatabase& c) -> Status {
                      second =
                          cache.resolve(c, chunks, key(QStringLiteral("web1"), QStringLiteral("loadavg-1")),
                                        SeriesType::Gauge, 3);
                      return statusOf(second);
                  }).ok());
        QCOMPARE(second->id, ids.value(QStringLiteral("loadavg-1")));
        QCOMPARE(seriesRows(*db), 0); // nothing was created: the id came from memory
    }

    // A series the database does not have yet is created, with the caller's type.
    void aNewSeriesIsCreated()
    {
        test::TempDatabase db;
        const ChunkStore chunks(RetentionPolicy::defaults());
        SeriesIdCache cache;
        Result<SeriesIdCache::Entry> e = Error::failure(QStringLiteral("not run"));
        QVERIFY(db->transaction([&](QSqlDatabase& c) -> Status {
                      e = cache.resolve(c, chunks, key(QStringLiteral("db1"), QStringLiteral("if-eth0-rx")),
                                        SeriesType::Counter, 5);
                      return statusOf(e);
                  }).ok());
        cache.commit();
        QVERIFY(e->id > 0);
        QCOMPARE(e->type, SeriesType::Counter);
        QCOMPARE(seriesRows(*db), 1);
    }

    // What a rolled-back transaction found is forgotten: its ids may not exist.
    void aRolledBackTransactionLeavesNothingBehind()
    {
        test::TempDatabase db;
        const ChunkStore chunks(RetentionPolicy::defaults());
        SeriesIdCache cache;
        qint64 lost = 0;
        const Status rolledBack = db->transaction([&](QSqlDatabase& c) -> Status {
            auto e = cache.resolve(c, chunks, key(QStringLiteral("db1"), QStringLiteral("memory-used")),
                                   SeriesType::Gauge, 5);
            if (!e.ok())
                return e.error();
            lost = e->id;
            return Error::failure(QStringLiteral("roll back"));
        });
        QVERIFY(!rolledBack.ok());
        cache.discard();
        QCOMPARE(seriesRows(*db), 0);
        // Another series takes the rolled-back id; the cache must not hand the old key that id.
        QVERIFY(db->transaction([&](QSqlDatabase& c) -> Status {
                      return statusOf(chunks.ensureSeries(
                          c, key(QStringLiteral("db2"), QStringLiteral("other")), SeriesType::Gauge, 6));
                  }).ok());
        Result<SeriesIdCache::Entry> again = Error::failure(QStringLiteral("not run"));
        QVERIFY(db->transaction([&](QSqlDatabase& c) -> Status {
                      again =
                          cache.resolve(c, chunks, key(QStringLiteral("db1"), QStringLiteral("memory-used")),
                                        SeriesType::Gauge, 7);
                      return statusOf(again);
                  }).ok());
        QVERIFY(lost > 0);
        QVERIFY(again->id != lost);
        QCOMPARE(seriesRows(*db), 2);
    }
};

QTEST_GUILESS_MAIN(TestSeriesIdCache)
#include "tst_seriesidcache.moc"
