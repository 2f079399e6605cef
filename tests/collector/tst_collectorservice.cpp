// CollectorService: passes on its own thread into a real MetricStore over a temporary
// database, meta into machine_meta, state and signals, clean start/stop.

#include "TestSupport.h"
#include "collector/CollectorService.h"
#include "metrics/MetricStore.h"

#include <QAtomicInt>
#include <QPointer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace opsdeck;

namespace {

constexpr qint64 kStartMs = 1404873350LL * 1000;

// The CentOS 6 fixture tree; `probeThread`, when given, records the thread statvfs ran on.
LocalCollector fixtureCollector(const QString& procRoot = {}, QAtomicPointer<QThread>* probeThread = nullptr,
                                QAtomicInt* probes = nullptr)
{
    const QString root = QStringLiteral(OPSDECK_TEST_DATA "/proc/centos6-2.6.32");
    LocalCollector::Options o;
    o.procRoot = procRoot.isEmpty() ? root + QStringLiteral("/proc") : procRoot;
    o.devRoot = root + QStringLiteral("/dev");
    o.machine = QStringLiteral("web1");
    o.fsUsage = [probeThread, probes](const QByteArray&) -> Result<FsUsage> {
        if (probeThread)
            probeThread->storeRelease(QThread::currentThread());
        if (probes)
            probes->fetchAndAddRelaxed(1);
        return FsUsage{1487404, 36329940};
    };
    return LocalCollector(o);
}

void addMachine(Database& db, const QString& name)
{
    QSqlDatabase c = db.connection();
    QVERIFY(Database::exec(
                c, QStringLiteral("INSERT OR IGNORE INTO pools (name, created_at) VALUES ('local', 0)"))
                .ok());
    QVERIFY(Database::exec(
                c,
                QStringLiteral("INSERT INTO machines (name, address, pool_id, state, created_at) "
                               "SELECT ?, '127.0.0.1', id, 'READY', 0 FROM pools WHERE name = 'local'"),
                {name})
                .ok());
}

QMap<QString, QPair<QString, QString>> metaOf(Database& db, const QString& machine)
{
    QMap<QString, QPair<QString, QString>> out; // key -> (value, source)
    QSqlDatabase c = db.connection();
    auto q = Database::exec(c,
                            QStringLiteral("SELECT key, value, source FROM machine_meta m JOIN machines x "
                                           "ON x.id = m.machine_id WHERE x.name = ?"),
                            {machine});
    if (!q.ok())
        return out;
    while (q->next())
        out.insert(q->value(0).toString(), {q->value(1).toString(), q->value(2).toString()});
    return out;
}

} // namespace

class TstCollectorService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void collectOnceStoresSamplesAndMeta()
    {
        test::TempDatabase db;
        addMachine(*db, QStringLiteral("web1"));
        ManualClock clock(kStartMs);
        MetricStore store(db.db(), clock);
        CollectorService service(db.db(), &store, clock, fixtureCollector());
        QSignalSpy finished(&service, &CollectorService::passFinished);

        const auto pass = service.collectOnce();
        QVERIFY2(pass.ok(), pass.ok() ? "" : qPrintable(pass.error().message));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toLongLong(), kStartMs / 1000);
        QCOMPARE(finished.at(0).at(1).toInt(), 40);
        QCOMPARE(service.state(), CollectorService::State::Idle); // not started: one pass only
        QCOMPARE(service.lastPassTime(), kStartMs / 1000);

        const auto series = store.listSeries(QStringLiteral("web1"));
        QVERIFY(series.ok());
        QCOMPARE(series->size(), 40);
        for (const SeriesInfo& s : *series)
            QCOMPARE(s.key.source, QStringLiteral("local"));

        MetricQuery q;
        q.machine = QStringLiteral("web1");
        q.metric = QStringLiteral("memory-total");
        q.from = kStartMs / 1000 - 60;
        q.to = kStartMs / 1000 + 60;
        const auto data = store.query(q);
        QVERIFY2(data.ok(), data.ok() ? "" : qPrintable(data.error().message));
        QVERIFY(!data->points.isEmpty());
        bool seen = false;
        for (const SeriesPoint& p : data->points)
            seen |= p.value && *p.value == 480718848.0;
        QVERIFY(seen);

        const auto meta = metaOf(*db, QStringLiteral("web1"));
        QCOMPARE(meta.value(QStringLiteral("uptime")).first, QStringLiteral("57649"));
        QCOMPARE(meta.value(QStringLiteral("uptime")).second, QStringLiteral("collector"));
        QCOMPARE(meta.value(QStringLiteral("disk-io-devices")).first,
                 QStringLiteral("mapper_VolGroup-lv_root,mapper_VolGroup-lv_swap,sda"));
        QVERIFY(
            meta.value(QStringLiteral("version")).first.startsWith(QLatin1String("Linux version 2.6.32")));
        QCOMPARE(meta.size(), 6);
    }

    void metaUpsertPrunesOnlyCollectorKeys()
    {
        test::TempDatabase db;
        addMachine(*db, QStringLiteral("web1"));
        {
            QSqlDatabase c = db->connection();
            QVERIFY(
                Database::exec(
                    c,
                    QStringLiteral("INSERT INTO machine_meta (machine_id, key, value, source, updated_at) "
                                   "SELECT id, ?, ?, ?, 1 FROM machines WHERE name = 'web1'"),
                    {QStringLiteral("ansible_user"), QStringLiteral("deploy"), QStringLiteral("import")})
                    .ok());
            QVERIFY(
                Database::exec(
                    c,
                    QStringLiteral("INSERT INTO machine_meta (machine_id, key, value, source, updated_at) "
                                   "SELECT id, ?, ?, ?, 1 FROM machines WHERE name = 'web1'"),
                    {QStringLiteral("disk-usage-sdz-mount"), QStringLiteral("/gone"),
                     QStringLiteral("collector")})
                    .ok());
            QVERIFY(Database::exec(
                        c, QStringLiteral(
                               "INSERT INTO machine_meta (machine_id, key, value, source, updated_at) "
                               "SELECT id, 'uptime', '1', 'collector', 1 FROM machines WHERE name = 'web1'"))
                        .ok());
        }
        ManualClock clock(kStartMs);
        MetricStore store(db.db(), clock);
        CollectorService service(db.db(), &store, clock, fixtureCollector());
        QVERIFY(service.collectOnce().ok());
        const auto meta = metaOf(*db, QStringLiteral("web1"));
        QCOMPARE(meta.value(QStringLiteral("ansible_user")),
                 qMakePair(QStringLiteral("deploy"), QStringLiteral("import")));
        QVERIFY(!meta.contains(QStringLiteral("disk-usage-sdz-mount")));
        QCOMPARE(meta.value(QStringLiteral("uptime")).first, QStringLiteral("57649"));
        QSqlDatabase c = db->connection();
        auto q =
            Database::exec(c, QStringLiteral("SELECT updated_at FROM machine_meta WHERE key = 'uptime'"));
        QVERIFY(q.ok() && q->next());
        QCOMPARE(q->value(0).toLongLong(), kStartMs / 1000);
    }

    void noMachineRowStillStoresSamples()
    {
        test::TempDatabase db;
        ManualClock clock(kStartMs);
        MetricStore store(db.db(), clock);
        CollectorService service(db.db(), &store, clock, fixtureCollector());
        QVERIFY(service.collectOnce().ok());
        QCOMPARE(store.listSeries(QStringLiteral("web1"))->size(), 40);
        QSqlDatabase c = db->connection();
        auto q = Database::exec(c, QStringLiteral("SELECT count(*) FROM machine_meta"));
        QVERIFY(q.ok() && q->next());
        QCOMPARE(q->value(0).toInt(), 0);
    }

    void periodicPassesRunOffTheCallingThread()
    {
        test::TempDatabase db;
        addMachine(*db, QStringLiteral("web1"));
        ManualClock clock(kStartMs);
        MetricStore store(db.db(), clock);
        QAtomicPointer<QThread> probeThread;
        CollectorService service(db.db(), &store, clock, fixtureCollector({}, &probeThread));
        service.setIntervalMs(100);
        QCOMPARE(service.intervalMs(), 100);
        QSignalSpy finished(&service, &CollectorService::passFinished);
        QSignalSpy changed(&service, &CollectorService::stateChanged);
        // Each pass stamps the next second of the manual clock.
        connect(&service, &CollectorService::passFinished, this, [&clock] { clock.advanceSecs(10); });

        service.start();
        QVERIFY(service.isStarted());
        QCOMPARE(service.state(), CollectorService::State::Running);
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 3, 5000);
        QVERIFY(probeThread.loadAcquire() != nullptr);
        QVERIFY(probeThread.loadAcquire() != QThread::currentThread());
        // Passes are stamped by the injected clock, 10 s apart.
        QCOMPARE(finished.at(0).at(0).toLongLong(), kStartMs / 1000);
        QCOMPARE(finished.at(1).at(0).toLongLong(), kStartMs / 1000 + 10);
        QVERIFY(service.lastPassTime() >= kStartMs / 1000 + 20);
        QVERIFY(changed.size() >= 1);

        service.stop();
        QVERIFY(!service.isStarted());
        QCOMPARE(service.state(), CollectorService::State::Idle);
        QVERIFY(store.flush().ok());
        MetricQuery q;
        q.machine = QStringLiteral("web1");
        q.metric = QStringLiteral("loadavg-1");
        q.from = kStartMs / 1000 - 1;
        q.to = kStartMs / 1000 + 100;
        const auto data = store.query(q);
        QVERIFY(data.ok());
        int known = 0;
        for (const SeriesPoint& p : data->points)
            known += p.value.has_value();
        QVERIFY2(known >= 3, qPrintable(QString::number(known)));
    }

    void failingPassesSetErrorState()
    {
        test::TempDatabase db;
        ManualClock clock(kStartMs);
        MetricStore store(db.db(), clock);
        CollectorService service(db.db(), &store, clock,
                                 fixtureCollector(QStringLiteral("/nonexistent/proc")));
        service.setIntervalMs(100);
        QSignalSpy failed(&service, &CollectorService::passFailed);
        service.start();
        QVERIFY(failed.wait(5000));
        QCOMPARE(service.state(), CollectorService::State::Error);
        QVERIFY(service.lastError().contains(QLatin1String("/nonexistent/proc")));
        QCOMPARE(service.lastPassTime(), 0);
        QVERIFY(failed.at(0).at(0).toString().contains(QLatin1String("/nonexistent/proc")));
        service.stop();
        QCOMPARE(service.state(), CollectorService::State::Idle);
        // collectOnce reports the same way.
        const auto once = service.collectOnce();
        QVERIFY(!once.ok());
        QCOMPARE(service.state(), CollectorService::State::Error);
    }

    void destructionStopsTheThread()
    {
        test::TempDatabase db;
        ManualClock clock(kStartMs);
        MetricStore store(db.db(), clock);
        QAtomicInt probes;
        QAtomicPointer<QThread> probeThread;
        QPointer<QThread> thread;
        QAtomicInt threadFinished;
        {
            CollectorService service(db.db(), &store, clock, fixtureCollector({}, &probeThread, &probes));
            service.setIntervalMs(100);
            QSignalSpy finished(&service, &CollectorService::passFinished);
            service.start();
            QVERIFY(finished.wait(5000));
            thread = probeThread.loadAcquire(); // the service's QThread (it lives on this one)
            QVERIFY(thread);
            QVERIFY(thread != QThread::currentThread());
            connect(
                thread, &QThread::finished, this, [&threadFinished] { threadFinished.storeRelease(1); },
                Qt::DirectConnection);
            // Destroyed while running: joins its thread.
        }
        // The passes ran on that thread alone; it has ended and is gone, so none can follow.
        QCOMPARE(threadFinished.loadAcquire(), 1);
        QVERIFY(thread.isNull());
        const int after = probes.loadAcquire();
        QVERIFY(after >= 1);
        QCoreApplication::sendPostedEvents();
        QCOMPARE(probes.loadAcquire(), after);
    }

    void startAndStopAreIdempotent()
    {
        ManualClock clock(kStartMs);
        CollectorService service(nullptr, nullptr, clock, fixtureCollector());
        service.stop();
        service.setIntervalMs(5); // clamped
        QCOMPARE(service.intervalMs(), 100);
        service.start();
        service.start();
        QVERIFY(service.isStarted());
        service.stop();
        service.stop();
        QVERIFY(!service.isStarted());
    }
};

QTEST_GUILESS_MAIN(TstCollectorService)
#include "tst_collectorservice.moc"
